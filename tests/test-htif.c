/* SPDX-License-Identifier: MIT */
/*
 * Unit tests for the HTIF device (hw/htif.c) on a bare Machine: commands
 * written to tohost as one 64-bit store or as two 32-bit halves (low word
 * first), the exit command, console output, the proxied write and exit
 * system calls, and guest mistakes (unreadable blocks, unknown commands,
 * refused sizes, a zero tohost) that must be ignored. Console bytes are
 * captured by pointing fd 1 at a pipe. Prints one line per failed case and
 * ends with `N passed, M failed`; exits 0 only when nothing failed.
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/machine.h"
#include "hw/htif.h"
#include "softmmu/memory.h"
#include "softmmu/softmmu.h"

#include "tests/test-check.h"

enum {
    LOW_BASE = 0,            /* RAM at 0: what a zero tohost would hit */
    LOW_SIZE = 0x1000,
    DRAM_BASE = 0x80000000,
    DRAM_SIZE = 0x10000,
    TOHOST = DRAM_BASE + 0x1000,
    FROMHOST = DRAM_BASE + 0x1040,
    BUF = DRAM_BASE + 0x2000,
    BLOCK = DRAM_BASE + 0x3000,
    HOLE = 0x40000000,
    SYS_WRITE = 64,
    SYS_EXIT = 93,
};

#define CMD(dev, cmd, payload)                                                \
    ((uint64_t)(dev) << 56 | (uint64_t)(cmd) << 48 | (uint64_t)(payload))
#define CONSOLE_ACK CMD(1, 1, 0)

static Machine m;
static MemRegion *dram;

/* ---- Guest memory from the outside. */

static uint64_t rd(uint64_t addr, unsigned size)
{
    uint64_t v = 0;
    if (as_read(&m.as, addr, size, &v) != MEMTX_OK) {
        return 0xbadbadbadull;
    }
    return v;
}

static void wr(uint64_t addr, unsigned size, uint64_t v)
{
    if (as_write(&m.as, addr, size, v) != MEMTX_OK) {
        printf("FAIL setup: write to %#llx\n", (unsigned long long)addr);
        nfail++;
    }
}

static void tohost_64(uint64_t v) { wr(TOHOST, 8, v); }

static void tohost_halves(uint64_t v)
{
    wr(TOHOST, 4, (uint32_t)v);
    wr(TOHOST + 4, 4, v >> 32);
}

/* The syscall block: n words at BLOCK, the rest zero. */
static void put_block(uint64_t addr, const uint64_t *w, unsigned n)
{
    for (unsigned i = 0; i < 8; i++) {
        wr(addr + 8 * i, 8, i < n ? w[i] : 0);
    }
}

static void reset_state(void)
{
    m.shutdown = false;
    m.exit_code = -1;
    wr(FROMHOST, 8, 0);
}

/* tohost is idle again, in both widths. */
static void check_idle(const char *what)
{
    check_eq(rd(TOHOST, 8), 0, "%s: tohost reads 0", what);
    check_eq(rd(TOHOST, 4) | rd(TOHOST + 4, 4) << 32, 0,
             "%s: tohost halves read 0", what);
}

/* ---- Capturing fd 1. */

static int cap_saved = -1, cap_pipe[2] = { -1, -1 };

static void capture_start(void)
{
    fflush(stdout);
    if (pipe(cap_pipe) || (cap_saved = dup(1)) < 0 ||
        dup2(cap_pipe[1], 1) < 0) {
        perror("capture");
        exit(2);
    }
}

/* Ends the capture and compares what went to fd 1 with want. */
static void capture_check(const char *want, const char *what)
{
    char got[256];
    size_t n = 0;
    ssize_t r;

    fflush(stdout);
    if (dup2(cap_saved, 1) < 0) {
        perror("capture");
        exit(2);
    }
    close(cap_saved);
    close(cap_pipe[1]);
    while (n < sizeof(got) - 1 &&
           (r = read(cap_pipe[0], got + n, sizeof(got) - 1 - n)) > 0) {
        n += (size_t)r;
    }
    close(cap_pipe[0]);
    got[n] = 0;
    check(n == strlen(want) && !memcmp(got, want, n),
          "%s: console got \"%s\" (%zu bytes), want \"%s\"", what, got, n,
          want);
}

/* ---- Cases. */

static void test_layout(void)
{
    MemRegion *t = as_lookup(&m.as, TOHOST);
    check(t && t->kind == MR_MMIO && t->base == TOHOST && t->size == 8,
          "tohost is an 8-byte MMIO window");
    check(t && t->priority > dram->priority, "tohost outranks the RAM");
    check(as_lookup(&m.as, TOHOST - 1) == dram, "RAM below tohost");
    check(as_lookup(&m.as, TOHOST + 8) == dram, "RAM above tohost");
    check(as_lookup(&m.as, FROMHOST) == dram, "fromhost is plain RAM");
    check_idle("at start");
}

static void test_exit(void)
{
    reset_state();
    capture_start();
    tohost_64(7 << 1 | 1);
    capture_check("", "exit (64-bit)");
    check(m.shutdown, "exit (64-bit) requests shutdown");
    check_eq((uint64_t)m.exit_code, 7, "exit (64-bit) code");
    check_idle("after exit");
    check_eq(rd(FROMHOST, 8), 0, "exit: no answer in fromhost");

    reset_state();
    wr(TOHOST, 4, 42 << 1 | 1);
    check(!m.shutdown, "exit: low half alone does nothing");
    check_eq(rd(TOHOST, 8), 42 << 1 | 1, "exit: low half reads back");
    wr(TOHOST + 4, 4, 0);
    check(m.shutdown, "exit (halves) requests shutdown");
    check_eq((uint64_t)m.exit_code, 42, "exit (halves) code");
    check_idle("after exit (halves)");

    reset_state();
    tohost_64(1);
    check(m.shutdown && m.exit_code == 0, "exit with code 0");

    reset_state();
    tohost_halves(0x7fff << 1 | 1);
    check(m.shutdown && m.exit_code == 0x7fff, "exit with code 0x7fff");
    reset_state();
}

static void test_console(void)
{
    reset_state();
    capture_start();
    tohost_64(CMD(1, 1, 'A'));
    uint64_t ack = rd(FROMHOST, 8);
    check_idle("putchar (64-bit)");
    wr(FROMHOST, 8, 0);
    tohost_halves(CMD(1, 1, 'b'));
    uint64_t ack2 = rd(FROMHOST, 8);
    check_idle("putchar (halves)");
    tohost_64(CMD(1, 1, 0xff00 | '\n')); /* only the low byte counts */
    tohost_64(CMD(1, 1, 'z'));
    capture_check("Ab\nz", "putchar");
    check_eq(ack, CONSOLE_ACK, "putchar (64-bit): fromhost acknowledges");
    check_eq(ack2, CONSOLE_ACK, "putchar (halves): fromhost acknowledges");
    check(!m.shutdown, "putchar does not stop the machine");

    /* Console input has nothing to give: no answer. */
    reset_state();
    tohost_64(CMD(1, 0, 0));
    check_eq(rd(FROMHOST, 8), 0, "console read: no answer");
    check_idle("console read");
}

static void test_syscall_write(void)
{
    static const char msg[] = "hello, htif\n";
    size_t len = sizeof(msg) - 1;

    check(as_write_bytes(&m.as, BUF, msg, len), "setup: message");

    reset_state();
    put_block(BLOCK, (uint64_t[]){ SYS_WRITE, 1, BUF, len }, 4);
    capture_start();
    tohost_64(BLOCK);
    capture_check(msg, "write(1) (64-bit)");
    check_eq(rd(BLOCK, 8), len, "write(1): return value at the block");
    check_eq(rd(FROMHOST, 8), 1, "write(1): fromhost is 1");
    check_idle("write(1)");
    check(!m.shutdown, "write(1) does not stop the machine");

    reset_state();
    put_block(BLOCK, (uint64_t[]){ SYS_WRITE, 1, BUF + 7, 5 }, 4);
    capture_start();
    tohost_halves(BLOCK);
    capture_check("htif\n", "write(1) (halves)");
    check_eq(rd(BLOCK, 8), 5, "write(1) (halves): return value");
    check_eq(rd(FROMHOST, 8), 1, "write(1) (halves): fromhost is 1");

    /* Interleaved with putchar: bytes come out in command order. */
    put_block(BLOCK, (uint64_t[]){ SYS_WRITE, 1, BUF, 5 }, 4);
    capture_start();
    tohost_64(CMD(1, 1, '['));
    tohost_64(BLOCK);
    tohost_64(CMD(1, 1, ']'));
    capture_check("[hello]", "putchar and write(1) in order");

    static const struct {
        uint64_t fd, buf, len, ret;
        const char *what;
    } bad[] = {
        { .fd = 3, .buf = BUF, .len = 4, .ret = (uint64_t)-9,
          .what = "write to an fd other than 1 and 2" },
        { .fd = 1, .buf = HOLE, .len = 4, .ret = (uint64_t)-14,
          .what = "write of an unreadable buffer" },
        { .fd = 1, .buf = DRAM_BASE + DRAM_SIZE - 2, .len = 4,
          .ret = (uint64_t)-14, .what = "write of a buffer past RAM" },
        { .fd = 1, .buf = BUF, .len = 0, .ret = 0,
          .what = "write of 0 bytes" },
        { .fd = 1, .buf = BUF, .len = 1ull << 40, .ret = (uint64_t)-22,
          .what = "write of a huge length" },
    };
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        reset_state();
        put_block(BLOCK,
                  (uint64_t[]){ SYS_WRITE, bad[i].fd, bad[i].buf, bad[i].len },
                  4);
        capture_start();
        tohost_64(BLOCK);
        capture_check("", bad[i].what);
        check_eq(rd(BLOCK, 8), bad[i].ret, "%s: return value", bad[i].what);
        check_eq(rd(FROMHOST, 8), 1, "%s: fromhost is 1", bad[i].what);
        check(!m.shutdown, "%s: machine runs on", bad[i].what);
    }
}

static void test_syscall_exit(void)
{
    reset_state();
    put_block(BLOCK, (uint64_t[]){ SYS_EXIT, 5 }, 2);
    tohost_64(BLOCK);
    check(m.shutdown, "exit syscall requests shutdown");
    check_eq((uint64_t)m.exit_code, 5, "exit syscall code");
    check_eq(rd(BLOCK, 8), 0, "exit syscall: return value 0");
    check_eq(rd(FROMHOST, 8), 1, "exit syscall: fromhost is 1");
    check_idle("exit syscall");

    reset_state();
    put_block(BLOCK, (uint64_t[]){ SYS_EXIT, 0 }, 2);
    tohost_halves(BLOCK);
    check(m.shutdown && m.exit_code == 0, "exit syscall (halves), code 0");
    reset_state();
}

static void test_guest_mistakes(void)
{
    /* Syscall blocks that cannot be read. */
    reset_state();
    capture_start();
    tohost_64(HOLE);
    capture_check("", "syscall block in a hole");
    check(!m.shutdown, "syscall block in a hole: machine runs on");
    check_idle("syscall block in a hole");

    reset_state();
    uint64_t tail = DRAM_BASE + DRAM_SIZE - 16;
    wr(tail, 8, SYS_EXIT);
    wr(tail + 8, 8, 9);
    tohost_64(tail);
    check(!m.shutdown, "syscall block running past RAM is not served");
    check_eq(rd(tail, 8), (uint64_t)-14, "syscall block past RAM: EFAULT");

    /* Unknown system call. */
    reset_state();
    put_block(BLOCK, (uint64_t[]){ 57, 3 }, 2);
    tohost_64(BLOCK);
    check_eq(rd(BLOCK, 8), (uint64_t)-38, "unknown syscall: ENOSYS");
    check(!m.shutdown, "unknown syscall: machine runs on");

    /* Unknown commands: no effect, no answer, tohost idle again. */
    static const uint64_t unknown[] = {
        CMD(0, 1, 3), CMD(0, 0xff, 1), CMD(1, 2, 'x'), CMD(2, 0, 1),
        CMD(2, 1, 'y'), CMD(0xff, 0xff, 0xffffffffffffull),
    };
    for (size_t i = 0; i < sizeof(unknown) / sizeof(unknown[0]); i++) {
        reset_state();
        capture_start();
        if (i & 1) {
            tohost_halves(unknown[i]);
        } else {
            tohost_64(unknown[i]);
        }
        capture_check("", "unknown command");
        check(!m.shutdown, "unknown command %#llx: machine runs on",
              (unsigned long long)unknown[i]);
        check_eq(rd(FROMHOST, 8), 0, "unknown command %#llx: no answer",
                 (unsigned long long)unknown[i]);
        check_idle("unknown command");
    }

    /* A zero tohost is no command (spike acts only on non-zero). */
    wr(LOW_BASE, 8, 0x5a5a5a5a5a5a5a5aull);
    reset_state();
    capture_start();
    tohost_64(0);
    tohost_halves(0);
    capture_check("", "zero tohost");
    check_eq(rd(LOW_BASE, 8), 0x5a5a5a5a5a5a5a5aull,
             "zero tohost: nothing written at address 0");
    check_eq(rd(FROMHOST, 8), 0, "zero tohost: no answer");
    check(!m.shutdown, "zero tohost: machine runs on");

    /* Sizes HTIF refuses: 1 and 2 bytes, and beyond the window. */
    reset_state();
    wr(TOHOST, 1, 1);
    wr(TOHOST, 2, 1);
    wr(TOHOST + 4, 8, 1);
    check(!m.shutdown, "refused sizes do not act");
    check_eq(rd(TOHOST, 1), 0, "1-byte read of tohost is refused");
    check_idle("refused sizes");
}

int main(void)
{
    dram = as_add_ram(&m.as, "dram", DRAM_BASE, DRAM_SIZE);
    as_add_ram(&m.as, "low", LOW_BASE, LOW_SIZE);
    softmmu_as = &m.as;
    m.ncpus = 0;
    htif_create(&m, TOHOST, true, FROMHOST);

    test_layout();
    test_exit();
    test_console();
    test_syscall_write();
    test_syscall_exit();
    test_guest_mistakes();

    /* The machine lives to the end, as in emu: devices are never freed. */
    return check_summary();
}
