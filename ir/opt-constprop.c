/* SPDX-License-Identifier: MIT */
/*
 * Constant folding and propagation within each basic block. Tracks which
 * temps hold a known constant, folds pure ops over constants into movi,
 * applies algebraic identities (x+0, x&-1, x-x, ...) that turn an op into a
 * mov or movi, and folds conditions known at translation time (setcond,
 * movcond, brcond). Knowledge is dropped at every label, and known globals
 * are dropped at helper calls that may write guest state. i32 results are
 * exact: every constant of an I32 temp is kept zero-extended from 32 bits.
 */
#include <stdlib.h>

#include "ir/helper.h"
#include "ir/ir-arith.h"
#include "ir/ir.h"

typedef struct ConstState {
    IrBlock *b;
    uint32_t *stamp;  /* temp t is known iff stamp[t] == epoch */
    uint64_t *val;
    uint32_t epoch;
} ConstState;

/* What an op simplifies to. */
typedef enum FoldKind {
    FOLD_KEEP,
    FOLD_MOVI,
    FOLD_MOV,
} FoldKind;

typedef struct Fold {
    FoldKind kind;
    uint64_t val;     /* FOLD_MOVI */
    IrTemp src;       /* FOLD_MOV */
} Fold;

static bool is_i32(const IrBlock *b, IrTemp t)
{
    return b->temps[t].type == IR_I32;
}

static bool known(const ConstState *cs, IrTemp t, uint64_t *v)
{
    if (cs->stamp[t] != cs->epoch) {
        return false;
    }
    if (v) {
        *v = cs->val[t];
    }
    return true;
}

static void set_known(ConstState *cs, IrTemp t, uint64_t v)
{
    cs->stamp[t] = cs->epoch;
    cs->val[t] = is_i32(cs->b, t) ? (uint32_t)v : v;
}

static void forget(ConstState *cs, IrTemp t)
{
    cs->stamp[t] = 0;
}

static void forget_all(ConstState *cs)
{
    cs->epoch++;
}

static void forget_globals(ConstState *cs)
{
    for (IrTemp g = 0; g < cs->b->nglobals; g++) {
        forget(cs, g);
    }
}

/* A store to env that overlaps a global's slot changes that global. */
static void forget_globals_at(ConstState *cs, int64_t off, unsigned size)
{
    for (IrTemp g = 0; g < cs->b->nglobals; g++) {
        int64_t goff = cs->b->temps[g].env_off;
        unsigned gsize = cs->b->temps[g].type == IR_I32 ? 4 : 8;

        if (off < goff + gsize && goff < off + size) {
            forget(cs, g);
        }
    }
}

static uint64_t rotl64(uint64_t x, unsigned c)
{
    c &= 63;
    return c ? (x << c) | (x >> (64 - c)) : x;
}

static uint32_t rotl32(uint32_t x, unsigned c)
{
    c &= 31;
    return c ? (x << c) | (x >> (32 - c)) : x;
}

/* Evaluates a pure 32-bit op over constants; false if op is not one. */
static bool eval_i32(unsigned opc, const uint64_t *in, uint64_t cond,
                     uint64_t *res)
{
    uint32_t x = (uint32_t)in[0], y = (uint32_t)in[1], r;

    switch (opc) {
    case IR_OP_mov_i32: r = x; break;
    case IR_OP_add_i32: r = x + y; break;
    case IR_OP_sub_i32: r = x - y; break;
    case IR_OP_mul_i32: r = x * y; break;
    case IR_OP_and_i32: r = x & y; break;
    case IR_OP_or_i32: r = x | y; break;
    case IR_OP_xor_i32: r = x ^ y; break;
    case IR_OP_shl_i32: r = x << (y & 31); break;
    case IR_OP_shr_i32: r = x >> (y & 31); break;
    case IR_OP_sar_i32: r = (uint32_t)((int32_t)x >> (y & 31)); break;
    case IR_OP_rotl_i32: r = rotl32(x, y & 31); break;
    case IR_OP_rotr_i32: r = rotl32(x, (32 - (y & 31)) & 31); break;
    case IR_OP_neg_i32: r = -x; break;
    case IR_OP_not_i32: r = ~x; break;
    case IR_OP_clz_i32: r = (uint32_t)ir_clz32(x); break;
    case IR_OP_ctz_i32: r = (uint32_t)ir_ctz32(x); break;
    case IR_OP_ctpop_i32: r = (uint32_t)ir_ctpop64(x); break;
    case IR_OP_setcond_i32: r = ir_cond_eval_i32((IrCond)cond, x, y); break;
    case IR_OP_movcond_i32:
        r = (uint32_t)(ir_cond_eval_i32((IrCond)cond, x, y) ? in[2] : in[3]);
        break;
    case IR_OP_ext8s_i32: r = (uint32_t)(int32_t)(int8_t)x; break;
    case IR_OP_ext8u_i32: r = (uint8_t)x; break;
    case IR_OP_ext16s_i32: r = (uint32_t)(int32_t)(int16_t)x; break;
    case IR_OP_ext16u_i32: r = (uint16_t)x; break;
    case IR_OP_extrl_i64_i32: r = (uint32_t)in[0]; break;
    default: return false;
    }
    *res = r;
    return true;
}

/* Evaluates a pure 64-bit op over constants; false if op is not one. */
static bool eval_i64(unsigned opc, const uint64_t *in, uint64_t cond,
                     uint64_t *res)
{
    uint64_t x = in[0], y = in[1], r;

    switch (opc) {
    case IR_OP_mov_i64: r = x; break;
    case IR_OP_add_i64: r = x + y; break;
    case IR_OP_sub_i64: r = x - y; break;
    case IR_OP_mul_i64: r = x * y; break;
    case IR_OP_and_i64: r = x & y; break;
    case IR_OP_or_i64: r = x | y; break;
    case IR_OP_xor_i64: r = x ^ y; break;
    case IR_OP_shl_i64: r = x << (y & 63); break;
    case IR_OP_shr_i64: r = x >> (y & 63); break;
    case IR_OP_sar_i64: r = (uint64_t)((int64_t)x >> (y & 63)); break;
    case IR_OP_rotl_i64: r = rotl64(x, y & 63); break;
    case IR_OP_rotr_i64: r = rotl64(x, (64 - (y & 63)) & 63); break;
    case IR_OP_neg_i64: r = -x; break;
    case IR_OP_not_i64: r = ~x; break;
    case IR_OP_mulsh_i64: r = ir_mulsh64(x, y); break;
    case IR_OP_muluh_i64: r = ir_muluh64(x, y); break;
    case IR_OP_div_i64: case IR_OP_rem_i64:
    case IR_OP_divu_i64: case IR_OP_remu_i64: {
        /* Never fold a division outside the precondition: its result is
         * unspecified, and the block may not even reach it. */
        bool sign = opc == IR_OP_div_i64 || opc == IR_OP_rem_i64;
        if (!ir_div_ok(x, y, sign)) {
            return false;
        }
        r = opc == IR_OP_div_i64    ? ir_div64(x, y)
            : opc == IR_OP_rem_i64  ? ir_rem64(x, y)
            : opc == IR_OP_divu_i64 ? ir_divu64(x, y)
                                    : ir_remu64(x, y);
        break;
    }
    case IR_OP_clz_i64: r = ir_clz64(x); break;
    case IR_OP_ctz_i64: r = ir_ctz64(x); break;
    case IR_OP_ctpop_i64: r = ir_ctpop64(x); break;
    case IR_OP_bswap_i64: r = ir_bswap64(x); break;
    case IR_OP_setcond_i64: r = ir_cond_eval_i64((IrCond)cond, x, y); break;
    case IR_OP_movcond_i64:
        r = ir_cond_eval_i64((IrCond)cond, x, y) ? in[2] : in[3];
        break;
    case IR_OP_ext8s_i64: r = (uint64_t)(int8_t)x; break;
    case IR_OP_ext8u_i64: r = (uint8_t)x; break;
    case IR_OP_ext16s_i64: r = (uint64_t)(int16_t)x; break;
    case IR_OP_ext16u_i64: r = (uint16_t)x; break;
    case IR_OP_ext32s_i64: r = (uint64_t)(int32_t)x; break;
    case IR_OP_ext32u_i64: r = (uint32_t)x; break;
    case IR_OP_exts_i32_i64: r = (uint64_t)(int32_t)(uint32_t)x; break;
    case IR_OP_extu_i32_i64: r = (uint32_t)x; break;
    default: return false;
    }
    *res = r;
    return true;
}

/*
 * The outcome of cond(x, y) if it is known without running the block:
 * 1 or 0, else -1. Identical operands and unsigned compares against zero
 * decide some conditions on their own.
 */
static int cond_outcome(const ConstState *cs, IrCond c, IrTemp x, IrTemp y,
                        bool w32)
{
    uint64_t vx = 0, vy = 0;
    bool kx = known(cs, x, &vx), ky = known(cs, y, &vy);

    if (c == IR_COND_ALWAYS || c == IR_COND_NEVER) {
        return c == IR_COND_ALWAYS;
    }
    if (kx && ky) {
        return w32 ? ir_cond_eval_i32(c, (uint32_t)vx, (uint32_t)vy)
                   : ir_cond_eval_i64(c, vx, vy);
    }
    if (x == y) {
        return c == IR_COND_EQ || c == IR_COND_LE || c == IR_COND_GE ||
               c == IR_COND_LEU || c == IR_COND_GEU;
    }
    if (ky && vy == 0 && (c == IR_COND_LTU || c == IR_COND_GEU)) {
        return c == IR_COND_GEU;
    }
    if (kx && vx == 0 && (c == IR_COND_GTU || c == IR_COND_LEU)) {
        return c == IR_COND_LEU;
    }
    return -1;
}

static Fold fold_movi(uint64_t v)
{
    return (Fold){ .kind = FOLD_MOVI, .val = v };
}

static Fold fold_mov(IrTemp src)
{
    return (Fold){ .kind = FOLD_MOV, .src = src };
}

/* Identities of two-input ops where only some inputs are known. */
static Fold simplify_binary(const ConstState *cs, const IrOp *op, bool w32)
{
    const uint64_t ones = w32 ? UINT32_MAX : UINT64_MAX;
    const unsigned width_mask = w32 ? 31 : 63;
    IrTemp x = ir_in(op, 0), y = ir_in(op, 1);
    uint64_t vx = 0, vy = 0;
    bool kx = known(cs, x, &vx), ky = known(cs, y, &vy);
    bool x0 = kx && vx == 0, y0 = ky && vy == 0;
    bool x1 = kx && vx == ones, y1 = ky && vy == ones;

    switch (op->opc) {
    case IR_OP_add_i32: case IR_OP_add_i64:
        return y0 ? fold_mov(x) : x0 ? fold_mov(y) : (Fold){ 0 };
    case IR_OP_sub_i32: case IR_OP_sub_i64:
        return y0 ? fold_mov(x) : x == y ? fold_movi(0) : (Fold){ 0 };
    case IR_OP_mul_i32: case IR_OP_mul_i64:
        if (x0 || y0) {
            return fold_movi(0);
        }
        return ky && vy == 1 ? fold_mov(x)
               : kx && vx == 1 ? fold_mov(y) : (Fold){ 0 };
    case IR_OP_mulsh_i64: case IR_OP_muluh_i64:
        return x0 || y0 ? fold_movi(0) : (Fold){ 0 };
    case IR_OP_div_i64: case IR_OP_divu_i64:
        return ky && vy == 1 ? fold_mov(x) : (Fold){ 0 };
    case IR_OP_rem_i64: case IR_OP_remu_i64:
        return ky && vy == 1 ? fold_movi(0) : (Fold){ 0 };
    case IR_OP_and_i32: case IR_OP_and_i64:
        if (x0 || y0) {
            return fold_movi(0);
        }
        return y1 || x == y ? fold_mov(x) : x1 ? fold_mov(y) : (Fold){ 0 };
    case IR_OP_or_i32: case IR_OP_or_i64:
        if (x1 || y1) {
            return fold_movi(ones);
        }
        return y0 || x == y ? fold_mov(x) : x0 ? fold_mov(y) : (Fold){ 0 };
    case IR_OP_xor_i32: case IR_OP_xor_i64:
        return x == y ? fold_movi(0)
               : y0 ? fold_mov(x) : x0 ? fold_mov(y) : (Fold){ 0 };
    case IR_OP_shl_i32: case IR_OP_shl_i64:
    case IR_OP_shr_i32: case IR_OP_shr_i64:
    case IR_OP_sar_i32: case IR_OP_sar_i64:
    case IR_OP_rotl_i32: case IR_OP_rotl_i64:
    case IR_OP_rotr_i32: case IR_OP_rotr_i64:
        /* Counts are taken modulo the width: x << 32 is x for i32. */
        if (ky && (vy & width_mask) == 0) {
            return fold_mov(x);
        }
        if (x0) {
            return fold_movi(0);
        }
        /* All-ones is a fixed point of sar and of both rotates. */
        if (x1 && op->opc != IR_OP_shl_i32 && op->opc != IR_OP_shl_i64 &&
            op->opc != IR_OP_shr_i32 && op->opc != IR_OP_shr_i64) {
            return fold_movi(ones);
        }
        return (Fold){ 0 };
    default:
        return (Fold){ 0 };
    }
}

/* Decides what a pure value op becomes; FOLD_KEEP if nothing applies. */
static Fold simplify(const ConstState *cs, const IrOp *op)
{
    uint64_t in[4] = { 0 }, res, cond = 0;
    bool all_known = true, w32;
    int outcome;

    if (op->nout != 1 || op->nin > 4) {
        return (Fold){ 0 };
    }
    w32 = is_i32(cs->b, ir_out(op, 0));
    for (unsigned k = 0; k < op->nin; k++) {
        all_known &= known(cs, ir_in(op, k), &in[k]);
    }
    if (op->nconst == 1) {
        cond = ir_const(op, 0);
    }
    switch (op->opc) {
    case IR_OP_setcond_i32: case IR_OP_setcond_i64:
        outcome = cond_outcome(cs, (IrCond)cond, ir_in(op, 0), ir_in(op, 1),
                               op->opc == IR_OP_setcond_i32);
        return outcome < 0 ? (Fold){ 0 } : fold_movi((uint64_t)outcome);
    case IR_OP_movcond_i32: case IR_OP_movcond_i64:
        if (ir_in(op, 2) == ir_in(op, 3)) {
            return fold_mov(ir_in(op, 2));
        }
        outcome = cond_outcome(cs, (IrCond)cond, ir_in(op, 0), ir_in(op, 1),
                               op->opc == IR_OP_movcond_i32);
        return outcome < 0 ? (Fold){ 0 } : fold_mov(ir_in(op, outcome ? 2 : 3));
    default:
        break;
    }
    if (op->nin && all_known &&
        (w32 ? eval_i32(op->opc, in, cond, &res)
             : eval_i64(op->opc, in, cond, &res))) {
        return fold_movi(res);
    }
    if (op->nin == 2) {
        return simplify_binary(cs, op, w32);
    }
    return (Fold){ 0 };
}

/* Rewrites op as the fold says; returns false if it became a no-op. */
static bool apply_fold(ConstState *cs, IrOp *op, Fold f)
{
    IrTemp out = ir_out(op, 0);
    bool w32 = is_i32(cs->b, out);
    uint64_t v;

    if (f.kind == FOLD_MOV && known(cs, f.src, &v)) {
        f = fold_movi(v);
    }
    if (f.kind == FOLD_MOVI) {
        op->opc = w32 ? IR_OP_movi_i32 : IR_OP_movi_i64;
        op->nout = 1;
        op->nin = 0;
        op->nconst = 1;
        op->args[1] = w32 ? (uint32_t)f.val : f.val;
        set_known(cs, out, f.val);
        return true;
    }
    if (f.src == out) {
        return false;
    }
    op->opc = w32 ? IR_OP_mov_i32 : IR_OP_mov_i64;
    op->nout = 1;
    op->nin = 1;
    op->nconst = 0;
    op->args[1] = f.src;
    forget(cs, out);
    return true;
}

/* A brcond that is decided becomes br or disappears. */
static bool fold_brcond(ConstState *cs, IrOp *op)
{
    int outcome = cond_outcome(cs, (IrCond)ir_const(op, 0), ir_in(op, 0),
                               ir_in(op, 1), op->opc == IR_OP_brcond_i32);
    uint64_t label = ir_const(op, 1);

    if (outcome == 0) {
        return false;
    }
    if (outcome == 1) {
        op->opc = IR_OP_br;
        op->nout = 0;
        op->nin = 0;
        op->nconst = 1;
        op->args[0] = label;
    }
    return true;
}

/* Processes one op; returns false if it is to be deleted. */
static bool constprop_op(ConstState *cs, IrOp *op)
{
    const IrHelper *h;
    Fold f;

    switch (op->opc) {
    case IR_OP_set_label:
        forget_all(cs);
        return true;
    case IR_OP_movi_i32:
    case IR_OP_movi_i64:
        set_known(cs, ir_out(op, 0), ir_const(op, 0));
        return true;
    case IR_OP_brcond_i32:
    case IR_OP_brcond_i64:
        return fold_brcond(cs, op);
    case IR_OP_stenv_i32:
    case IR_OP_stenv_i64:
        forget_globals_at(cs, (int64_t)ir_const(op, 0),
                          ir_memop_size((unsigned)ir_const(op, 1)));
        return true;
    case IR_OP_call:
        h = (const IrHelper *)(uintptr_t)ir_const(op, 0);
        if (ir_helper_clobbers_globals(h)) {
            forget_globals(cs);
        }
        break;
    default:
        if (!(ir_def(op)->flags & IR_F_SIDE_EFFECTS) && op->nout == 1) {
            f = simplify(cs, op);
            if (f.kind != FOLD_KEEP) {
                return apply_fold(cs, op, f);
            }
        }
        break;
    }
    for (unsigned k = 0; k < op->nout; k++) {
        forget(cs, ir_out(op, k));
    }
    return true;
}

void ir_opt_constprop(IrBlock *b)
{
    ConstState cs = { .b = b, .epoch = 1 };
    unsigned j = 0;

    cs.stamp = calloc(b->ntemps + 1, sizeof(*cs.stamp));
    cs.val = calloc(b->ntemps + 1, sizeof(*cs.val));
    if (!cs.stamp || !cs.val) {
        abort();
    }
    for (unsigned i = 0; i < b->nops; i++) {
        IrOp *op = &b->ops[i];

        if (constprop_op(&cs, op)) {
            b->ops[j++] = *op;
        }
    }
    b->nops = j;
    free(cs.stamp);
    free(cs.val);
}
