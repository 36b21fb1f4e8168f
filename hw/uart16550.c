/* SPDX-License-Identifier: MIT */
/*
 * The 16550A UART. Transmission is instantaneous: a byte written to THR
 * goes straight to the back end (or, in loopback, to the receive FIFO), so
 * THR and the transmitter always read empty and the THR-empty interrupt is
 * asserted again right after the write that cleared it. Reception fills a
 * 16-byte FIFO (one byte with FIFOs off) from the back end at each poll,
 * and only while there is room, so host input is never lost; overruns
 * happen only in loopback. Interrupt sources, by priority: receiver line
 * status (overrun), received data at the trigger level, character timeout,
 * THR empty, modem status. The line is not gated by MCR.OUT2 (as on the
 * RISC-V virt board). Line settings, the divisor and break are stored and
 * otherwise ignored.
 */
#include <stdio.h>
#include <stdlib.h>

#include "core/log.h"
#include "hw/uart16550.h"

enum {
    IER_RDI = 0x01, IER_THRI = 0x02, IER_RLSI = 0x04, IER_MSI = 0x08,
    IIR_NO_INT = 0x01, IIR_MSI = 0x00, IIR_THRI = 0x02, IIR_RDI = 0x04,
    IIR_RLSI = 0x06, IIR_TIMEOUT = 0x0c, IIR_FIFOS = 0xc0,
    FCR_ENABLE = 0x01, FCR_CLEAR_RX = 0x02, FCR_CLEAR_TX = 0x04,
    LCR_DLAB = 0x80,
    MCR_DTR = 0x01, MCR_RTS = 0x02, MCR_OUT1 = 0x04, MCR_OUT2 = 0x08,
    MCR_LOOP = 0x10, MCR_MASK = 0x1f,
    LSR_DR = 0x01, LSR_OE = 0x02, LSR_PE = 0x04, LSR_FE = 0x08,
    LSR_BI = 0x10, LSR_THRE = 0x20, LSR_TEMT = 0x40,
    LSR_ERRORS = LSR_OE | LSR_PE | LSR_FE | LSR_BI,
    MSR_DCTS = 0x01, MSR_DDSR = 0x02, MSR_TERI = 0x04, MSR_DDCD = 0x08,
    MSR_CTS = 0x10, MSR_DSR = 0x20, MSR_RI = 0x40, MSR_DCD = 0x80,
    MSR_DELTAS = 0x0f,
};

struct Uart16550 {
    CharBackend *chr;
    IrqLine irq;
    bool irq_level;      /* as last driven: the line moves only on change */
    uint8_t ier, lcr, mcr, lsr_errors, msr, scr, dll, dlm, fcr;
    uint8_t rx[UART_FIFO_SIZE];
    unsigned rx_head, rx_count;
    uint8_t last_rx;
    bool thr_ipending;   /* THR emptied since the interrupt was last taken */
    bool timeout_ipending;
    bool rx_active;      /* data moved since the last poll */
};

static const uint8_t rx_triggers[4] = { 1, 4, 8, 14 };

static bool fifo_on(const Uart16550 *u) { return u->fcr & FCR_ENABLE; }

static unsigned rx_capacity(const Uart16550 *u)
{
    return fifo_on(u) ? UART_FIFO_SIZE : 1;
}

static uint8_t lsr(const Uart16550 *u)
{
    return u->lsr_errors | LSR_THRE | LSR_TEMT | (u->rx_count ? LSR_DR : 0);
}

/* The interrupt identification, IIR bits 3:0. */
static uint8_t uart_iid(const Uart16550 *u)
{
    if ((u->ier & IER_RLSI) && (u->lsr_errors & LSR_ERRORS)) {
        return IIR_RLSI;
    }
    if (u->ier & IER_RDI) {
        unsigned trig = fifo_on(u) ? rx_triggers[u->fcr >> 6] : 1;
        if (u->rx_count >= trig) {
            return IIR_RDI;
        }
        if (u->timeout_ipending && u->rx_count) {
            return IIR_TIMEOUT;
        }
    }
    if ((u->ier & IER_THRI) && u->thr_ipending) {
        return IIR_THRI;
    }
    if ((u->ier & IER_MSI) && (u->msr & MSR_DELTAS)) {
        return IIR_MSI;
    }
    return IIR_NO_INT;
}

static void uart_update_irq(Uart16550 *u)
{
    bool level = uart_iid(u) != IIR_NO_INT;
    if (level != u->irq_level) {
        u->irq_level = level;
        irq_set(u->irq, level);
    }
}

static void rx_clear(Uart16550 *u)
{
    u->rx_head = u->rx_count = 0;
    u->timeout_ipending = false;
}

static void rx_push(Uart16550 *u, uint8_t b)
{
    if (u->rx_count >= rx_capacity(u)) {
        u->lsr_errors |= LSR_OE;
        if (!fifo_on(u)) {
            u->rx[u->rx_head] = b; /* the holding register is overwritten */
        }
        return;
    }
    u->rx[(u->rx_head + u->rx_count) % UART_FIFO_SIZE] = b;
    u->rx_count++;
    u->rx_active = true;
    u->timeout_ipending = false;
}

static uint8_t rx_pop(Uart16550 *u)
{
    if (u->rx_count) {
        u->last_rx = u->rx[u->rx_head];
        u->rx_head = (u->rx_head + 1) % UART_FIFO_SIZE;
        u->rx_count--;
    }
    u->rx_active = true;
    u->timeout_ipending = false;
    return u->last_rx;
}

/* MSR bits 7:4 as the modem lines stand: the MCR outputs in loopback, a
 * connected line (CTS, DSR, DCD) otherwise. */
static uint8_t modem_lines(const Uart16550 *u)
{
    if (!(u->mcr & MCR_LOOP)) {
        return MSR_CTS | MSR_DSR | MSR_DCD;
    }
    return ((u->mcr & MCR_RTS) ? MSR_CTS : 0) |
           ((u->mcr & MCR_DTR) ? MSR_DSR : 0) |
           ((u->mcr & MCR_OUT1) ? MSR_RI : 0) |
           ((u->mcr & MCR_OUT2) ? MSR_DCD : 0);
}

static void msr_update(Uart16550 *u)
{
    uint8_t now = modem_lines(u), old = u->msr & 0xf0, ch = now ^ old;
    uint8_t delta = u->msr & MSR_DELTAS;
    delta |= (ch & MSR_CTS) ? MSR_DCTS : 0;
    delta |= (ch & MSR_DSR) ? MSR_DDSR : 0;
    delta |= ((old & MSR_RI) && !(now & MSR_RI)) ? MSR_TERI : 0;
    delta |= (ch & MSR_DCD) ? MSR_DDCD : 0;
    u->msr = now | delta;
}

static void uart_transmit(Uart16550 *u, uint8_t b)
{
    if (u->mcr & MCR_LOOP) {
        rx_push(u, b);
    } else if (u->chr) {
        chardev_write(u->chr, &b, 1);
    }
    u->thr_ipending = true; /* sent at once: THR is empty again */
}

void uart16550_poll(Uart16550 *u)
{
    if (u->chr && !(u->mcr & MCR_LOOP)) {
        while (u->rx_count < rx_capacity(u)) {
            int c = chardev_read(u->chr);
            if (c < 0) {
                break;
            }
            rx_push(u, (uint8_t)c);
        }
    }
    if (!u->rx_active && fifo_on(u) && u->rx_count) {
        u->timeout_ipending = true;
    }
    u->rx_active = false;
    uart_update_irq(u);
}

static uint64_t uart_read(void *opaque, uint64_t off, unsigned size)
{
    Uart16550 *u = opaque;
    uint8_t v;
    (void)size;

    switch (off) {
    case UART_RBR:
        v = (u->lcr & LCR_DLAB) ? u->dll : rx_pop(u);
        break;
    case UART_IER:
        v = (u->lcr & LCR_DLAB) ? u->dlm : u->ier;
        break;
    case UART_IIR: {
        uint8_t id = uart_iid(u);
        if (id == IIR_THRI) {
            u->thr_ipending = false; /* taken by reading its identification */
        }
        v = id | (fifo_on(u) ? IIR_FIFOS : 0);
        break;
    }
    case UART_LCR:
        v = u->lcr;
        break;
    case UART_MCR:
        v = u->mcr;
        break;
    case UART_LSR:
        v = lsr(u);
        u->lsr_errors = 0;
        break;
    case UART_MSR:
        v = u->msr;
        u->msr &= ~MSR_DELTAS;
        break;
    case UART_SCR:
        v = u->scr;
        break;
    default:
        log_guest_error("uart16550: read at offset 0x%llx",
                        (unsigned long long)off);
        return 0;
    }
    uart_update_irq(u);
    return v;
}

static void uart_write(void *opaque, uint64_t off, uint64_t val,
                       unsigned size)
{
    Uart16550 *u = opaque;
    uint8_t v = (uint8_t)val;
    (void)size;

    switch (off) {
    case UART_THR:
        if (u->lcr & LCR_DLAB) {
            u->dll = v;
        } else {
            u->thr_ipending = false;
            uart_transmit(u, v);
        }
        break;
    case UART_IER:
        if (u->lcr & LCR_DLAB) {
            u->dlm = v;
        } else {
            /* Enabling the THR-empty interrupt with THR empty raises it. */
            if ((v & IER_THRI) && !(u->ier & IER_THRI)) {
                u->thr_ipending = true;
            }
            u->ier = v & 0x0f;
        }
        break;
    case UART_FCR:
        if ((v ^ u->fcr) & FCR_ENABLE) {
            rx_clear(u); /* switching the FIFOs on or off empties them */
        }
        if (v & FCR_CLEAR_RX) {
            rx_clear(u);
        }
        /* The transmit FIFO is always empty: FCR_CLEAR_TX has no effect. */
        u->fcr = v & (FCR_ENABLE | 0xc0);
        break;
    case UART_LCR:
        u->lcr = v;
        break;
    case UART_MCR:
        u->mcr = v & MCR_MASK;
        msr_update(u);
        break;
    case UART_LSR:
    case UART_MSR:
        log_guest_error("uart16550: write to read-only register %llu",
                        (unsigned long long)off);
        break;
    case UART_SCR:
        u->scr = v;
        break;
    default:
        log_guest_error("uart16550: write at offset 0x%llx ignored",
                        (unsigned long long)off);
        return;
    }
    uart_update_irq(u);
}

static const MmioOps uart_ops = {
    .name = "uart16550",
    .read = uart_read,
    .write = uart_write,
    .valid = { .min = 1, .max = 1 },
    .impl = { .min = 1, .max = 1 },
};

void uart16550_reset(Uart16550 *u)
{
    u->ier = u->lcr = u->mcr = u->lsr_errors = u->scr = u->fcr = 0;
    u->dll = u->dlm = 0;
    rx_clear(u);
    u->thr_ipending = false;
    u->rx_active = false;
    u->msr = modem_lines(u);
    uart_update_irq(u);
}

Uart16550 *uart16550_create(Machine *m, uint64_t base, IrqLine irq,
                            CharBackend *chr, Fdt *fdt,
                            uint32_t irq_parent_phandle)
{
    Uart16550 *u = calloc(1, sizeof(*u));
    if (!u) {
        fatal("out of memory");
    }
    u->chr = chr;
    u->irq = irq;
    uart16550_reset(u);
    as_add_mmio(&m->as, "uart16550", base, UART_SIZE, 0, &uart_ops, u);
    if (fdt) {
        char path[64];
        snprintf(path, sizeof(path), "/soc/serial@%llx",
                 (unsigned long long)base);
        fdt_prop_str(fdt, path, "compatible", "ns16550a");
        fdt_prop_reg(fdt, path, base, UART_SIZE);
        fdt_prop_u32(fdt, path, "interrupts", (uint32_t)irq.n);
        fdt_prop_u32(fdt, path, "interrupt-parent", irq_parent_phandle);
        fdt_prop_u32(fdt, path, "clock-frequency", UART_CLOCK_HZ);
    }
    return u;
}
