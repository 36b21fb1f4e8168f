/* SPDX-License-Identifier: MIT */
/*
 * The IR verifier: checks that a block is well formed before and after every
 * pass. Guarantees, when it returns NULL: every op is in the table with the
 * right argument counts and operand types, constants are in range, labels
 * are set exactly once and every branch target is set, each local is written
 * before it is read within its basic block (so no local crosses a boundary),
 * and the block ends in a terminal (a NORETURN op or a noreturn call).
 */
#include <stdlib.h>

#include "ir/helper.h"
#include "ir/ir-fp.h"
#include "ir/ir.h"

/*
 * Operand types per op: outputs, '=', inputs; 'w' is I32, 'q' is I64.
 * Guest addresses are always I64. Calls are typed from their helper.
 */
static const char *const op_sigs[IR_OP__COUNT] = {
    [IR_OP_mov_i32] = "w=w",          [IR_OP_mov_i64] = "q=q",
    [IR_OP_movi_i32] = "w=",          [IR_OP_movi_i64] = "q=",
    [IR_OP_add_i32] = "w=ww",         [IR_OP_add_i64] = "q=qq",
    [IR_OP_sub_i32] = "w=ww",         [IR_OP_sub_i64] = "q=qq",
    [IR_OP_mul_i32] = "w=ww",         [IR_OP_mul_i64] = "q=qq",
    [IR_OP_and_i32] = "w=ww",         [IR_OP_and_i64] = "q=qq",
    [IR_OP_or_i32] = "w=ww",          [IR_OP_or_i64] = "q=qq",
    [IR_OP_xor_i32] = "w=ww",         [IR_OP_xor_i64] = "q=qq",
    [IR_OP_shl_i32] = "w=ww",         [IR_OP_shl_i64] = "q=qq",
    [IR_OP_shr_i32] = "w=ww",         [IR_OP_shr_i64] = "q=qq",
    [IR_OP_sar_i32] = "w=ww",         [IR_OP_sar_i64] = "q=qq",
    [IR_OP_rotl_i32] = "w=ww",        [IR_OP_rotl_i64] = "q=qq",
    [IR_OP_rotr_i32] = "w=ww",        [IR_OP_rotr_i64] = "q=qq",
    [IR_OP_neg_i32] = "w=w",          [IR_OP_neg_i64] = "q=q",
    [IR_OP_not_i32] = "w=w",          [IR_OP_not_i64] = "q=q",
    [IR_OP_mulsh_i64] = "q=qq",       [IR_OP_muluh_i64] = "q=qq",
    [IR_OP_div_i64] = "q=qq",         [IR_OP_divu_i64] = "q=qq",
    [IR_OP_rem_i64] = "q=qq",         [IR_OP_remu_i64] = "q=qq",
    [IR_OP_clz_i32] = "w=w",          [IR_OP_clz_i64] = "q=q",
    [IR_OP_ctz_i32] = "w=w",          [IR_OP_ctz_i64] = "q=q",
    [IR_OP_ctpop_i32] = "w=w",        [IR_OP_ctpop_i64] = "q=q",
    [IR_OP_bswap_i64] = "q=q",
    [IR_OP_setcond_i32] = "w=ww",     [IR_OP_setcond_i64] = "q=qq",
    [IR_OP_movcond_i32] = "w=wwww",   [IR_OP_movcond_i64] = "q=qqqq",
    [IR_OP_ext8s_i32] = "w=w",        [IR_OP_ext8u_i32] = "w=w",
    [IR_OP_ext16s_i32] = "w=w",       [IR_OP_ext16u_i32] = "w=w",
    [IR_OP_ext8s_i64] = "q=q",        [IR_OP_ext8u_i64] = "q=q",
    [IR_OP_ext16s_i64] = "q=q",       [IR_OP_ext16u_i64] = "q=q",
    [IR_OP_ext32s_i64] = "q=q",       [IR_OP_ext32u_i64] = "q=q",
    [IR_OP_exts_i32_i64] = "q=w",     [IR_OP_extu_i32_i64] = "q=w",
    [IR_OP_extrl_i64_i32] = "w=q",
    [IR_OP_fadd_f64] = "q=qq",        [IR_OP_fadd_f32] = "q=qq",
    [IR_OP_fsub_f64] = "q=qq",        [IR_OP_fsub_f32] = "q=qq",
    [IR_OP_fmul_f64] = "q=qq",        [IR_OP_fmul_f32] = "q=qq",
    [IR_OP_fdiv_f64] = "q=qq",        [IR_OP_fdiv_f32] = "q=qq",
    [IR_OP_fsqrt_f64] = "q=q",        [IR_OP_fsqrt_f32] = "q=q",
    [IR_OP_fmadd_f64] = "q=qqq",      [IR_OP_fmadd_f32] = "q=qqq",
    [IR_OP_cvt_f64_s64] = "q=q",      [IR_OP_cvt_f32_s64] = "q=q",
    [IR_OP_cvtt_s32_f64] = "q=q",     [IR_OP_cvtt_s64_f64] = "q=q",
    [IR_OP_cvtt_s32_f32] = "q=q",     [IR_OP_cvtt_s64_f32] = "q=q",
    [IR_OP_feq_f64] = "q=qq",         [IR_OP_feq_f32] = "q=qq",
    [IR_OP_flt_f64] = "q=qq",         [IR_OP_flt_f32] = "q=qq",
    [IR_OP_fle_f64] = "q=qq",         [IR_OP_fle_f32] = "q=qq",
    [IR_OP_ldenv_i32] = "w=",         [IR_OP_ldenv_i64] = "q=",
    [IR_OP_stenv_i32] = "=w",         [IR_OP_stenv_i64] = "=q",
    [IR_OP_guest_ld_i32] = "w=q",     [IR_OP_guest_ld_i64] = "q=q",
    [IR_OP_guest_st_i32] = "=wq",     [IR_OP_guest_st_i64] = "=qq",
    [IR_OP_insn_start] = "=",         [IR_OP_set_label] = "=",
    [IR_OP_mb] = "=",
    [IR_OP_br] = "=",
    [IR_OP_brcond_i32] = "=ww",       [IR_OP_brcond_i64] = "=qq",
    [IR_OP_goto_tb] = "=",            [IR_OP_lookup_tb] = "=",
    [IR_OP_exit_tb] = "=",
};

typedef struct VerifyState {
    const IrBlock *b;
    unsigned *def_bb;   /* per temp: basic block (+1) that last wrote it */
    unsigned bb;        /* current basic block number, from 1 */
    unsigned *label_set;    /* per label: times set */
    unsigned *label_use;    /* per label: first branching op + 1 */
} VerifyState;

static IrType sig_type(char c)
{
    return c == 'w' ? IR_I32 : IR_I64;
}

static IrType helper_arg_type(uint8_t ht)
{
    return ht == IR_HT_i32 ? IR_I32 : IR_I64;
}

/* Checks the operand counts and types of a call against its helper. */
static const char *verify_call(const IrBlock *b, const IrOp *op)
{
    const IrHelper *h;
    unsigned k = 0;

    if (op->nout > 1 || op->nin > IR_MAX_CALL_ARGS || op->nconst != 1) {
        return "call: bad argument counts";
    }
    h = (const IrHelper *)(uintptr_t)ir_const(op, 0);
    if (!h) {
        return "call: null helper";
    }
    if (h->nargs > sizeof(h->args) / sizeof(h->args[0])) {
        return "call: helper has too many arguments";
    }
    if (op->nout != (h->ret != IR_HT_void)) {
        return "call: output count does not match the helper's return";
    }
    if (op->nout && b->temps[ir_out(op, 0)].type != helper_arg_type(h->ret)) {
        return "call: output type does not match the helper's return";
    }
    for (unsigned i = 0; i < h->nargs; i++) {
        uint8_t ht = h->args[i];

        if (ht == IR_HT_env) {
            continue;
        }
        if (ht == IR_HT_void || ht > IR_HT_ptr) {
            return "call: helper has a bad argument type";
        }
        if (k >= op->nin) {
            return "call: too few inputs for the helper";
        }
        if (b->temps[ir_in(op, k)].type != helper_arg_type(ht)) {
            return "call: input type does not match the helper";
        }
        k++;
    }
    if (k != op->nin) {
        return "call: too many inputs for the helper";
    }
    return NULL;
}

static const char *verify_types(const IrBlock *b, const IrOp *op)
{
    const char *sig = op_sigs[op->opc];
    unsigned n = 0;

    if (op->opc == IR_OP_call) {
        return verify_call(b, op);
    }
    if (!sig) {
        return "op has no type signature";
    }
    for (const char *s = sig; *s; s++) {
        if (*s == '=') {
            continue;
        }
        if (b->temps[op->args[n]].type != sig_type(*s)) {
            return n < op->nout ? "output type does not match the op"
                                : "input type does not match the op";
        }
        n++;
    }
    return n == (unsigned)op->nout + op->nin ? NULL
                                             : "op signature disagrees";
}

static bool cond_ok(uint64_t c)
{
    return c <= IR_COND_NEVER;
}

static bool env_memop_ok(const IrOp *op, bool is32)
{
    uint64_t off = ir_const(op, 0), mo = ir_const(op, 1);

    if ((uint64_t)(int64_t)(int32_t)off != off) {
        return false;
    }
    if (mo & ~(uint64_t)(IR_MO_SIZE | IR_MO_SIGN)) {
        return false;
    }
    return !is32 || (mo & IR_MO_SIZE) <= IR_MO_32;
}

static bool guest_memop_ok(const IrOp *op, bool is32)
{
    uint64_t moi = ir_const(op, 0);
    unsigned mo = ir_memop_of((uint32_t)moi);

    if (moi > UINT32_MAX) {
        return false;
    }
    if (mo & ~(unsigned)(IR_MO_SIZE | IR_MO_SIGN | IR_MO_ALIGN)) {
        return false;
    }
    return !is32 || (mo & IR_MO_SIZE) <= IR_MO_32;
}

/* Range checks on constants: conditions, labels, memops, offsets. */
static const char *verify_consts(VerifyState *vs, const IrOp *op, unsigned i)
{
    const IrBlock *b = vs->b;
    uint64_t label;

    switch (op->opc) {
    case IR_OP_movi_i32:
        return ir_const(op, 0) > UINT32_MAX ? "movi_i32: constant over 32 bits"
                                            : NULL;
    case IR_OP_setcond_i32:
    case IR_OP_setcond_i64:
    case IR_OP_movcond_i32:
    case IR_OP_movcond_i64:
        return cond_ok(ir_const(op, 0)) ? NULL : "bad condition";
    case IR_OP_ldenv_i32:
    case IR_OP_stenv_i32:
        return env_memop_ok(op, true) ? NULL : "bad env offset or memop";
    case IR_OP_ldenv_i64:
    case IR_OP_stenv_i64:
        return env_memop_ok(op, false) ? NULL : "bad env offset or memop";
    case IR_OP_fadd_f64: case IR_OP_fsub_f64: case IR_OP_fmul_f64:
    case IR_OP_fdiv_f64: case IR_OP_fsqrt_f64: case IR_OP_fmadd_f64:
    case IR_OP_fadd_f32: case IR_OP_fsub_f32: case IR_OP_fmul_f32:
    case IR_OP_fdiv_f32: case IR_OP_fsqrt_f32: case IR_OP_fmadd_f32:
    case IR_OP_cvt_f64_s64: case IR_OP_cvt_f32_s64:
    case IR_OP_cvtt_s32_f64: case IR_OP_cvtt_s64_f64:
    case IR_OP_cvtt_s32_f32: case IR_OP_cvtt_s64_f32:
        if ((uint64_t)(int64_t)(int32_t)ir_const(op, 0) != ir_const(op, 0)) {
            return "bad env offset";
        }
        if ((op->opc == IR_OP_fmadd_f64 || op->opc == IR_OP_fmadd_f32) &&
            !ir_host_has_fma()) {
            return "fmadd without host FMA";
        }
        return NULL;
    case IR_OP_guest_ld_i32:
    case IR_OP_guest_st_i32:
        return guest_memop_ok(op, true) ? NULL : "bad guest memop";
    case IR_OP_guest_ld_i64:
    case IR_OP_guest_st_i64:
        return guest_memop_ok(op, false) ? NULL : "bad guest memop";
    case IR_OP_set_label:
        label = ir_const(op, 0);
        if (label >= b->nlabels) {
            return "label out of range";
        }
        if (vs->label_set[label]++) {
            return "label set twice";
        }
        return NULL;
    case IR_OP_br:
    case IR_OP_brcond_i32:
    case IR_OP_brcond_i64:
        if (op->opc != IR_OP_br && !cond_ok(ir_const(op, 0))) {
            return "bad condition";
        }
        label = ir_const(op, op->nconst - 1);
        if (label >= b->nlabels) {
            return "label out of range";
        }
        if (!vs->label_use[label]) {
            vs->label_use[label] = i + 1;
        }
        return NULL;
    default:
        return NULL;
    }
}

static const char *verify_op(VerifyState *vs, const IrOp *op, unsigned i)
{
    const IrBlock *b = vs->b;
    const IrOpDef *def;
    const char *msg;
    unsigned ntemp;

    if (op->opc >= IR_OP__COUNT) {
        return "opcode out of range";
    }
    def = ir_def(op);
    if (def->flags & IR_F_VARIADIC) {
        if (op->nout + op->nin + op->nconst > IR_MAX_ARGS) {
            return "too many arguments";
        }
    } else if (op->nout != def->nout || op->nin != def->nin ||
               op->nconst != def->nconst) {
        return "argument counts do not match the op table";
    }
    ntemp = op->nout + op->nin;
    for (unsigned k = 0; k < ntemp; k++) {
        if (op->args[k] >= b->ntemps) {
            return "temp out of range";
        }
    }
    msg = verify_types(b, op);
    if (!msg) {
        msg = verify_consts(vs, op, i);
    }
    if (msg) {
        return msg;
    }
    /* Inputs are read before outputs are written. */
    for (unsigned k = 0; k < op->nin; k++) {
        IrTemp t = ir_in(op, k);

        if (!ir_temp_is_global(b, t) && vs->def_bb[t] != vs->bb) {
            return "local read before it is written in this basic block";
        }
    }
    for (unsigned k = 0; k < op->nout; k++) {
        vs->def_bb[ir_out(op, k)] = vs->bb;
    }
    if (def->flags & IR_F_BB_END) {
        vs->bb++;
    }
    return NULL;
}

/* A terminal: exit_tb and friends, or a call to a helper that never
 * returns (it raises or exits, as frontends end a faulting block). */
static bool ends_block(const IrOp *op)
{
    const IrHelper *h;

    if (ir_def(op)->flags & IR_F_NORETURN) {
        return true;
    }
    if (op->opc != IR_OP_call) {
        return false;
    }
    h = (const IrHelper *)(uintptr_t)ir_const(op, 0);
    return h->flags & H_NORETURN;
}

const char *ir_verify(const IrBlock *b, unsigned *bad_op)
{
    VerifyState vs = { .b = b, .bb = 1 };
    const char *msg = NULL;
    unsigned where = 0;

    if (b->nops == 0) {
        msg = "empty block";
        goto out;
    }
    vs.def_bb = calloc(b->ntemps + 1, sizeof(unsigned));
    vs.label_set = calloc(b->nlabels + 1, sizeof(unsigned));
    vs.label_use = calloc(b->nlabels + 1, sizeof(unsigned));
    if (!vs.def_bb || !vs.label_set || !vs.label_use) {
        abort();
    }
    for (unsigned i = 0; i < b->nops && !msg; i++) {
        msg = verify_op(&vs, &b->ops[i], i);
        where = i;
    }
    for (unsigned l = 0; l < b->nlabels && !msg; l++) {
        if (vs.label_use[l] && !vs.label_set[l]) {
            msg = "branch to a label that is never set";
            where = vs.label_use[l] - 1;
        }
    }
    if (!msg && !ends_block(&b->ops[b->nops - 1])) {
        msg = "block does not end with a NORETURN op or a noreturn call";
        where = b->nops - 1;
    }
    free(vs.def_bb);
    free(vs.label_set);
    free(vs.label_use);
out:
    if (msg && bad_op) {
        *bad_op = where;
    }
    return msg;
}
