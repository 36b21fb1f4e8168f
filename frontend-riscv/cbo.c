/* SPDX-License-Identifier: MIT */
/*
 * Zicbom and Zicboz with 64-byte cache blocks. emu has no caches, so
 * cbo.clean, cbo.flush and cbo.inval change no data: they check the
 * envcfg enables and the access permission, and raise what a store would.
 * cbo.zero first probes rs1 for a store (so a fault reports tval = rs1,
 * as the CMO spec asks), then writes the aligned block with ordinary
 * stores, which also invalidate translated code there.
 */
#include "frontend-riscv/cpu.h"
#include "frontend-riscv/helper.h"
#include "ir/ir.h"
#include "softmmu/softmmu.h"

#define GETPC() ((uintptr_t)__builtin_return_address(0))

enum {
    RV_CBO_BLOCK = 64,
    RV_CBO_INVAL = 0,
    RV_CBO_CLEAN = 1,
    RV_CBO_FLUSH = 2,
    RV_CBO_ZERO = 4,
    /* menvcfg/senvcfg fields */
    RV_ENVCFG_CBIE = 3 << 4,
    RV_ENVCFG_CBCFE = 1 << 6,
    RV_ENVCFG_CBZE = 1 << 7,
};

/* The envcfg field enabling op below M-mode. */
static uint64_t cbo_enable(unsigned op)
{
    switch (op) {
    case RV_CBO_INVAL:
        return RV_ENVCFG_CBIE;
    case RV_CBO_ZERO:
        return RV_ENVCFG_CBZE;
    default:
        return RV_ENVCFG_CBCFE;
    }
}

void helper_rv_cbo(void *env, uint32_t insn, uint32_t moi, uint64_t addr)
{
    RVEnv *e = env;
    CPUState *cs = env_cpu(env);
    unsigned op = insn >> 20;
    uint64_t en = cbo_enable(op);
    int mmu_idx = (int)ir_mmuidx_of(moi);

    /* Below M, menvcfg must enable; in U, senvcfg too. */
    if ((e->priv != PRV_M && !(e->menvcfg & en)) ||
        (e->priv == PRV_U && !(e->senvcfg & en))) {
        rv_raise(cs, RV_EXC_ILLEGAL_INSN, insn, GETPC());
    }
    if (op != RV_CBO_ZERO) {
        rv_cbo_check(cs, addr, mmu_idx, GETPC());
        return;
    }
    softmmu_probe_atomic(cs, addr, 1, ACCESS_WRITE, mmu_idx, GETPC());
    uint64_t base = addr & ~(uint64_t)(RV_CBO_BLOCK - 1);
    for (unsigned i = 0; i < RV_CBO_BLOCK; i += 8) {
        cpu_st(cs, base + i, 0, moi, GETPC());
    }
}

uint64_t rv_envcfg_cbo_legal(uint64_t val)
{
    if ((val & RV_ENVCFG_CBIE) == 2 << 4) {
        val &= ~(uint64_t)RV_ENVCFG_CBIE;
    }
    return val;
}
