/* SPDX-License-Identifier: MIT */
/*
 * The CLINT for one hart: msip at +0, mtimecmp at +0x4000, mtime at
 * +0xbff8 (4- or 8-byte accesses). mtime counts at 10 MHz from the host's
 * monotonic clock. The hart samples the lines itself (RvIrqSource); a
 * timer thread only wakes it, with cpu_exit(), when mtime reaches
 * mtimecmp or the hart's Sstc stimecmp, so generated code never has to
 * poll the clock. Under -icount mtime follows the virtual clock instead,
 * and the two deadlines are icount timers: no thread, no host time.
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

typedef struct Clint {
    CPUState *cs;
    uint32_t msip;
    uint64_t mtimecmp;     /* written under lock, read atomically */
    int64_t mtime_offset;  /* mtime = host ticks + offset */
    pthread_mutex_t lock;
    pthread_cond_t cond;   /* a deadline changed */
    /* Under lock: the deadlines the thread wakes the hart at (mtimecmp,
     * stimecmp) and whether each has fired since it was set. */
    uint64_t deadline[2];
    bool fired[2];
    IcountTimer vtimer[2]; /* -icount: the same deadlines, virtual */
} Clint;

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

static uint64_t clint_mtime(void *opaque)
{
    Clint *c = opaque;
    return clint_ticks() + (uint64_t)__atomic_load_n(&c->mtime_offset,
                                                     __ATOMIC_RELAXED);
}

/* -icount: arm deadline i at the virtual time mtime reaches cmp. */
static void clint_vtimer_arm(Clint *c, unsigned i, uint64_t cmp)
{
    uint64_t now = clint_mtime(c), ticks = clint_ticks();
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
    icount_timer_mod(&c->vtimer[i], at);
}

static uint64_t clint_pending(void *opaque)
{
    Clint *c = opaque;
    uint64_t mip = 0;
    if (__atomic_load_n(&c->msip, __ATOMIC_RELAXED) & 1) {
        mip |= MIP_MSIP;
    }
    if (clint_mtime(c) >= __atomic_load_n(&c->mtimecmp, __ATOMIC_RELAXED)) {
        mip |= MIP_MTIP;
    }
    return mip;
}

/* Sleeps until mtime reaches mtimecmp, kicks the hart, and waits for the
 * next mtimecmp write. */
static void *clint_timer_thread(void *opaque)
{
    Clint *c = opaque;
    pthread_mutex_lock(&c->lock);
    for (;;) {
        uint64_t now = clint_mtime(c), next = ~0ull;
        for (unsigned i = 0; i < 2; i++) {
            if (c->fired[i]) {
                continue;
            }
            if (now >= c->deadline[i]) {
                c->fired[i] = true;
                cpu_exit(c->cs);
            } else if (c->deadline[i] < next) {
                next = c->deadline[i];
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

static uint64_t clint_read(void *opaque, uint64_t off, unsigned size)
{
    Clint *c = opaque;
    if (off < CLINT_MSIP + 4 && size == 4) {
        return c->msip;
    }
    if (off >= CLINT_MTIMECMP && off < CLINT_MTIMECMP + 8) {
        return half(__atomic_load_n(&c->mtimecmp, __ATOMIC_RELAXED), off,
                    size);
    }
    if (off >= CLINT_MTIME && off < CLINT_MTIME + 8) {
        return half(clint_mtime(c), off, size);
    }
    log_guest_error("clint: read of %u bytes at +%#llx", size,
                    (unsigned long long)off);
    return 0;
}

static void clint_write(void *opaque, uint64_t off, uint64_t val,
                        unsigned size)
{
    Clint *c = opaque;
    if (off < CLINT_MSIP + 4 && size == 4) {
        __atomic_store_n(&c->msip, (uint32_t)val & 1, __ATOMIC_RELAXED);
        cpu_exit(c->cs); /* take the interrupt at the next block boundary */
    } else if (off >= CLINT_MTIMECMP && off < CLINT_MTIMECMP + 8) {
        pthread_mutex_lock(&c->lock);
        __atomic_store_n(&c->mtimecmp, merge(c->mtimecmp, off, val, size),
                         __ATOMIC_RELAXED);
        c->deadline[0] = c->mtimecmp;
        c->fired[0] = false;
        if (icount_enabled) {
            clint_vtimer_arm(c, 0, c->deadline[0]);
        }
        pthread_cond_signal(&c->cond);
        pthread_mutex_unlock(&c->lock);
        cpu_exit(c->cs);
    } else if (off >= CLINT_MTIME && off < CLINT_MTIME + 8) {
        pthread_mutex_lock(&c->lock);
        uint64_t now = merge(clint_mtime(c), off, val, size);
        __atomic_store_n(&c->mtime_offset, (int64_t)(now - clint_ticks()),
                         __ATOMIC_RELAXED);
        c->fired[0] = c->fired[1] = false;
        if (icount_enabled) {
            clint_vtimer_arm(c, 0, c->deadline[0]);
            clint_vtimer_arm(c, 1, c->deadline[1]);
        }
        pthread_cond_signal(&c->cond);
        pthread_mutex_unlock(&c->lock);
        cpu_exit(c->cs);
    } else {
        log_guest_error("clint: write of %u bytes at +%#llx", size,
                        (unsigned long long)off);
    }
}

static void clint_set_stimer(void *opaque, uint64_t deadline)
{
    Clint *c = opaque;
    pthread_mutex_lock(&c->lock);
    c->deadline[1] = deadline;
    c->fired[1] = false;
    if (icount_enabled) {
        clint_vtimer_arm(c, 1, deadline);
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

void clint_create(Machine *m, uint64_t base, RVCPU *cpu)
{
    Clint *c = calloc(1, sizeof(*c));
    if (!c) {
        fatal("out of memory");
    }
    c->cs = &cpu->cs;
    c->mtimecmp = ~0ull;
    c->deadline[0] = c->deadline[1] = ~0ull;
    c->mtime_offset = -(int64_t)clint_ticks(); /* mtime starts at 0 */
    pthread_mutex_init(&c->lock, NULL);
    pthread_condattr_t attr;
    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    pthread_cond_init(&c->cond, &attr);
    pthread_condattr_destroy(&attr);
    as_add_mmio(&m->as, "clint", base, CLINT_SIZE, 0, &clint_ops, c);
    cpu->env.irq_src = (RvIrqSource){
        .pending = clint_pending,
        .mtime = clint_mtime,
        .set_stimer = clint_set_stimer,
        .opaque = c,
    };
    if (icount_enabled) {
        clint_vtimer_arm(c, 0, c->mtimecmp);
        clint_vtimer_arm(c, 1, ~0ull);
        return;
    }
    pthread_t t;
    if (pthread_create(&t, NULL, clint_timer_thread, c) != 0) {
        fatal("clint: cannot start the timer thread");
    }
    pthread_detach(t);
}
