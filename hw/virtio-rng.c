/* SPDX-License-Identifier: MIT */
/*
 * virtio-rng; see virtio-rng.h. Each buffer gets at most 64 KiB, however
 * large the guest made it: the used length tells the driver how much it
 * received, and the bound keeps one notification's work small.
 */
#include <errno.h>
#include <stdlib.h>
#include <sys/random.h>

#include "core/log.h"
#include "hw/virtio-rng.h"

enum {
    QUEUE_SIZE = 64,
    MAX_FILL = 64 << 10,
};

typedef struct VirtioRng {
    VirtioDevice vdev;  /* first: the ops receive &vdev */
    VirtqElem elem;
    uint8_t buf[MAX_FILL];
} VirtioRng;

static bool entropy(uint8_t *buf, size_t len)
{
    while (len) {
        ssize_t n = getrandom(buf, len, 0);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return false;
        }
        buf += n;
        len -= n;
    }
    return true;
}

static void rng_notify(VirtioDevice *d, unsigned q)
{
    VirtioRng *r = (VirtioRng *)d;
    VirtQueue *vq = &d->vq[q];
    bool pushed = false;
    VqPop p;

    while ((p = vq_pop(vq, &r->elem)) == VQ_OK) {
        size_t n = r->elem.in_len < MAX_FILL ? r->elem.in_len : MAX_FILL;
        if (!entropy(r->buf, n)) {
            log_guest_error("virtio-rng: host getrandom failed");
            n = 0;
        }
        if (!vq_write(vq, &r->elem, 0, r->buf, n) ||
            !vq_push(vq, &r->elem, n)) {
            virtio_error(d, "buffer or used ring not writable");
            return;
        }
        pushed = true;
    }
    if (p == VQ_BROKEN) {
        virtio_error(d, "malformed buffer on queue %u", q);
    }
    if (pushed) {
        virtio_notify(d, q);
    }
}

static const VirtioDeviceOps rng_ops = {
    .name = "virtio-rng",
    .device_id = VIRTIO_ID_RNG,
    .num_queues = 1,
    .config_size = 0,
    .queue_notify = rng_notify,
};

VirtioDevice *virtio_rng_new(void)
{
    VirtioRng *r = calloc(1, sizeof(*r));
    if (!r) {
        fatal("out of memory");
    }
    virtio_init(&r->vdev, &rng_ops, 0, QUEUE_SIZE);
    return &r->vdev;
}
