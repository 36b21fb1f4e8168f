/* SPDX-License-Identifier: MIT */
/*
 * Unit tests for the network options' accepted spellings (the refused
 * ones are rows of tests/virt-errors.sh, since each ends emu): -netdev
 * user with several hostfwd rules in every form, -device
 * virtio-net-device with and without mac=, -nic user and -nic none, netdev
 * ids resolved to indices, default MACs counted up per card. Ends with
 * `N passed, M failed`.
 */
#include <stdio.h>
#include <string.h>

#include "core/net-options.h"

#include "tests/test-check.h"

static char *arg(const char *s)
{
    static char pool[4096];
    static size_t used;
    size_t n = strlen(s) + 1;
    if (used + n > sizeof(pool)) {
        return NULL;
    }
    memcpy(pool + used, s, n);
    used += n;
    return pool + used - n;
}

static void check_fwd(const NetHostFwd *f, bool udp, uint32_t haddr,
                      uint16_t hport, uint32_t gaddr, uint16_t gport,
                      const char *what)
{
    check_eq(f->udp, udp, "%s: protocol", what);
    check_eq(f->host_addr, haddr, "%s: host address", what);
    check_eq(f->host_port, hport, "%s: host port", what);
    check_eq(f->guest_addr, gaddr, "%s: guest address", what);
    check_eq(f->guest_port, gport, "%s: guest port", what);
}

static void test_netdev_device(void)
{
    NetOptions n = { 0 };
    net_opt_netdev(&n, arg("user,id=a,hostfwd=tcp::2222-:22,"
                           "hostfwd=udp:127.0.0.1:5353-10.0.2.16:53,"
                           "hostfwd=:0.0.0.0:8080-:80"));
    net_opt_netdev(&n, arg("user,id=b"));
    net_opt_device(&n, arg("netdev=b"));
    net_opt_device(&n, arg("id=x,netdev=a,"
                           "mac=02:00:00:aa:bb:cc"));
    net_opt_finish(&n);

    check_eq(n.nnetdevs, 2, "two netdevs");
    check(!strcmp(n.netdevs[0].id, "a") && !strcmp(n.netdevs[1].id, "b"),
          "netdev ids");
    check_eq(n.netdevs[0].nfwd, 3, "three rules");
    check_eq(n.netdevs[1].nfwd, 0, "no rules");
    check_fwd(&n.netdevs[0].fwd[0], false, 0, 2222, 0x0a00020f, 22,
              "tcp::2222-:22");
    check_fwd(&n.netdevs[0].fwd[1], true, 0x7f000001, 5353, 0x0a000210, 53,
              "udp:127.0.0.1:5353-10.0.2.16:53");
    check_fwd(&n.netdevs[0].fwd[2], false, 0, 8080, 0x0a00020f, 80,
              "empty protocol is tcp");

    check_eq(n.nnics, 2, "two cards");
    check_eq(n.nics[0].netdev, 1, "first card on b");
    check_eq(n.nics[1].netdev, 0, "second card on a");
    static const uint8_t mac0[6] = { 0x52, 0x54, 0x00, 0x12, 0x34, 0x56 };
    static const uint8_t mac1[6] = { 0x02, 0x00, 0x00, 0xaa, 0xbb, 0xcc };
    check(!memcmp(n.nics[0].mac, mac0, 6), "first card's default MAC");
    check(!memcmp(n.nics[1].mac, mac1, 6), "mac= given");
}

static void test_nic(void)
{
    NetOptions n = { 0 };
    net_opt_nic(&n, arg("none"));
    check_eq(n.nnics + n.nnetdevs, 0, "-nic none adds nothing");
    net_opt_nic(&n, arg("user"));
    net_opt_nic(&n, arg("user,model=virtio-net-device,"
                        "hostfwd=tcp:127.0.0.1:10022-:22"));
    net_opt_finish(&n);
    check_eq(n.nnics, 2, "-nic: two cards");
    check_eq(n.nnetdevs, 2, "-nic: a netdev each");
    check_eq(n.nics[0].netdev, 0, "-nic: first card's netdev");
    check_eq(n.nics[1].netdev, 1, "-nic: second card's netdev");
    check_eq(n.nics[0].mac[5], 0x56, "-nic: first default MAC");
    check_eq(n.nics[1].mac[5], 0x57, "-nic: second default MAC counts up");
    check_eq(n.netdevs[1].nfwd, 1, "-nic: rule");
    check_fwd(&n.netdevs[1].fwd[0], false, 0x7f000001, 10022, 0x0a00020f, 22,
              "-nic rule");
}

int main(void)
{
    test_netdev_device();
    test_nic();
    return check_summary();
}
