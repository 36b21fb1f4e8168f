/* SPDX-License-Identifier: MIT */
/*
 * Guest memory accesses outside the inline fast path: TLB refill, MMIO
 * dispatch, writes into pages holding translated code, accesses that cross
 * a page (split into bytes), alignment faults the memop asks for, and the
 * host pointer that atomic instructions operate on.
 */
#include <string.h>

#include "ir/ir.h"
#include "softmmu/softmmu.h"

static uint64_t entry_tag(const TlbEntry *e, AccessType acc)
{
    switch (acc) {
    case ACCESS_READ: return e->addr_read;
    case ACCESS_WRITE: return e->addr_write;
    default: return e->addr_code;
    }
}

/* The entry for addr, refilled (or a fault raised) when it does not match. */
static TlbEntry *tlb_entry_for(CPUState *cs, uint64_t addr, AccessType acc,
                               int mmu_idx, uintptr_t ra)
{
    TlbEntry *e = &cs->tlb[mmu_idx][tlb_index(addr)];
    if ((entry_tag(e, acc) & (PAGE_MASK | TLB_INVALID)) != (addr & PAGE_MASK)) {
        if (tlb_victim_hit(cs, mmu_idx, addr, acc)) {
            cs->stats.tlb_victim_hits++;
        } else {
            cs->stats.tlb_misses++;
            cs->cc->tlb_fill(cs, addr, acc, mmu_idx, ra);
        }
    }
    return e;
}

static uint64_t host_load(const uint8_t *p, unsigned size)
{
    uint64_t v = 0;
    memcpy(&v, p, size);
    return v;
}

static uint64_t ld_page(CPUState *cs, uint64_t addr, unsigned size,
                        int mmu_idx, AccessType acc, uintptr_t ra)
{
    TlbEntry *e = tlb_entry_for(cs, addr, acc, mmu_idx, ra);
    if (acc == ACCESS_READ && (e->addr_read & TLB_WATCH)) {
        softmmu_watch_check(cs, addr, size, PROT_R, ra);
    }
    if (!(entry_tag(e, acc) & TLB_MMIO)) {
        return host_load((const uint8_t *)(e->addend + addr), size);
    }
    cs->stats.tlb_slow++;
    const TlbEntryCold *c = &cs->tlb_cold[mmu_idx][tlb_index(addr)];
    uint64_t val;
    if (as_read(softmmu_as, c->paddr | (addr & ~PAGE_MASK), size, &val) !=
        MEMTX_OK) {
        cs->cc->bus_error(cs, addr, acc, ra);
    }
    return val;
}

/* A write of size bytes at paddr into a page holding translated code:
 * drop the blocks it overlaps; once the page has none left, its stores
 * take the fast path again. */
static void notdirty_write(CPUState *cs, TlbEntry *e, const TlbEntryCold *c,
                           uint64_t paddr, unsigned size)
{
    cs->stats.tlb_slow++;
    if (mr_page_has_code(c->mr, paddr)) {
        as_code_write_hook(c->mr, paddr, size);
    }
    if (!mr_page_has_code(c->mr, paddr)) {
        e->addr_write &= ~TLB_NOTDIRTY;
    }
}

static void st_page(CPUState *cs, uint64_t addr, uint64_t val, unsigned size,
                    int mmu_idx, uintptr_t ra)
{
    TlbEntry *e = tlb_entry_for(cs, addr, ACCESS_WRITE, mmu_idx, ra);
    const TlbEntryCold *c = &cs->tlb_cold[mmu_idx][tlb_index(addr)];
    uint64_t paddr = c->paddr | (addr & ~PAGE_MASK);

    if (e->addr_write & TLB_WATCH) {
        softmmu_watch_check(cs, addr, size, PROT_W, ra);
    }
    if (e->addr_write & TLB_MMIO) {
        cs->stats.tlb_slow++;
        if (as_write(softmmu_as, paddr, size, val) != MEMTX_OK) {
            cs->cc->bus_error(cs, addr, ACCESS_WRITE, ra);
        }
        return;
    }
    if (e->addr_write & TLB_NOTDIRTY) {
        notdirty_write(cs, e, c, paddr, size);
    }
    memcpy((uint8_t *)(e->addend + addr), &val, size);
}

static uint64_t sign_extend(uint64_t v, unsigned memop)
{
    if (!(memop & IR_MO_SIGN)) {
        return v;
    }
    switch (memop & IR_MO_SIZE) {
    case IR_MO_8: return (uint64_t)(int64_t)(int8_t)v;
    case IR_MO_16: return (uint64_t)(int64_t)(int16_t)v;
    case IR_MO_32: return (uint64_t)(int64_t)(int32_t)v;
    default: return v;
    }
}

static bool crosses_page(uint64_t addr, unsigned size)
{
    return ((addr ^ (addr + size - 1)) & PAGE_MASK) != 0;
}

static uint64_t load(CPUState *cs, uint64_t addr, uint32_t moi,
                     AccessType acc, uintptr_t ra)
{
    unsigned memop = ir_memop_of(moi), size = ir_memop_size(memop);
    int mmu_idx = ir_mmuidx_of(moi);
    uint64_t v = 0;

    if ((memop & IR_MO_ALIGN) && (addr & (size - 1))) {
        cs->cc->unaligned(cs, addr, acc, ra);
    }
    if (!crosses_page(addr, size)) {
        v = ld_page(cs, addr, size, mmu_idx, acc, ra);
    } else {
        /* Both pages must be accessible before any byte is used. */
        tlb_entry_for(cs, addr, acc, mmu_idx, ra);
        tlb_entry_for(cs, addr + size - 1, acc, mmu_idx, ra);
        for (unsigned i = 0; i < size; i++) {
            v |= ld_page(cs, addr + i, 1, mmu_idx, acc, ra) << (8 * i);
        }
    }
    return sign_extend(v, memop);
}

uint64_t softmmu_ld_slow(CPUState *cs, uint64_t addr, uint32_t moi,
                         uintptr_t ra)
{
    return load(cs, addr, moi, ACCESS_READ, ra);
}

void softmmu_st_slow(CPUState *cs, uint64_t addr, uint64_t val, uint32_t moi,
                     uintptr_t ra)
{
    unsigned memop = ir_memop_of(moi), size = ir_memop_size(memop);
    int mmu_idx = ir_mmuidx_of(moi);

    if ((memop & IR_MO_ALIGN) && (addr & (size - 1))) {
        cs->cc->unaligned(cs, addr, ACCESS_WRITE, ra);
    }
    if (!crosses_page(addr, size)) {
        st_page(cs, addr, val, size, mmu_idx, ra);
        return;
    }
    tlb_entry_for(cs, addr, ACCESS_WRITE, mmu_idx, ra);
    tlb_entry_for(cs, addr + size - 1, ACCESS_WRITE, mmu_idx, ra);
    for (unsigned i = 0; i < size; i++) {
        st_page(cs, addr + i, (val >> (8 * i)) & 0xff, 1, mmu_idx, ra);
    }
}

uint64_t cpu_ld(CPUState *cs, uint64_t addr, uint32_t moi, uintptr_t ra)
{
    unsigned memop = ir_memop_of(moi), size = ir_memop_size(memop);
    const TlbEntry *e = &cs->tlb[ir_mmuidx_of(moi)][tlb_index(addr)];
    uint64_t mask = PAGE_MASK | TLB_FLAGS_MASK;
    if (!(memop & IR_MO_ALIGN) &&
        (e->addr_read & mask) == ((addr + size - 1) & PAGE_MASK)) {
        return sign_extend(host_load((const uint8_t *)(e->addend + addr), size),
                           memop);
    }
    return load(cs, addr, moi, ACCESS_READ, ra);
}

void cpu_st(CPUState *cs, uint64_t addr, uint64_t val, uint32_t moi,
            uintptr_t ra)
{
    unsigned size = ir_memop_size(ir_memop_of(moi));
    const TlbEntry *e = &cs->tlb[ir_mmuidx_of(moi)][tlb_index(addr)];
    uint64_t mask = PAGE_MASK | TLB_FLAGS_MASK;
    if (!(ir_memop_of(moi) & IR_MO_ALIGN) &&
        (e->addr_write & mask) == ((addr + size - 1) & PAGE_MASK)) {
        memcpy((uint8_t *)(e->addend + addr), &val, size);
        return;
    }
    softmmu_st_slow(cs, addr, val, moi, ra);
}

uint64_t softmmu_code_paddr(CPUState *cs, uint64_t pc, int mmu_idx)
{
    TlbEntry *e = tlb_entry_for(cs, pc, ACCESS_FETCH, mmu_idx, 0);
    const TlbEntryCold *c = &cs->tlb_cold[mmu_idx][tlb_index(pc)];
    uint64_t paddr = c->paddr | (pc & ~PAGE_MASK);
    if (e->addr_code & TLB_MMIO) {
        /* Only whole RAM pages hold code: the block cache tracks writes
         * per page, which a page shared with a device would defeat. */
        cs->cc->bus_error(cs, pc, ACCESS_FETCH, 0);
    }
    return paddr;
}

uint64_t softmmu_fetch_code(CPUState *cs, uint64_t vaddr, unsigned len,
                            int mmu_idx)
{
    return ld_page(cs, vaddr, len, mmu_idx, ACCESS_FETCH, 0);
}

void *softmmu_probe_atomic(CPUState *cs, uint64_t addr, unsigned size,
                           AccessType acc, int mmu_idx, uintptr_t ra)
{
    if (addr & (size - 1)) {
        cs->cc->unaligned(cs, addr, acc, ra);
    }
    /* Naturally aligned, so on one page: one entry says it all. */
    TlbEntry *e = tlb_entry_for(cs, addr, acc, mmu_idx, ra);
    uint64_t tag = entry_tag(e, acc);
    if ((tag | cs->tlb[mmu_idx][tlb_index(addr)].addr_read) & TLB_WATCH) {
        /* An AMO reads and writes; LR only reads. */
        softmmu_watch_check(cs, addr, size,
                            acc == ACCESS_WRITE ? PROT_R | PROT_W : PROT_R,
                            ra);
    }
    if (tag & TLB_MMIO) {
        /* Devices, holes and ROM have no host memory to operate on. */
        cs->cc->bus_error(cs, addr, acc, ra);
    }
    if (tag & TLB_NOTDIRTY) {
        const TlbEntryCold *c = &cs->tlb_cold[mmu_idx][tlb_index(addr)];
        notdirty_write(cs, e, c, c->paddr | (addr & ~PAGE_MASK), size);
    }
    return (void *)(e->addend + addr);
}
