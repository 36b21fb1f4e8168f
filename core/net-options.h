/* SPDX-License-Identifier: MIT */
/*
 * The network options, spelled as QEMU spells them: -netdev user,id=ID
 * [,hostfwd=RULE]..., -device virtio-net-device,netdev=ID[,mac=MAC],
 * -nic user[,hostfwd=RULE][,mac=MAC] (both at once) and -nic none. Parsed
 * and checked here (user errors are one line and exit 1); the board turns
 * the result into cards and back ends.
 */
#ifndef CORE_NET_OPTIONS_H
#define CORE_NET_OPTIONS_H

#include <stdbool.h>
#include <stdint.h>

enum {
    NET_MAX_NETDEVS = 8,
    NET_MAX_NICS = 8,
    NET_MAX_HOSTFWD = 16,
};

/* hostfwd=[tcp|udp]:[HOSTADDR]:HOSTPORT-[GUESTADDR]:GUESTPORT. Addresses
 * are IPv4 in host byte order; host 0 is every local address. */
typedef struct NetHostFwd {
    bool udp;
    uint32_t host_addr, guest_addr;
    uint16_t host_port, guest_port;
} NetHostFwd;

typedef struct NetdevOptions {  /* -netdev user (the only type) */
    const char *id;
    NetHostFwd fwd[NET_MAX_HOSTFWD];
    int nfwd;
} NetdevOptions;

typedef struct NicOptions {     /* one virtio-net-device */
    const char *netdev_id;      /* as given; resolved into netdev */
    int netdev;                 /* index into netdevs */
    uint8_t mac[6];
    bool has_mac;
} NicOptions;

typedef struct NetOptions {
    NetdevOptions netdevs[NET_MAX_NETDEVS];
    int nnetdevs;
    NicOptions nics[NET_MAX_NICS];
    int nnics;
} NetOptions;

/* Each parses one option's argument, splitting it in place; for
 * -device virtio-net-device, the properties after the device's name. */
void net_opt_netdev(NetOptions *n, char *arg);
void net_opt_nic(NetOptions *n, char *arg);
void net_opt_device(NetOptions *n, char *props);
/* After the last option: every card's netdev exists and is used by one
 * card only; cards without mac= get 52:54:00:12:34:56, :57, ... */
void net_opt_finish(NetOptions *n);

#endif
