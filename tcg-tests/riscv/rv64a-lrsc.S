/* SPDX-License-Identifier: MIT */
/*
 * rv64a-lrsc.S: load-reserved / store-conditional. LR sign-extends words
 * and reserves; SC succeeds (rd = 0) and writes exactly its bytes only to
 * the reserved address, and fails (rd = 1) without writing when no
 * reservation is held, when it targets another address than the latest
 * LR, and after another SC (every SC ends the reservation). emu's SC is a
 * compare-and-swap against the value LR loaded, so a store of a different
 * value by this hart in between makes it fail while one of the same value
 * does not (QEMU 7.2 behaves the same; the spec allows either for this
 * hart's own stores). Then the aq/rl forms, constrained LR/SC loops, and
 * an LR and its SC in different translation blocks.
 */
#include "test.h"

#define GUARD 0x5a5a5a5a5a5a5a5a

TEST_BEGIN
    /* no LR has run yet: SC fails and writes nothing */
    TEST_CASE( 1, a0, 1,
              la a1, buf; li a3, 0x1111; sd a3, 0(a1); li a2, 0x2222;
              sc.d a0, a2, (a1))
    TEST_CASE( 2, a0, 0x1111, ld a0, 0(a1))
    TEST_CASE( 3, a0, 1, li a2, 0x3333; sc.w a0, a2, (a1))
    TEST_CASE( 4, a0, 0x1111, ld a0, 0(a1))

    /* LR.W sign-extends; a successful SC.W writes four bytes */
    TEST_CASE( 5, a0, 0xffffffff80000000,
              la a1, buf; li a3, GUARD; sd a3, 0(a1); sd a3, 8(a1);
              li a3, 0x80000000; sw a3, 4(a1); addi a1, a1, 4;
              lr.w a0, (a1))
    TEST_CASE( 6, a0, 0, li a2, 0xfedcba9876543210; sc.w a0, a2, (a1))
    TEST_CASE( 7, a0, 0x765432105a5a5a5a, ld a0, -4(a1))
    TEST_CASE( 8, a0, GUARD, ld a0, 4(a1))
    TEST_CASE( 9, a0, 0x7fffffff,
              la a1, buf; li a3, 0x7fffffff; sw a3, 0(a1); lr.w a0, (a1))
    TEST_CASE(10, a0, 0, li a2, -1; sc.w a0, a2, (a1))
    TEST_CASE(11, a0, 0x76543210ffffffff, ld a0, 0(a1))

    /* LR.D / SC.D */
    TEST_CASE(12, a0, 0x8000000000000000,
              la a1, buf; li a3, 0x8000000000000000; sd a3, 0(a1);
              lr.d a0, (a1))
    TEST_CASE(13, a0, 0, li a2, 0x0123456789abcdef; sc.d a0, a2, (a1))
    TEST_CASE(14, a0, 0x0123456789abcdef, ld a0, 0(a1))
    TEST_CASE(15, a0, GUARD, ld a0, 8(a1))

    /* another SC right after a successful one fails */
    TEST_CASE(16, a0, 0,
              la a1, buf; sd x0, 0(a1); lr.d a3, (a1); li a2, 1;
              sc.d a0, a2, (a1))
    TEST_CASE(17, a0, 1, li a2, 2; sc.d a0, a2, (a1))
    TEST_CASE(18, a0, 1, ld a0, 0(a1))

    /* SC to another address fails, and ends the reservation */
    TEST_CASE(19, a0, 1,
              la a1, buf; sd x0, 0(a1); sd x0, 8(a1); lr.w a3, (a1);
              li a2, 5; addi a4, a1, 4; sc.w a0, a2, (a4))
    TEST_CASE(20, a0, 0, ld a0, 0(a1))
    TEST_CASE(21, a0, 1, sc.w a0, a2, (a1))
    TEST_CASE(22, a0, 0, ld a0, 0(a1))
    TEST_CASE(23, a0, 1,
              la a1, buf; lr.d a3, (a1); addi a4, a1, 8; li a2, 6;
              sc.d a0, a2, (a4))
    TEST_CASE(24, a0, 0, ld a0, 8(a1))

    /* only the latest LR counts */
    TEST_CASE(25, a0, 1,
              la a1, buf; sd x0, 0(a1); sd x0, 8(a1); addi a4, a1, 8;
              lr.d a3, (a1); lr.d a3, (a4); li a2, 7; sc.d a0, a2, (a1))
    TEST_CASE(26, a0, 0, ld a0, 0(a1))
    TEST_CASE(27, a0, 0,
              la a1, buf; addi a4, a1, 8; lr.d a3, (a1); lr.d a3, (a4);
              li a2, 8; sc.d a0, a2, (a4))
    TEST_CASE(28, a0, 8, ld a0, 8(a1))

    /* this hart's own store of another value in between: SC fails */
    TEST_CASE(29, a0, 1,
              la a1, buf; sd x0, 0(a1); lr.d a3, (a1); li a3, 9;
              sd a3, 0(a1); li a2, 10; sc.d a0, a2, (a1))
    TEST_CASE(30, a0, 9, ld a0, 0(a1))
    /* ... and an AMO that changes the word */
    TEST_CASE(31, a0, 1,
              la a1, buf; sw x0, 0(a1); lr.w a3, (a1); li a3, 1;
              amoadd.w x0, a3, (a1); li a2, 10; sc.w a0, a2, (a1))
    TEST_CASE(32, a0, 1, lw a0, 0(a1))
    /* ... but one of the same value does not */
    TEST_CASE(33, a0, 0,
              la a1, buf; li a3, 12; sd a3, 0(a1); lr.d a3, (a1);
              sd a3, 0(a1); li a2, 13; sc.d a0, a2, (a1))
    TEST_CASE(34, a0, 13, ld a0, 0(a1))

    /* a plain load in between keeps the reservation */
    TEST_CASE(35, a0, 0,
              la a1, buf; lr.w a3, (a1); lw a4, 0(a1); lw a4, 8(a1);
              li a2, 14; sc.w a0, a2, (a1))
    TEST_CASE(36, a0, 14, lw a0, 0(a1))

    /* the ordering bits change nothing else */
    TEST_CASE(37, a0, 0,
              la a1, buf; lr.w.aq a3, (a1); li a2, 15; sc.w.rl a0, a2, (a1))
    TEST_CASE(38, a0, 15, lw a0, 0(a1))
    TEST_CASE(39, a0, 0,
              la a1, buf; lr.d.aqrl a3, (a1); li a2, 16;
              sc.d.aqrl a0, a2, (a1))
    TEST_CASE(40, a0, 16, ld a0, 0(a1))
    TEST_CASE(41, a0, 0,
              la a1, buf; lr.w.rl a3, (a1); li a2, 17; sc.w.aq a0, a2, (a1))
    TEST_CASE(42, a0, 17, lw a0, 0(a1))
    TEST_CASE(43, a0, 0,
              la a1, buf; lr.d.aq a3, (a1); li a2, 18; sc.d.rl a0, a2, (a1))
    TEST_CASE(44, a0, 18, ld a0, 0(a1))
    TEST_CASE(45, a0, 1, li a2, 19; sc.d.aqrl a0, a2, (a1))

    /* a constrained LR/SC loop: an atomic increment, 1000 times */
    TEST_CASE(46, a0, 1000,
              la a1, buf; sd x0, 0(a1); li a4, 1000;
              1: lr.d a3, (a1); addi a3, a3, 1; sc.d a2, a3, (a1);
              bnez a2, 1b; addi a4, a4, -1; bnez a4, 1b; ld a0, 0(a1))
    /* compare-and-swap on words, as in the spec's example */
    TEST_CASE(47, a0, 0,
              la a1, buf; li a3, -5; sw a3, 0(a1); li a4, -5; li a5, 77;
              1: lr.w a3, (a1); bne a3, a4, 2f; sc.w a0, a5, (a1);
              bnez a0, 1b; j 3f; 2: li a0, 1; 3:)
    TEST_CASE(48, a0, 77, lw a0, 0(a1))
    TEST_CASE(49, a0, 1,
              li a4, -5; li a5, 88;
              1: lr.w a3, (a1); bne a3, a4, 2f; sc.w a0, a5, (a1);
              bnez a0, 1b; j 3f; 2: li a0, 1; 3:)
    TEST_CASE(50, a0, 77, lw a0, 0(a1))

    /* LR and SC in different translation blocks */
    TEST_CASE(51, a0, 0,
              la a1, buf; lr.d a3, (a1); j 1f; .balign 64; 1: li a2, 20;
              sc.d a0, a2, (a1))
    TEST_CASE(52, a0, 20, ld a0, 0(a1))
    TEST_CASE(53, a0, 0, la a1, buf; call lr_only; li a2, 21; sc.d a0, a2, (a1))
    TEST_CASE(54, a0, 21, ld a0, 0(a1))
TEST_END

/* LR.D of (a1) into a3, in a function of its own. */
    .balign 4
lr_only:
    lr.d a3, (a1)
    ret

    .data
    .balign 8
buf:
    .dword 0, 0
