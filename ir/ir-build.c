/* SPDX-License-Identifier: MIT */
/*
 * The IR builder: the op table, global registration, and the functions a
 * frontend calls to append ops to a block.
 */
#include <assert.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "ir/helper.h"
#include "ir/ir.h"

const IrOpDef ir_op_defs[IR_OP__COUNT] = {
#define OP(n, o, i, c, f)                                                     \
    [IR_OP_##n] = { .name = #n, .nout = o, .nin = i, .nconst = c, .flags = f },
#include "ir/ops.def"
#undef OP
};

static IrTempInfo globals[IR_MAX_GLOBALS];
static unsigned nglobals;

IrTemp ir_global_new(IrType type, int32_t env_off, const char *name)
{
    assert(nglobals < IR_MAX_GLOBALS);
    globals[nglobals] = (IrTempInfo){
        .type = type, .kind = IR_TEMP_GLOBAL, .env_off = env_off, .name = name,
    };
    return nglobals++;
}

unsigned ir_global_count(void) { return nglobals; }

static void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n);
    if (!p) {
        abort();
    }
    return p;
}

void ir_block_init(IrBlock *b)
{
    memset(b, 0, sizeof(*b));
    ir_block_reset(b);
}

void ir_block_reset(IrBlock *b)
{
    b->nops = 0;
    b->nlabels = 0;
    if (b->cap_temps < nglobals + 64) {
        b->cap_temps = nglobals + 64;
        b->temps = xrealloc(b->temps, b->cap_temps * sizeof(IrTempInfo));
    }
    memcpy(b->temps, globals, nglobals * sizeof(IrTempInfo));
    b->ntemps = b->nglobals = nglobals;
}

void ir_block_free(IrBlock *b)
{
    free(b->ops);
    free(b->temps);
    memset(b, 0, sizeof(*b));
}

IrTemp ir_temp_new(IrBlock *b, IrType type)
{
    if (b->ntemps == b->cap_temps) {
        b->cap_temps *= 2;
        b->temps = xrealloc(b->temps, b->cap_temps * sizeof(IrTempInfo));
    }
    b->temps[b->ntemps] = (IrTempInfo){ .type = type, .kind = IR_TEMP_LOCAL };
    return b->ntemps++;
}

unsigned ir_label_new(IrBlock *b) { return b->nlabels++; }

static IrOp *op_append(IrBlock *b, IrOpc opc)
{
    if (b->nops == b->cap_ops) {
        b->cap_ops = b->cap_ops ? b->cap_ops * 2 : 256;
        b->ops = xrealloc(b->ops, b->cap_ops * sizeof(IrOp));
    }
    IrOp *op = &b->ops[b->nops++];
    memset(op, 0, sizeof(*op));
    op->opc = opc;
    op->nout = ir_op_defs[opc].nout;
    op->nin = ir_op_defs[opc].nin;
    op->nconst = ir_op_defs[opc].nconst;
    return op;
}

IrOp *ir_emit(IrBlock *b, IrOpc opc, const uint64_t *args)
{
    IrOp *op = op_append(b, opc);
    size_t n = (size_t)(op->nout + op->nin + op->nconst) * 8;

    if (args) { /* NULL for ops without arguments */
        memcpy(op->args, args, n);
    }
    return op;
}

void ir_op1(IrBlock *b, IrOpc opc, IrTemp out, IrTemp in)
{
    ir_emit(b, opc, (uint64_t[]){ out, in });
}

void ir_op2(IrBlock *b, IrOpc opc, IrTemp out, IrTemp x, IrTemp y)
{
    ir_emit(b, opc, (uint64_t[]){ out, x, y });
}

void ir_movi_i32(IrBlock *b, IrTemp out, uint32_t val)
{
    ir_emit(b, IR_OP_movi_i32, (uint64_t[]){ out, val });
}

void ir_movi_i64(IrBlock *b, IrTemp out, uint64_t val)
{
    ir_emit(b, IR_OP_movi_i64, (uint64_t[]){ out, val });
}

IrTemp ir_const_i32(IrBlock *b, uint32_t val)
{
    IrTemp t = ir_temp_new(b, IR_I32);
    ir_movi_i32(b, t, val);
    return t;
}

IrTemp ir_const_i64(IrBlock *b, uint64_t val)
{
    IrTemp t = ir_temp_new(b, IR_I64);
    ir_movi_i64(b, t, val);
    return t;
}

void ir_setcond_i64(IrBlock *b, IrCond c, IrTemp out, IrTemp x, IrTemp y)
{
    ir_emit(b, IR_OP_setcond_i64, (uint64_t[]){ out, x, y, c });
}

void ir_movcond_i64(IrBlock *b, IrCond c, IrTemp out, IrTemp x, IrTemp y,
                    IrTemp vtrue, IrTemp vfalse)
{
    ir_emit(b, IR_OP_movcond_i64,
            (uint64_t[]){ out, x, y, vtrue, vfalse, c });
}

void ir_brcond_i64(IrBlock *b, IrCond c, IrTemp x, IrTemp y, unsigned label)
{
    ir_emit(b, IR_OP_brcond_i64, (uint64_t[]){ x, y, c, label });
}

void ir_set_label(IrBlock *b, unsigned label)
{
    ir_emit(b, IR_OP_set_label, (uint64_t[]){ label });
}

void ir_br(IrBlock *b, unsigned label)
{
    ir_emit(b, IR_OP_br, (uint64_t[]){ label });
}

void ir_ldenv_i64(IrBlock *b, IrTemp out, int32_t off, unsigned memop)
{
    ir_emit(b, IR_OP_ldenv_i64, (uint64_t[]){ out, (uint64_t)off, memop });
}

void ir_stenv_i64(IrBlock *b, IrTemp val, int32_t off, unsigned memop)
{
    ir_emit(b, IR_OP_stenv_i64, (uint64_t[]){ val, (uint64_t)off, memop });
}

void ir_ldenv_i32(IrBlock *b, IrTemp out, int32_t off, unsigned memop)
{
    ir_emit(b, IR_OP_ldenv_i32, (uint64_t[]){ out, (uint64_t)off, memop });
}

void ir_stenv_i32(IrBlock *b, IrTemp val, int32_t off, unsigned memop)
{
    ir_emit(b, IR_OP_stenv_i32, (uint64_t[]){ val, (uint64_t)off, memop });
}

void ir_guest_ld_i64(IrBlock *b, IrTemp out, IrTemp addr, uint32_t moi)
{
    ir_emit(b, IR_OP_guest_ld_i64, (uint64_t[]){ out, addr, moi });
}

void ir_guest_st_i64(IrBlock *b, IrTemp val, IrTemp addr, uint32_t moi)
{
    ir_emit(b, IR_OP_guest_st_i64, (uint64_t[]){ val, addr, moi });
}

void ir_insn_start(IrBlock *b, uint64_t pc)
{
    ir_emit(b, IR_OP_insn_start, (uint64_t[]){ pc });
}

void ir_mb(IrBlock *b, unsigned orderings)
{
    ir_emit(b, IR_OP_mb, (uint64_t[]){ orderings });
}

void ir_goto_tb(IrBlock *b, unsigned slot, uint64_t pc)
{
    ir_emit(b, IR_OP_goto_tb, (uint64_t[]){ slot, pc });
}

void ir_lookup_tb(IrBlock *b) { ir_emit(b, IR_OP_lookup_tb, NULL); }

void ir_exit_tb(IrBlock *b, uint64_t reason)
{
    ir_emit(b, IR_OP_exit_tb, (uint64_t[]){ reason });
}

void ir_call(IrBlock *b, const IrHelper *h, IrTemp out, unsigned nargs, ...)
{
    IrOp *op = op_append(b, IR_OP_call);
    unsigned n = 0;
    va_list ap;

    assert(nargs <= IR_MAX_CALL_ARGS);
    op->nout = out != IR_NO_TEMP;
    op->nin = nargs;
    op->nconst = 1;
    if (op->nout) {
        op->args[n++] = out;
    }
    va_start(ap, nargs);
    for (unsigned i = 0; i < nargs; i++) {
        op->args[n++] = va_arg(ap, IrTemp);
    }
    va_end(ap);
    op->args[n] = (uintptr_t)h;
}

const char *ir_cond_name(IrCond c)
{
    static const char *const names[] = {
        [IR_COND_EQ] = "eq",   [IR_COND_NE] = "ne",   [IR_COND_LT] = "lt",
        [IR_COND_GE] = "ge",   [IR_COND_LE] = "le",   [IR_COND_GT] = "gt",
        [IR_COND_LTU] = "ltu", [IR_COND_GEU] = "geu", [IR_COND_LEU] = "leu",
        [IR_COND_GTU] = "gtu", [IR_COND_ALWAYS] = "always",
        [IR_COND_NEVER] = "never",
    };
    return (unsigned)c < sizeof(names) / sizeof(names[0]) ? names[c] : "?";
}

bool ir_cond_eval_i64(IrCond c, uint64_t x, uint64_t y)
{
    switch (c) {
    case IR_COND_EQ: return x == y;
    case IR_COND_NE: return x != y;
    case IR_COND_LT: return (int64_t)x < (int64_t)y;
    case IR_COND_GE: return (int64_t)x >= (int64_t)y;
    case IR_COND_LE: return (int64_t)x <= (int64_t)y;
    case IR_COND_GT: return (int64_t)x > (int64_t)y;
    case IR_COND_LTU: return x < y;
    case IR_COND_GEU: return x >= y;
    case IR_COND_LEU: return x <= y;
    case IR_COND_GTU: return x > y;
    case IR_COND_ALWAYS: return true;
    case IR_COND_NEVER: return false;
    }
    return false;
}

bool ir_cond_eval_i32(IrCond c, uint32_t x, uint32_t y)
{
    switch (c) {
    case IR_COND_LT: case IR_COND_GE: case IR_COND_LE: case IR_COND_GT:
        return ir_cond_eval_i64(c, (uint64_t)(int64_t)(int32_t)x,
                                (uint64_t)(int64_t)(int32_t)y);
    default:
        return ir_cond_eval_i64(c, x, y);
    }
}
