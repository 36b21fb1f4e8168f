/* SPDX-License-Identifier: MIT */
/*
 * A machine: a board's address space, CPUs, and the requests (power off,
 * reset) its devices make. Boards register themselves in a table that -M
 * chooses from.
 */
#ifndef CORE_MACHINE_H
#define CORE_MACHINE_H

#include <stdbool.h>
#include <stdint.h>

#include "core/cpu.h"
#include "core/net-options.h"
#include "softmmu/memory.h"

typedef struct MachineOptions {
    const char *kernel;
    const char *bios;
    const char *datadir;            /* -L: where default firmware is */
    const char *initrd;
    const char *append;
    uint64_t ram_size;
    int smp;
    const char *signature;          /* file for the test signature */
    unsigned signature_granularity; /* bytes per line */
    bool semihosting;
    const char *dtb;                /* -dtb: a device tree to pass instead */
    const char *dumpdtb;            /* -M virt,dumpdtb=FILE */
    const char *serial;             /* -serial: "stdio", "file:PATH", "none" */
    bool no_reboot;                 /* -no-reboot: a reset request exits */
    struct {                        /* -drive: virtio-blk devices */
        const char *file;
        bool readonly, snapshot;
    } drives[8];
    int ndrives;
    int nrng;                       /* -device virtio-rng-device */
    const char *consoles[8];        /* -device virtconsole: back ends */
    int nconsoles;
    NetOptions net;                 /* -netdev, -nic, virtio-net-device */
} MachineOptions;

typedef struct Machine {
    const struct MachineClass *mc;
    AddressSpace as;
    CPUState *cpus[8];
    int ncpus;
    MachineOptions opts;
    bool shutdown;     /* the guest asked to stop */
    bool reset_requested; /* the guest asked for a reset */
    int exit_code;     /* emu's exit status once it stops */
    uint64_t sig_begin, sig_end; /* test signature bounds (if asked) */
    /* Called by the execution loop whenever a CPU leaves it on an exit
     * request (a board's periodic tick): device polling. May be NULL. */
    void (*tick)(struct Machine *m);
    void *board;       /* the board's own state */
    /* Several CPUs (core/cpu-sched.c): the one on the host thread now,
     * and a counter of wake-ups the idle scheduler sleeps on. */
    CPUState *sched_running;
    uint32_t sched_seq;
} Machine;

typedef struct MachineClass {
    const char *name;
    const char *desc;
    uint64_t default_ram;
    /* Build the board from m->opts; errors in user input are fatal(). */
    void (*init)(Machine *m);
    /* Serves a reset request: CPUs, devices and images back to their
     * power-on state. NULL: a reset request ends emu. */
    void (*reset)(Machine *m);
} MachineClass;

extern const MachineClass *const machine_classes[];

const MachineClass *machine_find(const char *name);
/* The guest (or a device) asks emu to exit with code. */
void machine_request_shutdown(Machine *m, int code);
/* The guest asks for a system reset: the CPUs leave their loop (as for a
 * shutdown) and the caller of cpu_exec resets the board when it sees
 * reset_requested. */
void machine_request_reset(Machine *m);
bool machine_should_stop(Machine *m);

#endif
