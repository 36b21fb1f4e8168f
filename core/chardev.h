/* SPDX-License-Identifier: MIT */
/*
 * Character back ends for serial devices: stdio (raw mode on a terminal,
 * with Ctrl-A X to quit and Ctrl-A H for help), a file (output only), or
 * none. A device writes bytes and polls for input; the back end never
 * blocks the guest.
 */
#ifndef CORE_CHARDEV_H
#define CORE_CHARDEV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct CharBackend CharBackend;

/* "stdio", "file:PATH", "none"; fatal on a bad spec or unopenable file. */
CharBackend *chardev_open(const char *spec);
void chardev_write(CharBackend *c, const uint8_t *buf, size_t len);
/* Next input byte, or -1 when there is none now. */
int chardev_read(CharBackend *c);
/* Restores the terminal (also done at exit). */
void chardev_close(CharBackend *c);

#endif
