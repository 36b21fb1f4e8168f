/* SPDX-License-Identifier: MIT */
/*
 * Goldfish RTC. The clock is the host's CLOCK_REALTIME plus an offset the
 * guest sets by writing TIME_HIGH then TIME_LOW. Reading TIME_LOW samples
 * the clock and latches the high half for the following TIME_HIGH read, so
 * the two halves belong to one instant. Writing ALARM_LOW arms the alarm at
 * (ALARM_HIGH << 32 | ALARM_LOW); when the clock reaches it the alarm
 * disarms and the interrupt becomes pending; the line is high while an
 * interrupt is pending and IRQ_ENABLED is set, until CLEAR_INTERRUPT.
 * Registers are 32 bits wide; other sizes and offsets are guest mistakes.
 * Under -icount the clock is the virtual clock from a fixed epoch
 * (GOLDFISH_RTC_ICOUNT_EPOCH), so every run reads the same dates.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "core/icount.h"
#include "core/log.h"
#include "hw/goldfish-rtc.h"

/* -icount: the date at virtual time 0, 2026-01-01T00:00:00Z. */
#define GOLDFISH_RTC_ICOUNT_EPOCH (1767225600ull * 1000000000ull)

struct GoldfishRtc {
    IrqLine irq;
    bool irq_level;      /* as last driven: the line moves only on change */
    int64_t offset;      /* guest time minus host real time, ns */
    uint32_t time_high;  /* latched by a TIME_LOW read */
    uint32_t set_high;   /* TIME_HIGH as written, for the next TIME_LOW */
    uint64_t alarm;      /* ns, guest time */
    bool alarm_armed;
    bool irq_enabled;
    bool irq_pending;
};

static uint64_t host_ns(void)
{
    if (icount_enabled) {
        return GOLDFISH_RTC_ICOUNT_EPOCH + icount_now_ns();
    }
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static uint64_t rtc_now(GoldfishRtc *r)
{
    return host_ns() + (uint64_t)r->offset;
}

static void rtc_update_irq(GoldfishRtc *r)
{
    bool level = r->irq_pending && r->irq_enabled;
    if (level != r->irq_level) {
        r->irq_level = level;
        irq_set(r->irq, level);
    }
}

void goldfish_rtc_poll(GoldfishRtc *r)
{
    if (r->alarm_armed && rtc_now(r) >= r->alarm) {
        r->alarm_armed = false;
        r->irq_pending = true;
        rtc_update_irq(r);
    }
}

uint64_t goldfish_rtc_next_alarm_ns(GoldfishRtc *r)
{
    if (!r->alarm_armed) {
        return UINT64_MAX;
    }
    uint64_t now = rtc_now(r);
    return now >= r->alarm ? 0 : r->alarm - now;
}

void goldfish_rtc_reset(GoldfishRtc *r)
{
    r->alarm = 0;
    r->alarm_armed = r->irq_enabled = r->irq_pending = false;
    r->time_high = r->set_high = 0;
    rtc_update_irq(r);
}

static uint64_t rtc_read(void *opaque, uint64_t off, unsigned size)
{
    GoldfishRtc *r = opaque;
    (void)size;

    switch (off) {
    case GOLDFISH_RTC_TIME_LOW: {
        uint64_t now = rtc_now(r);
        r->time_high = (uint32_t)(now >> 32);
        return (uint32_t)now;
    }
    case GOLDFISH_RTC_TIME_HIGH:
        return r->time_high;
    case GOLDFISH_RTC_ALARM_LOW:
        return (uint32_t)r->alarm;
    case GOLDFISH_RTC_ALARM_HIGH:
        return (uint32_t)(r->alarm >> 32);
    case GOLDFISH_RTC_IRQ_ENABLED:
        return r->irq_enabled;
    case GOLDFISH_RTC_ALARM_STATUS:
        return r->alarm_armed;
    default:
        log_guest_error("goldfish_rtc: read at offset 0x%llx",
                        (unsigned long long)off);
        return 0;
    }
}

static void rtc_write(void *opaque, uint64_t off, uint64_t val, unsigned size)
{
    GoldfishRtc *r = opaque;
    (void)size;

    switch (off) {
    case GOLDFISH_RTC_TIME_LOW: {
        uint64_t t = (uint64_t)r->set_high << 32 | (uint32_t)val;
        r->offset = (int64_t)(t - host_ns());
        goldfish_rtc_poll(r);
        break;
    }
    case GOLDFISH_RTC_TIME_HIGH:
        r->set_high = (uint32_t)val;
        break;
    case GOLDFISH_RTC_ALARM_LOW:
        r->alarm = (r->alarm & 0xffffffff00000000ull) | (uint32_t)val;
        r->alarm_armed = true;
        goldfish_rtc_poll(r);
        break;
    case GOLDFISH_RTC_ALARM_HIGH:
        r->alarm = (r->alarm & 0xffffffffull) | (uint64_t)(uint32_t)val << 32;
        break;
    case GOLDFISH_RTC_IRQ_ENABLED:
        r->irq_enabled = val & 1;
        rtc_update_irq(r);
        break;
    case GOLDFISH_RTC_CLEAR_ALARM:
        r->alarm_armed = false;
        break;
    case GOLDFISH_RTC_CLEAR_INTERRUPT:
        r->irq_pending = false;
        rtc_update_irq(r);
        break;
    default:
        log_guest_error("goldfish_rtc: write at offset 0x%llx ignored",
                        (unsigned long long)off);
        break;
    }
}

static const MmioOps rtc_ops = {
    .name = "goldfish_rtc",
    .read = rtc_read,
    .write = rtc_write,
    .valid = { .min = 4, .max = 4 },
    .impl = { .min = 4, .max = 4 },
};

GoldfishRtc *goldfish_rtc_create(Machine *m, uint64_t base, IrqLine irq,
                                 Fdt *fdt, uint32_t irq_parent_phandle)
{
    GoldfishRtc *r = calloc(1, sizeof(*r));
    if (!r) {
        fatal("out of memory");
    }
    r->irq = irq;
    as_add_mmio(&m->as, "goldfish_rtc", base, GOLDFISH_RTC_SIZE, 0, &rtc_ops,
                r);
    if (fdt) {
        char path[64];
        snprintf(path, sizeof(path), "/soc/rtc@%llx",
                 (unsigned long long)base);
        fdt_prop_str(fdt, path, "compatible", "google,goldfish-rtc");
        fdt_prop_reg(fdt, path, base, GOLDFISH_RTC_SIZE);
        fdt_prop_u32(fdt, path, "interrupts", (uint32_t)irq.n);
        fdt_prop_u32(fdt, path, "interrupt-parent", irq_parent_phandle);
    }
    return r;
}
