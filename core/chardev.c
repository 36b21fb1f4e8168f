/* SPDX-License-Identifier: MIT */
/*
 * Character back ends: "stdio", "file:PATH" (output only) and "none".
 * On a terminal, stdio switches it to raw mode (no echo, no line editing,
 * no signals from Ctrl-C: those bytes belong to the guest) and restores it
 * at exit, in chardev_close and on fatal signals. Input is polled, never
 * blocking the caller. Ctrl-A starts a command: X quits, H prints help
 * (to the back end's output), C hands the terminal to the monitor (when
 * one registered), Ctrl-A sends one Ctrl-A; any other key after Ctrl-A is
 * passed to the guest alone.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include "core/chardev.h"
#include "core/log.h"

enum {
    CTRL_A = 0x01,
};

typedef enum CharKind {
    CHR_NONE,
    CHR_STDIO,
    CHR_FILE,
} CharKind;

struct CharBackend {
    CharKind kind;
    int in_fd, out_fd; /* -1 when absent */
    bool in_eof;
    bool escape;       /* the last input byte was Ctrl-A */
    void (*quit)(void *opaque);
    void *quit_opaque;
    int mux_away;      /* atomic: the monitor has the terminal's input */
};

static void (*mux_hook)(CharBackend *c);

/* The terminal's settings before raw mode; one stdio per process. */
static struct termios saved_tty;
static volatile sig_atomic_t tty_raw;

static void tty_restore(void)
{
    if (tty_raw) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved_tty);
        tty_raw = 0;
    }
}

static void tty_signal(int sig)
{
    tty_restore(); /* tcsetattr is async-signal-safe */
    signal(sig, SIG_DFL);
    raise(sig);
}

static void tty_make_raw(void)
{
    static const int fatal_signals[] = {
        SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGABRT, SIGSEGV, SIGBUS,
        SIGFPE, SIGILL,
    };
    struct termios t;

    if (tty_raw || tcgetattr(STDIN_FILENO, &saved_tty) < 0) {
        return;
    }
    t = saved_tty;
    t.c_iflag &= ~(tcflag_t)(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR |
                             IGNCR | ICRNL | IXON);
    t.c_lflag &= ~(tcflag_t)(ECHO | ECHONL | ICANON | ISIG | IEXTEN);
    t.c_cflag = (t.c_cflag & ~(tcflag_t)(CSIZE | PARENB)) | CS8;
    t.c_cc[VMIN] = 1;
    t.c_cc[VTIME] = 0;
    if (tcsetattr(STDIN_FILENO, TCSANOW, &t) < 0) {
        return;
    }
    tty_raw = 1;
    atexit(tty_restore);
    for (size_t i = 0; i < sizeof(fatal_signals) / sizeof(fatal_signals[0]);
         i++) {
        struct sigaction sa = { .sa_handler = tty_signal };
        sigemptyset(&sa.sa_mask);
        sigaction(fatal_signals[i], &sa, NULL);
    }
}

CharBackend *chardev_open(const char *spec)
{
    CharBackend *c = calloc(1, sizeof(*c));
    if (!c) {
        fatal("out of memory");
    }
    c->in_fd = c->out_fd = -1;
    if (!strcmp(spec, "none")) {
        c->kind = CHR_NONE;
    } else if (!strcmp(spec, "stdio")) {
        c->kind = CHR_STDIO;
        c->in_fd = STDIN_FILENO;
        c->out_fd = STDOUT_FILENO;
        if (isatty(STDIN_FILENO)) {
            tty_make_raw();
        }
    } else if (!strncmp(spec, "file:", 5) && spec[5]) {
        c->kind = CHR_FILE;
        c->out_fd = open(spec + 5, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC,
                         0644);
        if (c->out_fd < 0) {
            fatal("cannot open '%s': %s", spec + 5, strerror(errno));
        }
    } else {
        fatal("unknown character back end '%s' (stdio, file:PATH, none)",
              spec);
    }
    return c;
}

void chardev_write(CharBackend *c, const uint8_t *buf, size_t len)
{
    if (c->out_fd < 0) {
        return;
    }
    while (len) {
        ssize_t n = write(c->out_fd, buf, len);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            if (errno == EAGAIN || errno == EWOULDBLOCK) {
                struct pollfd p = { .fd = c->out_fd, .events = POLLOUT };
                poll(&p, 1, -1);
                continue;
            }
            return; /* a closed pipe: output is lost, the guest runs on */
        }
        buf += n;
        len -= (size_t)n;
    }
}

static void chardev_help(CharBackend *c)
{
    static const char help[] =
        "\r\nC-a h    print this help\r\n"
        "C-a x    exit emu\r\n"
        "C-a c    switch between console and monitor\r\n"
        "C-a C-a  send C-a\r\n";
    chardev_write(c, (const uint8_t *)help, sizeof(help) - 1);
}

void chardev_set_quit(CharBackend *c, void (*quit)(void *opaque),
                      void *opaque)
{
    c->quit = quit;
    c->quit_opaque = opaque;
}

void chardev_set_mux_hook(void (*hook)(CharBackend *c)) { mux_hook = hook; }

void chardev_mux_return(CharBackend *c)
{
    __atomic_store_n(&c->mux_away, 0, __ATOMIC_RELEASE);
}

int chardev_filter_input(CharBackend *c, uint8_t byte)
{
    if (!c->escape) {
        if (byte == CTRL_A) {
            c->escape = true;
            return -1;
        }
        return byte;
    }
    c->escape = false;
    switch (byte) {
    case 'x':
    case 'X':
        if (c->quit) {
            c->quit(c->quit_opaque);
        } else {
            static const char msg[] = "\r\nemu: terminated\r\n";
            chardev_write(c, (const uint8_t *)msg, sizeof(msg) - 1);
            tty_restore();
            exit(0);
        }
        return -1;
    case 'h':
    case 'H':
    case '?':
        chardev_help(c);
        return -1;
    case 'c':
    case 'C':
        if (!mux_hook || c->kind != CHR_STDIO) {
            return byte;
        }
        __atomic_store_n(&c->mux_away, 1, __ATOMIC_RELEASE);
        mux_hook(c);
        return -1;
    default:
        return byte; /* Ctrl-A Ctrl-A and unknown commands: the key itself */
    }
}

int chardev_read(CharBackend *c)
{
    while (c->in_fd >= 0 && !c->in_eof &&
           !__atomic_load_n(&c->mux_away, __ATOMIC_ACQUIRE)) {
        struct pollfd p = { .fd = c->in_fd, .events = POLLIN };
        if (poll(&p, 1, 0) <= 0 || !(p.revents & (POLLIN | POLLHUP))) {
            return -1;
        }
        uint8_t b;
        ssize_t n = read(c->in_fd, &b, 1);
        if (n == 0) {
            c->in_eof = true; /* input closed: nothing more, ever */
            return -1;
        }
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return -1;
        }
        int v = chardev_filter_input(c, b);
        if (v >= 0) {
            return v;
        }
    }
    return -1;
}

bool chardev_winsize(CharBackend *c, uint16_t *cols, uint16_t *rows)
{
    struct winsize ws;
    if (c->out_fd < 0 || !isatty(c->out_fd) ||
        ioctl(c->out_fd, TIOCGWINSZ, &ws) < 0 || !ws.ws_col || !ws.ws_row) {
        return false;
    }
    *cols = ws.ws_col;
    *rows = ws.ws_row;
    return true;
}

void chardev_close(CharBackend *c)
{
    if (!c) {
        return;
    }
    if (c->kind == CHR_STDIO) {
        tty_restore();
    } else if (c->kind == CHR_FILE) {
        close(c->out_fd);
    }
    free(c);
}
