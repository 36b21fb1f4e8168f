/* SPDX-License-Identifier: MIT */
/*
 * RISC-V helpers called from generated code: exceptions, Zicsr, MRET.
 */
#include "frontend-riscv/cpu.h"
#include "frontend-riscv/helper.h"
#include "hw/semihosting.h"

#define HELPER_DEF_FILE "frontend-riscv/helper.def"
#include "ir/helper-info.h"

#define GETPC() ((uintptr_t)__builtin_return_address(0))

void rv_raise(CPUState *cs, int cause, uint64_t tval, uintptr_t ra)
{
    cs->exception_index = cause;
    rv_env(cs)->pending_tval = tval;
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

    if (!rv_csr_read(e, csr, &old) || (write && (csr >> 10) == 3)) {
        rv_raise(env_cpu(env), RV_EXC_ILLEGAL_INSN, insn, GETPC());
    }
    if (!write) {
        return old;
    }
    val = op == 1 ? src : op == 2 ? old | src : old & ~src;
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
    unsigned mpp = (s & MSTATUS_MPP) >> 11;

    /* Only M-mode exists so far: MPP reads back as M. */
    s = (s & ~MSTATUS_MIE) | ((s & MSTATUS_MPIE) ? MSTATUS_MIE : 0);
    s |= MSTATUS_MPIE;
    e->mstatus = s;
    e->priv = (uint8_t)mpp;
    rv_update_tb_flags(e);
    return e->mepc;
}
