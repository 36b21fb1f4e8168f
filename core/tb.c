/* SPDX-License-Identifier: MIT */
/*
 * The translation-block cache: a pool of TBs, a hash on (pc, physical pc,
 * flags), per-physical-page lists for invalidation on writes, and the
 * incoming/outgoing jump lists that keep chaining consistent.
 */
#include <assert.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "core/backend.h"
#include "core/log.h"
#include "core/tb.h"
#include "softmmu/softmmu.h"

#define MAX_TBS (1u << 17)
#define MAX_INSNS (1u << 22)
#define HASH_BITS 16

static TB *pool;
static unsigned ntbs;
static TbInsn *insn_pool;
static unsigned ninsns;
static TB *hash_table[1u << HASH_BITS];
static uint64_t nflushes;

static CPUState *cpus[64];
static unsigned ncpus;
static MemRegion *code_regions[AS_MAX_REGIONS];
static unsigned ncode_regions;

static void *map_lazy(size_t size)
{
    void *p = mmap(NULL, size, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) {
        fatal("cannot map the translation cache");
    }
    return p;
}

static void code_write_hook(MemRegion *mr, uint64_t paddr, size_t len)
{
    tb_invalidate_phys_range(mr, paddr, len);
}

void tb_cache_init(void)
{
    /* From the heap, not mmap: the interpreter's IR copies hang off TBs,
     * and leak checkers only look for pointers in heap and data. */
    pool = calloc(MAX_TBS, sizeof(TB));
    if (!pool) {
        fatal("cannot allocate the translation cache");
    }
    insn_pool = map_lazy(MAX_INSNS * sizeof(TbInsn));
    as_code_write_hook = code_write_hook;
}

void tb_register_cpu(CPUState *cs)
{
    assert(ncpus < sizeof(cpus) / sizeof(cpus[0]));
    cpus[ncpus++] = cs;
}

static unsigned tb_hash(uint64_t pc, uint64_t phys_pc, uint32_t flags)
{
    uint64_t h = phys_pc * 0x9e3779b97f4a7c15ull ^ pc ^ (uint64_t)flags << 32;
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9ull;
    return (unsigned)(h >> (64 - HASH_BITS));
}

TB *tb_lookup(uint64_t pc, uint64_t phys_pc, uint32_t flags)
{
    for (TB *tb = hash_table[tb_hash(pc, phys_pc, flags)]; tb;
         tb = tb->hash_next) {
        if (tb->pc == pc && tb->phys_pc == phys_pc && tb->flags == flags) {
            return tb;
        }
    }
    return NULL;
}

TB *tb_alloc(uint64_t pc, uint64_t phys_pc, uint32_t flags)
{
    if (ntbs == MAX_TBS) {
        return NULL;
    }
    TB *tb = &pool[ntbs];
    IrBlock ir = tb->ir; /* keep a previous life's buffers for reuse */
    memset(tb, 0, sizeof(*tb));
    tb->ir = ir;
    tb->pc = pc;
    tb->phys_pc = phys_pc;
    tb->flags = flags;
    tb->page_addr[1] = -1;
    tb->jmp_insn_off[0] = tb->jmp_insn_off[1] = TB_NO_JUMP;
    tb->insns = &insn_pool[ninsns];
    return tb;
}

void tb_add_insn(TB *tb, uint32_t host_off, uint64_t pc)
{
    /* Reserved against MAX_INSNS by the translator's size cap. */
    tb->insns[tb->ninsns++] = (TbInsn){ .host_off = host_off, .pc = pc };
}

static MemRegion *page_region(uint64_t page)
{
    MemRegion *mr = as_page_ram(softmmu_as, page);
    assert(mr);
    return mr;
}

static uintptr_t *page_head(MemRegion *mr, uint64_t page)
{
    if (!mr->code_pages) {
        mr->code_pages = calloc(mr->size >> PAGE_BITS, sizeof(uintptr_t));
        if (!mr->code_pages) {
            fatal("out of memory");
        }
        code_regions[ncode_regions++] = mr;
    }
    return &mr->code_pages[(page - mr->base) >> PAGE_BITS];
}

static void page_add(TB *tb, int n)
{
    uint64_t page = tb->page_addr[n];
    uintptr_t *head = page_head(page_region(page), page);
    if (!*head) {
        for (unsigned i = 0; i < ncpus; i++) {
            tlb_mark_code_page(cpus[i], page);
        }
    }
    tb->page_next[n] = *head;
    *head = (uintptr_t)tb | n;
}

static void page_remove(TB *tb, int n)
{
    uint64_t page = tb->page_addr[n];
    uintptr_t *p = page_head(page_region(page), page);
    while (*p) {
        TB *t = (TB *)(*p & ~(uintptr_t)1);
        int tn = *p & 1;
        if (t == tb && tn == n) {
            *p = t->page_next[tn];
            return;
        }
        p = &t->page_next[tn];
    }
}

void tb_insert(TB *tb)
{
    unsigned h = tb_hash(tb->pc, tb->phys_pc, tb->flags);
    tb->hash_next = hash_table[h];
    hash_table[h] = tb;
    ninsns += tb->ninsns;
    ntbs++;
    page_add(tb, 0);
    if (tb->page_addr[1] != (uint64_t)-1) {
        page_add(tb, 1);
    }
}

TB *tb_find_by_host(uintptr_t ra)
{
    unsigned lo = 0, hi = ntbs;
    while (lo < hi) {
        unsigned mid = (lo + hi) / 2;
        uintptr_t start = (uintptr_t)pool[mid].host_code;
        if (ra < start) {
            hi = mid;
        } else if (ra >= start + pool[mid].host_size) {
            lo = mid + 1;
        } else {
            return &pool[mid];
        }
    }
    return NULL;
}

uint64_t tb_pc_of_host(const TB *tb, uintptr_t ra)
{
    uint32_t off = (uint32_t)(ra - (uintptr_t)tb->host_code);
    uint64_t pc = tb->pc;
    for (uint32_t i = 0; i < tb->ninsns && tb->insns[i].host_off <= off; i++) {
        pc = tb->insns[i].pc;
    }
    return pc;
}

unsigned tb_insns_from(const TB *tb, uint64_t pc)
{
    unsigned n = 0;
    if (tb->host_code) {
        for (uint32_t i = 0; i < tb->ninsns; i++) {
            n += tb->insns[i].pc >= pc;
        }
        return n;
    }
    /* Interpreted blocks keep their IR instead of a host-offset map. */
    for (unsigned i = 0; i < tb->ir.nops; i++) {
        const IrOp *op = &tb->ir.ops[i];
        n += op->opc == IR_OP_insn_start && ir_const(op, 0) >= pc;
    }
    return n;
}

void tb_chain(TB *from, int slot, TB *to)
{
    if (from->jmp_dest[slot] || !backend->set_jump ||
        from->jmp_insn_off[slot] == TB_NO_JUMP) {
        return;
    }
    from->jmp_dest[slot] = to;
    from->jmp_list_next[slot] = to->jmp_list_head;
    to->jmp_list_head = (uintptr_t)from | slot;
    backend->set_jump(from, slot, to);
    cpus[0]->stats.chains_made++;
}

/* Remove from's slot from the incoming list of its destination. */
static void jump_unlink_outgoing(TB *from, int slot)
{
    TB *dest = from->jmp_dest[slot];
    if (!dest) {
        return;
    }
    uintptr_t *p = &dest->jmp_list_head;
    while (*p) {
        TB *t = (TB *)(*p & ~(uintptr_t)TB_EXIT_MASK);
        int ts = *p & TB_EXIT_MASK;
        if (t == from && ts == slot) {
            *p = t->jmp_list_next[ts];
            break;
        }
        p = &t->jmp_list_next[ts];
    }
    from->jmp_dest[slot] = NULL;
}

static void tb_invalidate(TB *tb)
{
    tb->invalid = true;
    TB **pp = &hash_table[tb_hash(tb->pc, tb->phys_pc, tb->flags)];
    while (*pp && *pp != tb) {
        pp = &(*pp)->hash_next;
    }
    if (*pp) {
        *pp = tb->hash_next;
    }
    page_remove(tb, 0);
    if (tb->page_addr[1] != (uint64_t)-1) {
        page_remove(tb, 1);
    }
    /* Every jump into tb goes back to its owner's exit path. */
    for (uintptr_t e = tb->jmp_list_head; e;) {
        TB *src = (TB *)(e & ~(uintptr_t)TB_EXIT_MASK);
        int slot = e & TB_EXIT_MASK;
        e = src->jmp_list_next[slot];
        backend->set_jump(src, slot, NULL);
        src->jmp_dest[slot] = NULL;
    }
    tb->jmp_list_head = 0;
    jump_unlink_outgoing(tb, 0);
    jump_unlink_outgoing(tb, 1);
    unsigned h = tb_jmp_cache_hash(tb->pc);
    for (unsigned i = 0; i < ncpus; i++) {
        if (cpus[i]->tb_jmp_cache[h] == tb) {
            cpus[i]->tb_jmp_cache[h] = NULL;
        }
    }
}

/* The physical bytes of tb that lie on page n. */
static void tb_page_range(const TB *tb, int n, uint64_t *start, uint64_t *end)
{
    uint64_t first_end = (tb->phys_pc & PAGE_MASK) + PAGE_SIZE;
    if (n == 0) {
        *start = tb->phys_pc;
        *end = tb->phys_pc + tb->size < first_end ? tb->phys_pc + tb->size
                                                  : first_end;
    } else {
        *start = tb->page_addr[1];
        *end = tb->page_addr[1] + (tb->phys_pc + tb->size - first_end);
    }
}

void tb_invalidate_phys_range(MemRegion *mr, uint64_t start, uint64_t len)
{
    uint64_t end = start + len;
    for (uint64_t page = start & PAGE_MASK; page < end; page += PAGE_SIZE) {
        if (page < mr->base || page - mr->base >= mr->size) {
            continue;
        }
        uintptr_t e = *page_head(mr, page);
        while (e) {
            TB *tb = (TB *)(e & ~(uintptr_t)1);
            int n = e & 1;
            uint64_t s, t;
            e = tb->page_next[n];
            tb_page_range(tb, n, &s, &t);
            if (s < end && start < t) {
                tb_invalidate(tb);
            }
        }
    }
}

void tb_flush_all(void)
{
    memset(hash_table, 0, sizeof(hash_table));
    for (unsigned i = 0; i < ncode_regions; i++) {
        memset(code_regions[i]->code_pages, 0,
               (code_regions[i]->size >> PAGE_BITS) * sizeof(uintptr_t));
    }
    for (unsigned i = 0; i < ncpus; i++) {
        memset(cpus[i]->tb_jmp_cache, 0, sizeof(cpus[i]->tb_jmp_cache));
        tlb_flush(cpus[i]);
    }
    ntbs = 0;
    ninsns = 0;
    nflushes++;
    if (backend->flush) {
        backend->flush();
    }
}

uint64_t tb_flush_count(void) { return nflushes; }

bool tb_pool_has_room(unsigned max_insns)
{
    return ntbs < MAX_TBS && ninsns + max_insns <= MAX_INSNS;
}
