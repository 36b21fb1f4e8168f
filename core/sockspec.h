/* SPDX-License-Identifier: MIT */
/*
 * Listening sockets for the monitors, spelled as QEMU's character devices:
 * "unix:PATH,server[=on][,nowait|,wait=off]" and
 * "tcp:[HOST]:PORT,server[=on][,nowait|,wait=off]". emu is always the
 * server; without nowait, start-up waits for the first client.
 */
#ifndef CORE_SOCKSPEC_H
#define CORE_SOCKSPEC_H

#include <stdbool.h>

typedef struct SockListener {
    int fd;
    bool wait;        /* block start-up until a client connects */
    char *unix_path;  /* to unlink at exit; NULL for TCP */
} SockListener;

/* Opens the listener for spec; opt names the option in error messages.
 * Errors are fatal (user input). */
SockListener sockspec_listen(const char *opt, const char *spec);
void sockspec_close(SockListener *l);

#endif
