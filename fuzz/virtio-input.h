/* SPDX-License-Identifier: MIT */
/*
 * The common driver of the virtio device fuzz targets: the input plays a
 * hostile guest through tests/virtio-guest.h (virtio-mmio registers, one
 * split queue in guest RAM). It picks the features the driver accepts and
 * the queue size, then its bytes become the descriptor table (addresses
 * mostly folded into the buffer area, so chains reach real buffers), the
 * available ring and the buffers (request headers, data), and the queue is
 * kicked twice, the second time with the ring index moved on; then one
 * configuration-space read of a size and offset the input chooses. The device
 * must answer or mark itself DEVICE_NEEDS_RESET, never crash or hang.
 * vf_run_two() does the like for a device with a receive and a transmit
 * queue, interleaving notifies with steps of the device's host side.
 * Header-only: included once by a fuzz target, after the device headers.
 */
#ifndef FUZZ_VIRTIO_INPUT_H
#define FUZZ_VIRTIO_INPUT_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tests/test-check.h"
#include "tests/virtio-guest.h"

enum {
    VF_BUF_SPAN = 1 << 20, /* descriptor addresses fold into BUF + this */
};

typedef struct VfInput {
    const uint8_t *p;
    size_t n;
} VfInput;

static uint64_t vf_take(VfInput *in, unsigned bytes)
{
    uint64_t v = 0;
    for (unsigned i = 0; i < bytes; i++) {
        uint64_t b = in->n ? (in->n--, *in->p++) : 0;
        v |= b << (8 * i);
    }
    return v;
}

/* Copies up to len input bytes to guest RAM at addr. */
static void vf_copy(VfInput *in, uint64_t addr, size_t len)
{
    if (len > in->n) {
        len = in->n;
    }
    if (len && !as_write_bytes(&gm.as, addr, in->p, len)) {
        return;
    }
    in->p += len;
    in->n -= len;
}

/* The descriptor table from the input; an address with bit 63 clear is
 * folded into the buffer area, its length kept below the area's size. */
static void vf_descriptors(VfInput *in, uint64_t table, unsigned num)
{
    for (unsigned i = 0; i < num && in->n; i++) {
        uint64_t addr = vf_take(in, 8);
        uint32_t len = (uint32_t)vf_take(in, 4);
        uint16_t flags = (uint16_t)vf_take(in, 2);
        uint16_t next = (uint16_t)vf_take(in, 2);
        if (!(addr >> 63)) {
            addr = BUF + addr % VF_BUF_SPAN;
            len %= VF_BUF_SPAN / 4;
        }
        g_desc_at(table, i, addr, len, flags, next);
    }
}

/* Features from the input: offered ones, or any (mode bit 0), with
 * VERSION_1 unless mode bit 1. Returns the mode, or -1 when refused. */
static int vf_features(VfInput *in)
{
    uint64_t offered = g_device_features();
    uint64_t want = vf_take(in, 8);
    uint8_t mode = (uint8_t)vf_take(in, 1);
    uint64_t features = (mode & 1) ? want : (offered & want);
    if (!(mode & 2)) {
        features |= VIRTIO_F_VERSION_1;
    }
    if (!g_negotiate(features)) {
        set_reg(R_STATUS, 0);
        return -1;
    }
    return mode;
}

/* One run over the device in the selected slot. */
GUEST_FN void vf_run(const uint8_t *data, size_t size)
{
    VfInput in = { data, size };
    int mode = vf_features(&in);
    if (mode < 0) {
        return;
    }
    uint16_t num = (uint16_t)vf_take(&in, 2);
    if (!(mode & 4)) {
        num = 1u << (num % 11);
    }
    g_queue(num, Q_DESC, Q_AVAIL, Q_USED);
    g_fill(BUF, 0, VF_BUF_SPAN + (64 << 10));
    g_driver_ok();
    unsigned n = num && num <= 1024 ? num : 8;
    vf_descriptors(&in, Q_DESC, n);
    vf_copy(&in, Q_AVAIL, 4 + 2 * n + 2);
    vf_copy(&in, BUF, 64 << 10);
    g_kick();
    uint16_t idx = g_rd(Q_AVAIL + 2, 2);
    g_wr(Q_AVAIL + 2, 2, (uint16_t)(idx + vf_take(&in, 1)));
    g_kick();
    (void)reg(R_ISR);
    uint8_t cfg = (uint8_t)vf_take(&in, 1);
    (void)g_rd(g_base + R_CONFIG + cfg % 64, 1u << (cfg >> 6) % 3);
    set_reg(R_ISR_ACK, 3);
    set_reg(R_STATUS, 0);
}

/* Where queue q's rings are in the two-queue run (queue 0's are the
 * usual ones of tests/virtio-guest.h; all lie below BUF). */
static uint64_t vf_rings(unsigned q) { return Q_DESC + 0x30000ull * q; }

/* Sets up queue q of size num at its rings, zeroed. */
static void vf_queue(unsigned q, uint16_t num)
{
    uint64_t r = vf_rings(q);
    g_fill(r, 0, 0x30000);
    set_reg(R_QUEUE_SEL, q);
    set_reg(R_QUEUE_NUM, num);
    set_reg(R_DESC_LO, (uint32_t)r);
    set_reg(R_DESC_HI, r >> 32);
    set_reg(R_DRIVER_LO, (uint32_t)(r + 0x10000));
    set_reg(R_DRIVER_HI, (r + 0x10000) >> 32);
    set_reg(R_DEVICE_LO, (uint32_t)(r + 0x20000));
    set_reg(R_DEVICE_HI, (r + 0x20000) >> 32);
    set_reg(R_QUEUE_READY, 1);
}

/* The size each queue of the two-queue run was given, and how far into
 * its used ring vf_check_used() has looked. */
static uint16_t vf_num[2], vf_seen[2];

/* Every chain the device handed back on a ready queue must be one it can
 * have taken from that queue: its head inside the table. */
static void vf_check_used(void)
{
    for (unsigned q = 0; q < 2; q++) {
        set_reg(R_QUEUE_SEL, q);
        uint16_t num = vf_num[q];
        if (!reg(R_QUEUE_READY) || num == 0 || num > 1024) {
            continue;
        }
        uint64_t used = vf_rings(q) + 0x20000;
        uint16_t idx = (uint16_t)g_rd(used + 2, 2);
        if ((uint16_t)(idx - vf_seen[q]) > num) {
            vf_seen[q] = (uint16_t)(idx - num);
        }
        for (; vf_seen[q] != idx; vf_seen[q]++) {
            uint32_t id = (uint32_t)g_rd(used + 4 + 8 * (vf_seen[q] % num), 4);
            if (id >= num) {
                fprintf(stderr, "queue %u: used entry %u has id %u, "
                        "queue size %u\n", q, vf_seen[q], id, num);
                abort();
            }
        }
    }
}

/* What a two-queue device's host side does in a step: takes its operands
 * (a frame, console input) from the input. */
typedef void VfBackendStep(VfInput *in);

enum {
    VF_STEPS = 64,
};

/* One run over a device with a receive and a transmit queue (net,
 * console): features as vf_run; per queue a size, descriptor table and
 * available ring; a 2-byte count of input bytes for the buffer area and
 * those bytes; then up to VF_STEPS steps, each a byte: bits 2:0 the
 * action, bit 3 the queue it acts on. Actions: notify; move the available
 * index on (by the next byte) without notifying; a back-end step; a
 * configuration read or write; the queue made not ready, resized, its
 * used ring zeroed and ready again; a notify of any queue number; an
 * interrupt acknowledge. After each step the used rings are checked
 * (vf_check_used()). */
GUEST_FN void vf_run_two(const uint8_t *data, size_t size,
                         VfBackendStep *backend)
{
    VfInput in = { data, size };
    int mode = vf_features(&in);
    if (mode < 0) {
        return;
    }
    for (unsigned q = 0; q < 2; q++) {
        uint16_t num = (uint16_t)vf_take(&in, 2);
        if (!(mode & 4)) {
            num = 1u << (num % 11);
        }
        vf_queue(q, num);
        vf_num[q] = num;
        vf_seen[q] = 0;
    }
    g_fill(BUF, 0, VF_BUF_SPAN + (64 << 10));
    g_driver_ok();
    for (unsigned q = 0; q < 2; q++) {
        unsigned n = 1u << (vf_take(&in, 1) % 11);
        vf_descriptors(&in, vf_rings(q), n);
        vf_copy(&in, vf_rings(q) + 0x10000, 4 + 2 * n + 2);
    }
    vf_copy(&in, BUF, vf_take(&in, 2));
    for (unsigned i = 0; i < VF_STEPS && in.n; i++) {
        uint8_t op = (uint8_t)vf_take(&in, 1);
        unsigned q = (op >> 3) & 1;
        uint64_t avail = vf_rings(q) + 0x10000;
        switch (op & 7) {
        case 0:
            set_reg(R_QUEUE_NOTIFY, q);
            break;
        case 1:
            g_wr(avail + 2, 2, (uint16_t)(g_rd(avail + 2, 2) +
                                          vf_take(&in, 1)));
            break;
        case 2:
            backend(&in);
            break;
        case 3: {
            uint8_t cfg = (uint8_t)vf_take(&in, 1);
            (void)g_rd(g_base + R_CONFIG + cfg % 64, 1u << (cfg >> 6) % 3);
            break;
        }
        case 4: {
            uint8_t cfg = (uint8_t)vf_take(&in, 1);
            g_wr(g_base + R_CONFIG + cfg % 64, 1u << (cfg >> 6) % 3,
                 vf_take(&in, 4));
            break;
        }
        case 5:
            vf_num[q] = (uint16_t)vf_take(&in, 2);
            vf_seen[q] = 0;
            set_reg(R_QUEUE_SEL, q);
            set_reg(R_QUEUE_READY, 0);
            g_fill(vf_rings(q) + 0x20000, 0, 0x10000); /* a fresh used ring */
            set_reg(R_QUEUE_NUM, vf_num[q]);
            set_reg(R_QUEUE_READY, 1);
            break;
        case 6:
            set_reg(R_QUEUE_NOTIFY, (uint32_t)vf_take(&in, 1));
            break;
        default:
            (void)reg(R_ISR);
            set_reg(R_ISR_ACK, 3);
            break;
        }
        vf_check_used();
    }
    set_reg(R_ISR_ACK, 3);
    set_reg(R_STATUS, 0);
}

#endif
