/* SPDX-License-Identifier: MIT */
/*
 * rvc-alu.S: the C extension's integer computation instructions, written
 * with their c. mnemonics so that each is the 16-bit encoding: c.li,
 * c.lui, c.addi, c.addiw, c.addi16sp, c.addi4spn, c.slli, c.srli, c.srai,
 * c.andi, c.mv, c.add, c.and, c.or, c.xor, c.sub, c.addw, c.subw. Edge
 * immediates (-32 and 31, c.lui's 0x1f and 0xfffe0, c.addi16sp's -512
 * and 496, c.addi4spn's 4 and 1020, shift amounts 1, 32 and 63, c.andi
 * with 0), every register x8-x15 in the 3-bit fields, and full 5-bit
 * register fields at both ends (ra, t6). misa says C.
 */
#include "test.h"

TEST_BEGIN
    /* misa.C */
    TEST_CASE( 1, a0, 1, csrr a0, misa; srli a0, a0, 2; andi a0, a0, 1)

    /* c.li: imm[5:0] sign-extended */
    TEST_CASE( 2, a0, 31, li a0, 5; c.li a0, 31)
    TEST_CASE( 3, a0, -32, c.li a0, -32)
    TEST_CASE( 4, a0, -1, c.li t6, -1; mv a0, t6)
    TEST_CASE( 5, ra, 0, li ra, 9; c.li ra, 0)

    /* c.lui: nzimm[17:12] sign-extended */
    TEST_CASE( 6, a0, 0x1000, c.lui a0, 1)
    TEST_CASE( 7, a0, 0x1f000, c.lui a0, 0x1f)
    TEST_CASE( 8, a0, 0xfffffffffffe0000, c.lui a0, 0xfffe0)
    TEST_CASE( 9, a0, 0xfffffffffffff000, c.lui t6, 0xfffff; mv a0, t6)
    TEST_CASE(10, a0, 0x5000, c.lui ra, 5; mv a0, ra)

    /* c.addi: rd = rd + imm, 64-bit */
    TEST_CASE(11, a0, 32, li a0, 1; c.addi a0, 31)
    TEST_CASE(12, a0, -32, li a0, 0; c.addi a0, -32)
    TEST_CASE(13, a0, 0x8000000000000000, li a0, 0x7fffffffffffffff;
              c.addi a0, 1)
    TEST_CASE(14, a0, 0, li t6, 1; c.addi t6, -1; mv a0, t6)
    TEST_CASE(15, ra, 0x100000000, li ra, 0xffffffff; c.addi ra, 1)

    /* c.addiw: 32-bit add, sign-extended; imm 0 is sext.w */
    TEST_CASE(16, a0, 0xffffffff80000000, li a0, 0x7fffffff; c.addiw a0, 1)
    TEST_CASE(17, a0, 0xffffffff80000000, li a0, 0x80000000; c.addiw a0, 0)
    TEST_CASE(18, a0, 0x23456789, li a0, 0x123456789; c.addiw a0, 0)
    TEST_CASE(19, a0, -32, li a0, 0x100000000; c.addiw a0, -32)
    TEST_CASE(20, a0, 0x7fffffe0, li a0, 0xffffffff7fffffff;
              c.addiw a0, -31)
    TEST_CASE(21, a0, 31, li t6, 0; c.addiw t6, 31; mv a0, t6)

    /* c.addi16sp: sp += nzimm (multiple of 16, -512..496) */
    TEST_CASE(22, a0, 512, mv s1, sp; c.addi16sp sp, -512; sub a0, s1, sp;
              mv sp, s1)
    TEST_CASE(23, a0, 496, mv s1, sp; c.addi16sp sp, 496; sub a0, sp, s1;
              mv sp, s1)
    TEST_CASE(24, a0, 16, mv s1, sp; c.addi16sp sp, 16; sub a0, sp, s1;
              mv sp, s1)

    /* c.addi4spn: rd' = sp + nzuimm (multiple of 4, 4..1020) */
    TEST_CASE(25, a0, 4, c.addi4spn a0, sp, 4; sub a0, a0, sp)
    TEST_CASE(26, a0, 1020, c.addi4spn s0, sp, 1020; sub a0, s0, sp)
    TEST_CASE(27, a0, 8, c.addi4spn s1, sp, 8; sub a0, s1, sp)
    TEST_CASE(28, a0, 12, c.addi4spn a1, sp, 12; sub a0, a1, sp)
    TEST_CASE(29, a0, 16, c.addi4spn a2, sp, 16; sub a0, a2, sp)
    TEST_CASE(30, a0, 20, c.addi4spn a3, sp, 20; sub a0, a3, sp)
    TEST_CASE(31, a0, 24, c.addi4spn a4, sp, 24; sub a0, a4, sp)
    TEST_CASE(32, a0, 28, c.addi4spn a5, sp, 28; sub a0, a5, sp)

    /* c.slli: shamt 1..63, 5-bit rd */
    TEST_CASE(33, a0, 2, li a0, 1; c.slli a0, 1)
    TEST_CASE(34, a0, 0x8000000000000000, li a0, 3; c.slli a0, 63)
    TEST_CASE(35, a0, 0x100000000, li a0, 1; c.slli a0, 32)
    TEST_CASE(36, a0, 0xf0, li t6, 0xf; c.slli t6, 4; mv a0, t6)
    TEST_CASE(37, ra, 0x200, li ra, 1; c.slli ra, 9)

    /* c.srli / c.srai: rd' >> shamt */
    TEST_CASE(38, s0, 1, li s0, 0x8000000000000000; c.srli s0, 63)
    TEST_CASE(39, s1, 0x80000000, li s1, 0x8000000000000000; c.srli s1, 32)
    TEST_CASE(40, a0, 0x4000000000000000, li a0, 0x8000000000000000;
              c.srli a0, 1)
    TEST_CASE(41, a1, -1, li a1, 0x8000000000000000; c.srai a1, 63)
    TEST_CASE(42, a2, 0xffffffff80000000, li a2, 0x8000000000000000;
              c.srai a2, 32)
    TEST_CASE(43, a3, 0xc000000000000000, li a3, 0x8000000000000000;
              c.srai a3, 1)
    TEST_CASE(44, a4, 0x3fffffffffffffff, li a4, 0x7fffffffffffffff;
              c.srai a4, 1)
    TEST_CASE(45, a5, 1, li a5, 0x8000000000000000; c.srli a5, 63)

    /* c.andi: imm[5:0] sign-extended, 0 allowed */
    TEST_CASE(46, a0, 0xe0, li a0, 0xff; c.andi a0, -32)
    TEST_CASE(47, s0, 31, li s0, -1; c.andi s0, 31)
    TEST_CASE(48, a5, 0, li a5, -1; c.andi a5, 0)
    TEST_CASE(49, s1, 0xffffffffffffffe1, li s1, -1; c.andi s1, -31)

    /* c.mv, c.add: full 5-bit registers */
    TEST_CASE(50, a0, 0x123456789abcdef0, li t6, 0x123456789abcdef0;
              c.mv a0, t6)
    TEST_CASE(51, ra, 77, li t5, 77; c.mv ra, t5)
    TEST_CASE(52, a0, 0, li a0, 0x7fffffffffffffff; li a1, 0x8000000000000001;
              c.add a0, a1)
    TEST_CASE(53, ra, 0x100000000, li ra, 0xffffffff; li t6, 1;
              c.add ra, t6)
    TEST_CASE(54, a0, 10, li a0, 5; c.add a0, a0)

    /* c.and, c.or, c.xor, c.sub, c.addw, c.subw: rd' and rs2' */
    TEST_CASE(55, s0, 0x0f00, li s0, 0xff00; li a5, 0x0ff0; c.and s0, a5)
    TEST_CASE(56, s1, 0xfff0, li s1, 0xff00; li a4, 0x0ff0; c.or s1, a4)
    TEST_CASE(57, a0, 0xf0f0, li a0, 0xff00; li a3, 0x0ff0; c.xor a0, a3)
    TEST_CASE(58, a1, -1, li a1, 0; li a2, 1; c.sub a1, a2)
    TEST_CASE(59, a2, 0, li a2, 0x8000000000000000; c.sub a2, a2)
    TEST_CASE(60, a3, 0xffffffff80000000, li a3, 0x7fffffff; li a1, 1;
              c.addw a3, a1)
    TEST_CASE(61, a4, 0x23456789, li a4, 0x100000000; li a0, 0x23456789;
              c.addw a4, a0)
    TEST_CASE(62, a5, 0xffffffff80000000, li a5, 0; li s1, 0x80000000;
              c.subw a5, s1)
    TEST_CASE(63, a0, 0x7fffffff, li a0, 0xffffffff80000000; li s0, 1;
              c.subw a0, s0)
    TEST_CASE(64, s0, 0x0ff0, li s0, 0xff00; li s1, 0xf0f0; c.xor s0, s1;
              li s1, 0x0ff0; c.and s0, s1)

    /* each 3-bit field value as rd' of c.addi4spn and rs2' of c.or */
    TEST_CASE(65, a0, 0xff,
              li s0, 1; li s1, 2; li a1, 4; li a2, 8; li a3, 0x10; li a4, 0x20;
              li a5, 0x40; li a0, 0x80; c.or a0, s0; c.or a0, s1; c.or a0, a1;
              c.or a0, a2; c.or a0, a3; c.or a0, a4; c.or a0, a5)
TEST_END
