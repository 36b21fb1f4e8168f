/* SPDX-License-Identifier: MIT */
/*
 * -icount: deterministic guest time. With it, the virtual clock advances
 * only with retired guest instructions (ns = instructions << shift, plus
 * the time skipped while every hart sleeps in WFI), device deadlines are
 * icount timers, and the execution loop stops a hart exactly at the
 * instruction where the next deadline falls. See docs/icount.md.
 */
#ifndef CORE_ICOUNT_H
#define CORE_ICOUNT_H

#include <stdbool.h>
#include <stdint.h>

#include "core/cpu.h"

struct Machine;

/* Set by -icount before the machine is built; read-only afterwards. */
extern bool icount_enabled;

/* A deadline on the virtual clock. cb (may be NULL when the deadline only
 * has to stop the hart, e.g. a level the CPU samples) runs on the guest's
 * thread from the execution loop once the clock reaches expire_ns. */
typedef struct IcountTimer {
    uint64_t expire_ns; /* UINT64_MAX: not armed */
    void (*cb)(void *opaque);
    void *opaque;
    bool registered;
} IcountTimer;

/* Parses the -icount argument: shift=N|auto[,sleep=on|off] or a bare N.
 * Errors are fatal. */
void icount_parse(const char *arg);

/* The machine whose harts' instructions make the clock (from main). */
void icount_init(struct Machine *m);

/* The virtual clock in ns (monotonic). */
uint64_t icount_now_ns(void);

/* Arms t at expire_ns (UINT64_MAX disarms). An armed timer's callback
 * runs once; it may re-arm itself. */
void icount_timer_mod(IcountTimer *t, uint64_t expire_ns);

/* From the execution loop, at a block boundary: runs the due timers and
 * sets cs->icount_budget to the instructions left until the next one. */
void icount_update(CPUState *cs);

/* Blocks the loop may run now: 0 for any length, else a cap. */
unsigned icount_block_cap(const CPUState *cs, unsigned max_insns);

/* A hart halted in WFI with nothing pending: advance the clock to the
 * next deadline (with sleep=on, after waiting that long on the host).
 * False when no deadline is armed (the caller waits for an event). */
bool icount_skip_idle(CPUState *cs);

#endif
