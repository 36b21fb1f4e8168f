/* SPDX-License-Identifier: MIT */
/*
 * The floating-point CSRs: fflags (0x001), frm (0x002) and fcsr (0x003,
 * frm in bits 7:5 over fflags in bits 4:0). With mstatus.FS = Off every
 * access is illegal; a write makes the FP state Dirty. frm is stored as
 * written (3 bits): a reserved value only faults when an instruction uses
 * it as its dynamic rounding mode.
 */
#include "frontend-riscv/cpu.h"
#include "frontend-riscv/csr-num.h"

static bool fp_csr(RVEnv *env, unsigned csr)
{
    return csr >= CSR_FFLAGS && csr <= CSR_FCSR &&
           (env->mstatus & MSTATUS_FS) != 0;
}

bool rv_fp_csr_read(RVEnv *env, unsigned csr, uint64_t *val)
{
    if (!fp_csr(env, csr)) {
        return false;
    }
    switch (csr) {
    case CSR_FFLAGS:
        *val = env->fflags;
        break;
    case CSR_FRM:
        *val = env->frm;
        break;
    default:
        *val = (uint64_t)env->frm << 5 | env->fflags;
        break;
    }
    return true;
}

bool rv_fp_csr_write(RVEnv *env, unsigned csr, uint64_t val)
{
    if (!fp_csr(env, csr)) {
        return false;
    }
    switch (csr) {
    case CSR_FFLAGS:
        env->fflags = val & 31;
        break;
    case CSR_FRM:
        env->frm = val & 7;
        break;
    default:
        env->fflags = val & 31;
        env->frm = (val >> 5) & 7;
        break;
    }
    env->mstatus |= MSTATUS_FS_DIRTY;
    return true;
}
