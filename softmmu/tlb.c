/* SPDX-License-Identifier: MIT */
/*
 * TLB maintenance: filling entries from a translation, flushing, and
 * tagging pages that hold translated code so that writes to them take the
 * slow path (which invalidates the affected blocks).
 */
#include <string.h>

#include "softmmu/softmmu.h"

AddressSpace *softmmu_as;
int (*softmmu_watch_page)(CPUState *cs, uint64_t vpage);
void (*softmmu_watch_check)(CPUState *cs, uint64_t addr, unsigned size,
                            int prot, uintptr_t ra);

static const TlbEntry empty_entry = {
    .addr_read = TLB_INVALID,
    .addr_write = TLB_INVALID,
    .addr_code = TLB_INVALID,
};

/* Only the MMU indices filled since the last flush are cleared: a guest
 * flushing on every context switch pays for the modes it uses. Victims
 * come from evicted entries of the same index, so they are covered. */
void tlb_flush(CPUState *cs)
{
    for (unsigned m = 0; m < NB_MMU_MODES; m++) {
        if (cs->tlb_clean & (1u << m)) {
            continue;
        }
        for (unsigned i = 0; i < TLB_SIZE; i++) {
            cs->tlb[m][i] = empty_entry;
        }
        for (unsigned i = 0; i < TLB_VICTIMS; i++) {
            cs->tlb_victim[m][i] = empty_entry;
        }
        memset(cs->tlb_cold[m], 0, sizeof(cs->tlb_cold[m]));
        memset(cs->tlb_victim_cold[m], 0, sizeof(cs->tlb_victim_cold[m]));
    }
    cs->tlb_clean = (uint8_t)((1u << NB_MMU_MODES) - 1);
    cs->tlb_large_lo = UINT64_MAX; /* empty: lo > last */
    cs->tlb_large_last = 0;
    cs->stats.tlb_flushes++;
    /* The jump cache is keyed by virtual pc: mappings changed. */
    memset(cs->tb_jmp_cache, 0, sizeof(cs->tb_jmp_cache));
    memset(cs->tb_jmp_cache_pages, 0, sizeof(cs->tb_jmp_cache_pages));
}

void tlb_note_large_page(CPUState *cs, uint64_t vaddr, uint64_t size)
{
    uint64_t lo = vaddr & ~(size - 1), last = lo + (size - 1);

    if (lo < cs->tlb_large_lo) {
        cs->tlb_large_lo = lo;
    }
    if (last > cs->tlb_large_last) {
        cs->tlb_large_last = last;
    }
}

/* Jump-cache slots of blocks that start in page or in the page before it
 * (a block may end with an instruction that crosses into page). */
static bool jmp_cache_may_hold(const CPUState *cs, uint64_t page)
{
    unsigned bit = tb_jmp_cache_page_bit(page);
    return cs->tb_jmp_cache_pages[bit / 64] & (1ull << (bit % 64));
}

static void jmp_cache_clear_page(CPUState *cs, uint64_t page)
{
    if (!jmp_cache_may_hold(cs, page) &&
        !jmp_cache_may_hold(cs, page - PAGE_SIZE)) {
        return;
    }
    for (uint64_t pc = page - PAGE_SIZE; pc != page + PAGE_SIZE; pc += 4) {
        cs->tb_jmp_cache[tb_jmp_cache_hash(pc)] = NULL;
    }
}

static bool entry_maps(const TlbEntry *e, uint64_t page)
{
    return (e->addr_read & (PAGE_MASK | TLB_INVALID)) == page ||
           (e->addr_write & (PAGE_MASK | TLB_INVALID)) == page ||
           (e->addr_code & (PAGE_MASK | TLB_INVALID)) == page;
}

void tlb_flush_page(CPUState *cs, uint64_t vaddr)
{
    uint64_t page = vaddr & PAGE_MASK;
    unsigned i = tlb_index(vaddr);

    if (page >= cs->tlb_large_lo && page <= cs->tlb_large_last) {
        /* Superpages are cached as 4 KiB pieces anywhere in the table. */
        tlb_flush(cs);
        return;
    }
    cs->stats.tlb_page_flushes++;
    for (unsigned m = 0; m < NB_MMU_MODES; m++) {
        if (entry_maps(&cs->tlb[m][i], page)) {
            cs->tlb[m][i] = empty_entry;
        }
        for (unsigned v = 0; v < TLB_VICTIMS; v++) {
            if (entry_maps(&cs->tlb_victim[m][v], page)) {
                cs->tlb_victim[m][v] = empty_entry;
            }
        }
    }
    jmp_cache_clear_page(cs, page);
}

void tlb_set_page(CPUState *cs, uint64_t vaddr, uint64_t paddr, int prot,
                  int mmu_idx)
{
    uint64_t vpage = vaddr & PAGE_MASK, ppage = paddr & PAGE_MASK;
    unsigned i = tlb_index(vaddr);
    MemRegion *mr = as_page_ram(softmmu_as, ppage);
    TlbEntry *e = &cs->tlb[mmu_idx][i];
    uint64_t rflags = 0, wflags = 0;

    cs->tlb_clean &= (uint8_t)~(1u << mmu_idx);
    if (!entry_maps(e, vpage) &&
        (e->addr_read & e->addr_write & e->addr_code & TLB_INVALID) == 0) {
        unsigned v = cs->tlb_victim_next[mmu_idx]++ % TLB_VICTIMS;
        cs->tlb_victim[mmu_idx][v] = *e;
        cs->tlb_victim_cold[mmu_idx][v] = cs->tlb_cold[mmu_idx][i];
    }

    if (!mr) {
        rflags = wflags = TLB_MMIO;
        e->addend = 0;
    } else {
        e->addend = (uintptr_t)(mr->host + (ppage - mr->base)) - vpage;
        if (mr->kind == MR_ROM) {
            wflags = TLB_MMIO;
        } else if (mr_page_has_code(mr, ppage)) {
            wflags = TLB_NOTDIRTY;
        }
    }
    e->addr_read = (prot & PROT_R) ? vpage | rflags : TLB_INVALID;
    e->addr_write = (prot & PROT_W) ? vpage | wflags : TLB_INVALID;
    e->addr_code = (prot & PROT_X) ? vpage | rflags : TLB_INVALID;
    cs->tlb_cold[mmu_idx][i] = (TlbEntryCold){ .paddr = ppage, .mr = mr };
    if (softmmu_watch_page) {
        int w = softmmu_watch_page(cs, vpage);
        if ((w & PROT_R) && !(e->addr_read & TLB_INVALID)) {
            e->addr_read |= TLB_WATCH;
        }
        if ((w & PROT_W) && !(e->addr_write & TLB_INVALID)) {
            e->addr_write |= TLB_WATCH;
        }
    }
}

static void mark_code(TlbEntry *e, const TlbEntryCold *c, uint64_t page)
{
    if (c->mr && c->paddr == page &&
        !(e->addr_write & (TLB_INVALID | TLB_MMIO))) {
        e->addr_write |= TLB_NOTDIRTY;
    }
}

void tlb_mark_code_page(CPUState *cs, uint64_t page)
{
    for (unsigned m = 0; m < NB_MMU_MODES; m++) {
        for (unsigned i = 0; i < TLB_SIZE; i++) {
            mark_code(&cs->tlb[m][i], &cs->tlb_cold[m][i], page);
        }
        for (unsigned v = 0; v < TLB_VICTIMS; v++) {
            mark_code(&cs->tlb_victim[m][v], &cs->tlb_victim_cold[m][v], page);
        }
    }
}

bool tlb_victim_hit(CPUState *cs, int mmu_idx, uint64_t addr,
                    AccessType access)
{
    uint64_t page = addr & PAGE_MASK;
    for (unsigned v = 0; v < TLB_VICTIMS; v++) {
        TlbEntry *ve = &cs->tlb_victim[mmu_idx][v];
        uint64_t tag = access == ACCESS_READ    ? ve->addr_read
                       : access == ACCESS_WRITE ? ve->addr_write
                                                : ve->addr_code;
        if ((tag & (PAGE_MASK | TLB_INVALID)) != page) {
            continue;
        }
        unsigned i = tlb_index(addr);
        TlbEntry te = cs->tlb[mmu_idx][i];
        TlbEntryCold tc = cs->tlb_cold[mmu_idx][i];
        cs->tlb[mmu_idx][i] = *ve;
        cs->tlb_cold[mmu_idx][i] = cs->tlb_victim_cold[mmu_idx][v];
        *ve = te;
        cs->tlb_victim_cold[mmu_idx][v] = tc;
        return true;
    }
    return false;
}
