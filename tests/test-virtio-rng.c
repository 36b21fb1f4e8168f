/* SPDX-License-Identifier: MIT */
/*
 * Unit tests for virtio-rng on the virtio-mmio transport, the test playing
 * the guest's driver (tests/virtio-guest.h): identity, buffers filled with
 * host entropy (single, multi-segment, indirect, a batch of several), the
 * per-buffer bound on huge buffers, a chain with a readable part, and the
 * interrupt raised and acknowledged. Ends with `N passed, M failed`.
 */
#include <stdio.h>

#include "hw/virtio-rng.h"

#include "tests/test-check.h"
#include "tests/virtio-guest.h"

/* Non-zero bytes in [addr, addr + len): random data has few zeros. */
static unsigned nonzero(uint64_t addr, unsigned len)
{
    unsigned n = 0;
    for (unsigned i = 0; i < len; i++) {
        n += g_rd(addr + i, 1) != 0;
    }
    return n;
}

static void test_identity(void)
{
    check_eq(reg(R_MAGIC), 0x74726976, "magic");
    check_eq(reg(R_VERSION), 2, "version");
    check_eq(reg(R_DEVICE_ID), 4, "device id");
    set_reg(R_QUEUE_SEL, 0);
    check(reg(R_QUEUE_NUM_MAX) >= 16, "queue 0 size");
    check(g_device_features() & VIRTIO_F_VERSION_1, "VERSION_1 offered");
}

static void test_fill(void)
{
    g_start(VIRTIO_F_VERSION_1 | VIRTIO_F_INDIRECT_DESC, 16);
    g_fill(BUF, 0, 0x3000);

    g_desc(0, BUF, 256, D_WRITE, 0);
    g_submit(0);
    check_eq(g_used_idx(), 1, "one buffer used");
    check_eq(g_used_id(0), 0, "used id");
    check_eq(g_used_len(0), 256, "used length");
    check(nonzero(BUF, 256) > 200, "buffer filled");
    check_eq(nonzero(BUF + 256, 256), 0, "nothing past the buffer");
    check(irq_level, "interrupt raised");
    check_eq(reg(R_ISR), 1, "interrupt status");
    set_reg(R_ISR_ACK, 1);
    check(!irq_level, "interrupt acknowledged");

    /* Two writable segments. */
    g_desc(1, BUF + 0x1000, 100, D_WRITE | D_NEXT, 2);
    g_desc(2, BUF + 0x2000, 156, D_WRITE, 0);
    g_submit(1);
    check_eq(g_used_len(1), 256, "two segments used length");
    check(nonzero(BUF + 0x1000, 100) > 80 && nonzero(BUF + 0x2000, 156) > 120,
          "two segments filled");

    /* Indirect. */
    uint64_t table = BUF + 0x4000;
    g_fill(BUF + 0x5000, 0, 64);
    g_desc_at(table, 0, BUF + 0x5000, 64, D_WRITE, 0);
    g_desc(3, table, 16, D_INDIRECT, 0);
    g_submit(3);
    check_eq(g_used_len(2), 64, "indirect used length");
    check(nonzero(BUF + 0x5000, 64) > 48, "indirect buffer filled");

    /* A batch of three published before one kick: one interrupt. */
    set_reg(R_ISR_ACK, 1);
    irq_raises = 0;
    for (unsigned i = 0; i < 3; i++) {
        g_desc(4 + i, BUF + 0x6000 + 0x100 * i, 32, D_WRITE, 0);
        g_publish(4 + i);
    }
    g_kick();
    check_eq(g_used_idx(), 6, "batch used");
    check_eq(irq_raises, 1, "one interrupt for the batch");
    set_reg(R_ISR_ACK, 1);

    /* Huge buffer: at most 64 KiB per request. */
    g_desc(7, BUF, 4 << 20, D_WRITE, 0);
    g_submit(7);
    check_eq(g_used_len(6), 64 << 10, "huge buffer gets 64 KiB");

    /* A readable part is ignored; a buffer with no writable part gets 0. */
    g_desc(8, BUF + 0x7000, 16, D_NEXT, 9);
    g_desc(9, BUF + 0x7100, 16, D_WRITE, 0);
    g_submit(8);
    check_eq(g_used_len(7), 16, "readable part ignored");
    g_desc(10, BUF + 0x7000, 16, 0, 0);
    g_submit(10);
    check_eq(g_used_len(8), 0, "no writable part: nothing written");
    check(!g_needs_reset(), "device still healthy");
}

int main(void)
{
    g_attach(virtio_rng_new(), 0);
    test_identity();
    test_fill();
    return check_summary();
}
