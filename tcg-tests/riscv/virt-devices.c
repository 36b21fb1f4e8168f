/* SPDX-License-Identifier: MIT */
/*
 * virt-devices.c: the `virt` board as firmware sees it (QEMU's map). The
 * device tree in a1 at entry (magic, size, inside RAM) and the hart id in
 * a0; the 16550 UART's registers and loopback; the PLIC with a real
 * interrupt taken by the hart: the UART's THR-empty interrupt on source
 * 10, claimed and completed in an M-mode handler; the CLINT timer; the
 * goldfish RTC's clock and its alarm interrupt on source 11; the eight
 * virtio-mmio slots, empty without devices. Output goes
 * to the UART, the exit to the test finisher (common/crt-virt.S). Runs on
 * `emu -M virt -bios none` and `qemu-system-riscv64 -M virt -bios none`.
 */
#include "test.h"

#define UART 0x10000000ul
#define RTC 0x101000ul
#define CLINT 0x2000000ul
#define PLIC 0xc000000ul

#define MTIMECMP (CLINT + 0x4000)
#define MTIME (CLINT + 0xbff8)
#define PLIC_ENABLE_M (PLIC + 0x2000)
#define PLIC_THRESHOLD_M (PLIC + 0x200000)
#define PLIC_CLAIM_M (PLIC + 0x200004)

#define IRQ_UART 10
#define IRQ_RTC 11
#define CAUSE_MEXT 0x800000000000000bull
#define CAUSE_MTIMER 0x8000000000000007ull

extern uint64_t rv_boot_args[2];

static inline void w8(uint64_t a, uint8_t v)
{
    *(volatile uint8_t *)a = v;
}
static inline uint8_t r8(uint64_t a) { return *(volatile uint8_t *)a; }
static inline void w32(uint64_t a, uint32_t v)
{
    *(volatile uint32_t *)a = v;
}
static inline uint32_t r32(uint64_t a) { return *(volatile uint32_t *)a; }
static inline void w64(uint64_t a, uint64_t v)
{
    *(volatile uint64_t *)a = v;
}
static inline uint64_t r64(uint64_t a) { return *(volatile uint64_t *)a; }

/* What the handler saw. */
static volatile uint64_t last_cause;
static volatile uint32_t last_claim, n_ext, n_timer, uart_iir;

__attribute__((interrupt("machine"))) static void on_trap(void)
{
    uint64_t cause;
    __asm__ volatile("csrr %0, mcause" : "=r"(cause));
    last_cause = cause;
    if (cause == CAUSE_MTIMER) {
        w64(MTIMECMP, ~0ull);
        n_timer++;
    } else if (cause == CAUSE_MEXT) {
        uint32_t id = r32(PLIC_CLAIM_M);
        last_claim = id;
        if (id == IRQ_UART) {
            uart_iir = r8(UART + 2);
            w8(UART + 1, 0); /* IER: no more THR-empty interrupts */
        } else if (id == IRQ_RTC) {
            w32(RTC + 0x10, 0); /* IRQ_ENABLED */
            w32(RTC + 0x1c, 1); /* CLEAR_INTERRUPT */
        }
        w32(PLIC_CLAIM_M, id);
        n_ext++;
    } else {
        rv_exit(200); /* an exception: nothing here should raise one */
    }
}

static void irqs_on(uint64_t mie)
{
    __asm__ volatile("csrw mie, %0" : : "r"(mie));
}

static void irqs_off(void)
{
    __asm__ volatile("csrw mie, zero");
}

/*
 * Waits until *count reaches want. mstatus.MIE stays clear around WFI,
 * which still wakes on an interrupt enabled in mie, so an interrupt cannot
 * slip in between the test and the WFI; it is then taken with MIE set for
 * one instruction.
 */
static int wait_for(volatile uint32_t *count, uint32_t want)
{
    for (long i = 0; i < 2000000 && *count < want; i++) {
        __asm__ volatile("wfi; csrsi mstatus, 8; csrci mstatus, 8");
    }
    return *count >= want;
}

static uint32_t be32(const volatile uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
           (uint32_t)p[2] << 8 | p[3];
}

int test_main(void)
{
    __asm__ volatile("csrw mtvec, %0" : : "r"(on_trap));

    /* 1-3: the loader's a0 and a1. */
    CHECK_EQ(1, rv_boot_args[0], 0);
    uint64_t dtb = rv_boot_args[1];
    CHECK_EQ(2, be32((const volatile uint8_t *)dtb), 0xd00dfeed);
    uint32_t size = be32((const volatile uint8_t *)dtb + 4);
    CHECK_EQ(3, size > 64 && size < 0x100000 && dtb >= 0x80000000ul &&
                    dtb + size <= 0x80000000ul + (128ul << 20),
             1);

    /* 4-7: UART registers: idle transmitter, scratch, divisor latch. */
    CHECK_EQ(4, r8(UART + 5) & 0x60, 0x60);
    w8(UART + 7, 0xa5);
    CHECK_EQ(5, r8(UART + 7), 0xa5);
    w8(UART + 3, 0x80); /* DLAB */
    w8(UART + 0, 0x34);
    w8(UART + 1, 0x12);
    CHECK_EQ(6, r8(UART + 0) | r8(UART + 1) << 8, 0x1234);
    w8(UART + 3, 0x03); /* 8N1, DLAB off */
    CHECK_EQ(7, r8(UART + 3), 0x03);

    /* 8-9: loopback: a transmitted byte comes back. */
    w8(UART + 4, 0x10);
    w8(UART + 0, 'Z');
    for (int i = 0; i < 100000 && !(r8(UART + 5) & 1); i++) {
    }
    CHECK_EQ(8, r8(UART + 5) & 1, 1);
    CHECK_EQ(9, r8(UART + 0), 'Z');
    w8(UART + 4, 0);

    /* 10-14: the UART's THR-empty interrupt through the PLIC. */
    CHECK_EQ(10, r32(PLIC_CLAIM_M), 0); /* nothing pending */
    w32(PLIC + 4 * IRQ_UART, 1);
    w32(PLIC + 4 * IRQ_RTC, 2);
    w32(PLIC_ENABLE_M, 1u << IRQ_UART | 1u << IRQ_RTC);
    w32(PLIC_THRESHOLD_M, 0);
    CHECK_EQ(11, r32(PLIC + 4 * IRQ_RTC), 2);
    irqs_on(1ul << 11);
    w8(UART + 1, 0x02); /* ETBEI: THR is empty, so it interrupts */
    CHECK_EQ(12, wait_for(&n_ext, 1), 1);
    CHECK_EQ(13, last_cause, CAUSE_MEXT);
    CHECK_EQ(14, last_claim, IRQ_UART);
    CHECK_EQ(15, uart_iir & 0x0f, 0x02); /* THR empty was the source */
    irqs_off();
    CHECK_EQ(16, r32(PLIC_CLAIM_M), 0);

    /* 17-19: the CLINT timer interrupt, 1 ms ahead. */
    uint64_t t0 = r64(MTIME);
    w64(MTIMECMP, t0 + 10000);
    irqs_on(1ul << 7);
    CHECK_EQ(17, wait_for(&n_timer, 1), 1);
    irqs_off();
    CHECK_EQ(18, last_cause, CAUSE_MTIMER);
    CHECK_EQ(19, r64(MTIME) >= t0 + 10000, 1);

    /* 20-22: the RTC counts host time in nanoseconds (after 2020). */
    uint64_t lo = r32(RTC + 0x00);
    uint64_t now = (uint64_t)r32(RTC + 0x04) << 32 | lo;
    CHECK_EQ(20, now > 1577836800ull * 1000000000ull, 1);
    uint64_t lo2 = r32(RTC + 0x00);
    uint64_t later = (uint64_t)r32(RTC + 0x04) << 32 | lo2;
    CHECK_EQ(21, later >= now, 1);
    CHECK_EQ(22, r32(RTC + 0x18), 0); /* no alarm armed */

    /* 23-27: an RTC alarm 5 ms ahead interrupts on source 11. */
    uint64_t alarm = later + 5000000;
    w32(RTC + 0x10, 1);                    /* IRQ_ENABLED */
    w32(RTC + 0x0c, (uint32_t)(alarm >> 32));
    w32(RTC + 0x08, (uint32_t)alarm);      /* arms it */
    CHECK_EQ(23, r32(RTC + 0x18), 1);
    irqs_on(1ul << 11);
    CHECK_EQ(24, wait_for(&n_ext, 2), 1);
    irqs_off();
    CHECK_EQ(25, last_claim, IRQ_RTC);
    CHECK_EQ(26, r32(RTC + 0x18), 0); /* fired, so disarmed */
    lo = r32(RTC + 0x00);
    now = (uint64_t)r32(RTC + 0x04) << 32 | lo;
    CHECK_EQ(27, now >= alarm, 1);

    /* 28-29: the virtio-mmio slots, all empty here (device ID 0). QEMU
     * 7.2's transports are legacy (version 1), emu's modern (2): the
     * version is not checked. */
    for (uint64_t slot = 0; slot < 8; slot++) {
        uint64_t base = 0x10001000ul + slot * 0x1000;
        CHECK_EQ(28, r32(base + 0x000), 0x74726976); /* "virt" */
        CHECK_EQ(29, r32(base + 0x008), 0);
    }

    rv_puts("virt-devices: ok\n");
    return 0;
}
