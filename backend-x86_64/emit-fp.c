/* SPDX-License-Identifier: MIT */
/*
 * Emitters for the floating-point IR ops (ir/ir-fp.h) on SSE scalar
 * instructions. Per op: check the NaN boxing of f32 operands, load MXCSR
 * with 0x1f80 (round to nearest-even, every exception masked and clear,
 * no DAZ/FTZ), compute in xmm0-xmm2 (never allocated), store MXCSR to the
 * frame's scratch word and test it: IE, ZE, OE or UE, or a NaN result,
 * give the default NaN; else the result, and PE sets the inexact byte.
 * Comparisons are ucomisd/ucomiss and a setcc, MXCSR untouched.
 */
#include "backend-x86_64/jit.h"
#include "ir/ir-fp.h"

#define MXCSR_DEFAULT 0x1f80
#define MXCSR_SLOW 0x1d /* IE | ZE | OE | UE */
#define MXCSR_PE 0x20

static void emit_fp(Jit *j, const IrOp *op, const JitArg *a)
{
    X86Buf *b = &j->buf;
    IrOpc opc = (IrOpc)op->opc;
    bool dbl = opc <= IR_OP_fmadd_f64;
    unsigned nin = op->nin;
    X86Reg out = a[0].reg, xr = X86_RAX;
    X86Mem mx = x86_mem(X86_RSP, JIT_MXCSR_OFF);
    uint8_t *to_nan[5], *skip, *done;
    unsigned n = 0;

    if (!dbl) {
        x86_mov_ri(b, JIT_TMP0, IR_FP_BOX32);
        for (unsigned i = 0; i < nin; i++) {
            x86_alu_rr(b, true, X86_CMP, a[1 + i].reg, JIT_TMP0);
            to_nan[n++] = x86_jcc_rel32(b, X86_CC_B);
        }
    }
    for (unsigned i = 0; i < nin; i++) {
        x86_movq_xr(b, dbl, (X86Reg)i, a[1 + i].reg);
    }
    x86_store_imm(b, mx, MXCSR_DEFAULT, 4);
    x86_ldmxcsr(b, mx);
    switch (opc) {
    case IR_OP_fadd_f64: case IR_OP_fadd_f32:
        x86_sse_op(b, X86_SSE_ADD, dbl, X86_RAX, X86_RCX);
        break;
    case IR_OP_fsub_f64: case IR_OP_fsub_f32:
        x86_sse_op(b, X86_SSE_SUB, dbl, X86_RAX, X86_RCX);
        break;
    case IR_OP_fmul_f64: case IR_OP_fmul_f32:
        x86_sse_op(b, X86_SSE_MUL, dbl, X86_RAX, X86_RCX);
        break;
    case IR_OP_fdiv_f64: case IR_OP_fdiv_f32:
        x86_sse_op(b, X86_SSE_DIV, dbl, X86_RAX, X86_RCX);
        break;
    case IR_OP_fsqrt_f64: case IR_OP_fsqrt_f32:
        x86_sse_op(b, X86_SSE_SQRT, dbl, X86_RAX, X86_RAX);
        break;
    default:
        /* xmm2 = xmm0 * xmm1 + xmm2 */
        x86_vfmadd231(b, dbl, X86_RDX, X86_RAX, X86_RCX);
        xr = X86_RDX;
        break;
    }
    x86_stmxcsr(b, mx);
    x86_ucomis(b, dbl, xr, xr);
    to_nan[n++] = x86_jcc_rel32(b, X86_CC_P);
    x86_load(b, JIT_TMP0, mx, 4, false, false);
    x86_test_ri(b, false, JIT_TMP0, MXCSR_SLOW);
    to_nan[n++] = x86_jcc_rel32(b, X86_CC_NE);
    x86_movq_rx(b, dbl, out, xr);
    if (!dbl) {
        x86_mov_ri(b, JIT_TMP1, IR_FP_BOX32);
        x86_alu_rr(b, true, X86_OR, out, JIT_TMP1);
    }
    x86_test_ri(b, false, JIT_TMP0, MXCSR_PE);
    skip = x86_jcc_rel32(b, X86_CC_E);
    x86_or_mi8(b, x86_mem(JIT_ENV, (int32_t)ir_const(op, 0)), 1);
    x86_bind_rel32(b, skip);
    done = x86_jmp_rel32(b);
    for (unsigned i = 0; i < n; i++) {
        x86_bind_rel32(b, to_nan[i]);
    }
    x86_mov_ri(b, out, dbl ? IR_FP_SLOW_NAN64 : IR_FP_SLOW_NAN32);
    x86_bind_rel32(b, done);
}

/* Integer to float: never leaves the common case, PE is the inexact bit. */
static void emit_cvt(Jit *j, const IrOp *op, const JitArg *a)
{
    X86Buf *b = &j->buf;
    bool dbl = op->opc == IR_OP_cvt_f64_s64;
    X86Mem mx = x86_mem(X86_RSP, JIT_MXCSR_OFF);
    uint8_t *skip;

    x86_store_imm(b, mx, MXCSR_DEFAULT, 4);
    x86_ldmxcsr(b, mx);
    x86_cvtsi2s(b, dbl, X86_RAX, a[1].reg);
    x86_stmxcsr(b, mx);
    x86_movq_rx(b, dbl, a[0].reg, X86_RAX);
    if (!dbl) {
        x86_mov_ri(b, JIT_TMP1, IR_FP_BOX32);
        x86_alu_rr(b, true, X86_OR, a[0].reg, JIT_TMP1);
    }
    x86_alu_mi(b, false, X86_CMP, mx, MXCSR_DEFAULT);
    skip = x86_jcc_rel32(b, X86_CC_E);
    x86_or_mi8(b, x86_mem(JIT_ENV, (int32_t)ir_const(op, 0)), 1);
    x86_bind_rel32(b, skip);
}

/* Float to integer, truncating: x86 answers a NaN or an out-of-range
 * operand with the most negative integer and IE (no PE), which is the
 * op's slow result; only PE needs reading. */
static void emit_cvtt(Jit *j, const IrOp *op, const JitArg *a)
{
    X86Buf *b = &j->buf;
    IrOpc opc = (IrOpc)op->opc;
    bool dbl = opc == IR_OP_cvtt_s32_f64 || opc == IR_OP_cvtt_s64_f64;
    bool w64 = opc == IR_OP_cvtt_s64_f64 || opc == IR_OP_cvtt_s64_f32;
    X86Reg out = a[0].reg;
    X86Mem mx = x86_mem(X86_RSP, JIT_MXCSR_OFF);
    uint8_t *unboxed = NULL, *skip, *done;

    if (!dbl) {
        x86_mov_ri(b, JIT_TMP0, IR_FP_BOX32);
        x86_alu_rr(b, true, X86_CMP, a[1].reg, JIT_TMP0);
        unboxed = x86_jcc_rel32(b, X86_CC_B);
    }
    x86_movq_xr(b, dbl, X86_RAX, a[1].reg);
    x86_store_imm(b, mx, MXCSR_DEFAULT, 4);
    x86_ldmxcsr(b, mx);
    x86_cvtts2si(b, dbl, w64, out, X86_RAX);
    x86_stmxcsr(b, mx);
    if (!w64) {
        x86_ext(b, out, out, 4, true, true);
    }
    x86_load(b, JIT_TMP0, mx, 4, false, false);
    x86_test_ri(b, false, JIT_TMP0, MXCSR_PE);
    skip = x86_jcc_rel32(b, X86_CC_E);
    x86_or_mi8(b, x86_mem(JIT_ENV, (int32_t)ir_const(op, 0)), 1);
    x86_bind_rel32(b, skip);
    if (unboxed) {
        done = x86_jmp_rel32(b);
        x86_bind_rel32(b, unboxed);
        x86_mov_ri(b, out, w64 ? IR_FP_CVT_SLOW64 : IR_FP_CVT_SLOW32);
        x86_bind_rel32(b, done);
    }
}

/* out = 1 if the relation holds, 0 if not, IR_FP_CMP_SLOW for a NaN
 * (ucomis: PF) or an unboxed f32 operand. mov_ri keeps the flags. */
static void emit_fcmp(Jit *j, const IrOp *op, const JitArg *a)
{
    X86Buf *b = &j->buf;
    IrOpc opc = (IrOpc)op->opc;
    bool dbl = opc <= IR_OP_fle_f64;
    X86Reg out = a[0].reg;
    X86Cond cc = (opc == IR_OP_feq_f64 || opc == IR_OP_feq_f32) ? X86_CC_E
                 : (opc == IR_OP_flt_f64 || opc == IR_OP_flt_f32)
                     ? X86_CC_B
                     : X86_CC_BE;
    uint8_t *to_slow[3], *done;
    unsigned n = 0;

    if (!dbl) {
        x86_mov_ri(b, JIT_TMP0, IR_FP_BOX32);
        for (unsigned i = 0; i < 2; i++) {
            x86_alu_rr(b, true, X86_CMP, a[1 + i].reg, JIT_TMP0);
            to_slow[n++] = x86_jcc_rel32(b, X86_CC_B);
        }
    }
    x86_movq_xr(b, dbl, X86_RAX, a[1].reg);
    x86_movq_xr(b, dbl, X86_RCX, a[2].reg);
    x86_mov_ri(b, out, 0);
    x86_ucomis(b, dbl, X86_RAX, X86_RCX);
    to_slow[n++] = x86_jcc_rel32(b, X86_CC_P);
    x86_setcc(b, cc, out);
    done = x86_jmp_rel32(b);
    for (unsigned i = 0; i < n; i++) {
        x86_bind_rel32(b, to_slow[i]);
    }
    x86_mov_ri(b, out, IR_FP_CMP_SLOW);
    x86_bind_rel32(b, done);
}

#define DEF(opn, fn, ...)                                                     \
    defs[IR_OP_##opn] =                                                       \
        (EmitDef){ .emit = fn, .out = O_NEW, .in = { __VA_ARGS__ } }

void jit_emit_fp_init(EmitDef *defs)
{
    DEF(fadd_f64, emit_fp, C_R, C_R);
    DEF(fsub_f64, emit_fp, C_R, C_R);
    DEF(fmul_f64, emit_fp, C_R, C_R);
    DEF(fdiv_f64, emit_fp, C_R, C_R);
    DEF(fsqrt_f64, emit_fp, C_R);
    DEF(fmadd_f64, emit_fp, C_R, C_R, C_R);
    DEF(fadd_f32, emit_fp, C_R, C_R);
    DEF(fsub_f32, emit_fp, C_R, C_R);
    DEF(fmul_f32, emit_fp, C_R, C_R);
    DEF(fdiv_f32, emit_fp, C_R, C_R);
    DEF(fsqrt_f32, emit_fp, C_R);
    DEF(fmadd_f32, emit_fp, C_R, C_R, C_R);
    DEF(cvt_f64_s64, emit_cvt, C_R);
    DEF(cvt_f32_s64, emit_cvt, C_R);
    DEF(cvtt_s32_f64, emit_cvtt, C_R);
    DEF(cvtt_s64_f64, emit_cvtt, C_R);
    DEF(cvtt_s32_f32, emit_cvtt, C_R);
    DEF(cvtt_s64_f32, emit_cvtt, C_R);
    DEF(feq_f64, emit_fcmp, C_R, C_R);
    DEF(flt_f64, emit_fcmp, C_R, C_R);
    DEF(fle_f64, emit_fcmp, C_R, C_R);
    DEF(feq_f32, emit_fcmp, C_R, C_R);
    DEF(flt_f32, emit_fcmp, C_R, C_R);
    DEF(fle_f32, emit_fcmp, C_R, C_R);
}
