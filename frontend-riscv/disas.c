/* SPDX-License-Identifier: MIT */
/*
 * RISC-V disassembly in GNU objdump's syntax, driven by insn32.def through
 * rv_decode32() and insn16.def through rv_decode16(). A 16-bit parcel
 * prints as the 32-bit instruction it expands to (objdump -d does the
 * same), except for the HINTs, which objdump names c.nop, c.li zero, ...
 * Mnemonics are the table's names ('_' printed as '.');
 * operands are laid out per format. Where objdump prints an alias, the
 * alias is chosen per instruction id, and where two aliases could apply
 * the one objdump prefers wins (slt a0,zero,zero is sltz, not sgtz).
 * Reserved fields the spec tells hardware to ignore (fence rd/rs1/fm,
 * fence.i operands) are ignored here too, so the text says what emu runs.
 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdbool.h>
#include <string.h>

#include "frontend-riscv/csr-num.h"
#include "frontend-riscv/decode.h"
#include "frontend-riscv/disas.h"

/* Major opcode (bits 6:0) of the loads: I-format, printed imm(rs1). */
#define RV_OPC_LOAD 0x03

typedef struct RvOut {
    char *buf;
    size_t size, pos;
} RvOut;

typedef struct RvCsrName {
    uint16_t num;
    const char *name;
} RvCsrName;

static const char *const rv_abi_names[32] = {
    "zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2",
    "s0",   "s1", "a0", "a1", "a2", "a3", "a4", "a5",
    "a6",   "a7", "s2", "s3", "s4", "s5", "s6", "s7",
    "s8",   "s9", "s10", "s11", "t3", "t4", "t5", "t6",
};

static const RvCsrName rv_csr_names[] = {
    { .num = 0x001, .name = "fflags" },
    { .num = 0x002, .name = "frm" },
    { .num = 0x003, .name = "fcsr" },
    { .num = 0x100, .name = "sstatus" },
    { .num = 0x104, .name = "sie" },
    { .num = 0x105, .name = "stvec" },
    { .num = 0x140, .name = "sscratch" },
    { .num = 0x141, .name = "sepc" },
    { .num = 0x142, .name = "scause" },
    { .num = 0x143, .name = "stval" },
    { .num = 0x144, .name = "sip" },
    { .num = 0x180, .name = "satp" },
    { .num = 0x300, .name = "mstatus" },
    { .num = 0x301, .name = "misa" },
    { .num = 0x302, .name = "medeleg" },
    { .num = 0x303, .name = "mideleg" },
    { .num = 0x304, .name = "mie" },
    { .num = 0x305, .name = "mtvec" },
    { .num = 0x306, .name = "mcounteren" },
    { .num = 0x340, .name = "mscratch" },
    { .num = 0x341, .name = "mepc" },
    { .num = 0x342, .name = "mcause" },
    { .num = 0x343, .name = "mtval" },
    { .num = 0x344, .name = "mip" },
    { .num = 0xb00, .name = "mcycle" },
    { .num = 0xb02, .name = "minstret" },
    { .num = 0xc00, .name = "cycle" },
    { .num = 0xc01, .name = "time" },
    { .num = 0xc02, .name = "instret" },
    { .num = 0xf11, .name = "mvendorid" },
    { .num = 0xf12, .name = "marchid" },
    { .num = 0xf13, .name = "mimpid" },
    { .num = 0xf14, .name = "mhartid" },
};

static void out_vprintf(RvOut *o, const char *fmt, va_list ap)
{
    if (o->pos + 1 >= o->size) {
        return;
    }
    int n = vsnprintf(o->buf + o->pos, o->size - o->pos, fmt, ap);
    if (n > 0) {
        o->pos += (size_t)n;
        if (o->pos >= o->size) {
            o->pos = o->size - 1;
        }
    }
}

static void __attribute__((format(printf, 2, 3)))
out_printf(RvOut *o, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    out_vprintf(o, fmt, ap);
    va_end(ap);
}

/* Prints a mnemonic; '_' in the table's names reads '.' (fence_i). */
static void emit_mnem(RvOut *o, const char *mnem)
{
    for (const char *p = mnem; *p; p++) {
        out_printf(o, "%c", *p == '_' ? '.' : *p);
    }
}

/* A mnemonic, a tab (objdump's separator) and the formatted operands. */
static void __attribute__((format(printf, 3, 4)))
emit(RvOut *o, const char *mnem, const char *ops, ...)
{
    va_list ap;

    emit_mnem(o, mnem);
    out_printf(o, "\t");
    va_start(ap, ops);
    out_vprintf(o, ops, ap);
    va_end(ap);
}

static const char *reg(unsigned r)
{
    return rv_abi_names[r & 31];
}

/* A CSR's name when it is one emu knows, else its number in hex. */
static const char *csr_str(char tmp[8], uint64_t csr)
{
    for (size_t i = 0; i < sizeof(rv_csr_names) / sizeof(rv_csr_names[0]);
         i++) {
        if (rv_csr_names[i].num == csr) {
            return rv_csr_names[i].name;
        }
    }
    snprintf(tmp, 8, "0x%x", (unsigned)(csr & 0xfff));
    return tmp;
}

#include "frontend-riscv/disas-rvf.c.inc"

/* The i/o/r/w letters of a fence set; objdump says "unknown" for none. */
static const char *fence_set(char tmp[5], unsigned set)
{
    static const char letters[] = "iorw";
    unsigned n = 0;
    for (unsigned b = 0; b < 4; b++) {
        if (set & (8u >> b)) {
            tmp[n++] = letters[b];
        }
    }
    tmp[n] = '\0';
    return n ? tmp : "unknown";
}

static void format_fence(RvOut *o, const RvArgs *a)
{
    unsigned fm = (unsigned)(a->imm >> 8) & 15;
    unsigned pred = (unsigned)(a->imm >> 4) & 15;
    unsigned succ = (unsigned)a->imm & 15;
    char p[5], s[5];

    /* FENCE.TSO is fm=1000, pred=succ=RW; other fm values act as fm=0. */
    if (fm == 8 && pred == 3 && succ == 3) {
        emit_mnem(o, "fence.tso");
    } else if (pred == 15 && succ == 15) {
        emit_mnem(o, "fence");
    } else {
        emit(o, "fence", "%s,%s", fence_set(p, pred), fence_set(s, succ));
    }
}

/* AMOs and LR/SC: the aq/rl suffix, then rd,rs2,(rs1) or rd,(rs1). */
static void format_amo(RvOut *o, const RvPattern *p, const RvArgs *a)
{
    static const char *const order[4] = { "", ".rl", ".aq", ".aqrl" };
    char mnem[24];

    snprintf(mnem, sizeof(mnem), "%s%s", p->name, order[a->imm & 3]);
    if (p->fmt == RV_FMT_LR) {
        emit(o, mnem, "%s,(%s)", reg(a->rd), reg(a->rs1));
    } else {
        emit(o, mnem, "%s,%s,(%s)", reg(a->rd), reg(a->rs2), reg(a->rs1));
    }
}

static void format_jalr(RvOut *o, const RvArgs *a)
{
    const char *base = reg(a->rs1);

    if (a->rd == 0 && a->rs1 == 1 && a->imm == 0) {
        emit_mnem(o, "ret");
    } else if (a->rd == 0 || a->rd == 1) {
        const char *m = a->rd == 0 ? "jr" : "jalr";
        if (a->imm == 0) {
            emit(o, m, "%s", base);
        } else {
            emit(o, m, "%" PRId64 "(%s)", a->imm, base);
        }
    } else if (a->imm == 0) {
        emit(o, "jalr", "%s,%s", reg(a->rd), base);
    } else {
        emit(o, "jalr", "%s,%" PRId64 "(%s)", reg(a->rd), a->imm, base);
    }
}

/* csrrs with rs1=zero: rdcycle/rdtime/rdinstret or csrr. */
static void format_csr_read(RvOut *o, const RvArgs *a, const char *csr)
{
    switch (a->imm) {
    case CSR_CYCLE:
        emit(o, "rdcycle", "%s", reg(a->rd));
        break;
    case CSR_TIME:
        emit(o, "rdtime", "%s", reg(a->rd));
        break;
    case CSR_INSTRET:
        emit(o, "rdinstret", "%s", reg(a->rd));
        break;
    default:
        emit(o, "csrr", "%s,%s", reg(a->rd), csr);
        break;
    }
}

static void format_csr(RvOut *o, int id, const RvArgs *a)
{
    const RvPattern *p = &rv_patterns[id];
    bool uimm = (p->match >> 14) & 1; /* funct3 bit 2: rs1 is a 5-bit uimm */
    char tmp[8];
    const char *csr = csr_str(tmp, (uint64_t)a->imm);
    const char *alias = NULL;

    if (id == RV_INSN_csrrw && a->rd == 0 && a->rs1 == 0 &&
        a->imm == CSR_CYCLE) {
        /* csrrw zero,cycle,zero: the conventional illegal instruction. */
        emit_mnem(o, "unimp");
        return;
    }
    if (format_fp_csr(o, id, a)) {
        return;
    }
    if (id == RV_INSN_csrrs && a->rs1 == 0) {
        format_csr_read(o, a, csr);
        return;
    }
    if (a->rd == 0) {
        switch (id) {
        case RV_INSN_csrrw:
            alias = "csrw";
            break;
        case RV_INSN_csrrs:
            alias = "csrs";
            break;
        case RV_INSN_csrrc:
            alias = "csrc";
            break;
        case RV_INSN_csrrwi:
            alias = "csrwi";
            break;
        case RV_INSN_csrrsi:
            alias = "csrsi";
            break;
        case RV_INSN_csrrci:
            alias = "csrci";
            break;
        default:
            break;
        }
    }
    if (alias && uimm) {
        emit(o, alias, "%s,%u", csr, a->rs1);
    } else if (alias) {
        emit(o, alias, "%s,%s", csr, reg(a->rs1));
    } else if (uimm) {
        emit(o, p->name, "%s,%s,%u", reg(a->rd), csr, a->rs1);
    } else {
        emit(o, p->name, "%s,%s,%s", reg(a->rd), csr, reg(a->rs1));
    }
}

/*
 * The aliases objdump prints for one instruction id; false when none
 * applies and the generic per-format layout should be used.
 */
static bool format_alias(RvOut *o, int id, const RvArgs *a, uint64_t pc)
{
    const char *rd = reg(a->rd), *rs1 = reg(a->rs1), *rs2 = reg(a->rs2);
    uint64_t target = pc + (uint64_t)a->imm;

    switch (id) {
    case RV_INSN_addi:
        if (a->rd == 0 && a->rs1 == 0 && a->imm == 0) {
            emit_mnem(o, "nop");
        } else if (a->rs1 == 0) {
            emit(o, "li", "%s,%" PRId64, rd, a->imm);
        } else if (a->imm == 0) {
            emit(o, "mv", "%s,%s", rd, rs1);
        } else {
            return false;
        }
        return true;
    case RV_INSN_xori:
        if (a->imm != -1) {
            return false;
        }
        emit(o, "not", "%s,%s", rd, rs1);
        return true;
    case RV_INSN_andi:
        if (a->imm != 255) {
            return false;
        }
        emit(o, "zext.b", "%s,%s", rd, rs1);
        return true;
    case RV_INSN_sltiu:
        if (a->imm != 1) {
            return false;
        }
        emit(o, "seqz", "%s,%s", rd, rs1);
        return true;
    case RV_INSN_addiw:
        if (a->imm != 0) {
            return false;
        }
        emit(o, "sext.w", "%s,%s", rd, rs1);
        return true;
    case RV_INSN_sub:
    case RV_INSN_subw:
        if (a->rs1 != 0) {
            return false;
        }
        emit(o, id == RV_INSN_sub ? "neg" : "negw", "%s,%s", rd, rs2);
        return true;
    case RV_INSN_sltu:
        if (a->rs1 != 0) {
            return false;
        }
        emit(o, "snez", "%s,%s", rd, rs2);
        return true;
    case RV_INSN_slt:
        if (a->rs2 == 0) {
            emit(o, "sltz", "%s,%s", rd, rs1);
        } else if (a->rs1 == 0) {
            emit(o, "sgtz", "%s,%s", rd, rs2);
        } else {
            return false;
        }
        return true;
    case RV_INSN_beq:
    case RV_INSN_bne:
        if (a->rs2 != 0) {
            return false;
        }
        emit(o, id == RV_INSN_beq ? "beqz" : "bnez", "%s,0x%" PRIx64, rs1,
             target);
        return true;
    case RV_INSN_bge:
        /* bge zero,zero reads blez zero in objdump... */
        if (a->rs1 == 0) {
            emit(o, "blez", "%s,0x%" PRIx64, rs2, target);
        } else if (a->rs2 == 0) {
            emit(o, "bgez", "%s,0x%" PRIx64, rs1, target);
        } else {
            return false;
        }
        return true;
    case RV_INSN_blt:
        /* ...but blt zero,zero reads bltz zero. */
        if (a->rs2 == 0) {
            emit(o, "bltz", "%s,0x%" PRIx64, rs1, target);
        } else if (a->rs1 == 0) {
            emit(o, "bgtz", "%s,0x%" PRIx64, rs2, target);
        } else {
            return false;
        }
        return true;
    case RV_INSN_jal:
        if (a->rd == 0) {
            emit(o, "j", "0x%" PRIx64, target);
        } else if (a->rd == 1) {
            emit(o, "jal", "0x%" PRIx64, target);
        } else {
            return false;
        }
        return true;
    case RV_INSN_jalr:
        format_jalr(o, a);
        return true;
    case RV_INSN_fence:
        format_fence(o, a);
        return true;
    case RV_INSN_fence_i:
        emit_mnem(o, "fence.i");
        return true;
    case RV_INSN_add_uw:
        if (a->rs2 != 0) {
            return false;
        }
        emit(o, "zext.w", "%s,%s", rd, rs1);
        return true;
    default:
        return false;
    }
}

static void format_insn(RvOut *o, int id, const RvArgs *a, uint64_t pc)
{
    const RvPattern *p = &rv_patterns[id];
    const char *rd = reg(a->rd), *rs1 = reg(a->rs1), *rs2 = reg(a->rs2);
    uint64_t target = pc + (uint64_t)a->imm;

    if (format_alias(o, id, a, pc) || format_fp(o, id, a)) {
        return;
    }
    switch (p->fmt) {
    case RV_FMT_R:
        emit(o, p->name, "%s,%s,%s", rd, rs1, rs2);
        break;
    case RV_FMT_R1:
        emit(o, p->name, "%s,%s", rd, rs1);
        break;
    case RV_FMT_I:
        if ((p->match & 0x7f) == RV_OPC_LOAD) {
            emit(o, p->name, "%s,%" PRId64 "(%s)", rd, a->imm, rs1);
        } else {
            emit(o, p->name, "%s,%s,%" PRId64, rd, rs1, a->imm);
        }
        break;
    case RV_FMT_S:
        emit(o, p->name, "%s,%" PRId64 "(%s)", rs2, a->imm, rs1);
        break;
    case RV_FMT_B:
        emit(o, p->name, "%s,%s,0x%" PRIx64, rs1, rs2, target);
        break;
    case RV_FMT_U:
        emit(o, p->name, "%s,0x%" PRIx64, rd,
             ((uint64_t)a->imm >> 12) & 0xfffff);
        break;
    case RV_FMT_J:
        emit(o, p->name, "%s,0x%" PRIx64, rd, target);
        break;
    case RV_FMT_SH6:
    case RV_FMT_SH5:
        emit(o, p->name, "%s,%s,0x%" PRIx64, rd, rs1, (uint64_t)a->imm);
        break;
    case RV_FMT_CSR:
        format_csr(o, id, a);
        break;
    case RV_FMT_FENCE:
        format_fence(o, a);
        break;
    case RV_FMT_N:
    default: /* the FP formats: format_fp() */
        emit_mnem(o, p->name);
        break;
    case RV_FMT_AMO:
    case RV_FMT_LR:
        format_amo(o, p, a);
        break;
    case RV_FMT_CBO:
        emit(o, p->name, "(%s)", rs1);
        break;
    case RV_FMT_SS:
        if (a->rs2) {
            emit(o, p->name, "%s,%s", rs1, rs2);
        } else if (a->rs1) {
            emit(o, p->name, "%s", rs1);
        } else {
            emit_mnem(o, p->name);
        }
        break;
    }
}

/*
 * A 16-bit instruction: the HINT forms objdump prints with their c. names,
 * and the ones whose 32-bit alias differs (mv, addi rd,rd,0); the rest as
 * the 32-bit instruction.
 */
static void format_insn16(RvOut *o, int id16, const RvArgs *a, uint64_t pc)
{
    const char *rd = reg(a->rd), *rs2 = reg(a->rs2);

    switch (id16) {
    case RV_C_c_addi:
        if (a->rd == 0 && a->imm == 0) {
            emit_mnem(o, "nop");
            return;
        } else if (a->rd == 0) {
            emit(o, "c.nop", "%" PRId64, a->imm);
            return;
        } else if (a->imm == 0) {
            emit(o, "addi", "%s,%s,0", rd, rd);
            return;
        }
        break;
    case RV_C_c_li:
        if (a->rd == 0) {
            emit(o, "c.li", "zero,%" PRId64, a->imm);
            return;
        }
        break;
    case RV_C_c_lui:
        if (a->rd == 0) {
            emit(o, "c.lui", "zero,0x%" PRIx64,
                 ((uint64_t)a->imm >> 12) & 0xfffff);
            return;
        }
        break;
    case RV_C_c_mv:
        emit(o, a->rd ? "mv" : "c.mv", "%s,%s", rd, rs2);
        return;
    case RV_C_c_add:
        if (a->rd == 0) {
            emit(o, "c.add", "zero,%s", rs2);
            return;
        }
        break;
    case RV_C_c_slli:
        if (a->imm == 0) {
            emit(o, "c.slli64", "%s", rd);
            return;
        } else if (a->rd == 0) {
            emit(o, "c.slli", "zero,0x%" PRIx64, (uint64_t)a->imm);
            return;
        }
        break;
    case RV_C_c_srli:
    case RV_C_c_srai:
        if (a->imm == 0) {
            emit(o, id16 == RV_C_c_srli ? "c.srli64" : "c.srai64", "%s", rd);
            return;
        }
        break;
    default:
        break;
    }
    format_insn(o, rv_patterns16[id16].insn32, a, pc);
}

unsigned rv_disas(char *buf, size_t buflen, uint64_t pc, const uint8_t *code,
                  size_t len)
{
    RvOut o = { .buf = buf, .size = buflen, .pos = 0 };

    if (buflen > 0) {
        buf[0] = '\0';
    }
    if (len == 0) {
        return 0;
    }
    if (len < 2) {
        out_printf(&o, ".byte\t0x%x", code[0]);
        return 1;
    }
    uint16_t lo = (uint16_t)(code[0] | code[1] << 8);
    RvArgs a;
    rv_decode_init();
    if ((lo & 3) != 3) {
        int id16 = rv_decode16(lo, &a);
        if (id16 >= 0 && rv_patterns16[id16].insn32 >= 0) {
            format_insn16(&o, id16, &a, pc);
        } else if (lo == 0) {
            emit_mnem(&o, "unimp"); /* the defined illegal instruction */
        } else {
            out_printf(&o, ".2byte\t0x%x", lo);
        }
        return 2;
    }
    if (len < 4) {
        out_printf(&o, ".2byte\t0x%x", lo);
        return 2;
    }
    uint32_t w = (uint32_t)lo | (uint32_t)code[2] << 16 |
                 (uint32_t)code[3] << 24;
    int id = rv_decode32(w, &a);
    if (id < 0) {
        out_printf(&o, ".4byte\t0x%" PRIx32, w);
    } else {
        format_insn(&o, id, &a, pc);
    }
    return 4;
}

unsigned rv_disas_fprint(FILE *f, uint64_t pc, const uint8_t *code,
                         size_t len)
{
    char text[128];
    unsigned n = rv_disas(text, sizeof(text), pc, code, len);
    uint32_t raw = 0;

    for (unsigned i = 0; i < n; i++) {
        raw |= (uint32_t)code[i] << (8 * i);
    }
    switch (n) {
    case 4:
        fprintf(f, "0x%016" PRIx64 ":  %08" PRIx32 "  %s\n", pc, raw, text);
        break;
    case 2:
        fprintf(f, "0x%016" PRIx64 ":  %04" PRIx32 "      %s\n", pc, raw,
                text);
        break;
    case 1:
        fprintf(f, "0x%016" PRIx64 ":  %02" PRIx32 "        %s\n", pc, raw,
                text);
        break;
    default:
        break;
    }
    return n;
}
