/* SPDX-License-Identifier: MIT */
/*
 * RISC-V instruction -> IR translation. The decoder (decode.c, from
 * insn32.def and insn16.def) finds the instruction; a trans_<name>()
 * function per instruction, grouped by extension in trans-*.c.inc, emits
 * its IR. A 16-bit instruction runs through the translator of the 32-bit
 * instruction it expands to. A translator that returns false makes the
 * instruction illegal.
 */
#include "core/machine.h"
#include "core/translate.h"
#include "softmmu/softmmu.h"
#include "frontend-riscv/cpu.h"
#include "frontend-riscv/decode.h"
#include "frontend-riscv/csr-num.h"
#include "frontend-riscv/helper.h"
#include "ir/ir-fp.h"

typedef enum {
    DISAS_EXIT = DISAS_TARGET_0, /* pc written: return to the loop */
} RvDisasJump;

typedef struct DisasContext {
    DisasBase base;
    CPUState *cs;
    IrBlock *b;
    uint32_t insn;     /* the instruction bits (16 or 32) */
    unsigned insn_len; /* 2 or 4 */
    int mem_idx;
    unsigned icount_op; /* instruction counting, trans-priv.c.inc */
} DisasContext;

static IrTemp cpu_gpr[32];

static const char *const gpr_names[32] = {
    "zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2",
    "s0", "s1", "a0", "a1", "a2", "a3", "a4", "a5",
    "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7",
    "s8", "s9", "s10", "s11", "t3", "t4", "t5", "t6",
};

static void rv_priv_translate_init(void);

void rv_translate_init(void)
{
    for (int i = 1; i < 32; i++) {
        cpu_gpr[i] = ir_global_new(IR_I64, offsetof(RVEnv, gpr[i]),
                                   gpr_names[i]);
    }
    rv_priv_translate_init();
    rv_decode_init();
}

/* The value of register r (x0 reads as a fresh zero). */
static IrTemp get_gpr(DisasContext *ctx, int r)
{
    return r ? cpu_gpr[r] : ir_const_i64(ctx->b, 0);
}

/* Where to write register r (x0's writes go to a scratch temp). */
static IrTemp dest_gpr(DisasContext *ctx, int r)
{
    return r ? cpu_gpr[r] : ir_temp_new(ctx->b, IR_I64);
}

static IrTemp temp(DisasContext *ctx) { return ir_temp_new(ctx->b, IR_I64); }

static uint64_t insn_pc(DisasContext *ctx) { return ctx->base.pc_next; }

/* The pc after this instruction: the link value, the fall-through. */
static uint64_t next_pc(DisasContext *ctx)
{
    return ctx->base.pc_next + ctx->insn_len;
}

static void gen_raise(DisasContext *ctx, int cause, uint64_t tval)
{
    ir_call(ctx->b, &ir_helper_rv_raise, IR_NO_TEMP, 2,
            ir_const_i32(ctx->b, (uint32_t)cause),
            ir_const_i64(ctx->b, tval));
    ctx->base.is_jmp = DISAS_NORETURN;
}

/* A direct jump: chain to the target when it lies on this block's page
 * (a mapping change can then only invalidate both together). */
static void gen_goto_tb(DisasContext *ctx, unsigned slot, uint64_t dest)
{
    if (!((dest ^ ctx->base.pc_first) & PAGE_MASK)) {
        ir_goto_tb(ctx->b, slot, dest);
    } else {
        ir_movi_i64(ctx->b, ir_pc, dest);
        ir_lookup_tb(ctx->b);
    }
}

/* With C (always present, misa.C is read-only) IALIGN is 16: every even
 * target is aligned, and jal/jalr/branches clear or never set bit 0. */
static bool target_misaligned(uint64_t dest)
{
    (void)dest;
    return false;
}

#include "frontend-riscv/trans-rvi.c.inc"
#include "frontend-riscv/trans-rvm.c.inc"
#include "frontend-riscv/trans-rva.c.inc"
#include "frontend-riscv/trans-rvf.c.inc"
#include "frontend-riscv/trans-rvb.c.inc"
#include "frontend-riscv/trans-zicsr.c.inc"
#include "frontend-riscv/trans-priv.c.inc"
#include "frontend-riscv/trans-zicbo.c.inc"

typedef bool (*TransFn)(DisasContext *ctx, RvArgs *a);

static const TransFn trans_table[RV_INSN__COUNT] = {
#define INSN(n, f, p) [RV_INSN_##n] = trans_##n,
#include "frontend-riscv/insn32.def"
#undef INSN
};

static void rv_tr_init(DisasBase *db, CPUState *cs)
{
    DisasContext *ctx = (DisasContext *)db;
    ctx->cs = cs;
    ctx->b = db->ir;
    ctx->mem_idx = cs->cc->mmu_index(cs, false);
    gen_icount_start(ctx);
    db->mmu_idx = cs->cc->mmu_index(cs, true);
}

static void rv_tr_insn_start(DisasBase *db, CPUState *cs)
{
    (void)cs;
    ir_insn_start(db->ir, db->pc_next);
}

/*
 * Fetches the low parcel, and the high one only for a 32-bit instruction
 * (bits 1:0 = 11), which may then reach into the next page: that is
 * allowed only for a block's first instruction (translator_fetch), so
 * otherwise the block ends before it and the next block starts with it.
 */
static void rv_tr_translate_insn(DisasBase *db, CPUState *cs)
{
    DisasContext *ctx = (DisasContext *)db;
    uint64_t lo, hi = 0;
    RvArgs a;
    int id;

    if (!translator_fetch(db, cs, db->pc_next, 2, &lo) ||
        ((lo & 3) == 3 &&
         !translator_fetch(db, cs, db->pc_next + 2, 2, &hi))) {
        /* The next page is for the next block. */
        translator_stop_before_insn(db);
        return;
    }
    if ((lo & 3) == 3) {
        ctx->insn = (uint32_t)(lo | hi << 16);
        ctx->insn_len = 4;
        id = rv_decode32(ctx->insn, &a);
    } else {
        /* mtval of an illegal one is the 16 bits, zero-extended. */
        ctx->insn = (uint32_t)lo;
        ctx->insn_len = 2;
        id = rv_decode16_insn32((uint16_t)lo, &a);
    }
    if (id < 0 || !trans_table[id](ctx, &a)) {
        gen_raise(ctx, RV_EXC_ILLEGAL_INSN, ctx->insn);
    }
    db->pc_next += ctx->insn_len;
}

static void rv_tr_tb_stop(DisasBase *db, CPUState *cs)
{
    DisasContext *ctx = (DisasContext *)db;
    (void)cs;
    gen_icount_patch(ctx);
    switch (db->is_jmp) {
    case DISAS_TOO_MANY:
        gen_goto_tb(ctx, 0, db->pc_next);
        break;
    case DISAS_EXIT:
        ir_movi_i64(ctx->b, ir_pc, db->pc_next);
        ir_exit_tb(ctx->b, 0);
        break;
    default:
        break;
    }
}

static void rv_gen(CPUState *cs, TB *tb, IrBlock *ir, unsigned max_insns);

const TranslatorOps rv_translator_ops = {
    .gen = rv_gen,
    .init = rv_tr_init,
    .insn_start = rv_tr_insn_start,
    .translate_insn = rv_tr_translate_insn,
    .tb_stop = rv_tr_tb_stop,
};

static void rv_gen(CPUState *cs, TB *tb, IrBlock *ir, unsigned max_insns)
{
    DisasContext ctx;
    translator_loop(&rv_translator_ops, &ctx.base, cs, tb, ir, max_insns);
}
