/* SPDX-License-Identifier: MIT */
/*
 * Counter CSRs: cycle/time/instret and the hpmcounters with the
 * mcounteren/scounteren access rules, and their machine-mode counterparts.
 * time reads the platform timer (mtime; the -icount clock without one).
 * mcycle and minstret both count
 * retired instructions exactly (one cycle per instruction): env->instret
 * already includes the CSR instruction reading them, the last of its
 * block, which has not retired yet; a write replaces that instruction's
 * own increment. Zihpm: hpmcounter3-31 count no event (read-only zero,
 * the user views gated like cycle), mhpmevent3-31 are WARL zero, and
 * mcountinhibit's HPM bits are writable (they stop counters that do not
 * move); TM is read-only zero.
 */
#include <time.h>

#include "core/icount.h"
#include "frontend-riscv/csr.h"
#include "frontend-riscv/csr-num.h"

static uint64_t host_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

uint64_t rv_get_time(const RVEnv *env)
{
    if (env->irq_src.mtime) {
        return env->irq_src.mtime(env->irq_src.opaque);
    }
    /* 10 MHz, as the CLINT's mtime */
    return (icount_enabled ? icount_now_ns() : host_ns()) / 100;
}

void rv_stimer_update(RVEnv *env)
{
    if (env->irq_src.set_stimer) {
        env->irq_src.set_stimer(env->irq_src.opaque,
                                (env->menvcfg >> 63) ? env->stimecmp : ~0ull);
    }
}

/* The user-level counters: bit (csr & 31) of mcounteren allows S-mode,
 * and of both mcounteren and scounteren U-mode. */
static bool counter_allowed(RVEnv *env, unsigned csr, bool write)
{
    (void)write;
    uint64_t bit = 1ull << (csr & 31);
    if (env->priv == PRV_M) {
        return true;
    }
    if (!(env->mcounteren & bit)) {
        return false;
    }
    return env->priv == PRV_S || (env->scounteren & bit);
}

/* Counter 0 (cycle) or 2 (instret): its offset and frozen value. */
static uint64_t *counter_off(RVEnv *env, unsigned n)
{
    return n == 0 ? &env->mcycle_off : &env->minstret_off;
}

static uint64_t *counter_frozen(RVEnv *env, unsigned n)
{
    return n == 0 ? &env->mcycle_frozen : &env->minstret_frozen;
}

static uint64_t counter_read(RVEnv *env, unsigned csr)
{
    unsigned n = csr & 31;
    switch (n) {
    case 0:
    case 2:
        if (env->mcountinhibit & (1u << n)) {
            return *counter_frozen(env, n);
        }
        return env->instret - 1 + *counter_off(env, n);
    case 1: return rv_get_time(env);
    default: return 0;
    }
}

static void mcounter_write(RVEnv *env, unsigned csr, uint64_t val)
{
    unsigned n = csr & 31;
    if (n != 0 && n != 2) {
        return; /* hpmcounters are hardwired to 0 */
    }
    if (env->mcountinhibit & (1u << n)) {
        *counter_frozen(env, n) = val;
    } else {
        *counter_off(env, n) = val - env->instret;
    }
}

static uint64_t zero_read(RVEnv *env, unsigned csr)
{
    (void)env;
    (void)csr;
    return 0;
}

static void ignore_write(RVEnv *env, unsigned csr, uint64_t val)
{
    (void)env;
    (void)csr;
    (void)val;
}

static uint64_t mcountinhibit_read(RVEnv *env, unsigned csr)
{
    (void)csr;
    return env->mcountinhibit;
}

/* CY and IR stop and restart mcycle and minstret. The write takes effect
 * after its instruction: setting a bit, the instruction still counts;
 * clearing one, it does not (it ran while inhibited). */
static void mcountinhibit_write(RVEnv *env, unsigned csr, uint64_t val)
{
    (void)csr;
    for (unsigned n = 0; n <= 2; n += 2) {
        uint64_t bit = 1u << n;
        if ((val & bit) && !(env->mcountinhibit & bit)) {
            *counter_frozen(env, n) = env->instret + *counter_off(env, n);
        } else if (!(val & bit) && (env->mcountinhibit & bit)) {
            *counter_off(env, n) = *counter_frozen(env, n) - env->instret;
        }
    }
    env->mcountinhibit = val & 0xfffffffdu;
}

const RvCsr rv_csr_counter_table[] = {
    { .name = "cycle", .num = CSR_CYCLE, .count = 3,
      .allowed = counter_allowed, .read = counter_read },
    { .name = "hpmcounter", .num = CSR_HPMCOUNTER3, .count = 29,
      .allowed = counter_allowed, .read = zero_read },
    { .name = "mcycle", .num = CSR_MCYCLE, .read = counter_read,
      .write = mcounter_write },
    { .name = "minstret", .num = CSR_MINSTRET, .read = counter_read,
      .write = mcounter_write },
    { .name = "mhpmcounter", .num = CSR_MHPMCOUNTER3, .count = 29,
      .read = zero_read, .write = ignore_write },
    { .name = "mcountinhibit", .num = CSR_MCOUNTINHIBIT,
      .read = mcountinhibit_read, .write = mcountinhibit_write },
    { .name = "mhpmevent", .num = CSR_MHPMEVENT3, .count = 29,
      .read = zero_read, .write = ignore_write },
    { .num = 0 },
};
