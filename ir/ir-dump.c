/* SPDX-License-Identifier: MIT */
/*
 * The IR dumper behind `-d op` and `-d op_opt`: one op per line, globals by
 * name, locals as tmpN, constants as $0x.., labels as Ln, conditions and
 * memops decoded, calls by helper name, each guest instruction opened by a
 * ` ---- pc` separator. It never trusts the block: the verifier prints a
 * dump of a malformed block, so every index is range-checked here.
 */
#include <inttypes.h>

#include "ir/helper.h"
#include "ir/ir.h"

static void put_temp(const IrBlock *b, uint64_t t, FILE *f)
{
    if (t >= b->ntemps) {
        fprintf(f, "<bad temp %" PRIu64 ">", t);
    } else if (ir_temp_is_global(b, (IrTemp)t) && b->temps[t].name) {
        fputs(b->temps[t].name, f);
    } else {
        fprintf(f, "tmp%" PRIu64, t);
    }
}

static void put_memop(unsigned mo, FILE *f)
{
    fprintf(f, "mo=%c%u", (mo & IR_MO_SIGN) ? 's' : 'u',
            8 * ir_memop_size(mo));
    if (mo & IR_MO_ALIGN) {
        fputs(",al", f);
    }
}

static void put_cond(uint64_t c, FILE *f)
{
    fputs(c <= IR_COND_NEVER ? ir_cond_name((IrCond)c) : "<bad cond>", f);
}

static void put_env_off(uint64_t off, FILE *f)
{
    int64_t o = (int64_t)off;

    if (o < 0) {
        fprintf(f, "env-0x%" PRIx64, -(uint64_t)o);
    } else {
        fprintf(f, "env+0x%" PRIx64, (uint64_t)o);
    }
}

/* `tmp9 = name(x1, x2)` or `name(x1)` for a void helper. */
static void put_call(const IrBlock *b, const IrOp *op, FILE *f)
{
    const IrHelper *h;

    if (op->nout + op->nin + op->nconst > IR_MAX_ARGS || op->nconst < 1) {
        fputs("<bad argument counts>", f);
        return;
    }
    h = (const IrHelper *)(uintptr_t)ir_const(op, 0);
    for (unsigned k = 0; k < op->nout; k++) {
        put_temp(b, ir_out(op, k), f);
        fputs(k + 1 < op->nout ? ", " : " = ", f);
    }
    fprintf(f, "%s(", h && h->name ? h->name : "<null helper>");
    for (unsigned k = 0; k < op->nin; k++) {
        if (k) {
            fputs(", ", f);
        }
        put_temp(b, ir_in(op, k), f);
    }
    fputc(')', f);
}

/* Constants whose meaning depends on the op; the rest print as $0x... */
static void put_consts(const IrOp *op, FILE *f, bool comma)
{
    for (unsigned k = 0; k < op->nconst; k++) {
        uint64_t c = ir_const(op, k);

        if (comma || k) {
            fputs(", ", f);
        }
        switch (op->opc) {
        case IR_OP_setcond_i32:
        case IR_OP_setcond_i64:
        case IR_OP_movcond_i32:
        case IR_OP_movcond_i64:
            put_cond(c, f);
            break;
        case IR_OP_brcond_i32:
        case IR_OP_brcond_i64:
            if (k == 0) {
                put_cond(c, f);
            } else {
                fprintf(f, "L%" PRIu64, c);
            }
            break;
        case IR_OP_br:
        case IR_OP_set_label:
            fprintf(f, "L%" PRIu64, c);
            break;
        case IR_OP_ldenv_i32:
        case IR_OP_ldenv_i64:
        case IR_OP_stenv_i32:
        case IR_OP_stenv_i64:
            if (k == 0) {
                put_env_off(c, f);
            } else {
                put_memop((unsigned)c, f);
            }
            break;
        case IR_OP_guest_ld_i32:
        case IR_OP_guest_ld_i64:
        case IR_OP_guest_st_i32:
        case IR_OP_guest_st_i64:
            put_memop(ir_memop_of((uint32_t)c), f);
            fprintf(f, " idx=%u", ir_mmuidx_of((uint32_t)c));
            break;
        default:
            fprintf(f, "$0x%" PRIx64, c);
            break;
        }
    }
}

void ir_dump_op(const IrBlock *b, const IrOp *op, FILE *f)
{
    unsigned ntemp;

    if (op->opc >= IR_OP__COUNT) {
        fprintf(f, " <bad opcode %u>\n", op->opc);
        return;
    }
    if (op->opc == IR_OP_insn_start) {
        fprintf(f, " ---- 0x%016" PRIx64 "\n", ir_const(op, 0));
        return;
    }
    if (op->opc == IR_OP_set_label) {
        fprintf(f, "L%" PRIu64 ":\n", ir_const(op, 0));
        return;
    }
    fprintf(f, " %-14s ", ir_def(op)->name);
    if (op->opc == IR_OP_call) {
        put_call(b, op, f);
        fputc('\n', f);
        return;
    }
    ntemp = op->nout + op->nin;
    if (ntemp + op->nconst > IR_MAX_ARGS) {
        fputs("<bad argument counts>\n", f);
        return;
    }
    for (unsigned k = 0; k < ntemp; k++) {
        if (k) {
            fputs(", ", f);
        }
        put_temp(b, op->args[k], f);
    }
    put_consts(op, f, ntemp != 0);
    fputc('\n', f);
}

void ir_dump(const IrBlock *b, FILE *f)
{
    for (unsigned i = 0; i < b->nops; i++) {
        ir_dump_op(b, &b->ops[i], f);
    }
}
