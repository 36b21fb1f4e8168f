/* SPDX-License-Identifier: MIT */
/*
 * virtio-blk (virtio 1.1 section 5.2) on a raw image file: read, write,
 * flush (fdatasync: writes the guest flushed are on disk), get-id. The
 * image may be opened read-only (the guest sees VIRTIO_BLK_F_RO) or as a
 * snapshot: writes go to an in-memory copy-on-write layer and the file is
 * never modified.
 */
#ifndef HW_VIRTIO_BLK_H
#define HW_VIRTIO_BLK_H

#include "hw/block-image.h"
#include "hw/virtio.h"

enum {
    VIRTIO_BLK_READONLY = BLOCK_IMAGE_READONLY,
    VIRTIO_BLK_SNAPSHOT = BLOCK_IMAGE_SNAPSHOT,
};

/* Opens path; a file that cannot be opened is a fatal() user error. Attach
 * the result to a transport (virtio_mmio_create()). */
VirtioDevice *virtio_blk_new(const char *path, unsigned flags);

#endif
