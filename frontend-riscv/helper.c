/* SPDX-License-Identifier: MIT */
/*
 * RISC-V helpers called from generated code: exceptions, Zicsr and the
 * privileged instructions (MRET, SRET, WFI, SFENCE.VMA) with their
 * privilege checks.
 */
#include "core/cpu-sched.h"
#include "frontend-riscv/csr.h"
#include "frontend-riscv/helper.h"
#include "hw/semihosting.h"
#include "softmmu/softmmu.h"

#define HELPER_DEF_FILE "frontend-riscv/helper.def"
#include "ir/helper-info.h"
#include "frontend-riscv/csr-num.h"

#define GETPC() ((uintptr_t)__builtin_return_address(0))

enum {
    INSN_MRET = 0x30200073,
    INSN_SRET = 0x10200073,
    INSN_WFI = 0x10500073,
};

void rv_raise(CPUState *cs, int cause, uint64_t tval, uintptr_t ra)
{
    cs->exception_index = cause;
    rv_env(cs)->pending_tval = tval;
    rv_note_trap_block(cs, ra);
    cpu_loop_exit_restore(cs, ra);
}

void helper_rv_raise(void *env, uint32_t cause, uint64_t tval)
{
    rv_raise(env_cpu(env), (int)cause, tval, GETPC());
}

/* One helper for all six Zicsr instructions; the instruction word says
 * which, and whether the write happens at all (csrrs/csrrc with x0 or a
 * zero immediate only read). No CSR here has read side effects. */
uint64_t helper_rv_csr(void *env, uint32_t insn, uint64_t src)
{
    RVEnv *e = env;
    unsigned csr = insn >> 20, op = (insn >> 12) & 3;
    bool write = op == 1 || ((insn >> 15) & 31) != 0;
    uint64_t old, val;

    if (!rv_csr_access_ok(e, csr, write) || !rv_csr_read(e, csr, &old)) {
        rv_raise(env_cpu(env), RV_EXC_ILLEGAL_INSN, insn, GETPC());
    }
    if (!write) {
        return old;
    }
    /* CSRRS/CSRRC on mip modify the software-writable SEIP bit, not the
     * OR with the interrupt controller's line that a read returns
     * (privileged spec, mip): else setting SSIP while the PLIC asserts
     * SEIP would latch SEIP for good. */
    uint64_t base = old;
    if (csr == CSR_MIP) {
        base = (old & ~MIP_SEIP) | (e->mip & MIP_SEIP);
    }
    val = op == 1 ? src : op == 2 ? base | src : base & ~src;
    if (!rv_csr_write(e, csr, val)) {
        rv_raise(env_cpu(env), RV_EXC_ILLEGAL_INSN, insn, GETPC());
    }
    rv_update_tb_flags(e);
    return old;
}

/* a0 = semihosting_call(a0, a1): the call of the ebreak sequence. */
void helper_rv_semihost(void *env)
{
    RVEnv *e = env;
    CPUState *cs = env_cpu(env);
    e->gpr[10] = semihosting_call(cs, e->gpr[10], e->gpr[11], 8,
                                  cs->cc->mmu_index(cs, false), GETPC());
}

uint64_t helper_rv_mret(void *env)
{
    RVEnv *e = env;
    uint64_t s = e->mstatus;
    unsigned mpp = (s & MSTATUS_MPP) >> MSTATUS_MPP_SHIFT;

    if (e->priv != PRV_M) {
        rv_raise(env_cpu(env), RV_EXC_ILLEGAL_INSN, INSN_MRET, GETPC());
    }
    s = (s & ~MSTATUS_MIE) | ((s & MSTATUS_MPIE) ? MSTATUS_MIE : 0);
    s |= MSTATUS_MPIE;
    s &= ~MSTATUS_MPP; /* MPP = U, the least-privileged mode */
    if (mpp != PRV_M) {
        s &= ~MSTATUS_MPRV;
    }
    e->mstatus = s;
    e->priv = (uint8_t)mpp;
    rv_update_tb_flags(e);
    return e->mepc & rv_epc_mask(e);
}

uint64_t helper_rv_sret(void *env)
{
    RVEnv *e = env;
    uint64_t s = e->mstatus;

    if (e->priv < PRV_S || (e->priv == PRV_S && (s & MSTATUS_TSR))) {
        rv_raise(env_cpu(env), RV_EXC_ILLEGAL_INSN, INSN_SRET, GETPC());
    }
    unsigned spp = (s & MSTATUS_SPP) ? PRV_S : PRV_U;
    s = (s & ~MSTATUS_SIE) | ((s & MSTATUS_SPIE) ? MSTATUS_SIE : 0);
    s |= MSTATUS_SPIE;
    s &= ~MSTATUS_SPP;
    s &= ~MSTATUS_MPRV; /* the new mode is below M */
    e->mstatus = s;
    e->priv = (uint8_t)spp;
    rv_update_tb_flags(e);
    return e->sepc & rv_epc_mask(e);
}

/* WFI: illegal in U-mode, and in S-mode with TW (it would not complete
 * in bounded time); otherwise the hart sleeps until an interrupt is
 * pending (the loop takes it, or resumes after the WFI). */
void helper_rv_wfi(void *env)
{
    RVEnv *e = env;
    CPUState *cs = env_cpu(env);

    if (e->priv == PRV_U ||
        (e->priv == PRV_S && (e->mstatus & MSTATUS_TW))) {
        rv_raise(cs, RV_EXC_ILLEGAL_INSN, INSN_WFI, GETPC());
    }
    if (!(rv_get_mip(e) & e->mie)) {
        cs->halted = true;
    }
}

/* PAUSE, the spin-wait hint: a hart sharing the host thread with others
 * (core/cpu-sched.c) ends its time slice at the next block, so that the
 * hart it waits for (a lock holder, an IPI's target) runs. */
void helper_rv_pause(void *env)
{
    CPUState *cs = env_cpu(env);
    if (cpu_sched_shared(cs)) {
        __atomic_store_n(&cs->exit_request, 1, __ATOMIC_RELEASE);
    }
}

/* SFENCE.VMA: with rs1 != x0 only that page, else everything. ASIDs are
 * not tracked in the TLB, so the rs2 (ASID) form flushes as the ASID-less
 * one. tlb_flush_page() flushes everything when a cached superpage may
 * cover the page. */
void helper_rv_sfence_vma(void *env, uint32_t insn, uint64_t vaddr)
{
    RVEnv *e = env;
    CPUState *cs = env_cpu(env);

    if (e->priv == PRV_U ||
        (e->priv == PRV_S && (e->mstatus & MSTATUS_TVM))) {
        rv_raise(cs, RV_EXC_ILLEGAL_INSN, insn, GETPC());
    }
    if ((insn >> 15) & 31) {
        tlb_flush_page(cs, vaddr);
    } else {
        tlb_flush(cs);
    }
}
