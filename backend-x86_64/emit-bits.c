/* SPDX-License-Identifier: MIT */
/*
 * Emitters for bit counts and byte reversal. lzcnt, tzcnt and popcnt are
 * used only when cpuid reports them (jit-gen.c): on a host without LZCNT
 * the lzcnt encoding silently runs as bsr. The fallbacks work on any
 * x86-64: bsr/bsf with a cmov for a zero input, and a SWAR popcount.
 */
#include "backend-x86_64/jit.h"

static bool is_w64(const IrOp *op)
{
    return op->opc == IR_OP_clz_i64 || op->opc == IR_OP_ctz_i64 ||
           op->opc == IR_OP_ctpop_i64;
}

/* clz = (width - 1) ^ bsr(x); for 0, bsr is replaced by 2 * width - 1. */
static void emit_clz(Jit *j, const IrOp *op, const JitArg *a)
{
    bool w64 = is_w64(op);
    unsigned width = w64 ? 64 : 32;

    if (jit_have_lzcnt) {
        x86_lzcnt(&j->buf, w64, a[0].reg, a[1].reg);
        return;
    }
    x86_mov_ri(&j->buf, JIT_TMP0, 2 * width - 1);
    x86_bsr(&j->buf, w64, a[0].reg, a[1].reg);
    x86_cmov(&j->buf, w64, X86_CC_E, a[0].reg, JIT_TMP0);
    x86_alu_ri(&j->buf, w64, X86_XOR, a[0].reg, (int32_t)(width - 1));
}

static void emit_ctz(Jit *j, const IrOp *op, const JitArg *a)
{
    bool w64 = is_w64(op);

    if (jit_have_tzcnt) {
        x86_tzcnt(&j->buf, w64, a[0].reg, a[1].reg);
        return;
    }
    x86_mov_ri(&j->buf, JIT_TMP0, w64 ? 64 : 32);
    x86_bsf(&j->buf, w64, a[0].reg, a[1].reg);
    x86_cmov(&j->buf, w64, X86_CC_E, a[0].reg, JIT_TMP0);
}

/* out &= mask (a 64-bit constant) through the scratch TMP1. */
static void and_const(X86Buf *b, X86Reg r, uint64_t mask)
{
    x86_mov_ri(b, JIT_TMP1, mask);
    x86_alu_rr(b, true, X86_AND, r, JIT_TMP1);
}

static void emit_ctpop(Jit *j, const IrOp *op, const JitArg *a)
{
    X86Buf *b = &j->buf;
    bool w64 = is_w64(op);
    X86Reg o = a[0].reg;

    if (jit_have_popcnt) {
        x86_popcnt(b, w64, o, a[1].reg);
        return;
    }
    /* A 32-bit input is zero-extended; the 64-bit count then fits. */
    x86_mov_rr(b, w64, o, a[1].reg);
    /* Pairs: o -= (o >> 1) & 0x55.. */
    x86_mov_rr(b, true, JIT_TMP0, o);
    x86_shift_ri(b, true, X86_SHR, JIT_TMP0, 1);
    and_const(b, JIT_TMP0, 0x5555555555555555ull);
    x86_alu_rr(b, true, X86_SUB, o, JIT_TMP0);
    /* Nibbles: o = (o & 0x33..) + ((o >> 2) & 0x33..) */
    x86_mov_rr(b, true, JIT_TMP0, o);
    x86_shift_ri(b, true, X86_SHR, JIT_TMP0, 2);
    x86_mov_ri(b, JIT_TMP1, 0x3333333333333333ull);
    x86_alu_rr(b, true, X86_AND, JIT_TMP0, JIT_TMP1);
    x86_alu_rr(b, true, X86_AND, o, JIT_TMP1);
    x86_alu_rr(b, true, X86_ADD, o, JIT_TMP0);
    /* Bytes: o = (o + (o >> 4)) & 0x0f.. */
    x86_mov_rr(b, true, JIT_TMP0, o);
    x86_shift_ri(b, true, X86_SHR, JIT_TMP0, 4);
    x86_alu_rr(b, true, X86_ADD, o, JIT_TMP0);
    and_const(b, o, 0x0f0f0f0f0f0f0f0full);
    /* Sum of the bytes in the top byte. */
    x86_mov_ri(b, JIT_TMP1, 0x0101010101010101ull);
    x86_imul_rr(b, true, o, JIT_TMP1);
    x86_shift_ri(b, true, X86_SHR, o, 56);
}

static void emit_bswap(Jit *j, const IrOp *op, const JitArg *a)
{
    (void)op;
    x86_bswap(&j->buf, true, a[0].reg);
}

#define STD(opn, fn, o, ...)                                                  \
    defs[IR_OP_##opn] = (EmitDef){ .emit = fn, .out = o, .in = { __VA_ARGS__ } }

void jit_emit_bits_init(EmitDef *defs)
{
    STD(clz_i32, emit_clz, O_NEW, C_R);
    STD(clz_i64, emit_clz, O_NEW, C_R);
    STD(ctz_i32, emit_ctz, O_NEW, C_R);
    STD(ctz_i64, emit_ctz, O_NEW, C_R);
    STD(ctpop_i32, emit_ctpop, O_NEW, C_R);
    STD(ctpop_i64, emit_ctpop, O_NEW, C_R);
    STD(bswap_i64, emit_bswap, O_SAME_IN0, C_R);
}
