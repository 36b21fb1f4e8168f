/* SPDX-License-Identifier: MIT */
/*
 * Unit tests for virtio-console on the virtio-mmio transport, the test
 * playing the guest's driver (tests/virtio-guest.h) with both queues set
 * up: identity and configuration space, the emergency write, transmitted
 * bytes reaching a file back end (segments, indirect tables, the 1 MiB cap
 * per chain), input from a pipe on stdin delivered into receive buffers
 * (held until input comes, split over buffers, kept while there is no
 * buffer, dropped buffers after a reset or a re-setup of the queue),
 * hostile chains on either queue, and random chains on both. Ends with
 * `N passed, M failed`.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hw/virtio-console.h"

#include "tests/test-check.h"
#include "tests/virtio-guest.h"

enum {
    FILE_SLOT = 0,  /* back end: a file */
    STDIO_SLOT = 1, /* back end: stdio, a pipe on fd 0 */
    NONE_SLOT = 2,  /* back end: none (the fuzzer's transmit side) */
    RXQ = 0,
    TXQ = 1,
    TX_DESC = RAM + 0x30000, /* the transmit queue's rings */
    TX_AVAIL = RAM + 0x40000,
    TX_USED = RAM + 0x50000,
    QNUM = 16,
};

static char outfile[] = "/tmp/emu-vconsole-XXXXXX";
static VirtioDevice *dev_file, *dev_stdio;
static int pipe_w = -1;
static uint16_t tx_avail_idx;

static long file_size(void)
{
    struct stat st;
    return stat(outfile, &st) ? -1 : (long)st.st_size;
}

/* The last n bytes of the output file as a string. */
static const char *file_tail(long n)
{
    static char buf[256];
    FILE *f = fopen(outfile, "rb");
    buf[0] = '\0';
    if (f && n < (long)sizeof(buf) && !fseek(f, -n, SEEK_END)) {
        buf[fread(buf, 1, (size_t)n, f)] = '\0';
    }
    if (f) {
        fclose(f);
    }
    return buf;
}

static void feed(const char *s)
{
    size_t n = strlen(s);
    if (write(pipe_w, s, n) != (ssize_t)n) {
        check(false, "setup: write to the pipe");
    }
}

static void setup_queue(unsigned q, uint64_t desc, uint64_t avail,
                        uint64_t used)
{
    set_reg(R_QUEUE_SEL, q);
    set_reg(R_QUEUE_NUM, QNUM);
    set_reg(R_DESC_LO, (uint32_t)desc);
    set_reg(R_DESC_HI, desc >> 32);
    set_reg(R_DRIVER_LO, (uint32_t)avail);
    set_reg(R_DRIVER_HI, avail >> 32);
    set_reg(R_DEVICE_LO, (uint32_t)used);
    set_reg(R_DEVICE_HI, used >> 32);
    set_reg(R_QUEUE_READY, 1);
}

/* Both queues of 16 entries, zeroed; receiveq uses virtio-guest.h's rings
 * (g_desc, g_publish, g_used_*), transmitq the TX_* ones. */
static void start(uint64_t features)
{
    g_fill(Q_DESC, 0, 0x60000);
    if (!g_negotiate(features)) {
        check(false, "setup: features refused");
    }
    setup_queue(RXQ, Q_DESC, Q_AVAIL, Q_USED);
    setup_queue(TXQ, TX_DESC, TX_AVAIL, TX_USED);
    g_num = QNUM;
    g_avail_idx = 0;
    tx_avail_idx = 0;
    g_driver_ok();
    set_reg(R_ISR_ACK, 3);
    irq_raises = 0;
}

static void tx_desc(unsigned i, uint64_t addr, uint32_t len, uint16_t flags,
                    uint16_t next)
{
    g_desc_at(TX_DESC, i, addr, len, flags, next);
}

static void tx_submit(uint16_t head)
{
    g_wr(TX_AVAIL + 4 + 2 * (tx_avail_idx % QNUM), 2, head);
    tx_avail_idx++;
    g_wr(TX_AVAIL + 2, 2, tx_avail_idx);
    set_reg(R_QUEUE_NOTIFY, TXQ);
}

static uint16_t tx_used_idx(void) { return g_rd(TX_USED + 2, 2); }

static void put_str(uint64_t addr, const char *s)
{
    if (!as_write_bytes(&gm.as, addr, s, strlen(s))) {
        check(false, "setup: string at %#llx", (unsigned long long)addr);
    }
}

static bool mem_is(uint64_t addr, const char *s)
{
    char buf[128];
    size_t n = strlen(s);
    return n < sizeof(buf) && as_read_bytes(&gm.as, addr, buf, n) &&
           !memcmp(buf, s, n);
}

static void test_identity(void)
{
    g_select(FILE_SLOT);
    check_eq(reg(R_DEVICE_ID), 3, "device id");
    set_reg(R_QUEUE_SEL, 0);
    check(reg(R_QUEUE_NUM_MAX) >= QNUM, "receiveq offered");
    set_reg(R_QUEUE_SEL, 1);
    check(reg(R_QUEUE_NUM_MAX) >= QNUM, "transmitq offered");
    set_reg(R_QUEUE_SEL, 2);
    check_eq(reg(R_QUEUE_NUM_MAX), 0, "no third queue");
    uint64_t f = g_device_features();
    check(f & VIRTIO_CONSOLE_F_EMERG_WRITE, "EMERG_WRITE offered");
    check(!(f & VIRTIO_CONSOLE_F_MULTIPORT), "no MULTIPORT");
    check(!(f & VIRTIO_CONSOLE_F_SIZE), "no SIZE for a file");
    check_eq(g_rd(VMMIO + R_CONFIG + 4, 4), 1, "max_nr_ports");
    check_eq(g_rd(VMMIO + R_CONFIG + 8, 4), 0, "emerg_wr reads 0");
    check_eq(g_rd(VMMIO + R_CONFIG + 10, 4), 0, "read past config refused");

    g_select(STDIO_SLOT);
    f = g_device_features();
    check(!(f & VIRTIO_CONSOLE_F_SIZE) == !isatty(1),
          "SIZE offered exactly when stdout is a terminal");
}

static void test_emergency_write(void)
{
    g_select(FILE_SLOT);
    set_reg(R_STATUS, 0); /* no queues, no DRIVER_OK: still works */
    g_wr(VMMIO + R_CONFIG + 8, 4, 'E');
    g_wr(VMMIO + R_CONFIG + 8, 1, '!');
    check(!strcmp(file_tail(2), "E!"), "emergency write reaches the file");
    g_wr(VMMIO + R_CONFIG + 0, 2, 99);
    check_eq(g_rd(VMMIO + R_CONFIG + 0, 2), 0, "cols not writable");
    check_eq(file_size(), 2, "nothing else written");
}

static void test_transmit(void)
{
    g_select(FILE_SLOT);
    start(VIRTIO_F_VERSION_1 | VIRTIO_F_INDIRECT_DESC);
    put_str(BUF, "hello ");
    put_str(BUF + 0x100, "world\n");

    tx_desc(0, BUF, 6, 0, 0);
    tx_submit(0);
    check_eq(tx_used_idx(), 1, "one chain used");
    check_eq(g_rd(TX_USED + 8, 4), 0, "used length 0");
    check(irq_level, "transmit interrupt");
    set_reg(R_ISR_ACK, 1);
    check(!strcmp(file_tail(6), "hello "), "bytes reach the file");

    /* Two segments and a writable tail, which is ignored. */
    tx_desc(1, BUF, 6, D_NEXT, 2);
    tx_desc(2, BUF + 0x100, 6, D_NEXT, 3);
    tx_desc(3, BUF + 0x200, 64, D_WRITE, 0);
    tx_submit(1);
    check(!strcmp(file_tail(12), "hello world\n"), "segments in order");

    /* Indirect. */
    g_desc_at(BUF + 0x1000, 0, BUF + 0x100, 5, D_NEXT, 1);
    g_desc_at(BUF + 0x1000, 1, BUF + 5, 1, 0, 0);
    tx_desc(4, BUF + 0x1000, 32, D_INDIRECT, 0);
    tx_submit(4);
    check(!strcmp(file_tail(6), "world "), "indirect chain");
    check_eq(tx_used_idx(), 3, "three chains used");

    /* 3 MiB in one chain (three segments over the same RAM): cut at
     * 1 MiB, the device stays healthy. */
    long before = file_size();
    g_fill(BUF + 0x10000, 'x', 1 << 20);
    for (unsigned i = 0; i < 3; i++) {
        tx_desc(5 + i, BUF + 0x10000, 1 << 20, i < 2 ? D_NEXT : 0, 6 + i);
    }
    tx_submit(5);
    check_eq(file_size() - before, 1 << 20, "a chain is cut at 1 MiB");
    check(!g_needs_reset(), "still healthy after a huge chain");
}

static void test_receive(void)
{
    VirtioDevice *d = dev_stdio;
    g_select(STDIO_SLOT);

    /* Input before the driver is ready waits in the back end. */
    set_reg(R_STATUS, 0);
    feed("early");
    virtio_console_poll(d);
    start(VIRTIO_F_VERSION_1);

    g_fill(BUF, 0, 0x1000);
    g_desc(0, BUF, 64, D_WRITE, 0);
    g_submit(0);
    check_eq(g_used_idx(), 1, "early input delivered at the kick");
    check_eq(g_used_len(0), 5, "early input length");
    check(mem_is(BUF, "early"), "early input bytes");
    check(irq_level, "receive interrupt");
    set_reg(R_ISR_ACK, 1);

    /* A buffer waits for input. */
    g_desc(1, BUF + 0x100, 64, D_WRITE, 0);
    g_submit(1);
    virtio_console_poll(d);
    check_eq(g_used_idx(), 1, "no input: buffer held");
    feed("abc");
    virtio_console_poll(d);
    check_eq(g_used_idx(), 2, "input: buffer used");
    check_eq(g_used_len(1), 3, "input length");
    check(mem_is(BUF + 0x100, "abc"), "input bytes");

    /* More input than buffers: split, the rest kept for later. */
    g_desc(2, BUF + 0x200, 4, D_WRITE, 0);
    g_desc(3, BUF + 0x300, 3, D_WRITE, 0);
    g_publish(2);
    g_publish(3);
    feed("0123456789");
    virtio_console_poll(d);
    check_eq(g_used_idx(), 4, "two buffers used");
    check(mem_is(BUF + 0x200, "0123") && mem_is(BUF + 0x300, "456"),
          "input split over buffers");
    g_desc(4, BUF + 0x400, 64, D_WRITE, 0);
    g_submit(4);
    check_eq(g_used_len(4), 3, "the rest arrives with the next buffer");
    check(mem_is(BUF + 0x400, "789"), "the rest's bytes");

    /* A receive buffer with no writable byte comes back empty, and the
     * input is not consumed by it. */
    g_desc(5, BUF + 0x500, 16, 0, 0);
    feed("z");
    g_submit(5);
    check_eq(g_used_idx(), 6, "readable-only buffer returned");
    check_eq(g_used_len(5), 0, "with nothing in it");
    g_desc(6, BUF + 0x600, 16, D_WRITE, 0);
    g_submit(6);
    check(g_used_len(6) == 1 && mem_is(BUF + 0x600, "z"),
          "input went to the next real buffer");

    /* A held buffer is forgotten at reset. */
    g_desc(7, BUF + 0x700, 16, D_WRITE, 0);
    g_submit(7);
    check_eq(g_used_idx(), 7, "buffer held");
    start(VIRTIO_F_VERSION_1);
    g_fill(BUF + 0x700, 0, 16);
    feed("after");
    virtio_console_poll(d);
    check_eq(g_used_idx(), 0, "old buffer not used after reset");
    check_eq(g_rd(BUF + 0x700, 8), 0, "old buffer untouched");
    g_desc(0, BUF + 0x800, 16, D_WRITE, 0);
    g_submit(0);
    check(g_used_idx() == 1 && mem_is(BUF + 0x800, "after"),
          "input goes to the new buffer");
    check(!g_needs_reset(), "still healthy");
}

/* A buffer held when the driver stops the receive queue and sets it up
 * again (smaller) belongs to the old ring: it must not come back on the
 * new one (docs/robustness.md, finding 5: used id 9 on a queue of 4). */
static void test_requeue(void)
{
    VirtioDevice *d = dev_stdio;
    g_select(STDIO_SLOT);
    start(VIRTIO_F_VERSION_1);
    g_desc(9, BUF + 0x900, 16, D_WRITE, 0);
    g_submit(9);
    check_eq(g_used_idx(), 0, "buffer held");

    set_reg(R_QUEUE_SEL, RXQ);
    set_reg(R_QUEUE_READY, 0);
    g_fill(Q_DESC, 0, 0x30000);
    set_reg(R_QUEUE_NUM, 4);
    set_reg(R_QUEUE_READY, 1);
    g_num = 4;
    g_avail_idx = 0;
    feed("new");
    virtio_console_poll(d);
    check_eq(g_used_idx(), 0, "old buffer not used on the new ring");
    check_eq(g_rd(BUF + 0x900, 8), 0, "old buffer untouched");
    g_desc(2, BUF + 0xa00, 16, D_WRITE, 0);
    g_submit(2);
    check(g_used_idx() == 1 && g_used_id(0) == 2 &&
          mem_is(BUF + 0xa00, "new"), "input goes to the new ring's buffer");
    check(!g_needs_reset(), "still healthy after the re-setup");
}

static void expect_broken(const char *what)
{
    check(g_needs_reset(), "%s: DEVICE_NEEDS_RESET", what);
    check(reg(R_ISR) & VIRTIO_ISR_CONFIG, "%s: config interrupt", what);
    set_reg(R_STATUS, 0);
    check(!g_needs_reset(), "%s: reset clears it", what);
}

static void test_hostile(void)
{
    g_select(FILE_SLOT);
    long before = file_size();

    start(VIRTIO_F_VERSION_1);
    tx_desc(0, BUF, 8, D_NEXT, 99);
    tx_submit(0);
    check_eq(tx_used_idx(), 0, "tx next out of range: nothing used");
    expect_broken("tx next out of range");

    start(VIRTIO_F_VERSION_1);
    tx_desc(0, HOLE, 8, 0, 0);
    tx_submit(0);
    expect_broken("tx buffer in a hole");

    start(VIRTIO_F_VERSION_1);
    tx_desc(0, BUF, 16, D_INDIRECT, 0);
    tx_submit(0);
    expect_broken("tx indirect not negotiated");

    start(VIRTIO_F_VERSION_1);
    tx_desc(0, BUF, 8, D_NEXT, 0);
    tx_submit(0);
    expect_broken("tx loop");
    check_eq(file_size(), before, "nothing written by broken chains");

    start(VIRTIO_F_VERSION_1);
    g_desc(0, VMMIO, 16, D_WRITE, 0);
    g_submit(0);
    expect_broken("rx buffer over MMIO");

    start(VIRTIO_F_VERSION_1);
    g_wr(Q_AVAIL + 2, 2, 100);
    g_kick();
    expect_broken("rx avail idx ran ahead");

    start(VIRTIO_F_VERSION_1);
    set_reg(R_QUEUE_NOTIFY, 7);
    check(!g_needs_reset(), "notify of a missing queue ignored");
    put_str(BUF, "ok\n");
    tx_desc(0, BUF, 3, 0, 0);
    tx_submit(0);
    check(!strcmp(file_tail(3), "ok\n"), "works again after the resets");
}

/* Random chains (flags, lengths, next indices, addresses at RAM edges,
 * holes and MMIO) on the transmit queue of the `none` console and the
 * receive queue of the stdio one, with input waiting: nothing crashes,
 * the used ring never runs ahead, both outcomes happen. */
static void test_fuzz(void)
{
    static const uint64_t pick[] = {
        BUF, BUF + 0x1000, RAM + RAM_SIZE - 16, RAM - 16, HOLE, VMMIO,
    };
    unsigned broken = 0, served = 0;
    srand(7);
    for (unsigned it = 0; it < 2000; it++) {
        bool tx = it & 1;
        g_select(tx ? NONE_SLOT : STDIO_SLOT);
        start(VIRTIO_F_VERSION_1 | VIRTIO_F_INDIRECT_DESC);
        uint64_t table = tx ? TX_DESC : Q_DESC;
        for (unsigned i = 0; i < 8; i++) {
            g_desc_at(table, i, pick[rand() % 6] + rand() % 64,
                      rand() % 0x2000, rand() % 8,
                      rand() % 4 ? rand() % 10 : rand());
        }
        unsigned n = 1 + rand() % 3;
        for (unsigned k = 0; k < n; k++) {
            if (tx) {
                tx_submit(rand() % 8);
            } else {
                feed("fuzz input");
                g_submit(rand() % 8);
            }
        }
        uint16_t used = tx ? tx_used_idx() : g_used_idx();
        check(used <= n, "fuzz %u: used %u of %u", it, used, n);
        broken += g_needs_reset();
        served += used;
    }
    check(broken > 100 && served > 100, "fuzz: %u broken, %u served",
          broken, served);
    /* Drain what the fuzzer left in the pipe. */
    g_select(STDIO_SLOT);
    start(VIRTIO_F_VERSION_1);
    for (unsigned i = 0; i < QNUM; i++) {
        g_desc(i, BUF + 0x4000 * i, 0x4000, D_WRITE, 0);
        g_publish(i);
    }
    g_kick();
}

int main(void)
{
    int fd = mkstemp(outfile), p[2];
    if (fd < 0 || pipe(p)) {
        perror("setup");
        return 2;
    }
    close(fd);
    dup2(p[0], 0);
    close(p[0]);
    pipe_w = p[1];

    char spec[64];
    snprintf(spec, sizeof(spec), "file:%s", outfile);
    dev_file = virtio_console_new(chardev_open(spec));
    dev_stdio = virtio_console_new(chardev_open("stdio"));
    g_attach(dev_file, FILE_SLOT);
    g_attach(dev_stdio, STDIO_SLOT);
    g_attach(virtio_console_new(chardev_open("none")), NONE_SLOT);

    test_identity();
    test_emergency_write();
    test_transmit();
    test_receive();
    test_requeue();
    test_hostile();
    test_fuzz();
    unlink(outfile);
    return check_summary();
}
