/* SPDX-License-Identifier: MIT */
/*
 * The soft-MMU TLB: per CPU and per MMU index, direct mapped. A hot entry
 * holds three page tags (read, write, execute) and the addend from guest
 * virtual address to host pointer; generated code compares a tag and adds.
 * Flag bits below the page size force the slow path: an invalid entry,
 * MMIO or holes, and writes to pages that hold translated code.
 */
#ifndef SOFTMMU_TLB_H
#define SOFTMMU_TLB_H

#include <stdint.h>

#include "softmmu/memory.h"

#define TLB_BITS 8
#define TLB_SIZE (1u << TLB_BITS)
#define NB_MMU_MODES 8
/* Entries evicted from the direct-mapped table, searched before a refill:
 * two hot pages whose indices collide then cost a swap, not a walk. */
#define TLB_VICTIMS 8

#define TLB_INVALID (1ull << 0)  /* no mapping for this access type */
#define TLB_MMIO (1ull << 1)     /* not plain RAM: go through the region */
#define TLB_NOTDIRTY (1ull << 2) /* page holds translated code */
#define TLB_WATCH (1ull << 3)    /* a debugger watchpoint is on the page */
#define TLB_FLAGS_MASK (TLB_INVALID | TLB_MMIO | TLB_NOTDIRTY | TLB_WATCH)

typedef struct TlbEntry {
    uint64_t addr_read;
    uint64_t addr_write;
    uint64_t addr_code;
    uintptr_t addend;
} TlbEntry;

_Static_assert(sizeof(TlbEntry) == 32, "TLB entry must be a power of two");
#define TLB_ENTRY_BITS 5

/* Cold side of an entry: what the slow path and the flushes need. */
typedef struct TlbEntryCold {
    uint64_t paddr; /* physical page */
    MemRegion *mr;  /* region when the whole page is one RAM/ROM region */
} TlbEntryCold;

typedef enum AccessType {
    ACCESS_READ,
    ACCESS_WRITE,
    ACCESS_FETCH,
} AccessType;

enum {
    PROT_R = 1,
    PROT_W = 2,
    PROT_X = 4,
};

static inline unsigned tlb_index(uint64_t vaddr)
{
    return (vaddr >> PAGE_BITS) & (TLB_SIZE - 1);
}

#endif
