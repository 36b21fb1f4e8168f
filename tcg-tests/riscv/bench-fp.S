/* SPDX-License-Identifier: MIT */
/*
 * bench-fp.S: a double-precision benchmark (matrix multiply with fmadd.d,
 * then fmul/fadd/fdiv/fsqrt over the product), for timing the inline F/D
 * path against the helpers and QEMU. Exits 0 only if the checksum equals
 * BENCH_EXPECT, from a host C model of this pseudo-code (fma() for
 * fmadd.d, every other operation rounded once, to nearest-even):
 *
 *   A[i] = (double)((i * 37) % 101 + 1) / 7.0       for i < N*N
 *   B[i] = (double)((i * 53) % 97 - 40) / 11.0
 *   acc = 0
 *   for r in 0 .. REPS-1:
 *       C[i][j] = sum over k of A[i][k] * B[k][j]    (fused, k ascending,
 *                                                     from s = +0)
 *       for each c in C (row-major):
 *           t = c * c + 1 (two roundings); q = c / t; s = sqrt(t)
 *           acc = rotl(acc, 1) ^ bits(q); acc += bits(s)
 *       A[r % (N*N)] = C[(r * 7) % (N*N)] / 64.0
 *
 * About 111,000 instructions per repetition (13824 fmadd.d, 2305 other
 * F/D operations).
 */
#include "test.h"

#define N            24
#define REPS         4000
#define BENCH_EXPECT 0xc7f5e9d182c68a11

TEST_BEGIN
    li TESTNUM, 1
    li t0, 1 << 13              /* mstatus.FS = Initial */
    csrs mstatus, t0

    /* A and B */
    la a0, mat_a
    la a1, mat_b
    li t0, 7
    fcvt.d.l fs0, t0            /* 7.0 */
    li t0, 11
    fcvt.d.l fs1, t0            /* 11.0 */
    li t1, 0                    /* i */
    li t2, N * N
1:
    li t0, 37
    mul t3, t1, t0
    li t0, 101
    rem t3, t3, t0
    addi t3, t3, 1
    fcvt.d.l ft0, t3
    fdiv.d ft0, ft0, fs0
    fsd ft0, 0(a0)
    li t0, 53
    mul t3, t1, t0
    li t0, 97
    rem t3, t3, t0
    addi t3, t3, -40
    fcvt.d.l ft0, t3
    fdiv.d ft0, ft0, fs1
    fsd ft0, 0(a1)
    addi a0, a0, 8
    addi a1, a1, 8
    addi t1, t1, 1
    bne t1, t2, 1b

    li t0, 1
    fcvt.d.l fs2, t0            /* 1.0 */
    li t0, 64
    fcvt.d.l fs3, t0            /* 64.0 */
    li s0, 0                    /* acc */
    li s1, 0                    /* r */
2:
    /* C = A * B */
    la s2, mat_a                /* row i of A */
    la s5, mat_c
    li s3, 0                    /* i */
3:
    la s6, mat_b                /* column j of B */
    li s4, 0                    /* j */
4:
    fmv.d.x fa0, zero
    mv a0, s2
    mv a1, s6
    li t1, N
5:
    fld ft1, 0(a0)
    fld ft2, 0(a1)
    fmadd.d fa0, ft1, ft2, fa0
    addi a0, a0, 8
    addi a1, a1, N * 8
    addi t1, t1, -1
    bnez t1, 5b
    fsd fa0, 0(s5)
    addi s5, s5, 8
    addi s6, s6, 8
    addi s4, s4, 1
    li t0, N
    bne s4, t0, 4b
    addi s2, s2, N * 8
    addi s3, s3, 1
    bne s3, t0, 3b

    /* the pass over C */
    la a0, mat_c
    li t1, N * N
6:
    fld ft0, 0(a0)
    fmul.d ft1, ft0, ft0
    fadd.d ft1, ft1, fs2
    fdiv.d ft2, ft0, ft1
    fsqrt.d ft3, ft1
    slli t0, s0, 1
    srli s0, s0, 63
    or s0, s0, t0
    fmv.x.d t0, ft2
    xor s0, s0, t0
    fmv.x.d t0, ft3
    add s0, s0, t0
    addi a0, a0, 8
    addi t1, t1, -1
    bnez t1, 6b

    /* A[r % (N*N)] = C[(r * 7) % (N*N)] / 64 */
    li t2, N * N
    li t0, 7
    mul t0, s1, t0
    remu t0, t0, t2
    slli t0, t0, 3
    la a0, mat_c
    add a0, a0, t0
    fld ft0, 0(a0)
    fdiv.d ft0, ft0, fs3
    remu t0, s1, t2
    slli t0, t0, 3
    la a0, mat_a
    add a0, a0, t0
    fsd ft0, 0(a0)

    addi s1, s1, 1
    li t0, REPS
    bne s1, t0, 2b
    CHECK(s0, BENCH_EXPECT)
TEST_END

    .bss
    .balign 8
mat_a:
    .skip N * N * 8
mat_b:
    .skip N * N * 8
mat_c:
    .skip N * N * 8
