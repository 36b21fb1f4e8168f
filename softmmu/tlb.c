/* SPDX-License-Identifier: MIT */
/*
 * TLB maintenance: filling entries from a translation, flushing, and
 * tagging pages that hold translated code so that writes to them take the
 * slow path (which invalidates the affected blocks).
 */
#include <string.h>

#include "softmmu/softmmu.h"

AddressSpace *softmmu_as;

static const TlbEntry empty_entry = {
    .addr_read = TLB_INVALID,
    .addr_write = TLB_INVALID,
    .addr_code = TLB_INVALID,
};

void tlb_flush(CPUState *cs)
{
    for (unsigned m = 0; m < NB_MMU_MODES; m++) {
        for (unsigned i = 0; i < TLB_SIZE; i++) {
            cs->tlb[m][i] = empty_entry;
        }
    }
    memset(cs->tlb_cold, 0, sizeof(cs->tlb_cold));
    /* The jump cache is keyed by virtual pc: mappings changed. */
    memset(cs->tb_jmp_cache, 0, sizeof(cs->tb_jmp_cache));
}

void tlb_flush_page(CPUState *cs, uint64_t vaddr)
{
    uint64_t page = vaddr & PAGE_MASK;
    unsigned i = tlb_index(vaddr);
    for (unsigned m = 0; m < NB_MMU_MODES; m++) {
        TlbEntry *e = &cs->tlb[m][i];
        if ((e->addr_read & PAGE_MASK) == page ||
            (e->addr_write & PAGE_MASK) == page ||
            (e->addr_code & PAGE_MASK) == page) {
            *e = empty_entry;
        }
    }
    memset(cs->tb_jmp_cache, 0, sizeof(cs->tb_jmp_cache));
}

void tlb_set_page(CPUState *cs, uint64_t vaddr, uint64_t paddr, int prot,
                  int mmu_idx)
{
    uint64_t vpage = vaddr & PAGE_MASK, ppage = paddr & PAGE_MASK;
    unsigned i = tlb_index(vaddr);
    MemRegion *mr = as_page_ram(softmmu_as, ppage);
    TlbEntry *e = &cs->tlb[mmu_idx][i];
    uint64_t rflags = 0, wflags = 0;

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
}

void tlb_mark_code_page(CPUState *cs, uint64_t page)
{
    for (unsigned m = 0; m < NB_MMU_MODES; m++) {
        for (unsigned i = 0; i < TLB_SIZE; i++) {
            TlbEntry *e = &cs->tlb[m][i];
            if (cs->tlb_cold[m][i].mr && cs->tlb_cold[m][i].paddr == page &&
                !(e->addr_write & (TLB_INVALID | TLB_MMIO))) {
                e->addr_write |= TLB_NOTDIRTY;
            }
        }
    }
}
