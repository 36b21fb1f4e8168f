/* SPDX-License-Identifier: MIT */
/*
 * report.c: prints a differential-test sequence's final state on the HTIF
 * console, one "name value" line each, so two runs compare with diff: the
 * seed, x1..x31, f0..f31, fcsr, the trap log, and every dword of the data
 * window that no longer holds its initial value.
 */
#include <stdint.h>

#include "state.h"

void rv_putc(int c);
void rv_puts(const char *s);
void rv_puthex(uint64_t v);
void rv_putdec(uint64_t v);
void dt_report(uint64_t seed, const uint64_t *state, const uint64_t *win,
               const uint64_t *init);

static void line(const char *name, uint64_t index, uint64_t value)
{
    rv_puts(name);
    rv_putdec(index);
    rv_putc(' ');
    rv_puthex(value);
    rv_putc('\n');
}

void dt_report(uint64_t seed, const uint64_t *state, const uint64_t *win,
               const uint64_t *init)
{
    rv_puts("seed ");
    rv_putdec(seed);
    rv_putc('\n');
    for (unsigned i = 1; i < 32; i++) {
        line("x", i, state[DT_X / 8 + i]);
    }
    for (unsigned i = 0; i < 32; i++) {
        line("f", i, state[DT_F / 8 + i]);
    }
    rv_puts("fcsr ");
    rv_puthex(state[DT_FCSR / 8]);
    rv_putc('\n');

    uint64_t n = state[DT_NTRAPS / 8];
    rv_puts("traps ");
    rv_putdec(n);
    rv_putc('\n');
    for (uint64_t i = 0; i < n && i < DT_LOG_MAX; i++) {
        const uint64_t *e = &state[DT_LOG / 8 + 3 * i];
        line("mcause", i, e[0]);
        line("mepc", i, e[1]);
        line("mtval", i, e[2]);
    }
    for (unsigned i = 0; i < DT_WIN_SIZE / 8; i++) {
        if (win[i] != init[i]) {
            line("mem+", 8 * i, win[i]);
        }
    }
}
