/* SPDX-License-Identifier: MIT */
/*
 * A tiny virtio driver for the unit tests, header-only: the test plays the
 * guest on a bare Machine with RAM and one virtio-mmio slot, drives the
 * transport registers with as_read/as_write, lays out one split queue in
 * guest RAM and records the interrupt line. Included once per test program,
 * after tests/test-check.h.
 */
#ifndef TESTS_VIRTIO_GUEST_H
#define TESTS_VIRTIO_GUEST_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "core/machine.h"
#include "hw/virtio-mmio.h"
#include "hw/virtio.h"
#include "softmmu/memory.h"

/* Not every test program uses every helper. */
#define GUEST_FN static __attribute__((unused))

enum {
    VMMIO = 0x10001000,          /* the slot */
    RAM = 0x80000000,
    RAM_SIZE = 16 << 20,
    Q_DESC = RAM,                /* rings for a queue of up to 1024 */
    Q_AVAIL = RAM + 0x10000,
    Q_USED = RAM + 0x20000,
    BUF = RAM + 0x100000,        /* buffers from here */
    HOLE = 0x40000000,           /* nothing mapped */

    R_MAGIC = 0x000, R_VERSION = 0x004, R_DEVICE_ID = 0x008,
    R_VENDOR = 0x00c, R_DEV_FEAT = 0x010, R_DEV_FEAT_SEL = 0x014,
    R_DRV_FEAT = 0x020, R_DRV_FEAT_SEL = 0x024, R_QUEUE_SEL = 0x030,
    R_QUEUE_NUM_MAX = 0x034, R_QUEUE_NUM = 0x038, R_QUEUE_READY = 0x044,
    R_QUEUE_NOTIFY = 0x050, R_ISR = 0x060, R_ISR_ACK = 0x064,
    R_STATUS = 0x070, R_DESC_LO = 0x080, R_DESC_HI = 0x084,
    R_DRIVER_LO = 0x090, R_DRIVER_HI = 0x094, R_DEVICE_LO = 0x0a0,
    R_DEVICE_HI = 0x0a4, R_GENERATION = 0x0fc, R_CONFIG = 0x100,

    D_NEXT = 1, D_WRITE = 2, D_INDIRECT = 4,
};

static Machine gm;
static uint64_t g_base = VMMIO;
static bool irq_level;
static unsigned irq_raises;
static uint16_t g_num, g_avail_idx;

GUEST_FN void irq_record(void *opaque, int n, bool level)
{
    (void)opaque;
    (void)n;
    if (level && !irq_level) {
        irq_raises++;
    }
    irq_level = level;
}

GUEST_FN uint64_t g_rd(uint64_t addr, unsigned size)
{
    uint64_t v = 0;
    if (as_read(&gm.as, addr, size, &v) != MEMTX_OK) {
        return 0xbadbadbadull;
    }
    return v;
}

GUEST_FN void g_wr(uint64_t addr, unsigned size, uint64_t v)
{
    if (as_write(&gm.as, addr, size, v) != MEMTX_OK) {
        check(false, "setup: write to %#llx", (unsigned long long)addr);
    }
}

GUEST_FN uint32_t reg(uint32_t off) { return g_rd(g_base + off, 4); }
GUEST_FN void set_reg(uint32_t off, uint32_t v)
{
    g_wr(g_base + off, 4, v);
}

GUEST_FN void g_fill(uint64_t addr, int byte, size_t len)
{
    static uint8_t buf[4096];
    memset(buf, byte, sizeof(buf));
    for (size_t i = 0; i < len; i += sizeof(buf)) {
        size_t n = len - i < sizeof(buf) ? len - i : sizeof(buf);
        if (!as_write_bytes(&gm.as, addr + i, buf, n)) {
            check(false, "setup: fill at %#llx", (unsigned long long)addr);
        }
    }
}

/* Puts dev in slot n (all slots share one recorded IRQ) and selects it. */
GUEST_FN void g_attach(VirtioDevice *dev, unsigned n)
{
    if (gm.as.n == 0) {
        if (!as_add_ram(&gm.as, "ram", RAM, RAM_SIZE)) {
            check(false, "setup: RAM");
        }
    }
    g_base = VMMIO + 0x1000ull * n;
    virtio_mmio_create(&gm, g_base, irq_line(irq_record, NULL, 1 + n), NULL,
                       0, dev);
}

GUEST_FN void g_select(unsigned n) { g_base = VMMIO + 0x1000ull * n; }

GUEST_FN uint64_t g_device_features(void)
{
    set_reg(R_DEV_FEAT_SEL, 0);
    uint64_t f = reg(R_DEV_FEAT);
    set_reg(R_DEV_FEAT_SEL, 1);
    return f | (uint64_t)reg(R_DEV_FEAT) << 32;
}

/* Reset and negotiate features; true when FEATURES_OK stuck. */
GUEST_FN bool g_negotiate(uint64_t features)
{
    set_reg(R_STATUS, 0);
    set_reg(R_STATUS, VIRTIO_S_ACKNOWLEDGE);
    set_reg(R_STATUS, VIRTIO_S_ACKNOWLEDGE | VIRTIO_S_DRIVER);
    set_reg(R_DRV_FEAT_SEL, 0);
    set_reg(R_DRV_FEAT, (uint32_t)features);
    set_reg(R_DRV_FEAT_SEL, 1);
    set_reg(R_DRV_FEAT, features >> 32);
    set_reg(R_STATUS, VIRTIO_S_ACKNOWLEDGE | VIRTIO_S_DRIVER |
                          VIRTIO_S_FEATURES_OK);
    return reg(R_STATUS) & VIRTIO_S_FEATURES_OK;
}

/* Queue 0 with num entries at the usual rings, zeroed; no DRIVER_OK. */
GUEST_FN void g_queue(uint32_t num, uint64_t desc, uint64_t avail,
                      uint64_t used)
{
    g_fill(Q_DESC, 0, 0x30000);
    set_reg(R_QUEUE_SEL, 0);
    set_reg(R_QUEUE_NUM, num);
    set_reg(R_DESC_LO, (uint32_t)desc);
    set_reg(R_DESC_HI, desc >> 32);
    set_reg(R_DRIVER_LO, (uint32_t)avail);
    set_reg(R_DRIVER_HI, avail >> 32);
    set_reg(R_DEVICE_LO, (uint32_t)used);
    set_reg(R_DEVICE_HI, used >> 32);
    set_reg(R_QUEUE_READY, 1);
    g_num = num && num <= 1024 ? num : 8; /* where a hostile test looks */
    g_avail_idx = 0;
}

GUEST_FN void g_driver_ok(void)
{
    set_reg(R_STATUS, reg(R_STATUS) | VIRTIO_S_DRIVER_OK);
}

/* The whole bring-up with the given features and queue size. */
GUEST_FN void g_start(uint64_t features, uint16_t num)
{
    if (!g_negotiate(features)) {
        check(false, "setup: features %#llx refused",
              (unsigned long long)features);
    }
    g_queue(num, Q_DESC, Q_AVAIL, Q_USED);
    g_driver_ok();
    set_reg(R_ISR_ACK, 3);
    irq_raises = 0;
}

GUEST_FN void g_desc_at(uint64_t table, unsigned i, uint64_t addr,
                        uint32_t len, uint16_t flags, uint16_t next)
{
    uint64_t d = table + 16ull * i;
    g_wr(d, 8, addr);
    g_wr(d + 8, 4, len);
    g_wr(d + 12, 2, flags);
    g_wr(d + 14, 2, next);
}

GUEST_FN void g_desc(unsigned i, uint64_t addr, uint32_t len,
                     uint16_t flags, uint16_t next)
{
    g_desc_at(Q_DESC, i, addr, len, flags, next);
}

/* Publish head in the avail ring (without notifying). */
GUEST_FN void g_publish(uint16_t head)
{
    g_wr(Q_AVAIL + 4 + 2 * (g_avail_idx % g_num), 2, head);
    g_avail_idx++;
    g_wr(Q_AVAIL + 2, 2, g_avail_idx);
}

GUEST_FN void g_kick(void) { set_reg(R_QUEUE_NOTIFY, 0); }

GUEST_FN void g_submit(uint16_t head)
{
    g_publish(head);
    g_kick();
}

GUEST_FN uint16_t g_used_idx(void) { return g_rd(Q_USED + 2, 2); }

GUEST_FN uint32_t g_used_len(uint16_t i)
{
    return g_rd(Q_USED + 4 + 8 * (i % g_num) + 4, 4);
}

GUEST_FN uint32_t g_used_id(uint16_t i)
{
    return g_rd(Q_USED + 4 + 8 * (i % g_num), 4);
}

GUEST_FN bool g_needs_reset(void)
{
    return reg(R_STATUS) & VIRTIO_S_NEEDS_RESET;
}

#endif
