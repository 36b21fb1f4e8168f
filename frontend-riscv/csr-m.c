/* SPDX-License-Identifier: MIT */
/*
 * Machine-mode CSRs and their WARL rules: mstatus (and the shared mstatus
 * helpers the sstatus view uses), misa, the trap delegation registers,
 * mie/mip, the trap-handling CSRs, menvcfg and the read-only identity CSRs.
 */
#include "frontend-riscv/csr.h"
#include "softmmu/softmmu.h"
#include "frontend-riscv/csr-num.h"

/* Writable mstatus bits (UBE/SBE/MBE are 0: little-endian only; VS and XS
 * are 0: no vector unit or other extension state; UXL/SXL are fixed). */
#define MSTATUS_WMASK                                                       \
    (MSTATUS_SIE | MSTATUS_MIE | MSTATUS_SPIE | MSTATUS_MPIE | MSTATUS_SPP | \
     MSTATUS_MPP | MSTATUS_FS | MSTATUS_MPRV | MSTATUS_SUM | MSTATUS_MXR |   \
     MSTATUS_TVM | MSTATUS_TW | MSTATUS_TSR)
#define MIE_MASK (MIP_SSIP | MIP_MSIP | MIP_STIP | MIP_MTIP | MIP_SEIP | MIP_MEIP)
#define MIDELEG_MASK (MIP_SSIP | MIP_STIP | MIP_SEIP)
/* Exceptions that S-mode may handle: all but ecall from M (11) and the
 * reserved codes 10 and 14. */
#define MEDELEG_MASK 0xb3ffull
#define MENVCFG_FIOM 1ull
#define MENVCFG_STCE (1ull << 63)
/* Zicbom/Zicboz enables: CBIE (bits 5:4), CBCFE (6), CBZE (7). */
#define ENVCFG_CBO (0xf0ull)

uint64_t rv_mstatus_read(const RVEnv *env)
{
    uint64_t s = env->mstatus;
    if ((s & MSTATUS_FS) == MSTATUS_FS || (s & MSTATUS_XS) == MSTATUS_XS ||
        (s & MSTATUS_VS) == MSTATUS_VS) {
        s |= MSTATUS_SD;
    }
    return s;
}

void rv_mstatus_write(RVEnv *env, uint64_t val, uint64_t mask)
{
    uint64_t old = env->mstatus;
    mask &= MSTATUS_WMASK;
    /* MPP is WARL: 2 (reserved) keeps the previous mode. */
    if (((val & MSTATUS_MPP) >> MSTATUS_MPP_SHIFT) == 2) {
        mask &= ~MSTATUS_MPP;
    }
    env->mstatus = csr_merge(old, val, mask);
    if ((old ^ env->mstatus) & MSTATUS_MXR) {
        /* Permissions are baked into TLB entries (SUM has its own MMU
         * index, rv_data_mmu_idx()). */
        tlb_flush(rv_env_cpu(env));
    }
}

uint64_t rv_tvec_legal(uint64_t val)
{
    return (val & 3) < 2 ? val : val & ~3ull;
}

uint64_t rv_epc_mask(const RVEnv *env)
{
    /* IALIGN: 16 with C, else 32. */
    return (env->misa & (1ull << ('C' - 'A'))) ? ~1ull : ~3ull;
}

static uint64_t mstatus_read(RVEnv *env, unsigned csr)
{
    (void)csr;
    return rv_mstatus_read(env);
}

static void mstatus_write(RVEnv *env, unsigned csr, uint64_t val)
{
    (void)csr;
    rv_mstatus_write(env, val, ~0ull);
}

static uint64_t misa_read(RVEnv *env, unsigned csr)
{
    (void)csr;
    return env->misa;
}

/* WARL: the extensions are fixed. */
static void ignore_write(RVEnv *env, unsigned csr, uint64_t val)
{
    (void)env;
    (void)csr;
    (void)val;
}

static uint64_t zero_read(RVEnv *env, unsigned csr)
{
    (void)env;
    (void)csr;
    return 0;
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

FIELD_RW(medeleg, medeleg, MEDELEG_MASK)
FIELD_RW(mideleg, mideleg, MIDELEG_MASK)
FIELD_RW(mie, mie, MIE_MASK)
FIELD_RW(mcounteren, mcounteren, 0xffffffffull)
static uint64_t menvcfg_read(RVEnv *env, unsigned csr)
{
    (void)csr;
    return env->menvcfg;
}

static void menvcfg_write(RVEnv *env, unsigned csr, uint64_t val)
{
    (void)csr;
    env->menvcfg = rv_envcfg_cbo_legal(val & (MENVCFG_FIOM | MENVCFG_STCE |
                                              ENVCFG_CBO));
    rv_stimer_update(env);
}

FIELD_RW(mscratch, mscratch, ~0ull)
FIELD_RW(mcause, mcause, ~0ull)
FIELD_RW(mtval, mtval, ~0ull)

static uint64_t mhartid_read(RVEnv *env, unsigned csr)
{
    (void)csr;
    return env->mhartid;
}

static uint64_t mtvec_read(RVEnv *env, unsigned csr)
{
    (void)csr;
    return env->mtvec;
}

static void mtvec_write(RVEnv *env, unsigned csr, uint64_t val)
{
    (void)csr;
    env->mtvec = rv_tvec_legal(val);
}

static uint64_t mepc_read(RVEnv *env, unsigned csr)
{
    (void)csr;
    return env->mepc & rv_epc_mask(env);
}

static void mepc_write(RVEnv *env, unsigned csr, uint64_t val)
{
    (void)csr;
    env->mepc = val & rv_epc_mask(env);
}

static uint64_t mip_read(RVEnv *env, unsigned csr)
{
    (void)csr;
    return rv_get_mip(env);
}

static void mip_write(RVEnv *env, unsigned csr, uint64_t val)
{
    (void)csr;
    uint64_t mask = MIP_SSIP | MIP_STIP | MIP_SEIP;
    if (env->menvcfg & MENVCFG_STCE) {
        mask &= ~MIP_STIP; /* driven by stimecmp */
    }
    env->mip = csr_merge(env->mip, val, mask);
}

const RvCsr rv_csr_m_table[] = {
    { .name = "mstatus", .num = CSR_MSTATUS, .read = mstatus_read,
      .write = mstatus_write },
    { .name = "misa", .num = CSR_MISA, .read = misa_read,
      .write = ignore_write },
    { .name = "medeleg", .num = CSR_MEDELEG, .read = medeleg_read,
      .write = medeleg_write },
    { .name = "mideleg", .num = CSR_MIDELEG, .read = mideleg_read,
      .write = mideleg_write },
    { .name = "mie", .num = CSR_MIE, .read = mie_read, .write = mie_write },
    { .name = "mtvec", .num = CSR_MTVEC, .read = mtvec_read,
      .write = mtvec_write },
    { .name = "mcounteren", .num = CSR_MCOUNTEREN, .read = mcounteren_read,
      .write = mcounteren_write },
    { .name = "menvcfg", .num = CSR_MENVCFG, .read = menvcfg_read,
      .write = menvcfg_write },
    { .name = "mscratch", .num = CSR_MSCRATCH, .read = mscratch_read,
      .write = mscratch_write },
    { .name = "mepc", .num = CSR_MEPC, .read = mepc_read,
      .write = mepc_write },
    { .name = "mcause", .num = CSR_MCAUSE, .read = mcause_read,
      .write = mcause_write },
    { .name = "mtval", .num = CSR_MTVAL, .read = mtval_read,
      .write = mtval_write },
    { .name = "mip", .num = CSR_MIP, .read = mip_read, .write = mip_write },
    { .name = "mvendorid", .num = CSR_MVENDORID, .read = zero_read },
    { .name = "marchid", .num = CSR_MARCHID, .read = zero_read },
    { .name = "mimpid", .num = CSR_MIMPID, .read = zero_read },
    { .name = "mhartid", .num = CSR_MHARTID, .read = mhartid_read },
    { .name = "mconfigptr", .num = CSR_MCONFIGPTR, .read = zero_read },
    { .num = 0 },
};
