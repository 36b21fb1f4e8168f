/* SPDX-License-Identifier: MIT */
/*
 * Emitters for the floating-point IR ops (ir/ir-fp.h) on SSE scalar
 * instructions, in xmm0-xmm2 (never allocated). MXCSR is 0x1f80 (round to
 * nearest-even, every exception masked, no DAZ/FTZ) from the prologue on;
 * only its sticky flags change, and only PE is ever read: whether a
 * result is the common case is decided from the result and the operands
 * (ir-fp.c: common_case), the same way in both backends. PE is needed
 * only while the inexact byte is clear: then the op runs between an
 * ldmxcsr that clears the flags and an stmxcsr; once the byte is set
 * (the usual state of a program that computes), the op runs alone.
 */
#include "backend-x86_64/jit.h"
#include "ir/ir-fp.h"

#define MXCSR_PE 0x20

static X86Mem inexact_byte(const IrOp *op)
{
    return x86_mem(JIT_ENV, (int32_t)ir_const(op, 0));
}

static X86Mem mxcsr_image(void)
{
    return x86_mem(X86_RSP, JIT_MXCSR_OFF);
}

static void emit_sse(X86Buf *b, IrOpc opc, bool dbl)
{
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
        break;
    }
}

/*
 * The host instruction(s) emit(b) writes, run in one of two ways: with
 * the inexact byte clear, after clearing MXCSR's flags and followed by
 * storing MXCSR to the image; with it set, alone, and the image's PE
 * cleared. note_inexact() then reads the image.
 */
static void run_tracking_pe(Jit *j, const IrOp *op,
                            void (*emit)(Jit *, const IrOp *, const void *),
                            const void *arg)
{
    X86Buf *b = &j->buf;
    uint8_t *set, *join;

    x86_test_mi8(b, inexact_byte(op), 1);
    set = x86_jcc_rel32(b, X86_CC_NE);
    x86_ldmxcsr(b, x86_mem(X86_RSP, JIT_MXCSR_DEFAULT_OFF));
    emit(j, op, arg);
    x86_stmxcsr(b, mxcsr_image());
    join = x86_jmp_rel32(b);
    x86_bind_rel32(b, set);
    x86_store_imm(b, mxcsr_image(), 0, 4);
    emit(j, op, arg);
    x86_bind_rel32(b, join);
}

/* The image's PE sets the inexact byte. */
static void note_inexact(X86Buf *b, const IrOp *op)
{
    uint8_t *skip;

    x86_test_mi8(b, mxcsr_image(), MXCSR_PE);
    skip = x86_jcc_rel32(b, X86_CC_E);
    x86_or_mi8(b, inexact_byte(op), 1);
    x86_bind_rel32(b, skip);
}

static void emit_arith(Jit *j, const IrOp *op, const void *arg)
{
    (void)arg;
    emit_sse(&j->buf, (IrOpc)op->opc, op->opc <= IR_OP_fmadd_f64);
}

/* Branches to the slow result (appending to slow[*n]) unless the raw
 * result bits in out are the common case (ir-fp.c: common_case). */
static void check_common(Jit *j, const IrOp *op, const JitArg *a,
                         uint8_t **slow, unsigned *n)
{
    X86Buf *b = &j->buf;
    IrOpc opc = (IrOpc)op->opc;
    bool dbl = opc <= IR_OP_fmadd_f64;
    bool mul = opc == IR_OP_fmul_f64 || opc == IR_OP_fmul_f32;
    bool div = opc == IR_OP_fdiv_f64 || opc == IR_OP_fdiv_f32;
    bool fma = opc == IR_OP_fmadd_f64 || opc == IR_OP_fmadd_f32;
    uint8_t *normal, *exact = NULL;

    /* TMP0 = |r| << 1: NaN and infinities at or above inf << 1 */
    x86_mov_rr(b, dbl, JIT_TMP0, a[0].reg);
    x86_shift_ri(b, dbl, X86_SHL, JIT_TMP0, 1);
    x86_mov_ri(b, JIT_TMP1, dbl ? 0xffe0000000000000ull : 0xff000000ull);
    x86_alu_rr(b, dbl, X86_CMP, JIT_TMP0, JIT_TMP1);
    slow[(*n)++] = x86_jcc_rel32(b, X86_CC_AE);
    if (!(mul || div || fma)) {
        return;
    }
    x86_mov_ri(b, JIT_TMP1, dbl ? 0x0020000000000000ull : 0x01000000ull);
    x86_alu_rr(b, dbl, X86_CMP, JIT_TMP0, JIT_TMP1);
    normal = x86_jcc_rel32(b, X86_CC_A);
    if (fma) {
        slow[(*n)++] = x86_jmp_rel32(b);
    } else {
        x86_test_rr(b, dbl, JIT_TMP0, JIT_TMP0);
        slow[(*n)++] = x86_jcc_rel32(b, X86_CC_NE);
        /* a zero result is exact when the dividend or a factor is zero */
        x86_mov_rr(b, dbl, JIT_TMP0, a[1].reg);
        x86_shift_ri(b, dbl, X86_SHL, JIT_TMP0, 1);
        if (mul) {
            exact = x86_jcc_rel32(b, X86_CC_E);
            x86_mov_rr(b, dbl, JIT_TMP0, a[2].reg);
            x86_shift_ri(b, dbl, X86_SHL, JIT_TMP0, 1);
        }
        slow[(*n)++] = x86_jcc_rel32(b, X86_CC_NE);
    }
    if (exact) {
        x86_bind_rel32(b, exact);
    }
    x86_bind_rel32(b, normal);
}

static void emit_fp(Jit *j, const IrOp *op, const JitArg *a)
{
    X86Buf *b = &j->buf;
    IrOpc opc = (IrOpc)op->opc;
    bool dbl = opc <= IR_OP_fmadd_f64;
    bool fma = opc == IR_OP_fmadd_f64 || opc == IR_OP_fmadd_f32;
    unsigned nin = op->nin;
    X86Reg out = a[0].reg;
    uint8_t *slow[8], *done;
    unsigned n = 0;

    if (!dbl) {
        x86_mov_ri(b, JIT_TMP0, IR_FP_BOX32);
        for (unsigned i = 0; i < nin; i++) {
            x86_alu_rr(b, true, X86_CMP, a[1 + i].reg, JIT_TMP0);
            slow[n++] = x86_jcc_rel32(b, X86_CC_B);
        }
    }
    for (unsigned i = 0; i < nin; i++) {
        x86_movq_xr(b, dbl, (X86Reg)i, a[1 + i].reg);
    }
    run_tracking_pe(j, op, emit_arith, NULL);
    x86_movq_rx(b, dbl, out, fma ? X86_RDX : X86_RAX);
    check_common(j, op, a, slow, &n);
    note_inexact(b, op);
    if (!dbl) {
        x86_mov_ri(b, JIT_TMP1, IR_FP_BOX32);
        x86_alu_rr(b, true, X86_OR, out, JIT_TMP1);
    }
    done = x86_jmp_rel32(b);
    for (unsigned i = 0; i < n; i++) {
        x86_bind_rel32(b, slow[i]);
    }
    x86_mov_ri(b, out, dbl ? IR_FP_SLOW_NAN64 : IR_FP_SLOW_NAN32);
    x86_bind_rel32(b, done);
}

static void emit_cvt_insn(Jit *j, const IrOp *op, const void *arg)
{
    const JitArg *a = arg;
    x86_cvtsi2s(&j->buf, op->opc == IR_OP_cvt_f64_s64, X86_RAX, a[1].reg);
}

/* Integer to float: never leaves the common case. */
static void emit_cvt(Jit *j, const IrOp *op, const JitArg *a)
{
    X86Buf *b = &j->buf;
    bool dbl = op->opc == IR_OP_cvt_f64_s64;

    run_tracking_pe(j, op, emit_cvt_insn, a);
    note_inexact(b, op);
    x86_movq_rx(b, dbl, a[0].reg, X86_RAX);
    if (!dbl) {
        x86_mov_ri(b, JIT_TMP1, IR_FP_BOX32);
        x86_alu_rr(b, true, X86_OR, a[0].reg, JIT_TMP1);
    }
}

static void emit_cvtt_insn(Jit *j, const IrOp *op, const void *arg)
{
    const JitArg *a = arg;
    IrOpc opc = (IrOpc)op->opc;
    bool dbl = opc == IR_OP_cvtt_s32_f64 || opc == IR_OP_cvtt_s64_f64;
    bool w64 = opc == IR_OP_cvtt_s64_f64 || opc == IR_OP_cvtt_s64_f32;

    x86_cvtts2si(&j->buf, dbl, w64, a[0].reg, X86_RAX);
}

/* Float to integer, truncating: x86 answers a NaN or an out-of-range
 * operand with the most negative integer (and IE, no PE), which is the
 * op's slow result. */
static void emit_cvtt(Jit *j, const IrOp *op, const JitArg *a)
{
    X86Buf *b = &j->buf;
    IrOpc opc = (IrOpc)op->opc;
    bool dbl = opc == IR_OP_cvtt_s32_f64 || opc == IR_OP_cvtt_s64_f64;
    bool w64 = opc == IR_OP_cvtt_s64_f64 || opc == IR_OP_cvtt_s64_f32;
    X86Reg out = a[0].reg;
    uint8_t *unboxed = NULL, *done;

    if (!dbl) {
        x86_mov_ri(b, JIT_TMP0, IR_FP_BOX32);
        x86_alu_rr(b, true, X86_CMP, a[1].reg, JIT_TMP0);
        unboxed = x86_jcc_rel32(b, X86_CC_B);
    }
    x86_movq_xr(b, dbl, X86_RAX, a[1].reg);
    run_tracking_pe(j, op, emit_cvtt_insn, a);
    note_inexact(b, op);
    if (!w64) {
        x86_ext(b, out, out, 4, true, true);
    }
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
