/* SPDX-License-Identifier: MIT */
/*
 * Unit tests for the virtio-mmio transport and virtio-blk, the test playing
 * the guest's driver (tests/virtio-guest.h): register identity, feature
 * negotiation, configuration space, reads, writes and flushes against a
 * temporary image (checked on the host after the flush), multi-segment and
 * indirect chains, out-of-range and partial-sector requests (IOERR), GET_ID,
 * unknown types (UNSUPP), discard and write-zeroes ranges, a read-only and
 * a snapshot disk, a host write error (IOERR), interrupts raised,
 * suppressed and acknowledged, reset, and images that cannot be opened
 * (one line, exit 1).
 * Ends with `N passed, M failed`.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "hw/virtio-blk.h"

#include "tests/test-check.h"
#include "tests/virtio-guest.h"

enum {
    SECTORS = 2048,                  /* a 1 MiB image */
    HDR = BUF,
    STATUS = BUF + 0x800,
    DATA = BUF + 0x10000,
    F_SIZE_MAX = 1 << 1, F_SEG_MAX = 1 << 2, F_RO = 1 << 5,
    F_BLK_SIZE = 1 << 6, F_FLUSH = 1 << 9, F_DISCARD = 1 << 13,
    F_WRITE_ZEROES = 1 << 14,
    T_IN = 0, T_OUT = 1, T_FLUSH = 4, T_GET_ID = 8, T_DISCARD = 11,
    T_WRITE_ZEROES = 13,
    S_OK = 0, S_IOERR = 1, S_UNSUPP = 2,
};

static char image[] = "/tmp/emu-vblk-XXXXXX";
static int image_fd;

static uint8_t pattern(uint64_t off) { return (off / 512 * 7 + off) & 0xff; }

static void make_image(void)
{
    static uint8_t buf[SECTORS * 512];
    image_fd = mkstemp(image);
    for (size_t i = 0; i < sizeof(buf); i++) {
        buf[i] = pattern(i);
    }
    if (image_fd < 0 || pwrite(image_fd, buf, sizeof(buf), 0) !=
                            (ssize_t)sizeof(buf)) {
        printf("FAIL setup: temporary image\n");
        exit(1);
    }
}

static uint8_t host_byte(uint64_t off)
{
    uint8_t b = 0;
    if (pread(image_fd, &b, 1, off) != 1) {
        return 0xee;
    }
    return b;
}

/* One request: header, optional data, status; answers the status byte,
 * 0xff when the device did not complete it. */
static uint8_t req(uint32_t type, uint64_t sector, uint32_t len,
                   bool device_writes)
{
    uint16_t before = g_used_idx();
    g_wr(HDR, 4, type);
    g_wr(HDR + 4, 4, 0);
    g_wr(HDR + 8, 8, sector);
    g_wr(STATUS, 1, 0xff);
    g_desc(0, HDR, 16, D_NEXT, 1);
    if (len) {
        g_desc(1, DATA, len, D_NEXT | (device_writes ? D_WRITE : 0), 2);
        g_desc(2, STATUS, 1, D_WRITE, 0);
    } else {
        g_desc(1, STATUS, 1, D_WRITE, 0);
    }
    g_submit(0);
    if (g_used_idx() != (uint16_t)(before + 1)) {
        return 0xff;
    }
    return g_rd(STATUS, 1);
}

/* DISCARD or WRITE_ZEROES with nseg copies of one range segment. */
static uint8_t range_req(uint32_t type, uint64_t sector, uint32_t n,
                         uint32_t flags, unsigned nseg)
{
    for (unsigned i = 0; i < nseg; i++) {
        g_wr(DATA + 16 * i, 8, sector);
        g_wr(DATA + 16 * i + 8, 4, n);
        g_wr(DATA + 16 * i + 12, 4, flags);
    }
    return req(type, 0, 16 * nseg, false);
}

static bool data_matches_image(uint64_t sector, uint32_t len)
{
    for (uint32_t i = 0; i < len; i++) {
        if (g_rd(DATA + i, 1) != pattern(sector * 512 + i)) {
            return false;
        }
    }
    return true;
}

static void test_identity(void)
{
    check_eq(reg(R_MAGIC), 0x74726976, "magic");
    check_eq(reg(R_VERSION), 2, "version");
    check_eq(reg(R_DEVICE_ID), 2, "device id");
    check(reg(R_VENDOR) != 0, "vendor id");
    set_reg(R_QUEUE_SEL, 0);
    check_eq(reg(R_QUEUE_NUM_MAX), 256, "queue 0 size");
    set_reg(R_QUEUE_SEL, 1);
    check_eq(reg(R_QUEUE_NUM_MAX), 0, "queue 1 does not exist");
    set_reg(R_QUEUE_SEL, 0);
}

static void test_features(void)
{
    uint64_t f = g_device_features();
    check(f & VIRTIO_F_VERSION_1, "VERSION_1 offered");
    check(f & VIRTIO_F_INDIRECT_DESC, "INDIRECT_DESC offered");
    check(f & F_FLUSH, "FLUSH offered");
    check(f & F_BLK_SIZE, "BLK_SIZE offered");
    check(f & F_SEG_MAX, "SEG_MAX offered");
    check(f & F_SIZE_MAX, "SIZE_MAX offered");
    check(!(f & F_RO), "RO not offered on a writable disk");
    check(f & F_DISCARD, "DISCARD offered");
    check(f & F_WRITE_ZEROES, "WRITE_ZEROES offered");
    check(!g_negotiate(F_FLUSH), "legacy driver (no VERSION_1) refused");
    check(!g_negotiate(VIRTIO_F_VERSION_1 | (1ull << 40)),
          "a feature not offered is refused");
    check(g_negotiate(VIRTIO_F_VERSION_1 | F_FLUSH), "features accepted");
    /* Locked after FEATURES_OK. */
    set_reg(R_DRV_FEAT_SEL, 0);
    set_reg(R_DRV_FEAT, 0);
    set_reg(R_STATUS, reg(R_STATUS) | VIRTIO_S_DRIVER_OK);
    check_eq(reg(R_STATUS), 0xf, "status after DRIVER_OK");
    set_reg(R_STATUS, 0);
    check_eq(reg(R_STATUS), 0, "status reset");
}

static void test_config(void)
{
    check_eq(g_rd(g_base + R_CONFIG, 8), SECTORS, "capacity, 8 bytes");
    check_eq(reg(R_CONFIG), SECTORS, "capacity low word");
    check_eq(reg(R_CONFIG + 4), 0, "capacity high word");
    check_eq(reg(R_CONFIG + 12), 254, "seg_max");
    check_eq(reg(R_CONFIG + 20), 512, "blk_size");
    check_eq(g_rd(g_base + R_CONFIG + 20, 2), 512, "blk_size, 2 bytes");
    check_eq(g_rd(g_base + R_CONFIG + 21, 1), 2, "blk_size byte 1");
    check_eq(reg(R_CONFIG + 36), 1 << 15, "max_discard_sectors");
    check_eq(reg(R_CONFIG + 40), 1, "max_discard_seg");
    check_eq(reg(R_CONFIG + 48), 1 << 15, "max_write_zeroes_sectors");
    check_eq(reg(R_CONFIG + 52), 1, "max_write_zeroes_seg");
    uint32_t gen = reg(R_GENERATION);
    check_eq(reg(R_GENERATION), gen, "config generation stable");
}

static void test_rw(void)
{
    g_start(VIRTIO_F_VERSION_1 | F_FLUSH, 16);

    check_eq(req(T_IN, 3, 1024, true), S_OK, "read sectors 3-4");
    check(data_matches_image(3, 1024), "read data");
    check_eq(g_used_len(0), 1025, "read used length");
    check_eq(g_used_id(0), 0, "read used id");
    check(irq_level, "interrupt raised");
    check_eq(reg(R_ISR), VIRTIO_ISR_QUEUE, "interrupt status: used buffer");
    set_reg(R_ISR_ACK, VIRTIO_ISR_QUEUE);
    check(!irq_level, "interrupt acknowledged");
    check_eq(reg(R_ISR), 0, "interrupt status clear");

    for (unsigned i = 0; i < 1536; i++) {
        g_wr(DATA + i, 1, i * 13 + 5);
    }
    check_eq(req(T_OUT, 10, 1536, false), S_OK, "write sectors 10-12");
    check_eq(g_used_len(1), 1, "write used length");
    check_eq(req(T_FLUSH, 0, 0, false), S_OK, "flush");
    bool same = true;
    for (unsigned i = 0; i < 1536; i++) {
        same &= host_byte(10 * 512 + i) == (uint8_t)(i * 13 + 5);
    }
    check(same, "written data on the host after flush");
    check_eq(host_byte(13 * 512), pattern(13 * 512), "next sector intact");

    g_fill(DATA, 0, 512);
    check_eq(req(T_IN, 11, 512, true), S_OK, "read back");
    check_eq(g_rd(DATA, 1), (uint8_t)(512 * 13 + 5), "read back data");

    check_eq(req(T_IN, SECTORS - 1, 512, true), S_OK, "last sector");
    check_eq(req(T_IN, SECTORS, 512, true), S_IOERR, "past the end");
    check_eq(req(T_IN, SECTORS - 1, 1024, true), S_IOERR, "across the end");
    check_eq(req(T_OUT, SECTORS, 512, false), S_IOERR, "write past end");
    check_eq(req(T_IN, 1ull << 63, 512, true), S_IOERR, "huge sector");
    check_eq(req(T_IN, UINT64_MAX, 512, true), S_IOERR, "sector -1");
    check_eq(req(T_IN, 0, 100, true), S_IOERR, "partial sector");
    check_eq(g_used_len(g_used_idx() - 1), 1, "error used length");

    check_eq(req(T_GET_ID, 0, 20, true), S_OK, "get id");
    char id[21] = { 0 };
    for (unsigned i = 0; i < 20; i++) {
        id[i] = g_rd(DATA + i, 1);
    }
    check(!strncmp(id, strrchr(image, '/') + 1, 20), "id is the file name");
    check_eq(req(99, 0, 0, false), S_UNSUPP, "unknown type");
}

static void test_ranges(void)
{
    g_start(VIRTIO_F_VERSION_1 | F_DISCARD | F_WRITE_ZEROES, 16);
    check_eq(range_req(T_WRITE_ZEROES, 100, 3, 0, 1), S_OK, "write zeroes");
    bool zero = true;
    for (unsigned i = 0; i < 3 * 512; i++) {
        zero &= host_byte(100 * 512 + i) == 0;
    }
    check(zero, "zeroes on the host");
    check_eq(host_byte(103 * 512), pattern(103 * 512), "next sector intact");
    check_eq(host_byte(100 * 512 - 1), pattern(100 * 512 - 1),
             "previous sector intact");
    check_eq(range_req(T_WRITE_ZEROES, 110, 1, 1, 1), S_OK,
             "write zeroes, may unmap");
    check_eq(range_req(T_DISCARD, 120, 8, 0, 1), S_OK, "discard");
    check_eq(range_req(T_DISCARD, 120, 8, 1, 1), S_UNSUPP,
             "discard with the unmap flag");
    check_eq(range_req(T_WRITE_ZEROES, 120, 8, 2, 1), S_UNSUPP,
             "reserved range flag");
    check_eq(range_req(T_WRITE_ZEROES, SECTORS - 1, 2, 0, 1), S_IOERR,
             "write zeroes across the end");
    check_eq(range_req(T_DISCARD, UINT64_MAX, 1, 0, 1), S_IOERR,
             "discard at sector -1");
    check_eq(range_req(T_WRITE_ZEROES, 0, (1 << 15) + 1, 0, 1), S_IOERR,
             "write zeroes above the maximum");
    check_eq(range_req(T_WRITE_ZEROES, 0, 1, 0, 2), S_IOERR,
             "two range segments");
    check_eq(range_req(T_DISCARD, 0, 1, 0, 0), S_IOERR, "no range segment");
    check_eq(req(T_WRITE_ZEROES, 0, 8, false), S_IOERR, "short range");
    check_eq(host_byte(0), pattern(0), "sector 0 intact");
}

static void test_segments(void)
{
    g_start(VIRTIO_F_VERSION_1 | VIRTIO_F_INDIRECT_DESC, 16);
    /* Header split 10 + 6, data 100 + 924 in two places, status. */
    g_wr(HDR, 4, T_IN);
    g_wr(HDR + 8, 8, 20);
    g_desc(0, HDR, 10, D_NEXT, 1);
    g_desc(1, HDR + 10, 6, D_NEXT, 2);
    g_desc(2, DATA, 100, D_NEXT | D_WRITE, 3);
    g_desc(3, DATA + 0x1000 + 100, 924, D_NEXT | D_WRITE, 4);
    g_desc(4, STATUS, 1, D_WRITE, 0);
    g_submit(0);
    check_eq(g_rd(STATUS, 1), S_OK, "segmented read");
    bool ok = true;
    for (unsigned i = 0; i < 1024; i++) {
        uint64_t a = i < 100 ? DATA + i : DATA + 0x1000 + i;
        ok &= g_rd(a, 1) == pattern(20 * 512 + i);
    }
    check(ok, "segmented read data");

    /* The same request through an indirect table. */
    uint64_t table = BUF + 0x4000;
    g_fill(DATA, 0, 0x2000);
    g_desc_at(table, 0, HDR, 16, D_NEXT, 1);
    g_desc_at(table, 1, DATA, 1024, D_NEXT | D_WRITE, 2);
    g_desc_at(table, 2, STATUS, 1, D_WRITE, 0);
    g_desc(5, table, 48, D_INDIRECT, 0);
    g_wr(STATUS, 1, 0xff);
    g_submit(5);
    check_eq(g_rd(STATUS, 1), S_OK, "indirect read");
    check(data_matches_image(20, 1024), "indirect read data");
    check_eq(g_used_id(1), 5, "indirect used id");
    check_eq(g_used_len(1), 1025, "indirect used length");
}

static void test_interrupt_suppression(void)
{
    g_start(VIRTIO_F_VERSION_1, 8);
    g_wr(Q_AVAIL, 2, 1); /* VIRTQ_AVAIL_F_NO_INTERRUPT */
    check_eq(req(T_IN, 0, 512, true), S_OK, "request, no interrupt wanted");
    check(!irq_level && irq_raises == 0, "interrupt suppressed");
    g_wr(Q_AVAIL, 2, 0);
    check_eq(req(T_IN, 0, 512, true), S_OK, "request, interrupt wanted");
    check(irq_level && irq_raises == 1, "interrupt raised again");
    set_reg(R_ISR_ACK, 1);

    /* EVENT_IDX: interrupt only when used->idx passes used_event. */
    g_start(VIRTIO_F_VERSION_1 | VIRTIO_F_EVENT_IDX, 8);
    g_wr(Q_AVAIL + 4 + 2 * 8, 2, 5);    /* used_event */
    check_eq(req(T_IN, 0, 512, true), S_OK, "event idx request 1");
    check_eq(g_rd(Q_USED + 4 + 8 * 8, 2), 1, "avail_event follows");
    check_eq(req(T_IN, 0, 512, true), S_OK, "event idx request 2");
    check_eq(irq_raises, 1, "first interrupt always, then suppressed");
    set_reg(R_ISR_ACK, 1);
    for (int i = 0; i < 4; i++) {
        (void)req(T_IN, 0, 512, true);
    }
    check_eq(irq_raises, 2, "interrupt when used idx passes used_event");
    set_reg(R_ISR_ACK, 1);
}

static void test_reset(void)
{
    g_start(VIRTIO_F_VERSION_1, 8);
    check_eq(req(T_IN, 0, 512, true), S_OK, "request before reset");
    set_reg(R_STATUS, 0);
    check_eq(reg(R_STATUS), 0, "reset status");
    check_eq(reg(R_ISR), 0, "reset interrupt status");
    check(!irq_level, "reset lowers the line");
    set_reg(R_QUEUE_SEL, 0);
    check_eq(reg(R_QUEUE_READY), 0, "reset queue ready");
    g_start(VIRTIO_F_VERSION_1, 8);
    check_eq(req(T_IN, 1, 512, true), S_OK, "request after reset");
    check_eq(g_used_idx(), 1, "used idx restarts");
}

static void test_host_error(void)
{
    struct rlimit old, lim;
    g_start(VIRTIO_F_VERSION_1 | F_FLUSH, 8);
    /* Writes at or past 64 KiB fail on the host, like a full disk. */
    signal(SIGXFSZ, SIG_IGN);
    getrlimit(RLIMIT_FSIZE, &old);
    lim = old;
    lim.rlim_cur = 64 << 10;
    setrlimit(RLIMIT_FSIZE, &lim);
    uint8_t a = req(T_OUT, 256, 512, false);
    uint8_t b = req(T_OUT, 1, 512, false);
    setrlimit(RLIMIT_FSIZE, &old);
    check_eq(a, S_IOERR, "host write error is IOERR");
    check_eq(b, S_OK, "write below the limit");
}

static void test_readonly(void)
{
    g_select(1);
    check(g_device_features() & F_RO, "RO offered");
    g_start(VIRTIO_F_VERSION_1 | F_RO, 8);
    uint8_t before = host_byte(30 * 512);
    g_fill(DATA, 0x5a, 512);
    check_eq(req(T_OUT, 30, 512, false), S_IOERR, "read-only write");
    check_eq(host_byte(30 * 512), before, "file unchanged");
    check_eq(req(T_IN, 3, 512, true), S_OK, "read-only read");
    check(data_matches_image(3, 512), "read-only read data");
    check_eq(req(T_FLUSH, 0, 0, false), S_OK, "read-only flush");
    check(!(g_device_features() & (F_DISCARD | F_WRITE_ZEROES)),
          "no DISCARD or WRITE_ZEROES when read-only");
    g_start(VIRTIO_F_VERSION_1 | F_RO, 8);
    check_eq(range_req(T_WRITE_ZEROES, 30, 1, 0, 1), S_IOERR,
             "read-only write zeroes");
    check_eq(host_byte(30 * 512), before, "file still unchanged");
}

static void test_snapshot(void)
{
    g_select(2);
    g_start(VIRTIO_F_VERSION_1 | F_FLUSH, 8);
    uint8_t before = host_byte(40 * 512 + 100);
    g_fill(DATA, 0xa5, 4608);
    check_eq(req(T_OUT, 40, 4608, false), S_OK, "snapshot write");
    check_eq(req(T_FLUSH, 0, 0, false), S_OK, "snapshot flush");
    check_eq(host_byte(40 * 512 + 100), before, "file untouched");
    g_fill(DATA, 0, 0x2000);
    check_eq(req(T_IN, 39, 6144, true), S_OK, "snapshot read back");
    bool ok = data_matches_image(39, 512);
    for (unsigned i = 512; i < 512 + 4608; i++) {
        ok &= g_rd(DATA + i, 1) == 0xa5;
    }
    for (unsigned i = 512 + 4608; i < 6144; i++) {
        ok &= g_rd(DATA + i, 1) == pattern(39 * 512 + i);
    }
    check(ok, "snapshot overlay over the image");
    check_eq(range_req(T_WRITE_ZEROES, 41, 2, 0, 1), S_OK,
             "snapshot write zeroes");
    check_eq(req(T_IN, 40, 2048, true), S_OK, "snapshot read zeroes");
    ok = g_rd(DATA, 1) == 0xa5 && g_rd(DATA + 1536, 1) == 0xa5;
    for (unsigned i = 512; i < 1536; i++) {
        ok &= g_rd(DATA + i, 1) == 0;
    }
    check(ok, "snapshot zeroes only the range");
    check_eq(host_byte(41 * 512), pattern(41 * 512), "file untouched again");
}

/* An image whose size is not whole sectors or clusters: the tail past the
 * last whole sector is invisible; the snapshot's last cluster is partial. */
static void test_odd_image(void)
{
    char odd[] = "/tmp/emu-vblk-odd-XXXXXX";
    uint8_t buf[3 * 512 + 100];
    int fd = mkstemp(odd);
    for (unsigned i = 0; i < sizeof(buf); i++) {
        buf[i] = i * 3 + 1;
    }
    if (fd < 0 || write(fd, buf, sizeof(buf)) != (ssize_t)sizeof(buf)) {
        check(false, "setup: odd image");
        return;
    }
    g_attach(virtio_blk_new(odd, VIRTIO_BLK_SNAPSHOT), 3);
    check_eq(reg(R_CONFIG), 3, "odd image capacity");
    g_start(VIRTIO_F_VERSION_1, 8);
    g_fill(DATA, 0x77, 512);
    check_eq(req(T_OUT, 2, 512, false), S_OK, "odd image last sector write");
    check_eq(req(T_IN, 3, 512, true), S_IOERR, "odd image tail is outside");
    check_eq(req(T_IN, 1, 1024, true), S_OK, "odd image read");
    bool ok = true;
    for (unsigned i = 0; i < 512; i++) {
        ok &= g_rd(DATA + i, 1) == (uint8_t)((512 + i) * 3 + 1);
        ok &= g_rd(DATA + 512 + i, 1) == 0x77;
    }
    check(ok, "odd image snapshot contents");
    uint8_t b = 0;
    check(pread(fd, &b, 1, 1024) == 1 && b == (uint8_t)(1024 * 3 + 1),
          "odd image file untouched");
    close(fd);
    unlink(odd);
    g_select(0);
}

/* virtio_blk_new() in a child: exit 1 with one line naming the file. */
static void expect_fatal(const char *path, unsigned flags, const char *what)
{
    int p[2];
    if (pipe(p) != 0) {
        check(false, "%s: pipe", what);
        return;
    }
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        dup2(p[1], 2);
        (void)virtio_blk_new(path, flags);
        _exit(0);
    }
    close(p[1]);
    char out[512] = { 0 };
    ssize_t n = 0, k;
    while ((k = read(p[0], out + n, sizeof(out) - 1 - n)) > 0) {
        n += k;
    }
    close(p[0]);
    int st = 0;
    waitpid(pid, &st, 0);
    check(WIFEXITED(st) && WEXITSTATUS(st) == 1, "%s: exit 1", what);
    check(strstr(out, path) && strchr(out, '\n') == out + n - 1,
          "%s: one line naming the file: %s", what, out);
}

static void test_open_errors(void)
{
    expect_fatal("/nonexistent/disk.img", 0, "missing image");
    expect_fatal("/tmp", VIRTIO_BLK_READONLY, "directory");
}

int main(void)
{
    make_image();
    g_attach(virtio_blk_new(image, 0), 0);
    g_attach(virtio_blk_new(image, VIRTIO_BLK_READONLY), 1);
    g_attach(virtio_blk_new(image, VIRTIO_BLK_SNAPSHOT), 2);
    g_select(0);

    test_identity();
    test_features();
    test_config();
    test_rw();
    test_ranges();
    test_segments();
    test_interrupt_suppression();
    test_reset();
    test_host_error();
    test_readonly();
    test_snapshot();
    test_odd_image();
    test_open_errors();

    unlink(image);
    return check_summary();
}
