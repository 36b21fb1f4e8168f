/* SPDX-License-Identifier: MIT */
/*
 * The libslirp back end; see net-slirp.h.
 *
 * Threading: libslirp is not thread-safe, and the card it feeds lives on
 * the guest's thread. So everything happens there: the card's transmit
 * calls slirp_input(), and net_backend_poll(), which the board runs from
 * its millisecond tick (also while the hart sleeps in WFI), polls slirp's
 * sockets without blocking, runs its timers and delivers the frames slirp
 * sends back straight to the card. No locks, and at most a millisecond
 * between host data arriving and the guest seeing it.
 */
#include <arpa/inet.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <time.h>

#include <slirp/libslirp.h>

#include "core/log.h"
#include "hw/net-slirp.h"

typedef struct SlirpTimer {
    struct SlirpTimer *next;
    SlirpTimerId id;            /* timer_new_opaque timers */
    SlirpTimerCb cb;            /* timer_new timers (older libslirp) */
    void *cb_opaque;
    int64_t expire_ms;          /* -1: not armed */
} SlirpTimer;

typedef struct SlirpNet {
    NetBackend nb;  /* first: the ops receive &nb */
    Slirp *slirp;
    struct pollfd *fds;
    unsigned nfds, cap;
    SlirpTimer *timers;
} SlirpNet;

static int64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* ---- Callbacks from libslirp. */

static ssize_t cb_send_packet(const void *buf, size_t len, void *opaque)
{
    SlirpNet *s = opaque;
    net_backend_deliver(&s->nb, buf, len);
    return (ssize_t)len;
}

static void cb_guest_error(const char *msg, void *opaque)
{
    (void)opaque;
    log_guest_error("slirp: %s", msg);
}

static int64_t cb_clock_get_ns(void *opaque)
{
    (void)opaque;
    return now_ns();
}

static SlirpTimer *timer_add(SlirpNet *s)
{
    SlirpTimer *t = calloc(1, sizeof(*t));
    if (!t) {
        fatal("out of memory");
    }
    t->expire_ms = -1;
    t->next = s->timers;
    s->timers = t;
    return t;
}

static void *cb_timer_new(SlirpTimerCb cb, void *cb_opaque, void *opaque)
{
    SlirpTimer *t = timer_add(opaque);
    t->cb = cb;
    t->cb_opaque = cb_opaque;
    return t;
}

static void *cb_timer_new_opaque(SlirpTimerId id, void *cb_opaque,
                                 void *opaque)
{
    SlirpTimer *t = timer_add(opaque);
    t->id = id;
    t->cb_opaque = cb_opaque;
    return t;
}

static void cb_timer_free(void *timer, void *opaque)
{
    SlirpNet *s = opaque;
    for (SlirpTimer **p = &s->timers; *p; p = &(*p)->next) {
        if (*p == timer) {
            *p = (*p)->next;
            free(timer);
            return;
        }
    }
}

static void cb_timer_mod(void *timer, int64_t expire_ms, void *opaque)
{
    (void)opaque;
    ((SlirpTimer *)timer)->expire_ms = expire_ms;
}

/* Sockets are collected afresh on every poll. */
static void cb_register_poll_fd(int fd, void *opaque)
{
    (void)fd;
    (void)opaque;
}

static void cb_unregister_poll_fd(int fd, void *opaque)
{
    (void)fd;
    (void)opaque;
}

/* Polled every tick anyway. */
static void cb_notify(void *opaque)
{
    (void)opaque;
}

static const SlirpCb slirp_cbs = {
    .send_packet = cb_send_packet,
    .guest_error = cb_guest_error,
    .clock_get_ns = cb_clock_get_ns,
    .timer_new = cb_timer_new,
    .timer_free = cb_timer_free,
    .timer_mod = cb_timer_mod,
    .register_poll_fd = cb_register_poll_fd,
    .unregister_poll_fd = cb_unregister_poll_fd,
    .notify = cb_notify,
    .timer_new_opaque = cb_timer_new_opaque,
};

/* ---- Polling. */

static int cb_add_poll(int fd, int events, void *opaque)
{
    SlirpNet *s = opaque;
    if (s->nfds == s->cap) {
        unsigned cap = s->cap ? 2 * s->cap : 16;
        struct pollfd *fds = realloc(s->fds, cap * sizeof(*fds));
        if (!fds) {
            fatal("out of memory");
        }
        s->fds = fds;
        s->cap = cap;
    }
    s->fds[s->nfds] = (struct pollfd){
        .fd = fd,
        .events = (events & SLIRP_POLL_IN ? POLLIN : 0) |
                  (events & SLIRP_POLL_OUT ? POLLOUT : 0) |
                  (events & SLIRP_POLL_PRI ? POLLPRI : 0),
    };
    return (int)s->nfds++;
}

static int cb_get_revents(int idx, void *opaque)
{
    SlirpNet *s = opaque;
    if (idx < 0 || (unsigned)idx >= s->nfds) {
        return 0;
    }
    short r = s->fds[idx].revents;
    return (r & POLLIN ? SLIRP_POLL_IN : 0) |
           (r & POLLOUT ? SLIRP_POLL_OUT : 0) |
           (r & POLLPRI ? SLIRP_POLL_PRI : 0) |
           (r & POLLERR ? SLIRP_POLL_ERR : 0) |
           (r & POLLHUP ? SLIRP_POLL_HUP : 0);
}

static void run_timers(SlirpNet *s)
{
    int64_t now = now_ns() / 1000000;
    unsigned fired = 0;
    /* A callback may free or re-arm timers: restart after each one. At
     * most 64 firings per poll, so one re-armed in the past cannot spin. */
    for (SlirpTimer *t = s->timers; t && fired < 64;) {
        if (t->expire_ms < 0 || t->expire_ms > now) {
            t = t->next;
            continue;
        }
        t->expire_ms = -1;
        fired++;
        if (t->cb) {
            t->cb(t->cb_opaque);
        } else {
            slirp_handle_timer(s->slirp, t->id, t->cb_opaque);
        }
        t = s->timers;
    }
}

static void slirp_net_poll(NetBackend *nb)
{
    SlirpNet *s = (SlirpNet *)nb;
    uint32_t timeout = 0;

    s->nfds = 0;
    slirp_pollfds_fill(s->slirp, &timeout, cb_add_poll, s);
    int r = s->nfds ? poll(s->fds, s->nfds, 0) : 0;
    slirp_pollfds_poll(s->slirp, r < 0, cb_get_revents, s);
    run_timers(s);
}

static void slirp_net_transmit(NetBackend *nb, const uint8_t *frame,
                               size_t len)
{
    SlirpNet *s = (SlirpNet *)nb;
    slirp_input(s->slirp, frame, (int)len);
}

static struct in_addr ip4(uint32_t host_order)
{
    return (struct in_addr){ .s_addr = htonl(host_order) };
}

static void add_hostfwd(SlirpNet *s, const char *id, const NetHostFwd *f)
{
    if (slirp_add_hostfwd(s->slirp, f->udp, ip4(f->host_addr), f->host_port,
                          ip4(f->guest_addr), f->guest_port) < 0) {
        char addr[INET_ADDRSTRLEN];
        struct in_addr a = ip4(f->host_addr);
        inet_ntop(AF_INET, &a, addr, sizeof(addr));
        fatal("-netdev %s: cannot forward host %s port %s:%u (in use?)",
              id ? id : "user", f->udp ? "udp" : "tcp", addr, f->host_port);
    }
}

NetBackend *net_slirp_new(const NetdevOptions *o)
{
    SlirpNet *s = calloc(1, sizeof(*s));
    if (!s) {
        fatal("out of memory");
    }
    /* slirp writes to host sockets with plain send(): a peer that has gone
     * must give EPIPE, not end emu. */
    signal(SIGPIPE, SIG_IGN);
    SlirpConfig cfg = {
        .version = 4,
        .in_enabled = true,
        .vnetwork = ip4(0x0a000200),      /* 10.0.2.0 */
        .vnetmask = ip4(0xffffff00),      /* /24 */
        .vhost = ip4(0x0a000202),         /* 10.0.2.2 */
        .vdhcp_start = ip4(0x0a00020f),   /* 10.0.2.15 */
        .vnameserver = ip4(0x0a000203),   /* 10.0.2.3 */
    };
    s->nb = (NetBackend){
        .id = o->id,
        .transmit = slirp_net_transmit,
        .poll = slirp_net_poll,
    };
    s->slirp = slirp_new(&cfg, &slirp_cbs, s);
    if (!s->slirp) {
        fatal("-netdev %s: cannot start the user-mode network",
              o->id ? o->id : "user");
    }
    for (int i = 0; i < o->nfwd; i++) {
        add_hostfwd(s, o->id, &o->fwd[i]);
    }
    return &s->nb;
}
