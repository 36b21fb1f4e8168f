/* SPDX-License-Identifier: MIT */
/*
 * The seam between a network card and the host side of its link (a "net
 * back end", QEMU's -netdev): Ethernet frames without preamble or FCS, in
 * both directions, one call per frame. Everything runs on the guest's
 * thread: the card transmits while serving a queue notification, and the
 * back end delivers received frames from net_backend_poll(), which the
 * board calls from its tick, so neither side needs locks.
 */
#ifndef HW_NET_H
#define HW_NET_H

#include <stddef.h>
#include <stdint.h>

/* The largest frame either side passes: 1500 bytes of payload, the
 * Ethernet header and one VLAN tag. */
#define NET_MAX_FRAME 1518

typedef struct NetBackend NetBackend;

/* Where a back end delivers frames for the guest (set by the card). */
typedef void NetReceive(void *opaque, const uint8_t *frame, size_t len);

struct NetBackend {
    const char *id;
    /* The card hands one frame to the host side. */
    void (*transmit)(NetBackend *nb, const uint8_t *frame, size_t len);
    /* Host I/O and timers; may call receive. NULL when there is none. */
    void (*poll)(NetBackend *nb);
    NetReceive *receive;
    void *receive_opaque;
};

/* The card attaches itself as the receiver of nb's frames. */
static inline void net_backend_attach(NetBackend *nb, NetReceive *rx,
                                      void *opaque)
{
    nb->receive = rx;
    nb->receive_opaque = opaque;
}

/* A back end passes a frame to its card (dropped when none is attached). */
static inline void net_backend_deliver(NetBackend *nb, const uint8_t *frame,
                                       size_t len)
{
    if (nb->receive) {
        nb->receive(nb->receive_opaque, frame, len);
    }
}

static inline void net_backend_poll(NetBackend *nb)
{
    if (nb->poll) {
        nb->poll(nb);
    }
}

#endif
