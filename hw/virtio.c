/* SPDX-License-Identifier: MIT */
/*
 * The transport-independent part of a virtio device: feature and queue
 * state, reset, and the two ways a device speaks to its driver (used-buffer
 * and configuration-change notifications, the latter also for errors).
 */
#include <stdarg.h>
#include <stdio.h>

#include "core/log.h"
#include "hw/virtio.h"

void virtio_init(VirtioDevice *d, const VirtioDeviceOps *ops,
                 uint64_t features, uint16_t queue_size)
{
    /* Emulator bugs, not guest input. */
    if (ops->num_queues > VIRTIO_MAX_QUEUES || queue_size > VQ_MAX_SIZE ||
        !queue_size || (queue_size & (queue_size - 1))) {
        fatal("virtio %s: bad queue configuration", ops->name);
    }
    d->ops = ops;
    d->features = features | VIRTIO_F_VERSION_1 | VIRTIO_F_INDIRECT_DESC |
                  VIRTIO_F_EVENT_IDX;
    for (unsigned q = 0; q < ops->num_queues; q++) {
        d->vq[q].num_max = queue_size;
    }
}

void virtio_attach(VirtioDevice *d, const AddressSpace *as)
{
    for (unsigned q = 0; q < VIRTIO_MAX_QUEUES; q++) {
        d->vq[q].as = as;
    }
    virtio_reset(d);
}

void virtio_reset(VirtioDevice *d)
{
    d->driver_features = 0;
    d->status = 0;
    d->broken = false;
    for (unsigned q = 0; q < VIRTIO_MAX_QUEUES; q++) {
        vq_reset(&d->vq[q]);
    }
    if (d->ops->reset) {
        d->ops->reset(d);
    }
}

void virtio_features_ok(VirtioDevice *d)
{
    for (unsigned q = 0; q < d->ops->num_queues; q++) {
        d->vq[q].indirect = d->driver_features & VIRTIO_F_INDIRECT_DESC;
        d->vq[q].event_idx = d->driver_features & VIRTIO_F_EVENT_IDX;
    }
}

void virtio_notify(VirtioDevice *d, unsigned q)
{
    if (q < d->ops->num_queues && vq_should_notify(&d->vq[q]) && d->raise) {
        d->raise(d->transport, VIRTIO_ISR_QUEUE);
    }
}

void virtio_config_changed(VirtioDevice *d)
{
    if (d->raise && (d->status & VIRTIO_S_DRIVER_OK)) {
        d->raise(d->transport, VIRTIO_ISR_CONFIG);
    }
}

void virtio_error(VirtioDevice *d, const char *fmt, ...)
{
    char msg[200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    log_guest_error("virtio %s: %s; device needs reset", d->ops->name, msg);
    d->broken = true;
    d->status |= VIRTIO_S_NEEDS_RESET;
    if (d->raise) {
        d->raise(d->transport, VIRTIO_ISR_CONFIG);
    }
}
