/* SPDX-License-Identifier: MIT */
/*
 * The RISC-V CPU class: reset state, the hooks the core calls (trap entry
 * in trap.c, address translation in mmu.c), faults from the soft MMU, and
 * the state dump.
 */
#include <stdlib.h>
#include <string.h>

#include "core/gdbstub.h"
#include "core/log.h"
#include "core/translate.h"
#include "frontend-riscv/cpu.h"
#include "frontend-riscv/disas.h"
#include "softmmu/softmmu.h"

extern const TranslatorOps rv_translator_ops;
extern const GdbArchOps rv_gdb_ops;
void rv_translate_init(void);

static void rv_do_interrupt(CPUState *cs)
{
    RVEnv *env = rv_env(cs);
    /* A trap ends any LR/SC sequence (docs/riscv-a.md). */
    env->res_addr = RV_RES_NONE;
    rv_take_trap(cs, (uint64_t)cs->exception_index, env->pending_tval);
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
    RVEnv *env = rv_env(cs);
    return ifetch ? env->priv : rv_data_mmu_idx(env);
}

/* -d cpu, in the stable format of docs/trace-format.md: one "name value"
 * pair per CSR line, then the integer registers four to a line (the
 * layout QEMU uses too), then the FP registers when mstatus.FS is on. */
static void rv_dump_state(CPUState *cs, FILE *f)
{
    static const char *const names[32] = {
        "zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2",
        "s0", "s1", "a0", "a1", "a2", "a3", "a4", "a5",
        "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7",
        "s8", "s9", "s10", "s11", "t3", "t4", "t5", "t6",
    };
    static const char *const fnames[32] = {
        "ft0", "ft1", "ft2", "ft3", "ft4", "ft5", "ft6", "ft7",
        "fs0", "fs1", "fa0", "fa1", "fa2", "fa3", "fa4", "fa5",
        "fa6", "fa7", "fs2", "fs3", "fs4", "fs5", "fs6", "fs7",
        "fs8", "fs9", "fs10", "fs11", "ft8", "ft9", "ft10", "ft11",
    };
    RVEnv *env = rv_env(cs);
    const struct {
        const char *name;
        uint64_t val;
    } csrs[] = {
        { "pc", cs->pc },          { "priv", env->priv },
        { "mstatus", env->mstatus }, { "mip", rv_get_mip(env) },
        { "mie", env->mie },       { "mideleg", env->mideleg },
        { "medeleg", env->medeleg }, { "mtvec", env->mtvec },
        { "stvec", env->stvec },   { "mepc", env->mepc },
        { "sepc", env->sepc },     { "mcause", env->mcause },
        { "scause", env->scause }, { "mtval", env->mtval },
        { "stval", env->stval },   { "mscratch", env->mscratch },
        { "sscratch", env->sscratch }, { "satp", env->satp },
    };
    char name[16];
    for (size_t i = 0; i < sizeof(csrs) / sizeof(csrs[0]); i++) {
        fprintf(f, " %-8s %016llx\n", csrs[i].name,
                (unsigned long long)csrs[i].val);
    }
    for (int i = 0; i < 32; i++) {
        snprintf(name, sizeof(name), "x%d/%s", i, names[i]);
        fprintf(f, " %-8s %016llx%s", name, (unsigned long long)env->gpr[i],
                (i % 4 == 3) ? "\n" : "");
    }
    if (!(env->mstatus & MSTATUS_FS)) {
        return;
    }
    for (int i = 0; i < 32; i++) {
        snprintf(name, sizeof(name), "f%d/%s", i, fnames[i]);
        fprintf(f, " %-8s %016llx%s", name, (unsigned long long)env->fpr[i],
                (i % 4 == 3) ? "\n" : "");
    }
}

static uint64_t rv_insn_count(CPUState *cs) { return rv_env(cs)->instret; }

const CPUClass rv_cpu_class = {
    .name = "rv64",
    .translator = &rv_translator_ops,
    .do_interrupt = rv_do_interrupt,
    .exec_interrupt = rv_exec_interrupt,
    .tlb_fill = rv_tlb_fill,
    .bus_error = rv_bus_error,
    .unaligned = rv_unaligned,
    .mmu_index = rv_mmu_index,
    .dump_state = rv_dump_state,
    .disas = rv_disas_fprint,
    .gdb = &rv_gdb_ops,
    .insn_count = rv_insn_count,
};

void rv_update_tb_flags(RVEnv *env)
{
    CPUState *cs = rv_env_cpu(env);
    uint64_t fs = env->mstatus & MSTATUS_FS;
    cs->tb_flags = (env->priv & RV_TBF_PRIV_MASK) |
                   (fs == 0 ? RV_TBF_FS_OFF : 0) |
                   (fs == MSTATUS_FS_DIRTY ? RV_TBF_FS_DIRTY : 0) |
                   (env->frm == 0 ? RV_TBF_FRM_RNE : 0) |
                   ((uint32_t)rv_data_mmu_idx(env) << RV_TBF_DPRIV_SHIFT);
}

void rv_cpu_reset(RVCPU *cpu, uint64_t pc)
{
    RVEnv *env = &cpu->env;
    for (int i = 0; i < 32; i++) {
        env->gpr[i] = 0;
    }
    env->priv = PRV_M;
    /* MPP starts as M; UXL and SXL say 64 bits. */
    env->mstatus = MSTATUS_MPP | (2ull << 32) | (2ull << 34);
    env->misa = (2ull << 62) | (1ull << ('I' - 'A')) |
                (1ull << ('S' - 'A')) | (1ull << ('U' - 'A'));
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
    /* Privileged architecture state. */
    env->medeleg = env->mideleg = 0;
    env->stvec = env->sscratch = env->sepc = env->scause = env->stval = 0;
    env->satp = 0;
    env->mcounteren = env->scounteren = env->mcountinhibit = 0;
    env->menvcfg = env->senvcfg = 0;
    env->stimecmp = ~0ull;
    env->mcycle_off = env->minstret_off = 0;
    for (unsigned i = 0; i < RV_PMP_ENTRIES; i++) {
        env->pmpaddr[i] = 0;
    }
    env->pmpcfg[0] = env->pmpcfg[1] = 0;
    cpu->cs.halted = false;
    tlb_flush(&cpu->cs);
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
    memset(&cpu->env, 0, sizeof(cpu->env));
    rv_cpu_reset(cpu, 0);
    return cpu;
}
