/* SPDX-License-Identifier: MIT */
/*
 * The translation loop and tb_gen_code(): frontend -> IR -> optimizer ->
 * backend, with the logging of each stage, and a cache flush and retry when
 * the code buffer or the TB pool runs out.
 */
#include <assert.h>

#include "core/translate.h"
#include "core/backend.h"
#include "core/gdbstub.h"
#include "core/icount.h"
#include "core/log.h"
#include "softmmu/softmmu.h"

uint32_t translate_cflags;
const Backend *backend;
IrTemp ir_pc;
static IrBlock scratch;

void translate_init(void)
{
#ifdef CONFIG_IR_VERIFY
    /* Test builds check every block after every optimizer pass. */
    ir_verify_each_pass = true;
#endif
    ir_pc = ir_global_new(IR_I64, env_offsetof(pc), "pc");
}

/*
 * -icount block entry: budget -= n; if it went negative, the block does
 * not fit before the next deadline: back to the loop with nothing run
 * (pc = the block's). Returns the index of the op whose constant is n,
 * patched once the block's length is known.
 */
static unsigned icount_gen_check(IrBlock *ir, uint64_t pc)
{
    IrTemp budget = ir_temp_new(ir, IR_I64);
    IrTemp n = ir_temp_new(ir, IR_I64);
    unsigned run = ir_label_new(ir);

    ir_ldenv_i64(ir, budget, env_offsetof(icount_budget), IR_MO_64);
    ir_movi_i64(ir, n, 0);
    unsigned n_op = ir->nops - 1;
    ir_op2(ir, IR_OP_sub_i64, budget, budget, n);
    ir_stenv_i64(ir, budget, env_offsetof(icount_budget), IR_MO_64);
    ir_brcond_i64(ir, IR_COND_GE, budget, ir_const_i64(ir, 0), run);
    ir_movi_i64(ir, ir_pc, pc);
    ir_exit_tb(ir, 0);
    ir_set_label(ir, run);
    return n_op;
}

void translator_loop(const TranslatorOps *ops, DisasBase *db, CPUState *cs,
                     TB *tb, IrBlock *ir, unsigned max_insns)
{
    unsigned icount_op = icount_enabled ? icount_gen_check(ir, tb->pc) : 0;

    db->tb = tb;
    db->ir = ir;
    db->pc_first = db->pc_next = tb->pc;
    db->is_jmp = DISAS_NEXT;
    db->num_insns = 0;
    db->max_insns = max_insns;
    ops->init(db, cs);

    for (;;) {
        if (gdbstub_enabled && gdbstub_breakpoint_at(db->pc_next) &&
            !(db->num_insns == 0 && (tb->flags & CF_BP_SKIP))) {
            /* Stop before the breakpoint: end the block there, or, when
             * it is the first instruction, leave to the debugger. */
            if (db->num_insns == 0) {
                ir_movi_i64(ir, ir_pc, db->pc_next);
                ir_exit_tb(ir, TB_EXIT_DEBUG);
                db->is_jmp = DISAS_NORETURN;
            } else {
                db->is_jmp = DISAS_TOO_MANY;
            }
            break;
        }
        db->num_insns++;
        ops->insn_start(db, cs);
        ops->translate_insn(db, cs);
        if (db->is_jmp != DISAS_NEXT) {
            break;
        }
        if (db->num_insns >= db->max_insns ||
            ((db->pc_next ^ db->pc_first) & PAGE_MASK)) {
            db->is_jmp = DISAS_TOO_MANY;
            break;
        }
    }
    ops->tb_stop(db, cs);
    if (icount_enabled) {
        ir->ops[icount_op].args[1] = db->num_insns;
    }
    tb->size = (uint32_t)(db->pc_next - db->pc_first);
    tb->ninsns = db->num_insns;
}

bool translator_fetch(DisasBase *db, CPUState *cs, uint64_t pc, unsigned len,
                      uint64_t *val)
{
    uint64_t last = pc + len - 1;
    if ((last ^ db->pc_first) & PAGE_MASK) {
        /* The instruction reaches into the next page. It may only start a
         * block's second page when it is the first instruction, so that a
         * fault on that page is raised at the right pc. */
        if (db->num_insns > 1) {
            return false;
        }
        if (db->tb->page_addr[1] == (uint64_t)-1) {
            db->tb->page_addr[1] =
                softmmu_code_paddr(cs, last, db->mmu_idx) & PAGE_MASK;
        }
        uint64_t v = 0;
        for (unsigned i = 0; i < len; i++) {
            v |= softmmu_fetch_code(cs, pc + i, 1, db->mmu_idx) << (8 * i);
        }
        *val = v;
        return true;
    }
    *val = softmmu_fetch_code(cs, pc, len, db->mmu_idx);
    return true;
}

void translator_stop_before_insn(DisasBase *db)
{
    IrBlock *b = db->ir;
    assert(b->nops && b->ops[b->nops - 1].opc == IR_OP_insn_start &&
           ir_const(&b->ops[b->nops - 1], 0) == db->pc_next);
    b->nops--;
    db->num_insns--;
    db->is_jmp = DISAS_TOO_MANY;
}

static void log_in_asm(CPUState *cs, const TB *tb)
{
    log_printf("IN: [size=%u]\n", tb->size);
    uint64_t pc = tb->pc;
    int mmu_idx = cs->cc->mmu_index(cs, true);
    uint64_t end = tb->pc + tb->size;
    while (pc < end) {
        /* Only the block's own bytes: the next ones may not be mapped. */
        uint8_t buf[8];
        unsigned n = end - pc < 4 ? (unsigned)(end - pc) : 4;
        for (unsigned i = 0; i < n; i++) {
            buf[i] = (uint8_t)softmmu_fetch_code(cs, pc + i, 1, mmu_idx);
        }
        unsigned len = cs->cc->disas(log_file ? log_file : stderr, pc, buf, n);
        pc += len ? len : n;
    }
    log_printf("\n");
}

TB *tb_gen_code(CPUState *cs, uint64_t pc, uint64_t phys_pc, uint32_t flags)
{
    unsigned max = (flags & CF_SINGLE_INSN) ? 1 : TB_MAX_INSNS;
    unsigned cap = (flags & CF_COUNT_MASK) >> CF_COUNT_SHIFT;
    if (cap && cap < max) {
        max = cap;
    }

    for (int attempt = 0;; attempt++) {
        if (!tb_pool_has_room(TB_MAX_INSNS)) {
            tb_flush_all();
        }
        TB *tb = tb_alloc(pc, phys_pc, flags);
        tb->page_addr[0] = phys_pc & PAGE_MASK;
        if (!scratch.temps) {
            ir_block_init(&scratch);
        }
        ir_block_reset(&scratch);
        cs->cc->translator->gen(cs, tb, &scratch, max);

        if (log_enabled(LOG_IN_ASM)) {
            log_in_asm(cs, tb);
        }
        if (log_enabled(LOG_OP)) {
            log_printf("OP:\n");
            ir_dump(&scratch, log_file ? log_file : stderr);
        }
        ir_optimize(&scratch);
        if (log_enabled(LOG_OP_OPT)) {
            log_printf("OP after optimization:\n");
            ir_dump(&scratch, log_file ? log_file : stderr);
        }
        if (backend->gen(tb, &scratch)) {
            if (log_enabled(LOG_OUT_ASM) && backend->dump) {
                backend->dump(tb);
            }
            tb_insert(tb);
            cs->stats.tb_translated++;
            return tb;
        }
        /* First assume the buffer was full; failing again on an empty
         * one, the block is past a backend limit: halve it. */
        if (attempt == 0) {
            tb_flush_all();
        } else if (max > 1) {
            max /= 2;
        } else {
            fatal("cannot translate the instruction at 0x%llx",
                  (unsigned long long)pc);
        }
    }
}
