/* SPDX-License-Identifier: MIT */
/*
 * Unit tests for the character back ends (core/chardev.c) without a
 * terminal: file output, none, stdio reading a pipe put on fd 0 (polled,
 * never blocking, EOF), the Ctrl-A escape filter (X quits through the
 * installed handler, H prints help to the output, Ctrl-A Ctrl-A sends one
 * Ctrl-A) and bad specs exiting with status 1 (in a child). Ends with
 * `N passed, M failed`.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
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

int main(void)
{
    test_file();
    test_none();
    test_filter();
    test_stdio_pipe();
    test_bad_spec("serial");
    test_bad_spec("file:");
    test_bad_spec("file:/nonexistent-dir/x");
    return check_summary();
}
