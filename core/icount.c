/* SPDX-License-Identifier: MIT */
/*
 * The instruction-counting virtual clock (-icount) and its timers. The
 * clock is the sum of the harts' retired-instruction counts shifted left
 * by `shift`, plus the time skipped over idle periods; nothing here reads
 * the host clock, so a guest sees the same times at the same instructions
 * in every run. Deadlines are a short list of IcountTimers; the loop
 * (core/cpu-exec.c) asks icount_update() before each block how many
 * instructions may run until the next one, and the translator's block
 * entry check (core/translate.c) makes chained blocks honour it.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/icount.h"
#include "core/log.h"
#include "core/machine.h"

enum {
    ICOUNT_SHIFT_AUTO = 3, /* 8 ns per instruction: 125 MIPS */
    ICOUNT_SHIFT_MAX = 10,
    ICOUNT_MAX_TIMERS = 16,
    ICOUNT_SLEEP_SLICE_NS = 10 * 1000 * 1000,
};

bool icount_enabled;
static unsigned icount_shift = ICOUNT_SHIFT_AUTO;
static bool icount_sleep = true;
static struct Machine *icount_machine;
static uint64_t icount_bias_ns; /* time skipped over idle periods */
static uint64_t icount_last_ns; /* the clock never goes back */
static IcountTimer *icount_timers[ICOUNT_MAX_TIMERS];
static unsigned icount_ntimers;

static void icount_parse_shift(const char *s)
{
    char *end;
    if (!strcmp(s, "auto")) {
        icount_shift = ICOUNT_SHIFT_AUTO;
        return;
    }
    unsigned long v = strtoul(s, &end, 10);
    if (!*s || *end || s[0] == '-' || v > ICOUNT_SHIFT_MAX) {
        fatal("-icount: shift must be 0 to %d or auto, not '%s'",
              ICOUNT_SHIFT_MAX, s);
    }
    icount_shift = (unsigned)v;
}

void icount_parse(const char *arg)
{
    char *copy = strdup(arg), *save = NULL;
    if (!copy) {
        fatal("out of memory");
    }
    icount_enabled = true;
    for (char *t = strtok_r(copy, ",", &save); t;
         t = strtok_r(NULL, ",", &save)) {
        if (!strncmp(t, "shift=", 6)) {
            icount_parse_shift(t + 6);
        } else if (!strcmp(t, "sleep=on")) {
            icount_sleep = true;
        } else if (!strcmp(t, "sleep=off")) {
            icount_sleep = false;
        } else if (t == copy && strchr("0123456789a", t[0])) {
            icount_parse_shift(t); /* bare -icount N */
        } else {
            fatal("-icount: unknown property '%s' (shift=N|auto, "
                  "sleep=on|off)", t);
        }
    }
    free(copy);
}

void icount_init(struct Machine *m) { icount_machine = m; }

/* A frontend without instruction counting cannot run under -icount. */
static uint64_t icount_cpu_insns(CPUState *cs)
{
    if (!cs->cc->insn_count) {
        fatal("-icount: the %s CPU does not count instructions",
              cs->cc->name);
    }
    return cs->cc->insn_count(cs);
}

/* Instructions retired by all harts (the current block of the running
 * one counts whole: blocks count their instructions on entry). */
static uint64_t icount_total(void)
{
    uint64_t n = 0;
    for (int i = 0; i < icount_machine->ncpus; i++) {
        n += icount_cpu_insns(icount_machine->cpus[i]);
    }
    return n;
}

uint64_t icount_now_ns(void)
{
    uint64_t ns = (icount_total() << icount_shift) + icount_bias_ns;
    if (ns < icount_last_ns) {
        /* A trap took back instructions of a block a device had already
         * seen counted: hold the clock rather than run it backwards. */
        return icount_last_ns;
    }
    icount_last_ns = ns;
    return ns;
}

void icount_timer_mod(IcountTimer *t, uint64_t expire_ns)
{
    if (!t->registered) {
        if (icount_ntimers == ICOUNT_MAX_TIMERS) {
            fatal("icount: too many timers");
        }
        icount_timers[icount_ntimers++] = t;
        t->registered = true;
    }
    t->expire_ns = expire_ns;
}

static uint64_t icount_next_deadline(void)
{
    uint64_t next = UINT64_MAX;
    for (unsigned i = 0; i < icount_ntimers; i++) {
        if (icount_timers[i]->expire_ns < next) {
            next = icount_timers[i]->expire_ns;
        }
    }
    return next;
}

/* Runs every timer due at now, in registration order. A callback may
 * re-arm its timer in the past; each runs at most once per call. */
static void icount_run_timers(uint64_t now)
{
    for (unsigned i = 0; i < icount_ntimers; i++) {
        IcountTimer *t = icount_timers[i];
        if (t->expire_ns <= now) {
            t->expire_ns = UINT64_MAX;
            if (t->cb) {
                t->cb(t->opaque);
            }
        }
    }
}

void icount_update(CPUState *cs)
{
    uint64_t now = icount_now_ns();
    icount_run_timers(now);
    uint64_t next = icount_next_deadline();
    if (next <= now) {
        /* Re-armed in the past by a callback: due at the next boundary. */
        cs->icount_budget = 1;
        return;
    }
    if (next == UINT64_MAX) {
        cs->icount_budget = INT64_MAX;
        return;
    }
    /* First instruction count whose time reaches next. */
    uint64_t span = next - now;
    uint64_t insns = (span + (1ull << icount_shift) - 1) >> icount_shift;
    cs->icount_budget = insns > (uint64_t)INT64_MAX ? INT64_MAX
                                                     : (int64_t)insns;
}

unsigned icount_block_cap(const CPUState *cs, unsigned max_insns)
{
    if (!icount_enabled || cs->icount_budget >= (int64_t)max_insns) {
        return 0;
    }
    return cs->icount_budget > 0 ? (unsigned)cs->icount_budget : 1;
}

static bool icount_all_halted(void)
{
    for (int i = 0; i < icount_machine->ncpus; i++) {
        if (!icount_machine->cpus[i]->halted) {
            return false;
        }
    }
    return true;
}

/* sleep=on: let the host time of the skipped span pass first, in slices
 * so an exit request (a shutdown) is seen. */
static void icount_sleep_for(CPUState *cs, uint64_t ns)
{
    while (ns && !__atomic_load_n(&cs->exit_request, __ATOMIC_ACQUIRE)) {
        uint64_t slice = ns < ICOUNT_SLEEP_SLICE_NS ? ns
                                                    : ICOUNT_SLEEP_SLICE_NS;
        struct timespec ts = { .tv_sec = 0, .tv_nsec = (long)slice };
        nanosleep(&ts, NULL);
        ns -= slice;
    }
}

bool icount_skip_idle(CPUState *cs)
{
    uint64_t next = icount_next_deadline();
    if (next == UINT64_MAX || !icount_all_halted()) {
        return false;
    }
    uint64_t now = icount_now_ns();
    if (next > now) {
        if (icount_sleep) {
            icount_sleep_for(cs, next - now);
        }
        icount_bias_ns += next - now;
    }
    return true;
}
