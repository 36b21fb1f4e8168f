/* SPDX-License-Identifier: MIT */
/*
 * The RISC-V CPU class: reset state, trap entry, the (bare, M-mode)
 * address translation, faults from the soft MMU, and the state dump.
 */
#include <stdlib.h>

#include "core/log.h"
#include "core/translate.h"
#include "frontend-riscv/cpu.h"
#include "frontend-riscv/disas.h"
#include "softmmu/softmmu.h"

extern const TranslatorOps rv_translator_ops;
void rv_translate_init(void);

static void rv_do_interrupt(CPUState *cs)
{
    RVEnv *env = rv_env(cs);
    int cause = cs->exception_index;

    if (log_enabled(LOG_INT)) {
        log_printf("rv: exception %d at pc 0x%016llx tval 0x%llx\n", cause,
                   (unsigned long long)cs->pc,
                   (unsigned long long)env->pending_tval);
    }
    /* A trap ends any LR/SC sequence (docs/riscv-a.md). */
    env->res_addr = RV_RES_NONE;
    env->mepc = cs->pc;
    env->mcause = (uint64_t)cause;
    env->mtval = env->pending_tval;
    uint64_t s = env->mstatus;
    s = (s & ~MSTATUS_MPIE) | ((s & MSTATUS_MIE) ? MSTATUS_MPIE : 0);
    s &= ~MSTATUS_MIE;
    s = (s & ~MSTATUS_MPP) | ((uint64_t)env->priv << 11);
    env->mstatus = s;
    env->priv = PRV_M;
    rv_update_tb_flags(env);
    /* Exceptions always use the base address, vectored mode or not. */
    cs->pc = env->mtvec & ~3ull;
}

static void rv_tlb_fill(CPUState *cs, uint64_t vaddr, AccessType access,
                        int mmu_idx, uintptr_t ra)
{
    (void)access;
    (void)ra;
    /* Bare translation: M-mode sees physical addresses. */
    tlb_set_page(cs, vaddr, vaddr, PROT_R | PROT_W | PROT_X, mmu_idx);
}

static __attribute__((noreturn)) void
rv_bus_error(CPUState *cs, uint64_t vaddr, AccessType access, uintptr_t ra)
{
    static const int cause[] = {
        [ACCESS_READ] = RV_EXC_LOAD_ACCESS,
        [ACCESS_WRITE] = RV_EXC_STORE_ACCESS,
        [ACCESS_FETCH] = RV_EXC_INSN_ACCESS,
    };
    rv_raise(cs, cause[access], vaddr, ra);
}

static __attribute__((noreturn)) void
rv_unaligned(CPUState *cs, uint64_t vaddr, AccessType access, uintptr_t ra)
{
    rv_raise(cs, access == ACCESS_WRITE ? RV_EXC_STORE_MISALIGNED
                                        : RV_EXC_LOAD_MISALIGNED,
             vaddr, ra);
}

static int rv_mmu_index(CPUState *cs, bool ifetch)
{
    (void)ifetch;
    return rv_env(cs)->priv;
}

static void rv_dump_state(CPUState *cs, FILE *f)
{
    static const char *const names[32] = {
        "zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2",
        "s0", "s1", "a0", "a1", "a2", "a3", "a4", "a5",
        "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7",
        "s8", "s9", "s10", "s11", "t3", "t4", "t5", "t6",
    };
    RVEnv *env = rv_env(cs);
    fprintf(f, " pc       %016llx priv %d\n", (unsigned long long)cs->pc,
            env->priv);
    fprintf(f, " mstatus  %016llx mepc %016llx mcause %016llx\n",
            (unsigned long long)env->mstatus, (unsigned long long)env->mepc,
            (unsigned long long)env->mcause);
    for (int i = 0; i < 32; i++) {
        fprintf(f, " x%-2d/%-4s %016llx%s", i, names[i],
                (unsigned long long)env->gpr[i], (i % 4 == 3) ? "\n" : "");
    }
}

const CPUClass rv_cpu_class = {
    .name = "rv64",
    .translator = &rv_translator_ops,
    .do_interrupt = rv_do_interrupt,
    .tlb_fill = rv_tlb_fill,
    .bus_error = rv_bus_error,
    .unaligned = rv_unaligned,
    .mmu_index = rv_mmu_index,
    .dump_state = rv_dump_state,
    .disas = rv_disas_fprint,
};

void rv_update_tb_flags(RVEnv *env)
{
    CPUState *cs = &((RVCPU *)((char *)env - offsetof(RVCPU, env)))->cs;
    uint64_t fs = env->mstatus & MSTATUS_FS;
    cs->tb_flags = (env->priv & RV_TBF_PRIV_MASK) |
                   (fs == 0 ? RV_TBF_FS_OFF : 0) |
                   (fs == MSTATUS_FS_DIRTY ? RV_TBF_FS_DIRTY : 0);
}

void rv_cpu_reset(RVCPU *cpu, uint64_t pc)
{
    RVEnv *env = &cpu->env;
    for (int i = 0; i < 32; i++) {
        env->gpr[i] = 0;
    }
    env->priv = PRV_M;
    /* M-mode only: MPP is hardwired to M. */
    env->mstatus = MSTATUS_MPP;
    env->misa = (2ull << 62) | (1ull << ('I' - 'A'));
    env->misa |= 1ull << ('M' - 'A');
    env->misa |= 1ull << ('B' - 'A'); /* Zba, Zbb, Zbs */
    env->misa |= 1ull << ('A' - 'A');
    env->res_addr = RV_RES_NONE;
    env->misa |= (1ull << ('F' - 'A')) | (1ull << ('D' - 'A'));
    /* FS resets to Off (as on QEMU and Spike): FP needs mstatus.FS set. */
    for (int i = 0; i < 32; i++) {
        env->fpr[i] = 0;
    }
    env->frm = env->fflags = 0;
    env->misa |= 1ull << ('C' - 'A');
    env->mhartid = (uint64_t)cpu->cs.cpu_index;
    env->mtvec = env->mepc = env->mcause = env->mtval = 0;
    env->mscratch = env->mie = env->mip = 0;
    cpu->cs.pc = pc;
    rv_update_tb_flags(env);
}

RVCPU *rv_cpu_new(struct Machine *m, int index)
{
    static bool initialized;
    if (!initialized) {
        translate_init();
        rv_translate_init();
        initialized = true;
    }
    RVCPU *cpu = aligned_alloc(64, (sizeof(RVCPU) + 63) & ~(size_t)63);
    if (!cpu) {
        fatal("out of memory");
    }
    cpu_init_common(&cpu->cs, &rv_cpu_class, m, index);
    rv_cpu_reset(cpu, 0);
    return cpu;
}
