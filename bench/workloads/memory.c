/* SPDX-License-Identifier: MIT */
/*
 * memory.c: memory-system workload, sized far beyond any TLB's reach.
 * A random cyclic permutation (Sattolo's algorithm) over a 64 MiB array
 * of 64-bit indices is chased pointer by pointer (every step a likely TLB
 * and cache miss); a strided pass touches one word per 4 KiB page across
 * the array, mixing strides; and 16 MiB blocks are copied back and forth
 * with memcpy. The checksum folds the visited indices and copied data.
 */
#include <string.h>

#include "bench.h"

/* Full size; a run below 100% (the sanity test) uses 1 MiB for both. */
#define ARRAY_BYTES_FULL (64u << 20)
#define COPY_BYTES_FULL (16u << 20)

int main(int argc, char **argv)
{
    uint64_t pct = bench_scale(argc, argv);
    uint64_t steps = bench_scaled(6000000, pct);
    uint64_t stride_passes = bench_scaled(40, pct);
    uint64_t copies = bench_scaled(24, pct);
    uint64_t array_bytes = pct < 100 ? 1u << 20 : ARRAY_BYTES_FULL;
    uint64_t copy_bytes = pct < 100 ? 1u << 20 : COPY_BYTES_FULL;
    uint64_t array_n = array_bytes / 8;
    uint64_t *next = malloc(array_bytes);
    uint8_t *src = malloc(copy_bytes), *dst = malloc(copy_bytes);
    uint64_t seed = 0x0ddba11cafef00dULL, sum = 0, p = 0;

    if (!next || !src || !dst) {
        printf("memory: out of memory\n");
        return 1;
    }
    bench_start();
    /* Sattolo: a single cycle through all array_n slots. */
    for (uint64_t i = 0; i < array_n; i++) {
        next[i] = i;
    }
    for (uint64_t i = array_n - 1; i > 0; i--) {
        uint64_t j = bench_rand(&seed) % i, t = next[i];

        next[i] = next[j];
        next[j] = t;
    }
    for (uint64_t s = 0; s < steps; s++) {
        p = next[p];
        sum += p;
    }
    sum = bench_mix(sum, p);
    /* One word per page, pages visited with a stride of 1, 3, 7 ... */
    for (uint64_t pass = 0; pass < stride_passes; pass++) {
        uint64_t pages = array_bytes / 4096, step = (2 * pass + 1) % pages;
        uint64_t page = pass, acc = 0;

        for (uint64_t k = 0; k < pages; k++) {
            uint64_t *w = &next[page * 512 + (k & 511)];

            acc += *w;
            *w ^= k;
            page = (page + step) % pages;
        }
        sum = bench_mix(sum, acc);
    }
    for (uint64_t i = 0; i < copy_bytes; i += 8) {
        uint64_t v = bench_rand(&seed);

        memcpy(src + i, &v, 8);
    }
    for (uint64_t c = 0; c < copies; c++) {
        uint64_t off = (c * 4104) % 65536, w;

        memcpy(dst, src + off, copy_bytes - off);
        memcpy(src, dst + (off & ~7u), copy_bytes - off - 8);
        memcpy(&w, dst + (c * 1048573) % (copy_bytes - 8), 8);
        sum = bench_mix(sum, w);
    }
    bench_end(sum);
    free(next);
    free(src);
    free(dst);
    return 0;
}
