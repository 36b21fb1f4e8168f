/* SPDX-License-Identifier: MIT */
/*
 * Translation blocks and their cache. A TB is keyed by (guest pc, physical
 * pc, flags); it records the physical pages its guest code came from (so a
 * write there invalidates it), its two chainable exits, the list of blocks
 * that jump into it, and the host-offset -> guest-pc map that recovers the
 * exact pc when something inside the block faults.
 *
 * TBs are never freed one by one: an invalidated TB stays readable (a CPU
 * may still be running it) until the whole cache is flushed.
 */
#ifndef CORE_TB_H
#define CORE_TB_H

#include <stdbool.h>
#include <stdint.h>

#include "core/cpu.h"
#include "ir/ir.h"

/* Compile flags, part of the key. */
enum {
    CF_SINGLE_INSN = 1u << 31, /* one instruction per block (-singlestep) */
    CF_BP_SKIP = 1u << 30,     /* debugger: no breakpoint stop before the
                                  first instruction (resuming from it) */
};
/* -icount: a block cut to at most N instructions (N in bits 28:20, 0 = no
 * cap) so a hart stops exactly at a deadline. Frontend flags stay below
 * bit 20. */
#define CF_COUNT_SHIFT 20
#define CF_COUNT_MASK (0x1ffu << CF_COUNT_SHIFT)

typedef struct TbInsn {
    uint32_t host_off; /* first host byte of the instruction's code */
    uint64_t pc;
} TbInsn;

typedef struct TB {
    uint64_t pc;
    uint32_t flags;   /* frontend state (mode) | compile flags */
    uint32_t size;    /* guest bytes */
    uint64_t phys_pc;
    uint64_t page_addr[2]; /* physical pages; [1] = -1 when only one */
    uint32_t ninsns;
    bool invalid;

    const uint8_t *host_code; /* as executed */
    uint32_t host_size;

    /* Chaining. jmp_insn_off: the jump's rel32 field; jmp_reset_off: where
     * it goes when not chained (both from host_code; TB_NO_JUMP: no slot). */
    uint32_t jmp_insn_off[2];
    uint32_t jmp_reset_off[2];
    struct TB *jmp_dest[2];
    uintptr_t jmp_list_head;     /* incoming: TB* | slot, -> jmp_list_next */
    uintptr_t jmp_list_next[2];

    uintptr_t page_next[2];      /* per-page lists: TB* | which page */
    struct TB *hash_next;

    TbInsn *insns;               /* pc recovery map, ninsns entries */
    IrBlock ir;                  /* kept for the interpreter backend */
} TB;

#define TB_NO_JUMP UINT32_MAX

/* Exit value of a block: TB* | slot for a chainable exit, TB* | 2 for an
 * exit the loop must not chain, or 0. */
#define TB_EXIT_MASK 3
#define TB_EXIT_NOCHAIN 2
/* No TB | 3: stopped before a debugger breakpoint, pc exact. */
#define TB_EXIT_DEBUG 3

void tb_cache_init(void);
/* Finds a valid TB for the key, or NULL. */
TB *tb_lookup(uint64_t pc, uint64_t phys_pc, uint32_t flags);
/* A fresh TB from the pool, or NULL when the pool is exhausted. */
TB *tb_alloc(uint64_t pc, uint64_t phys_pc, uint32_t flags);
/* Make tb findable and track its pages (after code generation). */
void tb_insert(TB *tb);
/* The TB whose host code contains host address ra, or NULL. */
TB *tb_find_by_host(uintptr_t ra);
/* Guest pc of the instruction at host address ra in tb. */
uint64_t tb_pc_of_host(const TB *tb, uintptr_t ra);
/* How many of tb's guest instructions start at or after pc (pc inside
 * tb): those that had not retired when an exception stopped at pc. */
unsigned tb_insns_from(const TB *tb, uint64_t pc);
/* Record the start of a guest instruction (called by the code generator). */
void tb_add_insn(TB *tb, uint32_t host_off, uint64_t pc);

/* Patch from's exit slot to jump to to (both valid, from the loop). */
void tb_chain(TB *from, int slot, TB *to);
/* Invalidate every TB overlapping physical [start, start + len) in mr. */
void tb_invalidate_phys_range(MemRegion *mr, uint64_t start, uint64_t len);
/* Drop every TB and all generated code. */
void tb_flush_all(void);
/* Whether the pool can take one more TB of up to max_insns instructions. */
bool tb_pool_has_room(unsigned max_insns);
/* Number of full flushes so far. */
uint64_t tb_flush_count(void);

/* Register a CPU so flushes reach its jump cache and TLB. */
void tb_register_cpu(CPUState *cs);

#endif
