/* SPDX-License-Identifier: MIT */
/*
 * Several harts on one host thread: the machine's CPUs run in turn, a
 * time slice each (docs/sbi.md). With one CPU this is cpu_exec().
 */
#ifndef CORE_CPU_SCHED_H
#define CORE_CPU_SCHED_H

#include "core/machine.h"

/* Runs the machine's CPUs until it wants to stop (shutdown or reset). */
void cpu_sched_run(Machine *m);
/* cs, a CPU of m, got an exit request (cpu_exit): if another CPU is
 * running, end its slice, so that cs runs soon, and wake the scheduler if
 * every CPU sleeps. */
void cpu_sched_kick(Machine *m, CPUState *cs);
/* The CPU shares the host thread with others: its loop returns to the
 * scheduler at the end of a time slice and when it halts. */
static inline bool cpu_sched_shared(const CPUState *cs)
{
    return cs->machine && cs->machine->ncpus > 1;
}

#endif
