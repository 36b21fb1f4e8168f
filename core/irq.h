/* SPDX-License-Identifier: MIT */
/*
 * Interrupt lines: a small value type a device holds and raises or lowers
 * with irq_set(); whoever receives the line (an interrupt controller, a
 * CPU's pending bits) supplies the handler and which input it is.
 */
#ifndef CORE_IRQ_H
#define CORE_IRQ_H

#include <stdbool.h>
#include <stddef.h>

typedef struct IrqLine {
    void (*handler)(void *opaque, int n, bool level);
    void *opaque;
    int n;
} IrqLine;

static inline IrqLine irq_line(void (*handler)(void *, int, bool),
                               void *opaque, int n)
{
    return (IrqLine){ .handler = handler, .opaque = opaque, .n = n };
}

/* Drive the line; a line with no receiver goes nowhere. */
static inline void irq_set(IrqLine l, bool level)
{
    if (l.handler) {
        l.handler(l.opaque, l.n, level);
    }
}

#endif
