/* SPDX-License-Identifier: MIT */
/*
 * indirect.S: indirect jumps. Recursive Fibonacci (call/ret heavy: every
 * return is an indirect jump to a changing target), then a dispatch loop
 * through a jump table of 8 handlers chosen by a xorshift sequence.
 * Checks fib(FIB_N) and the dispatch count.
 */
#include "test.h"

#define FIB_N 30
#define FIB_VAL 832040
#define FIB_REPS 6
#define DISPATCHES 30000000

TEST_BEGIN
    li TESTNUM, 1
    li s2, FIB_REPS
1:
    li a0, FIB_N
    call fib
    CHECK(a0, FIB_VAL)
    addi s2, s2, -1
    bnez s2, 1b

    li TESTNUM, 2
    li s0, DISPATCHES
    li s1, 0                    /* handler runs */
    li s3, 0x2545f4914f6cdd1d   /* xorshift state */
    la s4, table
2:
    slli t0, s3, 13
    xor s3, s3, t0
    srli t0, s3, 7
    xor s3, s3, t0
    slli t0, s3, 17
    xor s3, s3, t0
    andi t0, s3, 7
    slli t0, t0, 3
    add t0, t0, s4
    ld t0, 0(t0)
    jr t0
3:
    addi s0, s0, -1
    bnez s0, 2b
    CHECK(s1, DISPATCHES)
TEST_END

/* a0 = fib(a0), naive recursion */
    .balign 4
fib:
    li t0, 2
    bltu a0, t0, 9f
    addi sp, sp, -16
    sd ra, 8(sp)
    sd a0, 0(sp)
    addi a0, a0, -1
    call fib
    ld t1, 0(sp)
    sd a0, 0(sp)
    addi a0, t1, -2
    call fib
    ld t1, 0(sp)
    add a0, a0, t1
    ld ra, 8(sp)
    addi sp, sp, 16
9:
    ret

    .balign 4
h0: addi s1, s1, 1
    j 3b
h1: addi s1, s1, 1
    xori a1, a1, 1
    j 3b
h2: addi s1, s1, 1
    addi a2, a2, 2
    j 3b
h3: addi s1, s1, 1
    slli a3, a3, 1
    j 3b
h4: addi a4, a4, 4
    addi s1, s1, 1
    j 3b
h5: addi s1, s1, 1
    or a5, a5, s3
    j 3b
h6: addi s1, s1, 1
    and a6, a6, s3
    j 3b
h7: sub a7, a7, s3
    addi s1, s1, 1
    j 3b

    .section .rodata
    .balign 8
table:
    .dword h0, h1, h2, h3, h4, h5, h6, h7
