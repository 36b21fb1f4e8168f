/* SPDX-License-Identifier: MIT */
/*
 * The human monitor (HMP) and the QEMU Machine Protocol (QMP): -monitor,
 * -qmp, and Ctrl-A C on the stdio console. A monitor thread serves every
 * connection; commands that inspect or change CPU state pause the CPU at a
 * block boundary first (core/runstate.h). docs/monitor.md is the
 * reference.
 */
#ifndef CORE_MONITOR_H
#define CORE_MONITOR_H

#include <stdbool.h>

struct Machine;

/* Opens the monitors: hmp and qmp are -monitor and -qmp specs or NULL.
 * Ctrl-A C reaches a monitor on the console unless -monitor is stdio.
 * With start_stopped the VM starts paused until `cont`. Errors in the
 * specs are fatal. Call from the CPU thread before it runs the guest. */
void monitor_start(struct Machine *m, const char *hmp, const char *qmp,
                   bool start_stopped);
/* The machine is about to reset (guest or monitor request): RESET event. */
void monitor_reset_event(struct Machine *m);
/* The machine stopped for good: SHUTDOWN event, then the monitors close. */
void monitor_exit(struct Machine *m);

#endif
