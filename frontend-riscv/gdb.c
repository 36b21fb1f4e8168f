/* SPDX-License-Identifier: MIT */
/*
 * The RISC-V side of the GDB stub: the target description (the features
 * gdb knows as org.gnu.gdb.riscv.cpu, .fpu, .csr and .virtual), register
 * access in its numbering, and the debugger's side-effect-free view of
 * virtual memory.
 *
 * Numbering: x0-x31 0-31, pc 32, f0-f31 33-64, fflags/frm/fcsr 65-67,
 * then the CSRs of rv_gdb_csrs[] from 68, then priv. The 'g' packet holds
 * x0-x31 and pc; gdb reads the others with 'p'.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "core/gdbstub.h"
#include "frontend-riscv/cpu.h"
#include "softmmu/softmmu.h"

enum {
    REG_PC = 32,
    REG_F0 = 33,
    REG_FFLAGS = 65,
    REG_FRM = 66,
    REG_FCSR = 67,
    REG_CSR0 = 68,
};

static const struct {
    const char *name;
    unsigned csr;
} rv_gdb_csrs[] = {
    { "sstatus", 0x100 },  { "sie", 0x104 },        { "stvec", 0x105 },
    { "scounteren", 0x106 }, { "sscratch", 0x140 }, { "sepc", 0x141 },
    { "scause", 0x142 },   { "stval", 0x143 },      { "sip", 0x144 },
    { "satp", 0x180 },     { "mstatus", 0x300 },    { "misa", 0x301 },
    { "medeleg", 0x302 },  { "mideleg", 0x303 },    { "mie", 0x304 },
    { "mtvec", 0x305 },    { "mcounteren", 0x306 }, { "mscratch", 0x340 },
    { "mepc", 0x341 },     { "mcause", 0x342 },     { "mtval", 0x343 },
    { "mip", 0x344 },      { "mcycle", 0xb00 },     { "minstret", 0xb02 },
    { "cycle", 0xc00 },    { "time", 0xc01 },       { "instret", 0xc02 },
    { "mvendorid", 0xf11 }, { "marchid", 0xf12 },   { "mimpid", 0xf13 },
    { "mhartid", 0xf14 },
};

#define NCSRS (sizeof(rv_gdb_csrs) / sizeof(rv_gdb_csrs[0]))
#define REG_PRIV (REG_CSR0 + (int)NCSRS)

static const char *const xnames[32] = {
    "zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2",
    "fp", "s1", "a0", "a1", "a2", "a3", "a4", "a5",
    "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7",
    "s8", "s9", "s10", "s11", "t3", "t4", "t5", "t6",
};

static const char *const fnames[32] = {
    "ft0", "ft1", "ft2", "ft3", "ft4", "ft5", "ft6", "ft7",
    "fs0", "fs1", "fa0", "fa1", "fa2", "fa3", "fa4", "fa5",
    "fa6", "fa7", "fs2", "fs3", "fs4", "fs5", "fs6", "fs7",
    "fs8", "fs9", "fs10", "fs11", "ft8", "ft9", "ft10", "ft11",
};

static void put64(uint8_t *buf, uint64_t v)
{
    for (int i = 0; i < 8; i++) {
        buf[i] = (uint8_t)(v >> (8 * i));
    }
}

static uint64_t get64(const uint8_t *buf)
{
    uint64_t v = 0;
    for (int i = 0; i < 8; i++) {
        v |= (uint64_t)buf[i] << (8 * i);
    }
    return v;
}

static int rv_gdb_read_reg(CPUState *cs, int n, uint8_t *buf)
{
    RVEnv *env = rv_env(cs);
    uint64_t v;

    if (n >= 0 && n < 32) {
        v = env->gpr[n];
    } else if (n == REG_PC) {
        v = cs->pc;
    } else if (n >= REG_F0 && n < REG_F0 + 32) {
        v = env->fpr[n - REG_F0];
    } else if (n == REG_FFLAGS) {
        v = env->fflags;
    } else if (n == REG_FRM) {
        v = env->frm;
    } else if (n == REG_FCSR) {
        v = (uint64_t)env->frm << 5 | env->fflags;
    } else if (n >= REG_CSR0 && n < REG_PRIV) {
        if (!rv_csr_read(env, rv_gdb_csrs[n - REG_CSR0].csr, &v)) {
            v = 0;
        }
    } else if (n == REG_PRIV) {
        v = env->priv;
    } else {
        return 0;
    }
    put64(buf, v);
    return 8;
}

static int rv_gdb_write_reg(CPUState *cs, int n, const uint8_t *buf)
{
    RVEnv *env = rv_env(cs);
    uint64_t v = get64(buf);

    if (n >= 0 && n < 32) {
        if (n) {
            env->gpr[n] = v;
        }
    } else if (n == REG_PC) {
        cs->pc = v & ~1ull;
    } else if (n >= REG_F0 && n < REG_F0 + 32) {
        env->fpr[n - REG_F0] = v;
    } else if (n == REG_FFLAGS) {
        env->fflags = v & 0x1f;
    } else if (n == REG_FRM) {
        env->frm = v & 7;
    } else if (n == REG_FCSR) {
        env->fflags = v & 0x1f;
        env->frm = (v >> 5) & 7;
    } else if (n >= REG_CSR0 && n < REG_PRIV) {
        if (!rv_csr_write(env, rv_gdb_csrs[n - REG_CSR0].csr, v)) {
            return 0;
        }
    } else if (n == REG_PRIV) {
        if (v != PRV_U && v != PRV_S && v != PRV_M) {
            return 0;
        }
        env->priv = (uint8_t)v;
    } else {
        return 0;
    }
    if (n >= REG_CSR0) {
        /* Modes, FS, MPRV, satp: what translation depends on. */
        rv_update_tb_flags(env);
        tlb_flush(cs);
    }
    return 8;
}

static size_t append(char *buf, size_t cap, size_t n, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static size_t append(char *buf, size_t cap, size_t n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(buf + n, n < cap ? cap - n : 0, fmt, ap);
    va_end(ap);
    return n + (size_t)(k > 0 ? k : 0);
}

/* target.xml with every feature inline, built once from the tables. */
static const char *build_target_xml(CPUState *cs)
{
    static char xml[16384];
    size_t n = 0, cap = sizeof(xml);
    RVEnv *env = rv_env(cs);

    if (xml[0]) {
        return xml;
    }
    n = append(xml, cap, n,
               "<?xml version=\"1.0\"?>\n"
               "<!DOCTYPE target SYSTEM \"gdb-target.dtd\">\n"
               "<target version=\"1.0\">\n"
               "<architecture>riscv:rv64</architecture>\n"
               "<feature name=\"org.gnu.gdb.riscv.cpu\">\n");
    for (int i = 0; i < 32; i++) {
        const char *type = i == 1 ? "code_ptr" : i == 2 ? "data_ptr" : "int";
        n = append(xml, cap, n,
                   "<reg name=\"%s\" bitsize=\"64\" type=\"%s\" "
                   "regnum=\"%d\"/>\n",
                   xnames[i], type, i);
    }
    n = append(xml, cap, n,
               "<reg name=\"pc\" bitsize=\"64\" type=\"code_ptr\" "
               "regnum=\"%d\"/>\n</feature>\n"
               "<feature name=\"org.gnu.gdb.riscv.fpu\">\n"
               "<union id=\"rv_fpr\">"
               "<field name=\"float\" type=\"ieee_single\"/>"
               "<field name=\"double\" type=\"ieee_double\"/></union>\n",
               REG_PC);
    for (int i = 0; i < 32; i++) {
        n = append(xml, cap, n,
                   "<reg name=\"%s\" bitsize=\"64\" type=\"rv_fpr\" "
                   "regnum=\"%d\"/>\n",
                   fnames[i], REG_F0 + i);
    }
    n = append(xml, cap, n,
               "<reg name=\"fflags\" bitsize=\"64\" type=\"int\" "
               "regnum=\"%d\" group=\"float\"/>\n"
               "<reg name=\"frm\" bitsize=\"64\" type=\"int\" "
               "regnum=\"%d\" group=\"float\"/>\n"
               "<reg name=\"fcsr\" bitsize=\"64\" type=\"int\" "
               "regnum=\"%d\" group=\"float\"/>\n</feature>\n"
               "<feature name=\"org.gnu.gdb.riscv.csr\">\n",
               REG_FFLAGS, REG_FRM, REG_FCSR);
    for (unsigned i = 0; i < NCSRS; i++) {
        uint64_t v;
        if (!rv_csr_read(env, rv_gdb_csrs[i].csr, &v)) {
            continue; /* not on this hart */
        }
        n = append(xml, cap, n,
                   "<reg name=\"%s\" bitsize=\"64\" type=\"int\" "
                   "regnum=\"%d\" group=\"system\"/>\n",
                   rv_gdb_csrs[i].name, REG_CSR0 + (int)i);
    }
    n = append(xml, cap, n,
               "</feature>\n<feature name=\"org.gnu.gdb.riscv.virtual\">\n"
               "<reg name=\"priv\" bitsize=\"64\" type=\"int\" "
               "regnum=\"%d\" group=\"system\"/>\n</feature>\n</target>\n",
               REG_PRIV);
    if (n >= cap) {
        xml[0] = '\0';
        return NULL;
    }
    return xml;
}

static const char *rv_gdb_xml(CPUState *cs, const char *name)
{
    return strcmp(name, "target.xml") ? NULL : build_target_xml(cs);
}

/* The page-table walk of mmu.c without its side effects: no A/D update,
 * no permission or PMP check (a debugger may look anywhere mapped). */
static bool rv_gdb_translate(CPUState *cs, uint64_t vaddr, uint64_t *paddr)
{
    RVEnv *env = rv_env(cs);
    unsigned mode = env->satp >> 60;

    if (rv_data_priv(env) == PRV_M || mode == SATP_MODE_BARE) {
        *paddr = vaddr;
        return true;
    }
    int levels = mode == SATP_MODE_SV39 ? 3 : mode == SATP_MODE_SV48 ? 4 : 5;
    int64_t top = (int64_t)vaddr >> (12 + 9 * levels - 1);
    if (top != 0 && top != -1) {
        return false;
    }
    uint64_t base = (env->satp & ((1ull << 44) - 1)) << 12;
    for (int i = levels - 1; i >= 0; i--) {
        uint64_t pte;
        uint64_t addr = base + ((vaddr >> (12 + 9 * i)) & 511) * 8;
        if (as_read(softmmu_as, addr, 8, &pte) != MEMTX_OK || !(pte & 1)) {
            return false;
        }
        uint64_t ppn = (pte >> 10) & ((1ull << 44) - 1);
        if (pte & 0xa) { /* R or X: a leaf */
            uint64_t off = (1ull << (12 + 9 * i)) - 1;
            *paddr = ((ppn << 12) & ~off) | (vaddr & off);
            return true;
        }
        base = ppn << 12;
    }
    return false;
}

static void rv_gdb_unretire(CPUState *cs, unsigned n)
{
    rv_env(cs)->instret -= n;
}

const GdbArchOps rv_gdb_ops = {
    .read_reg = rv_gdb_read_reg,
    .write_reg = rv_gdb_write_reg,
    .g_regs = REG_PC + 1,
    .xml = rv_gdb_xml,
    .debug_translate = rv_gdb_translate,
    .unretire = rv_gdb_unretire,
};
