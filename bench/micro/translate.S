/* SPDX-License-Identifier: MIT */
/*
 * translate.S: translation speed. INSNS guest instructions of straight-line
 * code (ALU, loads and stores on the stack, in varied registers), each
 * executed exactly once, so nearly all the time goes to translating them.
 * bench/micro.sh subtracts the run time of an empty program and divides.
 * Returns 0 (pass) if the running count the code keeps is right.
 */
#include "test.h"

#define GROUPS 100000   /* 8 instructions each */

TEST_BEGIN
    li TESTNUM, 1
    li s0, 0
    li s1, 1
    addi sp, sp, -64
    .rept GROUPS
    add s0, s0, s1
    xori t0, s0, 0x55
    slli t1, t0, 3
    sd t1, 8(sp)
    ld t2, 8(sp)
    sub t3, t2, t1
    or s1, s1, t3
    srli t4, s0, 1
    .endr
    addi sp, sp, 64
    /* return s0 - GROUPS: 0 passes (rv_fail is out of a jump's reach) */
    li t0, GROUPS
    sub a0, s0, t0
    ret
