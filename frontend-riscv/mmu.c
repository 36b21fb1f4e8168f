/* SPDX-License-Identifier: MIT */
/*
 * Address translation behind cc->tlb_fill: Bare (M-mode, or satp.MODE 0)
 * and the Sv39/Sv48/Sv57 page-table walks, with superpages, the U/SUM/MXR
 * permission rules, hardware A/D updates (a compare-and-swap on the PTE in
 * host memory) and PMP on the PTE reads and on the final address. The TLB
 * caches 4 KiB pieces; a page that PMP does not treat uniformly is used
 * for the one access and then left invalid, so the next access walks again.
 */
#include "core/log.h"
#include "frontend-riscv/cpu.h"
#include "softmmu/softmmu.h"

#define PTE_V (1ull << 0)
#define PTE_R (1ull << 1)
#define PTE_W (1ull << 2)
#define PTE_X (1ull << 3)
#define PTE_U (1ull << 4)
#define PTE_A (1ull << 6)
#define PTE_D (1ull << 7)
#define PTE_PPN_SHIFT 10
#define PTE_PPN_MASK ((1ull << 44) - 1)
/* N (Svnapot), PBMT (Svpbmt) and bits 60:54 are not implemented: set,
 * they make the PTE reserved. */
#define PTE_RESERVED (0x3ffull << 54)

typedef enum WalkResult {
    WALK_OK,
    WALK_PAGE_FAULT,
    WALK_ACCESS_FAULT,
} WalkResult;

static const int page_fault_cause[] = {
    [ACCESS_READ] = RV_EXC_LOAD_PAGE_FAULT,
    [ACCESS_WRITE] = RV_EXC_STORE_PAGE_FAULT,
    [ACCESS_FETCH] = RV_EXC_INSN_PAGE_FAULT,
};

static const int access_fault_cause[] = {
    [ACCESS_READ] = RV_EXC_LOAD_ACCESS,
    [ACCESS_WRITE] = RV_EXC_STORE_ACCESS,
    [ACCESS_FETCH] = RV_EXC_INSN_ACCESS,
};

int rv_data_priv(const RVEnv *env)
{
    if (env->priv == PRV_M && (env->mstatus & MSTATUS_MPRV)) {
        return (int)((env->mstatus & MSTATUS_MPP) >> MSTATUS_MPP_SHIFT);
    }
    return env->priv;
}

int rv_data_mmu_idx(const RVEnv *env)
{
    int priv = rv_data_priv(env);
    return priv == PRV_S && (env->mstatus & MSTATUS_SUM) ? RV_MMU_S_SUM
                                                         : priv;
}

/* The privilege an MMU index stands for. */
static int mmu_idx_priv(int mmu_idx)
{
    return mmu_idx == RV_MMU_S_SUM ? PRV_S : mmu_idx;
}

/* Which accesses a leaf PTE allows for MMU index mmu_idx (PROT_*), before
 * the A and D bits are considered. */
static int leaf_prot(const RVEnv *env, uint64_t pte, int mmu_idx)
{
    bool mxr = env->mstatus & MSTATUS_MXR;
    int priv = mmu_idx_priv(mmu_idx);
    int prot = 0;

    if (priv == PRV_U && !(pte & PTE_U)) {
        return 0;
    }
    if ((pte & PTE_R) || (mxr && (pte & PTE_X))) {
        prot |= PROT_R;
    }
    if (pte & PTE_W) {
        prot |= PROT_W;
    }
    if (pte & PTE_X) {
        prot |= PROT_X;
    }
    if (priv == PRV_S && (pte & PTE_U)) {
        /* S-mode never executes user pages; it reads and writes them
         * only with SUM. */
        prot &= ~PROT_X;
        if (mmu_idx != RV_MMU_S_SUM) {
            prot = 0;
        }
    }
    return prot;
}

static int access_prot(AccessType access)
{
    return access == ACCESS_READ    ? PROT_R
           : access == ACCESS_WRITE ? PROT_W
                                    : PROT_X;
}

/* Sets the A (and for a store D) bit of the PTE at pte_addr if *pte is
 * still what memory holds; false when the PTE changed (walk again). */
static WalkResult update_ad(uint64_t pte_addr, uint64_t *pte, uint64_t set,
                            bool *retry)
{
    MemRegion *mr = as_page_ram(softmmu_as, pte_addr & PAGE_MASK);
    *retry = false;
    if (!mr || mr->kind != MR_RAM) {
        return WALK_ACCESS_FAULT;
    }
    uint64_t *host = (uint64_t *)(mr->host + (pte_addr - mr->base));
    uint64_t expected = *pte, desired = *pte | set;
    if (!__atomic_compare_exchange_n(host, &expected, desired, false,
                                     __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)) {
        *retry = true;
        return WALK_OK;
    }
    if (mr_page_has_code(mr, pte_addr) && as_code_write_hook) {
        as_code_write_hook(mr, pte_addr, 8);
    }
    *pte = desired;
    return WALK_OK;
}

/* The page-table walk for vaddr: *paddr and the accesses the leaf allows
 * (*prot, which then includes access). */
static WalkResult walk(RVEnv *env, uint64_t vaddr, AccessType access,
                       int mmu_idx, uint64_t *paddr, int *prot,
                       uint64_t *size)
{
    unsigned mode = env->satp >> 60;
    int levels = mode == SATP_MODE_SV39   ? 3
                 : mode == SATP_MODE_SV48 ? 4
                                          : 5;
    unsigned va_bits = 12 + 9 * (unsigned)levels;
    int64_t top = (int64_t)vaddr >> (va_bits - 1);

    if (top != 0 && top != -1) {
        return WALK_PAGE_FAULT; /* not sign-extended */
    }
again:;
    uint64_t base = (env->satp & PTE_PPN_MASK) << 12;
    for (int i = levels - 1; i >= 0; i--) {
        uint64_t vpn = (vaddr >> (12 + 9 * i)) & 511;
        uint64_t pte_addr = base + vpn * 8, pte;
        bool whole;

        /* The walk's reads are S-mode accesses for PMP. */
        if (!(rv_pmp_prot(env, pte_addr, PRV_S, &whole) & PROT_R) ||
            as_read(softmmu_as, pte_addr, 8, &pte) != MEMTX_OK) {
            return WALK_ACCESS_FAULT;
        }
        if (!(pte & PTE_V) || (!(pte & PTE_R) && (pte & PTE_W)) ||
            (pte & PTE_RESERVED)) {
            return WALK_PAGE_FAULT;
        }
        uint64_t ppn = (pte >> PTE_PPN_SHIFT) & PTE_PPN_MASK;
        if (!(pte & (PTE_R | PTE_X))) {
            if (i == 0) {
                return WALK_PAGE_FAULT;
            }
            base = ppn << 12;
            continue;
        }
        /* Leaf. */
        int p = leaf_prot(env, pte, mmu_idx);
        if (!(p & access_prot(access))) {
            return WALK_PAGE_FAULT;
        }
        if (i > 0 && (ppn & ((1ull << (9 * i)) - 1))) {
            return WALK_PAGE_FAULT; /* misaligned superpage */
        }
        uint64_t set = PTE_A | (access == ACCESS_WRITE ? PTE_D : 0);
        if ((pte & set) != set) {
            bool retry;
            if (update_ad(pte_addr, &pte, set, &retry) != WALK_OK) {
                return WALK_ACCESS_FAULT;
            }
            if (retry) {
                goto again;
            }
        }
        if (!(pte & PTE_D)) {
            p &= ~PROT_W; /* the first write must set D */
        }
        uint64_t off_mask = (1ull << (12 + 9 * i)) - 1;
        *paddr = ((ppn << 12) & ~off_mask) | (vaddr & off_mask);
        *prot = p;
        *size = off_mask + 1;
        return WALK_OK;
    }
    return WALK_PAGE_FAULT;
}

/* -d mmu: one line per page-table walk and per fault of a refill, in the
 * format of docs/trace-format.md. what: "ok", "page-fault",
 * "access-fault" or "pmp-fault". */
static void mmu_log(CPUState *cs, uint64_t vaddr, AccessType access, int priv,
                    const char *what, uint64_t paddr, int prot)
{
    static const char acc[] = { [ACCESS_READ] = 'R', [ACCESS_WRITE] = 'W',
                                [ACCESS_FETCH] = 'X' };
    static const char *const modes[16] = {
        [SATP_MODE_BARE] = "bare", [SATP_MODE_SV39] = "sv39",
        [SATP_MODE_SV48] = "sv48", [SATP_MODE_SV57] = "sv57",
    };
    const char *mode = priv == PRV_M ? "bare" : modes[rv_env(cs)->satp >> 60];
    log_printf("MMU %d: %c va %016llx priv %d %s -> %s pa %016llx "
               "prot %c%c%c\n", cs->cpu_index, acc[access],
               (unsigned long long)vaddr, priv, mode ? mode : "?", what,
               (unsigned long long)paddr, (prot & PROT_R) ? 'r' : '-',
               (prot & PROT_W) ? 'w' : '-', (prot & PROT_X) ? 'x' : '-');
}

void rv_tlb_fill(CPUState *cs, uint64_t vaddr, AccessType access,
                 int mmu_idx, uintptr_t ra)
{
    RVEnv *env = rv_env(cs);
    int priv = mmu_idx_priv(mmu_idx);
    uint64_t paddr = vaddr;
    int prot = PROT_R | PROT_W | PROT_X;
    bool whole;

    if (priv != PRV_M && (env->satp >> 60) != SATP_MODE_BARE) {
        uint64_t size = PAGE_SIZE;
        WalkResult r = walk(env, vaddr, access, mmu_idx, &paddr, &prot,
                            &size);
        if (log_enabled(LOG_MMU)) {
            mmu_log(cs, vaddr, access, priv,
                    r == WALK_OK           ? "ok"
                    : r == WALK_PAGE_FAULT ? "page-fault"
                                           : "access-fault",
                    r == WALK_OK ? paddr : 0, r == WALK_OK ? prot : 0);
        }
        switch (r) {
        case WALK_PAGE_FAULT:
            rv_raise(cs, page_fault_cause[access], vaddr, ra);
        case WALK_ACCESS_FAULT:
            rv_raise(cs, access_fault_cause[access], vaddr, ra);
        case WALK_OK:
            break;
        }
        if (size > PAGE_SIZE) {
            tlb_note_large_page(cs, vaddr, size);
        }
    }
    prot &= rv_pmp_prot(env, paddr, priv, &whole);
    if (!(prot & access_prot(access))) {
        if (log_enabled(LOG_MMU)) {
            mmu_log(cs, vaddr, access, priv, "pmp-fault", paddr, prot);
        }
        rv_raise(cs, access_fault_cause[access], vaddr, ra);
    }
    tlb_set_page(cs, vaddr, paddr, prot, mmu_idx);
    if (!whole) {
        /* Good for this access only: tags that never match make the next
         * access to the page come back here. */
        TlbEntry *e = &cs->tlb[mmu_idx][tlb_index(vaddr)];
        e->addr_read |= TLB_INVALID;
        e->addr_write |= TLB_INVALID;
        e->addr_code |= TLB_INVALID;
    }
}

/*
 * The permission check of a cache-block management instruction (Zicbom):
 * allowed where a load or a store would be, without the dirty bit; else
 * the store page fault (translation allows no access) or the store access
 * fault, with tval vaddr.
 */
void rv_cbo_check(CPUState *cs, uint64_t vaddr, int mmu_idx, uintptr_t ra)
{
    RVEnv *env = rv_env(cs);
    uint64_t paddr = vaddr;
    int prot = PROT_R | PROT_W;
    bool whole;
    uint64_t size;

    if (mmu_idx != PRV_M && (env->satp >> 60) != SATP_MODE_BARE) {
        switch (walk(env, vaddr, ACCESS_READ, mmu_idx, &paddr, &prot,
                     &size)) {
        case WALK_PAGE_FAULT:
            rv_raise(cs, RV_EXC_STORE_PAGE_FAULT, vaddr, ra);
        case WALK_ACCESS_FAULT:
            rv_raise(cs, RV_EXC_STORE_ACCESS, vaddr, ra);
        case WALK_OK:
            break;
        }
    }
    if (!(prot & rv_pmp_prot(env, paddr, mmu_idx_priv(mmu_idx), &whole) &
          (PROT_R | PROT_W))) {
        rv_raise(cs, RV_EXC_STORE_ACCESS, vaddr, ra);
    }
}
