/* SPDX-License-Identifier: MIT */
/*
 * The one translation loop all frontends share. A frontend embeds
 * DisasBase in its own context and supplies hooks; the loop owns the rules
 * for ending a block: a branch (the frontend says so), the size cap, the
 * page boundary, and single-stepping.
 */
#ifndef CORE_TRANSLATE_H
#define CORE_TRANSLATE_H

#include <stdbool.h>
#include <stdint.h>

#include "core/cpu.h"
#include "core/tb.h"
#include "ir/ir.h"

/* Longest block, in guest instructions. */
#define TB_MAX_INSNS 256

typedef enum DisasJumpType {
    DISAS_NEXT,     /* keep translating */
    DISAS_TOO_MANY, /* the loop stopped: continue at pc_next */
    DISAS_NORETURN, /* the frontend emitted the block's terminal */
    DISAS_TARGET_0, /* first frontend-specific value */
} DisasJumpType;

typedef struct DisasBase {
    TB *tb;
    IrBlock *ir;
    uint64_t pc_first, pc_next;
    int is_jmp;
    unsigned num_insns, max_insns;
    int mmu_idx;
} DisasBase;

typedef struct TranslatorOps {
    /* Translate one block: set up the context, call translator_loop(). */
    void (*gen)(CPUState *cs, TB *tb, IrBlock *ir, unsigned max_insns);
    void (*init)(DisasBase *db, CPUState *cs);
    void (*insn_start)(DisasBase *db, CPUState *cs);
    void (*translate_insn)(DisasBase *db, CPUState *cs);
    void (*tb_stop)(DisasBase *db, CPUState *cs);
} TranslatorOps;

void translator_loop(const TranslatorOps *ops, DisasBase *db, CPUState *cs,
                     TB *tb, IrBlock *ir, unsigned max_insns);

/* Code fetch for frontends: faults on the block's first page raise; a
 * fetch that would need a new page ends the block instead (returns false). */
bool translator_fetch(DisasBase *db, CPUState *cs, uint64_t pc, unsigned len,
                      uint64_t *val);

/* From translate_insn, before emitting anything but the insn_start: the
 * instruction at pc_next belongs to the next block (translator_fetch
 * refused it); the block ends before it. */
void translator_stop_before_insn(DisasBase *db);

/* Translate the block at (pc, flags) for cs; returns it inserted. */
TB *tb_gen_code(CPUState *cs, uint64_t pc, uint64_t phys_pc, uint32_t flags);

/* Compile flags the user asked for (-singlestep). */
extern uint32_t translate_cflags;

/* Global temp for CPUState.pc, registered by translate_init(). */
extern IrTemp ir_pc;
void translate_init(void);

#endif
