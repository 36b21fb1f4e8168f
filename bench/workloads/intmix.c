/* SPDX-License-Identifier: MIT */
/*
 * intmix.c: integer workload. Each round hashes a buffer two ways
 * (FNV-1a over bytes, a multiply-rotate hash over 64-bit words), sorts
 * keys with the C library's qsort and with an own top-down merge sort
 * (which must agree), and runs a small stack-bytecode interpreter over a
 * program that sums a recurrence. All results go into the checksum.
 */
#include <string.h>

#include "bench.h"

#define BUF_BYTES (64 * 1024)
#define SORT_N 20000
#define VM_STEPS 40000

static uint8_t buf[BUF_BYTES];
static uint64_t keys_a[SORT_N], keys_b[SORT_N], tmp[SORT_N];

static uint64_t hash_fnv1a(const uint8_t *p, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ULL;

    for (size_t i = 0; i < n; i++) {
        h ^= p[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

static uint64_t rotl(uint64_t x, unsigned r)
{
    return (x << r) | (x >> (64 - r));
}

static uint64_t hash_words(const uint8_t *p, size_t n)
{
    uint64_t h = 0x27d4eb2f165667c5ULL;

    for (size_t i = 0; i + 8 <= n; i += 8) {
        uint64_t w;

        memcpy(&w, p + i, 8);
        h ^= rotl(w * 0xc2b2ae3d27d4eb4fULL, 31) * 0x9e3779b185ebca87ULL;
        h = rotl(h, 27) * 0x9e3779b185ebca87ULL + 0x85ebca77c2b2ae63ULL;
    }
    h ^= h >> 33;
    h *= 0xc2b2ae3d27d4eb4fULL;
    return h ^ (h >> 29);
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

    return (x > y) - (x < y);
}

static void merge_sort(uint64_t *a, uint64_t *t, size_t n)
{
    size_t mid = n / 2, i = 0, j = mid, k = 0;

    if (n < 2) {
        return;
    }
    merge_sort(a, t, mid);
    merge_sort(a + mid, t, n - mid);
    while (i < mid && j < n) {
        t[k++] = a[i] <= a[j] ? a[i++] : a[j++];
    }
    while (i < mid) {
        t[k++] = a[i++];
    }
    while (j < n) {
        t[k++] = a[j++];
    }
    memcpy(a, t, n * sizeof(*a));
}

/* The bytecode: a stack machine with a few registers. */
enum { OP_PUSH, OP_LOAD, OP_STORE, OP_ADD, OP_MUL, OP_XOR, OP_SHR, OP_DEC,
       OP_JNZ, OP_HALT };

static uint64_t vm_run(const uint8_t *code, uint64_t n)
{
    uint64_t stack[16], reg[4] = { n, 1, 0, 0 };
    unsigned sp = 0, pc = 0;

    for (;;) {
        uint8_t op = code[pc++];

        switch (op) {
        case OP_PUSH:
            stack[sp++ & 15] = code[pc++];
            break;
        case OP_LOAD:
            stack[sp++ & 15] = reg[code[pc++] & 3];
            break;
        case OP_STORE:
            reg[code[pc++] & 3] = stack[--sp & 15];
            break;
        case OP_ADD:
            sp--;
            stack[(sp - 1) & 15] += stack[sp & 15];
            break;
        case OP_MUL:
            sp--;
            stack[(sp - 1) & 15] *= stack[sp & 15];
            break;
        case OP_XOR:
            sp--;
            stack[(sp - 1) & 15] ^= stack[sp & 15];
            break;
        case OP_SHR:
            stack[(sp - 1) & 15] >>= code[pc++] & 63;
            break;
        case OP_DEC:
            reg[code[pc++] & 3]--;
            break;
        case OP_JNZ: {
            uint8_t target = code[pc++];

            if (stack[--sp & 15] != 0) {
                pc = target;
            }
            break;
        }
        default:
            return reg[1] ^ reg[2];
        }
    }
}

/* r1 = r1 * 33 ^ r0; r2 += r1 >> 3; while (--r0) */
static const uint8_t vm_code[] = {
    OP_LOAD, 1, OP_PUSH, 33, OP_MUL, OP_LOAD, 0, OP_XOR, OP_STORE, 1,
    OP_LOAD, 2, OP_LOAD, 1, OP_SHR, 3, OP_ADD, OP_STORE, 2,
    OP_DEC, 0, OP_LOAD, 0, OP_JNZ, 0, OP_HALT,
};

int main(int argc, char **argv)
{
    uint64_t rounds = bench_scaled(220, bench_scale(argc, argv));
    uint64_t seed = 0x1234567887654321ULL, sum = 0;

    bench_start();
    for (uint64_t r = 0; r < rounds; r++) {
        for (size_t i = 0; i < BUF_BYTES; i += 8) {
            uint64_t v = bench_rand(&seed);

            memcpy(buf + i, &v, 8);
        }
        sum = bench_mix(sum, hash_fnv1a(buf, BUF_BYTES));
        sum = bench_mix(sum, hash_words(buf, BUF_BYTES));
        for (size_t i = 0; i < SORT_N; i++) {
            keys_a[i] = keys_b[i] = bench_rand(&seed) >> (r & 31);
        }
        qsort(keys_a, SORT_N, sizeof(keys_a[0]), cmp_u64);
        merge_sort(keys_b, tmp, SORT_N);
        if (memcmp(keys_a, keys_b, sizeof(keys_a)) != 0) {
            printf("intmix: qsort and merge sort disagree\n");
            return 1;
        }
        sum = bench_mix(sum, keys_a[0] ^ keys_a[SORT_N / 2] ^
                                 keys_a[SORT_N - 1]);
        sum = bench_mix(sum, vm_run(vm_code, VM_STEPS + r));
    }
    bench_end(sum);
    return 0;
}
