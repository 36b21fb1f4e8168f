/* SPDX-License-Identifier: MIT */
/*
 * A 16550A UART ("ns16550a", reg-shift 0, reg-io-width 1) on a character
 * back end, with its interrupt line.
 */
#ifndef HW_UART16550_H
#define HW_UART16550_H

#include <stdint.h>

#include "core/chardev.h"
#include "core/irq.h"
#include "core/machine.h"
#include "hw/fdt.h"

enum {
    UART_SIZE = 0x100,
    UART_CLOCK_HZ = 3686400,
    UART_FIFO_SIZE = 16,
    /* Register offsets (reg-shift 0). */
    UART_RBR = 0, UART_THR = 0, UART_DLL = 0,
    UART_IER = 1, UART_DLM = 1,
    UART_IIR = 2, UART_FCR = 2,
    UART_LCR = 3,
    UART_MCR = 4,
    UART_LSR = 5,
    UART_MSR = 6,
    UART_SCR = 7,
};

typedef struct Uart16550 Uart16550;

/* Maps the UART at base, sending to and polling chr (NULL: no back end).
 * With fdt, writes /soc/serial@BASE whose interrupts cell is irq.n (the
 * interrupt controller's input number) under irq_parent_phandle. */
Uart16550 *uart16550_create(Machine *m, uint64_t base, IrqLine irq,
                            CharBackend *chr, Fdt *fdt,
                            uint32_t irq_parent_phandle);
/* Takes the back end's pending input while the receiver has room, and
 * ages the character timeout: a FIFO holding data below its trigger level
 * that saw no activity during one whole poll interval raises the timeout
 * interrupt. The board calls it periodically (every millisecond or so),
 * from the thread that runs the guest's MMIO accesses. */
void uart16550_poll(Uart16550 *u);
/* Power-on state (a board reset): registers cleared, FIFOs emptied. */
void uart16550_reset(Uart16550 *u);

#endif
