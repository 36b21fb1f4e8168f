/* SPDX-License-Identifier: MIT */
/*
 * rv64m-regs.S: a long straight-line run of M instructions over 28 live
 * registers, so that the JIT holds guest registers in every host register
 * (rax and rdx included) across multiplies and divisions; some divisors are
 * zero and some divisions overflow. Every register is checked at the end,
 * one case each. Expected values come from a model of the ISA.
 */
#include "test.h"

TEST_BEGIN

    li ra, 0x80000000
    li tp, 0x4513e9a493548b90
    li t0, 0x123456789abcdef0
    li t1, 0x49f9b43a99fb6ec6
    li t2, 0x13f6a1e7b1243c1b
    li s0, 0x0
    li s1, 0x959f352e4983b117
    li a0, 0x7
    li a1, 0xff00ff00ff00ff
    li a2, 0x1
    li a3, 0x0
    li a4, 0xffffffffffffffff
    li a5, 0x8000000000000000
    li a6, 0x8c5ee08618216303
    li a7, 0x706ca8fc02cb40cd
    li s2, 0x907f6085a8f5fe23
    li s3, 0xff00ff00ff00ff
    li s4, 0x7fffffffffffffff
    li s5, 0x7fff
    li s6, 0xfc81e9993010b8c2
    li s7, 0x8df317b61fb70e89
    li s8, 0xffffffff
    li s9, 0x445f9d7fa5b063e5
    li s10, 0xff00ff00ff00ff
    li s11, 0xffffffff80000000
    li t3, 0x7fffffff
    li t4, 0x8000000000000000
    li t5, 0x8a9fe779ad113eb4
    divuw t3, a5, a4
    mulhu a2, s5, t4
    divw s9, a6, t2
    remw a2, s9, s8
    mul s8, t4, a5
    div t5, a1, s2
    mulhu s3, s7, s2
    rem t2, a3, a3
    mulh a1, a2, a6
    rem s4, s5, a7
    divuw s0, t0, a7
    mulw t0, a5, a4
    mulhsu s8, s6, s10
    remu s6, t2, s7
    divu s6, a2, a3
    remw s5, a6, s4
    remw s10, t3, a5
    div ra, s1, a4
    rem s0, a6, s2
    remuw a4, t3, a1
    remw t3, tp, t4
    remw a6, s2, a3
    divu a3, a5, a4
    mulh s8, t5, s3
    div t2, s6, t5
    divu t3, t0, s5
    rem s8, s5, s2
    mulh s1, a2, s2
    div s9, s4, a3
    mulhu s1, t5, t5
    mulw t5, t5, a7
    remu s11, s5, a5
    remuw s8, s7, s1
    div t5, a5, a4
    remw a1, s2, a5
    mulh a6, s1, a3
    div ra, a0, s7
    divw s0, s2, a5
    divw a5, t0, a7
    mul a4, ra, s10
    mulh s1, s4, a6
    mul t4, a7, s11
    divw s9, a6, a3
    mulw tp, s3, s6
    rem s7, a5, a4
    remuw s9, a5, a3
    mulhu s11, t4, a3
    rem s0, t3, t0
    mulw a3, s5, t5
    mulhu a4, t2, a3
    mulhsu a7, a4, t5
    mulw t3, s6, t4
    mulh t1, t3, s2
    div s6, s3, s2
    rem a3, s9, s11
    remw s11, a5, a4
    mul s7, a4, a3
    remu s3, a7, ra
    remw s11, t2, s8
    remuw s2, t2, a0
    TEST_REG( 1, ra, 0x0)
    TEST_REG( 2, tp, 0xffffffff84efc060)
    TEST_REG( 3, t0, 0x0)
    TEST_REG( 4, t1, 0xffffffffef2e7f10)
    TEST_REG( 5, t2, 0xffffffffffffffff)
    TEST_REG( 6, s0, 0x0)
    TEST_REG( 7, s1, 0x0)
    TEST_REG( 8, a0, 0x7)
    TEST_REG( 9, a1, 0xffffffffa8f5fe23)
    TEST_REG(10, a2, 0x0)
    TEST_REG(11, a3, 0x0)
    TEST_REG(12, a4, 0xffffffffffffecb9)
    TEST_REG(13, a5, 0x0)
    TEST_REG(14, a6, 0x0)
    TEST_REG(15, a7, 0xffffffffffffecb9)
    TEST_REG(16, s2, 0x3)
    TEST_REG(17, s3, 0xffffffffffffecb9)
    TEST_REG(18, s4, 0x7fff)
    TEST_REG(19, s5, 0x1346)
    TEST_REG(20, s6, 0x0)
    TEST_REG(21, s7, 0x0)
    TEST_REG(22, s8, 0x1fb70e89)
    TEST_REG(23, s9, 0x0)
    TEST_REG(24, s10, 0x0)
    TEST_REG(25, s11, 0xffffffffffffffff)
    TEST_REG(26, t3, 0x269d10f2)
    TEST_REG(27, t4, 0xce40e91dd962ef0e)
    TEST_REG(28, t5, 0xffffffffffffffff)

TEST_END
