/* SPDX-License-Identifier: MIT */
/*
 * Fuzz target: the split virtqueue (hw/virtqueue.c) as a device uses it,
 * against random rings. The input chooses the queue size, ring addresses
 * (in RAM, ROM, MMIO, holes or across the end of RAM), the negotiated ring
 * features and the bytes of the descriptor table, the available ring and
 * indirect tables; the target then pops chains until the queue is empty or
 * broken, copies random spans in and out of each and pushes it back.
 * Asserted: every popped segment lies in RAM, the chain's totals match
 * its segments, copies within the chain succeed, and no access leaves
 * guest RAM (ASan).
 */
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "hw/virtqueue.h"

enum {
    RAM_BASE = 0x80000000,
    RAM_SIZE = 256 << 10,
    ROM_BASE = 0x1000,
    ROM_SIZE = 0x1000,
    MMIO_BASE = 0x10000000,
    MAX_POPS = 64,
};

static AddressSpace as;
static MemRegion *ram;
static VirtqElem elem;
static uint8_t copy_buf[RAM_SIZE];

static uint64_t mmio_read(void *opaque, uint64_t off, unsigned size)
{
    (void)opaque;
    (void)off;
    (void)size;
    return 0;
}

static void mmio_write(void *opaque, uint64_t off, uint64_t val,
                       unsigned size)
{
    (void)opaque;
    (void)off;
    (void)val;
    (void)size;
}

static const MmioOps mmio_ops = {
    .name = "fuzz-mmio",
    .read = mmio_read,
    .write = mmio_write,
};

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    ram = as_add_ram(&as, "ram", RAM_BASE, RAM_SIZE);
    (void)as_add_rom(&as, "rom", ROM_BASE, ROM_SIZE);
    (void)as_add_mmio(&as, "mmio", MMIO_BASE, 0x1000, 0, &mmio_ops, NULL);
    return 0;
}

/* Input reader: bytes until the data runs out, then zeroes. */
typedef struct Input {
    const uint8_t *p;
    size_t n;
} Input;

static uint64_t take(Input *in, unsigned bytes)
{
    uint64_t v = 0;
    for (unsigned i = 0; i < bytes; i++) {
        uint64_t b = in->n ? (in->n--, *in->p++) : 0;
        v |= b << (8 * i);
    }
    return v;
}

/* A ring address: mostly a page-aligned place in RAM, sometimes raw. */
static uint64_t ring_addr(Input *in)
{
    uint8_t sel = take(in, 1);
    if (sel < 0xf0) {
        return RAM_BASE + (uint64_t)(sel % 48) * 0x1000;
    }
    return take(in, 8);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Input in = { data, size };
    VirtQueue vq;

    vq_reset(&vq);
    vq.as = &as;
    vq.num_max = VQ_MAX_SIZE;
    uint8_t flags = take(&in, 1);
    vq.num = (uint16_t)take(&in, 2);
    if (!(flags & 0x80)) {
        vq.num = 1u << (vq.num % 11); /* usually a legal size */
    }
    vq.indirect = flags & 1;
    vq.event_idx = flags & 2;
    vq.desc = ring_addr(&in);
    vq.avail = ring_addr(&in);
    vq.used = ring_addr(&in);
    vq.ready = true;
    if (!vq_setup_ok(&vq)) {
        return 0;
    }
    vq.last_avail = vq.used_idx = (uint16_t)take(&in, 2);

    /* Guest RAM: the rest of the input from the start, descriptor
     * addresses mostly folded into RAM so chains reach real buffers. */
    memset(ram->host, 0, RAM_SIZE);
    size_t len = in.n < RAM_SIZE ? in.n : RAM_SIZE;
    memcpy(ram->host, in.p, len);
    if (vq_ram_range(&as, vq.desc, 16ull * vq.num) && !(flags & 0x40)) {
        uint8_t *d = ram->host + (vq.desc - RAM_BASE);
        for (unsigned i = 0; i < vq.num; i++) {
            uint64_t a;
            memcpy(&a, d + 16 * i, 8);
            if (!(a >> 63)) {
                a = RAM_BASE + (a % RAM_SIZE);
                memcpy(d + 16 * i, &a, 8);
            }
        }
    }

    for (unsigned n = 0; n < MAX_POPS; n++) {
        VqPop r = vq_pop(&vq, &elem);
        if (r != VQ_OK) {
            break;
        }
        uint64_t out = 0, inl = 0;
        for (unsigned i = 0; i < elem.n_out; i++) {
            assert(vq_ram_range(&as, elem.out[i].addr, elem.out[i].len));
            out += elem.out[i].len;
        }
        for (unsigned i = 0; i < elem.n_in; i++) {
            assert(vq_ram_range(&as, elem.in[i].addr, elem.in[i].len));
            inl += elem.in[i].len;
        }
        assert(out == elem.out_len && inl == elem.in_len);
        assert(elem.n_out + elem.n_in <= VQ_MAX_SIZE);
        /* Copies that lie within the chain succeed; past it they fail. */
        uint64_t off = take(&in, 2) % (out + 1);
        size_t cl = (size_t)(out - off) < sizeof(copy_buf)
                        ? (size_t)(out - off) : sizeof(copy_buf);
        assert(vq_read(&vq, &elem, off, copy_buf, cl));
        assert(!vq_read(&vq, &elem, out, copy_buf, 1));
        off = take(&in, 2) % (inl + 1);
        cl = (size_t)(inl - off) < sizeof(copy_buf)
                 ? (size_t)(inl - off) : sizeof(copy_buf);
        assert(vq_write(&vq, &elem, off, copy_buf, cl));
        assert(!vq_write(&vq, &elem, inl, copy_buf, 1));
        if (!vq_push(&vq, &elem, (uint32_t)(off + cl))) {
            break;
        }
        (void)vq_should_notify(&vq);
    }
    return 0;
}
