/* SPDX-License-Identifier: MIT */
/*
 * A virtio device as its transport sees it (virtio 1.1, modern only): an
 * ops table (device id, config space, queue notifications, reset) and the
 * state every device shares (features, queues, the broken flag). Devices
 * are transport-agnostic: they report completions and errors through
 * virtio_notify() and virtio_error(), which the transport turns into
 * interrupt status bits and its interrupt line.
 */
#ifndef HW_VIRTIO_H
#define HW_VIRTIO_H

#include <stdbool.h>
#include <stdint.h>

#include "hw/virtqueue.h"

enum {
    VIRTIO_ID_NET = 1,
    VIRTIO_ID_BLOCK = 2,
    VIRTIO_ID_CONSOLE = 3,
    VIRTIO_ID_RNG = 4,
};

/* Feature bits of the transport and rings (device bits are 0..23). */
#define VIRTIO_F_INDIRECT_DESC (1ull << 28)
#define VIRTIO_F_EVENT_IDX (1ull << 29)
#define VIRTIO_F_VERSION_1 (1ull << 32)

/* Device status bits. */
enum {
    VIRTIO_S_ACKNOWLEDGE = 1,
    VIRTIO_S_DRIVER = 2,
    VIRTIO_S_DRIVER_OK = 4,
    VIRTIO_S_FEATURES_OK = 8,
    VIRTIO_S_NEEDS_RESET = 64,
    VIRTIO_S_FAILED = 128,
};

/* Interrupt status bits. */
enum {
    VIRTIO_ISR_QUEUE = 1,
    VIRTIO_ISR_CONFIG = 2,
};

#define VIRTIO_MAX_QUEUES 8

typedef struct VirtioDevice VirtioDevice;

typedef struct VirtioDeviceOps {
    const char *name;
    uint32_t device_id;
    unsigned num_queues;
    uint32_t config_size;
    /* size is 1, 2 or 4 and the access lies within config_size. */
    uint32_t (*config_read)(VirtioDevice *d, uint32_t off, unsigned size);
    void (*config_write)(VirtioDevice *d, uint32_t off, uint32_t val,
                         unsigned size);
    /* The driver kicked queue q (ready, DRIVER_OK set, device not broken). */
    void (*queue_notify)(VirtioDevice *d, unsigned q);
    /* Device-specific reset; queues and features are reset by the core. */
    void (*reset)(VirtioDevice *d);
} VirtioDeviceOps;

struct VirtioDevice {
    const VirtioDeviceOps *ops;
    uint64_t features;          /* offered */
    uint64_t driver_features;   /* accepted by the driver */
    uint8_t status;
    bool broken;                /* NEEDS_RESET set: no more processing */
    VirtQueue vq[VIRTIO_MAX_QUEUES];
    /* Set by the transport. */
    void *transport;
    void (*raise)(void *transport, uint32_t isr_bits);
};

/* Called by a device's constructor: queue sizes, offered features
 * (VERSION_1, INDIRECT_DESC and EVENT_IDX are added here). */
void virtio_init(VirtioDevice *d, const VirtioDeviceOps *ops,
                 uint64_t features, uint16_t queue_size);
/* Called by the transport when it is attached and on every device reset. */
void virtio_attach(VirtioDevice *d, const AddressSpace *as);
void virtio_reset(VirtioDevice *d);
/* The driver set FEATURES_OK / DRIVER_OK: apply the ring features. */
void virtio_features_ok(VirtioDevice *d);

/* After pushing to queue q: interrupt unless the driver suppressed it. */
void virtio_notify(VirtioDevice *d, unsigned q);
/* The configuration space changed. */
void virtio_config_changed(VirtioDevice *d);
/* The driver broke a rule: set DEVICE_NEEDS_RESET, stop processing, tell
 * the driver with a configuration-change interrupt. */
void virtio_error(VirtioDevice *d, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

#endif
