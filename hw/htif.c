/* SPDX-License-Identifier: MIT */
/*
 * HTIF device. Commands written to tohost:
 *   device 0, command 0, payload odd:  exit with code payload >> 1
 *   device 0, command 0, payload even: a proxied system call whose
 *       arguments are eight 64-bit words at guest address payload
 *       (write(fd, buf, len) = 64 and exit(code) = 93 are served)
 *   device 1, command 1: write the low byte to the console
 * After a command tohost reads as 0 again and fromhost gets the answer.
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "core/log.h"
#include "hw/htif.h"

typedef struct Htif {
    Machine *m;
    uint64_t tohost;
    uint64_t fromhost_addr;
    bool has_fromhost;
} Htif;

enum {
    SYS_WRITE = 64,
    SYS_EXIT = 93,
};

static void answer(Htif *h, uint64_t v)
{
    if (h->has_fromhost &&
        as_write(&h->m->as, h->fromhost_addr, 8, v) != MEMTX_OK) {
        log_guest_error("htif: fromhost is not writable");
    }
}

static uint64_t do_syscall(Htif *h, uint64_t addr)
{
    uint64_t a[8];
    if (!as_read_bytes(&h->m->as, addr, a, sizeof(a))) {
        log_guest_error("htif: syscall block at 0x%llx unreadable",
                        (unsigned long long)addr);
        return (uint64_t)-14; /* EFAULT */
    }
    switch (a[0]) {
    case SYS_WRITE: {
        if (a[1] != 1 && a[1] != 2) {
            return (uint64_t)-9; /* EBADF */
        }
        if (a[3] > (1u << 20)) {
            return (uint64_t)-22;
        }
        char *buf = malloc(a[3] + 1);
        if (!buf || !as_read_bytes(&h->m->as, a[2], buf, a[3])) {
            free(buf);
            return (uint64_t)-14;
        }
        fflush(stdout);
        ssize_t n = write((int)a[1], buf, a[3]);
        free(buf);
        return n < 0 ? (uint64_t)-5 : (uint64_t)n;
    }
    case SYS_EXIT:
        machine_request_shutdown(h->m, (int)a[1]);
        return 0;
    default:
        log_unimp("htif: system call %llu", (unsigned long long)a[0]);
        return (uint64_t)-38; /* ENOSYS */
    }
}

static void command(Htif *h, uint64_t v)
{
    unsigned dev = v >> 56, cmd = (v >> 48) & 0xff;
    uint64_t payload = v & 0xffffffffffffull;

    h->tohost = 0;
    if (v == 0) {
        return; /* tohost cleared, no command (spike acts on non-zero) */
    }
    if (dev == 0 && cmd == 0) {
        if (payload & 1) {
            fflush(stdout);
            machine_request_shutdown(h->m, (int)(payload >> 1));
            return;
        }
        uint64_t ret = do_syscall(h, payload);
        if (!as_write_bytes(&h->m->as, payload, &ret, 8)) {
            log_guest_error("htif: syscall result not writable");
        }
        answer(h, 1);
    } else if (dev == 1 && cmd == 1) {
        putchar((int)(payload & 0xff));
        if ((payload & 0xff) == '\n') {
            fflush(stdout);
        }
        answer(h, (uint64_t)dev << 56 | (uint64_t)cmd << 48);
    } else if (dev == 1 && cmd == 0) {
        /* Console input: nothing to read yet; no answer. */
    } else {
        log_guest_error("htif: unknown command %#llx", (unsigned long long)v);
    }
}

static uint64_t htif_read(void *opaque, uint64_t off, unsigned size)
{
    Htif *h = opaque;
    uint64_t v = h->tohost >> (8 * off);
    return size == 8 ? v : v & ((1ull << (8 * size)) - 1);
}

/* A 64-bit store acts at once; a pair of 32-bit stores acts on the upper
 * half, as RV32 software writes it low word first. */
static void htif_write(void *opaque, uint64_t off, uint64_t val, unsigned size)
{
    Htif *h = opaque;
    if (size == 8) {
        command(h, val);
    } else if (off == 0) {
        h->tohost = (h->tohost & ~0xffffffffull) | (uint32_t)val;
    } else {
        command(h, (h->tohost & 0xffffffffull) | val << 32);
    }
}

static const MmioOps htif_ops = {
    .name = "htif",
    .read = htif_read,
    .write = htif_write,
    .valid = { .min = 4, .max = 8 },
    .impl = { .min = 4, .max = 8 },
};

void htif_create(Machine *m, uint64_t tohost, bool has_fromhost,
                 uint64_t fromhost)
{
    Htif *h = calloc(1, sizeof(*h));
    if (!h) {
        fatal("out of memory");
    }
    h->m = m;
    h->fromhost_addr = fromhost;
    h->has_fromhost = has_fromhost;
    as_add_mmio(&m->as, "htif", tohost, 8, 1, &htif_ops, h);
}
