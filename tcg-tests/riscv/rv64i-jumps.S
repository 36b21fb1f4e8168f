/* SPDX-License-Identifier: MIT */
/*
 * rv64i-jumps.S: jal and jalr. The link register gets pc + 4; jal reaches
 * forward and backward, near and over a 64 KiB gap; jalr adds its signed
 * offset to rs1 and clears bit 0 of the sum, reads rs1 before writing rd
 * (rd == rs1), and with rd = x0 links nothing. Calls nest and return.
 * Not tested: a target with bit 1 set, which traps (instruction address
 * misaligned) without C, as on emu, but is legal on QEMU's rv64gc.
 */
#include "test.h"

TEST_BEGIN
    /* jal: forward, link = pc + 4, skipped instruction not executed */
    TEST_CASE( 1, a0, 0, li a0, 0; jal a1, 1f; li a0, 1; 1:)
    TEST_CASE( 2, a0, 0,
              jal_site: jal a1, 1f; li a0, 1; 1: la a2, jal_site + 4;
              sub a0, a1, a2)

    /* jal backward, then forward again */
    li TESTNUM, 3
    li a0, 0
    j 2f
1:
    addi a0, a0, 1
    jal x0, 3f
2:
    jal ra, 1b
    j rv_fail
3:
    CHECK(a0, 1)
    TEST_CASE( 4, a0, 0, la a2, 2b + 4; sub a0, ra, a2)

    /* jal x0 links nothing */
    TEST_CASE( 5, a0, 0, jal x0, 1f; j rv_fail; 1: mv a0, x0)

    /* jal over 64 KiB of illegal words, forward then backward */
    li TESTNUM, 6
    li a0, 0
    jal a1, far_fwd
    j rv_fail
far_back:
    addi a0, a0, 1
    j 1f
    .skip 0x10000
far_fwd:
    addi a0, a0, 2
    jal a2, far_back
    j rv_fail
1:
    CHECK(a0, 3)

    /* jalr: target = (rs1 + offset) & ~1, link = pc + 4 */
    TEST_CASE( 7, a0, 5,
              la a1, 1f; li a0, 0; jalr a2, 0(a1); li a0, 9; 1: addi a0, a0, 5)
    TEST_CASE( 8, a0, 0,
              la a1, 1f; jalr_site: jalr a2, 0(a1); 1: la a3, jalr_site + 4;
              sub a0, a2, a3)
    TEST_CASE( 9, a0, 5,
              la a1, 1f - 16; li a0, 0; jalr a2, 16(a1); li a0, 9;
              1: addi a0, a0, 5)
    TEST_CASE(10, a0, 5,
              la a1, 1f + 2000; li a0, 0; jalr a2, -2000(a1); li a0, 9;
              1: addi a0, a0, 5)
    TEST_CASE(11, a0, 5,
              la a1, 1f + 2048; li a0, 0; jalr a2, -2048(a1); li a0, 9;
              1: addi a0, a0, 5)
    TEST_CASE(12, a0, 5,
              la a1, 1f - 2047; li a0, 0; jalr a2, 2047(a1); li a0, 9;
              1: addi a0, a0, 5)

    /* bit 0 of the target is cleared: odd rs1, odd offset, both odd */
    TEST_CASE(13, a0, 5,
              la a1, 1f + 1; li a0, 0; jalr a2, 0(a1); li a0, 9;
              1: addi a0, a0, 5)
    TEST_CASE(14, a0, 5,
              la a1, 1f; li a0, 0; jalr a2, 1(a1); li a0, 9; 1: addi a0, a0, 5)
    TEST_CASE(15, a0, 5,
              la a1, 1f - 3; li a0, 0; jalr a2, 4(a1); li a0, 9;
              1: addi a0, a0, 5)
    TEST_CASE(16, a0, 5,
              la a1, 1f + 1; li a0, 0; jalr a2, -1(a1); j rv_fail;
              1: addi a0, a0, 5)

    /* rd == rs1: the target uses the old value, rd gets the link */
    TEST_CASE(17, a0, 5,
              la a1, 1f; li a0, 0; jalr a1, 0(a1); li a0, 9; 1: addi a0, a0, 5)
    TEST_CASE(18, a0, 0,
              la a1, 1f; same_site: jalr a1, 0(a1); 1: la a2, same_site + 4;
              sub a0, a1, a2)
    TEST_CASE(19, a0, 0,
              la ra, 1f + 1; odd_site: jalr ra, -1(ra); 1: la a2, odd_site + 4;
              sub a0, ra, a2)

    /* jalr x0 (jr) links nothing */
    TEST_CASE(20, a0, 0, la a1, 1f; jalr x0, 0(a1); j rv_fail; 1: mv a0, x0)

    /* calls and returns, nested two deep */
    TEST_CASE(21, a0, 7, li a0, 0; call leaf_add7)
    TEST_CASE(22, a0, 34, li a0, 1; call leaf_add21; addi a0, a0, 12)
    TEST_CASE(23, a0, 21,
              li a0, 0; la t0, leaf_add7; jalr t0; jalr t0; jalr ra, 0(t0))
    TEST_CASE(24, a0, 0,
              la a1, ret_site + 4; call leaf_add7; ret_site: sub a0, ra, a1;
              addi a0, a0, 4)
TEST_END

/* a0 += 7 */
    .balign 4
leaf_add7:
    addi a0, a0, 7
    ret

/* a0 += 21, by three nested calls; ra is kept in s0 */
    .balign 4
leaf_add21:
    mv s0, ra
    call leaf_add7
    call leaf_add7
    call leaf_add7
    mv ra, s0
    ret
