/* SPDX-License-Identifier: MIT */
/*
 * The PLIC. Each source has a gateway: while its input is high and it is
 * not in flight (claimed and not yet completed), it is pending; a level
 * that drops before the claim withdraws the request. A claim returns the
 * highest-priority source that is pending, enabled for the context and
 * above its threshold (ties to the lowest id; 0 when none), clears its
 * pending bit and puts it in flight; completing it ends the flight, and a
 * source whose input is still high is pending again. A context's output
 * is high while a claim would return a source. Priority 0 never
 * interrupts. Registers are 32 bits wide; other sizes, reserved offsets
 * and writes to read-only registers are logged and ignored (reads 0).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/log.h"
#include "hw/plic.h"

enum {
    WORDS = PLIC_MAX_SOURCES / 32,
};

struct Plic {
    unsigned nsources, ncontexts;
    uint32_t phandle;
    uint8_t priority[PLIC_MAX_SOURCES];
    uint32_t level[WORDS];     /* input lines as last driven */
    uint32_t pending[WORDS];
    uint32_t inflight[WORDS];  /* claimed, not yet completed */
    uint32_t enable[PLIC_MAX_CONTEXTS][WORDS];
    uint8_t threshold[PLIC_MAX_CONTEXTS];
    IrqLine out[PLIC_MAX_CONTEXTS];
    bool out_level[PLIC_MAX_CONTEXTS];
};

static bool bit(const uint32_t *w, unsigned n)
{
    return (w[n / 32] >> (n % 32)) & 1;
}

static void set_bit(uint32_t *w, unsigned n, bool v)
{
    if (v) {
        w[n / 32] |= 1u << (n % 32);
    } else {
        w[n / 32] &= ~(1u << (n % 32));
    }
}

/* The source a claim by ctx would return, or 0. */
static unsigned plic_best(const Plic *p, unsigned ctx)
{
    unsigned best = 0, best_prio = p->threshold[ctx];
    for (unsigned w = 0; w < (p->nsources + 31) / 32; w++) {
        uint32_t cand = p->pending[w] & p->enable[ctx][w];
        while (cand) {
            unsigned n = w * 32 + (unsigned)__builtin_ctz(cand);
            cand &= cand - 1;
            if (p->priority[n] > best_prio) {
                best = n;
                best_prio = p->priority[n];
            }
        }
    }
    return best;
}

static void plic_update(Plic *p)
{
    for (unsigned c = 0; c < p->ncontexts; c++) {
        bool level = plic_best(p, c) != 0;
        if (level != p->out_level[c]) {
            p->out_level[c] = level;
            irq_set(p->out[c], level);
        }
    }
}

static void plic_set_input(void *opaque, int n, bool level)
{
    Plic *p = opaque;
    unsigned src = (unsigned)n;

    set_bit(p->level, src, level);
    set_bit(p->pending, src, level && !bit(p->inflight, src));
    plic_update(p);
}

static uint32_t plic_claim(Plic *p, unsigned ctx)
{
    unsigned n = plic_best(p, ctx);
    if (n) {
        set_bit(p->pending, n, false);
        set_bit(p->inflight, n, true);
        plic_update(p);
    }
    return n;
}

static void plic_complete(Plic *p, unsigned ctx, uint32_t n)
{
    if (n == 0 || n >= p->nsources || !bit(p->enable[ctx], n)) {
        /* The specification: ignored when not enabled for the context. */
        log_guest_error("plic: context %u completes source %u not enabled "
                        "for it", ctx, n);
        return;
    }
    set_bit(p->inflight, n, false);
    if (bit(p->level, n)) {
        set_bit(p->pending, n, true);
    }
    plic_update(p);
}

/* The context of a per-context register, or -1 past the last. */
static int plic_context_of(const Plic *p, uint64_t off, uint64_t base,
                           uint64_t stride)
{
    uint64_t c = (off - base) / stride;
    return c < p->ncontexts ? (int)c : -1;
}

static uint64_t plic_read(void *opaque, uint64_t off, unsigned size)
{
    Plic *p = opaque;
    (void)size;

    if (off < PLIC_PENDING_BASE) {
        unsigned n = (unsigned)(off / 4);
        return n < p->nsources ? p->priority[n] : 0;
    }
    if (off < PLIC_PENDING_BASE + WORDS * 4) {
        return p->pending[(off - PLIC_PENDING_BASE) / 4];
    }
    if (off >= PLIC_ENABLE_BASE && off < PLIC_CONTEXT_BASE) {
        int c = plic_context_of(p, off, PLIC_ENABLE_BASE, PLIC_ENABLE_STRIDE);
        unsigned w = (unsigned)((off - PLIC_ENABLE_BASE) % PLIC_ENABLE_STRIDE);
        if (c >= 0) {
            return p->enable[c][w / 4];
        }
    } else if (off >= PLIC_CONTEXT_BASE) {
        int c = plic_context_of(p, off, PLIC_CONTEXT_BASE,
                                PLIC_CONTEXT_STRIDE);
        unsigned r = (unsigned)((off - PLIC_CONTEXT_BASE) %
                                PLIC_CONTEXT_STRIDE);
        if (c >= 0 && r == 0) {
            return p->threshold[c];
        }
        if (c >= 0 && r == 4) {
            return plic_claim(p, (unsigned)c);
        }
    }
    log_guest_error("plic: read at reserved offset 0x%llx",
                    (unsigned long long)off);
    return 0;
}

static void plic_write(void *opaque, uint64_t off, uint64_t val,
                       unsigned size)
{
    Plic *p = opaque;
    (void)size;

    if (off < PLIC_PENDING_BASE) {
        unsigned n = (unsigned)(off / 4);
        if (n != 0 && n < p->nsources) {
            p->priority[n] = val & PLIC_PRIORITY_MASK;
            plic_update(p);
            return;
        }
    } else if (off >= PLIC_ENABLE_BASE && off < PLIC_CONTEXT_BASE) {
        int c = plic_context_of(p, off, PLIC_ENABLE_BASE, PLIC_ENABLE_STRIDE);
        unsigned w = (unsigned)((off - PLIC_ENABLE_BASE) %
                                PLIC_ENABLE_STRIDE) / 4;
        if (c >= 0) {
            /* Source 0 and sources past the last are hardwired to 0. */
            uint32_t valid = ~0u;
            if (w == 0) {
                valid &= ~1u;
            }
            if ((w + 1) * 32 > p->nsources) {
                unsigned live = p->nsources > w * 32 ? p->nsources - w * 32
                                                     : 0;
                valid &= live >= 32 ? ~0u : (1u << live) - 1;
            }
            p->enable[c][w] = (uint32_t)val & valid;
            plic_update(p);
            return;
        }
    } else if (off >= PLIC_CONTEXT_BASE) {
        int c = plic_context_of(p, off, PLIC_CONTEXT_BASE,
                                PLIC_CONTEXT_STRIDE);
        unsigned r = (unsigned)((off - PLIC_CONTEXT_BASE) %
                                PLIC_CONTEXT_STRIDE);
        if (c >= 0 && r == 0) {
            p->threshold[c] = val & PLIC_PRIORITY_MASK;
            plic_update(p);
            return;
        }
        if (c >= 0 && r == 4) {
            plic_complete(p, (unsigned)c, (uint32_t)val);
            return;
        }
    }
    log_guest_error("plic: write of 0x%llx at offset 0x%llx ignored",
                    (unsigned long long)val, (unsigned long long)off);
}

static const MmioOps plic_ops = {
    .name = "plic",
    .read = plic_read,
    .write = plic_write,
    .valid = { .min = 4, .max = 4 },
    .impl = { .min = 4, .max = 4 },
};

static void plic_fdt(Plic *p, Fdt *fdt, uint64_t base, unsigned nharts,
                     const uint32_t *cpu_intc_phandles)
{
    static const char *const compat[] = { "sifive,plic-1.0.0",
                                          "riscv,plic0" };
    uint32_t cells[4 * 8];
    char path[64];

    snprintf(path, sizeof(path), "/soc/plic@%llx", (unsigned long long)base);
    fdt_prop_strlist(fdt, path, "compatible", compat, 2);
    fdt_prop_reg(fdt, path, base, PLIC_SIZE(nharts));
    fdt_prop_empty(fdt, path, "interrupt-controller");
    fdt_prop_u32(fdt, path, "#interrupt-cells", 1);
    fdt_prop_u32(fdt, path, "#address-cells", 0);
    fdt_prop_u32(fdt, path, "riscv,ndev", p->nsources - 1);
    for (unsigned h = 0; h < nharts; h++) {
        cells[4 * h + 0] = cpu_intc_phandles[h];
        cells[4 * h + 1] = 11; /* machine external interrupt */
        cells[4 * h + 2] = cpu_intc_phandles[h];
        cells[4 * h + 3] = 9;  /* supervisor external interrupt */
    }
    fdt_prop_cells(fdt, path, "interrupts-extended", cells, 4 * nharts);
    fdt_prop_u32(fdt, path, "phandle", p->phandle);
}

Plic *plic_create(Machine *m, uint64_t base, unsigned nsources,
                  unsigned nharts, Fdt *fdt,
                  const uint32_t *cpu_intc_phandles)
{
    if (nsources < 2 || nsources > PLIC_MAX_SOURCES || nharts < 1 ||
        nharts > PLIC_MAX_CONTEXTS / 2) {
        fatal("plic: %u sources for %u harts is not supported", nsources,
              nharts);
    }
    Plic *p = calloc(1, sizeof(*p));
    if (!p) {
        fatal("out of memory");
    }
    p->nsources = nsources;
    p->ncontexts = 2 * nharts;
    as_add_mmio(&m->as, "plic", base, PLIC_SIZE(nharts), 0, &plic_ops, p);
    if (fdt) {
        p->phandle = fdt_alloc_phandle(fdt);
        plic_fdt(p, fdt, base, nharts, cpu_intc_phandles);
    }
    return p;
}

IrqLine plic_irq_line(Plic *p, unsigned n)
{
    if (n == 0 || n >= p->nsources) {
        fatal("plic: no interrupt source %u", n);
    }
    return irq_line(plic_set_input, p, (int)n);
}

void plic_connect_output(Plic *p, unsigned context, IrqLine out)
{
    if (context >= p->ncontexts) {
        fatal("plic: no context %u", context);
    }
    p->out[context] = out;
    irq_set(out, p->out_level[context]);
}

uint32_t plic_phandle(const Plic *p) { return p->phandle; }

void plic_reset(Plic *p)
{
    memset(p->priority, 0, sizeof(p->priority));
    memset(p->inflight, 0, sizeof(p->inflight));
    memset(p->enable, 0, sizeof(p->enable));
    memset(p->threshold, 0, sizeof(p->threshold));
    memcpy(p->pending, p->level, sizeof(p->pending));
    plic_update(p);
}
