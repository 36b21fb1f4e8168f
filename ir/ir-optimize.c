/* SPDX-License-Identifier: MIT */
/*
 * The standard optimizer pipeline: constant propagation, copy propagation,
 * constant propagation again when copy propagation rewrote something (a
 * copy can expose x - x or a decided condition), then dead-code
 * elimination. With ir_verify_each_pass set, every pass is followed by
 * ir_verify(), and a malformed block aborts with its dump.
 */
#include <stdlib.h>

#include "ir/ir.h"

bool ir_verify_each_pass;

static void verify_after(const IrBlock *b, const char *pass)
{
    const char *msg;
    unsigned bad = 0;

    if (!ir_verify_each_pass) {
        return;
    }
    msg = ir_verify(b, &bad);
    if (!msg) {
        return;
    }
    fprintf(stderr, "ir_verify failed after %s: op %u: %s\n", pass, bad, msg);
    if (bad < b->nops) {
        fputs("offending op:", stderr);
        ir_dump_op(b, &b->ops[bad], stderr);
    }
    fputs("block:\n", stderr);
    ir_dump(b, stderr);
    abort();
}

/* A cheap fingerprint of the ops, to tell whether a pass changed them. */
static uint64_t ops_hash(const IrBlock *b)
{
    uint64_t h = 0xcbf29ce484222325ull ^ b->nops;

    for (unsigned i = 0; i < b->nops; i++) {
        const IrOp *op = &b->ops[i];
        unsigned n = op->nout + op->nin + op->nconst;

        h = (h ^ op->opc) * 0x100000001b3ull;
        for (unsigned k = 0; k < n && k < IR_MAX_ARGS; k++) {
            h = (h ^ op->args[k]) * 0x100000001b3ull;
        }
    }
    return h;
}

void ir_optimize(IrBlock *b)
{
    uint64_t before;

    verify_after(b, "the frontend (input block)");
    ir_opt_constprop(b);
    verify_after(b, "constprop");
    before = ops_hash(b);
    ir_opt_copyprop(b);
    verify_after(b, "copyprop");
    if (ops_hash(b) != before) {
        ir_opt_constprop(b);
        verify_after(b, "constprop (second run)");
    }
    ir_opt_dce(b);
    verify_after(b, "dce");
}
