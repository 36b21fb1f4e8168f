/* SPDX-License-Identifier: MIT */
/*
 * virtio-rng (virtio 1.1 section 5.4): one queue whose writable buffers
 * the device fills with entropy from the host's getrandom().
 */
#ifndef HW_VIRTIO_RNG_H
#define HW_VIRTIO_RNG_H

#include "hw/virtio.h"

VirtioDevice *virtio_rng_new(void);

#endif
