/* SPDX-License-Identifier: MIT */
/*
 * Copy propagation within a basic block. After `mov d, s`, later reads of d
 * read s instead, for as long as neither d nor s has been written again; a
 * helper call that may write guest state counts as a write of every global,
 * a store to env as a write of the globals it overlaps. Nothing is carried
 * across a basic-block boundary. Moves that become `mov x, x` are deleted;
 * the moves themselves are left for dead-code elimination.
 */
#include <stdlib.h>

#include "ir/helper.h"
#include "ir/ir.h"

/*
 * A copy d -> src[d] is valid while seen[d] == epoch (same basic block, d
 * not rewritten since) and ver[src[d]] == src_ver[d] (src not rewritten).
 */
typedef struct CopyState {
    IrBlock *b;
    IrTemp *src;
    uint32_t *src_ver;
    uint32_t *ver;
    uint32_t *seen;
    uint32_t epoch;
} CopyState;

static IrTemp resolve(const CopyState *cs, IrTemp t)
{
    if (cs->seen[t] == cs->epoch && cs->ver[cs->src[t]] == cs->src_ver[t]) {
        return cs->src[t];
    }
    return t;
}

static void redefine(CopyState *cs, IrTemp t)
{
    cs->ver[t]++;
    cs->seen[t] = 0;
}

static void redefine_globals_at(CopyState *cs, int64_t off, unsigned size)
{
    for (IrTemp g = 0; g < cs->b->nglobals; g++) {
        int64_t goff = cs->b->temps[g].env_off;
        unsigned gsize = cs->b->temps[g].type == IR_I32 ? 4 : 8;

        if (off < goff + gsize && goff < off + size) {
            redefine(cs, g);
        }
    }
}

/* Processes one op; returns false if it is to be deleted. */
static bool copyprop_op(CopyState *cs, IrOp *op)
{
    const IrHelper *h;
    IrTemp d, s;

    for (unsigned k = 0; k < op->nin; k++) {
        op->args[op->nout + k] = resolve(cs, ir_in(op, k));
    }
    switch (op->opc) {
    case IR_OP_mov_i32:
    case IR_OP_mov_i64:
        d = ir_out(op, 0);
        s = ir_in(op, 0);
        if (d == s) {
            return false;
        }
        redefine(cs, d);
        cs->src[d] = s;
        cs->src_ver[d] = cs->ver[s];
        cs->seen[d] = cs->epoch;
        return true;
    case IR_OP_stenv_i32:
    case IR_OP_stenv_i64:
        redefine_globals_at(cs, (int64_t)ir_const(op, 0),
                            ir_memop_size((unsigned)ir_const(op, 1)));
        break;
    case IR_OP_call:
        h = (const IrHelper *)(uintptr_t)ir_const(op, 0);
        if (ir_helper_clobbers_globals(h)) {
            for (IrTemp g = 0; g < cs->b->nglobals; g++) {
                redefine(cs, g);
            }
        }
        break;
    default:
        break;
    }
    for (unsigned k = 0; k < op->nout; k++) {
        redefine(cs, ir_out(op, k));
    }
    if (ir_def(op)->flags & IR_F_BB_END) {
        cs->epoch++;
    }
    return true;
}

void ir_opt_copyprop(IrBlock *b)
{
    CopyState cs = { .b = b, .epoch = 1 };
    unsigned j = 0;

    cs.src = calloc(b->ntemps + 1, sizeof(*cs.src));
    cs.src_ver = calloc(b->ntemps + 1, sizeof(*cs.src_ver));
    cs.ver = calloc(b->ntemps + 1, sizeof(*cs.ver));
    cs.seen = calloc(b->ntemps + 1, sizeof(*cs.seen));
    if (!cs.src || !cs.src_ver || !cs.ver || !cs.seen) {
        abort();
    }
    for (unsigned i = 0; i < b->nops; i++) {
        IrOp *op = &b->ops[i];

        if (copyprop_op(&cs, op)) {
            b->ops[j++] = *op;
        }
    }
    b->nops = j;
    free(cs.src);
    free(cs.src_ver);
    free(cs.ver);
    free(cs.seen);
}
