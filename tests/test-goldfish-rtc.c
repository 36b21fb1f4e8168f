/* SPDX-License-Identifier: MIT */
/*
 * Unit tests for the goldfish RTC (hw/goldfish-rtc.c) on a bare Machine:
 * the time against the host clock, the TIME_LOW latch of TIME_HIGH,
 * setting the time, the alarm (future, due, already past, cleared), the
 * interrupt line with IRQ_ENABLED and CLEAR_INTERRUPT, guest mistakes, and
 * the device-tree node. Ends with `N passed, M failed`.
 */
#include <libfdt.h>
#include <time.h>
#include <unistd.h>

#include "core/machine.h"
#include "hw/goldfish-rtc.h"

#include "tests/test-check.h"

enum {
    BASE = 0x101000,
};

static const uint64_t SEC = 1000000000ull;

static Machine m;
static GoldfishRtc *rtc;
static bool line;
static int edges;

static void irq_handler(void *opaque, int n, bool level)
{
    (void)opaque;
    (void)n;
    if (level != line) {
        edges++;
    }
    line = level;
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

static uint64_t host_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (uint64_t)ts.tv_sec * SEC + (uint64_t)ts.tv_nsec;
}

static uint64_t rtc_time(void)
{
    uint64_t lo = rd(GOLDFISH_RTC_TIME_LOW);
    return rd(GOLDFISH_RTC_TIME_HIGH) << 32 | lo;
}

static void set_alarm(uint64_t t)
{
    wr(GOLDFISH_RTC_ALARM_HIGH, t >> 32);
    wr(GOLDFISH_RTC_ALARM_LOW, (uint32_t)t);
}

static void test_time(void)
{
    uint64_t before = host_ns();
    uint64_t t = rtc_time();
    uint64_t after = host_ns();
    check(t >= before && t <= after, "time is host real time");

    /* TIME_HIGH is the value latched by TIME_LOW, not sampled again. */
    wr(GOLDFISH_RTC_TIME_HIGH, 0x1);
    wr(GOLDFISH_RTC_TIME_LOW, 0xffffffffu - 50000000u); /* carry in 50 ms */
    uint64_t lo = rd(GOLDFISH_RTC_TIME_LOW);
    usleep(60000);
    check_eq(rd(GOLDFISH_RTC_TIME_HIGH), 1, "TIME_HIGH latched by TIME_LOW");
    check_eq(rd(GOLDFISH_RTC_TIME_HIGH), 1, "latch holds across reads");
    check(lo >= 0xffffffffu - 50000000u, "TIME_LOW read before the carry");
    t = rtc_time();
    check(t >= 0x200000000ull && t < 0x200000000ull + SEC,
          "time carried into the high half (%#llx)", (unsigned long long)t);

    /* Set a time: the clock runs on from it. */
    uint64_t set = 1700000000ull * SEC;
    wr(GOLDFISH_RTC_TIME_HIGH, set >> 32);
    wr(GOLDFISH_RTC_TIME_LOW, (uint32_t)set);
    t = rtc_time();
    check(t >= set && t < set + SEC, "time set by the guest");
    usleep(10000);
    check(rtc_time() >= t + 10000000ull, "time advances");
}

static void test_alarm(void)
{
    uint64_t now = rtc_time();
    line = false;
    edges = 0;

    check_eq(rd(GOLDFISH_RTC_ALARM_STATUS), 0, "no alarm at first");
    wr(GOLDFISH_RTC_IRQ_ENABLED, 1);
    check_eq(rd(GOLDFISH_RTC_IRQ_ENABLED), 1, "IRQ_ENABLED reads back");
    set_alarm(now + 3600 * SEC);
    check_eq(rd(GOLDFISH_RTC_ALARM_STATUS), 1, "future alarm armed");
    check_eq(rd(GOLDFISH_RTC_ALARM_HIGH) << 32 | rd(GOLDFISH_RTC_ALARM_LOW),
             now + 3600 * SEC, "alarm reads back");
    uint64_t left = goldfish_rtc_next_alarm_ns(rtc);
    check(left > 3590 * SEC && left <= 3600 * SEC, "next alarm in an hour");
    goldfish_rtc_poll(rtc);
    check(!line && rd(GOLDFISH_RTC_ALARM_STATUS) == 1,
          "future alarm does not fire");
    wr(GOLDFISH_RTC_CLEAR_ALARM, 1);
    check_eq(rd(GOLDFISH_RTC_ALARM_STATUS), 0, "CLEAR_ALARM disarms");
    check_eq(goldfish_rtc_next_alarm_ns(rtc), UINT64_MAX, "no next alarm");

    /* An alarm 100 ms ahead fires on the first poll after it is due. */
    set_alarm(rtc_time() + 100000000ull);
    goldfish_rtc_poll(rtc);
    check(!line, "not yet due");
    usleep(150000);
    check_eq(goldfish_rtc_next_alarm_ns(rtc), 0, "due now");
    goldfish_rtc_poll(rtc);
    check(line && edges == 1, "due alarm raises the line");
    check_eq(rd(GOLDFISH_RTC_ALARM_STATUS), 0, "fired alarm disarms");
    goldfish_rtc_poll(rtc);
    check(line && edges == 1, "line stays up until cleared");
    wr(GOLDFISH_RTC_CLEAR_INTERRUPT, 1);
    check(!line && edges == 2, "CLEAR_INTERRUPT lowers the line");

    /* An alarm in the past fires as soon as it is armed. */
    set_alarm(now - SEC);
    check(line, "past alarm fires when armed");
    wr(GOLDFISH_RTC_CLEAR_INTERRUPT, 1);
    check(!line, "cleared");

    /* Disabled interrupts: pending but not signalled, until enabled. */
    wr(GOLDFISH_RTC_IRQ_ENABLED, 0);
    set_alarm(now - SEC);
    check(!line, "disabled: line stays low");
    wr(GOLDFISH_RTC_IRQ_ENABLED, 1);
    check(line, "enabling shows the pending interrupt");
    wr(GOLDFISH_RTC_IRQ_ENABLED, 0);
    check(!line, "disabling hides it");
    wr(GOLDFISH_RTC_CLEAR_INTERRUPT, 1);
    wr(GOLDFISH_RTC_IRQ_ENABLED, 1);
    check(!line, "cleared while disabled");

    /* Setting the clock past an armed alarm fires it. */
    set_alarm(now + 100 * SEC);
    uint64_t later = now + 200 * SEC;
    wr(GOLDFISH_RTC_TIME_HIGH, later >> 32);
    wr(GOLDFISH_RTC_TIME_LOW, (uint32_t)later);
    check(line, "setting the clock past the alarm fires it");
    wr(GOLDFISH_RTC_CLEAR_INTERRUPT, 1);
}

static void test_mistakes(void)
{
    uint64_t v = 1;
    check(as_read(&m.as, BASE + 0x20, 4, &v) == MEMTX_OK && v == 0,
          "unknown offset reads 0");
    check(as_read(&m.as, BASE + GOLDFISH_RTC_TIME_LOW, 8, &v) == MEMTX_OK &&
              v == 0,
          "8-byte read refused");
    check(as_read(&m.as, BASE + GOLDFISH_RTC_IRQ_ENABLED, 1, &v) ==
                  MEMTX_OK && v == 0,
          "1-byte read refused");
    wr(0x20, 1);
    wr(GOLDFISH_RTC_ALARM_STATUS, 1);
    check_eq(rd(GOLDFISH_RTC_ALARM_STATUS), 0, "ALARM_STATUS is read-only");
    check(as_write(&m.as, BASE + 2, 2, 0) == MEMTX_OK, "2-byte write ignored");
    check(!line, "no interrupt from mistakes");
}

static void test_device_reset(void)
{
    wr(GOLDFISH_RTC_IRQ_ENABLED, 1);
    set_alarm(rtc_time() - SEC);
    check(line, "before reset: interrupt");
    set_alarm(rtc_time() + 3600 * SEC);
    uint64_t before = rtc_time();
    goldfish_rtc_reset(rtc);
    check(!line, "reset lowers the line");
    check_eq(rd(GOLDFISH_RTC_ALARM_STATUS), 0, "reset disarms");
    check_eq(rd(GOLDFISH_RTC_IRQ_ENABLED), 0, "reset disables");
    uint64_t after = rtc_time();
    check(after >= before && after < before + SEC, "reset keeps the time");
}

static void test_fdt(void)
{
    /* Static: the machine and its devices live to the end, as in emu. */
    static Machine m2;
    static Fdt f;
    fdt_init(&f);
    goldfish_rtc_create(&m2, BASE, irq_line(irq_handler, NULL, 11), &f, 3);
    const void *blob = fdt_finish_blob(&f, NULL);
    int off = fdt_path_offset(blob, "/soc/rtc@101000");
    check(off > 0 &&
              !fdt_node_check_compatible(blob, off, "google,goldfish-rtc"),
          "node and compatible");
    int len;
    const fdt32_t *c = fdt_getprop(blob, off, "reg", &len);
    check(c && len == 16 && fdt32_to_cpu(c[1]) == BASE &&
              fdt32_to_cpu(c[3]) == GOLDFISH_RTC_SIZE,
          "reg");
    c = fdt_getprop(blob, off, "interrupts", &len);
    check(c && len == 4 && fdt32_to_cpu(*c) == 11, "interrupts");
    c = fdt_getprop(blob, off, "interrupt-parent", &len);
    check(c && len == 4 && fdt32_to_cpu(*c) == 3, "interrupt-parent");
}

int main(void)
{
    rtc = goldfish_rtc_create(&m, BASE, irq_line(irq_handler, NULL, 11),
                              NULL, 0);
    test_time();
    test_alarm();
    test_mistakes();
    test_device_reset();
    test_fdt();
    return check_summary();
}
