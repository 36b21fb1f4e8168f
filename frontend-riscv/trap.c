/* SPDX-License-Identifier: MIT */
/*
 * Trap entry and interrupts: delegation of exceptions and interrupts to
 * S-mode (medeleg/mideleg), the xstatus stack (xPIE, xPP), vectored
 * xtvec for interrupts, and the choice of the interrupt to take: pending
 * and enabled in mie, globally enabled for its target mode, highest
 * priority first (MEI, MSI, MTI, SEI, SSI, STI).
 */
#include "core/log.h"
#include "core/tb.h"
#include "core/translate.h"
#include "frontend-riscv/cpu.h"

uint64_t rv_get_mip(const RVEnv *env)
{
    uint64_t mip = env->mip;
    if (env->irq_src.pending) {
        mip |= env->irq_src.pending(env->irq_src.opaque);
    }
    if ((env->menvcfg >> 63) && rv_get_time(env) >= env->stimecmp) {
        mip |= MIP_STIP; /* Sstc */
    }
    return mip;
}

static const int irq_priority[] = {
    RV_IRQ_M_EXT, RV_IRQ_M_SOFT, RV_IRQ_M_TIMER,
    RV_IRQ_S_EXT, RV_IRQ_S_SOFT, RV_IRQ_S_TIMER,
};

int rv_pending_irq(const RVEnv *env)
{
    if (!env->mie) {
        return -1; /* the common case, without sampling the devices */
    }
    uint64_t pending = rv_get_mip(env) & env->mie;
    if (!pending) {
        return -1;
    }
    /* Interrupts for M-mode are enabled below M or with MIE; those
     * delegated to S-mode below S or in S with SIE, never in M. */
    bool m_on = env->priv < PRV_M || (env->mstatus & MSTATUS_MIE);
    bool s_on = env->priv < PRV_S ||
                (env->priv == PRV_S && (env->mstatus & MSTATUS_SIE));
    uint64_t m_set = m_on ? pending & ~env->mideleg : 0;
    uint64_t s_set = s_on ? pending & env->mideleg : 0;
    for (unsigned pass = 0; pass < 2; pass++) {
        uint64_t set = pass == 0 ? m_set : s_set;
        for (unsigned i = 0; i < sizeof(irq_priority) / sizeof(int); i++) {
            if (set & (1ull << irq_priority[i])) {
                return irq_priority[i];
            }
        }
    }
    return -1;
}

bool rv_exec_interrupt(CPUState *cs)
{
    RVEnv *env = rv_env(cs);
    if (cs->halted) {
        /* WFI ends on any interrupt pending and enabled in mie, whatever
         * the global enables. */
        if (!env->mie || !(rv_get_mip(env) & env->mie)) {
            return false;
        }
        cs->halted = false;
    }
    int irq = rv_pending_irq(env);
    if (irq < 0) {
        return false;
    }
    rv_take_trap(cs, RV_CAUSE_IRQ | (uint64_t)irq, 0);
    return true;
}

/*
 * The block running when an exception is raised from host address ra: in
 * generated code the host-offset map finds it; the interpreter says which
 * it runs. An exception from the translator (ra 0, not interpreting) stops
 * no block.
 */
void rv_note_trap_block(CPUState *cs, uintptr_t ra)
{
    rv_env(cs)->trap_tb = cs->in_interp ? cs->interp_tb
                          : ra          ? tb_find_by_host(ra - 1)
                                        : NULL;
}

void rv_take_trap(CPUState *cs, uint64_t cause, uint64_t tval)
{
    RVEnv *env = rv_env(cs);
    bool irq = cause & RV_CAUSE_IRQ;
    unsigned code = (unsigned)(cause & 63);
    uint64_t deleg = irq ? env->mideleg : env->medeleg;
    uint64_t s = env->mstatus, tvec;

    if (!irq && env->trap_tb) {
        /* The trapping instruction and the rest of its block did not
         * retire. */
        env->instret -= tb_insns_from(env->trap_tb, cs->pc);
        env->trap_tb = NULL;
    }

    if (!irq && code == RV_EXC_ECALL_S && env->ecall_s) {
        env->ecall_s(cs, env->ecall_s_opaque);
        return;
    }
    int from = env->priv;
    uint64_t epc = cs->pc;
    if (env->priv <= PRV_S && ((deleg >> code) & 1)) {
        env->sepc = cs->pc;
        env->scause = cause;
        env->stval = tval;
        s = (s & ~MSTATUS_SPIE) | ((s & MSTATUS_SIE) ? MSTATUS_SPIE : 0);
        s &= ~MSTATUS_SIE;
        s = (s & ~MSTATUS_SPP) | (env->priv == PRV_S ? MSTATUS_SPP : 0);
        env->priv = PRV_S;
        tvec = env->stvec;
    } else {
        env->mepc = cs->pc;
        env->mcause = cause;
        env->mtval = tval;
        s = (s & ~MSTATUS_MPIE) | ((s & MSTATUS_MIE) ? MSTATUS_MPIE : 0);
        s &= ~MSTATUS_MIE;
        s = (s & ~MSTATUS_MPP) | ((uint64_t)env->priv << MSTATUS_MPP_SHIFT);
        env->priv = PRV_M;
        tvec = env->mtvec;
    }
    env->mstatus = s;
    rv_update_tb_flags(env);
    /* Vectored mode sends interrupts to base + 4 * cause; exceptions
     * always go to base. */
    cs->pc = (tvec & ~3ull) + ((irq && (tvec & 3) == 1) ? 4ull * code : 0);
    if (log_enabled(LOG_INT)) {
        /* docs/trace-format.md */
        log_printf("Trap %d: %s %u epc %016llx tval %016llx priv %d -> %d "
                   "pc %016llx\n", cs->cpu_index,
                   irq ? "interrupt" : "exception", code,
                   (unsigned long long)epc, (unsigned long long)tval, from,
                   env->priv, (unsigned long long)cs->pc);
    }
}
