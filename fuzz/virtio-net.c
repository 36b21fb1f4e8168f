/* SPDX-License-Identifier: MIT */
/*
 * Fuzz target: virtio-net behind virtio-mmio, driven by a hostile guest on
 * both queues (vf_run_two() in fuzz/virtio-input.h), with a test network
 * back end that checks every transmitted frame and, as a back-end step,
 * delivers a frame of a length the input chooses (over NET_MAX_FRAME too)
 * for the receive path. No libslirp.
 */
#include <stdlib.h>

#include "hw/net.h"
#include "hw/virtio-net.h"

#include "fuzz/virtio-input.h"

static NetBackend host;

/* The card may hand over only whole frames it was allowed to send. */
static void host_transmit(NetBackend *nb, const uint8_t *frame, size_t len)
{
    static uint8_t sink[NET_MAX_FRAME];
    (void)nb;
    if (len > NET_MAX_FRAME) {
        abort();
    }
    memcpy(sink, frame, len);
}

/* A frame for the guest: 2 bytes of length (up to 2 KiB), 1 fill byte. */
static void host_step(VfInput *in)
{
    static uint8_t frame[2048];
    size_t len = vf_take(in, 2) % sizeof(frame);
    memset(frame, (int)vf_take(in, 1), len);
    net_backend_deliver(&host, frame, len);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static const uint8_t mac[6] = { 0x52, 0x54, 0x00, 0x12, 0x34, 0x56 };
    (void)argc;
    (void)argv;
    host.id = "fuzz";
    host.transmit = host_transmit;
    g_attach(virtio_net_new(&host, mac), 0);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    vf_run_two(data, size, host_step);
    return 0;
}
