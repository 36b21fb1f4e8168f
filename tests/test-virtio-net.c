/* SPDX-License-Identifier: MIT */
/*
 * Unit tests for virtio-net on the virtio-mmio transport, the test playing
 * the guest's driver (tests/virtio-guest.h for queue 0, receive; a second
 * set of rings here for queue 1, transmit) and the host through a
 * recording back end: identity and configuration space; transmitted frames
 * reach the back end byte-exact with the header stripped, however the
 * chain is split; received frames land in guest buffers behind a version 1
 * header, wait while no buffer is posted, and overflow that wait by
 * dropping; and hostile chains (too short for the header, too long, asking
 * for offloads, readable receive buffers, buffers outside RAM, loops) are
 * dropped or break the device, never the emulator; then random chains on
 * both queues with random frames arriving, after which a reset device
 * works again. Ends with `N passed, M failed`.
 */
#include <stdio.h>
#include <string.h>

#include "hw/net.h"
#include "hw/virtio-net.h"

#include "tests/test-check.h"
#include "tests/virtio-guest.h"

enum {
    RXQ = 0,
    TXQ = 1,
    HDR = 12,
    TX_DESC = RAM + 0x40000,
    TX_AVAIL = RAM + 0x50000,
    TX_USED = RAM + 0x60000,
    TX_NUM = 16,
    RX_NUM = 16,
    NET_F_MAC = 1 << 5,
    NET_F_STATUS = 1 << 16,
};

static const uint8_t mac[6] = { 0x52, 0x54, 0x00, 0xab, 0xcd, 0xef };

/* The test back end: remembers what the card sent. */
static struct {
    NetBackend nb;
    unsigned frames;
    size_t len;
    uint8_t data[2048];
} host;

static void host_transmit(NetBackend *nb, const uint8_t *frame, size_t len)
{
    (void)nb;
    host.frames++;
    host.len = len;
    memcpy(host.data, frame, len < sizeof(host.data) ? len : sizeof(host.data));
}

static uint16_t tx_avail_idx;

/* Reset, features, receive queue (virtio-guest.h), transmit queue, go. */
static void start(void)
{
    if (!g_negotiate(VIRTIO_F_VERSION_1 | NET_F_MAC | NET_F_STATUS)) {
        check(false, "setup: features refused");
    }
    g_queue(RX_NUM, Q_DESC, Q_AVAIL, Q_USED);
    g_fill(TX_DESC, 0, 0x30000);
    set_reg(R_QUEUE_SEL, TXQ);
    set_reg(R_QUEUE_NUM, TX_NUM);
    set_reg(R_DESC_LO, TX_DESC);
    set_reg(R_DESC_HI, 0);
    set_reg(R_DRIVER_LO, TX_AVAIL);
    set_reg(R_DRIVER_HI, 0);
    set_reg(R_DEVICE_LO, TX_USED);
    set_reg(R_DEVICE_HI, 0);
    set_reg(R_QUEUE_READY, 1);
    tx_avail_idx = 0;
    g_driver_ok();
    set_reg(R_ISR_ACK, 3);
    irq_raises = 0;
    host.frames = 0;
}

static void tx_desc(unsigned i, uint64_t addr, uint32_t len, uint16_t flags,
                    uint16_t next)
{
    g_desc_at(TX_DESC, i, addr, len, flags, next);
}

static void tx_submit(uint16_t head)
{
    g_wr(TX_AVAIL + 4 + 2 * (tx_avail_idx % TX_NUM), 2, head);
    tx_avail_idx++;
    g_wr(TX_AVAIL + 2, 2, tx_avail_idx);
    set_reg(R_QUEUE_NOTIFY, TXQ);
}

static uint16_t tx_used_idx(void) { return g_rd(TX_USED + 2, 2); }

static void rx_kick(void) { set_reg(R_QUEUE_NOTIFY, RXQ); }

/* A frame of len bytes: destination, source, type, then a pattern. */
static void make_frame(uint8_t *f, size_t len, uint8_t seed)
{
    for (size_t i = 0; i < len; i++) {
        f[i] = (uint8_t)(seed + i * 7);
    }
    memcpy(f, mac, 6);
    f[12] = 0x08;
    f[13] = 0x00;
}

static void put_bytes(uint64_t addr, const uint8_t *b, size_t len)
{
    if (!as_write_bytes(&gm.as, addr, b, len)) {
        check(false, "setup: write at %#llx", (unsigned long long)addr);
    }
}

static bool guest_has(uint64_t addr, const uint8_t *b, size_t len)
{
    uint8_t g[2048];
    return len <= sizeof(g) && as_read_bytes(&gm.as, addr, g, len) &&
           !memcmp(g, b, len);
}

static void test_identity(void)
{
    check_eq(reg(R_DEVICE_ID), 1, "device id");
    uint64_t f = g_device_features();
    check(f & VIRTIO_F_VERSION_1, "VERSION_1 offered");
    check(f & NET_F_MAC, "MAC offered");
    check(f & NET_F_STATUS, "STATUS offered");
    check_eq(f & ((1ull << 24) - 1), NET_F_MAC | NET_F_STATUS,
             "no other device features");
    for (unsigned i = 0; i < 6; i++) {
        check_eq(g_rd(g_base + R_CONFIG + i, 1), mac[i], "mac byte %u", i);
    }
    check_eq(g_rd(g_base + R_CONFIG + 6, 2), 1, "status: link up");
    check_eq(g_rd(g_base + R_CONFIG, 4), 0xab005452, "mac as a word");
    set_reg(R_QUEUE_SEL, TXQ);
    check(reg(R_QUEUE_NUM_MAX) >= 16, "transmit queue exists");
    set_reg(R_QUEUE_SEL, 2);
    check_eq(reg(R_QUEUE_NUM_MAX), 0, "no control queue");
}

static void test_tx(void)
{
    uint8_t f[1514], hdr[HDR] = { 0 };
    start();

    /* Header and frame in one descriptor. */
    make_frame(f, 60, 1);
    put_bytes(BUF, hdr, HDR);
    put_bytes(BUF + HDR, f, 60);
    tx_desc(0, BUF, HDR + 60, 0, 0);
    tx_submit(0);
    check_eq(host.frames, 1, "tx: one frame sent");
    check_eq(host.len, 60, "tx: header stripped");
    check(!memcmp(host.data, f, 60), "tx: frame byte-exact");
    check_eq(tx_used_idx(), 1, "tx: chain returned");
    check(irq_level && (reg(R_ISR) & VIRTIO_ISR_QUEUE), "tx: interrupt");
    set_reg(R_ISR_ACK, 3);

    /* A full-size frame split across four segments, the header alone. */
    make_frame(f, 1514, 9);
    put_bytes(BUF + 0x1000, hdr, HDR);
    put_bytes(BUF + 0x2000, f, 5);
    put_bytes(BUF + 0x3000, f + 5, 1000);
    put_bytes(BUF + 0x4000, f + 1005, 509);
    tx_desc(1, BUF + 0x1000, HDR, D_NEXT, 2);
    tx_desc(2, BUF + 0x2000, 5, D_NEXT, 3);
    tx_desc(3, BUF + 0x3000, 1000, D_NEXT, 4);
    tx_desc(4, BUF + 0x4000, 509, 0, 0);
    tx_submit(1);
    check_eq(host.frames, 2, "tx split: sent");
    check_eq(host.len, 1514, "tx split: length");
    check(!memcmp(host.data, f, 1514), "tx split: byte-exact");
    check_eq(tx_used_idx(), 2, "tx split: returned");
    check(!g_needs_reset(), "tx: device healthy");
}

static void test_tx_dropped(void)
{
    uint8_t hdr[HDR] = { 0 };
    start();

    /* Shorter than the header. */
    tx_desc(0, BUF, HDR - 1, 0, 0);
    tx_submit(0);
    /* Longer than any frame. */
    tx_desc(1, BUF, HDR + NET_MAX_FRAME + 1, 0, 0);
    tx_submit(1);
    /* Writable only: nothing to send. */
    tx_desc(2, BUF, 100, D_WRITE, 0);
    tx_submit(2);
    /* Offloads that were not offered. */
    hdr[0] = 1; /* NEEDS_CSUM */
    put_bytes(BUF + 0x1000, hdr, HDR);
    tx_desc(3, BUF + 0x1000, HDR + 60, 0, 0);
    tx_submit(3);
    hdr[0] = 0;
    hdr[1] = 1; /* GSO_TCPV4 */
    put_bytes(BUF + 0x2000, hdr, HDR);
    tx_desc(4, BUF + 0x2000, HDR + 60, 0, 0);
    tx_submit(4);
    check_eq(host.frames, 0, "tx: bad chains dropped");
    check_eq(tx_used_idx(), 5, "tx: bad chains still returned");
    check(!g_needs_reset(), "tx: dropping does not break the device");

    /* The device still works. */
    hdr[1] = 0;
    put_bytes(BUF + 0x3000, hdr, HDR);
    tx_desc(5, BUF + 0x3000, HDR + 42, 0, 0);
    tx_submit(5);
    check_eq(host.frames, 1, "tx: works after drops");
    check_eq(host.len, 42, "tx: length after drops");
}

/* A chain that breaks the ring's rules breaks the device, nothing else. */
static void tx_broken(const char *what)
{
    unsigned before = host.frames;
    tx_submit(0);
    check(g_needs_reset(), "%s: DEVICE_NEEDS_RESET", what);
    check_eq(host.frames, before, "%s: nothing sent", what);
    check_eq(tx_used_idx(), 0, "%s: nothing used", what);
    tx_submit(0);
    check_eq(host.frames, before, "%s: quiet until reset", what);
}

static void test_tx_hostile(void)
{
    start();
    tx_desc(0, HOLE, HDR + 60, 0, 0);
    tx_broken("tx buffer in a hole");
    start();
    tx_desc(0, RAM + RAM_SIZE - 20, HDR + 60, 0, 0);
    tx_broken("tx buffer across the end of RAM");
    start();
    tx_desc(0, VMMIO, HDR + 60, 0, 0);
    tx_broken("tx buffer over the device's registers");
    start();
    tx_desc(0, BUF, HDR, D_NEXT, 1);
    tx_desc(1, BUF, 60, D_NEXT, 0);
    tx_broken("tx chain loop");
    start();
    tx_desc(0, BUF, HDR, D_NEXT, TX_NUM);
    tx_broken("tx next out of range");
    start();
    tx_desc(0, UINT64_MAX - 8, 64, 0, 0);
    tx_broken("tx address wraps");
}

static void deliver(const uint8_t *f, size_t len)
{
    net_backend_deliver(&host.nb, f, len);
}

static void test_rx(void)
{
    uint8_t f[1514], want_hdr[HDR] = { 0 };
    want_hdr[10] = 1; /* num_buffers */

    /* Before DRIVER_OK frames are dropped. */
    set_reg(R_STATUS, 0);
    make_frame(f, 64, 3);
    deliver(f, 64);

    start();
    g_fill(BUF, 0xee, 0x8000);
    g_desc(0, BUF, HDR + 1514, D_WRITE, 0);
    g_publish(0);
    rx_kick();
    check_eq(g_used_idx(), 0, "rx: nothing from before DRIVER_OK");

    deliver(f, 64);
    check_eq(g_used_idx(), 1, "rx: one frame");
    check_eq(g_used_len(0), HDR + 64, "rx: used length");
    check(guest_has(BUF, want_hdr, HDR), "rx: header");
    check(guest_has(BUF + HDR, f, 64), "rx: frame byte-exact");
    check_eq(g_rd(BUF + HDR + 64, 1), 0xee, "rx: nothing past the frame");
    check(irq_level && (reg(R_ISR) & VIRTIO_ISR_QUEUE), "rx: interrupt");
    set_reg(R_ISR_ACK, 3);

    /* No buffer posted: the frame waits, then lands in a split chain. */
    make_frame(f, 1514, 5);
    deliver(f, 1514);
    check_eq(g_used_idx(), 1, "rx: waits without buffers");
    g_desc(1, BUF + 0x1000, HDR, D_WRITE | D_NEXT, 2);
    g_desc(2, BUF + 0x2000, 1000, D_WRITE | D_NEXT, 3);
    g_desc(3, BUF + 0x3000, 1000, D_WRITE, 0);
    g_publish(1);
    rx_kick();
    check_eq(g_used_idx(), 2, "rx: delivered once a buffer is posted");
    check_eq(g_used_len(1), HDR + 1514, "rx split: used length");
    check(guest_has(BUF + 0x1000, want_hdr, HDR), "rx split: header");
    check(guest_has(BUF + 0x2000, f, 1000) &&
              guest_has(BUF + 0x3000, f + 1000, 514),
          "rx split: frame byte-exact");

    /* Room for the frame but not the header: handed back empty, the
     * frame dropped. */
    g_desc(4, BUF + 0x4000, 100, D_WRITE, 0);
    g_publish(4);
    /* Device-readable: no room at all. */
    g_desc(5, BUF + 0x4000, 100, 0, 0);
    g_publish(5);
    g_desc(6, BUF + 0x5000, HDR + 1514, D_WRITE, 0);
    g_publish(6);
    make_frame(f, 100, 7);
    deliver(f, 100);
    deliver(f, 100);
    make_frame(f, 80, 8);
    deliver(f, 80);
    check_eq(g_used_idx(), 5, "rx: small buffers used");
    check_eq(g_used_len(2), 0, "rx: too-small buffer returned empty");
    check_eq(g_used_len(3), 0, "rx: readable buffer returned empty");
    check_eq(g_used_len(4), HDR + 80, "rx: next frame in the next buffer");
    check(guest_has(BUF + 0x5000 + HDR, f, 80), "rx: after drops, intact");

    /* Oversized frames from the back end are dropped. */
    g_desc(7, BUF + 0x6000, 4096, D_WRITE, 0);
    g_publish(7);
    deliver(f, NET_MAX_FRAME + 1);
    check_eq(g_used_idx(), 5, "rx: oversized frame dropped");
    check(!g_needs_reset(), "rx: device healthy");
}

static void test_rx_overflow(void)
{
    uint8_t f[100];
    start();
    for (unsigned i = 0; i < 100; i++) {
        make_frame(f, sizeof(f), (uint8_t)i);
        deliver(f, sizeof(f));
    }
    unsigned got = 0;
    for (unsigned round = 0; round < 10; round++) {
        for (unsigned i = 0; i < RX_NUM; i++) {
            g_desc(i, BUF + 0x800 * i, 2048, D_WRITE, 0);
            g_publish(i);
        }
        uint16_t before = g_used_idx();
        rx_kick();
        got += (uint16_t)(g_used_idx() - before);
        /* Return whatever the device did not take. */
        g_avail_idx = g_used_idx();
        g_wr(Q_AVAIL + 2, 2, g_avail_idx);
        if (g_used_idx() == before) {
            break;
        }
    }
    check(got >= 16 && got < 100, "rx overflow: %u of 100 kept, bounded", got);
    check(!g_needs_reset(), "rx overflow: device healthy");
}

static void rx_broken(const char *what)
{
    uint8_t f[60];
    make_frame(f, sizeof(f), 1);
    g_publish(0);
    deliver(f, sizeof(f));
    check(g_needs_reset(), "%s: DEVICE_NEEDS_RESET", what);
    check_eq(g_used_idx(), 0, "%s: nothing used", what);
    deliver(f, sizeof(f));
    check_eq(g_used_idx(), 0, "%s: quiet until reset", what);
}

static void test_rx_hostile(void)
{
    start();
    g_desc(0, HOLE, 2048, D_WRITE, 0);
    rx_broken("rx buffer in a hole");
    start();
    g_desc(0, BUF, HDR, D_WRITE | D_NEXT, 1);
    g_desc(1, BUF + 0x100, 2048, D_WRITE | D_NEXT, 0);
    rx_broken("rx chain loop");
    start();
    g_desc(0, BUF, 16, D_INDIRECT, 0);
    rx_broken("rx indirect not negotiated");
    start();
    g_desc(0, RAM + RAM_SIZE - 100, 2048, D_WRITE, 0);
    rx_broken("rx buffer across the end of RAM");
    /* Avail index far ahead of the ring. */
    start();
    g_wr(Q_AVAIL + 2, 2, 1000);
    uint8_t f[60];
    make_frame(f, sizeof(f), 2);
    deliver(f, sizeof(f));
    check(g_needs_reset(), "rx avail idx ahead: DEVICE_NEEDS_RESET");
    check_eq(g_used_idx(), 0, "rx avail idx ahead: nothing used");
}

static uint64_t rnd_state = 0x9e3779b97f4a7c15ull;

static uint64_t rnd(void)
{
    rnd_state ^= rnd_state << 13;
    rnd_state ^= rnd_state >> 7;
    rnd_state ^= rnd_state << 17;
    return rnd_state;
}

/* Mostly plausible, now and then hostile: an address in the buffers, or
 * near the rings, RAM's end, a hole, the device's registers, or anywhere. */
static uint64_t rnd_addr(void)
{
    static const uint64_t bases[] = { Q_DESC, TX_DESC, RAM + RAM_SIZE,
                                      HOLE, VMMIO, 0 };
    if (rnd() % 16) {
        return BUF + rnd() % 0x10000;
    }
    uint64_t b = bases[rnd() % 6];
    return b ? b - 64 + rnd() % 0x2000 : rnd();
}

/* Descriptors mostly of the queue's direction, short chains mostly. */
static void rnd_chain(uint64_t table, unsigned num, uint16_t dir)
{
    for (unsigned i = 0; i < num; i++) {
        static const uint32_t lens[] = { 0, 1, HDR - 1, HDR, HDR + 60,
                                         HDR + 1514, HDR + 1515, 4096 };
        uint32_t len = rnd() % 16 ? lens[rnd() % 8] : (uint32_t)rnd();
        uint16_t flags = rnd() % 16 ? dir | (rnd() % 4 ? 0 : D_NEXT)
                                    : rnd() % 8;
        uint16_t next = rnd() % 16 ? rnd() % num : (uint16_t)rnd();
        g_desc_at(table, i, rnd_addr(), len, flags, next);
    }
}

static void test_random(void)
{
    uint8_t f[NET_MAX_FRAME + 8];
    unsigned broke = 0, sent = 0, received = 0;
    for (unsigned round = 0; round < 300; round++) {
        start();
        rnd_chain(Q_DESC, RX_NUM, D_WRITE);
        rnd_chain(TX_DESC, TX_NUM, 0);
        for (unsigned k = 0; k < 8; k++) {
            switch (rnd() % 4) {
            case 0:
                g_publish(rnd() % 16 ? rnd() % RX_NUM : (uint16_t)rnd());
                rx_kick();
                break;
            case 1:
                tx_submit(rnd() % 16 ? rnd() % TX_NUM : (uint16_t)rnd());
                break;
            default: {
                size_t len = rnd() % sizeof(f);
                make_frame(f, len, (uint8_t)k);
                deliver(f, len);
                break;
            }
            }
        }
        broke += g_needs_reset();
        sent += host.frames;
        received += g_used_idx();
    }
    printf("random: %u of 300 rounds broke the device; %u frames sent, "
           "%u receive buffers used\n", broke, sent, received);
    check(broke > 0 && broke < 300, "random: %u of 300 rounds broke the "
          "device, the rest survived", broke);

    /* Afterwards a reset device sends and receives again. */
    uint8_t hdr[HDR] = { 0 };
    start();
    make_frame(f, 70, 4);
    put_bytes(BUF, hdr, HDR);
    put_bytes(BUF + HDR, f, 70);
    tx_desc(0, BUF, HDR + 70, 0, 0);
    tx_submit(0);
    check(host.frames == 1 && host.len == 70 && !memcmp(host.data, f, 70),
          "random: transmit works after reset");
    g_desc(0, BUF + 0x1000, 2048, D_WRITE, 0);
    g_publish(0);
    deliver(f, 70);
    check(g_used_idx() == 1 && guest_has(BUF + 0x1000 + HDR, f, 70),
          "random: receive works after reset");
}

int main(void)
{
    host.nb = (NetBackend){ .id = "test", .transmit = host_transmit };
    g_attach(virtio_net_new(&host.nb, mac), 0);
    test_identity();
    test_tx();
    test_tx_dropped();
    test_tx_hostile();
    test_rx();
    test_rx_overflow();
    test_rx_hostile();
    test_random();
    return check_summary();
}
