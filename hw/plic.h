/* SPDX-License-Identifier: MIT */
/*
 * The RISC-V platform-level interrupt controller (SiFive PLIC) as QEMU's
 * virt board configures it: level-triggered sources 1..nsources-1, 3-bit
 * priorities, and two contexts per hart (M-mode, then S-mode), each with
 * an output line the board wires to the hart's MEIP / SEIP.
 */
#ifndef HW_PLIC_H
#define HW_PLIC_H

#include <stdbool.h>
#include <stdint.h>

#include "core/irq.h"
#include "core/machine.h"
#include "hw/fdt.h"

enum {
    PLIC_MAX_SOURCES = 1024,       /* source 0 is reserved: 1023 usable */
    PLIC_MAX_CONTEXTS = 2 * 8,
    PLIC_PRIORITY_BASE = 0x0,      /* 4 bytes per source */
    PLIC_PENDING_BASE = 0x1000,    /* one bit per source */
    PLIC_ENABLE_BASE = 0x2000,     /* one bit per source, per context */
    PLIC_ENABLE_STRIDE = 0x80,
    PLIC_CONTEXT_BASE = 0x200000,  /* threshold, then claim/complete */
    PLIC_CONTEXT_STRIDE = 0x1000,
    PLIC_PRIORITY_MASK = 7,        /* 3-bit priorities and thresholds */
};

/* Context of a hart's M-mode (smode false) or S-mode interrupts. */
#define PLIC_CONTEXT(hart, smode) (2 * (hart) + ((smode) ? 1 : 0))
#define PLIC_SIZE(nharts)                                                     \
    (PLIC_CONTEXT_BASE +                                                      \
     (uint64_t)PLIC_CONTEXT(nharts, 0) * PLIC_CONTEXT_STRIDE)

typedef struct Plic Plic;

/* Maps the PLIC at base for nsources (2..1024) sources and nharts harts.
 * With fdt, writes /soc/plic@BASE with interrupts-extended pointing at
 * each hart's interrupt controller (cpu_intc_phandles[hart]) and its own
 * phandle (plic_phandle). */
Plic *plic_create(Machine *m, uint64_t base, unsigned nsources,
                  unsigned nharts, Fdt *fdt,
                  const uint32_t *cpu_intc_phandles);
/* The input line of source n (1..nsources-1); irq_line's n is the source,
 * which devices write as their "interrupts" cell. */
IrqLine plic_irq_line(Plic *p, unsigned n);
/* Wires a context's output (PLIC_CONTEXT(hart, smode)) to the hart. */
void plic_connect_output(Plic *p, unsigned context, IrqLine out);
uint32_t plic_phandle(const Plic *p);
/* Power-on state (a board reset): priorities, enables, thresholds and
 * flights cleared; inputs still high are pending again. */
void plic_reset(Plic *p);

#endif
