/* SPDX-License-Identifier: MIT */
/*
 * The user-mode network back end (-netdev user): libslirp's TCP/IP stack
 * behind a virtual router, as QEMU sets it up. The guest's network is
 * 10.0.2.0/24; 10.0.2.2 is the host (its loopback too), 10.0.2.3 the DNS
 * forwarder, and DHCP hands out 10.0.2.15 first. Guest connections leave
 * through ordinary host sockets; hostfwd rules listen on the host and
 * forward to the guest. IPv4 only.
 */
#ifndef HW_NET_SLIRP_H
#define HW_NET_SLIRP_H

#include "core/net-options.h"
#include "hw/net.h"

/* Sets up the stack and its forwarding rules; a host port that cannot be
 * bound is a fatal() user error. Poll the result from the board's tick. */
NetBackend *net_slirp_new(const NetdevOptions *o);

#endif
