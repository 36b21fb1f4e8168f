/* SPDX-License-Identifier: MIT */
/*
 * RISC-V hart state. RVCPU starts with the core's CPUState; env (RVEnv)
 * follows it directly, so generated code reaches the integer registers at
 * small offsets from its env pointer.
 */
#ifndef RISCV_CPU_H
#define RISCV_CPU_H

#include <stddef.h>
#include <stdint.h>

#include "core/cpu.h"

enum {
    PRV_U = 0,
    PRV_S = 1,
    PRV_M = 3,
};

/* Exception causes (mcause with the interrupt bit clear). */
enum {
    RV_EXC_INSN_MISALIGNED = 0,
    RV_EXC_INSN_ACCESS = 1,
    RV_EXC_ILLEGAL_INSN = 2,
    RV_EXC_BREAKPOINT = 3,
    RV_EXC_LOAD_MISALIGNED = 4,
    RV_EXC_LOAD_ACCESS = 5,
    RV_EXC_STORE_MISALIGNED = 6,
    RV_EXC_STORE_ACCESS = 7,
    RV_EXC_ECALL_U = 8,
    RV_EXC_ECALL_S = 9,
    RV_EXC_ECALL_M = 11,
};

#define MSTATUS_MIE (1ull << 3)
#define MSTATUS_MPIE (1ull << 7)
#define MSTATUS_MPP (3ull << 11)
#define MSTATUS_FS (3ull << 13) /* FP state: Off, Initial, Clean, Dirty */
#define MSTATUS_FS_DIRTY (3ull << 13)
#define MSTATUS_SD (1ull << 63) /* reads 1 when FS is Dirty (derived) */

typedef struct RVEnv {
    uint64_t gpr[32];
    uint64_t mstatus;
    uint64_t misa;
    uint64_t mtvec;
    uint64_t mscratch;
    uint64_t mepc;
    uint64_t mcause;
    uint64_t mtval;
    uint64_t mie;
    uint64_t mip;
    uint64_t mhartid;
    uint64_t pending_tval; /* tval of the exception being raised */
    /* A: the LR reservation (atomic.c) and the value LR loaded. */
    uint64_t res_addr; /* RV_RES_NONE when no reservation is held */
    uint64_t res_val;
    uint8_t res_size;
    uint8_t priv;
    /* F and D: f registers (single values NaN-boxed), fcsr's fields. */
    uint64_t fpr[32];
    uint8_t frm;
    uint8_t fflags;
} RVEnv;

/* No reservation: an address no LR can reserve (it is misaligned). */
#define RV_RES_NONE (~0ull)

typedef struct RVCPU {
    CPUState cs;
    RVEnv env;
} RVCPU;

_Static_assert(offsetof(RVCPU, env) == sizeof(CPUState),
               "env must follow CPUState directly");

static inline RVCPU *rv_cpu(CPUState *cs) { return (RVCPU *)cs; }
static inline RVEnv *rv_env(CPUState *cs) { return &rv_cpu(cs)->env; }

extern const CPUClass rv_cpu_class;

/* Translation-relevant state -> cs->tb_flags (part of every block's key):
 * call after anything that changes it (CSR writes, traps, xRET). */
void rv_update_tb_flags(RVEnv *env);
/* tb_flags layout: bits 1:0 privilege mode; the rest is free for the
 * extensions' translation state. */
#define RV_TBF_PRIV_MASK 3u
#define RV_TBF_FS_OFF (1u << 2)   /* mstatus.FS = Off: FP is illegal */
#define RV_TBF_FS_DIRTY (1u << 3) /* mstatus.FS = Dirty already */

RVCPU *rv_cpu_new(struct Machine *m, int index);
void rv_cpu_reset(RVCPU *cpu, uint64_t pc);

/* Raise exception cause with tval from a helper; ra as in cpu.h. */
void rv_raise(CPUState *cs, int cause, uint64_t tval, uintptr_t ra)
    __attribute__((noreturn));

/* CSR access for the Zicsr helpers: false when csr does not exist or the
 * access is not allowed (the caller raises illegal instruction). */
bool rv_csr_read(RVEnv *env, unsigned csr, uint64_t *val);
bool rv_csr_write(RVEnv *env, unsigned csr, uint64_t val);
/* The FP CSRs fflags, frm and fcsr (csr-fp.c), same contract. */
bool rv_fp_csr_read(RVEnv *env, unsigned csr, uint64_t *val);
bool rv_fp_csr_write(RVEnv *env, unsigned csr, uint64_t val);

#endif
