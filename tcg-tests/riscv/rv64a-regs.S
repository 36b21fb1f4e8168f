/* SPDX-License-Identifier: MIT */
/*
 * rv64a-regs.S: register operands of the A instructions. rd = x0 drops
 * the result while the memory operation (and LR's reservation, SC's
 * store) still happens; rs2 = x0 supplies 0; rd aliasing rs1 or rs2, rs1
 * equal to rs2, and all three the same read every source before rd is
 * written. Then an AMO in a hot loop and an AMO among live registers of
 * one block.
 */
#include "test.h"

TEST_BEGIN
    /* rd = x0: memory changes, x0 stays 0 */
    TEST_CASE( 1, a0, 8,
              la a1, buf; li a3, 5; sw a3, 0(a1); li a2, 3;
              amoadd.w x0, a2, (a1); lw a0, 0(a1))
    TEST_CASE( 2, a0, 0, mv a0, x0)
    TEST_CASE( 3, a0, 0x8000000000000001,
              la a1, buf; sd x0, 0(a1); li a2, 0x8000000000000001;
              amoswap.d.aqrl x0, a2, (a1); ld a0, 0(a1))
    TEST_CASE( 4, a0, 0xffffffff,
              la a1, buf; li a3, 7; sw a3, 4(a1); li a2, -1; addi a1, a1, 4;
              amomaxu.w x0, a2, (a1); lwu a0, 0(a1))
    TEST_CASE( 5, a0, 0x1234,
              la a1, buf; li a3, 0x1234; sd a3, 0(a1); li a2, 0x7777;
              amominu.d x0, a2, (a1); ld a0, 0(a1))

    /* LR with rd = x0 still reserves; SC with rd = x0 still stores, and
     * still ends the reservation */
    TEST_CASE( 6, a0, 0,
              la a1, buf; li a3, 11; sw a3, 0(a1); li a2, 12;
              lr.w x0, (a1); sc.w a0, a2, (a1))
    TEST_CASE( 7, a0, 12, lw a0, 0(a1))
    TEST_CASE( 8, a0, 21,
              la a1, buf; li a3, 20; sd a3, 0(a1); li a2, 21;
              lr.d a0, (a1); sc.d x0, a2, (a1); ld a0, 0(a1))
    TEST_CASE( 9, a0, 1, li a2, 22; sc.d a0, a2, (a1))
    TEST_CASE(10, a0, 21, ld a0, 0(a1))
    TEST_CASE(11, a0, 0, mv a0, x0)

    /* rs2 = x0 */
    TEST_CASE(12, a0, 0xffffffff80000000,
              la a1, buf; li a3, 0x80000000; sw a3, 0(a1);
              amoswap.w a0, x0, (a1))
    TEST_CASE(13, a0, 0, lw a0, 0(a1))
    TEST_CASE(14, a0, 0x123456789,
              la a1, buf; li a3, 0x123456789; sd a3, 0(a1);
              amoadd.d a0, x0, (a1))
    TEST_CASE(15, a0, 0x123456789, ld a0, 0(a1))
    TEST_CASE(16, a0, 0,
              la a1, buf; li a3, 0x55; sd a3, 0(a1); lr.d a0, (a1);
              sc.d a0, x0, (a1))
    TEST_CASE(17, a0, 0, ld a0, 0(a1))

    /* rd = rs1: rd gets the old value, memory at the old address changes */
    TEST_CASE(18, a1, 0xfffffffffffffffe,
              la a1, buf; li a3, -2; sw a3, 0(a1); li a2, 5;
              amoadd.w a1, a2, (a1))
    TEST_CASE(19, a0, 3, la a3, buf; lw a0, 0(a3))
    TEST_CASE(20, a1, 0x4000000000000000,
              la a1, buf; li a3, 0x4000000000000000; sd a3, 0(a1);
              li a2, 0x0fff; amoor.d.aq a1, a2, (a1))
    TEST_CASE(21, a0, 0x4000000000000fff, la a3, buf; ld a0, 0(a3))

    /* rd = rs2: memory gets the old rs2 */
    TEST_CASE(22, a2, 0x1111,
              la a1, buf; li a3, 0x1111; sd a3, 0(a1); li a2, 0x2222;
              amoswap.d a2, a2, (a1))
    TEST_CASE(23, a0, 0x2222, ld a0, 0(a1))
    TEST_CASE(24, a2, 0xffffffff80000000,
              la a1, buf; li a3, 0x80000000; sw a3, 0(a1); li a2, 1;
              amomin.w.rl a2, a2, (a1))
    TEST_CASE(25, a0, 0xffffffff80000000, lw a0, 0(a1))

    /* rs1 = rs2: the operand is the address itself */
    TEST_CASE(26, a0, 0x10,
              la a1, buf; li a3, 0x10; sd a3, 0(a1); amoadd.d a0, a1, (a1))
    TEST_CASE(27, a0, 0x10, ld a0, 0(a1); sub a0, a0, a1)
    TEST_CASE(28, a0, 0,
              la a1, buf; sd x0, 0(a1); amoxor.w a0, a1, (a1))
    TEST_CASE(29, a0, 0, lw a0, 0(a1); sext.w a3, a1; sub a0, a0, a3)

    /* rd = rs1 = rs2 */
    TEST_CASE(30, a1, 0x7777,
              la a1, buf; li a3, 0x7777; sd a3, 0(a1); amoswap.d a1, a1, (a1))
    TEST_CASE(31, a0, 0, la a3, buf; ld a0, 0(a3); sub a0, a0, a3)
    TEST_CASE(32, a1, 0xffffffffffffffff,
              la a1, buf; li a3, -1; sw a3, 0(a1); amoand.w a1, a1, (a1))
    TEST_CASE(33, a0, 0, la a3, buf; lwu a0, 0(a3); slli a3, a3, 32;
              srli a3, a3, 32; sub a0, a0, a3)

    /* LR/SC aliasing: LR's rd = rs1; SC's rd = rs1 and rd = rs2 */
    TEST_CASE(34, a1, 0xffffffff87654321,
              la a1, buf; li a3, 0x87654321; sw a3, 0(a1); lr.w a1, (a1))
    TEST_CASE(35, a0, 0,
              la a1, buf; li a2, 0x99; lr.d a3, (a1); sc.d a1, a2, (a1);
              mv a0, a1)
    TEST_CASE(36, a0, 0x99, la a3, buf; ld a0, 0(a3))
    TEST_CASE(37, a2, 0,
              la a1, buf; li a2, 0xab; lr.w a3, (a1); sc.w a2, a2, (a1))
    TEST_CASE(38, a0, 0xab, lw a0, 0(a1))
    TEST_CASE(39, a1, 1, la a1, buf; li a2, 0xcd; sc.w a1, a2, (a1))
    TEST_CASE(40, a0, 0xab, la a3, buf; lw a0, 0(a3))
    TEST_CASE(41, a1, 0,
              la a1, buf; lr.d a0, (a1); sc.d a1, a1, (a1))
    TEST_CASE(42, a0, 0, la a3, buf; ld a0, 0(a3); sub a0, a0, a3)

    /* a hot loop: 1000 AMOs on one doubleword, one per iteration */
    TEST_CASE(43, a0, 999,
              la a1, buf; sd x0, 0(a1); li a2, 1; li a3, 1000;
              1: amoadd.d a0, a2, (a1); addi a3, a3, -1; bnez a3, 1b)
    TEST_CASE(44, a0, 1000, ld a0, 0(a1))

    /* live registers of the block survive the helper call */
    TEST_CASE(45, a0, 0,
              li s2, 11; li s3, 22; li s4, 33; li t3, 44; la a1, buf;
              li a2, 1; sd a2, 0(a1); amoadd.d a4, a2, (a1);
              add a0, s2, s3; add a0, a0, s4; add a0, a0, t3; add a0, a0, a4;
              addi a0, a0, -111)
TEST_END

    .data
    .balign 8
buf:
    .dword 0, 0
