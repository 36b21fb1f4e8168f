/* SPDX-License-Identifier: MIT */
/*
 * Supervisor-mode CSRs: the sstatus, sie and sip views of their machine
 * counterparts, the S-mode trap CSRs, senvcfg, scounteren and satp (Bare,
 * Sv39, Sv48, Sv57; a write of another mode is ignored; TVM traps S-mode
 * accesses) and stimecmp (Sstc).
 */
#include "frontend-riscv/csr.h"
#include "softmmu/softmmu.h"
#include "frontend-riscv/csr-num.h"

#define SSTATUS_WMASK                                                       \
    (MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP | MSTATUS_FS | MSTATUS_SUM |   \
     MSTATUS_MXR)
#define SSTATUS_RMASK                                                       \
    (SSTATUS_WMASK | MSTATUS_VS | MSTATUS_XS | MSTATUS_UXL | MSTATUS_SD)
#define SATP_PPN_MASK ((1ull << 44) - 1)
#define SATP_ASID_MASK (0xffffull << 44)

static uint64_t sstatus_read(RVEnv *env, unsigned csr)
{
    (void)csr;
    return rv_mstatus_read(env) & SSTATUS_RMASK;
}

static void sstatus_write(RVEnv *env, unsigned csr, uint64_t val)
{
    (void)csr;
    rv_mstatus_write(env, val, SSTATUS_WMASK);
}

static uint64_t sie_read(RVEnv *env, unsigned csr)
{
    (void)csr;
    return env->mie & env->mideleg;
}

static void sie_write(RVEnv *env, unsigned csr, uint64_t val)
{
    (void)csr;
    env->mie = csr_merge(env->mie, val, env->mideleg);
}

static uint64_t sip_read(RVEnv *env, unsigned csr)
{
    (void)csr;
    return rv_get_mip(env) & env->mideleg;
}

/* Only SSIP is writable through sip (when delegated). */
static void sip_write(RVEnv *env, unsigned csr, uint64_t val)
{
    (void)csr;
    env->mip = csr_merge(env->mip, val, env->mideleg & MIP_SSIP);
}

#define FIELD_RW(name, field, mask)                                         \
    static uint64_t name##_read(RVEnv *env, unsigned csr)                   \
    {                                                                       \
        (void)csr;                                                          \
        return env->field;                                                  \
    }                                                                       \
    static void name##_write(RVEnv *env, unsigned csr, uint64_t val)        \
    {                                                                       \
        (void)csr;                                                          \
        env->field = val & (mask);                                          \
    }

FIELD_RW(scounteren, scounteren, 0xffffffffull)
/* senvcfg: FIOM and the Zicbom/Zicboz enables (bits 7:4). */
static uint64_t senvcfg_read(RVEnv *env, unsigned csr)
{
    (void)csr;
    return env->senvcfg;
}

static void senvcfg_write(RVEnv *env, unsigned csr, uint64_t val)
{
    (void)csr;
    env->senvcfg = rv_envcfg_cbo_legal(val & 0xf1ull);
}

FIELD_RW(sscratch, sscratch, ~0ull)
FIELD_RW(scause, scause, ~0ull)
FIELD_RW(stval, stval, ~0ull)

static uint64_t stvec_read(RVEnv *env, unsigned csr)
{
    (void)csr;
    return env->stvec;
}

static void stvec_write(RVEnv *env, unsigned csr, uint64_t val)
{
    (void)csr;
    env->stvec = rv_tvec_legal(val);
}

static uint64_t sepc_read(RVEnv *env, unsigned csr)
{
    (void)csr;
    return env->sepc & rv_epc_mask(env);
}

static void sepc_write(RVEnv *env, unsigned csr, uint64_t val)
{
    (void)csr;
    env->sepc = val & rv_epc_mask(env);
}

static bool satp_allowed(RVEnv *env, unsigned csr, bool write)
{
    (void)csr;
    (void)write;
    return !(env->priv == PRV_S && (env->mstatus & MSTATUS_TVM));
}

static uint64_t satp_read(RVEnv *env, unsigned csr)
{
    (void)csr;
    return env->satp;
}

static void satp_write(RVEnv *env, unsigned csr, uint64_t val)
{
    (void)csr;
    unsigned mode = val >> 60;
    if (mode != SATP_MODE_BARE && mode != SATP_MODE_SV39 &&
        mode != SATP_MODE_SV48 && mode != SATP_MODE_SV57) {
        return; /* unsupported mode: the whole write has no effect */
    }
    env->satp = ((uint64_t)mode << 60) | (val & SATP_ASID_MASK) |
                (val & SATP_PPN_MASK);
    tlb_flush(rv_env_cpu(env));
}

/* Sstc: S-mode needs mcounteren.TM and menvcfg.STCE. */
static bool stimecmp_allowed(RVEnv *env, unsigned csr, bool write)
{
    (void)csr;
    (void)write;
    return env->priv == PRV_M ||
           ((env->mcounteren & 2) && (env->menvcfg >> 63));
}

static uint64_t stimecmp_read(RVEnv *env, unsigned csr)
{
    (void)csr;
    return env->stimecmp;
}

static void stimecmp_write(RVEnv *env, unsigned csr, uint64_t val)
{
    (void)csr;
    env->stimecmp = val;
    rv_stimer_update(env);
}

const RvCsr rv_csr_s_table[] = {
    { .name = "sstatus", .num = CSR_SSTATUS, .read = sstatus_read,
      .write = sstatus_write },
    { .name = "sie", .num = CSR_SIE, .read = sie_read, .write = sie_write },
    { .name = "stvec", .num = CSR_STVEC, .read = stvec_read,
      .write = stvec_write },
    { .name = "scounteren", .num = CSR_SCOUNTEREN, .read = scounteren_read,
      .write = scounteren_write },
    { .name = "senvcfg", .num = CSR_SENVCFG, .read = senvcfg_read,
      .write = senvcfg_write },
    { .name = "sscratch", .num = CSR_SSCRATCH, .read = sscratch_read,
      .write = sscratch_write },
    { .name = "sepc", .num = CSR_SEPC, .read = sepc_read,
      .write = sepc_write },
    { .name = "scause", .num = CSR_SCAUSE, .read = scause_read,
      .write = scause_write },
    { .name = "stval", .num = CSR_STVAL, .read = stval_read,
      .write = stval_write },
    { .name = "sip", .num = CSR_SIP, .read = sip_read, .write = sip_write },
    { .name = "stimecmp", .num = CSR_STIMECMP, .allowed = stimecmp_allowed,
      .read = stimecmp_read, .write = stimecmp_write },
    { .name = "satp", .num = CSR_SATP, .allowed = satp_allowed,
      .read = satp_read, .write = satp_write },
    { .num = 0 },
};
