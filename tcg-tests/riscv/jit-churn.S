/* SPDX-License-Identifier: MIT */
/*
 * jit-churn.S: thousands of distinct blocks. The test writes a 64 KiB run
 * of `addi a0, a0, 1` ending in `ret` into .bss, then calls into it at
 * every 8th instruction, twice over: each entry point is a new block, so
 * a small code buffer fills and is flushed again and again while the
 * guest keeps running. Calling at index k adds N - 1 - k to a0.
 */
#include "test.h"

#define N       16384           /* instruction words in the region */
#define STEP    8               /* entry every STEP instructions */
#define ADDI    0x00150513      /* addi a0, a0, 1 */
#define RET     0x00008067      /* jalr zero, 0(ra) */
/* sum over k = 0, STEP, ... of (N - 1 - k), per pass */
#define PASS_SUM ((N / STEP) * (N - 1) - STEP * ((N / STEP) * (N / STEP - 1) / 2))

TEST_BEGIN
    /* Write the region. */
    la s0, churn_code
    li t0, ADDI
    li t1, N - 1
    mv t2, s0
1:  sw t0, 0(t2)
    addi t2, t2, 4
    addi t1, t1, -1
    bnez t1, 1b
    li t0, RET
    sw t0, 0(t2)
    fence.i

    li a0, 0
    li s2, 2                    /* passes */
2:  li s1, 0                    /* byte offset of the entry */
3:  add t0, s0, s1
    jalr t0
    addi s1, s1, 4 * STEP
    li t1, 4 * N
    bltu s1, t1, 3b
    addi s2, s2, -1
    bnez s2, 2b
    TEST_REG(1, a0, 2 * PASS_SUM)
TEST_END

    .bss
    .balign 4096
churn_code:
    .space 4 * N
