/* SPDX-License-Identifier: MIT */
/*
 * The network options; see net-options.h. Strings stay in argv: the
 * parsers split their argument in place and keep pointers into it.
 */
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/log.h"
#include "core/net-options.h"

/* slirp's guest address, which a rule without GUESTADDR forwards to. */
#define NET_GUEST_ADDR 0x0a00020f /* 10.0.2.15 */

static bool parse_port(const char *s, uint16_t *port)
{
    char *end;
    if (s[0] < '0' || s[0] > '9') {
        return false;
    }
    unsigned long v = strtoul(s, &end, 10);
    if (*end || v == 0 || v > 65535) {
        return false;
    }
    *port = (uint16_t)v;
    return true;
}

/* "ADDR:PORT" with ADDR possibly empty (then dflt). */
static bool parse_endpoint(char *s, uint32_t dflt, uint32_t *addr,
                           uint16_t *port)
{
    char *colon = strrchr(s, ':');
    struct in_addr a;
    if (!colon) {
        return false;
    }
    *colon = '\0';
    if (!s[0]) {
        *addr = dflt;
    } else if (inet_pton(AF_INET, s, &a) == 1) {
        *addr = ntohl(a.s_addr);
    } else {
        return false;
    }
    return parse_port(colon + 1, port);
}

static void parse_hostfwd(NetdevOptions *nd, const char *what, char *rule)
{
    char *orig = strdup(rule);
    char *colon = strchr(rule, ':'), *dash = strchr(rule, '-');
    NetHostFwd f = { 0 };

    if (!orig) {
        fatal("out of memory");
    }
    if (nd->nfwd == NET_MAX_HOSTFWD) {
        fatal("%s: at most %d hostfwd rules", what, NET_MAX_HOSTFWD);
    }
    if (!colon || !dash || dash < colon) {
        fatal("%s: malformed hostfwd '%s' (want [tcp|udp]:[HOSTADDR]:"
              "HOSTPORT-[GUESTADDR]:GUESTPORT)", what, orig);
    }
    *colon = *dash = '\0';
    if (!strcmp(rule, "udp")) {
        f.udp = true;
    } else if (rule[0] && strcmp(rule, "tcp")) {
        fatal("%s: hostfwd protocol '%s' is not tcp or udp", what, rule);
    }
    if (!parse_endpoint(colon + 1, 0, &f.host_addr, &f.host_port) ||
        !parse_endpoint(dash + 1, NET_GUEST_ADDR, &f.guest_addr,
                        &f.guest_port)) {
        fatal("%s: malformed hostfwd '%s' (want [tcp|udp]:[HOSTADDR]:"
              "HOSTPORT-[GUESTADDR]:GUESTPORT, ports 1 to 65535)", what,
              orig);
    }
    free(orig);
    nd->fwd[nd->nfwd++] = f;
}

static void parse_mac(NicOptions *nic, const char *what, const char *s)
{
    unsigned b[6];
    char tail;
    if (sscanf(s, "%2x:%2x:%2x:%2x:%2x:%2x%c", &b[0], &b[1], &b[2], &b[3],
               &b[4], &b[5], &tail) != 6 || strlen(s) != 17) {
        fatal("%s: malformed mac '%s' (want six hex bytes, 52:54:00:12:34:56)",
              what, s);
    }
    if (b[0] & 1) {
        fatal("%s: mac '%s' is a multicast address", what, s);
    }
    for (int i = 0; i < 6; i++) {
        nic->mac[i] = (uint8_t)b[i];
    }
    nic->has_mac = true;
}

static NetdevOptions *new_netdev(NetOptions *n, const char *what)
{
    if (n->nnetdevs == NET_MAX_NETDEVS) {
        fatal("%s: at most %d network back ends", what, NET_MAX_NETDEVS);
    }
    return &n->netdevs[n->nnetdevs++];
}

static NicOptions *new_nic(NetOptions *n, const char *what)
{
    if (n->nnics == NET_MAX_NICS) {
        fatal("%s: at most %d network cards", what, NET_MAX_NICS);
    }
    NicOptions *nic = &n->nics[n->nnics++];
    nic->netdev = -1;
    return nic;
}

void net_opt_netdev(NetOptions *n, char *arg)
{
    char *save = NULL, *type = strtok_r(arg, ",", &save);
    if (!type || strcmp(type, "user")) {
        fatal("-netdev: unsupported type '%s' (user)", type ? type : "");
    }
    NetdevOptions *nd = new_netdev(n, "-netdev");
    for (char *p = strtok_r(NULL, ",", &save); p;
         p = strtok_r(NULL, ",", &save)) {
        if (!strncmp(p, "id=", 3) && p[3]) {
            nd->id = p + 3;
        } else if (!strncmp(p, "hostfwd=", 8)) {
            parse_hostfwd(nd, "-netdev", p + 8);
        } else {
            fatal("-netdev: unsupported property '%s' (id, hostfwd)", p);
        }
    }
    if (!nd->id) {
        fatal("-netdev user: no id= given");
    }
    for (int i = 0; i < n->nnetdevs - 1; i++) {
        if (n->netdevs[i].id && !strcmp(n->netdevs[i].id, nd->id)) {
            fatal("-netdev: duplicate id '%s'", nd->id);
        }
    }
}

void net_opt_nic(NetOptions *n, char *arg)
{
    char *save = NULL, *type = strtok_r(arg, ",", &save);
    if (type && !strcmp(type, "none")) {
        if (strtok_r(NULL, ",", &save)) {
            fatal("-nic none takes no properties");
        }
        return; /* emu adds no network card unless asked */
    }
    if (!type || strcmp(type, "user")) {
        fatal("-nic: unsupported type '%s' (user, none)", type ? type : "");
    }
    NetdevOptions *nd = new_netdev(n, "-nic");
    NicOptions *nic = new_nic(n, "-nic");
    nic->netdev = (int)(nd - n->netdevs);
    for (char *p = strtok_r(NULL, ",", &save); p;
         p = strtok_r(NULL, ",", &save)) {
        if (!strncmp(p, "hostfwd=", 8)) {
            parse_hostfwd(nd, "-nic", p + 8);
        } else if (!strncmp(p, "mac=", 4)) {
            parse_mac(nic, "-nic", p + 4);
        } else if (!strcmp(p, "model=virtio-net-device") ||
                   !strcmp(p, "model=virtio")) {
            /* the only card there is */
        } else {
            fatal("-nic: unsupported property '%s' (hostfwd, mac, "
                  "model=virtio-net-device)", p);
        }
    }
}

void net_opt_device(NetOptions *n, char *props)
{
    char *save = NULL;
    NicOptions *nic = new_nic(n, "-device virtio-net-device");
    for (char *p = strtok_r(props, ",", &save); p;
         p = strtok_r(NULL, ",", &save)) {
        if (!strncmp(p, "netdev=", 7) && p[7]) {
            nic->netdev_id = p + 7;
        } else if (!strncmp(p, "mac=", 4)) {
            parse_mac(nic, "-device virtio-net-device", p + 4);
        } else if (!strncmp(p, "id=", 3)) {
            /* a name for QEMU's monitor; emu has none */
        } else {
            fatal("-device virtio-net-device: unsupported property '%s' "
                  "(netdev, mac)", p);
        }
    }
    if (!nic->netdev_id) {
        fatal("-device virtio-net-device: no netdev= given");
    }
}

void net_opt_finish(NetOptions *n)
{
    bool used[NET_MAX_NETDEVS] = { false };
    for (int i = 0; i < n->nnics; i++) {
        NicOptions *nic = &n->nics[i];
        for (int k = 0; nic->netdev < 0 && k < n->nnetdevs; k++) {
            if (n->netdevs[k].id && !strcmp(n->netdevs[k].id, nic->netdev_id)) {
                nic->netdev = k;
            }
        }
        if (nic->netdev < 0) {
            fatal("-device virtio-net-device: no -netdev with id '%s'",
                  nic->netdev_id);
        }
        if (used[nic->netdev]) {
            fatal("-device virtio-net-device: netdev '%s' is used by "
                  "another card", n->netdevs[nic->netdev].id);
        }
        used[nic->netdev] = true;
        if (!nic->has_mac) {
            static const uint8_t base[6] = { 0x52, 0x54, 0x00, 0x12, 0x34,
                                             0x56 };
            memcpy(nic->mac, base, 6);
            nic->mac[5] += (uint8_t)i;
        }
    }
}
