/* SPDX-License-Identifier: MIT */
/*
 * The embedded SBI's Hart State Management extension and S-mode entry.
 * States: STARTED, STOPPED and SUSPENDED; a start takes effect at once
 * (START_PENDING is never observed), a suspended hart is a halted one
 * (as in WFI) and reads STARTED again once an interrupt woke it. A
 * STOPPED hart is halted with mie clear, so no interrupt wakes it; the
 * scheduler (core/cpu-sched.c) skips it until hart_start.
 */
#include <assert.h>

#include "core/log.h"
#include "hw/sbi-internal.h"
#include "softmmu/softmmu.h"
#include "frontend-riscv/csr-num.h"

enum {
    HSM_START = 0,
    HSM_STOP = 1,
    HSM_GET_STATUS = 2,
    HSM_SUSPEND = 3,
    SUSPEND_RETENTIVE = 0x00000000,
    SUSPEND_NON_RETENTIVE = 0x80000000,
};

/* Every exception S-mode can handle goes to S-mode (all but the ECALLs
 * from S and M, which this SBI serves, and the reserved causes). */
#define SBI_MEDELEG                                                         \
    ((1ull << RV_EXC_INSN_MISALIGNED) | (1ull << RV_EXC_INSN_ACCESS) |    \
     (1ull << RV_EXC_ILLEGAL_INSN) | (1ull << RV_EXC_BREAKPOINT) |        \
     (1ull << RV_EXC_LOAD_MISALIGNED) | (1ull << RV_EXC_LOAD_ACCESS) |    \
     (1ull << RV_EXC_STORE_MISALIGNED) | (1ull << RV_EXC_STORE_ACCESS) |  \
     (1ull << RV_EXC_ECALL_U) | (1ull << RV_EXC_INSN_PAGE_FAULT) |        \
     (1ull << RV_EXC_LOAD_PAGE_FAULT) | (1ull << RV_EXC_STORE_PAGE_FAULT))
/* menvcfg: Sstc on (STCE), cbo.zero (CBZE), cbo.clean/flush (CBCFE) and
 * cbo.inval performing a flush (CBIE = 01) allowed below M. */
#define SBI_MENVCFG ((1ull << 63) | (1ull << 7) | (1ull << 6) | (1ull << 4))

bool sbi_exec_addr_ok(Sbi *s, uint64_t pc)
{
    const MemRegion *mr = as_lookup(&s->m->as, pc);
    return !(pc & 1) && mr && (mr->kind == MR_RAM || mr->kind == MR_ROM);
}

static void sbi_csr_set(RVEnv *env, unsigned csr, uint64_t val)
{
    bool ok = rv_csr_write(env, csr, val);
    assert(ok);
    (void)ok;
}

void sbi_hart_enter(Sbi *s, RVCPU *cpu, uint64_t pc, uint64_t arg)
{
    RVEnv *env = &cpu->env;
    rv_cpu_reset(cpu, pc);
    /* What M-mode firmware sets before its mret, written as M-mode. */
    sbi_csr_set(env, CSR_MEDELEG, SBI_MEDELEG);
    sbi_csr_set(env, CSR_MIDELEG, MIP_SSIP | MIP_STIP | MIP_SEIP);
    sbi_csr_set(env, CSR_MCOUNTEREN, 0xffffffff);
    /* User mode may read the counters too, as firmware leaves it: the
     * vDSO's clock_gettime reads `time`, and without an SBI PMU
     * extension Linux does not set scounteren itself. */
    sbi_csr_set(env, CSR_SCOUNTEREN, 0xffffffff);
    sbi_csr_set(env, CSR_MENVCFG, SBI_MENVCFG);
    /* One PMP entry, NAPOT over the whole physical space, RWX. */
    sbi_csr_set(env, CSR_PMPADDR0, ~0ull >> 10);
    sbi_csr_set(env, CSR_PMPCFG0, 0x1f);
    sbi_csr_set(env, CSR_MSTATUS, env->mstatus & ~MSTATUS_SIE);
    env->priv = PRV_S;
    rv_update_tb_flags(env);
    env->gpr[10] = env->mhartid;
    env->gpr[11] = arg;
    cpu->cs.halted = false;
    s->state[env->mhartid] = SBI_HSM_STARTED;
}

/* The hart's state, a finished suspension read as STARTED. */
static int hsm_state(Sbi *s, unsigned hart)
{
    if (s->state[hart] == SBI_HSM_SUSPENDED && !s->cpu[hart]->cs.halted) {
        s->state[hart] = SBI_HSM_STARTED;
    }
    return s->state[hart];
}

static SbiRet hsm_start(Sbi *s, uint64_t hart, uint64_t pc, uint64_t arg)
{
    if (hart >= s->nharts) {
        return (SbiRet){ .error = SBI_ERR_INVALID_PARAM };
    }
    if (hsm_state(s, (unsigned)hart) != SBI_HSM_STOPPED) {
        return (SbiRet){ .error = SBI_ERR_ALREADY_AVAILABLE };
    }
    if (!sbi_exec_addr_ok(s, pc)) {
        return (SbiRet){ .error = SBI_ERR_INVALID_ADDRESS };
    }
    RVCPU *t = s->cpu[hart];
    sbi_hart_enter(s, t, pc, arg);
    cpu_exit(&t->cs);
    return (SbiRet){ .error = SBI_SUCCESS };
}

static void hsm_stop(Sbi *s, RVCPU *cpu)
{
    cpu->env.mie = 0; /* nothing wakes a stopped hart */
    cpu->cs.halted = true;
    s->state[cpu->env.mhartid] = SBI_HSM_STOPPED;
}

static SbiRet hsm_suspend(Sbi *s, RVCPU *cpu, uint64_t type, uint64_t pc,
                          uint64_t arg)
{
    RVEnv *env = &cpu->env;
    if (type != SUSPEND_RETENTIVE && type != SUSPEND_NON_RETENTIVE) {
        /* Reserved, or platform-specific: emu implements none. */
        return (SbiRet){ .error = SBI_ERR_INVALID_PARAM };
    }
    if (type == SUSPEND_NON_RETENTIVE) {
        if (!sbi_exec_addr_ok(s, pc)) {
            return (SbiRet){ .error = SBI_ERR_INVALID_ADDRESS };
        }
        /* Resume as a start: MMU off, SIE clear, a0/a1 set. */
        env->satp = 0;
        tlb_flush(&cpu->cs);
        env->mstatus &= ~MSTATUS_SIE;
        rv_update_tb_flags(env);
        env->gpr[10] = env->mhartid;
        env->gpr[11] = arg;
        cpu->cs.pc = pc;
    }
    /* Like WFI: the loop wakes the hart when an interrupt is pending and
     * enabled in mie (sie), whatever sstatus.SIE says. */
    if (!(rv_get_mip(env) & env->mie)) {
        cpu->cs.halted = true;
        s->state[env->mhartid] = SBI_HSM_SUSPENDED;
    }
    return (SbiRet){ .error = SBI_SUCCESS,
                     .keep_regs = type == SUSPEND_NON_RETENTIVE };
}

SbiRet sbi_hsm_call(Sbi *s, RVCPU *cpu, unsigned fid, const uint64_t *a)
{
    switch (fid) {
    case HSM_START:
        return hsm_start(s, a[0], a[1], a[2]);
    case HSM_STOP:
        hsm_stop(s, cpu);
        return (SbiRet){ .keep_regs = true };
    case HSM_GET_STATUS:
        if (a[0] >= s->nharts) {
            return (SbiRet){ .error = SBI_ERR_INVALID_PARAM };
        }
        return (SbiRet){ .value = (uint64_t)hsm_state(s, (unsigned)a[0]) };
    case HSM_SUSPEND:
        return hsm_suspend(s, cpu, (uint32_t)a[0], a[1], a[2]);
    default:
        return (SbiRet){ .error = SBI_ERR_NOT_SUPPORTED };
    }
}
