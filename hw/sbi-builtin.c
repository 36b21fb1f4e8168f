/* SPDX-License-Identifier: MIT */
/*
 * The embedded SBI: the ECALL dispatcher and the extensions small enough
 * to live together (base, TIME, IPI, RFENCE, SRST, DBCN and the legacy
 * console); HSM is in sbi-hsm.c. It runs on the emulator's thread from
 * the execution loop (trap entry), while no hart is inside generated
 * code, so it may change any hart's state: pending SSIP, TLBs.
 *
 * TIME uses Sstc's stimecmp (enabled by menvcfg.STCE at entry), so the S
 * timer interrupt is pending exactly while time >= the value set. Code
 * stays coherent in emu (stores invalidate translated code at once), so a
 * remote FENCE.I has nothing left to do; a remote SFENCE.VMA flushes the
 * target harts' TLBs (the whole TLB for an ASID, which emu does not tag).
 */
#include <stdlib.h>

#include "core/log.h"
#include "hw/sbi-internal.h"
#include "softmmu/softmmu.h"

/* Extension IDs. */
enum {
    SBI_EXT_LEGACY_PUTCHAR = 0x01,
    SBI_EXT_LEGACY_GETCHAR = 0x02,
    SBI_EXT_BASE = 0x10,
    SBI_EXT_TIME = 0x54494d45,
    SBI_EXT_IPI = 0x735049,
    SBI_EXT_RFENCE = 0x52464e43,
    SBI_EXT_HSM = 0x48534d,
    SBI_EXT_SRST = 0x53525354,
    SBI_EXT_DBCN = 0x4442434e,
};

enum {
    SBI_SPEC_VERSION = 2 << 24,  /* 2.0: major in bits 30:24 */
    SBI_IMPL_ID = 0x454d55,      /* "EMU": not in the spec's table */
    SBI_IMPL_VERSION = 1,
    SBI_DBCN_MAX = 4096,         /* bytes one console call moves at most */
    SBI_FLUSH_PAGES_MAX = 64,    /* larger remote fences flush everything */
};

static bool sbi_has_ext(uint64_t eid)
{
    switch (eid) {
    case SBI_EXT_LEGACY_PUTCHAR:
    case SBI_EXT_LEGACY_GETCHAR:
    case SBI_EXT_BASE:
    case SBI_EXT_TIME:
    case SBI_EXT_IPI:
    case SBI_EXT_RFENCE:
    case SBI_EXT_HSM:
    case SBI_EXT_SRST:
    case SBI_EXT_DBCN:
        return true;
    default:
        return false;
    }
}

static SbiRet sbi_ok(uint64_t value)
{
    return (SbiRet){ .error = SBI_SUCCESS, .value = value };
}

static SbiRet sbi_err(int64_t error) { return (SbiRet){ .error = error }; }

static SbiRet sbi_base(unsigned fid, const uint64_t *a)
{
    switch (fid) {
    case 0:
        return sbi_ok(SBI_SPEC_VERSION);
    case 1:
        return sbi_ok(SBI_IMPL_ID);
    case 2:
        return sbi_ok(SBI_IMPL_VERSION);
    case 3:
        return sbi_ok(sbi_has_ext(a[0]) ? 1 : 0);
    case 4: /* mvendorid, marchid, mimpid: emu's read 0 */
    case 5:
    case 6:
        return sbi_ok(0);
    default:
        return sbi_err(SBI_ERR_NOT_SUPPORTED);
    }
}

static void sbi_set_timer(RVEnv *env, uint64_t when)
{
    env->stimecmp = when;
    rv_stimer_update(env);
}

/* The harts named by hart_mask and hart_mask_base (all of them when the
 * base is -1) as a bit set; INVALID_PARAM if one does not exist. */
static int64_t sbi_hart_set(const Sbi *s, uint64_t mask, uint64_t base,
                            uint32_t *set)
{
    *set = 0;
    if (base == ~0ull) {
        *set = (1u << s->nharts) - 1;
        return SBI_SUCCESS;
    }
    for (unsigned i = 0; i < 64 && (mask >> i); i++) {
        if (!((mask >> i) & 1)) {
            continue;
        }
        if (base >= s->nharts || i >= s->nharts - base) {
            return SBI_ERR_INVALID_PARAM;
        }
        *set |= 1u << (base + i);
    }
    return SBI_SUCCESS;
}

static SbiRet sbi_ipi(Sbi *s, unsigned fid, const uint64_t *a)
{
    uint32_t set;
    if (fid != 0) {
        return sbi_err(SBI_ERR_NOT_SUPPORTED);
    }
    int64_t err = sbi_hart_set(s, a[0], a[1], &set);
    if (err) {
        return sbi_err(err);
    }
    for (unsigned h = 0; h < s->nharts; h++) {
        if (set & (1u << h)) {
            s->cpu[h]->env.mip |= MIP_SSIP;
            cpu_exit(&s->cpu[h]->cs);
        }
    }
    return sbi_ok(0);
}

static void sbi_flush_tlb(RVCPU *t, uint64_t start, uint64_t size)
{
    CPUState *cs = &t->cs;
    if ((start == 0 && size == 0) || size > SBI_FLUSH_PAGES_MAX * PAGE_SIZE ||
        start + size < start) {
        tlb_flush(cs);
        return;
    }
    for (uint64_t va = start & PAGE_MASK; va < start + size; va += PAGE_SIZE) {
        tlb_flush_page(cs, va);
    }
}

static SbiRet sbi_rfence(Sbi *s, unsigned fid, const uint64_t *a)
{
    uint32_t set;
    if (fid > 2) {
        return sbi_err(SBI_ERR_NOT_SUPPORTED); /* the H extension's */
    }
    int64_t err = sbi_hart_set(s, a[0], a[1], &set);
    if (err) {
        return sbi_err(err);
    }
    for (unsigned h = 0; fid != 0 && h < s->nharts; h++) {
        if (set & (1u << h)) {
            sbi_flush_tlb(s->cpu[h], a[2], a[3]);
        }
    }
    return sbi_ok(0);
}

static SbiRet sbi_srst(Sbi *s, unsigned fid, const uint64_t *a)
{
    uint64_t type = a[0], reason = a[1];
    if (fid != 0) {
        return sbi_err(SBI_ERR_NOT_SUPPORTED);
    }
    if (type > 0xffffffffull || (type > 2 && type < 0xf0000000ull) ||
        reason > 0xffffffffull || (reason > 1 && reason < 0xe0000000ull)) {
        return sbi_err(SBI_ERR_INVALID_PARAM); /* reserved */
    }
    if (type > 2) {
        return sbi_err(SBI_ERR_NOT_SUPPORTED); /* vendor-specific */
    }
    if (type == 0) {
        machine_request_shutdown(s->m, reason == 1 ? 1 : 0);
    } else {
        machine_request_reset(s->m);
    }
    return (SbiRet){ .keep_regs = true };
}

/* [addr, addr + len) lies in one RAM region. */
static bool sbi_ram_range(Sbi *s, uint64_t addr, uint64_t len)
{
    if (len == 0) {
        return true;
    }
    if (addr + len - 1 < addr) {
        return false;
    }
    const MemRegion *a = as_lookup(&s->m->as, addr);
    const MemRegion *b = as_lookup(&s->m->as, addr + len - 1);
    return a && a == b && a->kind == MR_RAM;
}

static SbiRet sbi_dbcn(Sbi *s, unsigned fid, const uint64_t *a)
{
    uint8_t buf[SBI_DBCN_MAX];
    uint64_t n = a[0] < SBI_DBCN_MAX ? a[0] : SBI_DBCN_MAX;

    switch (fid) {
    case 0: /* write: partial writes are allowed, n at most */
        if (a[2] || !sbi_ram_range(s, a[1], n) ||
            !as_read_bytes(&s->m->as, a[1], buf, n)) {
            return sbi_err(SBI_ERR_INVALID_PARAM);
        }
        chardev_write(s->chr, buf, n);
        return sbi_ok(n);
    case 1: { /* read: what input there is now, n at most */
        if (a[2] || !sbi_ram_range(s, a[1], n)) {
            return sbi_err(SBI_ERR_INVALID_PARAM);
        }
        uint64_t got = 0;
        int c;
        while (got < n && (c = chardev_read(s->chr)) >= 0) {
            buf[got++] = (uint8_t)c;
        }
        if (!as_write_bytes(&s->m->as, a[1], buf, got)) {
            return sbi_err(SBI_ERR_INVALID_PARAM);
        }
        return sbi_ok(got);
    }
    case 2:
        buf[0] = (uint8_t)a[0];
        chardev_write(s->chr, buf, 1);
        return sbi_ok(0);
    default:
        return sbi_err(SBI_ERR_NOT_SUPPORTED);
    }
}

static SbiRet sbi_call(Sbi *s, RVCPU *cpu, uint64_t eid, unsigned fid,
                       const uint64_t *a)
{
    switch (eid) {
    case SBI_EXT_BASE:
        return sbi_base(fid, a);
    case SBI_EXT_TIME:
        if (fid != 0) {
            return sbi_err(SBI_ERR_NOT_SUPPORTED);
        }
        sbi_set_timer(&cpu->env, a[0]);
        return sbi_ok(0);
    case SBI_EXT_IPI:
        return sbi_ipi(s, fid, a);
    case SBI_EXT_RFENCE:
        return sbi_rfence(s, fid, a);
    case SBI_EXT_HSM:
        return sbi_hsm_call(s, cpu, fid, a);
    case SBI_EXT_SRST:
        return sbi_srst(s, fid, a);
    case SBI_EXT_DBCN:
        return sbi_dbcn(s, fid, a);
    default:
        log_unimp("sbi: extension %#llx function %u",
                  (unsigned long long)eid, fid);
        return sbi_err(SBI_ERR_NOT_SUPPORTED);
    }
}

/* The legacy console (EIDs 0x01, 0x02): the result in a0 only. */
static int64_t sbi_legacy(Sbi *s, uint64_t eid, uint64_t a0)
{
    if (eid == SBI_EXT_LEGACY_PUTCHAR) {
        uint8_t c = (uint8_t)a0;
        chardev_write(s->chr, &c, 1);
        return 0;
    }
    if (eid == SBI_EXT_LEGACY_GETCHAR) {
        return chardev_read(s->chr);
    }
    return SBI_ERR_NOT_SUPPORTED;
}

/* An ECALL from S-mode (RVEnv.ecall_s): a7 = EID, a6 = FID, a0-a5 the
 * arguments; returns to the instruction after the ECALL. */
static void sbi_ecall(CPUState *cs, void *opaque)
{
    Sbi *s = opaque;
    RVCPU *cpu = rv_cpu(cs);
    RVEnv *env = &cpu->env;
    uint64_t eid = env->gpr[17];
    unsigned fid = (unsigned)env->gpr[16];
    uint64_t a[6];

    for (unsigned i = 0; i < 6; i++) {
        a[i] = env->gpr[10 + i];
    }
    cs->pc += 4;
    if (eid < SBI_EXT_BASE) {
        env->gpr[10] = (uint64_t)sbi_legacy(s, eid, a[0]);
        return;
    }
    SbiRet r = sbi_call(s, cpu, eid, fid, a);
    if (!r.keep_regs) {
        env->gpr[10] = (uint64_t)r.error;
        env->gpr[11] = r.value;
    }
}

Sbi *sbi_create(Machine *m, RVCPU *const *cpus, unsigned nharts,
                CharBackend *chr)
{
    if (nharts < 1 || nharts > SBI_MAX_HARTS) {
        fatal("sbi: %u harts is not supported", nharts);
    }
    Sbi *s = calloc(1, sizeof(*s));
    if (!s) {
        fatal("out of memory");
    }
    s->m = m;
    s->chr = chr;
    s->nharts = nharts;
    for (unsigned i = 0; i < nharts; i++) {
        s->cpu[i] = cpus[i];
        cpus[i]->env.ecall_s = sbi_ecall;
        cpus[i]->env.ecall_s_opaque = s;
    }
    return s;
}

void sbi_boot(Sbi *s, uint64_t entry, uint64_t fdt)
{
    for (unsigned i = 0; i < s->nharts; i++) {
        RVCPU *cpu = s->cpu[i];
        if (i == 0) {
            sbi_hart_enter(s, cpu, entry, fdt);
            continue;
        }
        rv_cpu_reset(cpu, 0);
        cpu->env.mie = 0;
        cpu->cs.halted = true;
        s->state[i] = SBI_HSM_STOPPED;
    }
}
