/* SPDX-License-Identifier: MIT */
/*
 * virtio-net (virtio 1.1 section 5.1): a receive and a transmit queue, the
 * MAC address and link status in configuration space, and the 12-byte
 * struct virtio_net_hdr of version 1 in front of every frame. No offloads
 * (checksum, segmentation), no mergeable buffers, no control queue.
 */
#ifndef HW_VIRTIO_NET_H
#define HW_VIRTIO_NET_H

#include <stdint.h>

#include "hw/net.h"
#include "hw/virtio.h"

/* A card whose frames go to and come from nb; mac is its address. Attach
 * the result to a transport (virtio_mmio_create()). */
VirtioDevice *virtio_net_new(NetBackend *nb, const uint8_t mac[6]);

#endif
