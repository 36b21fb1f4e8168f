/* SPDX-License-Identifier: MIT */
/*
 * The command line, spelled as QEMU spells it where QEMU has the option.
 */
#ifndef CORE_OPTIONS_H
#define CORE_OPTIONS_H

#include <stdbool.h>
#include <stdint.h>

#include "core/machine.h"

typedef struct Options {
    const char *machine;
    MachineOptions mo;
    bool ram_given;
    const char *accel;      /* "jit" or "interp" */
    uint64_t tb_size;       /* code buffer bytes */
    bool singlestep;
    const char *gdb;        /* -gdb tcp::PORT (-s: tcp::1234) */
    bool start_stopped;     /* -S: wait for the debugger or `cont` */
    const char *monitor;    /* -monitor stdio|unix:PATH,server,... */
    const char *qmp;        /* -qmp unix:PATH,server,...|tcp:... */
    struct {                /* -chardev BACKEND,id=ID[,path=PATH] */
        const char *id;
        const char *spec;   /* chardev_open()'s spelling */
        bool used;
    } chardevs[8];
    int nchardevs;
    const char *console_ids[8]; /* -device virtconsole,chardev=ID */
    bool virtio_serial;     /* -device virtio-serial-device given */
} Options;

/* Parses argv; bad options are fatal with one line. Exits for -help. */
void options_parse(Options *o, int argc, char **argv);

/* Parses "128M", "1G", "4096" (MiB without a suffix, as QEMU); false when
 * malformed or zero. */
bool parse_size(const char *s, uint64_t *out);

#endif
