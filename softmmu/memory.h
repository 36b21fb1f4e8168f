/* SPDX-License-Identifier: MIT */
/*
 * The physical address space: RAM, ROM and MMIO regions at guest physical
 * addresses. Lookups give the highest-priority region covering an address,
 * so a small MMIO window may overlay RAM (HTIF's tohost does). Access sizes
 * are checked here, centrally: a region says which sizes the guest may use
 * (valid) and which its callbacks handle (impl); others are split. A
 * refused access (size, alignment, past the end) reads 0 and writes
 * nothing, as a bus without error reporting would.
 */
#ifndef SOFTMMU_MEMORY_H
#define SOFTMMU_MEMORY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define PAGE_BITS 12
#define PAGE_SIZE (1ull << PAGE_BITS)
#define PAGE_MASK (~(PAGE_SIZE - 1))

typedef struct MmioOps {
    const char *name;
    uint64_t (*read)(void *opaque, uint64_t off, unsigned size);
    void (*write)(void *opaque, uint64_t off, uint64_t val, unsigned size);
    struct {
        uint8_t min, max; /* bytes; 0 means 1 and 8 */
        bool unaligned;   /* valid only: accept misaligned accesses */
    } valid, impl;
} MmioOps;

typedef enum MemRegionKind {
    MR_RAM,
    MR_ROM,
    MR_MMIO,
} MemRegionKind;

typedef struct MemRegion {
    const char *name;
    MemRegionKind kind;
    int priority;
    uint64_t base, size;
    uint8_t *host;            /* RAM and ROM */
    const MmioOps *ops;       /* MMIO */
    void *opaque;
    uintptr_t *code_pages;    /* per page: list of translated blocks (core) */
} MemRegion;

#define AS_MAX_REGIONS 64

typedef struct AddressSpace {
    MemRegion *regions[AS_MAX_REGIONS];
    unsigned n;
} AddressSpace;

typedef enum MemTxResult {
    MEMTX_OK,
    MEMTX_ERROR,   /* no region there, or RAM/ROM ends inside the access */
} MemTxResult;

MemRegion *as_add_ram(AddressSpace *as, const char *name, uint64_t base,
                      uint64_t size);
MemRegion *as_add_rom(AddressSpace *as, const char *name, uint64_t base,
                      uint64_t size);
MemRegion *as_add_mmio(AddressSpace *as, const char *name, uint64_t base,
                       uint64_t size, int priority, const MmioOps *ops,
                       void *opaque);
void as_destroy(AddressSpace *as);

/* The region that answers at paddr, or NULL. */
MemRegion *as_lookup(const AddressSpace *as, uint64_t paddr);
/* The RAM or ROM region that alone answers for the whole page, or NULL when
 * the page holds MMIO, a hole or more than one region. */
MemRegion *as_page_ram(const AddressSpace *as, uint64_t page);

/* Accesses of 1, 2, 4 or 8 bytes; little-endian. ROM reads only. */
MemTxResult as_read(const AddressSpace *as, uint64_t paddr, unsigned size,
                    uint64_t *val) __attribute__((warn_unused_result));
MemTxResult as_write(const AddressSpace *as, uint64_t paddr, unsigned size,
                     uint64_t val) __attribute__((warn_unused_result));
/* Loader and DMA path: bytes to RAM or ROM; false when not all backed. */
bool as_write_bytes(const AddressSpace *as, uint64_t paddr, const void *buf,
                    size_t len) __attribute__((warn_unused_result));
bool as_read_bytes(const AddressSpace *as, uint64_t paddr, void *buf,
                   size_t len) __attribute__((warn_unused_result));
/* Image loaders: as as_write_bytes, but into the RAM or ROM beneath an
 * MMIO window a board laid over it (a test program's HTIF tohost word,
 * when the program is loaded again at reset). */
bool as_load_bytes(const AddressSpace *as, uint64_t paddr, const void *buf,
                   size_t len) __attribute__((warn_unused_result));

/* Called with a RAM range that was written other than through a CPU store
 * (DMA, loader) or by a CPU store into a page that holds translated code.
 * The core installs it; NULL means nothing is translated yet. */
extern void (*as_code_write_hook)(MemRegion *mr, uint64_t paddr, size_t len);

static inline bool mr_page_has_code(const MemRegion *mr, uint64_t paddr)
{
    return mr->code_pages && mr->code_pages[(paddr - mr->base) >> PAGE_BITS];
}

#endif
