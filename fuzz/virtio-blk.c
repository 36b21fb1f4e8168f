/* SPDX-License-Identifier: MIT */
/*
 * Fuzz target: virtio-blk behind virtio-mmio, driven by a hostile guest
 * (fuzz/virtio-input.h) over a 64 KiB in-memory image, writable or a
 * snapshot (the input's first byte chooses). Random descriptor tables and
 * buffers make random request types, sectors, lengths and segment shapes;
 * the image is emptied before every input so runs repeat exactly.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

#include "hw/virtio-blk.h"

#include "fuzz/virtio-input.h"

enum {
    IMAGE_SIZE = 64 << 10,
};

static int image_fd;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    char path[64];
    image_fd = memfd_create("fuzz-blk", 0);
    if (image_fd < 0 || ftruncate(image_fd, IMAGE_SIZE) != 0) {
        perror("fuzz-virtio-blk: image");
        return 1;
    }
    snprintf(path, sizeof(path), "/proc/self/fd/%d", image_fd);
    g_attach(virtio_blk_new(path, 0), 0);
    g_attach(virtio_blk_new(path, VIRTIO_BLK_SNAPSHOT), 1);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || ftruncate(image_fd, 0) != 0 ||
        ftruncate(image_fd, IMAGE_SIZE) != 0) {
        return 0;
    }
    g_select(data[0] & 1);
    vf_run(data + 1, size - 1);
    return 0;
}
