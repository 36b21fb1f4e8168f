/* SPDX-License-Identifier: MIT */
/*
 * virtio-console; see virtio-console.h. Configuration space: le16 cols,
 * le16 rows (valid with CONSOLE_F_SIZE), le32 max_nr_ports (1; only
 * meaningful with MULTIPORT), le32 emerg_wr (write-only: its low byte goes
 * straight to the back end, even before the queues are set up).
 *
 * Receive: the device pops one receive buffer and keeps it until input
 * arrives, then fills it with what the back end has (up to 4 KiB) and
 * hands it back; a reset, or the driver setting the queue up again, drops
 * it. Transmit: every readable byte of a chain goes to the back
 * end, at most 1 MiB per chain (a guest could otherwise make one notify
 * write gigabytes by pointing a thousand segments at the same RAM).
 */
#include <stdlib.h>

#include "core/log.h"
#include "hw/virtio-console.h"

enum {
    RXQ = 0,
    TXQ = 1,
    QUEUE_SIZE = 128,
    RX_CHUNK = 4096,
    TX_CHUNK = 4096,
    TX_MAX_CHAIN = 1 << 20,
    CONFIG_SIZE = 12,
    CONFIG_EMERG_WR = 8,
};

typedef struct VirtioConsole {
    VirtioDevice vdev;  /* first: the ops receive &vdev */
    CharBackend *chr;
    uint16_t cols, rows;
    bool rx_held;       /* rx is a popped receive buffer not yet filled */
    VirtqElem rx, tx;
    uint8_t buf[RX_CHUNK > TX_CHUNK ? RX_CHUNK : TX_CHUNK];
} VirtioConsole;

static uint32_t con_config_read(VirtioDevice *d, uint32_t off, unsigned size)
{
    VirtioConsole *c = (VirtioConsole *)d;
    uint8_t cfg[CONFIG_SIZE] = {
        [0] = c->cols, [1] = c->cols >> 8,
        [2] = c->rows, [3] = c->rows >> 8,
        [4] = 1, /* max_nr_ports; emerg_wr reads 0 */
    };
    uint32_t v = 0;
    for (unsigned i = 0; i < size; i++) {
        v |= (uint32_t)cfg[off + i] << (8 * i);
    }
    return v;
}

static void con_config_write(VirtioDevice *d, uint32_t off, uint32_t val,
                             unsigned size)
{
    VirtioConsole *c = (VirtioConsole *)d;
    if (off != CONFIG_EMERG_WR) {
        log_guest_error("virtio-console: config write of %u bytes at %u "
                        "(only emerg_wr is writable)", size, off);
        return;
    }
    uint8_t b = val;
    chardev_write(c->chr, &b, 1);
}

static void con_tx(VirtioConsole *c)
{
    VirtioDevice *d = &c->vdev;
    VirtQueue *vq = &d->vq[TXQ];
    bool pushed = false;
    VqPop p;

    while ((p = vq_pop(vq, &c->tx)) == VQ_OK) {
        uint64_t len = c->tx.out_len;
        if (len > TX_MAX_CHAIN) {
            log_guest_error("virtio-console: %llu-byte chain cut to %u",
                            (unsigned long long)len, TX_MAX_CHAIN);
            len = TX_MAX_CHAIN;
        }
        for (uint64_t off = 0; off < len;) {
            size_t n = len - off < TX_CHUNK ? len - off : TX_CHUNK;
            if (!vq_read(vq, &c->tx, off, c->buf, n)) {
                virtio_error(d, "transmit buffer no longer RAM");
                return;
            }
            chardev_write(c->chr, c->buf, n);
            off += n;
        }
        if (!vq_push(vq, &c->tx, 0)) {
            virtio_error(d, "used ring not writable");
            return;
        }
        pushed = true;
    }
    if (p == VQ_BROKEN) {
        virtio_error(d, "malformed buffer on the transmit queue");
    }
    if (pushed) {
        virtio_notify(d, TXQ);
    }
}

void virtio_console_poll(VirtioDevice *d)
{
    VirtioConsole *c = (VirtioConsole *)d;
    VirtQueue *vq = &d->vq[RXQ];
    bool pushed = false;

    if (!(d->status & VIRTIO_S_DRIVER_OK) || d->broken || !vq->ready) {
        return;
    }
    /* The held buffer is the queue's only one in flight (last_avail is
     * used_idx + 1) unless the driver set the queue up again since, which
     * zeroes both: then it belongs to the old ring and is forgotten. */
    if (c->rx_held && (uint16_t)(vq->last_avail - vq->used_idx) != 1) {
        c->rx_held = false;
    }
    for (;;) {
        if (!c->rx_held) {
            VqPop p = vq_pop(vq, &c->rx);
            if (p == VQ_BROKEN) {
                virtio_error(d, "malformed buffer on the receive queue");
                return;
            }
            if (p == VQ_EMPTY) {
                break;
            }
            c->rx_held = true;
        }
        size_t cap = c->rx.in_len < RX_CHUNK ? c->rx.in_len : RX_CHUNK;
        size_t n = 0;
        while (n < cap) {
            int ch = chardev_read(c->chr);
            if (ch < 0) {
                break;
            }
            c->buf[n++] = (uint8_t)ch;
        }
        /* A buffer with no writable byte goes back empty at once. */
        if (n == 0 && cap != 0) {
            break;
        }
        if (!vq_write(vq, &c->rx, 0, c->buf, n) ||
            !vq_push(vq, &c->rx, n)) {
            virtio_error(d, "receive buffer or used ring not writable");
            return;
        }
        c->rx_held = false;
        pushed = true;
    }
    if (pushed) {
        virtio_notify(d, RXQ);
    }
}

static void con_notify(VirtioDevice *d, unsigned q)
{
    if (q == TXQ) {
        con_tx((VirtioConsole *)d);
    } else {
        virtio_console_poll(d);
    }
}

static void con_reset(VirtioDevice *d)
{
    ((VirtioConsole *)d)->rx_held = false;
}

static const VirtioDeviceOps con_ops = {
    .name = "virtio-console",
    .device_id = VIRTIO_ID_CONSOLE,
    .num_queues = 2,
    .config_size = CONFIG_SIZE,
    .config_read = con_config_read,
    .config_write = con_config_write,
    .queue_notify = con_notify,
    .reset = con_reset,
};

VirtioDevice *virtio_console_new(CharBackend *chr)
{
    VirtioConsole *c = calloc(1, sizeof(*c));
    if (!c) {
        fatal("out of memory");
    }
    c->chr = chr;
    uint64_t features = VIRTIO_CONSOLE_F_EMERG_WRITE;
    if (chardev_winsize(chr, &c->cols, &c->rows)) {
        features |= VIRTIO_CONSOLE_F_SIZE;
    }
    virtio_init(&c->vdev, &con_ops, features, QUEUE_SIZE);
    return &c->vdev;
}
