/* SPDX-License-Identifier: MIT */
/*
 * The CPU's view of memory: TLB maintenance, the slow paths that generated
 * code calls when its inline TLB check misses, and complete accesses for
 * C code (helpers, the IR interpreter, the translator's instruction fetch).
 */
#ifndef SOFTMMU_SOFTMMU_H
#define SOFTMMU_SOFTMMU_H

#include <stdint.h>

#include "core/cpu.h"
#include "softmmu/memory.h"

/* The physical address space CPUs see (one per machine). */
extern AddressSpace *softmmu_as;

void tlb_flush(CPUState *cs);
/* Flushes vaddr's page; everything if a cached superpage may cover it. */
void tlb_flush_page(CPUState *cs, uint64_t vaddr);
/* The mapping tlb_set_page() is about to install for vaddr comes from a
 * superpage of size bytes (a power of two): later page flushes inside it
 * must flush everything. */
void tlb_note_large_page(CPUState *cs, uint64_t vaddr, uint64_t size);
/* Install vaddr's page -> paddr's page with prot (PROT_*) for mmu_idx. */
void tlb_set_page(CPUState *cs, uint64_t vaddr, uint64_t paddr, int prot,
                  int mmu_idx);
/* On a miss: swap in a victim entry that maps addr for access; true if
 * one did. */
bool tlb_victim_hit(CPUState *cs, int mmu_idx, uint64_t addr,
                    AccessType access);
/* A page just got translated code: route later writes to the slow path. */
void tlb_mark_code_page(CPUState *cs, uint64_t page);

/* Slow paths; ra is the host address of the access in generated code (0
 * from C code with an exact pc). They may raise guest faults. */
uint64_t softmmu_ld_slow(CPUState *cs, uint64_t addr, uint32_t moi,
                         uintptr_t ra);
void softmmu_st_slow(CPUState *cs, uint64_t addr, uint64_t val, uint32_t moi,
                     uintptr_t ra);

/* Complete accesses (TLB hit in C, else the slow path). */
uint64_t cpu_ld(CPUState *cs, uint64_t addr, uint32_t moi, uintptr_t ra);
void cpu_st(CPUState *cs, uint64_t addr, uint64_t val, uint32_t moi,
            uintptr_t ra);

/*
 * The host address of size (1, 2, 4 or 8) bytes at addr for an atomic
 * access (an AMO or LR/SC) that the caller performs itself with host
 * atomics; acc is ACCESS_WRITE for anything that may write, ACCESS_READ
 * for a load that must see RAM. Raises, through the frontend, the
 * alignment fault (addr not a multiple of size), the translation fault,
 * or the access fault when the page is not plain RAM for acc (device,
 * hole, ROM for a write); ra as for the slow paths. For a write into a
 * page holding translated code, the blocks overlapping the bytes are
 * invalidated first, as a store would do.
 */
void *softmmu_probe_atomic(CPUState *cs, uint64_t addr, unsigned size,
                           AccessType acc, int mmu_idx, uintptr_t ra);

/* Debugger watchpoints (installed by core/gdbstub.c; NULL: none): which
 * accesses (PROT_R, PROT_W) to a virtual page must take the slow path,
 * and the check made there, which may leave the block (ra as above). */
extern int (*softmmu_watch_page)(CPUState *cs, uint64_t vpage);
extern void (*softmmu_watch_check)(CPUState *cs, uint64_t addr, unsigned size,
                                   int prot, uintptr_t ra);

/* Instruction fetch for the translator: physical address of pc's page
 * start plus offset, raising the fetch fault if pc is not executable RAM. */
uint64_t softmmu_code_paddr(CPUState *cs, uint64_t pc, int mmu_idx);
/* Fetches len (<= 8) bytes of code at vaddr, all on one page. */
uint64_t softmmu_fetch_code(CPUState *cs, uint64_t vaddr, unsigned len,
                            int mmu_idx);

#endif
