/* SPDX-License-Identifier: MIT */
/*
 * Emitters for the ops that x86 ties to rdx:rax: the high half of a
 * 64x64 multiply and 64-bit division. Operands arrive in any allocatable
 * registers (rax and rdx included); the emitter parks rax and rdx, when
 * they hold anything, in the two scratch registers around the instruction
 * and puts back every register except the output. Division never traps: the IR's precondition
 * (ops.def) rules out a zero divisor and INT64_MIN / -1.
 */
#include "backend-x86_64/jit.h"

typedef enum RdxRaxOp {
    RR_MULSH,
    RR_MULUH,
    RR_DIV,
    RR_DIVU,
    RR_REM,
    RR_REMU,
} RdxRaxOp;

/* Where r's value is once rax and rdx have been saved to the scratches. */
static X86Reg saved_home(X86Reg r)
{
    return r == X86_RAX ? JIT_TMP0 : r == X86_RDX ? JIT_TMP1 : r;
}

/* Whether r holds a value that must survive the instruction. */
static bool needs_save(const Jit *j, const JitArg *a, X86Reg r)
{
    return j->owner[r] != IR_NO_TEMP || a[1].reg == r || a[2].reg == r;
}

static void emit_rdx_rax(Jit *j, const JitArg *a, RdxRaxOp k)
{
    X86Buf *b = &j->buf;
    X86Reg out = a[0].reg, x = a[1].reg, y = saved_home(a[2].reg);
    bool in_rdx = k == RR_MULSH || k == RR_MULUH || k == RR_REM ||
                  k == RR_REMU;
    X86Reg res = in_rdx ? X86_RDX : X86_RAX;
    X86Reg other = in_rdx ? X86_RAX : X86_RDX;
    bool save_a = needs_save(j, a, X86_RAX), save_d = needs_save(j, a, X86_RDX);
    bool save_res = in_rdx ? save_d : save_a;
    bool save_other = in_rdx ? save_a : save_d;

    if (save_a) {
        x86_mov_rr(b, true, JIT_TMP0, X86_RAX);
    }
    if (save_d) {
        x86_mov_rr(b, true, JIT_TMP1, X86_RDX);
    }
    if (x != X86_RAX) {
        x86_mov_rr(b, true, X86_RAX, saved_home(x));
    }
    switch (k) {
    case RR_MULSH:
    case RR_MULUH:
        x86_mul_r(b, true, k == RR_MULSH, y);
        break;
    case RR_DIV:
    case RR_REM:
        x86_cqo(b, true);
        x86_div_r(b, true, true, y);
        break;
    case RR_DIVU:
    case RR_REMU:
        x86_alu_rr(b, false, X86_XOR, X86_RDX, X86_RDX);
        x86_div_r(b, true, false, y);
        break;
    }
    if (out != res) {
        x86_mov_rr(b, true, out, res);
        if (save_res) {
            x86_mov_rr(b, true, res, saved_home(res));
        }
    }
    if (out != other && save_other) {
        x86_mov_rr(b, true, other, saved_home(other));
    }
}

static void emit_mulsh(Jit *j, const IrOp *op, const JitArg *a)
{
    (void)op;
    emit_rdx_rax(j, a, RR_MULSH);
}
static void emit_muluh(Jit *j, const IrOp *op, const JitArg *a)
{
    (void)op;
    emit_rdx_rax(j, a, RR_MULUH);
}
static void emit_div(Jit *j, const IrOp *op, const JitArg *a)
{
    (void)op;
    emit_rdx_rax(j, a, RR_DIV);
}
static void emit_divu(Jit *j, const IrOp *op, const JitArg *a)
{
    (void)op;
    emit_rdx_rax(j, a, RR_DIVU);
}
static void emit_rem(Jit *j, const IrOp *op, const JitArg *a)
{
    (void)op;
    emit_rdx_rax(j, a, RR_REM);
}
static void emit_remu(Jit *j, const IrOp *op, const JitArg *a)
{
    (void)op;
    emit_rdx_rax(j, a, RR_REMU);
}

#define STD(opn, fn, o, ...)                                                  \
    defs[IR_OP_##opn] = (EmitDef){ .emit = fn, .out = o, .in = { __VA_ARGS__ } }

void jit_emit_muldiv_init(EmitDef *defs)
{
    STD(mulsh_i64, emit_mulsh, O_NEW, C_R, C_R);
    STD(muluh_i64, emit_muluh, O_NEW, C_R, C_R);
    STD(div_i64, emit_div, O_NEW, C_R, C_R);
    STD(divu_i64, emit_divu, O_NEW, C_R, C_R);
    STD(rem_i64, emit_rem, O_NEW, C_R, C_R);
    STD(remu_i64, emit_remu, O_NEW, C_R, C_R);
}
