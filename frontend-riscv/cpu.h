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
    RV_EXC_INSN_PAGE_FAULT = 12,
    RV_EXC_LOAD_PAGE_FAULT = 13,
    RV_EXC_STORE_PAGE_FAULT = 15,
};

/* Interrupt codes (mcause with the interrupt bit set; mip/mie bits). */
enum {
    RV_IRQ_S_SOFT = 1,
    RV_IRQ_M_SOFT = 3,
    RV_IRQ_S_TIMER = 5,
    RV_IRQ_M_TIMER = 7,
    RV_IRQ_S_EXT = 9,
    RV_IRQ_M_EXT = 11,
};
#define RV_CAUSE_IRQ (1ull << 63)

#define MSTATUS_SIE (1ull << 1)
#define MSTATUS_MIE (1ull << 3)
#define MSTATUS_SPIE (1ull << 5)
#define MSTATUS_MPIE (1ull << 7)
#define MSTATUS_SPP (1ull << 8)
#define MSTATUS_VS (3ull << 9)
#define MSTATUS_MPP (3ull << 11)
#define MSTATUS_MPP_SHIFT 11
#define MSTATUS_FS (3ull << 13) /* FP state: Off, Initial, Clean, Dirty */
#define MSTATUS_FS_DIRTY (3ull << 13)
#define MSTATUS_XS (3ull << 15)
#define MSTATUS_MPRV (1ull << 17)
#define MSTATUS_SUM (1ull << 18)
#define MSTATUS_MXR (1ull << 19)
#define MSTATUS_TVM (1ull << 20)
#define MSTATUS_TW (1ull << 21)
#define MSTATUS_TSR (1ull << 22)
#define MSTATUS_UXL (3ull << 32)
#define MSTATUS_SXL (3ull << 34)
#define MSTATUS_SD (1ull << 63) /* reads 1 when FS is Dirty (derived) */

#define MIP_SSIP (1ull << RV_IRQ_S_SOFT)
#define MIP_MSIP (1ull << RV_IRQ_M_SOFT)
#define MIP_STIP (1ull << RV_IRQ_S_TIMER)
#define MIP_MTIP (1ull << RV_IRQ_M_TIMER)
#define MIP_SEIP (1ull << RV_IRQ_S_EXT)
#define MIP_MEIP (1ull << RV_IRQ_M_EXT)

/* satp.MODE values */
enum {
    SATP_MODE_BARE = 0,
    SATP_MODE_SV39 = 8,
    SATP_MODE_SV48 = 9,
    SATP_MODE_SV57 = 10,
};

#define RV_PMP_ENTRIES 16

/* Interrupt lines of a platform device (the CLINT) the hart samples:
 * pending() gives the mip bits it drives, mtime() the time CSR;
 * set_stimer() tells it the Sstc deadline (~0: none) to wake the hart at. */
typedef struct RvIrqSource {
    uint64_t (*pending)(void *opaque);
    uint64_t (*mtime)(void *opaque);
    void (*set_stimer)(void *opaque, uint64_t deadline);
    void *opaque;
} RvIrqSource;

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
    /* Inline FP ops whose destination is also a source park their result
     * here until the exact fallback has read the operands. */
    uint64_t fpr_tmp;
    /* Privileged architecture (S and U modes, VM, interrupts, PMP). */
    uint64_t medeleg, mideleg;
    uint64_t stvec, sscratch, sepc, scause, stval;
    uint64_t satp;
    uint64_t mcounteren, scounteren, mcountinhibit;
    uint64_t menvcfg, senvcfg;
    uint64_t stimecmp;
    uint64_t mcycle_off, minstret_off; /* counter = instret + off */
    uint64_t mcycle_frozen, minstret_frozen; /* while mcountinhibit says */
    uint64_t pmpcfg[RV_PMP_ENTRIES / 8];
    uint64_t pmpaddr[RV_PMP_ENTRIES];
    /* Retired instructions: blocks add their length on entry. trap_tb: the
     * block an exception stopped, to take back what did not retire. */
    uint64_t instret;
    const struct TB *trap_tb;
    RvIrqSource irq_src;
    /* M-mode emulated in C (the board's embedded SBI, hw/sbi.h): when
     * set, an ECALL from S-mode runs it instead of trapping; it sets the
     * pc and the results. Not touched by reset. */
    void (*ecall_s)(CPUState *cs, void *opaque);
    void *ecall_s_opaque;
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
#define RV_TBF_FRM_RNE (1u << 8)  /* frm = rne: dynamic rounding inline */
/* Bits 17:16: the MMU index loads and stores use (rv_data_mmu_idx(): the
 * privilege, MPP under MPRV, with SUM). */
#define RV_TBF_DPRIV_SHIFT 16
#define RV_TBF_DPRIV_MASK (3u << RV_TBF_DPRIV_SHIFT)

/* MMU indices: the effective privilege of the access (0 U, 1 S, 3 M),
 * and RV_MMU_S_SUM for S-mode data accesses while mstatus.SUM is set, so
 * that the SUM toggles around every kernel access to user memory need no
 * TLB flush. M-mode is always untranslated. MXR is not part of the index:
 * a change of it flushes the TLB. */
#define RV_MMU_S_SUM 2
int rv_data_priv(const RVEnv *env);
/* The MMU index of data accesses (loads, stores, AMOs). */
int rv_data_mmu_idx(const RVEnv *env);

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
/* Privilege and existence check of a CSR access (true: allowed). */
bool rv_csr_access_ok(RVEnv *env, unsigned csr, bool write);

/* Records the block an exception raised from ra stops (for instret). */
void rv_note_trap_block(CPUState *cs, uintptr_t ra);
/* Trap entry (interrupt when cause has RV_CAUSE_IRQ), with delegation. */
void rv_take_trap(CPUState *cs, uint64_t cause, uint64_t tval);
/* mip including the lines devices drive. */
uint64_t rv_get_mip(const RVEnv *env);
/* Highest-priority interrupt to take now, or -1. */
int rv_pending_irq(const RVEnv *env);
bool rv_exec_interrupt(CPUState *cs);
/* The time CSR (mtime of the platform timer; host ticks without one). */
uint64_t rv_get_time(const RVEnv *env);
/* stimecmp or menvcfg.STCE changed: re-arm the platform's Sstc wake-up. */
void rv_stimer_update(RVEnv *env);

/* The page-table walk behind cc->tlb_fill (mmu.c). */
void rv_tlb_fill(CPUState *cs, uint64_t vaddr, AccessType access,
                 int mmu_idx, uintptr_t ra);
/* The CBIE field of an envcfg value made legal: the reserved 10 reads
 * as 00 (cbo.c). */
uint64_t rv_envcfg_cbo_legal(uint64_t val);
/* Zicbom's permission check at vaddr (load or store allowed), raising
 * the store faults (mmu.c). */
void rv_cbo_check(CPUState *cs, uint64_t vaddr, int mmu_idx, uintptr_t ra);
/* The PROT_* accesses PMP allows at paddr for privilege priv (pmp.c);
 * *whole_page: the same answer holds for paddr's whole 4 KiB page. */
int rv_pmp_prot(const RVEnv *env, uint64_t paddr, int priv,
                bool *whole_page);

static inline CPUState *rv_env_cpu(RVEnv *env)
{
    return &((RVCPU *)((char *)env - offsetof(RVCPU, env)))->cs;
}

#endif
