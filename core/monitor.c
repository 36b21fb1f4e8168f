/* SPDX-License-Identifier: MIT */
/*
 * The monitor thread: listeners for -monitor and -qmp, their clients, and
 * the stdio console after Ctrl-A C, all served by one poll() loop. The
 * CPU thread never waits for this thread: it queues events (STOP, RESET,
 * SHUTDOWN, ...) and wakes it through a pipe, so a command that holds the
 * CPU parked cannot deadlock against an event being sent. Commands run
 * here, one at a time; those that touch CPU state pause it first.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "core/chardev.h"
#include "core/log.h"
#include "core/machine.h"
#include "core/monitor-int.h"
#include "core/monitor.h"
#include "core/runstate.h"
#include "core/sockspec.h"

enum {
    MON_MAX_CONNS = 16,
    CTRL_A = 0x01,
    POWERDOWN_GRACE_MS = 1000, /* docs/monitor.md: system_powerdown */
};

static const char mon_banner[] =
    "emu monitor - type 'help' for more information\n";
static const char mon_prompt[] = "(emu) ";

static struct {
    struct Machine *m;
    int cpu_tid;
    pthread_t thread;
    bool thread_running;
    int wake[2];
    SockListener hmp, qmp;
    MonConn *conns[MON_MAX_CONNS];
    int nconns;

    pthread_mutex_t ev_lock;  /* guards the event queue */
    char **events;
    size_t nev;

    int exiting;              /* atomic: monitor_exit() wants the thread */
    CharBackend *console;     /* set by the Ctrl-A C hook */
    int console_req;          /* atomic: the hook asked for the console */
    bool powerdown_pending;
    struct timespec powerdown_at;
    int host_reset;           /* atomic: the next reset is the monitor's */
    int host_quit;            /* atomic: quit or powerdown ended emu */
} mon = {
    .wake = { -1, -1 },
    .hmp = { .fd = -1 },
    .qmp = { .fd = -1 },
    .ev_lock = PTHREAD_MUTEX_INITIALIZER,
};

struct Machine *mon_machine(void) { return mon.m; }
int mon_cpu_tid(void) { return mon.cpu_tid; }

static void wake_thread(void)
{
    char b = 1;
    if (mon.wake[1] >= 0 && write(mon.wake[1], &b, 1) < 0) {
        /* the pipe is full: the thread is awake already */
    }
}

/* ---- output ---- */

void mon_send(MonConn *c, const char *s, size_t n)
{
    while (n && !c->closing) {
        ssize_t k = send(c->out_fd, s, n, MSG_NOSIGNAL);
        if (k < 0 && errno == ENOTSOCK) {
            k = write(c->out_fd, s, n);
        }
        if (k > 0) {
            s += k;
            n -= (size_t)k;
        } else if (k < 0 && (errno == EINTR || errno == EAGAIN)) {
            struct pollfd p = { .fd = c->out_fd, .events = POLLOUT };
            poll(&p, 1, 1000);
        } else {
            c->closing = true; /* the client is gone */
        }
    }
}

/* ---- events ---- */

void mon_queue_event(const char *line)
{
    if (mon.qmp.fd < 0) {
        return; /* no QMP: nobody could ever read it */
    }
    pthread_mutex_lock(&mon.ev_lock);
    char **grown = realloc(mon.events, (mon.nev + 1) * sizeof(*grown));
    char *copy = strdup(line);
    if (grown && copy) {
        mon.events = grown;
        mon.events[mon.nev++] = copy;
    } else {
        free(copy); /* out of memory: the event is lost, not the guest */
        if (grown) {
            mon.events = grown;
        }
    }
    pthread_mutex_unlock(&mon.ev_lock);
    wake_thread();
}

static void flush_events(void)
{
    pthread_mutex_lock(&mon.ev_lock);
    char **ev = mon.events;
    size_t n = mon.nev;
    mon.events = NULL;
    mon.nev = 0;
    pthread_mutex_unlock(&mon.ev_lock);
    for (size_t i = 0; i < n; i++) {
        for (int k = 0; k < mon.nconns; k++) {
            MonConn *c = mon.conns[k];
            if (c->qmp && c->negotiated) {
                mon_send(c, ev[i], strlen(ev[i]));
            }
        }
        free(ev[i]);
    }
    free(ev);
}

/* ---- actions ---- */

void mon_stop(void)
{
    if (runstate_stop()) {
        qmp_event("STOP", NULL);
    }
}

/* RESUME is queued before the guest runs, so that it precedes whatever
 * the guest then causes (a SHUTDOWN). Only this thread stops and resumes,
 * so the test and the change cannot race. */
void mon_cont(void)
{
    if (!runstate_is_running()) {
        qmp_event("RESUME", NULL);
        runstate_cont();
    }
}

void mon_system_reset(void)
{
    __atomic_store_n(&mon.host_reset, 1, __ATOMIC_RELEASE);
    machine_request_reset(mon.m);
    runstate_kick();
}

void mon_quit(void)
{
    __atomic_store_n(&mon.host_quit, 1, __ATOMIC_RELEASE);
    machine_request_shutdown(mon.m, 0);
    runstate_kick();
}

/* Neither board has a power button the guest could see: the request is
 * announced (POWERDOWN), the guest gets a grace period to end by itself,
 * then emu powers off as with quit. */
void mon_powerdown(void)
{
    qmp_event("POWERDOWN", NULL);
    if (!mon.powerdown_pending) {
        clock_gettime(CLOCK_MONOTONIC, &mon.powerdown_at);
        mon.powerdown_at.tv_sec += POWERDOWN_GRACE_MS / 1000;
        mon.powerdown_at.tv_nsec += (POWERDOWN_GRACE_MS % 1000) * 1000000L;
        if (mon.powerdown_at.tv_nsec >= 1000000000L) {
            mon.powerdown_at.tv_sec++;
            mon.powerdown_at.tv_nsec -= 1000000000L;
        }
        mon.powerdown_pending = true;
    }
}

/* Milliseconds until the powerdown deadline (0 when due), -1 if none. */
static int powerdown_timeout(void)
{
    if (!mon.powerdown_pending) {
        return -1;
    }
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    long long ms = (mon.powerdown_at.tv_sec - now.tv_sec) * 1000LL +
                   (mon.powerdown_at.tv_nsec - now.tv_nsec) / 1000000L;
    return ms > 0 ? (int)ms : 0;
}

/* ---- connections ---- */

static MonConn *conn_add(int in_fd, int out_fd, bool qmp)
{
    if (mon.nconns == MON_MAX_CONNS) {
        return NULL;
    }
    MonConn *c = calloc(1, sizeof(*c));
    char *buf = malloc(qmp ? QMP_FRAME_MAX : MON_LINE_MAX);
    if (!c || !buf) {
        free(c);
        free(buf);
        return NULL;
    }
    c->in_fd = in_fd;
    c->out_fd = out_fd;
    c->qmp = qmp;
    c->buf = buf;
    mon.conns[mon.nconns++] = c;
    return c;
}

static void conn_greet(MonConn *c)
{
    if (c->qmp) {
        qmp_greet(c);
    } else {
        mon_send(c, mon_banner, sizeof(mon_banner) - 1);
        mon_send(c, mon_prompt, sizeof(mon_prompt) - 1);
    }
}

static void accept_client(SockListener *l, bool qmp)
{
    int fd = accept(l->fd, NULL, NULL);
    if (fd < 0) {
        return;
    }
    MonConn *c = conn_add(fd, fd, qmp);
    if (!c) {
        close(fd);
        return;
    }
    conn_greet(c);
}

static void conn_free(MonConn *c)
{
    if (c->console) {
        chardev_mux_return(mon.console);
    } else {
        if (c->in_fd != STDIN_FILENO) {
            close(c->in_fd);
        }
        if (c->out_fd != c->in_fd && c->out_fd != STDOUT_FILENO) {
            close(c->out_fd);
        }
    }
    free(c->buf);
    free(c);
}

static void reap_conns(void)
{
    int k = 0;
    for (int i = 0; i < mon.nconns; i++) {
        if (mon.conns[i]->closing) {
            conn_free(mon.conns[i]);
        } else {
            mon.conns[k++] = mon.conns[i];
        }
    }
    mon.nconns = k;
}

/* ---- HMP input ---- */

static void hmp_line(MonConn *c)
{
    c->buf[c->len] = '\0';
    c->len = 0;
    char *out = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&out, &n);
    if (!f) {
        return;
    }
    hmp_run(c->buf, f);
    fclose(f);
    mon_send(c, out, n);
    free(out);
    mon_send(c, mon_prompt, sizeof(mon_prompt) - 1);
}

/* The console's Ctrl-A commands while it shows the monitor: C returns to
 * the guest, X quits emu, Ctrl-A is an ordinary key. True if consumed. */
static bool console_escape(MonConn *c, uint8_t b)
{
    if (!c->escape) {
        if (b == CTRL_A) {
            c->escape = true;
            return true;
        }
        return false;
    }
    c->escape = false;
    switch (b) {
    case 'c':
    case 'C':
        mon_send(c, "\n", 1);
        c->closing = true;
        return true;
    case 'x':
    case 'X':
        mon_send(c, "\nemu: terminated\n", 17);
        mon_quit();
        return true;
    default:
        return false;
    }
}

static void hmp_input(MonConn *c, const uint8_t *data, size_t n)
{
    for (size_t i = 0; i < n && !c->closing; i++) {
        uint8_t b = data[i];
        if (c->console && console_escape(c, b)) {
            continue;
        }
        if (b == '\n' || b == '\r') {
            if (c->console) {
                mon_send(c, "\n", 1);
            }
            if (b == '\n' || c->console) {
                hmp_line(c);
            }
        } else if (c->console && (b == 0x7f || b == '\b')) {
            if (c->len) {
                c->len--;
                mon_send(c, "\b \b", 3);
            }
        } else if (b >= ' ' && c->len < MON_LINE_MAX - 1) {
            c->buf[c->len++] = (char)b;
            if (c->console) {
                mon_send(c, (const char *)&b, 1);
            }
        }
    }
}

static void conn_read(MonConn *c)
{
    uint8_t buf[4096];
    ssize_t n = read(c->in_fd, buf, sizeof(buf));
    if (n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN)) {
        c->closing = true;
        return;
    }
    if (n < 0) {
        return;
    }
    if (c->qmp) {
        qmp_input(c, (const char *)buf, (size_t)n);
    } else {
        hmp_input(c, buf, (size_t)n);
    }
}

static void start_thread(void);

/* ---- the console (Ctrl-A C) ---- */

/* Called by the back end on the CPU thread, which then leaves the
 * terminal's input alone until chardev_mux_return(). */
static void console_hook(CharBackend *chr)
{
    mon.console = chr;
    __atomic_store_n(&mon.console_req, 1, __ATOMIC_RELEASE);
    start_thread();
    wake_thread();
}

static void console_open(void)
{
    MonConn *c = conn_add(STDIN_FILENO, STDOUT_FILENO, false);
    if (!c) {
        chardev_mux_return(mon.console);
        return;
    }
    c->console = true;
    mon_send(c, "\n", 1);
    conn_greet(c);
}

/* ---- the thread ---- */

static void *monitor_thread(void *arg)
{
    (void)arg;
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGIO); /* the GDB stub's: for the CPU thread */
    pthread_sigmask(SIG_BLOCK, &set, NULL);

    for (;;) {
        struct pollfd p[MON_MAX_CONNS + 3];
        int np = 0;
        p[np++] = (struct pollfd){ .fd = mon.wake[0], .events = POLLIN };
        p[np++] = (struct pollfd){ .fd = mon.hmp.fd, .events = POLLIN };
        p[np++] = (struct pollfd){ .fd = mon.qmp.fd, .events = POLLIN };
        int nconns = mon.nconns;
        for (int i = 0; i < nconns; i++) {
            p[np++] = (struct pollfd){ .fd = mon.conns[i]->in_fd,
                                       .events = POLLIN };
        }
        if (poll(p, (nfds_t)np, powerdown_timeout()) < 0 && errno != EINTR) {
            break;
        }
        if (p[0].revents & POLLIN) {
            char drain[64];
            while (read(mon.wake[0], drain, sizeof(drain)) == sizeof(drain)) {
            }
        }
        flush_events();
        if (__atomic_load_n(&mon.exiting, __ATOMIC_ACQUIRE)) {
            break;
        }
        if (__atomic_exchange_n(&mon.console_req, 0, __ATOMIC_ACQ_REL)) {
            console_open();
        }
        if (p[1].revents & POLLIN) {
            accept_client(&mon.hmp, false);
        }
        if (p[2].revents & POLLIN) {
            accept_client(&mon.qmp, true);
        }
        for (int i = 0; i < nconns; i++) {
            if (p[3 + i].revents & (POLLIN | POLLHUP | POLLERR)) {
                conn_read(mon.conns[i]);
            }
        }
        flush_events();
        reap_conns();
        if (mon.powerdown_pending && powerdown_timeout() == 0) {
            mon.powerdown_pending = false;
            mon_quit();
        }
    }
    for (int i = 0; i < mon.nconns; i++) {
        mon.conns[i]->closing = true;
    }
    reap_conns();
    return NULL;
}

static void start_thread(void)
{
    if (mon.thread_running) {
        return;
    }
    if (pthread_create(&mon.thread, NULL, monitor_thread, NULL) != 0) {
        fatal("monitor: cannot start its thread");
    }
    mon.thread_running = true;
}

/* A listener with ",wait": start-up waits for its first client. */
static void wait_for_client(SockListener *l, bool qmp)
{
    if (l->fd < 0 || !l->wait) {
        return;
    }
    fprintf(stderr, "emu: waiting for a %s client\n", qmp ? "QMP" : "monitor");
    accept_client(l, qmp);
}

void monitor_start(struct Machine *m, const char *hmp, const char *qmp,
                   bool start_stopped)
{
    mon.m = m;
    mon.cpu_tid = (int)syscall(SYS_gettid);
    runstate_init(m);
    if (pipe(mon.wake) < 0) {
        fatal("monitor: cannot create a pipe");
    }
    fcntl(mon.wake[0], F_SETFL, O_NONBLOCK);
    fcntl(mon.wake[1], F_SETFL, O_NONBLOCK);
    bool hmp_stdio = hmp && !strcmp(hmp, "stdio");
    if (hmp_stdio) {
        const char *serial = m->opts.serial ? m->opts.serial : "stdio";
        if (!strcmp(serial, "stdio") && !strcmp(m->mc->name, "virt")) {
            fatal("-monitor stdio: the serial console uses stdio already "
                  "(add -serial none or file:PATH, or use Ctrl-A C)");
        }
        MonConn *c = conn_add(STDIN_FILENO, STDOUT_FILENO, false);
        if (!c) {
            fatal("out of memory");
        }
        conn_greet(c);
    } else {
        chardev_set_mux_hook(console_hook);
        if (hmp) {
            mon.hmp = sockspec_listen("-monitor", hmp);
        }
    }
    if (qmp) {
        mon.qmp = sockspec_listen("-qmp", qmp);
    }
    wait_for_client(&mon.hmp, false);
    wait_for_client(&mon.qmp, true);
    if (start_stopped) {
        runstate_stop();
    }
    if (hmp || qmp) {
        start_thread();
    }
}

void monitor_reset_event(struct Machine *m)
{
    (void)m;
    bool host = __atomic_exchange_n(&mon.host_reset, 0, __ATOMIC_ACQ_REL);
    qmp_event("RESET",
              json_pack("{s:b, s:s}", "guest", !host, "reason",
                        host ? "host-qmp-system-reset" : "guest-reset"));
}

void monitor_exit(struct Machine *m)
{
    if (!mon.m) {
        return;
    }
    const char *reason = "guest-shutdown";
    bool guest = true;
    if (m->reset_requested) {
        guest = !__atomic_load_n(&mon.host_reset, __ATOMIC_ACQUIRE);
        reason = guest ? "guest-reset" : "host-qmp-system-reset";
    } else if (__atomic_load_n(&mon.host_quit, __ATOMIC_ACQUIRE)) {
        guest = false;
        reason = "host-qmp-quit";
    }
    qmp_event("SHUTDOWN",
              json_pack("{s:b, s:s}", "guest", guest, "reason", reason));
    if (mon.thread_running) {
        __atomic_store_n(&mon.exiting, 1, __ATOMIC_RELEASE);
        wake_thread();
        pthread_join(mon.thread, NULL);
        mon.thread_running = false;
    }
    sockspec_close(&mon.hmp);
    sockspec_close(&mon.qmp);
}
