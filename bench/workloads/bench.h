/* SPDX-License-Identifier: MIT */
/*
 * bench.h: what every guest workload shares. A workload takes one optional
 * argument, its size in percent of the default (the default is sized to
 * run about a second natively), does its work between bench_start() and
 * bench_end(), and prints "CHECKSUM <16 hex digits>" (a function of the
 * work's results only, so native, QEMU and emu must agree) and
 * "ELAPSED <seconds>", the CLOCK_MONOTONIC time the work took.
 * Guest builds are static riscv64; everything here is plain C17 + POSIX.
 */
#ifndef BENCH_WORKLOADS_BENCH_H
#define BENCH_WORKLOADS_BENCH_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static struct timespec bench_t0;

/* The size argument: percent of the default work (1..100000). */
static inline uint64_t bench_scale(int argc, char **argv)
{
    long pct = 100;

    if (argc > 1) {
        pct = strtol(argv[1], NULL, 10);
    }
    if (pct < 1 || pct > 100000) {
        fprintf(stderr, "%s: size must be 1..100000 (percent)\n", argv[0]);
        exit(2);
    }
    return (uint64_t)pct;
}

/* n scaled by pct percent, at least 1. */
static inline uint64_t bench_scaled(uint64_t n, uint64_t pct)
{
    uint64_t v = n * pct / 100;

    return v ? v : 1;
}

static inline void bench_start(void)
{
    clock_gettime(CLOCK_MONOTONIC, &bench_t0);
}

static inline void bench_end(uint64_t checksum)
{
    struct timespec t1;
    double s;

    clock_gettime(CLOCK_MONOTONIC, &t1);
    s = (double)(t1.tv_sec - bench_t0.tv_sec) +
        (double)(t1.tv_nsec - bench_t0.tv_nsec) * 1e-9;
    printf("CHECKSUM %016llx\n", (unsigned long long)checksum);
    printf("ELAPSED %.6f\n", s);
    fflush(stdout);
}

/* xorshift64*: the deterministic generator of every workload's data. */
static inline uint64_t bench_rand(uint64_t *s)
{
    uint64_t x = *s;

    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    *s = x;
    return x * 0x2545f4914f6cdd1dULL;
}

/* Folds v into the running checksum h. */
static inline uint64_t bench_mix(uint64_t h, uint64_t v)
{
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    return h;
}

#endif /* BENCH_WORKLOADS_BENCH_H */
