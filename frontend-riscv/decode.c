/* SPDX-License-Identifier: MIT */
/*
 * Pattern compilation and lookup for insn32.def. Patterns are bucketed by
 * the major opcode (bits 6:2), and scanned in table order within a bucket.
 */
#include <assert.h>
#include <string.h>

#include "frontend-riscv/decode.h"

RvPattern rv_patterns[RV_INSN__COUNT] = {
#define INSN(n, f, p) [RV_INSN_##n] = { .name = #n, .fmt = RV_FMT_##f, .pattern = p },
#include "frontend-riscv/insn32.def"
#undef INSN
};

#define NBUCKETS 32
#define BUCKET_MAX 24

static uint8_t bucket[NBUCKETS][BUCKET_MAX];
static uint8_t bucket_len[NBUCKETS];
static bool ready;

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
    case RV_FMT_R:
    case RV_FMT_N:
    case RV_FMT_SS:
        a->imm = 0;
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
