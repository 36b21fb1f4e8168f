/* SPDX-License-Identifier: MIT */
/*
 * Unit tests for the character back ends (core/chardev.c) without a
 * terminal: file output, none, stdio reading a pipe put on fd 0 (polled,
 * never blocking, EOF), the Ctrl-A escape filter (X quits through the
 * installed handler, H prints help to the output, Ctrl-A Ctrl-A sends one
 * Ctrl-A), Ctrl-A X without a handler exiting with status 0, bad specs
 * exiting with status 1 (in children), and, on a pseudo-terminal, raw mode
 * and its restoration by chardev_close, at exit and on a fatal signal.
 * Ends with `N passed, M failed`.
 */
#define _XOPEN_SOURCE 600 /* posix_openpt and friends */
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include "core/chardev.h"

#include "tests/test-check.h"

static int quits;

static void on_quit(void *opaque)
{
    (void)opaque;
    quits++;
}

static size_t slurp(const char *path, char *buf, size_t cap)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        return 0;
    }
    size_t n = fread(buf, 1, cap - 1, f);
    fclose(f);
    buf[n] = 0;
    return n;
}

static void test_file(void)
{
    char path[] = "/tmp/emu-test-chardev-XXXXXX", buf[512];
    int fd = mkstemp(path);
    close(fd);
    char spec[64];
    snprintf(spec, sizeof(spec), "file:%s", path);

    CharBackend *c = chardev_open(spec);
    chardev_write(c, (const uint8_t *)"hello\n", 6);
    chardev_write(c, (const uint8_t *)"\0x", 2);
    check_eq((uint64_t)chardev_read(c), (uint64_t)-1, "file: no input");
    /* Ctrl-A H: the help goes to the back end's output. */
    check_eq((uint64_t)chardev_filter_input(c, 0x01), (uint64_t)-1,
             "file: Ctrl-A is held");
    check_eq((uint64_t)chardev_filter_input(c, 'h'), (uint64_t)-1,
             "file: Ctrl-A H is consumed");
    chardev_close(c);
    size_t n = slurp(path, buf, sizeof(buf));
    check(n > 8 && !memcmp(buf, "hello\n\0x", 8), "file: bytes written");
    check(n > 8 && strstr(buf + 8, "C-a x") != NULL, "file: help printed");
    unlink(path);
}

static void test_none(void)
{
    CharBackend *c = chardev_open("none");
    chardev_write(c, (const uint8_t *)"dropped", 7);
    check_eq((uint64_t)chardev_read(c), (uint64_t)-1, "none: no input");
    chardev_close(c);
}

static void test_filter(void)
{
    CharBackend *c = chardev_open("none");
    chardev_set_quit(c, on_quit, NULL);
    static const struct {
        uint8_t in;
        int out;
    } seq[] = {
        { 'a', 'a' },   { '\r', '\r' }, { 0x03, 0x03 }, /* Ctrl-C passes */
        { 0x01, -1 },   { 0x01, 0x01 },                 /* Ctrl-A Ctrl-A */
        { 0x01, -1 },   { 'q', 'q' },                   /* unknown: key */
        { 0x01, -1 },   { 'h', -1 },    { 'b', 'b' },   /* help */
        { 0x01, -1 },   { 'H', -1 },
        { 'x', 'x' },                                   /* plain x */
    };
    for (size_t i = 0; i < sizeof(seq) / sizeof(seq[0]); i++) {
        check_eq((uint64_t)chardev_filter_input(c, seq[i].in),
                 (uint64_t)seq[i].out, "filter step %zu (byte %#x)", i,
                 seq[i].in);
    }
    check_eq(quits, 0, "no quit yet");
    check_eq((uint64_t)chardev_filter_input(c, 0x01), (uint64_t)-1,
             "Ctrl-A before X");
    check_eq((uint64_t)chardev_filter_input(c, 'x'), (uint64_t)-1,
             "Ctrl-A X consumed");
    check_eq(quits, 1, "Ctrl-A x quits");
    chardev_filter_input(c, 0x01);
    chardev_filter_input(c, 'X');
    check_eq(quits, 2, "Ctrl-A X quits");
    check_eq((uint64_t)chardev_filter_input(c, 'y'), 'y', "normal again");
    chardev_close(c);
}

static void test_stdio_pipe(void)
{
    int p[2];
    if (pipe(p)) {
        perror("pipe");
        exit(2);
    }
    int saved = dup(0);
    dup2(p[0], 0);
    close(p[0]);

    CharBackend *c = chardev_open("stdio");
    chardev_set_quit(c, on_quit, NULL);
    check_eq((uint64_t)chardev_read(c), (uint64_t)-1,
             "stdio: empty pipe does not block");
    quits = 0;
    if (write(p[1], "ab\x01\x01\x01xc", 7) != 7) {
        perror("write");
    }
    check_eq((uint64_t)chardev_read(c), 'a', "stdio: first byte");
    check_eq((uint64_t)chardev_read(c), 'b', "stdio: second byte");
    check_eq((uint64_t)chardev_read(c), 0x01, "stdio: Ctrl-A Ctrl-A");
    check_eq((uint64_t)chardev_read(c), 'c', "stdio: Ctrl-A X skipped");
    check_eq(quits, 1, "stdio: Ctrl-A X quit");
    check_eq((uint64_t)chardev_read(c), (uint64_t)-1, "stdio: drained");
    close(p[1]);
    check_eq((uint64_t)chardev_read(c), (uint64_t)-1, "stdio: EOF");
    check_eq((uint64_t)chardev_read(c), (uint64_t)-1, "stdio: after EOF");
    chardev_close(c);

    dup2(saved, 0);
    close(saved);
}

static void test_bad_spec(const char *spec)
{
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        freopen("/dev/null", "w", stderr);
        chardev_open(spec);
        _exit(0);
    }
    int st = 0;
    waitpid(pid, &st, 0);
    check(WIFEXITED(st) && WEXITSTATUS(st) == 1,
          "bad spec '%s' exits with status 1", spec);
}

static void test_quit_exits(void)
{
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        CharBackend *c = chardev_open("none");
        chardev_filter_input(c, 0x01);
        chardev_filter_input(c, 'x');
        _exit(3); /* not reached when Ctrl-A X exits */
    }
    int st = 0;
    waitpid(pid, &st, 0);
    check(WIFEXITED(st) && WEXITSTATUS(st) == 0,
          "Ctrl-A X without a handler exits with status 0");
}

/* How a child leaves the terminal: by chardev_close, exit, or a signal. */
enum { BY_CLOSE, BY_EXIT, BY_SIGNAL };

static void test_tty(int how, const char *what)
{
    int master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || grantpt(master) || unlockpt(master)) {
        check(false, "%s: no pseudo-terminal", what);
        return;
    }
    int slave = open(ptsname(master), O_RDWR | O_NOCTTY);
    struct termios before, during, after;
    tcgetattr(slave, &before);
    int up[2], down[2]; /* child to parent, parent to child */
    if (slave < 0 || pipe(up) || pipe(down)) {
        check(false, "%s: setup", what);
        return;
    }
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        dup2(slave, 0);
        CharBackend *c = chardev_open("stdio");
        char ok = 1;
        if (write(up[1], &ok, 1) != 1) {
            _exit(4);
        }
        char go;
        if (read(down[0], &go, 1) != 1) {
            _exit(4);
        }
        if (how == BY_CLOSE) {
            chardev_close(c);
            if (write(up[1], &ok, 1) != 1) {
                _exit(4);
            }
            pause(); /* the parent looks, then kills */
        } else if (how == BY_EXIT) {
            exit(0);
        } else {
            raise(SIGTERM);
        }
        _exit(5);
    }
    char b;
    if (read(up[0], &b, 1) != 1) {
        check(false, "%s: child did not start", what);
    }
    tcgetattr(slave, &during);
    check(!(during.c_lflag & (ECHO | ICANON | ISIG)) &&
              !(during.c_iflag & (ICRNL | IXON)),
          "%s: raw mode while open", what);
    if (write(down[1], &b, 1) != 1) {
        check(false, "%s: child did not go on", what);
    }
    int st = 0;
    if (how == BY_CLOSE) {
        if (read(up[0], &b, 1) != 1) {
            check(false, "%s: child did not close", what);
        }
        tcgetattr(slave, &after);
        kill(pid, SIGKILL);
        waitpid(pid, &st, 0);
    } else {
        waitpid(pid, &st, 0);
        tcgetattr(slave, &after);
    }
    check(after.c_lflag == before.c_lflag && after.c_iflag == before.c_iflag,
          "%s: terminal restored", what);
    if (how == BY_SIGNAL) {
        check(WIFSIGNALED(st) && WTERMSIG(st) == SIGTERM,
              "%s: the signal still ends the process", what);
    }
    close(up[0]);
    close(up[1]);
    close(down[0]);
    close(down[1]);
    close(slave);
    close(master);
}

int main(void)
{
    alarm(30); /* a hung child fails the test rather than make test */
    test_file();
    test_none();
    test_filter();
    test_stdio_pipe();
    test_bad_spec("serial");
    test_bad_spec("file:");
    test_bad_spec("file:/nonexistent-dir/x");
    test_quit_exits();
    test_tty(BY_CLOSE, "tty, chardev_close");
    test_tty(BY_EXIT, "tty, exit");
    test_tty(BY_SIGNAL, "tty, SIGTERM");
    return check_summary();
}
