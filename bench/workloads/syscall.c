/* SPDX-License-Identifier: MIT */
/*
 * syscall.c: system-call and control-flow workload. A parent and a forked
 * child play ping-pong over two pipes; small files are created, written,
 * read back and unlinked in a directory (BENCH_TMPDIR, default /tmp: tmpfs
 * in the guest); and a dispatcher calls through a table of function
 * pointers chosen by data, into branchy functions. The checksum covers the
 * bytes exchanged, read back and computed, never pids or times.
 */
#include <fcntl.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bench.h"

#define FILE_BYTES 2048

static void die(const char *what)
{
    perror(what);
    exit(1);
}

/* Round trips: the child answers each 8-byte word with a function of it. */
static uint64_t pipe_pingpong(uint64_t rounds)
{
    int to_child[2], to_parent[2];
    uint64_t sum = 0;
    pid_t pid;
    int status;

    if (pipe(to_child) != 0 || pipe(to_parent) != 0) {
        die("pipe");
    }
    pid = fork();
    if (pid < 0) {
        die("fork");
    }
    if (pid == 0) {
        uint64_t w;

        close(to_child[1]);
        close(to_parent[0]);
        while (read(to_child[0], &w, 8) == 8) {
            w = w * 2654435761u + 1;
            if (write(to_parent[1], &w, 8) != 8) {
                _exit(1);
            }
        }
        _exit(0);
    }
    close(to_child[0]);
    close(to_parent[1]);
    for (uint64_t r = 0; r < rounds; r++) {
        uint64_t w = r ^ sum;

        if (write(to_child[1], &w, 8) != 8 || read(to_parent[0], &w, 8) != 8) {
            die("pipe round trip");
        }
        sum = bench_mix(sum, w);
    }
    close(to_child[1]);
    close(to_parent[0]);
    if (waitpid(pid, &status, 0) != pid || status != 0) {
        die("child");
    }
    return sum;
}

static uint64_t file_cycle(const char *dir, uint64_t files, uint64_t *seed)
{
    static uint8_t out[FILE_BYTES], in[FILE_BYTES];
    char path[256];
    uint64_t sum = 0;

    for (uint64_t f = 0; f < files; f++) {
        size_t len = 1 + bench_rand(seed) % FILE_BYTES;
        int fd;

        snprintf(path, sizeof(path), "%s/bench-%llu.tmp", dir,
                 (unsigned long long)(f % 16));
        for (size_t i = 0; i < len; i++) {
            out[i] = (uint8_t)(f * 31 + i * 7);
        }
        fd = open(path, O_CREAT | O_TRUNC | O_WRONLY, 0600);
        if (fd < 0 || write(fd, out, len) != (ssize_t)len || close(fd) != 0) {
            die(path);
        }
        fd = open(path, O_RDONLY);
        if (fd < 0 || read(fd, in, sizeof(in)) != (ssize_t)len ||
            close(fd) != 0 || unlink(path) != 0) {
            die(path);
        }
        if (memcmp(in, out, len) != 0) {
            printf("syscall: %s read back differs\n", path);
            exit(1);
        }
        sum = bench_mix(sum, len ^ in[len / 2]);
    }
    return sum;
}

/* Branchy little functions, called through a table. */
static uint64_t f_collatz(uint64_t x)
{
    unsigned n = 0;

    x = (x & 0xffff) | 1;
    while (x != 1 && n < 64) {
        x = (x & 1) ? 3 * x + 1 : x / 2;
        n++;
    }
    return n;
}

static uint64_t f_classify(uint64_t x)
{
    if (x % 3 == 0) {
        return x / 3;
    } else if (x % 5 == 0) {
        return x ^ 0x5555;
    } else if ((x & 0xff) > 0x80) {
        return x >> 7;
    }
    return x + 11;
}

static uint64_t f_digits(uint64_t x)
{
    uint64_t s = 0;

    x &= 0xffffffffu;
    while (x) {
        s += x % 10;
        x /= 10;
    }
    return s;
}

static uint64_t f_bits(uint64_t x)
{
    uint64_t c = 0;

    for (int i = 0; i < 64; i += 4) {
        switch ((x >> i) & 3) {
        case 0:
            c += 1;
            break;
        case 1:
            c ^= 3;
            break;
        case 2:
            c <<= 1;
            break;
        default:
            c = c * 5 + 1;
            break;
        }
    }
    return c;
}

static uint64_t (*const table[4])(uint64_t) = {
    f_collatz, f_classify, f_digits, f_bits,
};

static uint64_t dispatch(uint64_t calls, uint64_t *seed)
{
    uint64_t sum = 0;

    for (uint64_t i = 0; i < calls; i++) {
        uint64_t x = bench_rand(seed);

        sum += table[x >> 62](x);
    }
    return sum;
}

int main(int argc, char **argv)
{
    uint64_t pct = bench_scale(argc, argv);
    const char *dir = getenv("BENCH_TMPDIR");
    uint64_t seed = 0xabcdef0123456789ULL, sum = 0;

    if (!dir) {
        dir = "/tmp";
    }
    bench_start();
    sum = bench_mix(sum, pipe_pingpong(bench_scaled(8000, pct)));
    sum = bench_mix(sum, file_cycle(dir, bench_scaled(8000, pct), &seed));
    sum = bench_mix(sum, dispatch(bench_scaled(3000000, pct), &seed));
    bench_end(sum);
    return 0;
}
