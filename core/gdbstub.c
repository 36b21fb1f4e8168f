/* SPDX-License-Identifier: MIT */
/*
 * The GDB remote stub: one TCP client at a time, all-stop, one thread per
 * hart (one hart for now). All socket I/O happens on the CPU thread: while
 * the guest runs, SIGIO (O_ASYNC on the sockets) only asks the loop to come
 * back (cpu_exit), and the loop then reads what arrived (an attach, the
 * 0x03 interrupt). While stopped, the loop blocks here serving packets.
 *
 * Breakpoints live in the translator: a block ends before a breakpoint and
 * a block starting at one exits with TB_EXIT_DEBUG before its instruction;
 * changing them flushes the block cache. Stepping runs one-instruction
 * blocks (CF_SINGLE_INSN). Watchpoints flag their pages in the TLB so that
 * accesses there take the slow path, which checks the ranges; a hit leaves
 * the block before the access and stops there, pc at the accessing
 * instruction: gdb's RISC-V watchpoints are "non-steppable" (they trigger
 * before the access; gdb steps over it itself). Resuming from such a stop,
 * that instruction runs alone with watchpoints off.
 */
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "core/gdb-packet.h"
#include "core/gdb-points.h"
#include "core/gdbstub.h"
#include "core/log.h"
#include "core/machine.h"
#include "core/runstate.h"
#include "core/tb.h"
#include "softmmu/softmmu.h"

#define GDB_SIGINT 2
#define GDB_SIGTRAP 5
/* While stopped, how often the stub looks whether a monitor ended the
 * machine (quit, reset) behind the debugger's back. */
#define GDB_STOPPED_POLL_MS 100

typedef enum GdbRun {
    RUN_STOPPED,
    RUN_CONTINUE,
    RUN_STEP,
} GdbRun;

bool gdbstub_enabled;

static struct {
    struct Machine *m;
    CPUState *cs;
    const GdbArchOps *ops;
    int listen_fd, fd;
    bool noack;
    GdbParser parser;
    char last_reply[2 * GDB_MAX_PACKET + 8]; /* framed, for a NAK */
    size_t last_len;

    volatile sig_atomic_t io; /* SIGIO: the sockets want attention */
    int stop_sig;             /* a stop is due with this signal; 0: none */
    bool quiet_stop;          /* the stop is an attach: no stop reply */
    GdbRun run;
    bool resumed;             /* the next block is the first after resume */
    bool watch_skip;          /* resuming over the access that hit */
    GdbPointType hit_type;
    uint64_t hit_addr, hit_pc;
    bool hit;                 /* the stop is a watchpoint's */
} gdb = { .listen_fd = -1, .fd = -1, .run = RUN_CONTINUE };

/* ---- sockets ---- */

static void sigio_handler(int sig)
{
    (void)sig;
    gdb.io = 1;
    if (gdb.cs) {
        cpu_exit(gdb.cs);
    }
}

static void set_async(int fd)
{
    fcntl(fd, F_SETOWN, getpid());
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_ASYNC | O_NONBLOCK);
}

static void send_raw(const char *buf, size_t len)
{
    while (len && gdb.fd >= 0) {
        ssize_t n = send(gdb.fd, buf, len, MSG_NOSIGNAL);
        if (n > 0) {
            buf += n;
            len -= (size_t)n;
        } else if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
            struct pollfd p = { .fd = gdb.fd, .events = POLLOUT };
            poll(&p, 1, 1000);
        } else {
            return; /* the client is gone; the read side notices */
        }
    }
}

static void put_packet(const char *payload)
{
    size_t n = gdb_frame(gdb.last_reply, sizeof(gdb.last_reply), payload,
                         strlen(payload));
    if (!n) {
        n = gdb_frame(gdb.last_reply, sizeof(gdb.last_reply), "E01", 3);
    }
    gdb.last_len = n;
    send_raw(gdb.last_reply, n);
}

static bool try_accept(void)
{
    int fd = accept(gdb.listen_fd, NULL, NULL);
    if (fd < 0) {
        return false;
    }
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    set_async(fd);
    gdb.fd = fd;
    gdb.noack = false;
    gdb_parser_reset(&gdb.parser);
    return true;
}

/* The client left (D, or the connection closed): the guest runs on. */
static void drop_client(void)
{
    if (gdb.fd >= 0) {
        close(gdb.fd);
        gdb.fd = -1;
    }
    gdb_points_clear(gdb.cs);
    if (gdb.run == RUN_STOPPED || gdb.run == RUN_STEP) {
        gdb.run = RUN_CONTINUE;
    }
}

/* ---- watchpoint hits ---- */

/* The slow-path check of an access of size bytes at addr: on a hit, leave
 * the block before the access, pc at its instruction, with a stop due. */
static void watch_check(CPUState *cs, uint64_t addr, unsigned size, int prot,
                        uintptr_t ra)
{
    if (gdb.watch_skip || gdb.hit) {
        return;
    }
    const GdbPoint *p = gdb_watch_match(addr, size, prot);
    if (!p) {
        return;
    }
    gdb.hit = true;
    gdb.hit_type = p->type;
    gdb.hit_addr = p->addr;
    const TB *tb = cs->in_interp ? cs->interp_tb
                   : ra          ? tb_find_by_host(ra - 1)
                                 : NULL;
    if (cs->in_interp) {
        cs->pc = cs->interp_pc;
    } else if (tb) {
        cs->pc = tb_pc_of_host(tb, ra - 1);
    }
    if (tb && gdb.ops->unretire) {
        gdb.ops->unretire(cs, tb_insns_from(tb, cs->pc));
    }
    cs->in_interp = false;
    gdb.hit_pc = cs->pc;
    gdb.stop_sig = GDB_SIGTRAP;
    cpu_loop_exit(cs);
}

/* ---- memory ---- */

/* Up to len bytes at vaddr through the debugger's view of the MMU;
 * returns how many were accessible. */
static size_t debug_rw(uint64_t vaddr, uint8_t *buf, size_t len, bool write)
{
    size_t done = 0;
    while (done < len) {
        uint64_t va = vaddr + done, pa;
        size_t n = PAGE_SIZE - (va & ~PAGE_MASK);
        if (n > len - done) {
            n = len - done;
        }
        if (!gdb.ops->debug_translate(gdb.cs, va, &pa)) {
            break;
        }
        bool ok = write ? as_write_bytes(softmmu_as, pa, buf + done, n)
                        : as_read_bytes(softmmu_as, pa, buf + done, n);
        if (!ok) {
            break;
        }
        done += n;
    }
    return done;
}

/* ---- packets ---- */

static void stop_reply(char *out, size_t cap)
{
    static const char *const watch_kind[] = {
        [GDB_WP_WRITE] = "watch",
        [GDB_WP_READ] = "rwatch",
        [GDB_WP_ACCESS] = "awatch",
    };
    int sig = gdb.stop_sig ? gdb.stop_sig : GDB_SIGTRAP;
    if (gdb.hit) {
        snprintf(out, cap, "T%02xthread:1;%s:%llx;", sig,
                 watch_kind[gdb.hit_type], (unsigned long long)gdb.hit_addr);
    } else {
        snprintf(out, cap, "T%02xthread:1;", sig);
    }
}

static void reply_regs(char *out)
{
    uint8_t buf[16];
    size_t n = 0;
    for (int r = 0; r < gdb.ops->g_regs; r++) {
        int size = gdb.ops->read_reg(gdb.cs, r, buf);
        gdb_tohex(out + n, buf, (size_t)size);
        n += 2 * (size_t)size;
    }
    out[n] = '\0';
}

static void write_regs(const char *hex, char *out)
{
    uint8_t buf[16];
    for (int r = 0; r < gdb.ops->g_regs; r++) {
        int size = gdb.ops->read_reg(gdb.cs, r, buf);
        if (gdb_fromhex(buf, hex, (size_t)size) != (size_t)size) {
            break;
        }
        gdb.ops->write_reg(gdb.cs, r, buf);
        hex += 2 * size;
    }
    strcpy(out, "OK");
}

static void xfer_features(const char *args, char *out)
{
    /* args: "ANNEX:OFFSET,LENGTH" */
    char annex[64];
    const char *colon = strchr(args, ':');
    uint64_t off, len;
    if (!colon || (size_t)(colon - args) >= sizeof(annex)) {
        strcpy(out, "E00");
        return;
    }
    memcpy(annex, args, (size_t)(colon - args));
    annex[colon - args] = '\0';
    const char *p = colon + 1;
    if (!gdb_parse_hex(&p, &off) || *p++ != ',' || !gdb_parse_hex(&p, &len)) {
        strcpy(out, "E00");
        return;
    }
    const char *doc = gdb.ops->xml(gdb.cs, annex);
    if (!doc) {
        strcpy(out, "E00");
        return;
    }
    size_t total = strlen(doc);
    if (len > GDB_MAX_PACKET - 1) {
        len = GDB_MAX_PACKET - 1;
    }
    if (off >= total) {
        strcpy(out, "l");
        return;
    }
    size_t n = total - off < len ? total - off : len;
    out[0] = off + n < total ? 'm' : 'l';
    memcpy(out + 1, doc + off, n);
    out[1 + n] = '\0';
}

static void handle_point(const char *cmd, char *out)
{
    const char *p = cmd + 1;
    uint64_t type, addr, len;
    if (!gdb_parse_hex(&p, &type) || *p++ != ',' || !gdb_parse_hex(&p, &addr) ||
        *p++ != ',' || !gdb_parse_hex(&p, &len) || type > GDB_WP_ACCESS) {
        out[0] = '\0'; /* unsupported */
        return;
    }
    bool ok = cmd[0] == 'Z'
                  ? gdb_point_insert(gdb.cs, (GdbPointType)type, addr, len)
                  : gdb_point_remove(gdb.cs, (GdbPointType)type, addr, len);
    strcpy(out, ok ? "OK" : "E22");
}

/* c/s/C/S with an optional address (";addr" after a signal). */
static void resume(GdbRun how, const char *addr)
{
    uint64_t pc;
    if (addr && gdb_parse_hex(&addr, &pc)) {
        gdb.cs->pc = pc;
    }
    gdb.run = how;
}

static void handle_vcont(const char *args, char *out)
{
    /* One thread: the first action decides. */
    if (args[0] != ';') {
        strcpy(out, "E00");
        return;
    }
    char a = args[1];
    if (a == 's' || a == 'S') {
        resume(RUN_STEP, NULL);
    } else if (a == 'c' || a == 'C') {
        resume(RUN_CONTINUE, NULL);
    } else {
        strcpy(out, "E00");
        return;
    }
    out[0] = '\0';
}

static void handle_memory(const char *cmd, char *out)
{
    static uint8_t buf[GDB_MAX_PACKET / 2];
    const char *p = cmd + 1;
    uint64_t addr, len;
    if (!gdb_parse_hex(&p, &addr) || *p++ != ',' || !gdb_parse_hex(&p, &len)) {
        strcpy(out, "E01");
        return;
    }
    if (len > sizeof(buf) - 1) {
        len = sizeof(buf) - 1;
    }
    if (cmd[0] == 'm') {
        size_t n = debug_rw(addr, buf, len, false);
        if (n == 0 && len) {
            strcpy(out, "E14");
        } else {
            gdb_tohex(out, buf, n);
        }
        return;
    }
    if (*p++ != ':' || gdb_fromhex(buf, p, len) != len) {
        strcpy(out, "E01");
        return;
    }
    strcpy(out, debug_rw(addr, buf, len, true) == len ? "OK" : "E14");
}

static void handle_query(const char *cmd, char *out)
{
    if (!strncmp(cmd, "qSupported", 10)) {
        snprintf(out, GDB_MAX_PACKET,
                 "PacketSize=%x;qXfer:features:read+;QStartNoAckMode+;"
                 "vContSupported+",
                 GDB_MAX_PACKET);
    } else if (!strcmp(cmd, "QStartNoAckMode")) {
        strcpy(out, "OK");
        put_packet(out);
        gdb.noack = true;
        out[0] = '\1'; /* sent already */
    } else if (!strncmp(cmd, "qXfer:features:read:", 20)) {
        xfer_features(cmd + 20, out);
    } else if (!strncmp(cmd, "qAttached", 9)) {
        strcpy(out, "1");
    } else if (!strcmp(cmd, "qfThreadInfo")) {
        strcpy(out, "m1");
    } else if (!strcmp(cmd, "qsThreadInfo")) {
        strcpy(out, "l");
    } else if (!strcmp(cmd, "qC")) {
        strcpy(out, "QC1");
    } else if (!strncmp(cmd, "qSymbol", 7)) {
        strcpy(out, "OK");
    } else {
        out[0] = '\0';
    }
}

/* One packet from the debugger; the reply goes into out (empty: the
 * "unsupported" reply; '\1': nothing to send). */
static void handle_packet(const char *cmd, char *out)
{
    uint8_t buf[16];
    const char *p = cmd + 1;
    uint64_t n;

    out[0] = '\0';
    switch (cmd[0]) {
    case '?':
        stop_reply(out, GDB_MAX_PACKET);
        break;
    case 'g':
        reply_regs(out);
        break;
    case 'G':
        write_regs(cmd + 1, out);
        break;
    case 'p':
        if (gdb_parse_hex(&p, &n)) {
            int size = gdb.ops->read_reg(gdb.cs, (int)n, buf);
            if (size) {
                gdb_tohex(out, buf, (size_t)size);
            } else {
                strcpy(out, "E00");
            }
        }
        break;
    case 'P':
        if (gdb_parse_hex(&p, &n) && *p++ == '=') {
            int size = gdb.ops->read_reg(gdb.cs, (int)n, buf);
            bool ok = size && gdb_fromhex(buf, p, (size_t)size) ==
                                  (size_t)size;
            ok = ok && gdb.ops->write_reg(gdb.cs, (int)n, buf);
            strcpy(out, ok ? "OK" : "E00");
        }
        break;
    case 'm':
    case 'M':
        handle_memory(cmd, out);
        break;
    case 'c':
    case 's':
        resume(cmd[0] == 's' ? RUN_STEP : RUN_CONTINUE, cmd + 1);
        out[0] = '\1';
        break;
    case 'C':
    case 'S':
        /* The signal is not delivered (bare metal has none). */
        p = strchr(cmd, ';');
        resume(cmd[0] == 'S' ? RUN_STEP : RUN_CONTINUE, p ? p + 1 : NULL);
        out[0] = '\1';
        break;
    case 'v':
        if (!strcmp(cmd, "vCont?")) {
            strcpy(out, "vCont;c;C;s;S");
        } else if (!strncmp(cmd, "vCont", 5)) {
            handle_vcont(cmd + 5, out);
            if (!out[0]) {
                out[0] = '\1';
            }
        } else if (!strncmp(cmd, "vKill", 5)) {
            strcpy(out, "OK");
            put_packet(out);
            machine_request_shutdown(gdb.m, 0);
            gdb.run = RUN_CONTINUE;
            out[0] = '\1';
        }
        break;
    case 'q':
    case 'Q':
        handle_query(cmd, out);
        break;
    case 'H':
    case 'T':
        strcpy(out, "OK");
        break;
    case 'Z':
    case 'z':
        handle_point(cmd, out);
        break;
    case 'D':
        put_packet("OK");
        drop_client();
        out[0] = '\1';
        break;
    case 'k':
        machine_request_shutdown(gdb.m, 0);
        gdb.run = RUN_CONTINUE;
        out[0] = '\1';
        break;
    default:
        break;
    }
}

/* Feed received bytes to the parser; packets are answered, 0x03 makes a
 * stop due. */
static void consume(const uint8_t *data, size_t len)
{
    static char out[2 * GDB_MAX_PACKET + 8];
    for (size_t i = 0; i < len && gdb.fd >= 0; i++) {
        switch (gdb_parse_byte(&gdb.parser, data[i])) {
        case GDB_EV_PACKET:
            if (!gdb.noack) {
                send_raw("+", 1);
            }
            if (gdb.run != RUN_STOPPED) {
                break; /* all-stop: only 0x03 while running */
            }
            handle_packet(gdb.parser.buf, out);
            if (out[0] != '\1') {
                put_packet(out);
            }
            break;
        case GDB_EV_BAD:
            if (!gdb.noack) {
                send_raw("-", 1);
            }
            break;
        case GDB_EV_NAK:
            send_raw(gdb.last_reply, gdb.last_len);
            break;
        case GDB_EV_INTERRUPT:
            if (gdb.run != RUN_STOPPED && !gdb.stop_sig) {
                gdb.stop_sig = GDB_SIGINT;
            }
            break;
        default:
            break;
        }
    }
}

/* Read what the client sent; when wait, wait for it (a while). */
static void service_client(bool wait)
{
    uint8_t buf[4096];
    if (wait) {
        struct pollfd p = { .fd = gdb.fd, .events = POLLIN };
        if (poll(&p, 1, GDB_STOPPED_POLL_MS) < 0) {
            return;
        }
    }
    ssize_t n = recv(gdb.fd, buf, sizeof(buf), 0);
    if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR)) {
        drop_client();
        return;
    }
    if (n > 0) {
        consume(buf, (size_t)n);
    }
}

/* While running: an attach or input arrived. */
static void poll_io(void)
{
    gdb.io = 0;
    if (gdb.fd < 0) {
        if (try_accept()) {
            /* gdb stops the target on connecting and asks '?' itself. */
            gdb.stop_sig = GDB_SIGTRAP;
            gdb.quiet_stop = true;
        }
        return;
    }
    service_client(false);
}

bool gdbstub_wait(CPUState *cs)
{
    (void)cs;
    if (gdb.io) {
        poll_io();
    }
    if (!gdb.stop_sig) {
        return false;
    }
    gdb.run = RUN_STOPPED;
    runstate_set_debug_stop(true);
    if (!gdb.quiet_stop && gdb.fd >= 0) {
        char reply[64];
        stop_reply(reply, sizeof(reply));
        put_packet(reply);
    }
    while (gdb.run == RUN_STOPPED) {
        if (machine_should_stop(gdb.m)) {
            gdb.run = RUN_CONTINUE;
            break;
        }
        if (gdb.fd < 0) {
            struct pollfd p = { .fd = gdb.listen_fd, .events = POLLIN };
            poll(&p, 1, GDB_STOPPED_POLL_MS);
            if (try_accept()) {
                gdb.quiet_stop = true;
            }
            continue;
        }
        service_client(true);
    }
    runstate_set_debug_stop(false);
    gdb.stop_sig = 0;
    gdb.quiet_stop = false;
    gdb.watch_skip = gdb.hit && gdb.hit_pc == cs->pc;
    gdb.hit = false;
    gdb.resumed = true;
    return true;
}

uint32_t gdbstub_cflags(CPUState *cs)
{
    uint32_t cf = 0;
    if (gdb.run == RUN_STEP || gdb.watch_skip) {
        cf = CF_SINGLE_INSN | CF_BP_SKIP;
    } else if (gdb.resumed && gdbstub_breakpoint_at(cs->pc)) {
        /* Continue from a breakpoint: its instruction runs first. */
        cf = CF_SINGLE_INSN | CF_BP_SKIP;
    }
    gdb.resumed = false;
    if (cf) {
        /* Generated code must come back to the loop after this block:
         * its indirect exits would find cached blocks here. */
        memset(cs->tb_jmp_cache, 0, sizeof(cs->tb_jmp_cache));
    }
    return cf;
}

void gdbstub_block_done(CPUState *cs, uintptr_t ret, uint32_t cflags)
{
    (void)cs;
    (void)cflags;
    if (ret == TB_EXIT_DEBUG) {
        gdb.stop_sig = GDB_SIGTRAP;
        return;
    }
    gdb.watch_skip = false;
    if (gdb.run == RUN_STEP) {
        gdb.stop_sig = GDB_SIGTRAP;
    }
}

void gdbstub_trap_taken(CPUState *cs)
{
    (void)cs;
    gdb.watch_skip = false;
    if (gdb.run == RUN_STEP) {
        gdb.stop_sig = GDB_SIGTRAP;
    }
}

void gdbstub_exit(int code)
{
    if (!gdbstub_enabled || gdb.fd < 0) {
        return;
    }
    char reply[16];
    snprintf(reply, sizeof(reply), "W%02x", code & 0xff);
    put_packet(reply);
    close(gdb.fd);
    gdb.fd = -1;
}

/* ---- setup ---- */

static int listen_on(const char *spec)
{
    const char *s = spec;
    if (!strncmp(s, "tcp:", 4)) {
        s += 4;
    }
    const char *colon = strrchr(s, ':');
    char host[256] = "";
    const char *port = s;
    if (colon) {
        size_t n = (size_t)(colon - s);
        if (n >= sizeof(host)) {
            fatal("-gdb: host name too long in '%s'", spec);
        }
        memcpy(host, s, n);
        host[n] = '\0';
        port = colon + 1;
    }
    if (!*port) {
        fatal("-gdb: no port in '%s' (use tcp::PORT)", spec);
    }
    struct addrinfo hints = { .ai_family = AF_INET, .ai_socktype = SOCK_STREAM,
                              .ai_flags = AI_PASSIVE };
    struct addrinfo *res;
    if (getaddrinfo(*host ? host : NULL, port, &hints, &res)) {
        fatal("-gdb: cannot resolve '%s'", spec);
    }
    int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
    int one = 1;
    if (fd < 0 ||
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) ||
        bind(fd, res->ai_addr, res->ai_addrlen) || listen(fd, 1)) {
        fatal("-gdb: cannot listen on '%s': %s", spec, strerror(errno));
    }
    freeaddrinfo(res);
    return fd;
}

void gdbstub_init(struct Machine *m, CPUState *cs, const char *spec,
                  bool start_stopped)
{
    gdb.m = m;
    gdb.cs = cs;
    gdb.ops = cs->cc->gdb;
    if (!gdb.ops) {
        fatal("-gdb: this CPU has no debugger support");
    }
    gdb.listen_fd = listen_on(spec);
    struct sigaction sa = { .sa_handler = sigio_handler,
                            .sa_flags = SA_RESTART };
    sigemptyset(&sa.sa_mask);
    sigaction(SIGIO, &sa, NULL);
    set_async(gdb.listen_fd);
    softmmu_watch_page = gdb_watch_page;
    softmmu_watch_check = watch_check;
    gdbstub_enabled = true;
    if (start_stopped) {
        gdb.stop_sig = GDB_SIGTRAP;
        gdb.quiet_stop = true;
    }
}
