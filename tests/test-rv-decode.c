/* SPDX-License-Identifier: MIT */
/*
 * Unit test of the RISC-V decoder and disassembler (frontend-riscv/).
 *   a. insn32.def: patterns are well formed, no two patterns share a word,
 *      and every pattern decodes back to itself; insn16.def over all 65536
 *      parcels: no row shadows another (overlaps are only exceptions carved
 *      out of a wider, later row) and the bucketed lookup is the table's;
 *   b. operand extraction per format against hand-assembled words;
 *   c. rv_disas(): directed cases, then a round trip against GNU objdump on
 *      a generated file covering every pattern, alias and edge immediate,
 *      and on one holding every 16-bit parcel.
 * Prints one line per failure and ends with "N passed, M failed".
 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "frontend-riscv/decode.h"
#include "frontend-riscv/disas.h"

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

#define RD_BITS  0x00000f80u
#define RS1_BITS 0x000f8000u
#define RS2_BITS 0x01f00000u
#define RS3_BITS 0xf8000000u
#define RM_BITS  0x00007000u

static unsigned n_passed, n_failed;

static void __attribute__((format(printf, 3, 4)))
check(bool ok, const char *name, const char *fmt, ...)
{
    if (ok) {
        n_passed++;
        return;
    }
    n_failed++;
    printf("FAIL %s: ", name);
    va_list ap;
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    printf("\n");
}

/* xorshift64: the same words on every run. */
static uint64_t rng_next(uint64_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

/* Bits each format takes from the word as operands (decode.h). */
static const uint32_t rv_operand_bits[] = {
    [RV_FMT_R] = RD_BITS | RS1_BITS | RS2_BITS,
    [RV_FMT_R1] = RD_BITS | RS1_BITS,
    [RV_FMT_I] = 0xfff00000u | RS1_BITS | RD_BITS,
    [RV_FMT_S] = 0xfe000000u | RS2_BITS | RS1_BITS | 0x00000f80u,
    [RV_FMT_B] = 0xfe000000u | RS2_BITS | RS1_BITS | 0x00000f80u,
    [RV_FMT_U] = 0xfffff000u | RD_BITS,
    [RV_FMT_J] = 0xfffff000u | RD_BITS,
    [RV_FMT_SH6] = 0x03f00000u | RS1_BITS | RD_BITS,
    [RV_FMT_SH5] = 0x01f00000u | RS1_BITS | RD_BITS,
    [RV_FMT_CSR] = 0xfff00000u | RS1_BITS | RD_BITS,
    [RV_FMT_FENCE] = 0xfff00000u | RS1_BITS | RD_BITS,
    [RV_FMT_N] = 0,
    [RV_FMT_AMO] = 0x06000000u | RD_BITS | RS1_BITS | RS2_BITS,
    [RV_FMT_LR] = 0x06000000u | RD_BITS | RS1_BITS,
    [RV_FMT_R_RM] = RD_BITS | RS1_BITS | RS2_BITS | RM_BITS,
    [RV_FMT_R2_RM] = RD_BITS | RS1_BITS | RM_BITS,
    [RV_FMT_R2] = RD_BITS | RS1_BITS,
    [RV_FMT_R4_RM] = RD_BITS | RS1_BITS | RS2_BITS | RS3_BITS | RM_BITS,
    [RV_FMT_SS] = RS1_BITS | RS2_BITS,
    [RV_FMT_CBO] = RS1_BITS,
};

/* Which of rd/rs1/rs2 are registers in each format (rs1 of CSR-immediate
 * forms is a uimm, which is still fine to zero). */
static const uint32_t rv_reg_bits[] = {
    [RV_FMT_R] = RD_BITS | RS1_BITS | RS2_BITS,
    [RV_FMT_R1] = RD_BITS | RS1_BITS,
    [RV_FMT_I] = RD_BITS | RS1_BITS,
    [RV_FMT_S] = RS1_BITS | RS2_BITS,
    [RV_FMT_B] = RS1_BITS | RS2_BITS,
    [RV_FMT_U] = RD_BITS,
    [RV_FMT_J] = RD_BITS,
    [RV_FMT_SH6] = RD_BITS | RS1_BITS,
    [RV_FMT_SH5] = RD_BITS | RS1_BITS,
    [RV_FMT_CSR] = RD_BITS | RS1_BITS,
    [RV_FMT_FENCE] = 0,
    [RV_FMT_N] = 0,
    [RV_FMT_AMO] = RD_BITS | RS1_BITS | RS2_BITS,
    [RV_FMT_LR] = RD_BITS | RS1_BITS,
    [RV_FMT_R_RM] = RD_BITS | RS1_BITS | RS2_BITS,
    [RV_FMT_R2_RM] = RD_BITS | RS1_BITS,
    [RV_FMT_R2] = RD_BITS | RS1_BITS,
    [RV_FMT_R4_RM] = RD_BITS | RS1_BITS | RS2_BITS | RS3_BITS,
    [RV_FMT_SS] = RS1_BITS | RS2_BITS,
    [RV_FMT_CBO] = RS1_BITS,
};

/* ---- a. the pattern table ---------------------------------------------- */

static void test_patterns(void)
{
    uint64_t rng = 0x9e3779b97f4a7c15ull;

    for (unsigned i = 0; i < RV_INSN__COUNT; i++) {
        const RvPattern *p = &rv_patterns[i];
        uint32_t ops = rv_operand_bits[p->fmt];

        check(strlen(p->pattern) == 32 && strspn(p->pattern, "01-") == 32,
              "a: pattern", "%s: \"%s\" is not 32 of 0/1/-", p->name,
              p->pattern);
        check((p->mask & ops) == 0 && (p->mask | ops) == 0xffffffffu &&
                  (p->match & 3) == 3,
              "a: fields", "%s: fixed bits 0x%08" PRIx32
              " do not complement its format's operands 0x%08" PRIx32,
              p->name, p->mask, ops);

        bool clean = true;
        for (unsigned j = i + 1; j < RV_INSN__COUNT; j++) {
            const RvPattern *q = &rv_patterns[j];
            if (((p->mask & q->mask) & (p->match ^ q->match)) == 0) {
                clean = false;
                check(false, "a: shadow", "%s and %s %s (both match 0x%08"
                      PRIx32 ")", p->name, q->name,
                      p->mask == q->mask && p->match == q->match
                          ? "are identical" : "overlap",
                      p->match | q->match);
            }
        }
        if (clean) {
            check(true, "a: shadow", "%s", p->name);
        }

        bool reached = true;
        uint32_t bad = 0;
        RvArgs args;
        for (unsigned k = 0; k < 17 && reached; k++) {
            uint32_t w = p->match;
            if (k > 0) {
                w |= (uint32_t)rng_next(&rng) & ~p->mask;
            }
            if (rv_decode32(w, &args) != (int)i) {
                reached = false;
                bad = w;
            }
        }
        check(reached, "a: reachable", "%s: 0x%08" PRIx32 " decodes as %d",
              p->name, bad, rv_decode32(bad, &args));
    }
}

/* Parcel bits each 16-bit format takes as operands (decode.h). */
static const uint16_t rv_operand_bits16[] = {
    [RV_CFMT_CIW] = 0x1ffc,     [RV_CFMT_CL_W] = 0x1ffc,
    [RV_CFMT_CL_D] = 0x1ffc,    [RV_CFMT_CS_W] = 0x1ffc,
    [RV_CFMT_CS_D] = 0x1ffc,    [RV_CFMT_CI] = 0x1ffc,
    [RV_CFMT_CI_LI] = 0x1ffc,   [RV_CFMT_CI_16SP] = 0x107c,
    [RV_CFMT_CI_LUI] = 0x1ffc,  [RV_CFMT_CI_SH] = 0x1ffc,
    [RV_CFMT_CI_LWSP] = 0x1ffc, [RV_CFMT_CI_LDSP] = 0x1ffc,
    [RV_CFMT_CB_SH] = 0x13fc,   [RV_CFMT_CB_ANDI] = 0x13fc,
    [RV_CFMT_CB_BR] = 0x1ffc,   [RV_CFMT_CA] = 0x039c,
    [RV_CFMT_CJ] = 0x1ffc,      [RV_CFMT_CR_JR] = 0x0f80,
    [RV_CFMT_CR_MV] = 0x0ffc,   [RV_CFMT_CR_JALR] = 0x0f80,
    [RV_CFMT_CR_ADD] = 0x0ffc,  [RV_CFMT_CSS_SW] = 0x1ffc,
    [RV_CFMT_CSS_SD] = 0x1ffc,  [RV_CFMT_N] = 0,
};

/* Row p is strictly narrower than row q: every parcel p matches, q does. */
static bool narrower16(const RvPattern16 *p, const RvPattern16 *q)
{
    return (p->mask & q->mask) == q->mask && p->mask != q->mask &&
           (p->match & q->mask) == q->match;
}

static void test_patterns16(void)
{
    unsigned wins[RV_C__COUNT] = { 0 };
    unsigned bad_lookup = 0, bad_overlap = 0;

    for (unsigned i = 0; i < RV_C__COUNT; i++) {
        const RvPattern16 *p = &rv_patterns16[i];
        uint16_t ops = rv_operand_bits16[p->fmt];
        bool reserved = p->insn32 < 0;

        check(strlen(p->pattern) == 16 && strspn(p->pattern, "01-") == 16,
              "a16: pattern", "%s: \"%s\" is not 16 of 0/1/-", p->name,
              p->pattern);
        check(reserved || ((p->mask & ops) == 0 && (p->mask | ops) == 0xffff),
              "a16: fields", "%s: fixed bits 0x%04x do not complement its "
              "format's operands 0x%04x", p->name, p->mask, ops);
        check(reserved || p->insn32 < RV_INSN__COUNT, "a16: insn32",
              "%s runs as %d", p->name, p->insn32);
    }
    /* Every parcel: the first matching row wins, and it is strictly
     * narrower than every other row that matches (an exception, never an
     * ambiguity); the lookup agrees with the table order. */
    for (uint32_t v = 0; v < 0x10000; v++) {
        if ((v & 3) == 3) {
            continue;
        }
        int first = -1;
        for (unsigned i = 0; i < RV_C__COUNT; i++) {
            const RvPattern16 *p = &rv_patterns16[i];
            if ((v & p->mask) != p->match) {
                continue;
            }
            if (first < 0) {
                first = (int)i;
                wins[i]++;
            } else if (!narrower16(&rv_patterns16[first], p) &&
                       bad_overlap++ < 10) {
                check(false, "a16: shadow", "0x%04" PRIx32 ": %s and %s "
                      "overlap, and %s is not an exception of %s", v,
                      rv_patterns16[first].name, p->name,
                      rv_patterns16[first].name, p->name);
            }
        }
        RvArgs a;
        int id = rv_decode16((uint16_t)v, &a);
        if (id != first && bad_lookup++ < 10) {
            check(false, "a16: lookup", "0x%04" PRIx32 " decodes as %d, the "
                  "table says %d", v, id, first);
        }
    }
    check(bad_overlap == 0, "a16: shadow", "%u overlapping parcels",
          bad_overlap);
    check(bad_lookup == 0, "a16: lookup", "%u parcels decode wrongly",
          bad_lookup);
    for (unsigned i = 0; i < RV_C__COUNT; i++) {
        check(wins[i] > 0, "a16: reachable", "%s decodes no parcel",
              rv_patterns16[i].name);
    }
}

/* ---- b. operand extraction --------------------------------------------- */

typedef struct FieldCase {
    const char *what;
    uint32_t word;
    int id;
    int rd, rs1, rs2; /* -1: not an operand of the format */
    int64_t imm;
} FieldCase;

#define FIELD(w, name, d, s1, s2, i, text)                                   \
    {                                                                        \
        .what = text, .word = w, .id = RV_INSN_##name, .rd = d, .rs1 = s1,   \
        .rs2 = s2, .imm = i,                                                 \
    }
#define NOMATCH(w, text)                                                     \
    {                                                                        \
        .what = text, .word = w, .id = -1, .rd = -1, .rs1 = -1, .rs2 = -1,   \
        .imm = 0,                                                            \
    }

static const FieldCase field_cases[] = {
    /* U: imm[31:12] in place, sign-extended to 64 bits */
    FIELD(0x12345537, lui, 10, -1, -1, 0x12345000, "lui a0,0x12345"),
    FIELD(0xffffffb7, lui, 31, -1, -1, -4096, "lui t6,0xfffff"),
    FIELD(0x800005b7, lui, 11, -1, -1, -0x80000000ll, "lui a1,0x80000"),
    FIELD(0x7ffff017, auipc, 0, -1, -1, 0x7ffff000, "auipc zero,0x7ffff"),
    /* J: imm[20|10:1|11|19:12] */
    FIELD(0x7ffff06f, jal, 0, -1, -1, 1048574, "jal zero,max"),
    FIELD(0x8000006f, jal, 0, -1, -1, -1048576, "jal zero,min"),
    FIELD(0x008000ef, jal, 1, -1, -1, 8, "jal ra,+8"),
    FIELD(0xffdff06f, jal, 0, -1, -1, -4, "jal zero,-4"),
    /* I */
    FIELD(0x800280e7, jalr, 1, 5, -1, -2048, "jalr ra,-2048(t0)"),
    FIELD(0x7fff8f93, addi, 31, 31, -1, 2047, "addi t6,t6,2047"),
    FIELD(0x80000513, addi, 10, 0, -1, -2048, "addi a0,zero,-2048"),
    FIELD(0xfff58513, addi, 10, 11, -1, -1, "addi a0,a1,-1"),
    FIELD(0x00813503, ld, 10, 2, -1, 8, "ld a0,8(sp)"),
    /* S: imm[11:5|4:0] */
    FIELD(0x7ea13fa3, sd, -1, 2, 10, 2047, "sd a0,2047(sp)"),
    FIELD(0x80000023, sb, -1, 0, 0, -2048, "sb zero,-2048(zero)"),
    FIELD(0xfe812e23, sw, -1, 2, 8, -4, "sw s0,-4(sp)"),
    /* B: imm[12|10:5|4:1|11] */
    FIELD(0x80b50063, beq, -1, 10, 11, -4096, "beq a0,a1,-4096"),
    FIELD(0x7eb51fe3, bne, -1, 10, 11, 4094, "bne a0,a1,+4094"),
    FIELD(0xfe000fe3, beq, -1, 0, 0, -2, "beq zero,zero,-2"),
    FIELD(0x01eff463, bgeu, -1, 31, 30, 8, "bgeu t6,t5,+8"),
    /* SH6 / SH5: unsigned shift amounts */
    FIELD(0x03f59513, slli, 10, 11, -1, 63, "slli a0,a1,63"),
    FIELD(0x4205d513, srai, 10, 11, -1, 32, "srai a0,a1,32"),
    FIELD(0x00005013, srli, 0, 0, -1, 0, "srli zero,zero,0"),
    FIELD(0x01f5951b, slliw, 10, 11, -1, 31, "slliw a0,a1,31"),
    FIELD(0x41ffdf9b, sraiw, 31, 31, -1, 31, "sraiw t6,t6,31"),
    /* R */
    FIELD(0x00c58533, add, 10, 11, 12, 0, "add a0,a1,a2"),
    FIELD(0x41df0fb3, sub, 31, 30, 29, 0, "sub t6,t5,t4"),
    /* CSR: the CSR number is unsigned; rs1 doubles as the uimm */
    FIELD(0x30059573, csrrw, 10, 11, -1, 0x300, "csrrw a0,mstatus,a1"),
    FIELD(0x300fd573, csrrwi, 10, 31, -1, 0x300, "csrrwi a0,mstatus,31"),
    FIELD(0xfff02573, csrrs, 10, 0, -1, 0xfff, "csrrs a0,0xfff,zero"),
    /* FENCE: the raw sign-extended imm[11:0] = fm|pred|succ */
    FIELD(0x0ff0000f, fence, 0, 0, -1, 0x0ff, "fence iorw,iorw"),
    FIELD(0x8330000f, fence, 0, 0, -1, 0x833 - 0x1000, "fence.tso"),
    FIELD(0x0000100f, fence_i, 0, 0, -1, 0, "fence.i"),
    /* AMO / LR: aq (bit 26) and rl (bit 25) in imm */
    FIELD(0x04b6252f, amoadd_w, 10, 12, 11, 2, "amoadd.w.aq a0,a1,(a2)"),
    FIELD(0x1ac5a52f, sc_w, 10, 11, 12, 1, "sc.w.rl a0,a2,(a1)"),
    FIELD(0xe7ffbfaf, amomaxu_d, 31, 31, 31, 3, "amomaxu.d.aqrl t6,t6,(t6)"),
    FIELD(0x1005b52f, lr_d, 10, 11, -1, 0, "lr.d a0,(a1)"),
    FIELD(0x1600202f, lr_w, 0, 0, -1, 3, "lr.w.aqrl zero,(zero)"),
    /* N */
    FIELD(0x00000073, ecall, -1, -1, -1, 0, "ecall"),
    FIELD(0x00100073, ebreak, -1, -1, -1, 0, "ebreak"),
    FIELD(0x30200073, mret, -1, -1, -1, 0, "mret"),
    FIELD(0x10500073, wfi, -1, -1, -1, 0, "wfi"),
    /* F and D: rm in imm, rs3 of the R4 format */
    FIELD(0x00c5f553, fadd_s, 10, 11, 12, 7, "fadd.s fa0,fa1,fa2"),
    FIELD(0x6ac59543, fmadd_d, 10, 11, 12, 1, "fmadd.d fa0,fa1,fa2,fa3,rtz"),
    FIELD(0xc0059553, fcvt_w_s, 10, 11, -1, 1, "fcvt.w.s a0,fa1,rtz"),
    FIELD(0xe2058553, fmv_x_d, 10, 11, -1, 0, "fmv.x.d a0,fa1"),
    FIELD(0xffc5a507, flw, 10, 11, -1, -4, "flw fa0,-4(a1)"),
    /* words no pattern claims */
    NOMATCH(0x0000007b, "custom-3"),
    NOMATCH(0x00100173, "ebreak with rd"),
    NOMATCH(0x0e000033, "OP funct7 0000111 funct3 000"),
    NOMATCH(0x4200501b, "sraiw with bit 25"),
    NOMATCH(0x00000001, "16-bit parcel"),
    NOMATCH(0x1010202f, "lr.w with rs2"),
    NOMATCH(0x0000402f, "amo with funct3 100"),
    NOMATCH(0x2800202f, "amo with funct5 00101"),
};

typedef struct FieldCase16 {
    const char *what;
    uint16_t parcel;
    int id, insn32;
    int rd, rs1, rs2;
    int64_t imm;
} FieldCase16;

#define FIELD16(h, name, t, d, s1, s2, i, text)                              \
    {                                                                        \
        .what = text, .parcel = h, .id = RV_C_##name, .insn32 = RV_INSN_##t, \
        .rd = d, .rs1 = s1, .rs2 = s2, .imm = i,                             \
    }
#define RSV16_CASE(h, name, text)                                            \
    {                                                                        \
        .what = text, .parcel = h, .id = RV_C_##name, .insn32 = -1,          \
        .rd = 0, .rs1 = 0, .rs2 = 0, .imm = 0,                               \
    }

/* Parcels from gas (-march=rv64ic), operands of the 32-bit form. */
static const FieldCase16 field_cases16[] = {
    FIELD16(0x1fe0, c_addi4spn, addi, 8, 2, 0, 1020, "c.addi4spn s0,sp,1020"),
    FIELD16(0x005c, c_addi4spn, addi, 15, 2, 0, 4, "c.addi4spn a5,sp,4"),
    FIELD16(0x5ffc, c_lw, lw, 15, 15, 0, 124, "c.lw a5,124(a5)"),
    FIELD16(0x7ce0, c_ld, ld, 8, 9, 0, 248, "c.ld s0,248(s1)"),
    FIELD16(0xc124, c_sw, sw, 0, 10, 9, 64, "c.sw s1,64(a0)"),
    FIELD16(0xe714, c_sd, sd, 0, 14, 13, 8, "c.sd a3,8(a4)"),
    FIELD16(0x1501, c_addi, addi, 10, 10, 0, -32, "c.addi a0,-32"),
    FIELD16(0x0001, c_addi, addi, 0, 0, 0, 0, "c.nop"),
    FIELD16(0x2ffd, c_addiw, addiw, 31, 31, 0, 31, "c.addiw t6,31"),
    FIELD16(0x5f81, c_li, addi, 31, 0, 0, -32, "c.li t6,-32"),
    FIELD16(0x7101, c_addi16sp, addi, 2, 2, 0, -512, "c.addi16sp sp,-512"),
    FIELD16(0x617d, c_addi16sp, addi, 2, 2, 0, 496, "c.addi16sp sp,496"),
    FIELD16(0x7501, c_lui, lui, 10, 0, 0, -0x20000, "c.lui a0,0xfffe0"),
    FIELD16(0x6dfd, c_lui, lui, 27, 0, 0, 0x1f000, "c.lui s11,0x1f"),
    FIELD16(0x93fd, c_srli, srli, 15, 15, 0, 63, "c.srli a5,63"),
    FIELD16(0x9401, c_srai, srai, 8, 8, 0, 32, "c.srai s0,32"),
    FIELD16(0x9901, c_andi, andi, 10, 10, 0, -32, "c.andi a0,-32"),
    FIELD16(0x8c1d, c_sub, sub, 8, 8, 15, 0, "c.sub s0,a5"),
    FIELD16(0x9fa1, c_addw, addw, 15, 15, 8, 0, "c.addw a5,s0"),
    FIELD16(0xb001, c_j, jal, 0, 0, 0, -2048, "c.j .-2048"),
    FIELD16(0xaffd, c_j, jal, 0, 0, 0, 2046, "c.j .+2046"),
    FIELD16(0xd001, c_beqz, beq, 0, 8, 0, -256, "c.beqz s0,.-256"),
    FIELD16(0xeffd, c_bnez, bne, 0, 15, 0, 254, "c.bnez a5,.+254"),
    FIELD16(0x1ffe, c_slli, slli, 31, 31, 0, 63, "c.slli t6,63"),
    FIELD16(0x50fe, c_lwsp, lw, 1, 2, 0, 252, "c.lwsp ra,252(sp)"),
    FIELD16(0x7ffe, c_ldsp, ld, 31, 2, 0, 504, "c.ldsp t6,504(sp)"),
    FIELD16(0x8282, c_jr, jalr, 0, 5, 0, 0, "c.jr t0"),
    FIELD16(0x857e, c_mv, add, 10, 0, 31, 0, "c.mv a0,t6"),
    FIELD16(0x9002, c_ebreak, ebreak, 0, 0, 0, 0, "c.ebreak"),
    FIELD16(0x9502, c_jalr, jalr, 1, 10, 0, 0, "c.jalr a0"),
    FIELD16(0x94fa, c_add, add, 9, 9, 30, 0, "c.add s1,t5"),
    FIELD16(0xdffe, c_swsp, sw, 0, 2, 31, 252, "c.swsp t6,252(sp)"),
    FIELD16(0xff86, c_sdsp, sd, 0, 2, 1, 504, "c.sdsp ra,504(sp)"),
    RSV16_CASE(0x0000, c_addi4spn_0, "all zero"),
    RSV16_CASE(0x0010, c_addi4spn_0, "c.addi4spn nzuimm 0"),
    RSV16_CASE(0x8000, c_q0_100, "quadrant 0 funct3 100"),
    RSV16_CASE(0x2001, c_addiw_x0, "c.addiw rd 0"),
    RSV16_CASE(0x6101, c_addi16sp_0, "c.addi16sp 0"),
    RSV16_CASE(0x6501, c_lui_0, "c.lui imm 0"),
    RSV16_CASE(0x9c41, c_ca_10, "funct 100111 10"),
    RSV16_CASE(0x9c61, c_ca_11, "funct 100111 11"),
    RSV16_CASE(0x4002, c_lwsp_x0, "c.lwsp rd 0"),
    RSV16_CASE(0x6002, c_ldsp_x0, "c.ldsp rd 0"),
    RSV16_CASE(0x8002, c_jr_x0, "c.jr rs1 0"),
};

static void test_fields16(void)
{

    for (size_t i = 0; i < ARRAY_LEN(field_cases16); i++) {
        const FieldCase16 *c = &field_cases16[i];
        RvArgs a = { 0 };
        int id = rv_decode16(c->parcel, &a);
        int t = rv_decode16_insn32(c->parcel, &a);
        bool ok = id == c->id && t == c->insn32;

        if (ok && t >= 0) {
            ok = a.rd == c->rd && a.rs1 == c->rs1 && a.rs2 == c->rs2 &&
                 a.imm == c->imm;
        }
        check(ok, "b16: fields",
              "%s (0x%04x): got row %d insn %d rd %u rs1 %u rs2 %u imm %"
              PRId64 ", want row %d insn %d rd %d rs1 %d rs2 %d imm %" PRId64,
              c->what, c->parcel, id, t, a.rd, a.rs1, a.rs2, a.imm, c->id,
              c->insn32, c->rd, c->rs1, c->rs2, c->imm);
    }
}

static void test_fields(void)
{
    for (size_t i = 0; i < ARRAY_LEN(field_cases); i++) {
        const FieldCase *c = &field_cases[i];
        RvArgs a = { 0 };
        int id = rv_decode32(c->word, &a);
        bool ok = id == c->id;

        if (ok && id >= 0) {
            ok = a.imm == c->imm && (c->rd < 0 || a.rd == c->rd) &&
                 (c->rs1 < 0 || a.rs1 == c->rs1) &&
                 (c->rs2 < 0 || a.rs2 == c->rs2);
        }
        check(ok, "b: fields",
              "%s (0x%08" PRIx32 "): got id %d rd %u rs1 %u rs2 %u imm %"
              PRId64 ", want id %d rd %d rs1 %d rs2 %d imm %" PRId64,
              c->what, c->word, id, a.rd, a.rs1, a.rs2, a.imm, c->id, c->rd,
              c->rs1, c->rs2, c->imm);
    }
}

/* ---- c. the disassembler ----------------------------------------------- */

typedef struct DisasCase {
    uint32_t word;
    uint64_t pc;
    const char *text;
} DisasCase;

/*
 * What objdump cannot check: encodings with reserved fields it refuses
 * (the spec has hardware ignore them, so emu shows what it executes), and
 * the exact layout (tab after the mnemonic, hex widths).
 */
static const DisasCase disas_cases[] = {
    { .word = 0x00b50533, .pc = 0, .text = "add\ta0,a0,a1" },
    { .word = 0x00000013, .pc = 0, .text = "nop" },
    { .word = 0xfe000ee3, .pc = 0x80000000, .text = "beqz\tzero,0x7ffffffc" },
    { .word = 0x8000006f, .pc = 0, .text = "j\t0xfffffffffff00000" },
    { .word = 0x0ff5000f, .pc = 0, .text = "fence" },
    { .word = 0x8ff0000f, .pc = 0, .text = "fence" },
    { .word = 0x8000000f, .pc = 0, .text = "fence\tunknown,unknown" },
    { .word = 0x8335000f, .pc = 0, .text = "fence.tso" },
    { .word = 0x0015100f, .pc = 0, .text = "fence.i" },
    { .word = 0x7c002573, .pc = 0, .text = "csrr\ta0,0x7c0" },
    { .word = 0x0000007b, .pc = 0, .text = ".4byte\t0x7b" },
    { .word = 0x30200173, .pc = 0, .text = ".4byte\t0x30200173" },
    /* objdump 2.40 decodes the exact fcvt.d.s/d.w/d.wu only with rne */
    { .word = 0x4205f553, .pc = 0, .text = "fcvt.d.s\tfa0,fa1,dyn" },
    { .word = 0xd2059553, .pc = 0, .text = "fcvt.d.w\tfa0,a1,rtz" },
    { .word = 0xd215c553, .pc = 0, .text = "fcvt.d.wu\tfa0,a1,rmm" },
    { .word = 0x42058553, .pc = 0, .text = "fcvt.d.s\tfa0,fa1" },
};

static void put_le32(uint8_t *b, uint32_t w)
{
    for (unsigned i = 0; i < 4; i++) {
        b[i] = (uint8_t)(w >> (8 * i));
    }
}

static void test_disas_directed(void)
{
    char buf[96];
    uint8_t code[4];
    unsigned n;

    for (size_t i = 0; i < ARRAY_LEN(disas_cases); i++) {
        const DisasCase *c = &disas_cases[i];
        put_le32(code, c->word);
        n = rv_disas(buf, sizeof(buf), c->pc, code, 4);
        check(n == 4 && strcmp(buf, c->text) == 0, "c: directed",
              "0x%08" PRIx32 ": got \"%s\" (%u), want \"%s\"", c->word, buf,
              n, c->text);
    }

    /* Lengths: 16-bit parcels, short buffers, truncated output. */
    static const uint8_t c16[] = { 0x01, 0x00, 0x13, 0x00 };
    n = rv_disas(buf, sizeof(buf), 0, c16, 4);
    check(n == 2 && strcmp(buf, "nop") == 0, "c: length",
          "16-bit parcel: \"%s\" (%u)", buf, n);
    n = rv_disas(buf, sizeof(buf), 0, c16, 2);
    check(n == 2 && strcmp(buf, "nop") == 0, "c: length",
          "16-bit parcel, 2 bytes left: \"%s\" (%u)", buf, n);
    static const uint8_t rsv16[] = { 0x41, 0x9c };
    n = rv_disas(buf, sizeof(buf), 0, rsv16, 2);
    check(n == 2 && strcmp(buf, ".2byte\t0x9c41") == 0, "c: length",
          "reserved parcel: \"%s\" (%u)", buf, n);
    static const uint8_t nop[] = { 0x13, 0x00, 0x00, 0x00 };
    n = rv_disas(buf, sizeof(buf), 0, nop, 3);
    check(n == 2 && strcmp(buf, ".2byte\t0x13") == 0, "c: length",
          "3 bytes left: \"%s\" (%u)", buf, n);
    n = rv_disas(buf, sizeof(buf), 0, nop, 1);
    check(n == 1 && strcmp(buf, ".byte\t0x13") == 0, "c: length",
          "1 byte left: \"%s\" (%u)", buf, n);
    n = rv_disas(buf, sizeof(buf), 0, nop, 0);
    check(n == 0 && buf[0] == '\0', "c: length", "0 bytes left: \"%s\" (%u)",
          buf, n);
    memset(buf, 'x', sizeof(buf));
    put_le32(code, 0x30059573);
    n = rv_disas(buf, 6, 0, code, 4);
    check(n == 4 && strcmp(buf, "csrrw") == 0 && buf[6] == 'x',
          "c: truncation", "buflen 6: \"%.6s\" (%u)", buf, n);
    n = rv_disas(NULL, 0, 0, code, 4);
    check(n == 4, "c: truncation", "buflen 0 returned %u", n);

    /* rv_disas_fprint()'s line layout. */
    FILE *f = tmpfile();
    if (f == NULL) {
        check(false, "c: fprint", "tmpfile() failed");
        return;
    }
    put_le32(code, 0x00b50533);
    unsigned n4 = rv_disas_fprint(f, 0x80000000, code, 4);
    unsigned n2 = rv_disas_fprint(f, 0x80000004, c16, 2);
    rewind(f);
    char line1[128] = "", line2[128] = "";
    if (fgets(line1, sizeof(line1), f) == NULL ||
        fgets(line2, sizeof(line2), f) == NULL) {
        line1[0] = '\0';
    }
    fclose(f);
    check(n4 == 4 && strcmp(line1, "0x0000000080000000:  00b50533  "
                                    "add\ta0,a0,a1\n") == 0,
          "c: fprint", "32-bit line \"%s\"", line1);
    check(n2 == 2 && strcmp(line2, "0x0000000080000004:  0001      "
                                    "nop\n") == 0,
          "c: fprint", "16-bit line \"%s\"", line2);
}

/* Hand-written lines: every pattern, every alias, the edge immediates. */
static const char *const asm_lines[] = {
    "lui a0,0x0", "lui t6,0xfffff", "lui s0,0x80000", "lui zero,0x7ffff",
    "auipc a0,0x0", "auipc ra,0xfffff", "auipc t0,0x80000",
    "jal zero,.+8", "jal ra,.-4", "jal a0,.+0xffffe", "jal t6,.-0x100000",
    "jal zero,.", "jal ra,.+2048", "jal sp,.+2",
    "jalr zero,0(ra)", "jalr zero,0(a0)", "jalr zero,-2048(t1)",
    "jalr ra,0(a0)", "jalr ra,2047(a0)", "jalr a1,0(a0)", "jalr t6,-1(t5)",
    "jalr zero,0(zero)", "jalr ra,0(ra)", "jalr zero,4(ra)", "jalr sp,0(ra)",
    "beq a0,a1,.+8", "beq a0,zero,.-4096", "beq zero,a0,.+4094",
    "beq zero,zero,.", "bne t0,t1,.-2", "bne s11,zero,.+16",
    "bne zero,zero,.+8", "bne zero,a0,.+8",
    "blt a0,a1,.+8", "blt a0,zero,.+8", "blt zero,a0,.+8",
    "blt zero,zero,.+8", "bge a0,a1,.+8", "bge a0,zero,.+8",
    "bge zero,a0,.+8", "bge zero,zero,.+8", "bltu a0,a1,.-4096",
    "bltu zero,a0,.+8", "bltu a0,zero,.+8", "bgeu a0,a1,.+4094",
    "bgeu zero,a0,.+8", "bgeu a0,zero,.+8",
    "lb a0,0(a1)", "lb t6,-2048(t5)", "lh s1,2047(sp)", "lw a5,-1(gp)",
    "ld ra,8(sp)", "lbu a0,0(zero)", "lhu tp,-2048(zero)", "lwu a2,2047(a3)",
    "sb a0,0(a1)", "sb zero,-2048(zero)", "sh t6,2047(t5)", "sw s0,-4(sp)",
    "sd ra,8(sp)", "sd a0,2047(sp)",
    "addi zero,zero,0", "addi a0,zero,0", "addi a0,zero,-2048",
    "addi a0,zero,2047", "addi zero,zero,1", "addi a0,a1,0",
    "addi zero,a0,0", "addi sp,sp,-16", "addi t6,t5,2047",
    "addi a0,a1,-2048",
    "slti a0,a1,-2048", "slti a0,zero,2047", "slti a0,a1,0",
    "sltiu a0,a1,1", "sltiu a0,a1,-1", "sltiu a0,zero,0", "sltiu zero,zero,1",
    "xori a0,a1,-1", "xori a0,zero,-1", "xori a0,a1,2047", "xori a0,a1,-2048",
    "ori a0,a1,0", "ori zero,zero,0", "ori a0,a1,-1", "andi a0,a1,255",
    "andi a0,a1,-2048", "andi a0,a1,2047",
    "slli a0,a1,0", "slli a0,a1,63", "slli a0,a1,1", "srli t6,t6,32",
    "srli a0,a1,63", "srai a0,a1,63", "srai a0,a1,0", "srai zero,zero,31",
    "add a0,a1,a2", "add zero,zero,zero", "sub a0,a1,a2", "sub a0,zero,a1",
    "sub a0,zero,zero", "sub a0,a1,zero", "sll a0,a1,a2", "slt a0,a1,a2",
    "slt a0,a1,zero", "slt a0,zero,a1", "slt a0,zero,zero", "sltu a0,a1,a2",
    "sltu a0,zero,a1", "sltu a0,a1,zero", "xor a0,a1,a2", "srl a0,a1,a2",
    "sra a0,a1,a2", "or a0,a1,a2", "and a0,a1,a2",
    "addiw a0,a1,0", "addiw a0,a1,-2048", "addiw a0,zero,2047",
    "addiw a0,a1,1", "slliw a0,a1,0", "slliw a0,a1,31", "srliw a0,a1,31",
    "sraiw a0,a1,31", "sraiw a0,a1,1", "addw a0,a1,a2", "subw a0,a1,a2",
    "subw a0,zero,a1", "sllw a0,a1,a2", "srlw a0,a1,a2", "sraw a0,a1,a2",
    "fence", "fence rw,rw", "fence r,w", "fence i,o", "fence iorw,r",
    "fence w,iorw", "fence.tso", "fence.i", ".insn 0x0100000f",
    ".insn 0x0000000f", ".insn 0x0010000f",
    "ecall", "ebreak", "mret", "wfi", "unimp",
    "csrrw a0,mstatus,a1", "csrrw zero,mstatus,a1", "csrrw a0,mstatus,zero",
    "csrrw zero,cycle,zero", "csrrw zero,time,zero", "csrrw zero,cycle,a0",
    "csrrs a0,mstatus,a1", "csrrs a0,mepc,zero", "csrrs zero,mie,a0",
    "csrrs zero,mip,zero", "rdcycle a0", "rdtime t0", "rdinstret zero",
    "csrrc a0,mcause,a1", "csrrc zero,mie,a0", "csrrc zero,mie,zero",
    "csrrc a0,mie,zero", "csrrwi a0,mtvec,0", "csrrwi zero,mtvec,31",
    "csrrsi a0,sstatus,1", "csrrsi zero,sstatus,2", "csrrci a0,sie,31",
    "csrrci zero,sie,8", "csrrsi zero,sstatus,0",
    "lr.w a0,(a1)", "lr.w.aq zero,(t6)", "lr.w.rl a0,(a0)",
    "lr.w.aqrl t6,(zero)", "lr.d a0,(a1)", "lr.d.aqrl ra,(sp)",
    "sc.w a0,a2,(a1)", "sc.w.rl zero,zero,(zero)", "sc.d.aq t6,t5,(t4)",
    "sc.d.aqrl a0,a0,(a0)",
    "amoswap.w a0,a1,(a2)", "amoadd.w.aq a0,a1,(a2)",
    "amoxor.w.rl zero,a1,(a2)", "amoand.w.aqrl a0,zero,(a2)",
    "amoor.w a0,a1,(zero)", "amomin.w t6,t5,(t4)", "amomax.w a0,a1,(a2)",
    "amominu.w a0,a1,(a2)", "amomaxu.w a0,a1,(a2)",
    "amoswap.d.aqrl a0,a1,(a2)", "amoadd.d a0,a1,(a2)",
    "amoxor.d a0,a1,(a2)", "amoand.d a0,a1,(a2)", "amoor.d.aq a0,a1,(a2)",
    "amomin.d.rl a0,a1,(a2)", "amomax.d a0,a0,(a0)",
    "amominu.d zero,zero,(zero)", "amomaxu.d a0,a1,(a2)",
    /* F and D, their aliases and rounding modes */
    "flw fa0,-4(a1)", "fld fs11,2047(sp)", "fsw ft0,-2048(zero)",
    "fsd ft11,8(a0)", "fadd.s fa0,fa1,fa2", "fadd.s fa0,fa1,fa2,rne",
    "fsub.d ft0,ft1,ft2,rtz", "fmul.s fs0,fs1,fs2,rdn",
    "fdiv.d fa7,fa6,fa5,rup", "fsqrt.s ft8,ft9,rmm",
    "fmadd.s fa0,fa1,fa2,fa3", "fmsub.d fa0,fa1,fa2,fa3,rtz",
    "fnmsub.s ft0,ft1,ft2,ft3,rne", "fnmadd.d fs8,fs9,fs10,fs11",
    "fsgnj.s fa0,fa1,fa1", "fsgnjn.d fa0,fa1,fa1", "fsgnjx.s fa0,fa1,fa1",
    "fsgnj.d fa0,fa1,fa2", "fmin.s fa0,fa1,fa2", "fmax.d fa0,fa1,fa2",
    "fcvt.w.s a0,fa1,rtz", "fcvt.lu.d a0,fa1", "fcvt.s.w fa0,a1",
    "fcvt.d.lu fa0,a1,rup", "fcvt.s.d fa0,fa1", "fcvt.d.s fa0,fa1",
    "fcvt.d.w fa0,a1", "fcvt.d.wu fa0,zero", "fmv.x.w a0,fa1",
    "fmv.w.x fa0,a1", "fmv.x.d zero,ft0", "fmv.d.x ft0,zero",
    "feq.s a0,fa1,fa2", "flt.d a0,fa1,fa2", "fle.s zero,fa1,fa2",
    "fclass.s a0,fa1", "fclass.d a0,fa1",
    "frflags a0", "fsflags a1", "fsflags a0,a1", "fsflagsi a0,3",
    "fsflagsi zero,31", "frrm a0", "fsrm a1", "fsrm a0,a1", "fsrmi zero,2",
    "frcsr a0", "fscsr a1", "fscsr a0,a1", "csrrwi a0,fcsr,3",
    "csrrs a0,fflags,a1", "csrrc zero,frm,a1",
    /* words neither emu nor objdump (-march=rv64imafd_zb*) decodes */
    ".insn 0x0000007b", ".insn 0x00100173", ".insn 0x30200173",
    ".insn 0x0e000033", ".insn 0x4200501b", ".insn 0x08001013",
    ".insn 0x0000002f", ".insn 0x00000057", ".insn 0x1010202f",
    ".insn 0x0000402f", ".insn 0x2800202f",
};

/*
 * CSR numbers for generated words: every one emu names, and unallocated
 * ones that both emu and objdump print in hex. (objdump names more than
 * emu, e.g. dcsr, uie, cycleh; those are avoided.)
 */
static const uint16_t csr_numbers[] = {
    0x001, 0x002, 0x003, 0x100, 0x104, 0x105, 0x140, 0x141, 0x142, 0x143,
    0x144, 0x180, 0x300, 0x301, 0x302, 0x303, 0x304, 0x305, 0x306, 0x340,
    0x341, 0x342, 0x343, 0x344, 0xb00, 0xb02, 0xc00, 0xc01, 0xc02, 0xf11,
    0xf12, 0xf13, 0xf14, 0x010, 0x0ff, 0x3ff, 0x400, 0x5c0, 0x7c0, 0x800,
    0xbc0, 0xbff, 0xfff,
};

/* Aliases objdump prints that the generated file must exercise. */
static const char *const alias_names[] = {
    "nop",     "li",      "mv",        "not",   "neg",   "negw",
    "sext.w",  "zext.b",  "seqz",      "snez",  "sltz",  "sgtz",
    "beqz",    "bnez",    "blez",      "bgez",  "bltz",  "bgtz",
    "j",       "jal",     "jr",        "jalr",  "ret",   "csrr",
    "csrw",    "csrs",    "csrc",      "csrwi", "csrsi", "csrci",
    "rdcycle", "rdtime",  "rdinstret", "unimp", "fence", "fence.tso",
    "fence.i", "zext.w", "fmv.s",   "fneg.d",    "fabs.s", "frflags", "fsflags",
    "fsflagsi", "frrm",   "fsrm",      "fsrmi", "frcsr", "fscsr",
};

#define RANDOM_PER_PATTERN 48

/*
 * A random word for pattern p, biased toward what aliases key on (zero and
 * ra registers, imm 0, 1, -1) and toward the ends of immediate ranges.
 */
static uint32_t random_word(const RvPattern *p, int id, uint64_t *rng)
{
    uint32_t imm_bits = rv_operand_bits[p->fmt] & ~rv_reg_bits[p->fmt];
    uint32_t w = p->match | ((uint32_t)rng_next(rng) & ~p->mask);
    static const uint32_t regs[] = { RD_BITS, RS1_BITS, RS2_BITS };

    for (unsigned i = 0; i < 3; i++) {
        uint32_t r = (uint32_t)rng_next(rng) & 7;
        uint32_t f = regs[i] & rv_reg_bits[p->fmt];
        if (r < 3) {
            w &= ~f;
        } else if (r == 3) {
            w = (w & ~f) | (f & (f >> 4)); /* the field's lowest bit: ra */
        }
    }
    if (imm_bits != 0) {
        uint32_t top = 1u << (31 - __builtin_clz(imm_bits));
        uint32_t low = imm_bits & -imm_bits;
        uint32_t pick[] = { 0, imm_bits, top, imm_bits & ~top, low };
        uint32_t r = (uint32_t)rng_next(rng) % 10;
        if (r < ARRAY_LEN(pick)) {
            w = (w & ~imm_bits) | pick[r];
        }
    }
    if (p->fmt == RV_FMT_CSR) {
        uint32_t csr = csr_numbers[rng_next(rng) % ARRAY_LEN(csr_numbers)];
        w = (w & 0x000fffffu) | csr << 20;
    } else if (p->fmt == RV_FMT_FENCE) {
        /* objdump rejects the reserved rd/rs1/fm values (directed above). */
        w &= ~(0xf0000000u | RS1_BITS | RD_BITS);
        if (rng_next(rng) % 4 == 0) {
            w = 0x8330000fu; /* fence.tso */
        }
    } else if (id == RV_INSN_fence_i) {
        w = p->match;
    } else if (id == RV_INSN_fcvt_d_s || id == RV_INSN_fcvt_d_w ||
               id == RV_INSN_fcvt_d_wu) {
        /* objdump only decodes rne there (other modes: directed above) */
        w &= ~RM_BITS;
    }
    return w;
}

/*
 * Writes the assembler source; returns the number of instructions in it,
 * or 0 if the file could not be written.
 */
static unsigned write_source(const char *path)
{
    FILE *f = fopen(path, "w");
    unsigned n = 0;
    uint64_t rng = 0x2545f4914f6cdd1dull;

    if (f == NULL) {
        return 0;
    }
    fprintf(f, "\t.text\n\t.option norvc\n");
    for (size_t i = 0; i < ARRAY_LEN(asm_lines); i++, n++) {
        fprintf(f, "\t%s\n", asm_lines[i]);
    }
    for (unsigned r = 0; r < 32; r++, n += 2) {
        fprintf(f, "\tadd x%u,x%u,x%u\n", r, (r + 1) % 32, (r + 2) % 32);
        fprintf(f, "\tld x%u,-8(x%u)\n", r, (r + 3) % 32);
    }
    for (size_t i = 0; i < ARRAY_LEN(csr_numbers); i++, n++) {
        fprintf(f, "\tcsrrs a0,0x%x,zero\n", csr_numbers[i]);
    }
    for (unsigned i = 0; i < RV_INSN__COUNT; i++) {
        for (unsigned k = 0; k < RANDOM_PER_PATTERN; k++, n++) {
            fprintf(f, "\t.insn 0x%08" PRIx32 "\n",
                    random_word(&rv_patterns[i], (int)i, &rng));
        }
    }
    if (fclose(f) != 0) {
        return 0;
    }
    return n;
}

/* Collapses whitespace runs to one space and trims both ends, in place. */
static void squeeze(char *s)
{
    char *d = s;
    bool space = false;

    for (const char *p = s; *p; p++) {
        if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
            space = d != s;
        } else {
            if (space) {
                *d++ = ' ';
                space = false;
            }
            *d++ = *p;
        }
    }
    *d = '\0';
}

/*
 * objdump's text in emu's terms, each rule for a reason:
 *  - "# ..." comments: objdump tracks lui/auipc across lines, emu
 *    formats one instruction at a time;
 *  - "4c <.text+0x4c>": objdump names targets by symbol; without symbols
 *    (emu's case) objdump prints them "0x4c";
 *  - binutils 2.39-2.41 print addi/slli/xori/csrrwi/... with their
 *    register-form names (add a0,a1,5; csrw mstatus,5), which gas also
 *    accepts; emu prints the ISA manual's names (also for bclri, bexti,
 *    binvi, bseti, rori and roriw).
 */
static void normalize_objdump(char *s)
{
    static const char *const imm_forms[] = {
        "add",   "addw",  "xor",   "or",   "and",  "sll",
        "srl",   "sra",   "sllw",  "srlw", "sraw", "csrrw",
        "csrrs", "csrrc", "csrw",  "csrs", "csrc", "bclr",
        "bext",  "binv",  "bset",  "ror",  "rorw",
    };
    char *hash = strchr(s, '#');
    if (hash != NULL) {
        *hash = '\0';
    }
    squeeze(s);

    char *sym = strstr(s, " <");
    size_t len = strlen(s);
    if (sym != NULL && len > 0 && s[len - 1] == '>') {
        *sym = '\0';
        char *last = strrchr(s, ',');
        last = last ? last + 1 : strchr(s, ' ') + 1;
        memmove(last + 2, last, strlen(last) + 1);
        last[0] = '0';
        last[1] = 'x';
    }

    char *sp = strchr(s, ' ');
    if (sp == NULL) {
        return;
    }
    char *last = strrchr(s, ',');
    last = last ? last + 1 : sp + 1;
    if (!(last[0] == '-' || (last[0] >= '0' && last[0] <= '9'))) {
        return;
    }
    size_t mlen = (size_t)(sp - s);
    for (size_t i = 0; i < ARRAY_LEN(imm_forms); i++) {
        if (strlen(imm_forms[i]) == mlen &&
            strncmp(s, imm_forms[i], mlen) == 0) {
            /* addw -> addiw, but csrw -> csrwi */
            size_t at = (s[mlen - 1] == 'w' && strncmp(s, "csr", 3) != 0)
                            ? mlen - 1
                            : mlen;
            memmove(s + at + 1, s + at, strlen(s + at) + 1);
            s[at] = 'i';
            return;
        }
    }
}

/* Parses "   4c:\t00a58533          \tadd\ta0,a1,a0"; false if not one. */
static bool parse_line(const char *line, uint64_t *pc, uint32_t *word,
                       unsigned *digits, const char **text)
{
    const char *p = line;
    char *end;

    while (*p == ' ') {
        p++;
    }
    *pc = strtoull(p, &end, 16);
    if (end == p || *end != ':') {
        return false;
    }
    p = end + 1;
    while (*p == ' ' || *p == '\t') {
        p++;
    }
    *word = (uint32_t)strtoul(p, &end, 16);
    *digits = (unsigned)(end - p);
    if (*digits == 0) {
        return false;
    }
    *text = end;
    return true;
}

/* Encodings emu knows that objdump 2.40 prints as .4byte (Zicond). */
static bool objdump_unknown(int id)
{
    return id == RV_INSN_czero_eqz || id == RV_INSN_czero_nez;
}

static void compare_listing(FILE *dis, unsigned expected)
{
    bool seen_id[RV_INSN__COUNT] = { false };
    bool seen_alias[ARRAY_LEN(alias_names)] = { false };
    char line[512], want[512], got[128];
    unsigned lines = 0;

    while (fgets(line, sizeof(line), dis) != NULL) {
        uint64_t pc;
        uint32_t word;
        unsigned digits;
        const char *text;
        uint8_t code[4];
        RvArgs a;

        if (!parse_line(line, &pc, &word, &digits, &text)) {
            continue;
        }
        lines++;
        if (digits != 8) {
            check(false, "c: objdump", "unexpected line: %s", line);
            continue;
        }
        snprintf(want, sizeof(want), "%s", text);
        normalize_objdump(want);
        put_le32(code, word);
        unsigned n = rv_disas(got, sizeof(got), pc, code, 4);
        squeeze(got);
        int id = rv_decode32(word, &a);
        bool unknown = id >= 0 && objdump_unknown(id) &&
                       strncmp(want, ".4byte ", 7) == 0;
        check(n == 4 && (unknown || strcmp(got, want) == 0), "c: objdump",
              "0x%08" PRIx32 " at 0x%" PRIx64 ": emu \"%s\", objdump \"%s\"",
              word, pc, got, want);

        if (id >= 0) {
            seen_id[id] = true;
        }
        size_t mlen = strcspn(got, " ");
        for (size_t i = 0; i < ARRAY_LEN(alias_names); i++) {
            if (strlen(alias_names[i]) == mlen &&
                strncmp(got, alias_names[i], mlen) == 0) {
                seen_alias[i] = true;
            }
        }
    }
    check(lines == expected, "c: objdump", "listing has %u instructions, "
          "the source %u", lines, expected);
    for (unsigned i = 0; i < RV_INSN__COUNT; i++) {
        check(seen_id[i], "c: coverage", "no objdump line for %s",
              rv_patterns[i].name);
    }
    for (size_t i = 0; i < ARRAY_LEN(alias_names); i++) {
        check(seen_alias[i], "c: coverage", "alias %s never printed",
              alias_names[i]);
    }
}

#define AS "riscv64-linux-gnu-as"
#define OBJDUMP "riscv64-linux-gnu-objdump"

/*
 * Assembles the file write_src() makes (for ISA march), disassembles it
 * with objdump -d and hands the listing to compare() with the number of
 * instructions written.
 */
static void objdump_round_trip(const char *march,
                               unsigned (*write_src)(const char *path),
                               void (*compare)(FILE *dis, unsigned n))
{
    char dir[256], src[300], obj[300], log[300], cmd[1024];
    const char *tmp = getenv("TMPDIR");

    if (system("command -v " AS " >/dev/null 2>&1 && "
               "command -v " OBJDUMP " >/dev/null 2>&1") != 0) {
        check(false, "c: objdump", AS " or " OBJDUMP " not found "
              "(scripts/setup-deps.sh installs them)");
        return;
    }
    snprintf(dir, sizeof(dir), "%s/emu-test-rv-decode.XXXXXX",
             tmp && tmp[0] ? tmp : "/tmp");
    if (mkdtemp(dir) == NULL) {
        check(false, "c: objdump", "mkdtemp(%s) failed", dir);
        return;
    }
    snprintf(src, sizeof(src), "%s/t.s", dir);
    snprintf(obj, sizeof(obj), "%s/t.o", dir);
    snprintf(log, sizeof(log), "%s/as.log", dir);

    unsigned n = write_src(src);
    check(n > 0, "c: objdump", "cannot write %s", src);
    snprintf(cmd, sizeof(cmd),
             AS " -march=%s -mno-relax -o '%s' '%s' 2>'%s'", march, obj, src,
             log);
    if (n > 0 && system(cmd) != 0) {
        check(false, "c: objdump", "%s failed:", cmd);
        FILE *l = fopen(log, "r");
        char line[256];
        for (unsigned i = 0; l && i < 10 && fgets(line, sizeof(line), l);
             i++) {
            printf("  %s", line);
        }
        if (l) {
            fclose(l);
        }
        n = 0;
    }
    if (n > 0) {
        snprintf(cmd, sizeof(cmd), OBJDUMP " -d '%s'", obj);
        FILE *dis = popen(cmd, "r");
        if (dis == NULL) {
            check(false, "c: objdump", "popen(%s) failed", cmd);
        } else {
            compare(dis, n);
            check(pclose(dis) == 0, "c: objdump", "%s failed", cmd);
        }
    }
    unlink(src);
    unlink(obj);
    unlink(log);
    if (rmdir(dir) != 0) {
        check(false, "c: objdump", "cannot remove %s", dir);
    }
}

static void test_disas_objdump(void)
{
    objdump_round_trip("rv64imafd_zba_zbb_zbc_zbs_zicbom_zicboz_zicsr_zifencei", write_source,
                       compare_listing);
}

/* Every 16-bit parcel (bits 1:0 != 11), in order from 0. */
static unsigned write_source16(const char *path)
{
    FILE *f = fopen(path, "w");
    unsigned n = 0;

    if (f == NULL) {
        return 0;
    }
    fprintf(f, "\t.text\n");
    for (uint32_t v = 0; v < 0x10000; v++) {
        if ((v & 3) != 3) {
            fprintf(f, "\t.insn 2, 0x%04" PRIx32 "\n", v);
            n++;
        }
    }
    if (fclose(f) != 0) {
        return 0;
    }
    return n;
}

/*
 * Parcels objdump decodes that emu holds illegal, each for a reason; any
 * other difference fails, reserved encodings included.
 */
static const struct {
    uint16_t mask, match;
    const char *why;
} objdump_only16[] = {
    { 0xffff, 0x6101, "c.addi16sp with nzimm = 0 is reserved" },
};

static void compare_listing16(FILE *dis, unsigned expected)
{
    bool seen[RV_C__COUNT] = { false };
    char line[512], want[512], got[128];
    unsigned lines = 0, bad = 0, loose = 0;
    uint32_t next = 0;

    while (fgets(line, sizeof(line), dis) != NULL) {
        uint64_t pc;
        uint32_t word;
        unsigned digits;
        const char *text;
        RvArgs a;

        if (!parse_line(line, &pc, &word, &digits, &text)) {
            continue;
        }
        lines++;
        while ((next & 3) == 3) {
            next++;
        }
        if (digits != 4 || word != next || pc != 2 * (lines - 1)) {
            check(false, "c16: objdump", "unexpected line: %s", line);
            next = word + 1;
            continue;
        }
        next++;
        snprintf(want, sizeof(want), "%s", text);
        normalize_objdump(want);
        uint8_t code[2] = { (uint8_t)word, (uint8_t)(word >> 8) };
        unsigned n = rv_disas(got, sizeof(got), pc, code, 2);
        squeeze(got);
        int id = rv_decode16((uint16_t)word, &a);
        if (id >= 0) {
            seen[id] = true;
        }
        if (n == 2 && strcmp(got, want) == 0) {
            continue;
        }
        bool listed = false;
        if (rv_decode16_insn32((uint16_t)word, &a) < 0) {
            for (size_t i = 0; i < ARRAY_LEN(objdump_only16); i++) {
                if ((word & objdump_only16[i].mask) ==
                    objdump_only16[i].match) {
                    listed = true;
                }
            }
        }
        if (listed) {
            loose++;
        } else if (bad++ < 20) {
            check(false, "c16: objdump",
                  "0x%04" PRIx32 " at 0x%" PRIx64 ": emu \"%s\", objdump "
                  "\"%s\"", word, pc, got, want);
        }
    }
    check(bad == 0, "c16: objdump", "%u of %u parcels differ", bad, lines);
    check(lines == expected, "c16: objdump", "listing has %u parcels, the "
          "source %u", lines, expected);
    check(loose == 1, "c16: objdump", "%u known differences, "
          "expected only c.addi16sp 0", loose);
    for (unsigned i = 0; i < RV_C__COUNT; i++) {
        check(seen[i], "c16: coverage", "no objdump line for %s",
              rv_patterns16[i].name);
    }
}

/* objdump reads the ISA from the object: rv64gc, so that it decodes the
 * FP forms too, and emu's differences there are the listed ones. */
static void test_disas_objdump16(void)
{
    objdump_round_trip("rv64gc", write_source16, compare_listing16);
}

int main(void)
{
    rv_decode_init();
    test_patterns();
    test_patterns16();
    test_fields();
    test_fields16();
    test_disas_directed();
    test_disas_objdump();
    test_disas_objdump16();
    printf("%u passed, %u failed\n", n_passed, n_failed);
    return n_failed == 0 ? 0 : 1;
}
