/* SPDX-License-Identifier: MIT */
/*
 * Unit tests for the PLIC (hw/plic.c) on a bare Machine with 96 sources
 * and two harts: register layout and WARL masks, claim order (priority,
 * then lowest id), thresholds, per-context enables and outputs, the
 * gateway (in flight until completed, re-pending of a level still high, a
 * withdrawn request), completes of sources not enabled, guest mistakes,
 * the device-tree node, and the virt wiring: a UART and a goldfish RTC on
 * sources 10 and 11 interrupting a hart through a claim/complete cycle, all
 * nodes in one tree. Ends with `N passed, M failed`.
 */
#include <libfdt.h>
#include <string.h>

#include "core/machine.h"
#include "hw/goldfish-rtc.h"
#include "hw/plic.h"
#include "hw/uart16550.h"

#include "tests/test-check.h"

enum {
    BASE = 0xc000000,
    NSRC = 96,
    NHARTS = 2,
    NCTX = 2 * NHARTS,
};

static Machine m;
static Plic *plic;
static bool out[NCTX];

static void out_handler(void *opaque, int n, bool level)
{
    (void)opaque;
    out[n] = level;
}

static uint64_t rd(uint64_t off)
{
    uint64_t v = 0xdead;
    if (as_read(&m.as, BASE + off, 4, &v) != MEMTX_OK) {
        return 0xbad;
    }
    return v;
}

static void wr(uint64_t off, uint64_t v)
{
    if (as_write(&m.as, BASE + off, 4, v) != MEMTX_OK) {
        check(false, "write at %#llx not answered", (unsigned long long)off);
    }
}

static void prio(unsigned n, unsigned p) { wr(PLIC_PRIORITY_BASE + 4 * n, p); }

static void enable(unsigned ctx, unsigned n, bool on)
{
    uint64_t off = PLIC_ENABLE_BASE + ctx * PLIC_ENABLE_STRIDE + 4 * (n / 32);
    uint64_t v = rd(off);
    wr(off, on ? v | 1u << (n % 32) : v & ~(1u << (n % 32)));
}

static void threshold(unsigned ctx, unsigned t)
{
    wr(PLIC_CONTEXT_BASE + ctx * PLIC_CONTEXT_STRIDE, t);
}

static unsigned claim(unsigned ctx)
{
    return (unsigned)rd(PLIC_CONTEXT_BASE + ctx * PLIC_CONTEXT_STRIDE + 4);
}

static void complete(unsigned ctx, unsigned n)
{
    wr(PLIC_CONTEXT_BASE + ctx * PLIC_CONTEXT_STRIDE + 4, n);
}

static void line(unsigned n, bool level)
{
    irq_set(plic_irq_line(plic, n), level);
}

static bool pending(unsigned n)
{
    return (rd(PLIC_PENDING_BASE + 4 * (n / 32)) >> (n % 32)) & 1;
}

static void test_registers(void)
{
    MemRegion *mr = as_lookup(&m.as, BASE);
    check(mr && mr->size == 0x204000, "region size for two harts");
    check_eq(rd(PLIC_PRIORITY_BASE + 4), 0, "priorities reset to 0");
    prio(1, 0xffffffff);
    check_eq(rd(PLIC_PRIORITY_BASE + 4), 7, "priority is 3 bits");
    prio(1, 0);
    prio(0, 5);
    check_eq(rd(PLIC_PRIORITY_BASE), 0, "source 0 priority is 0");
    prio(NSRC, 5);
    check_eq(rd(PLIC_PRIORITY_BASE + 4 * NSRC), 0,
             "priority past the last source is 0");
    threshold(1, 0xff);
    check_eq(rd(PLIC_CONTEXT_BASE + PLIC_CONTEXT_STRIDE), 7,
             "threshold is 3 bits");
    threshold(1, 0);
    wr(PLIC_ENABLE_BASE, 0xffffffff);
    check_eq(rd(PLIC_ENABLE_BASE), 0xfffffffe, "source 0 never enabled");
    wr(PLIC_ENABLE_BASE + 8, 0xffffffff);
    check_eq(rd(PLIC_ENABLE_BASE + 8), 0xffffffff, "sources 64..95 enable");
    wr(PLIC_ENABLE_BASE + 12, 0xffffffff);
    check_eq(rd(PLIC_ENABLE_BASE + 12), 0, "sources past 95 never enabled");
    wr(PLIC_ENABLE_BASE, 0);
    wr(PLIC_ENABLE_BASE + 8, 0);
    for (unsigned c = 0; c < NCTX; c++) {
        check_eq(claim(c), 0, "context %u: nothing to claim", c);
        check(!out[c], "context %u: output low", c);
    }
}

static void test_claim_order(void)
{
    prio(3, 1);
    prio(5, 4);
    prio(7, 4);
    prio(40, 6);
    prio(90, 2);
    for (unsigned n = 1; n < NSRC; n++) {
        enable(1, n, true); /* hart 0, S-mode */
    }
    line(3, true);
    check(pending(3), "raised source is pending");
    check(out[1] && !out[0] && !out[2] && !out[3],
          "only the enabling context's output rises");
    line(7, true);
    line(5, true);
    line(90, true);
    line(40, true);
    check(pending(40) && pending(90), "pending in words 1 and 2");

    check_eq(claim(1), 40, "highest priority first");
    check(!pending(40), "claim clears pending");
    check_eq(claim(1), 5, "tie goes to the lowest id");
    check_eq(claim(1), 7, "then the other");
    check_eq(claim(1), 90, "then priority 2");
    check(out[1], "output high while one is left");
    check_eq(claim(1), 3, "then priority 1");
    check(!out[1], "output low when all are claimed");
    check_eq(claim(1), 0, "nothing left: claim returns 0");

    /* In flight: a line still high does not re-pend until completed. */
    line(3, false);
    line(3, true);
    check(!pending(3), "in-flight source does not re-pend");
    complete(1, 3);
    check(pending(3) && out[1], "completed with the line high: pending");
    check_eq(claim(1), 3, "and claimable again");
    line(3, false);
    complete(1, 3);
    check(!pending(3) && !out[1], "completed with the line low: idle");

    complete(1, 40);
    check(pending(40), "40 high: pending after complete");
    line(40, false);
    check(!pending(40) && claim(1) != 40, "withdrawn before the claim");
    for (unsigned n = 5; n <= 90; n++) {
        line(n, false);
        complete(1, n);
    }
    check(!out[1], "all idle");
    check_eq(claim(1), 0, "all idle: claim 0");
}

static void test_threshold_and_contexts(void)
{
    prio(10, 3);
    enable(0, 10, true); /* hart 0, M-mode */
    enable(3, 10, true); /* hart 1, S-mode */
    line(10, true);
    check(out[0] && out[1] && out[3] && !out[2], "enabled contexts see it");
    threshold(0, 3);
    check(!out[0] && out[3], "threshold equal to priority masks");
    check_eq(claim(0), 0, "masked: claim returns 0");
    check(pending(10), "masked claim leaves it pending");
    threshold(0, 2);
    check(out[0], "threshold below priority unmasks");
    prio(10, 0);
    check(!out[0] && !out[1] && !out[3], "priority 0 never interrupts");
    prio(10, 3);
    check_eq(claim(3), 10, "hart 1 claims");
    check(!out[0] && !out[1] && !out[3], "claimed for everyone");
    check_eq(claim(0), 0, "hart 0 finds nothing");

    /* Complete from a context the source is not enabled for: ignored. */
    line(10, false);
    complete(2, 10);
    line(10, true);
    check(!pending(10), "complete by a non-enabled context is ignored");
    enable(0, 10, false);
    enable(1, 10, false);
    complete(3, 10);
    check(pending(10) && out[3], "complete by the claiming context");
    enable(3, 10, false);
    check(!out[3], "disabling lowers the output");
    line(10, false);
    complete(3, 99); /* no such source */
    complete(3, 0);
    threshold(0, 0);
}

static void test_mistakes(void)
{
    uint64_t v = 1;
    check(as_read(&m.as, BASE + PLIC_PRIORITY_BASE + 4, 1, &v) == MEMTX_OK &&
              v == 0,
          "1-byte read refused");
    check(as_read(&m.as, BASE + PLIC_PRIORITY_BASE + 4, 8, &v) == MEMTX_OK &&
              v == 0,
          "8-byte read refused");
    line(2, true);
    prio(2, 1);
    wr(PLIC_PENDING_BASE, 0);
    check(pending(2), "pending is read-only");
    line(2, false);
    check_eq(rd(0x1800), 0, "reserved offset reads 0");
    wr(0x1800, 1);
    check_eq(rd(PLIC_ENABLE_BASE + NCTX * PLIC_ENABLE_STRIDE), 0,
             "enables of a missing context read 0");
    wr(PLIC_ENABLE_BASE + NCTX * PLIC_ENABLE_STRIDE, ~0u);
    check_eq(rd(PLIC_CONTEXT_BASE + 8), 0, "reserved context word reads 0");
    check(as_lookup(&m.as, BASE + PLIC_CONTEXT_BASE +
                               NCTX * PLIC_CONTEXT_STRIDE) == NULL,
          "no region past the last context");
    for (unsigned c = 0; c < NCTX; c++) {
        check(!out[c], "context %u quiet after mistakes", c);
    }
}

static void test_device_reset(void)
{
    prio(4, 2);
    enable(2, 4, true);
    threshold(2, 1);
    line(4, true);
    check_eq(claim(2), 4, "before reset: claimed");
    plic_reset(plic);
    check_eq(rd(PLIC_PRIORITY_BASE + 16), 0, "reset: priority");
    check_eq(rd(PLIC_ENABLE_BASE + 2 * PLIC_ENABLE_STRIDE), 0,
             "reset: enables");
    check_eq(rd(PLIC_CONTEXT_BASE + 2 * PLIC_CONTEXT_STRIDE), 0,
             "reset: threshold");
    check(pending(4), "reset: a high input is pending again");
    check(!out[2], "reset: outputs low");
    line(4, false);
    check(!pending(4), "and follows its line");
}

static void test_fdt(void)
{
    /* Static: the machine and its devices live to the end, as in emu. */
    static Machine m2;
    static Fdt f;
    fdt_init(&f);
    uint32_t intc[2] = { fdt_alloc_phandle(&f), fdt_alloc_phandle(&f) };
    Plic *p = plic_create(&m2, BASE, NSRC, 2, &f, intc);
    const void *blob = fdt_finish_blob(&f, NULL);
    int off = fdt_path_offset(blob, "/soc/plic@c000000");
    check(off > 0, "node /soc/plic@c000000");
    int len;
    const char *s = fdt_getprop(blob, off, "compatible", &len);
    check(s && len == 30 && !memcmp(s, "sifive,plic-1.0.0\0riscv,plic0", 30),
          "compatible");
    const fdt32_t *c = fdt_getprop(blob, off, "reg", &len);
    check(c && len == 16 && fdt32_to_cpu(c[1]) == BASE &&
              fdt32_to_cpu(c[3]) == 0x204000,
          "reg");
    check(fdt_getprop(blob, off, "interrupt-controller", &len) && len == 0,
          "interrupt-controller");
    c = fdt_getprop(blob, off, "#interrupt-cells", &len);
    check(c && fdt32_to_cpu(*c) == 1, "#interrupt-cells");
    c = fdt_getprop(blob, off, "#address-cells", &len);
    check(c && fdt32_to_cpu(*c) == 0, "#address-cells");
    c = fdt_getprop(blob, off, "riscv,ndev", &len);
    check(c && fdt32_to_cpu(*c) == NSRC - 1, "riscv,ndev");
    c = fdt_getprop(blob, off, "interrupts-extended", &len);
    check(c && len == 32 && fdt32_to_cpu(c[0]) == 1 &&
              fdt32_to_cpu(c[1]) == 11 && fdt32_to_cpu(c[2]) == 1 &&
              fdt32_to_cpu(c[3]) == 9 && fdt32_to_cpu(c[4]) == 2 &&
              fdt32_to_cpu(c[5]) == 11 && fdt32_to_cpu(c[6]) == 2 &&
              fdt32_to_cpu(c[7]) == 9,
          "interrupts-extended");
    check_eq(fdt_get_phandle(blob, off), 3, "phandle");
    check_eq(plic_phandle(p), 3, "plic_phandle");
}

/* The virt board's wiring, in miniature, on a machine of its own. */
static void test_virt_wiring(void)
{
    static Machine vm;
    static Fdt f;
    enum { UART = 0x10000000, RTC = 0x101000, PLIC = 0xc000000 };

    fdt_init(&f);
    uint32_t intc = fdt_alloc_phandle(&f);
    Plic *p = plic_create(&vm, PLIC, NSRC, 1, &f, &intc);
    plic_connect_output(p, PLIC_CONTEXT(0, true),
                        irq_line(out_handler, NULL, 1)); /* shares out[1] */
    uart16550_create(&vm, UART, plic_irq_line(p, 10), NULL, &f,
                     plic_phandle(p));
    goldfish_rtc_create(&vm, RTC, plic_irq_line(p, 11), &f, plic_phandle(p));

    uint64_t v;
    bool ok = true;
    ok &= as_write(&vm.as, PLIC + 4 * 10, 4, 1) == MEMTX_OK;
    ok &= as_write(&vm.as, PLIC + 4 * 11, 4, 2) == MEMTX_OK;
    ok &= as_write(&vm.as, PLIC + PLIC_ENABLE_BASE + PLIC_ENABLE_STRIDE, 4,
                   3u << 10) == MEMTX_OK;
    out[1] = false;
    ok &= as_write(&vm.as, UART + UART_IER, 1, 0x02) == MEMTX_OK;
    check(out[1], "UART THRE reaches the S-mode context");
    ok &= as_write(&vm.as, RTC + GOLDFISH_RTC_IRQ_ENABLED, 4, 1) == MEMTX_OK;
    ok &= as_write(&vm.as, RTC + GOLDFISH_RTC_ALARM_HIGH, 4, 0) == MEMTX_OK;
    ok &= as_write(&vm.as, RTC + GOLDFISH_RTC_ALARM_LOW, 4, 1) == MEMTX_OK;
    uint64_t claim_addr = PLIC + PLIC_CONTEXT_BASE + PLIC_CONTEXT_STRIDE + 4;
    ok &= as_read(&vm.as, claim_addr, 4, &v) == MEMTX_OK;
    check_eq(v, 11, "RTC (priority 2) claimed first");
    ok &= as_write(&vm.as, RTC + GOLDFISH_RTC_CLEAR_INTERRUPT, 4, 1) ==
          MEMTX_OK;
    ok &= as_write(&vm.as, claim_addr, 4, 11) == MEMTX_OK;
    ok &= as_read(&vm.as, claim_addr, 4, &v) == MEMTX_OK;
    check_eq(v, 10, "then the UART");
    ok &= as_read(&vm.as, UART + UART_IIR, 1, &v) == MEMTX_OK;
    check_eq(v & 0x0f, 0x02, "the UART says THR empty");
    ok &= as_write(&vm.as, claim_addr, 4, 10) == MEMTX_OK;
    check(!out[1], "handled: the hart's line is low");
    ok &= as_read(&vm.as, claim_addr, 4, &v) == MEMTX_OK;
    check_eq(v, 0, "nothing more to claim");
    check(ok, "every access answered");

    const void *blob = fdt_finish_blob(&f, NULL);
    static const struct {
        const char *path;
        uint32_t irq;
    } nodes[] = {
        { "/soc/serial@10000000", 10 },
        { "/soc/rtc@101000", 11 },
    };
    for (int i = 0; i < 2; i++) {
        int off = fdt_path_offset(blob, nodes[i].path);
        int len;
        const fdt32_t *c = fdt_getprop(blob, off, "interrupts", &len);
        check(c && len == 4 && fdt32_to_cpu(*c) == nodes[i].irq,
              "%s: interrupts", nodes[i].path);
        c = fdt_getprop(blob, off, "interrupt-parent", &len);
        check(c && len == 4 && fdt32_to_cpu(*c) == plic_phandle(p),
              "%s: interrupt-parent is the PLIC", nodes[i].path);
    }
    int plic_off = fdt_node_offset_by_phandle(blob, plic_phandle(p));
    check(plic_off == fdt_path_offset(blob, "/soc/plic@c000000"),
          "the PLIC's phandle leads to it");
}

int main(void)
{
    plic = plic_create(&m, BASE, NSRC, NHARTS, NULL, NULL);
    for (unsigned c = 0; c < NCTX; c++) {
        plic_connect_output(plic, c, irq_line(out_handler, NULL, (int)c));
    }
    check_eq(PLIC_CONTEXT(1, true), 3, "context numbering");
    test_registers();
    test_claim_order();
    test_threshold_and_contexts();
    test_mistakes();
    test_device_reset();
    test_fdt();
    test_virt_wiring();
    return check_summary();
}
