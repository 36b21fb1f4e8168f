/* SPDX-License-Identifier: MIT */
/*
 * The CLINT for up to CLINT_MAX_HARTS harts: msip of hart n at +4n,
 * mtimecmp at +0x4000 + 8n, one mtime at +0xbff8 (4- or 8-byte
 * accesses; offsets of harts that do not exist read 0). mtime counts at
 * 10 MHz from the host's monotonic clock. Each hart samples its lines
 * itself (RvIrqSource); one timer thread only wakes a hart, with
 * cpu_exit(), when mtime reaches its mtimecmp or its Sstc stimecmp, so
 * generated code never has to poll the clock. Under -icount mtime follows
 * the virtual clock instead, and the deadlines are icount timers: no
 * thread, no host time.
 */
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <time.h>

#include "core/icount.h"
#include "core/log.h"
#include "hw/clint.h"

enum {
    CLINT_MSIP = 0x0,
    CLINT_MTIMECMP = 0x4000,
    CLINT_MTIME = 0xbff8,
};

typedef struct Clint Clint;

/* One hart's registers and wake-ups; the opaque of its RvIrqSource. */
typedef struct ClintHart {
    Clint *c;
    CPUState *cs;
    uint32_t msip;
    uint64_t mtimecmp;     /* written under lock, read atomically */
    /* Under lock: the deadlines the thread wakes the hart at (mtimecmp,
     * stimecmp) and whether each has fired since it was set. */
    uint64_t deadline[2];
    bool fired[2];
    IcountTimer vtimer[2]; /* -icount: the same deadlines, virtual */
} ClintHart;

struct Clint {
    unsigned nharts;
    int64_t mtime_offset;  /* mtime = host ticks + offset */
    pthread_mutex_t lock;
    pthread_cond_t cond;   /* a deadline changed */
    ClintHart hart[CLINT_MAX_HARTS];
};

static uint64_t host_ticks(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * CLINT_TIMEBASE_HZ +
           (uint64_t)ts.tv_nsec / (1000000000 / CLINT_TIMEBASE_HZ);
}

/* The counter mtime is offset from: host or virtual time in ticks. */
static uint64_t clint_ticks(void)
{
    if (icount_enabled) {
        return icount_now_ns() / (1000000000 / CLINT_TIMEBASE_HZ);
    }
    return host_ticks();
}

static uint64_t clint_now(Clint *c)
{
    return clint_ticks() + (uint64_t)__atomic_load_n(&c->mtime_offset,
                                                     __ATOMIC_RELAXED);
}

/* -icount: arm hart h's deadline i at the virtual time mtime reaches
 * cmp. */
static void clint_vtimer_arm(ClintHart *h, unsigned i, uint64_t cmp)
{
    uint64_t now = clint_now(h->c), ticks = clint_ticks();
    uint64_t ns_per_tick = 1000000000 / CLINT_TIMEBASE_HZ;
    uint64_t at;
    if (cmp == ~0ull) {
        at = UINT64_MAX;
    } else if (cmp <= now) {
        at = 0; /* already due: stop at the next block boundary */
    } else if (cmp - now > (UINT64_MAX / ns_per_tick) - ticks) {
        at = UINT64_MAX; /* beyond the clock's range */
    } else {
        at = (ticks + (cmp - now)) * ns_per_tick;
    }
    icount_timer_mod(&h->vtimer[i], at);
}

static uint64_t clint_mtime(void *opaque)
{
    ClintHart *h = opaque;
    return clint_now(h->c);
}

static uint64_t clint_pending(void *opaque)
{
    ClintHart *h = opaque;
    uint64_t mip = 0;
    if (__atomic_load_n(&h->msip, __ATOMIC_RELAXED) & 1) {
        mip |= MIP_MSIP;
    }
    if (clint_now(h->c) >= __atomic_load_n(&h->mtimecmp, __ATOMIC_RELAXED)) {
        mip |= MIP_MTIP;
    }
    return mip;
}

/* Sleeps until mtime reaches the earliest deadline of any hart, kicks
 * that hart, and waits for the next deadline change. */
static void *clint_timer_thread(void *opaque)
{
    Clint *c = opaque;
    pthread_mutex_lock(&c->lock);
    for (;;) {
        uint64_t now = clint_now(c), next = ~0ull;
        for (unsigned n = 0; n < 2 * c->nharts; n++) {
            ClintHart *h = &c->hart[n / 2];
            unsigned i = n % 2;
            if (h->fired[i]) {
                continue;
            }
            if (now >= h->deadline[i]) {
                h->fired[i] = true;
                cpu_exit(h->cs);
            } else if (h->deadline[i] < next) {
                next = h->deadline[i];
            }
        }
        if (next == ~0ull) {
            pthread_cond_wait(&c->cond, &c->lock);
            continue;
        }
        /* Host time of the deadline, on the condition's clock. */
        uint64_t wait = next - now;
        if (wait > 3600ull * CLINT_TIMEBASE_HZ) {
            wait = 3600ull * CLINT_TIMEBASE_HZ;
        }
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        uint64_t ns = (uint64_t)ts.tv_nsec +
                      wait * (1000000000 / CLINT_TIMEBASE_HZ);
        ts.tv_sec += (time_t)(ns / 1000000000);
        ts.tv_nsec = (long)(ns % 1000000000);
        pthread_cond_timedwait(&c->cond, &c->lock, &ts);
    }
    return NULL;
}

static uint64_t half(uint64_t v, uint64_t off, unsigned size)
{
    v >>= 8 * (off & 4);
    return size == 8 ? v : (uint32_t)v;
}

static uint64_t merge(uint64_t old, uint64_t off, uint64_t val, unsigned size)
{
    if (size == 8) {
        return val;
    }
    unsigned sh = 8 * (off & 4);
    return (old & ~(0xffffffffull << sh)) | ((uint64_t)(uint32_t)val << sh);
}

/* The hart whose msip (stride 4) or mtimecmp (stride 8) register array
 * at base holds off, or NULL. */
static ClintHart *clint_hart_at(Clint *c, uint64_t off, uint64_t base,
                                unsigned stride)
{
    if (off < base || off >= base + (uint64_t)stride * c->nharts) {
        return NULL;
    }
    return &c->hart[(off - base) / stride];
}

static uint64_t clint_read(void *opaque, uint64_t off, unsigned size)
{
    Clint *c = opaque;
    ClintHart *h;
    if ((h = clint_hart_at(c, off, CLINT_MSIP, 4)) && size == 4) {
        return __atomic_load_n(&h->msip, __ATOMIC_RELAXED);
    }
    if ((h = clint_hart_at(c, off, CLINT_MTIMECMP, 8))) {
        return half(__atomic_load_n(&h->mtimecmp, __ATOMIC_RELAXED), off,
                    size);
    }
    if (off >= CLINT_MTIME && off < CLINT_MTIME + 8) {
        return half(clint_now(c), off, size);
    }
    log_guest_error("clint: read of %u bytes at +%#llx", size,
                    (unsigned long long)off);
    return 0;
}

static void clint_write(void *opaque, uint64_t off, uint64_t val,
                        unsigned size)
{
    Clint *c = opaque;
    ClintHart *h;
    if ((h = clint_hart_at(c, off, CLINT_MSIP, 4)) && size == 4) {
        __atomic_store_n(&h->msip, (uint32_t)val & 1, __ATOMIC_RELAXED);
        cpu_exit(h->cs); /* take the interrupt at the next block boundary */
    } else if ((h = clint_hart_at(c, off, CLINT_MTIMECMP, 8))) {
        pthread_mutex_lock(&c->lock);
        __atomic_store_n(&h->mtimecmp, merge(h->mtimecmp, off, val, size),
                         __ATOMIC_RELAXED);
        h->deadline[0] = h->mtimecmp;
        h->fired[0] = false;
        if (icount_enabled) {
            clint_vtimer_arm(h, 0, h->deadline[0]);
        }
        pthread_cond_signal(&c->cond);
        pthread_mutex_unlock(&c->lock);
        cpu_exit(h->cs);
    } else if (off >= CLINT_MTIME && off < CLINT_MTIME + 8) {
        pthread_mutex_lock(&c->lock);
        uint64_t now = merge(clint_now(c), off, val, size);
        __atomic_store_n(&c->mtime_offset, (int64_t)(now - clint_ticks()),
                         __ATOMIC_RELAXED);
        for (unsigned i = 0; i < c->nharts; i++) {
            ClintHart *t = &c->hart[i];
            t->fired[0] = t->fired[1] = false;
            if (icount_enabled) {
                clint_vtimer_arm(t, 0, t->deadline[0]);
                clint_vtimer_arm(t, 1, t->deadline[1]);
            }
            cpu_exit(t->cs);
        }
        pthread_cond_signal(&c->cond);
        pthread_mutex_unlock(&c->lock);
    } else {
        log_guest_error("clint: write of %u bytes at +%#llx", size,
                        (unsigned long long)off);
    }
}

static void clint_set_stimer(void *opaque, uint64_t deadline)
{
    ClintHart *h = opaque;
    Clint *c = h->c;
    pthread_mutex_lock(&c->lock);
    h->deadline[1] = deadline;
    h->fired[1] = false;
    if (icount_enabled) {
        clint_vtimer_arm(h, 1, deadline);
    }
    pthread_cond_signal(&c->cond);
    pthread_mutex_unlock(&c->lock);
}

static const MmioOps clint_ops = {
    .name = "clint",
    .read = clint_read,
    .write = clint_write,
    .valid = { .min = 4, .max = 8 },
    .impl = { .min = 4, .max = 8 },
};

void clint_create(Machine *m, uint64_t base, RVCPU *const *cpus,
                  unsigned nharts)
{
    if (nharts < 1 || nharts > CLINT_MAX_HARTS) {
        fatal("clint: %u harts is not supported", nharts);
    }
    Clint *c = calloc(1, sizeof(*c));
    if (!c) {
        fatal("out of memory");
    }
    c->nharts = nharts;
    for (unsigned i = 0; i < nharts; i++) {
        ClintHart *h = &c->hart[i];
        h->c = c;
        h->cs = &cpus[i]->cs;
        h->mtimecmp = ~0ull;
        h->deadline[0] = h->deadline[1] = ~0ull;
        cpus[i]->env.irq_src = (RvIrqSource){
            .pending = clint_pending,
            .mtime = clint_mtime,
            .set_stimer = clint_set_stimer,
            .opaque = h,
        };
    }
    c->mtime_offset = -(int64_t)clint_ticks(); /* mtime starts at 0 */
    pthread_mutex_init(&c->lock, NULL);
    pthread_condattr_t attr;
    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    pthread_cond_init(&c->cond, &attr);
    pthread_condattr_destroy(&attr);
    as_add_mmio(&m->as, "clint", base, CLINT_SIZE, 0, &clint_ops, c);
    if (icount_enabled) {
        for (unsigned i = 0; i < nharts; i++) {
            clint_vtimer_arm(&c->hart[i], 0, c->hart[i].mtimecmp);
            clint_vtimer_arm(&c->hart[i], 1, ~0ull);
        }
        return;
    }
    pthread_t t;
    if (pthread_create(&t, NULL, clint_timer_thread, c) != 0) {
        fatal("clint: cannot start the timer thread");
    }
    pthread_detach(t);
}
