/* SPDX-License-Identifier: MIT */
/*
 * Fuzz target: virtio-rng behind virtio-mmio, driven by a hostile guest
 * (fuzz/virtio-input.h): random descriptor tables, writable and readable
 * buffers, queue sizes and features.
 */
#include "hw/virtio-rng.h"

#include "fuzz/virtio-input.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    g_attach(virtio_rng_new(), 0);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    vf_run(data, size);
    return 0;
}
