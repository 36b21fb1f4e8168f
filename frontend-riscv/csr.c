/* SPDX-License-Identifier: MIT */
/*
 * Machine-mode CSRs with their WARL rules. Only M-mode exists yet (the
 * supervisor and user modes, counters and the rest come with the
 * privileged architecture); an unknown CSR is an illegal instruction.
 */
#include "frontend-riscv/cpu.h"

enum {
    CSR_MSTATUS = 0x300,
    CSR_MISA = 0x301,
    CSR_MIE = 0x304,
    CSR_MTVEC = 0x305,
    CSR_MSCRATCH = 0x340,
    CSR_MEPC = 0x341,
    CSR_MCAUSE = 0x342,
    CSR_MTVAL = 0x343,
    CSR_MIP = 0x344,
    CSR_MVENDORID = 0xf11,
    CSR_MARCHID = 0xf12,
    CSR_MIMPID = 0xf13,
    CSR_MHARTID = 0xf14,
};

/* Writable mstatus bits with M-mode only: MIE and MPIE (MPP is fixed). */
#define MSTATUS_WMASK (MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_FS)
/* Machine timer, software and external interrupt bits. */
#define MIE_WMASK ((1ull << 3) | (1ull << 7) | (1ull << 11))

bool rv_csr_read(RVEnv *env, unsigned csr, uint64_t *val)
{
    switch (csr) {
    case CSR_MSTATUS:
        *val = env->mstatus | ((env->mstatus & MSTATUS_FS) == MSTATUS_FS_DIRTY
                                   ? MSTATUS_SD : 0);
        return true;
    case CSR_MISA: *val = env->misa; return true;
    case CSR_MIE: *val = env->mie; return true;
    case CSR_MTVEC: *val = env->mtvec; return true;
    case CSR_MSCRATCH: *val = env->mscratch; return true;
    case CSR_MEPC: *val = env->mepc; return true;
    case CSR_MCAUSE: *val = env->mcause; return true;
    case CSR_MTVAL: *val = env->mtval; return true;
    case CSR_MIP: *val = env->mip; return true;
    case CSR_MVENDORID: case CSR_MARCHID: case CSR_MIMPID: *val = 0; return true;
    case CSR_MHARTID: *val = env->mhartid; return true;
    default: return rv_fp_csr_read(env, csr, val);
    }
}

bool rv_csr_write(RVEnv *env, unsigned csr, uint64_t val)
{
    switch (csr) {
    case CSR_MSTATUS:
        env->mstatus = (env->mstatus & ~MSTATUS_WMASK) | (val & MSTATUS_WMASK);
        return true;
    case CSR_MISA:
        return true; /* WARL: the extensions are fixed */
    case CSR_MIE:
        env->mie = val & MIE_WMASK;
        return true;
    case CSR_MTVEC:
        /* Modes 2 and 3 are reserved: keep the base, use direct mode. */
        env->mtvec = (val & 3) < 2 ? val : val & ~3ull;
        return true;
    case CSR_MSCRATCH: env->mscratch = val; return true;
    /* IALIGN is 16 with C: only bit 0 of mepc is zero. */
    case CSR_MEPC: env->mepc = val & ~1ull; return true;
    case CSR_MCAUSE: env->mcause = val; return true;
    case CSR_MTVAL: env->mtval = val; return true;
    case CSR_MIP: return true; /* no software-writable bits in M-only */
    default: return rv_fp_csr_write(env, csr, val);
    }
}
