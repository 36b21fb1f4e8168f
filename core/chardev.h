/* SPDX-License-Identifier: MIT */
/*
 * Character back ends for serial devices: stdio (raw mode on a terminal,
 * with Ctrl-A X to quit, Ctrl-A H for help and Ctrl-A C for the monitor), a file (output only), or
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
/* The size of the terminal behind the output, if it is one. */
bool chardev_winsize(CharBackend *c, uint16_t *cols, uint16_t *rows);
/* Restores the terminal (also done at exit). */
void chardev_close(CharBackend *c);
/* What Ctrl-A X does: by default restore the terminal and exit(0); a board
 * may instead ask its machine to stop. */
void chardev_set_quit(CharBackend *c, void (*quit)(void *opaque),
                      void *opaque);
/* Ctrl-A C on a stdio back end calls hook (on the thread reading it);
 * from then on chardev_read() returns -1 and leaves the terminal's input
 * to the monitor until it calls chardev_mux_return(). With no hook, Ctrl-A
 * C is passed to the guest like any other unknown command. */
void chardev_set_mux_hook(void (*hook)(CharBackend *c));
void chardev_mux_return(CharBackend *c);
/* The stdio escape filter, exposed for tests: one host byte in, the byte
 * for the guest out, or -1 when the byte was part of a Ctrl-A command. */
int chardev_filter_input(CharBackend *c, uint8_t byte);

#endif
