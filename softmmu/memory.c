/* SPDX-License-Identifier: MIT */
/*
 * Physical address space: region table, lookup, and the central access-size
 * rules for MMIO (a guest access of a size the device does not accept reads
 * as 0 / is ignored, and is logged as a guest error).
 */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "core/log.h"
#include "softmmu/memory.h"

void (*as_code_write_hook)(MemRegion *mr, uint64_t paddr, size_t len);

static MemRegion *add_region(AddressSpace *as, const char *name,
                             MemRegionKind kind, uint64_t base, uint64_t size,
                             int priority)
{
    if (as->n == AS_MAX_REGIONS) {
        fatal("too many memory regions");
    }
    MemRegion *mr = calloc(1, sizeof(*mr));
    if (!mr) {
        fatal("out of memory");
    }
    *mr = (MemRegion){
        .name = name, .kind = kind, .base = base, .size = size,
        .priority = priority,
    };
    as->regions[as->n++] = mr;
    return mr;
}

static uint8_t *alloc_backing(uint64_t size)
{
    void *p = mmap(NULL, size, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) {
        fatal("cannot allocate %llu MiB of guest memory",
              (unsigned long long)(size >> 20));
    }
    return p;
}

MemRegion *as_add_ram(AddressSpace *as, const char *name, uint64_t base,
                      uint64_t size)
{
    MemRegion *mr = add_region(as, name, MR_RAM, base, size, 0);
    mr->host = alloc_backing(size);
    return mr;
}

MemRegion *as_add_rom(AddressSpace *as, const char *name, uint64_t base,
                      uint64_t size)
{
    MemRegion *mr = add_region(as, name, MR_ROM, base, size, 0);
    mr->host = alloc_backing(size);
    return mr;
}

MemRegion *as_add_mmio(AddressSpace *as, const char *name, uint64_t base,
                       uint64_t size, int priority, const MmioOps *ops,
                       void *opaque)
{
    MemRegion *mr = add_region(as, name, MR_MMIO, base, size, priority);
    mr->ops = ops;
    mr->opaque = opaque;
    return mr;
}

void as_destroy(AddressSpace *as)
{
    for (unsigned i = 0; i < as->n; i++) {
        MemRegion *mr = as->regions[i];
        if (mr->host) {
            munmap(mr->host, mr->size);
        }
        free(mr->code_pages);
        free(mr);
    }
    as->n = 0;
}

static bool covers(const MemRegion *mr, uint64_t a)
{
    return a >= mr->base && a - mr->base < mr->size;
}

MemRegion *as_lookup(const AddressSpace *as, uint64_t paddr)
{
    MemRegion *best = NULL;
    for (unsigned i = 0; i < as->n; i++) {
        MemRegion *mr = as->regions[i];
        if (covers(mr, paddr) && (!best || mr->priority > best->priority)) {
            best = mr;
        }
    }
    return best;
}

static bool overlaps(const MemRegion *mr, uint64_t a, uint64_t len)
{
    return a < mr->base + mr->size && mr->base < a + len;
}

MemRegion *as_page_ram(const AddressSpace *as, uint64_t page)
{
    MemRegion *found = NULL;
    for (unsigned i = 0; i < as->n; i++) {
        MemRegion *mr = as->regions[i];
        if (!overlaps(mr, page, PAGE_SIZE)) {
            continue;
        }
        if (found || mr->kind == MR_MMIO || !covers(mr, page) ||
            !covers(mr, page + PAGE_SIZE - 1)) {
            return NULL;
        }
        found = mr;
    }
    return found;
}

static unsigned lim(uint8_t v, unsigned dflt) { return v ? v : dflt; }

static uint64_t mmio_read(MemRegion *mr, uint64_t off, unsigned size)
{
    unsigned lo = lim(mr->ops->impl.min, 1), hi = lim(mr->ops->impl.max, 8);
    if (size >= lo && size <= hi) {
        return mr->ops->read(mr->opaque, off, size);
    }
    if (size > hi) {
        /* Split into accesses the device handles, little-endian. */
        uint64_t v = 0;
        for (unsigned i = 0; i < size; i += hi) {
            v |= mr->ops->read(mr->opaque, off + i, hi) << (8 * i);
        }
        return v;
    }
    /* Narrower than the device handles: read the wider unit, extract. */
    uint64_t aligned = off & ~(uint64_t)(lo - 1);
    uint64_t v = mr->ops->read(mr->opaque, aligned, lo);
    v >>= 8 * (off - aligned);
    return size == 8 ? v : v & ((1ull << (8 * size)) - 1);
}

static void mmio_write(MemRegion *mr, uint64_t off, uint64_t val,
                       unsigned size)
{
    unsigned lo = lim(mr->ops->impl.min, 1), hi = lim(mr->ops->impl.max, 8);
    if (size < 8) {
        /* Only the access's own bytes: a CPU store passes a whole register. */
        val &= (1ull << (8 * size)) - 1;
    }
    if (size >= lo && size <= hi) {
        mr->ops->write(mr->opaque, off, val, size);
    } else if (size > hi) {
        for (unsigned i = 0; i < size; i += hi) {
            uint64_t part = val >> (8 * i);
            if (hi < 8) {
                part &= (1ull << (8 * hi)) - 1;
            }
            mr->ops->write(mr->opaque, off + i, part, hi);
        }
    } else {
        /* Read-modify-write of the unit the device handles. */
        uint64_t aligned = off & ~(uint64_t)(lo - 1);
        unsigned sh = 8 * (off - aligned);
        uint64_t mask = ((1ull << (8 * size)) - 1) << sh;
        uint64_t cur = mr->ops->read(mr->opaque, aligned, lo);
        mr->ops->write(mr->opaque, aligned, (cur & ~mask) | (val << sh & mask),
                       lo);
    }
}

static bool mmio_size_ok(const MemRegion *mr, uint64_t off, unsigned size)
{
    unsigned lo = lim(mr->ops->valid.min, 1), hi = lim(mr->ops->valid.max, 8);
    if (size < lo || size > hi || off + size > mr->size ||
        (!mr->ops->valid.unaligned && (off & (size - 1)))) {
        log_guest_error("%s: %u-byte access at offset 0x%llx refused",
                        mr->name, size, (unsigned long long)off);
        return false;
    }
    return true;
}

static uint64_t ram_read(const uint8_t *p, unsigned size)
{
    switch (size) {
    case 1: return *p;
    case 2: { uint16_t v; memcpy(&v, p, 2); return v; }
    case 4: { uint32_t v; memcpy(&v, p, 4); return v; }
    default: { uint64_t v; memcpy(&v, p, 8); return v; }
    }
}

MemTxResult as_read(const AddressSpace *as, uint64_t paddr, unsigned size,
                    uint64_t *val)
{
    MemRegion *mr = as_lookup(as, paddr);
    *val = 0;
    if (!mr) {
        return MEMTX_ERROR;
    }
    uint64_t off = paddr - mr->base;
    if (mr->kind == MR_MMIO) {
        if (mmio_size_ok(mr, off, size)) {
            *val = mmio_read(mr, off, size);
        }
        return MEMTX_OK;
    }
    if (off + size > mr->size) {
        return MEMTX_ERROR;
    }
    *val = ram_read(mr->host + off, size);
    return MEMTX_OK;
}

MemTxResult as_write(const AddressSpace *as, uint64_t paddr, unsigned size,
                     uint64_t val)
{
    MemRegion *mr = as_lookup(as, paddr);
    if (!mr) {
        return MEMTX_ERROR;
    }
    uint64_t off = paddr - mr->base;
    if (mr->kind == MR_MMIO) {
        if (mmio_size_ok(mr, off, size)) {
            mmio_write(mr, off, val, size);
        }
        return MEMTX_OK;
    }
    if (off + size > mr->size) {
        return MEMTX_ERROR;
    }
    if (mr->kind == MR_ROM) {
        log_guest_error("write to ROM %s at 0x%llx ignored", mr->name,
                        (unsigned long long)paddr);
        return MEMTX_OK;
    }
    if (mr_page_has_code(mr, paddr) ||
        mr_page_has_code(mr, paddr + size - 1)) {
        as_code_write_hook(mr, paddr, size);
    }
    memcpy(mr->host + off, &val, size);
    return MEMTX_OK;
}

/* The highest-priority RAM or ROM region at paddr, beneath any MMIO
 * window laid over it. */
static MemRegion *lookup_backing(const AddressSpace *as, uint64_t paddr)
{
    MemRegion *best = NULL;
    for (unsigned i = 0; i < as->n; i++) {
        MemRegion *mr = as->regions[i];
        if (mr->kind != MR_MMIO && covers(mr, paddr) &&
            (!best || mr->priority > best->priority)) {
            best = mr;
        }
    }
    return best;
}

static bool copy_bytes(const AddressSpace *as, uint64_t paddr, void *buf,
                       size_t len, bool write, bool under_mmio)
{
    uint8_t *b = buf;
    while (len) {
        MemRegion *mr = under_mmio ? lookup_backing(as, paddr)
                                   : as_lookup(as, paddr);
        if (!mr || mr->kind == MR_MMIO) {
            return false;
        }
        uint64_t off = paddr - mr->base;
        size_t n = mr->size - off < len ? mr->size - off : len;
        /* Stop where another region begins: it may outrank mr there (an
         * MMIO window over RAM), so the next chunk looks up again. */
        for (unsigned i = 0; i < as->n; i++) {
            uint64_t start = as->regions[i]->base;
            if (start > paddr && start - paddr < n) {
                n = start - paddr;
            }
        }
        if (write) {
            if (mr->code_pages && as_code_write_hook) {
                as_code_write_hook(mr, paddr, n);
            }
            memcpy(mr->host + off, b, n);
        } else {
            memcpy(b, mr->host + off, n);
        }
        paddr += n;
        b += n;
        len -= n;
    }
    return true;
}

bool as_write_bytes(const AddressSpace *as, uint64_t paddr, const void *buf,
                    size_t len)
{
    return copy_bytes(as, paddr, (void *)buf, len, true, false);
}

bool as_load_bytes(const AddressSpace *as, uint64_t paddr, const void *buf,
                   size_t len)
{
    return copy_bytes(as, paddr, (void *)buf, len, true, true);
}

bool as_read_bytes(const AddressSpace *as, uint64_t paddr, void *buf,
                   size_t len)
{
    return copy_bytes(as, paddr, buf, len, false, false);
}
