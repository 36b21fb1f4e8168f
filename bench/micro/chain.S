/* SPDX-License-Identifier: MIT */
/*
 * chain.S: block chaining. Each iteration runs a straight chain of 512
 * two-instruction blocks (an add, then a jump to the next block), so the
 * time is dominated by block-to-block transfers. Checks the sum.
 */
#include "test.h"

#define ITERS 2000000
#define BLOCKS 512

TEST_BEGIN
    li TESTNUM, 1
    li s0, 0
    li s1, ITERS
1:
    .rept BLOCKS
    addi s0, s0, 1
    j 2f
2:
    .endr
    addi s1, s1, -1
    bnez s1, 1b
    CHECK(s0, ITERS * BLOCKS)
TEST_END
