/* SPDX-License-Identifier: MIT */
/*
 * bench-loop.S: a CPU-bound RV64I loop for `make bench` (JIT against
 * interpreter). Each of BENCH_ITERS iterations fills a 2 KiB buffer from a
 * xorshift64 generator (stores), hashes it back (loads, shift-add mixing,
 * a data-dependent branch, a call every 32 words, a byte pass) and folds
 * the hash into a checksum. The run exits 0 only if the checksum equals
 * BENCH_EXPECT, so a wrong translation cannot pass as a fast one.
 *
 *   acc = 0
 *   for i in 0 .. BENCH_ITERS-1:
 *       x = (i ^ SEED) | 1
 *       for k in 0..255: x ^= x << 13; x ^= x >> 7; x ^= x << 17; buf[k] = x
 *       h = FNV_BASIS
 *       for k in 0..255:
 *           w = buf[k]; h ^= w; h += h << 10; h ^= h >> 6
 *           h = (w & 1) ? h ^ ODD_KEY : h + EVEN_KEY
 *           if k % 32 == 31: h = mix(h)
 *       for b in the first 64 bytes of buf: h = (h << 5) + h + b
 *       acc = rotl(acc, 5) ^ h; acc += i
 *   where mix(h) = (h ^ (h >> 33)) + (h << 21)
 *
 * BENCH_EXPECT belongs to BENCH_ITERS: change both together (the value
 * comes from a host C model of the pseudo-code above, not from a run).
 * An iteration is about 7000 instructions; 800000 iterations (5.6 billion
 * instructions) take about 1.6 s on QEMU 7.2 TCG.
 */
#include "test.h"

#define BENCH_ITERS  800000
#define BENCH_EXPECT 0xe73aff607fa6d349
#define SEED         0x9e3779b97f4a7c15
#define FNV_BASIS    0xcbf29ce484222325
#define ODD_KEY      0x5bd1e995
#define EVEN_KEY     0x27d4eb2f
#define BUF_WORDS    256

TEST_BEGIN
    li TESTNUM, 1
    li s0, 0                    /* acc */
    li s1, 0                    /* i */
    li s2, BENCH_ITERS
    li s3, SEED
1:
    la a0, bench_buf
    xor a1, s1, s3
    call fill
    la a0, bench_buf
    call hash
    slli t0, s0, 5
    srli t1, s0, 59
    or s0, t0, t1
    xor s0, s0, a0
    add s0, s0, s1
    addi s1, s1, 1
    bne s1, s2, 1b
    CHECK(s0, BENCH_EXPECT)
TEST_END

/* fill(a0 = buffer, a1 = seed): BUF_WORDS xorshift64 values */
    .balign 4
fill:
    ori a1, a1, 1
    li t2, BUF_WORDS
1:
    slli t0, a1, 13
    xor a1, a1, t0
    srli t0, a1, 7
    xor a1, a1, t0
    slli t0, a1, 17
    xor a1, a1, t0
    sd a1, 0(a0)
    addi a0, a0, 8
    addi t2, t2, -1
    bnez t2, 1b
    ret

/* a0 = hash(a0 = buffer) */
    .balign 4
hash:
    addi sp, sp, -16
    sd ra, 8(sp)
    sd s4, 0(sp)
    mv s4, a0
    li a0, FNV_BASIS
    li t3, ODD_KEY
    li t4, EVEN_KEY
    li t5, 0                    /* k */
    li t6, BUF_WORDS
1:
    ld t0, 0(s4)
    xor a0, a0, t0
    slli t1, a0, 10
    add a0, a0, t1
    srli t1, a0, 6
    xor a0, a0, t1
    andi t1, t0, 1
    beqz t1, 2f
    xor a0, a0, t3
    j 3f
2:
    add a0, a0, t4
3:
    andi t1, t5, 31
    li t2, 31
    bne t1, t2, 4f
    call mix
4:
    addi s4, s4, 8
    addi t5, t5, 1
    bne t5, t6, 1b

    addi s4, s4, -BUF_WORDS * 8
    addi t2, s4, 64
5:
    lbu t0, 0(s4)
    slli t1, a0, 5
    add a0, a0, t1
    add a0, a0, t0
    addi s4, s4, 1
    bne s4, t2, 5b

    ld s4, 0(sp)
    ld ra, 8(sp)
    addi sp, sp, 16
    ret

/* a0 = (a0 ^ (a0 >> 33)) + (a0 << 21); touches only t0 */
    .balign 4
mix:
    srli t0, a0, 33
    xor t0, a0, t0
    slli a0, a0, 21
    add a0, a0, t0
    ret

    .bss
    .balign 8
bench_buf:
    .skip BUF_WORDS * 8
