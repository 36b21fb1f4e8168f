/* SPDX-License-Identifier: MIT */
/*
 * rvc-mem.S: the C extension's loads and stores. c.lw/c.ld/c.sw/c.sd with
 * offsets 0 and their maxima (124, 248), every register x8-x15 as base
 * and as data; c.lw sign-extends. The sp-relative c.lwsp/c.ldsp/c.swsp/
 * c.sdsp with offsets 0 and their maxima (252, 504) and full 5-bit data
 * registers (ra, t6). Stores are read back with 32-bit loads and loads
 * checked against data written by 32-bit stores.
 */
#include "test.h"

TEST_BEGIN
    /* c.lw: sign-extended, offsets 0, 4, 124 */
    TEST_CASE( 1, a0, 0xffffffff80000000, la s0, buf; li t0, 0x80000000;
              sw t0, 0(s0); c.lw a0, 0(s0))
    TEST_CASE( 2, s1, 0x7fffffff, la a5, buf; li t0, 0x7fffffff;
              sw t0, 124(a5); c.lw s1, 124(a5))
    TEST_CASE( 3, a5, 0x12345678, la s1, buf; li t0, 0x12345678;
              sw t0, 4(s1); c.lw a5, 4(s1))
    /* c.ld: offsets 0, 8, 248 */
    TEST_CASE( 4, a1, 0x8877665544332211, la a2, buf; li t0, 0x8877665544332211;
              sd t0, 0(a2); c.ld a1, 0(a2))
    TEST_CASE( 5, a2, 0x0123456789abcdef, la a3, buf; li t0, 0x0123456789abcdef;
              sd t0, 248(a3); c.ld a2, 248(a3))
    TEST_CASE( 6, a3, -2, la a4, buf; li t0, -2; sd t0, 8(a4); c.ld a3, 8(a4))
    TEST_CASE( 7, a4, 5, la a0, buf; li t0, 5; sd t0, 16(a0); c.ld a4, 16(a0))
    /* base register = data register */
    TEST_CASE( 8, s0, 0x55, la s0, buf; li t0, 0x55; sd t0, 0(s0);
              c.ld s0, 0(s0))

    /* c.sw: only 32 bits are written */
    TEST_CASE( 9, a0, 0x1111111187654321, la s0, buf; li t0, -1; sd t0, 0(s0);
              li t0, 0x1111111111111111; sd t0, 0(s0); li a5, 0x87654321;
              c.sw a5, 0(s0); ld a0, 0(s0))
    TEST_CASE(10, a0, 0xffffffff89abcdef, la a1, buf; li a2, 0x89abcdef;
              c.sw a2, 124(a1); lw a0, 124(a1))
    TEST_CASE(11, a0, 42, la a3, buf; li s1, 42; c.sw s1, 60(a3);
              lwu a0, 60(a3))
    /* c.sd */
    TEST_CASE(12, a0, 0xfedcba9876543210, la a4, buf;
              li s0, 0xfedcba9876543210; c.sd s0, 248(a4); ld a0, 248(a4))
    TEST_CASE(13, a0, 7, la a5, buf; li a4, 7; c.sd a4, 0(a5); ld a0, 0(a5))
    TEST_CASE(14, a0, 9, la a0, buf; li a3, 9; c.sd a3, 120(a0);
              ld a0, 120(a0))

    /* sp-relative forms, with sp pointing at buf (saved in s1) */
    TEST_CASE(15, a0, 0xffffffff90000000, mv s1, sp; la sp, buf;
              li t0, 0x90000000; sw t0, 252(sp); c.lwsp a0, 252(sp);
              mv sp, s1)
    TEST_CASE(16, a0, 0x600d, mv s1, sp; la sp, buf; li t0, 0x600d;
              sw t0, 0(sp); c.lwsp t6, 0(sp); mv a0, t6; mv sp, s1)
    TEST_CASE(17, ra, 0x8000000000000001, mv s1, sp; la sp, buf;
              li t0, 0x8000000000000001; sd t0, 504(sp); c.ldsp ra, 504(sp);
              mv sp, s1)
    TEST_CASE(18, a0, 0x1234, mv s1, sp; la sp, buf; li t0, 0x1234;
              sd t0, 0(sp); c.ldsp a0, 0(sp); mv sp, s1)
    TEST_CASE(19, a0, 0xffffffffcafef00d, mv s1, sp; la sp, buf;
              li t6, 0xcafef00d; c.swsp t6, 252(sp); lw a0, 252(sp);
              mv sp, s1)
    TEST_CASE(20, a0, 0x33, mv s1, sp; la sp, buf; li ra, 0x33;
              c.swsp ra, 0(sp); lw a0, 0(sp); mv sp, s1)
    TEST_CASE(21, a0, 0xa5a5a5a55a5a5a5a, mv s1, sp; la sp, buf;
              li t6, 0xa5a5a5a55a5a5a5a; c.sdsp t6, 504(sp); ld a0, 504(sp);
              mv sp, s1)
    TEST_CASE(22, a0, -3, mv s1, sp; la sp, buf; li ra, -3;
              c.sdsp ra, 8(sp); ld a0, 8(sp); mv sp, s1)
    /* c.sdsp then c.ldsp through a different register */
    TEST_CASE(23, a0, 0x0102030405060708, mv s1, sp; la sp, buf;
              li t5, 0x0102030405060708; c.sdsp t5, 256(sp);
              c.ldsp a0, 256(sp); mv sp, s1)
TEST_END

    .data
    .balign 8
buf:
    .skip 512
