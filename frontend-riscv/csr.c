/* SPDX-License-Identifier: MIT */
/*
 * CSR lookup and access rules. The tables of csr-m.c, csr-s.c,
 * csr-counters.c and pmp.c are indexed by number at first use; an access
 * is legal when the CSR exists, the hart's privilege is at least the one
 * in the number's bits 9:8, a write does not target a read-only number
 * (bits 11:10 == 3) and the entry's own predicate agrees. CSRs outside the
 * tables go to rv_csr_ext_read/write (floating point: fflags, frm, fcsr).
 */
#include "frontend-riscv/csr.h"

static const RvCsr *csr_index[4096];
static bool csr_index_built;

static void build_index(void)
{
    static const RvCsr *const tables[] = {
        rv_csr_m_table, rv_csr_s_table, rv_csr_counter_table,
        rv_csr_pmp_table,
    };
    for (unsigned t = 0; t < sizeof(tables) / sizeof(tables[0]); t++) {
        for (const RvCsr *c = tables[t]; c->num; c++) {
            unsigned n = c->count ? c->count : 1;
            for (unsigned i = 0; i < n; i++) {
                csr_index[c->num + i] = c;
            }
        }
    }
    csr_index_built = true;
}

static const RvCsr *csr_lookup(unsigned csr)
{
    if (!csr_index_built) {
        build_index();
    }
    return csr < 4096 ? csr_index[csr] : NULL;
}

/* CSRs that are not in the tables: the floating-point CSRs (csr-fp.c),
 * which check mstatus.FS themselves. false: no such CSR. */
static bool rv_csr_ext_read(RVEnv *env, unsigned csr, uint64_t *val)
{
    return rv_fp_csr_read(env, csr, val);
}

static bool rv_csr_ext_write(RVEnv *env, unsigned csr, uint64_t val)
{
    return rv_fp_csr_write(env, csr, val);
}

bool rv_csr_access_ok(RVEnv *env, unsigned csr, bool write)
{
    const RvCsr *c = csr_lookup(csr);
    if (env->priv < ((csr >> 8) & 3)) {
        return false;
    }
    if (write && (csr >> 10) == 3) {
        return false;
    }
    if (!c) {
        uint64_t v;
        return rv_csr_ext_read(env, csr, &v);
    }
    return !c->allowed || c->allowed(env, csr, write);
}

bool rv_csr_read(RVEnv *env, unsigned csr, uint64_t *val)
{
    const RvCsr *c = csr_lookup(csr);
    if (!c) {
        return rv_csr_ext_read(env, csr, val);
    }
    *val = c->read(env, csr);
    return true;
}

bool rv_csr_write(RVEnv *env, unsigned csr, uint64_t val)
{
    const RvCsr *c = csr_lookup(csr);
    if (!c) {
        return rv_csr_ext_write(env, csr, val);
    }
    if (c->write) {
        c->write(env, csr, val);
    }
    return true;
}
