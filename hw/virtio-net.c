/* SPDX-License-Identifier: MIT */
/*
 * virtio-net; see virtio-net.h. Queue 0 receives, queue 1 transmits.
 *
 * Transmit: a chain is the header and the frame, device-readable. Chains
 * too short for the header, frames over NET_MAX_FRAME and headers asking
 * for offloads we did not offer are logged and dropped; the chain still
 * goes back to the driver (used length 0). Only a chain that breaks the
 * ring's rules (vq_pop()) breaks the device.
 *
 * Receive: each frame takes one writable chain, which must hold the header
 * and the whole frame (no mergeable buffers); a chain that is too small is
 * handed back empty and the frame dropped. Frames that arrive while the
 * driver has no buffers posted wait in a small queue, drained when it
 * posts more; beyond that they are dropped, as a full card would.
 */
#include <stdlib.h>
#include <string.h>

#include "core/log.h"
#include "hw/virtio-net.h"

enum {
    NET_F_MAC = 1 << 5,
    NET_F_STATUS = 1 << 16,
    NET_S_LINK_UP = 1,

    RXQ = 0,
    TXQ = 1,
    QUEUE_SIZE = 256,
    HDR_SIZE = 12,      /* flags, gso_type, hdr_len, gso_size, csum_start,
                           csum_offset, num_buffers */
    HDR_F_NEEDS_CSUM = 1,
    GSO_NONE = 0,
    CONFIG_SIZE = 10,   /* mac[6], le16 status, le16 max_virtqueue_pairs */
    PENDING = 64,       /* frames waiting for receive buffers */
};

typedef struct PendingFrame {
    uint16_t len;
    uint8_t data[NET_MAX_FRAME];
} PendingFrame;

typedef struct VirtioNet {
    VirtioDevice vdev;  /* first: the ops receive &vdev */
    NetBackend *nb;
    uint8_t mac[6];
    VirtqElem rx_elem, tx_elem;
    uint8_t tx_buf[HDR_SIZE + NET_MAX_FRAME];
    PendingFrame pending[PENDING];
    unsigned pending_head, pending_count;
} VirtioNet;

static bool rx_live(const VirtioNet *n)
{
    const VirtioDevice *d = &n->vdev;
    return (d->status & VIRTIO_S_DRIVER_OK) && !d->broken &&
           d->vq[RXQ].ready;
}

/* Puts one frame into the next receive chain. False when the driver has
 * posted none (the frame is not consumed) or the device broke. */
static bool rx_one(VirtioNet *n, const uint8_t *frame, size_t len,
                   bool *pushed)
{
    VirtioDevice *d = &n->vdev;
    VirtQueue *vq = &d->vq[RXQ];
    VirtqElem *e = &n->rx_elem;
    uint8_t hdr[HDR_SIZE] = { 0 };
    uint32_t written = 0;

    VqPop r = vq_pop(vq, e);
    if (r == VQ_BROKEN) {
        virtio_error(d, "malformed receive buffer");
        return false;
    }
    if (r == VQ_EMPTY) {
        return false;
    }
    hdr[10] = 1; /* num_buffers: the whole frame is in this chain */
    if (e->in_len < HDR_SIZE + len) {
        log_guest_error("virtio-net: receive buffer of %llu bytes for a "
                        "%zu-byte frame; frame dropped",
                        (unsigned long long)e->in_len, len);
    } else if (!vq_write(vq, e, 0, hdr, HDR_SIZE) ||
               !vq_write(vq, e, HDR_SIZE, frame, len)) {
        virtio_error(d, "receive buffer not writable");
        return false;
    } else {
        written = HDR_SIZE + (uint32_t)len;
    }
    if (!vq_push(vq, e, written)) {
        virtio_error(d, "receive used ring not writable");
        return false;
    }
    *pushed = true;
    return true;
}

/* Delivers waiting frames while the driver has buffers for them. */
static void rx_drain(VirtioNet *n)
{
    bool pushed = false;
    while (n->pending_count && rx_live(n)) {
        PendingFrame *f = &n->pending[n->pending_head];
        if (!rx_one(n, f->data, f->len, &pushed)) {
            break;
        }
        n->pending_head = (n->pending_head + 1) % PENDING;
        n->pending_count--;
    }
    if (pushed) {
        virtio_notify(&n->vdev, RXQ);
    }
}

static void net_receive(void *opaque, const uint8_t *frame, size_t len)
{
    VirtioNet *n = opaque;
    if (!rx_live(n) || len > NET_MAX_FRAME) {
        return; /* no driver yet: the link drops it */
    }
    if (n->pending_count == PENDING) {
        log_guest_error("virtio-net: no receive buffers; frame dropped");
        return;
    }
    PendingFrame *f = &n->pending[(n->pending_head + n->pending_count) %
                                  PENDING];
    f->len = (uint16_t)len;
    memcpy(f->data, frame, len);
    n->pending_count++;
    rx_drain(n);
}

/* Sends the frame of one transmit chain, or says why not. */
static void tx_one(VirtioNet *n, const VirtqElem *e)
{
    VirtQueue *vq = &n->vdev.vq[TXQ];
    if (e->out_len < HDR_SIZE || e->out_len > sizeof(n->tx_buf)) {
        log_guest_error("virtio-net: transmit chain of %llu bytes (header "
                        "%u, frame at most %u); dropped",
                        (unsigned long long)e->out_len, HDR_SIZE,
                        NET_MAX_FRAME);
        return;
    }
    size_t len = e->out_len;
    if (!vq_read(vq, e, 0, n->tx_buf, len)) {
        log_guest_error("virtio-net: transmit buffer not readable");
        return;
    }
    uint8_t flags = n->tx_buf[0], gso = n->tx_buf[1];
    if ((flags & HDR_F_NEEDS_CSUM) || gso != GSO_NONE) {
        log_guest_error("virtio-net: transmit header asks for offloads "
                        "(flags %#x, gso %#x) not offered; dropped", flags,
                        gso);
        return;
    }
    n->nb->transmit(n->nb, n->tx_buf + HDR_SIZE, len - HDR_SIZE);
}

static void tx_notify(VirtioNet *n)
{
    VirtioDevice *d = &n->vdev;
    VirtQueue *vq = &d->vq[TXQ];
    bool pushed = false;
    VqPop r = VQ_EMPTY;

    /* Bounded: each pop consumes one avail entry the driver published. */
    while (!d->broken && (r = vq_pop(vq, &n->tx_elem)) == VQ_OK) {
        tx_one(n, &n->tx_elem);
        if (!vq_push(vq, &n->tx_elem, 0)) {
            virtio_error(d, "transmit used ring not writable");
            return;
        }
        pushed = true;
    }
    if (!d->broken && r == VQ_BROKEN) {
        virtio_error(d, "malformed transmit chain");
    }
    if (pushed) {
        virtio_notify(d, TXQ);
    }
}

static void net_notify(VirtioDevice *d, unsigned q)
{
    VirtioNet *n = (VirtioNet *)d;
    if (q == TXQ) {
        tx_notify(n);
    } else {
        rx_drain(n);
    }
}

static uint32_t net_config_read(VirtioDevice *d, uint32_t off, unsigned size)
{
    VirtioNet *n = (VirtioNet *)d;
    uint8_t c[CONFIG_SIZE] = { 0 };
    uint32_t v = 0;

    memcpy(c, n->mac, 6);
    c[6] = NET_S_LINK_UP;
    c[8] = 1; /* max_virtqueue_pairs */
    for (unsigned i = size; i-- > 0;) {
        v = v << 8 | c[off + i];
    }
    return v;
}

static void net_reset(VirtioDevice *d)
{
    VirtioNet *n = (VirtioNet *)d;
    n->pending_head = n->pending_count = 0;
}

static const VirtioDeviceOps net_ops = {
    .name = "virtio-net",
    .device_id = VIRTIO_ID_NET,
    .num_queues = 2,
    .config_size = CONFIG_SIZE,
    .config_read = net_config_read,
    .queue_notify = net_notify,
    .reset = net_reset,
};

VirtioDevice *virtio_net_new(NetBackend *nb, const uint8_t mac[6])
{
    VirtioNet *n = calloc(1, sizeof(*n));
    if (!n) {
        fatal("out of memory");
    }
    n->nb = nb;
    memcpy(n->mac, mac, 6);
    net_backend_attach(nb, net_receive, n);
    virtio_init(&n->vdev, &net_ops, NET_F_MAC | NET_F_STATUS, QUEUE_SIZE);
    return &n->vdev;
}
