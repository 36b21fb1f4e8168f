/* SPDX-License-Identifier: MIT */
/*
 * Pattern compilation and lookup for insn32.def and insn16.def. 32-bit
 * patterns are bucketed by the major opcode (bits 6:2), 16-bit ones by
 * quadrant and funct3 (bits 1:0, 15:13); each bucket is scanned in table
 * order, so a 16-bit exception row listed first wins over its wider row.
 */
#include <assert.h>
#include <string.h>

#include "frontend-riscv/decode.h"

RvPattern rv_patterns[RV_INSN__COUNT] = {
#define INSN(n, f, p) [RV_INSN_##n] = { .name = #n, .fmt = RV_FMT_##f, .pattern = p },
#include "frontend-riscv/insn32.def"
#undef INSN
};

RvPattern16 rv_patterns16[RV_C__COUNT] = {
#define INSN16(n, t, f, p)                                                   \
    [RV_C_##n] = { .name = #n, .insn32 = RV_INSN_##t, .fmt = RV_CFMT_##f,    \
                   .pattern = p },
#define RSV16(n, p)                                                          \
    [RV_C_##n] = { .name = #n, .insn32 = -1, .fmt = RV_CFMT_N, .pattern = p },
#include "frontend-riscv/insn16.def"
#undef INSN16
#undef RSV16
};

#define NBUCKETS 32
#define BUCKET_MAX 64

static uint8_t bucket[NBUCKETS][BUCKET_MAX];
static uint8_t bucket_len[NBUCKETS];
static bool ready;

/* 16-bit buckets: quadrant (0-2) * 8 + funct3. */
#define NBUCKETS16 24
#define BUCKET16_MAX 16

static uint8_t bucket16[NBUCKETS16][BUCKET16_MAX];
static uint8_t bucket16_len[NBUCKETS16];

static unsigned bucket16_of(uint16_t h)
{
    return (h & 3) * 8 + (h >> 13);
}

static void init16(void)
{
    for (unsigned i = 0; i < RV_C__COUNT; i++) {
        RvPattern16 *p = &rv_patterns16[i];
        assert(strlen(p->pattern) == 16);
        p->mask = p->match = 0;
        for (unsigned b = 0; b < 16; b++) {
            char c = p->pattern[15 - b];
            if (c != '-') {
                p->mask |= (uint16_t)(1u << b);
                p->match |= (uint16_t)((c == '1') << b);
            }
        }
        /* Every row fixes the quadrant and funct3: one bucket each. */
        assert((p->mask & 0xe003) == 0xe003 && (p->match & 3) != 3);
        unsigned k = bucket16_of(p->match);
        assert(bucket16_len[k] < BUCKET16_MAX);
        bucket16[k][bucket16_len[k]++] = (uint8_t)i;
    }
}

void rv_decode_init(void)
{
    if (ready) {
        return;
    }
    for (unsigned i = 0; i < RV_INSN__COUNT; i++) {
        RvPattern *p = &rv_patterns[i];
        assert(strlen(p->pattern) == 32);
        p->mask = p->match = 0;
        for (unsigned b = 0; b < 32; b++) {
            char c = p->pattern[31 - b];
            if (c != '-') {
                p->mask |= 1u << b;
                p->match |= (uint32_t)(c == '1') << b;
            }
        }
        /* Every pattern fixes bits 6:0, so it lives in exactly one bucket. */
        assert((p->mask & 0x7f) == 0x7f);
        unsigned k = (p->match >> 2) & 31;
        assert(bucket_len[k] < BUCKET_MAX);
        bucket[k][bucket_len[k]++] = i;
    }
    init16();
    ready = true;
}

static int64_t sext(uint64_t v, unsigned bits)
{
    return (int64_t)(v << (64 - bits)) >> (64 - bits);
}

void rv_decode_args(RvFormat fmt, uint32_t w, RvArgs *a)
{
    a->rd = (w >> 7) & 31;
    a->rs1 = (w >> 15) & 31;
    a->rs2 = (w >> 20) & 31;
    a->rs3 = (w >> 27) & 31; /* R4 formats only */
    switch (fmt) {
    case RV_FMT_I:
    case RV_FMT_FENCE:
        a->imm = sext(w >> 20, 12);
        break;
    case RV_FMT_S:
        a->imm = sext(((w >> 25) << 5) | ((w >> 7) & 31), 12);
        break;
    case RV_FMT_B:
        a->imm = sext(((w >> 31) & 1) << 12 | ((w >> 7) & 1) << 11 |
                          ((w >> 25) & 63) << 5 | ((w >> 8) & 15) << 1,
                      13);
        break;
    case RV_FMT_U:
        a->imm = sext(w & 0xfffff000u, 32);
        break;
    case RV_FMT_J:
        a->imm = sext(((w >> 31) & 1) << 20 | ((w >> 12) & 255) << 12 |
                          ((w >> 20) & 1) << 11 | ((w >> 21) & 1023) << 1,
                      21);
        break;
    case RV_FMT_SH6:
        a->imm = (w >> 20) & 63;
        break;
    case RV_FMT_SH5:
        a->imm = (w >> 20) & 31;
        break;
    case RV_FMT_CSR:
        a->imm = w >> 20;
        break;
    case RV_FMT_AMO:
    case RV_FMT_LR:
        a->imm = (w >> 25) & 3;
        break;
    case RV_FMT_R:
    case RV_FMT_R1:
    case RV_FMT_N:
    case RV_FMT_R2:
    case RV_FMT_SS:
    case RV_FMT_CBO:
        a->imm = 0;
        break;
    case RV_FMT_R4_RM:
    case RV_FMT_R_RM:
    case RV_FMT_R2_RM:
        a->imm = (w >> 12) & 7;
        break;
    }
}

int rv_decode32(uint32_t w, RvArgs *a)
{
    if ((w & 3) != 3) {
        return -1;
    }
    unsigned k = (w >> 2) & 31;
    for (unsigned i = 0; i < bucket_len[k]; i++) {
        const RvPattern *p = &rv_patterns[bucket[k][i]];
        if ((w & p->mask) == p->match) {
            rv_decode_args(p->fmt, w, a);
            return bucket[k][i];
        }
    }
    return -1;
}

/* Bits [hi:lo] of h moved to bit 'at' of the result. */
static uint64_t field(uint16_t h, unsigned hi, unsigned lo, unsigned at)
{
    return (uint64_t)((h >> lo) & ((1u << (hi - lo + 1)) - 1)) << at;
}

/* A 3-bit register field at bit lo: x8-x15. */
static uint8_t creg(uint16_t h, unsigned lo)
{
    return (uint8_t)(8 + ((h >> lo) & 7));
}

void rv_decode16_args(RvFormat16 fmt, uint16_t h, RvArgs *a)
{
    uint8_t r11_7 = (h >> 7) & 31, r6_2 = (h >> 2) & 31;
    /* CI-style imm[5] at 12, imm[4:0] at 6:2 */
    uint64_t ci6 = field(h, 12, 12, 5) | field(h, 6, 2, 0);

    a->rd = a->rs1 = a->rs2 = 0;
    a->imm = 0;
    switch (fmt) {
    case RV_CFMT_CIW:
        a->rd = creg(h, 2);
        a->rs1 = 2;
        a->imm = (int64_t)(field(h, 12, 11, 4) | field(h, 10, 7, 6) |
                           field(h, 6, 6, 2) | field(h, 5, 5, 3));
        break;
    case RV_CFMT_CL_W:
    case RV_CFMT_CS_W:
    case RV_CFMT_CL_D:
    case RV_CFMT_CS_D:
        a->rs1 = creg(h, 7);
        if (fmt == RV_CFMT_CL_W || fmt == RV_CFMT_CL_D) {
            a->rd = creg(h, 2);
        } else {
            a->rs2 = creg(h, 2);
        }
        if (fmt == RV_CFMT_CL_W || fmt == RV_CFMT_CS_W) {
            a->imm = (int64_t)(field(h, 12, 10, 3) | field(h, 6, 6, 2) |
                               field(h, 5, 5, 6));
        } else {
            a->imm = (int64_t)(field(h, 12, 10, 3) | field(h, 6, 5, 6));
        }
        break;
    case RV_CFMT_CI:
        a->rd = a->rs1 = r11_7;
        a->imm = sext(ci6, 6);
        break;
    case RV_CFMT_CI_LI:
        a->rd = r11_7;
        a->imm = sext(ci6, 6);
        break;
    case RV_CFMT_CI_16SP:
        a->rd = a->rs1 = 2;
        a->imm = sext(field(h, 12, 12, 9) | field(h, 6, 6, 4) |
                          field(h, 5, 5, 6) | field(h, 4, 3, 7) |
                          field(h, 2, 2, 5),
                      10);
        break;
    case RV_CFMT_CI_LUI:
        a->rd = r11_7;
        a->imm = sext(ci6 << 12, 18);
        break;
    case RV_CFMT_CI_SH:
        a->rd = a->rs1 = r11_7;
        a->imm = (int64_t)ci6;
        break;
    case RV_CFMT_CI_LWSP:
        a->rd = r11_7;
        a->rs1 = 2;
        a->imm = (int64_t)(field(h, 12, 12, 5) | field(h, 6, 4, 2) |
                           field(h, 3, 2, 6));
        break;
    case RV_CFMT_CI_LDSP:
        a->rd = r11_7;
        a->rs1 = 2;
        a->imm = (int64_t)(field(h, 12, 12, 5) | field(h, 6, 5, 3) |
                           field(h, 4, 2, 6));
        break;
    case RV_CFMT_CB_SH:
        a->rd = a->rs1 = creg(h, 7);
        a->imm = (int64_t)ci6;
        break;
    case RV_CFMT_CB_ANDI:
        a->rd = a->rs1 = creg(h, 7);
        a->imm = sext(ci6, 6);
        break;
    case RV_CFMT_CB_BR:
        a->rs1 = creg(h, 7);
        a->imm = sext(field(h, 12, 12, 8) | field(h, 11, 10, 3) |
                          field(h, 6, 5, 6) | field(h, 4, 3, 1) |
                          field(h, 2, 2, 5),
                      9);
        break;
    case RV_CFMT_CA:
        a->rd = a->rs1 = creg(h, 7);
        a->rs2 = creg(h, 2);
        break;
    case RV_CFMT_CJ:
        a->imm = sext(field(h, 12, 12, 11) | field(h, 11, 11, 4) |
                          field(h, 10, 9, 8) | field(h, 8, 8, 10) |
                          field(h, 7, 7, 6) | field(h, 6, 6, 7) |
                          field(h, 5, 3, 1) | field(h, 2, 2, 5),
                      12);
        break;
    case RV_CFMT_CR_JR:
        a->rs1 = r11_7;
        break;
    case RV_CFMT_CR_MV:
        a->rd = r11_7;
        a->rs2 = r6_2;
        break;
    case RV_CFMT_CR_JALR:
        a->rd = 1;
        a->rs1 = r11_7;
        break;
    case RV_CFMT_CR_ADD:
        a->rd = a->rs1 = r11_7;
        a->rs2 = r6_2;
        break;
    case RV_CFMT_CSS_SW:
        a->rs1 = 2;
        a->rs2 = r6_2;
        a->imm = (int64_t)(field(h, 12, 9, 2) | field(h, 8, 7, 6));
        break;
    case RV_CFMT_CSS_SD:
        a->rs1 = 2;
        a->rs2 = r6_2;
        a->imm = (int64_t)(field(h, 12, 10, 3) | field(h, 9, 7, 6));
        break;
    case RV_CFMT_N:
        break;
    }
}

int rv_decode16(uint16_t h, RvArgs *a)
{
    if ((h & 3) == 3) {
        return -1;
    }
    unsigned k = bucket16_of(h);
    for (unsigned i = 0; i < bucket16_len[k]; i++) {
        const RvPattern16 *p = &rv_patterns16[bucket16[k][i]];
        if ((h & p->mask) == p->match) {
            rv_decode16_args(p->fmt, h, a);
            return bucket16[k][i];
        }
    }
    return -1;
}

int rv_decode16_insn32(uint16_t h, RvArgs *a)
{
    int id = rv_decode16(h, a);
    return id < 0 ? -1 : rv_patterns16[id].insn32;
}
