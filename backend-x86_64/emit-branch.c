/* SPDX-License-Identifier: MIT */
/*
 * Emitters for control: labels and branches inside a block, helper calls,
 * barriers, and the block terminals that make chaining work: goto_tb (a
 * patchable jump), lookup_tb (an inline jump-cache probe) and exit_tb.
 */
#include <stddef.h>

#include "backend-x86_64/jit.h"
#include "core/log.h"
#include "ir/helper.h"

static void jump_to_label(Jit *j, uint8_t *field, unsigned label)
{
    if (!field) {
        return; /* buffer overflow: the block is retried */
    }
    if (j->labels[label].bound) {
        x86_patch_rel32(field, x86_exec_addr(&j->buf, field),
                        j->labels[label].bound);
    } else if (j->labels[label].npending < 8) {
        j->labels[label].pending[j->labels[label].npending++] = field;
    } else {
        j->failed = true;
    }
}

static void emit_set_label(Jit *j, const IrOp *op)
{
    unsigned l = (unsigned)ir_const(op, 0);
    ra_drop_all(j);
    j->labels[l].bound = jit_exec_addr(j);
    for (unsigned i = 0; i < j->labels[l].npending; i++) {
        x86_bind_rel32(&j->buf, j->labels[l].pending[i]);
    }
    j->labels[l].npending = 0;
}

static void emit_br(Jit *j, const IrOp *op)
{
    ra_drop_all(j);
    jump_to_label(j, x86_jmp_rel32(&j->buf), (unsigned)ir_const(op, 0));
}

static void emit_brcond(Jit *j, const IrOp *op)
{
    bool w64 = op->opc == IR_OP_brcond_i64;
    IrCond c = (IrCond)ir_const(op, 0);
    unsigned label = (unsigned)ir_const(op, 1);
    JitArg x = { 0 }, y = { 0 };
    TempState *sy = &j->ts[ir_in(op, 1)];

    x.reg = ra_load(j, ir_in(op, 0), 0);
    j->locked = REG_MASK(x.reg);
    int64_t v = w64 ? (int64_t)sy->val : (int32_t)(uint32_t)sy->val;
    if (sy->loc == LOC_CONST && v == (int32_t)v) {
        y.is_imm = true;
        y.imm = v;
    } else {
        y.reg = ra_load(j, ir_in(op, 1), 0);
    }
    j->locked = 0;
    /* Stores only: the loaded registers keep their values for the cmp. */
    ra_drop_all(j);
    if (c == IR_COND_ALWAYS) {
        jump_to_label(j, x86_jmp_rel32(&j->buf), label);
    } else if (c != IR_COND_NEVER) {
        jit_cmp(j, w64, &x, &y);
        jump_to_label(j, x86_jcc_rel32(&j->buf, jit_cond(c)), label);
    }
}

static const X86Reg arg_regs[6] = { X86_RDI, X86_RSI, X86_RDX,
                                    X86_RCX, X86_R8,  X86_R9 };

static void emit_call(Jit *j, const IrOp *op)
{
    const IrHelper *h = (const IrHelper *)(uintptr_t)ir_const(op, 0);
    unsigned k = 0;

    if (ir_helper_syncs_globals(h)) {
        ra_sync_globals(j);
    }
    ra_spill_caller_saved(j);
    for (unsigned i = 0; i < h->nargs; i++) {
        if (h->args[i] == IR_HT_env) {
            x86_mov_rr(&j->buf, true, arg_regs[i], JIT_ENV);
        } else {
            ra_load_to(j, ir_in(op, k++), arg_regs[i]);
        }
    }
    jit_call_abs(j, h->fn);
    for (unsigned i = 0; i < op->nin; i++) {
        if (op->life & (1u << (op->nout + i))) {
            ra_free_temp(j, ir_in(op, i));
        }
    }
    if (ir_helper_clobbers_globals(h)) {
        ra_forget_globals(j);
    }
    if (op->nout) {
        IrTemp out = ir_out(op, 0);
        if (h->ret == IR_HT_i32) {
            x86_mov_rr(&j->buf, false, X86_RAX, X86_RAX);
        }
        ra_assign(j, out, X86_RAX);
        if (op->life & 1) {
            ra_free_temp(j, out);
        }
    }
}

static void emit_mb(Jit *j, const IrOp *op)
{
    /* x86-64 orders everything but a store before a later load. */
    if (ir_const(op, 0) & IR_MB_ST_LD) {
        x86_mfence(&j->buf);
    }
}

static void emit_insn_start(Jit *j, const IrOp *op)
{
    (void)j;
    (void)op;
}

static void exit_to_loop(Jit *j, uintptr_t value)
{
    x86_mov_ri(&j->buf, X86_RAX, value);
    jit_jmp_to(j, jit_epilogue);
}

/* A direct exit: a jmp whose rel32 the loop patches to chain; until then
 * (and after an unchain) it falls through to "store pc, return". */
static void emit_goto_tb(Jit *j, const IrOp *op)
{
    unsigned slot = (unsigned)ir_const(op, 0);
    TB *tb = j->tb;

    ra_drop_all(j);
    /* Align the rel32 field so that patching it is one atomic store. */
    unsigned mis = (unsigned)((uintptr_t)(jit_exec_addr(j) + 1) & 3);
    if (mis) {
        x86_nop(&j->buf, 4 - mis);
    }
    uint8_t *field = x86_jmp_rel32(&j->buf);
    if (field) {
        tb->jmp_insn_off[slot] =
            (uint32_t)(x86_exec_addr(&j->buf, field) - tb->host_code);
        tb->jmp_reset_off[slot] = (uint32_t)(jit_exec_addr(j) - tb->host_code);
    }
    ra_store_const(j, env_offsetof(pc), ir_const(op, 1), 8);
    exit_to_loop(j, (uintptr_t)tb | slot);
}

/* An indirect exit: find the next block in the CPU's jump cache without
 * leaving generated code; a miss returns to the loop. */
static void emit_lookup_tb(Jit *j, const IrOp *op)
{
    X86Buf *b = &j->buf;
    (void)op;

    ra_drop_all(j);
    if (log_enabled(LOG_NOCHAIN)) {
        exit_to_loop(j, 0);
        return;
    }
    x86_load(b, X86_RAX, x86_mem(JIT_ENV, env_offsetof(pc)), 8, false, true);
    x86_mov_rr(b, true, JIT_TMP0, X86_RAX);
    x86_shift_ri(b, true, X86_SHR, JIT_TMP0, 2);
    x86_mov_rr(b, true, JIT_TMP1, JIT_TMP0);
    x86_shift_ri(b, true, X86_SHR, JIT_TMP1, TB_JMP_CACHE_BITS);
    x86_alu_rr(b, true, X86_XOR, JIT_TMP0, JIT_TMP1);
    x86_alu_ri(b, false, X86_AND, JIT_TMP0, TB_JMP_CACHE_SIZE - 1);
    x86_load(b, JIT_TMP0,
             x86_mem_idx(JIT_ENV, JIT_TMP0, 8, env_offsetof(tb_jmp_cache)), 8,
             false, true);
    x86_test_rr(b, true, JIT_TMP0, JIT_TMP0);
    uint8_t *miss1 = x86_jcc_rel32(b, X86_CC_E);
    x86_alu_rm(b, true, X86_CMP, X86_RAX,
               x86_mem(JIT_TMP0, offsetof(TB, pc)));
    uint8_t *miss2 = x86_jcc_rel32(b, X86_CC_NE);
    x86_load(b, JIT_TMP1, x86_mem(JIT_ENV, env_offsetof(tb_flags)), 4, false,
             false);
    x86_alu_rm(b, false, X86_CMP, JIT_TMP1,
               x86_mem(JIT_TMP0, offsetof(TB, flags)));
    uint8_t *miss3 = x86_jcc_rel32(b, X86_CC_NE);
    if (log_enabled(LOG_STATS)) {
        x86_alu_mi(b, true, X86_ADD,
                   x86_mem(JIT_ENV, env_offsetof(stats.jc_hits)), 1);
    }
    x86_jmp_m(b, x86_mem(JIT_TMP0, offsetof(TB, host_code)));
    x86_bind_rel32(b, miss1);
    x86_bind_rel32(b, miss2);
    x86_bind_rel32(b, miss3);
    exit_to_loop(j, 0);
}

static void emit_exit_tb(Jit *j, const IrOp *op)
{
    ra_drop_all(j);
    exit_to_loop(j, (uintptr_t)ir_const(op, 0));
}

void jit_emit_branch_init(EmitDef *defs)
{
    defs[IR_OP_set_label] = (EmitDef){ .emit_custom = emit_set_label };
    defs[IR_OP_br] = (EmitDef){ .emit_custom = emit_br };
    defs[IR_OP_brcond_i32] = (EmitDef){ .emit_custom = emit_brcond };
    defs[IR_OP_brcond_i64] = (EmitDef){ .emit_custom = emit_brcond };
    defs[IR_OP_call] = (EmitDef){ .emit_custom = emit_call };
    defs[IR_OP_mb] = (EmitDef){ .emit_custom = emit_mb };
    defs[IR_OP_insn_start] = (EmitDef){ .emit_custom = emit_insn_start };
    defs[IR_OP_goto_tb] = (EmitDef){ .emit_custom = emit_goto_tb };
    defs[IR_OP_lookup_tb] = (EmitDef){ .emit_custom = emit_lookup_tb };
    defs[IR_OP_exit_tb] = (EmitDef){ .emit_custom = emit_exit_tb };
}
