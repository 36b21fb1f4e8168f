/* SPDX-License-Identifier: MIT */
/*
 * The goldfish real-time clock ("google,goldfish-rtc"): host real time in
 * nanoseconds, settable by the guest, with one alarm and its interrupt.
 */
#ifndef HW_GOLDFISH_RTC_H
#define HW_GOLDFISH_RTC_H

#include <stdint.h>

#include "core/irq.h"
#include "core/machine.h"
#include "hw/fdt.h"

enum {
    GOLDFISH_RTC_SIZE = 0x1000,
    GOLDFISH_RTC_TIME_LOW = 0x00,
    GOLDFISH_RTC_TIME_HIGH = 0x04,
    GOLDFISH_RTC_ALARM_LOW = 0x08,
    GOLDFISH_RTC_ALARM_HIGH = 0x0c,
    GOLDFISH_RTC_IRQ_ENABLED = 0x10,
    GOLDFISH_RTC_CLEAR_ALARM = 0x14,
    GOLDFISH_RTC_ALARM_STATUS = 0x18,
    GOLDFISH_RTC_CLEAR_INTERRUPT = 0x1c,
};

typedef struct GoldfishRtc GoldfishRtc;

/* Maps the registers at base. With fdt, writes /soc/rtc@BASE whose
 * interrupts cell is irq.n (the interrupt controller's input number) under
 * irq_parent_phandle. */
GoldfishRtc *goldfish_rtc_create(Machine *m, uint64_t base, IrqLine irq,
                                 Fdt *fdt, uint32_t irq_parent_phandle);
/* Fires the alarm when its time has come; the board calls it from its
 * main loop or a periodic timer (the alarm's resolution is the call rate).
 * Alarms already due are also fired when the guest arms them. Call it from
 * the thread that runs the guest's MMIO accesses. */
void goldfish_rtc_poll(GoldfishRtc *r);
/* Nanoseconds until the armed alarm fires (0 if due), UINT64_MAX if none:
 * for a board that sleeps until the next event. */
uint64_t goldfish_rtc_next_alarm_ns(GoldfishRtc *r);
/* A board reset: alarm and interrupt off; the clock keeps its time. */
void goldfish_rtc_reset(GoldfishRtc *r);

#endif
