/* SPDX-License-Identifier: MIT */
/*
 * Emitters for moves, arithmetic, logic, shifts, comparisons and width
 * changes. Constraints are data in the table at the end; the driver has
 * already placed every operand where its record asks.
 */
#include <string.h>

#include "backend-x86_64/jit.h"

static bool is64_table[IR_OP__COUNT];

/* Whether the op works on 64 bits (its name ends in _i64). */
static bool op_is64(const IrOp *op) { return is64_table[op->opc]; }

X86Cond jit_cond(IrCond c)
{
    static const X86Cond map[] = {
        [IR_COND_EQ] = X86_CC_E,   [IR_COND_NE] = X86_CC_NE,
        [IR_COND_LT] = X86_CC_L,   [IR_COND_GE] = X86_CC_GE,
        [IR_COND_LE] = X86_CC_LE,  [IR_COND_GT] = X86_CC_G,
        [IR_COND_LTU] = X86_CC_B,  [IR_COND_GEU] = X86_CC_AE,
        [IR_COND_LEU] = X86_CC_BE, [IR_COND_GTU] = X86_CC_A,
    };
    return map[c];
}

/* cmp a, b where b may be an immediate. Against 0, test sets the same
 * flags (CF and OF clear) in fewer bytes. */
void jit_cmp(Jit *j, bool w64, const JitArg *a, const JitArg *b)
{
    if (b->is_imm && b->imm == 0) {
        x86_test_rr(&j->buf, w64, a->reg, a->reg);
    } else if (b->is_imm) {
        x86_alu_ri(&j->buf, w64, X86_CMP, a->reg, (int32_t)b->imm);
    } else {
        x86_alu_rr(&j->buf, w64, X86_CMP, a->reg, b->reg);
    }
}

static void emit_alu(Jit *j, const IrOp *op, const JitArg *a, X86AluOp aop)
{
    if (a[2].is_imm) {
        x86_alu_ri(&j->buf, op_is64(op), aop, a[0].reg, (int32_t)a[2].imm);
    } else {
        x86_alu_rr(&j->buf, op_is64(op), aop, a[0].reg, a[2].reg);
    }
}

static void emit_add(Jit *j, const IrOp *op, const JitArg *a)
{
    emit_alu(j, op, a, X86_ADD);
}
static void emit_sub(Jit *j, const IrOp *op, const JitArg *a)
{
    emit_alu(j, op, a, X86_SUB);
}
static void emit_and(Jit *j, const IrOp *op, const JitArg *a)
{
    emit_alu(j, op, a, X86_AND);
}
static void emit_or(Jit *j, const IrOp *op, const JitArg *a)
{
    emit_alu(j, op, a, X86_OR);
}
static void emit_xor(Jit *j, const IrOp *op, const JitArg *a)
{
    emit_alu(j, op, a, X86_XOR);
}

static void emit_mul(Jit *j, const IrOp *op, const JitArg *a)
{
    if (a[2].is_imm) {
        x86_imul_rri(&j->buf, op_is64(op), a[0].reg, a[0].reg,
                     (int32_t)a[2].imm);
    } else {
        x86_imul_rr(&j->buf, op_is64(op), a[0].reg, a[2].reg);
    }
}

/* Shifts and rotates: x86 masks the count to the width as the IR wants. */
static void emit_shift(Jit *j, const IrOp *op, const JitArg *a,
                       X86ShiftOp sop)
{
    bool w64 = op_is64(op);
    X86Reg out = a[0].reg;
    if (a[2].is_imm) {
        uint8_t n = (uint8_t)(a[2].imm & (w64 ? 63 : 31));
        if (n) {
            x86_shift_ri(&j->buf, w64, sop, out, n);
        }
        return;
    }
    if (jit_have_bmi2 && sop != X86_ROL && sop != X86_ROR) {
        x86_shiftx(&j->buf, w64, sop, out, out, a[2].reg);
        return;
    }
    /* The count must be in cl: shift a copy in a scratch register around
     * whatever rcx holds. */
    x86_mov_rr(&j->buf, true, JIT_TMP0, out);
    x86_mov_rr(&j->buf, true, JIT_TMP1, X86_RCX);
    x86_mov_rr(&j->buf, true, X86_RCX, a[2].reg);
    x86_shift_rcl(&j->buf, w64, sop, JIT_TMP0);
    x86_mov_rr(&j->buf, true, X86_RCX, JIT_TMP1);
    x86_mov_rr(&j->buf, true, out, JIT_TMP0);
}

static void emit_shl(Jit *j, const IrOp *op, const JitArg *a)
{
    emit_shift(j, op, a, X86_SHL);
}
static void emit_shr(Jit *j, const IrOp *op, const JitArg *a)
{
    emit_shift(j, op, a, X86_SHR);
}
static void emit_sar(Jit *j, const IrOp *op, const JitArg *a)
{
    emit_shift(j, op, a, X86_SAR);
}
static void emit_rotl(Jit *j, const IrOp *op, const JitArg *a)
{
    emit_shift(j, op, a, X86_ROL);
}
static void emit_rotr(Jit *j, const IrOp *op, const JitArg *a)
{
    emit_shift(j, op, a, X86_ROR);
}

static void emit_neg(Jit *j, const IrOp *op, const JitArg *a)
{
    x86_neg(&j->buf, op_is64(op), a[0].reg);
}
static void emit_not(Jit *j, const IrOp *op, const JitArg *a)
{
    x86_not(&j->buf, op_is64(op), a[0].reg);
}

static void emit_setcond(Jit *j, const IrOp *op, const JitArg *a)
{
    IrCond c = (IrCond)ir_const(op, 0);
    if (c == IR_COND_ALWAYS || c == IR_COND_NEVER) {
        x86_mov_ri(&j->buf, a[0].reg, c == IR_COND_ALWAYS);
        return;
    }
    jit_cmp(j, op_is64(op), &a[1], &a[2]);
    x86_setcc(&j->buf, jit_cond(c), a[0].reg);
    x86_ext(&j->buf, a[0].reg, a[0].reg, 1, false, false);
}

static void emit_movcond(Jit *j, const IrOp *op, const JitArg *a)
{
    IrCond c = (IrCond)ir_const(op, 0);
    bool w64 = op_is64(op);
    x86_mov_rr(&j->buf, w64, a[0].reg, a[4].reg);
    if (c == IR_COND_ALWAYS || c == IR_COND_NEVER) {
        if (c == IR_COND_ALWAYS) {
            x86_mov_rr(&j->buf, w64, a[0].reg, a[3].reg);
        }
        return;
    }
    jit_cmp(j, w64, &a[1], &a[2]);
    x86_cmov(&j->buf, w64, jit_cond(c), a[0].reg, a[3].reg);
}

static void emit_ext(Jit *j, const JitArg *a, unsigned from, bool sign,
                     bool to64)
{
    x86_ext(&j->buf, a[0].reg, a[1].reg, from, sign, to64);
}

static void emit_ext8s_i32(Jit *j, const IrOp *op, const JitArg *a)
{
    (void)op;
    emit_ext(j, a, 1, true, false);
}
static void emit_ext8u(Jit *j, const IrOp *op, const JitArg *a)
{
    (void)op;
    emit_ext(j, a, 1, false, false);
}
static void emit_ext16s_i32(Jit *j, const IrOp *op, const JitArg *a)
{
    (void)op;
    emit_ext(j, a, 2, true, false);
}
static void emit_ext16u(Jit *j, const IrOp *op, const JitArg *a)
{
    (void)op;
    emit_ext(j, a, 2, false, false);
}
static void emit_ext8s_i64(Jit *j, const IrOp *op, const JitArg *a)
{
    (void)op;
    emit_ext(j, a, 1, true, true);
}
static void emit_ext16s_i64(Jit *j, const IrOp *op, const JitArg *a)
{
    (void)op;
    emit_ext(j, a, 2, true, true);
}
static void emit_ext32s(Jit *j, const IrOp *op, const JitArg *a)
{
    (void)op;
    emit_ext(j, a, 4, true, true);
}
/* Zero-extension and truncation alike: a 32-bit move. */
static void emit_ext32u(Jit *j, const IrOp *op, const JitArg *a)
{
    (void)op;
    x86_mov_rr(&j->buf, false, a[0].reg, a[1].reg);
}

static void emit_mov(Jit *j, const IrOp *op)
{
    IrTemp in = ir_in(op, 0), out = ir_out(op, 0);
    bool in_dies = op->life & (1u << 1);
    TempState *s = &j->ts[in];

    if (in == out) {
        return;
    }
    if (s->loc == LOC_CONST) {
        ra_set_const(j, out, s->val);
    } else if (in_dies && !ra_is_global(j, in) && s->loc == LOC_REG) {
        X86Reg r = (X86Reg)s->reg;
        ra_free_temp(j, in);
        ra_assign(j, out, r);
        in_dies = false;
    } else {
        X86Reg r = ra_load(j, in, 0);
        j->locked = REG_MASK(r);
        X86Reg o = ra_alloc(j, 0);
        j->locked = 0;
        x86_mov_rr(&j->buf, true, o, r);
        ra_assign(j, out, o);
    }
    if (in_dies) {
        ra_free_temp(j, in);
    }
    if (op->life & 1) {
        ra_free_temp(j, out);
    }
}

static void emit_movi(Jit *j, const IrOp *op)
{
    ra_set_const(j, ir_out(op, 0), ir_const(op, 0));
    if (op->life & 1) {
        ra_free_temp(j, ir_out(op, 0));
    }
}

#define STD(opn, fn, o, ...)                                                  \
    defs[IR_OP_##opn] = (EmitDef){ .emit = fn, .out = o, .in = { __VA_ARGS__ } }

void jit_emit_alu_init(EmitDef *defs)
{
    for (unsigned i = 0; i < IR_OP__COUNT; i++) {
        const char *n = ir_op_defs[i].name;
        size_t len = strlen(n);
        is64_table[i] = len > 4 && !strcmp(n + len - 4, "_i64");
    }
    defs[IR_OP_mov_i32] = (EmitDef){ .emit_custom = emit_mov };
    defs[IR_OP_mov_i64] = (EmitDef){ .emit_custom = emit_mov };
    defs[IR_OP_movi_i32] = (EmitDef){ .emit_custom = emit_movi };
    defs[IR_OP_movi_i64] = (EmitDef){ .emit_custom = emit_movi };
    STD(add_i32, emit_add, O_SAME_IN0, C_R, C_RI);
    STD(add_i64, emit_add, O_SAME_IN0, C_R, C_RI);
    STD(sub_i32, emit_sub, O_SAME_IN0, C_R, C_RI);
    STD(sub_i64, emit_sub, O_SAME_IN0, C_R, C_RI);
    STD(mul_i32, emit_mul, O_SAME_IN0, C_R, C_RI);
    STD(mul_i64, emit_mul, O_SAME_IN0, C_R, C_RI);
    STD(and_i32, emit_and, O_SAME_IN0, C_R, C_RI);
    STD(and_i64, emit_and, O_SAME_IN0, C_R, C_RI);
    STD(or_i32, emit_or, O_SAME_IN0, C_R, C_RI);
    STD(or_i64, emit_or, O_SAME_IN0, C_R, C_RI);
    STD(xor_i32, emit_xor, O_SAME_IN0, C_R, C_RI);
    STD(xor_i64, emit_xor, O_SAME_IN0, C_R, C_RI);
    STD(shl_i32, emit_shl, O_SAME_IN0, C_R, C_RI);
    STD(shl_i64, emit_shl, O_SAME_IN0, C_R, C_RI);
    STD(shr_i32, emit_shr, O_SAME_IN0, C_R, C_RI);
    STD(shr_i64, emit_shr, O_SAME_IN0, C_R, C_RI);
    STD(sar_i32, emit_sar, O_SAME_IN0, C_R, C_RI);
    STD(sar_i64, emit_sar, O_SAME_IN0, C_R, C_RI);
    STD(rotl_i32, emit_rotl, O_SAME_IN0, C_R, C_RI);
    STD(rotl_i64, emit_rotl, O_SAME_IN0, C_R, C_RI);
    STD(rotr_i32, emit_rotr, O_SAME_IN0, C_R, C_RI);
    STD(rotr_i64, emit_rotr, O_SAME_IN0, C_R, C_RI);
    STD(neg_i32, emit_neg, O_SAME_IN0, C_R);
    STD(neg_i64, emit_neg, O_SAME_IN0, C_R);
    STD(not_i32, emit_not, O_SAME_IN0, C_R);
    STD(not_i64, emit_not, O_SAME_IN0, C_R);
    STD(setcond_i32, emit_setcond, O_NEW, C_R, C_RI);
    STD(setcond_i64, emit_setcond, O_NEW, C_R, C_RI);
    STD(movcond_i32, emit_movcond, O_NEW, C_R, C_RI, C_R, C_R);
    STD(movcond_i64, emit_movcond, O_NEW, C_R, C_RI, C_R, C_R);
    STD(ext8s_i32, emit_ext8s_i32, O_NEW, C_R);
    STD(ext8u_i32, emit_ext8u, O_NEW, C_R);
    STD(ext16s_i32, emit_ext16s_i32, O_NEW, C_R);
    STD(ext16u_i32, emit_ext16u, O_NEW, C_R);
    STD(ext8s_i64, emit_ext8s_i64, O_NEW, C_R);
    STD(ext8u_i64, emit_ext8u, O_NEW, C_R);
    STD(ext16s_i64, emit_ext16s_i64, O_NEW, C_R);
    STD(ext16u_i64, emit_ext16u, O_NEW, C_R);
    STD(ext32s_i64, emit_ext32s, O_NEW, C_R);
    STD(ext32u_i64, emit_ext32u, O_NEW, C_R);
    STD(exts_i32_i64, emit_ext32s, O_NEW, C_R);
    STD(extu_i32_i64, emit_ext32u, O_NEW, C_R);
    STD(extrl_i64_i32, emit_ext32u, O_NEW, C_R);
}
