/* SPDX-License-Identifier: MIT */
/*
 * Physical memory protection: 16 entries (pmpcfg0/2, pmpaddr0-15; the
 * other architectural pmp CSRs read 0), address matching OFF, TOR, NA4 and
 * NAPOT with a 4-byte grain, and the lock bit, which also binds M-mode.
 * rv_pmp_prot() answers for one physical address and says whether the
 * answer holds for the whole 4 KiB page, so the TLB can cache it; PMP
 * writes flush the TLB.
 */
#include "frontend-riscv/csr.h"
#include "softmmu/softmmu.h"
#include "frontend-riscv/csr-num.h"

#define PMP_R 0x01
#define PMP_W 0x02
#define PMP_X 0x04
#define PMP_A 0x18
#define PMP_L 0x80
enum {
    PMP_OFF = 0,
    PMP_TOR = 1,
    PMP_NA4 = 2,
    PMP_NAPOT = 3,
};
#define PMPADDR_MASK ((1ull << 54) - 1)

static uint8_t pmp_cfg(const RVEnv *env, unsigned i)
{
    return (uint8_t)(env->pmpcfg[i / 8] >> (8 * (i % 8)));
}

/* Byte range [*lo, *hi) of entry i; false when it is OFF. */
static bool pmp_range(const RVEnv *env, unsigned i, uint64_t *lo,
                      uint64_t *hi)
{
    uint64_t a = env->pmpaddr[i];
    switch ((pmp_cfg(env, i) & PMP_A) >> 3) {
    case PMP_TOR:
        *lo = i ? env->pmpaddr[i - 1] << 2 : 0;
        *hi = a << 2;
        return true;
    case PMP_NA4:
        *lo = a << 2;
        *hi = *lo + 4;
        return true;
    case PMP_NAPOT: {
        /* trailing ones t: a range of 2^(t+3) bytes */
        unsigned t = (unsigned)__builtin_ctzll(~a);
        uint64_t size = t >= 61 ? 0 : 8ull << t;
        *lo = (a & ~((1ull << t) - 1) & ~(1ull << t)) << 2;
        *lo &= ~(size - 1);
        *hi = size ? *lo + size : ~0ull;
        return true;
    }
    default:
        return false;
    }
}

static bool pmp_locked(const RVEnv *env, unsigned i)
{
    return pmp_cfg(env, i) & PMP_L;
}

int rv_pmp_prot(const RVEnv *env, uint64_t paddr, int priv, bool *whole_page)
{
    uint64_t page = paddr & PAGE_MASK;

    *whole_page = true;
    if (priv == PRV_M && !((env->pmpcfg[0] | env->pmpcfg[1]) &
                           0x8080808080808080ull)) {
        return PROT_R | PROT_W | PROT_X; /* nothing binds M-mode */
    }
    for (unsigned i = 0; i < RV_PMP_ENTRIES; i++) {
        uint64_t lo, hi;
        if (!pmp_range(env, i, &lo, &hi)) {
            continue;
        }
        if ((lo > page && lo < page + PAGE_SIZE) ||
            (hi > page && hi < page + PAGE_SIZE)) {
            *whole_page = false;
        }
        if (paddr < lo || paddr >= hi) {
            continue;
        }
        uint8_t cfg = pmp_cfg(env, i);
        if (priv == PRV_M && !(cfg & PMP_L)) {
            return PROT_R | PROT_W | PROT_X;
        }
        return ((cfg & PMP_R) ? PROT_R : 0) | ((cfg & PMP_W) ? PROT_W : 0) |
               ((cfg & PMP_X) ? PROT_X : 0);
    }
    /* No match: M-mode may access, S and U may not (16 are implemented). */
    return priv == PRV_M ? PROT_R | PROT_W | PROT_X : 0;
}

static uint64_t pmpcfg_read(RVEnv *env, unsigned csr)
{
    unsigned n = csr - CSR_PMPCFG0;
    return n < RV_PMP_ENTRIES / 4 ? env->pmpcfg[n / 2] : 0;
}

static void pmpcfg_write(RVEnv *env, unsigned csr, uint64_t val)
{
    unsigned n = csr - CSR_PMPCFG0;
    if (n >= RV_PMP_ENTRIES / 4) {
        return;
    }
    uint64_t cur = env->pmpcfg[n / 2];
    for (unsigned b = 0; b < 8; b++) {
        unsigned i = (n / 2) * 8 + b;
        uint8_t c = (uint8_t)(val >> (8 * b)) & 0x9f;
        if (pmp_locked(env, i)) {
            continue;
        }
        if ((c & (PMP_R | PMP_W)) == PMP_W) {
            c &= ~PMP_W; /* R=0 W=1 is reserved */
        }
        cur = csr_merge(cur, (uint64_t)c << (8 * b), 0xffull << (8 * b));
    }
    env->pmpcfg[n / 2] = cur;
    tlb_flush(rv_env_cpu(env));
}

/* RV64 has only the even pmpcfg CSRs. */
static bool pmpcfg_allowed(RVEnv *env, unsigned csr, bool write)
{
    (void)env;
    (void)write;
    return !(csr & 1);
}

static uint64_t pmpaddr_read(RVEnv *env, unsigned csr)
{
    unsigned i = csr - CSR_PMPADDR0;
    return i < RV_PMP_ENTRIES ? env->pmpaddr[i] : 0;
}

static void pmpaddr_write(RVEnv *env, unsigned csr, uint64_t val)
{
    unsigned i = csr - CSR_PMPADDR0;
    if (i >= RV_PMP_ENTRIES || pmp_locked(env, i)) {
        return;
    }
    /* A locked TOR entry also locks the address below it. */
    if (i + 1 < RV_PMP_ENTRIES && pmp_locked(env, i + 1) &&
        ((pmp_cfg(env, i + 1) & PMP_A) >> 3) == PMP_TOR) {
        return;
    }
    env->pmpaddr[i] = val & PMPADDR_MASK;
    tlb_flush(rv_env_cpu(env));
}

const RvCsr rv_csr_pmp_table[] = {
    { .name = "pmpcfg", .num = CSR_PMPCFG0, .count = 16,
      .allowed = pmpcfg_allowed, .read = pmpcfg_read,
      .write = pmpcfg_write },
    { .name = "pmpaddr", .num = CSR_PMPADDR0, .count = 64,
      .read = pmpaddr_read, .write = pmpaddr_write },
    { .num = 0 },
};
