/* SPDX-License-Identifier: MIT */
/*
 * Dead-code elimination. Removes ops without side effects (and calls to
 * pure helpers that cannot raise) whose outputs are all locals never read
 * afterwards, and ops that control can never reach: those after an
 * unconditional branch, an exit or a noreturn call, up to the next label.
 * Writes to globals are never removed from reachable code, and the block
 * keeps its final terminal. The op array is compacted.
 */
#include <stdlib.h>

#include "ir/helper.h"
#include "ir/ir.h"

static const IrHelper *call_helper(const IrOp *op)
{
    return (const IrHelper *)(uintptr_t)ir_const(op, 0);
}

/* Whether control can pass from op to the next one. goto_tb carries the
 * NORETURN flag, but falls through when the jump is not chained. */
static bool falls_through(const IrOp *op)
{
    switch (op->opc) {
    case IR_OP_br:
    case IR_OP_exit_tb:
    case IR_OP_lookup_tb:
        return false;
    case IR_OP_call:
        return !(call_helper(op)->flags & H_NORETURN);
    default:
        return true;
    }
}

/* Whether op may go if its outputs are unused. */
static bool removable(const IrOp *op)
{
    const uint32_t keep = H_WRITES_GUEST | H_MAY_RAISE | H_NORETURN;

    if (op->opc == IR_OP_call) {
        const IrHelper *h = call_helper(op);

        return (h->flags & H_PURE) && !(h->flags & keep);
    }
    return !(ir_def(op)->flags & IR_F_SIDE_EFFECTS);
}

/*
 * Kept terminals have no inputs, so nothing they read goes away. A block
 * that ends in a noreturn call (which has inputs) keeps its tail after the
 * last label untouched instead, so it still ends in that call.
 */
static void mark_unreachable(const IrBlock *b, bool *dead)
{
    unsigned end = b->nops;
    bool reach = true;

    if (!(ir_def(&b->ops[b->nops - 1])->flags & IR_F_NORETURN)) {
        end = 0;
        for (unsigned i = 0; i < b->nops; i++) {
            if (b->ops[i].opc == IR_OP_set_label) {
                end = i;
            }
        }
    }
    for (unsigned i = 0; i < end; i++) {
        const IrOp *op = &b->ops[i];

        if (op->opc == IR_OP_set_label) {
            reach = true;
        }
        if (!reach) {
            dead[i] = !(ir_def(op)->flags & IR_F_NORETURN);
            continue;
        }
        reach = falls_through(op);
    }
}

/* Backward liveness of locals; globals are always live. */
static void mark_unused(const IrBlock *b, bool *dead)
{
    bool *live = calloc(b->ntemps + 1, sizeof(bool));

    if (!live) {
        abort();
    }
    for (unsigned i = b->nops; i-- > 0;) {
        const IrOp *op = &b->ops[i];
        bool used = false;

        if (dead[i]) {
            continue;
        }
        for (unsigned k = 0; k < op->nout; k++) {
            IrTemp t = ir_out(op, k);

            used |= ir_temp_is_global(b, t) || live[t];
        }
        if (!used && removable(op)) {
            dead[i] = true;
            continue;
        }
        for (unsigned k = 0; k < op->nout; k++) {
            live[ir_out(op, k)] = false;
        }
        for (unsigned k = 0; k < op->nin; k++) {
            live[ir_in(op, k)] = true;
        }
    }
    free(live);
}

void ir_opt_dce(IrBlock *b)
{
    bool *dead = calloc(b->nops + 1, sizeof(bool));
    unsigned j = 0;

    if (!dead) {
        abort();
    }
    if (b->nops == 0) {
        free(dead);
        return;
    }
    mark_unreachable(b, dead);
    mark_unused(b, dead);
    for (unsigned i = 0; i < b->nops; i++) {
        if (!dead[i]) {
            b->ops[j++] = b->ops[i];
        }
    }
    b->nops = j;
    free(dead);
}
