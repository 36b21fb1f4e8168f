/* SPDX-License-Identifier: MIT */
/*
 * The architecture-neutral CPU: state the execution loop, the soft MMU and
 * the backends share, and the hooks a frontend provides.
 *
 * Layout: each frontend's CPU struct starts with CPUState and continues
 * with its own register file ("env"). Generated code holds a pointer to env,
 * so guest registers sit at small positive offsets and CPUState's fields at
 * negative ones; the hot fields (pc, flags, exit request) are last, nearest
 * env. env_offsetof() gives those offsets.
 */
#ifndef CORE_CPU_H
#define CORE_CPU_H

#include <setjmp.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "softmmu/tlb.h"

struct TB;
struct CPUState;
struct Machine;
struct TranslatorOps;
struct GdbArchOps;

#define TB_JMP_CACHE_BITS 14
#define TB_JMP_CACHE_SIZE (1u << TB_JMP_CACHE_BITS)
#define TB_JMP_CACHE_PAGE_BITS 4096u

/* Exception numbers of the loop itself; frontends use values >= 0. */
enum {
    EXCP_NONE = -1,
    EXCP_INTERRUPT = -2, /* exit request: leave the loop, state is exact */
    EXCP_HALTED = -3,
};

typedef struct CPUClass {
    const char *name;
    const struct TranslatorOps *translator;
    /* Take the exception in cs->exception_index (set pc, cause, mode). */
    void (*do_interrupt)(struct CPUState *cs);
    /* Deliver a pending interrupt if one is enabled; true if it did. */
    bool (*exec_interrupt)(struct CPUState *cs);
    /* Translate vaddr or raise the guest fault (unwinding through ra). On
     * success it installs the mapping with tlb_set_page(). */
    void (*tlb_fill)(struct CPUState *cs, uint64_t vaddr, AccessType access,
                     int mmu_idx, uintptr_t ra);
    /* Physical access failed (no device there): raise the access fault. */
    void (*bus_error)(struct CPUState *cs, uint64_t vaddr, AccessType access,
                      uintptr_t ra) __attribute__((noreturn));
    /* Misaligned access that the memop forbids: raise the fault. */
    void (*unaligned)(struct CPUState *cs, uint64_t vaddr, AccessType access,
                      uintptr_t ra) __attribute__((noreturn));
    int (*mmu_index)(struct CPUState *cs, bool ifetch);
    void (*dump_state)(struct CPUState *cs, FILE *f);
    /* Disassemble one instruction at buf; returns its length. */
    unsigned (*disas)(FILE *f, uint64_t pc, const uint8_t *buf, size_t len);
    /* Debugger support (core/gdbstub.h), or NULL. */
    const struct GdbArchOps *gdb;
    /* Guest instructions retired so far, the running block counted whole
     * (the -icount clock, core/icount.h). */
    uint64_t (*insn_count)(struct CPUState *cs);
} CPUClass;

typedef struct CPUStats {
    uint64_t tb_translated;   /* blocks translated */
    uint64_t tb_entries;      /* blocks entered from generated code (stats) */
    uint64_t loop_entries;    /* blocks entered from the execution loop */
    uint64_t jc_hits;         /* jump-cache hits in generated code (stats) */
    uint64_t loop_jc_hits;    /* jump-cache hits in the execution loop */
    uint64_t tlb_hits;        /* inline TLB hits (stats builds of code) */
    uint64_t tlb_misses;      /* refills */
    uint64_t tlb_victim_hits; /* misses served by the victim TLB */
    uint64_t tlb_slow;        /* slow-path accesses: MMIO, code pages, splits */
    uint64_t chains_made;     /* patched jumps */
    uint64_t tlb_flushes;     /* whole-TLB flushes */
    uint64_t tlb_page_flushes; /* single-page flushes */
} CPUStats;

typedef struct CPUState {
    const CPUClass *cc;
    struct Machine *machine;
    int cpu_index;
    int exception_index;
    bool halted;
    bool in_interp;        /* the IR interpreter is running a block */
    uint64_t interp_pc;    /* guest pc of the op it runs */
    const struct TB *interp_tb; /* and the block */
    sigjmp_buf jmp_env;
    CPUStats stats;

    struct TB *tb_jmp_cache[TB_JMP_CACHE_SIZE];
    /* A bit per hash of the virtual page of each block put in the jump
     * cache since it was last emptied (tb_jmp_cache_page_bit()): a page
     * flush skips the jump cache when the page's bit is clear. */
    uint64_t tb_jmp_cache_pages[TB_JMP_CACHE_PAGE_BITS / 64];
    TlbEntryCold tlb_cold[NB_MMU_MODES][TLB_SIZE];
    TlbEntry tlb[NB_MMU_MODES][TLB_SIZE];
    TlbEntry tlb_victim[NB_MMU_MODES][TLB_VICTIMS];
    TlbEntryCold tlb_victim_cold[NB_MMU_MODES][TLB_VICTIMS];
    uint8_t tlb_victim_next[NB_MMU_MODES];
    uint8_t tlb_clean;       /* bit per MMU index known empty (no fill since
                              * the last flush), which a flush skips */
    uint64_t tlb_large_lo;   /* [lo, last] covers the cached superpages; */
    uint64_t tlb_large_last; /* a page flush inside flushes everything */

    /* -icount: instructions this CPU may still run before the next
     * deadline; block entries subtract their length and leave when it
     * goes negative (core/translate.c). */
    int64_t icount_budget;

    /* Hot: read by generated code at every block entry and exit. */
    int32_t exit_request;
    uint32_t tb_flags;
    uint64_t pc;
} CPUState;

/* Offset of a CPUState field from env (the end of CPUState). */
#define env_offsetof(field)                                                   \
    ((int32_t)offsetof(CPUState, field) - (int32_t)sizeof(CPUState))

static inline void *cpu_env(CPUState *cs) { return cs + 1; }
static inline CPUState *env_cpu(void *env) { return (CPUState *)env - 1; }

static inline unsigned tb_jmp_cache_hash(uint64_t pc)
{
    return (unsigned)((pc >> 2) ^ (pc >> (2 + TB_JMP_CACHE_BITS))) &
           (TB_JMP_CACHE_SIZE - 1);
}

/* The bit of tb_jmp_cache_pages for the page holding pc. */
static inline unsigned tb_jmp_cache_page_bit(uint64_t pc)
{
    uint64_t vpn = pc >> 12;
    return (unsigned)(vpn ^ (vpn >> 12) ^ (vpn >> 24)) &
           (TB_JMP_CACHE_PAGE_BITS - 1);
}

static inline void tb_jmp_cache_set(CPUState *cs, unsigned h, struct TB *tb,
                                    uint64_t pc)
{
    unsigned bit = tb_jmp_cache_page_bit(pc);
    cs->tb_jmp_cache[h] = tb;
    cs->tb_jmp_cache_pages[bit / 64] |= 1ull << (bit % 64);
}

/* Leave the current block for the execution loop: the guest pc is set from
 * the host return address ra (0 = already exact, or the interpreter's). */
void cpu_loop_exit_restore(CPUState *cs, uintptr_t ra)
    __attribute__((noreturn));
void cpu_loop_exit(CPUState *cs) __attribute__((noreturn));
/* Ask the CPU to return to the loop at the next block boundary. */
void cpu_exit(CPUState *cs);

void cpu_init_common(CPUState *cs, const CPUClass *cc, struct Machine *m,
                     int index);
/* Runs the CPU until the machine wants to stop. */
void cpu_exec(CPUState *cs);

#endif
