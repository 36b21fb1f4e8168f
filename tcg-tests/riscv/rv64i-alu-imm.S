/* SPDX-License-Identifier: MIT */
/*
 * rv64i-alu-imm.S: the register-immediate ALU instructions of RV64I
 * (addi slti sltiu xori ori andi slli srli srai): the 12-bit immediate's
 * sign extension at -2048 and 2047, sltiu's unsigned compare against a
 * sign-extended immediate, shift amounts 0/1/31/32/63, rd aliasing rs1,
 * and x0 as source and destination.
 */
#include "test.h"

TEST_BEGIN

    /* addi: 12-bit signed immediate, 64-bit add, no 32-bit sign extension */
    TEST_RI(  1, addi,  0, 0, 0)
    TEST_RI(  2, addi,  2, 1, 1)
    TEST_RI(  3, addi,  10, 3, 7)
    TEST_RI(  4, addi,  0x7ff, 0, 0x7ff)
    TEST_RI(  5, addi,  0xfffffffffffff800, 0, -0x800)
    TEST_RI(  6, addi,  0, 1, -1)
    TEST_RI(  7, addi,  0, -1, 1)
    TEST_RI(  8, addi,  0x80000000, 0x7fffffff, 1)
    TEST_RI(  9, addi,  0x100000000, 0xffffffff, 1)
    TEST_RI( 10, addi,  0x8000000000000000, 0x7fffffffffffffff, 1)
    TEST_RI( 11, addi,  0x7fffffffffffffff, 0x8000000000000000, -1)
    TEST_RI( 12, addi,  0, 0x800, -0x800)
    TEST_RI( 13, addi,  0x123456000, 0x123456789, -0x789)

    /* slti: signed compare with the sign-extended immediate */
    TEST_RI( 14, slti,  0, 0, 0)
    TEST_RI( 15, slti,  1, 0, 1)
    TEST_RI( 16, slti,  0, 1, 0)
    TEST_RI( 17, slti,  1, -1, 0)
    TEST_RI( 18, slti,  0, 0, -1)
    TEST_RI( 19, slti,  1, 0x8000000000000000, 0)
    TEST_RI( 20, slti,  0, 0x7fffffffffffffff, -0x800)
    TEST_RI( 21, slti,  1, 0xfffffffffffff7ff, -0x800)
    TEST_RI( 22, slti,  0, 0xfffffffffffff800, -0x800)
    TEST_RI( 23, slti,  1, 0x7fe, 0x7ff)
    TEST_RI( 24, slti,  0, 0x80000000, -1)

    /* sltiu: the immediate is sign-extended, then compared unsigned */
    TEST_RI( 25, sltiu, 0, 0, 0)
    TEST_RI( 26, sltiu, 1, 0, 1)
    TEST_RI( 27, sltiu, 0, 1, 1)
    TEST_RI( 28, sltiu, 0, 1, 0)
    TEST_RI( 29, sltiu, 1, 0, -1)
    TEST_RI( 30, sltiu, 1, -2, -1)
    TEST_RI( 31, sltiu, 0, -1, -1)
    TEST_RI( 32, sltiu, 1, 0xfffffffffffff7ff, -0x800)
    TEST_RI( 33, sltiu, 0, 0xfffffffffffff800, -0x800)
    TEST_RI( 34, sltiu, 1, 0x7fffffffffffffff, -0x800)
    TEST_RI( 35, sltiu, 0, 0x8000000000000000, 0x7ff)
    TEST_RI( 36, sltiu, 0, 0x7ff, 0x7ff)

    /* xori, ori, andi: the immediate is sign-extended */
    TEST_RI( 37, xori,  0xff00ff00ff000f, 0xff00ff00ff00ff, 0xf0)
    TEST_RI( 38, xori,  0xff00ff00ff00f8ff, 0xff00ff00ff00ff, -0x800)
    TEST_RI( 39, xori,  0xff00ff00ff00ff00, 0xff00ff00ff00ff, -1)
    TEST_RI( 40, xori,  0x80000000000002aa, 0x8000000000000555, 0x7ff)
    TEST_RI( 41, xori,  0xfffffffffffff900, 0, -0x700)
    TEST_RI( 42, ori,   0xff00ff00ff00ff, 0xff00ff00ff00ff, 0xf0)
    TEST_RI( 43, ori,   0xfffffffffffff8ff, 0xff00ff00ff00ff, -0x800)
    TEST_RI( 44, ori,   -1, 0xff00ff00ff00ff, -1)
    TEST_RI( 45, ori,   0x80000000000007ff, 0x8000000000000555, 0x7ff)
    TEST_RI( 46, ori,   0xfffffffffffff900, 0, -0x700)
    TEST_RI( 47, andi,  240, 0xff00ff00ff00ff, 0xf0)
    TEST_RI( 48, andi,  0xff00ff00ff0000, 0xff00ff00ff00ff, -0x800)
    TEST_RI( 49, andi,  0xff00ff00ff00ff, 0xff00ff00ff00ff, -1)
    TEST_RI( 50, andi,  0x555, 0x8000000000000555, 0x7ff)
    TEST_RI( 51, andi,  0, 0, -0x700)

    /* slli, srli, srai: shift amounts 0, 1, 31, 32, 63 */
    TEST_RI( 52, slli,  1, 1, 0)
    TEST_RI( 53, slli,  2, 1, 1)
    TEST_RI( 54, slli,  0x80000000, 1, 0x1f)
    TEST_RI( 55, slli,  0x100000000, 1, 0x20)
    TEST_RI( 56, slli,  0x8000000000000000, 1, 0x3f)
    TEST_RI( 57, srli,  0x8000000000000000, 0x8000000000000000, 0)
    TEST_RI( 58, srli,  0x4000000000000000, 0x8000000000000000, 1)
    TEST_RI( 59, srli,  0x100000000, 0x8000000000000000, 0x1f)
    TEST_RI( 60, srli,  0x80000000, 0x8000000000000000, 0x20)
    TEST_RI( 61, srli,  1, 0x8000000000000000, 0x3f)
    TEST_RI( 62, srai,  0x8000000000000000, 0x8000000000000000, 0)
    TEST_RI( 63, srai,  0xc000000000000000, 0x8000000000000000, 1)
    TEST_RI( 64, srai,  0xffffffff00000000, 0x8000000000000000, 0x1f)
    TEST_RI( 65, srai,  0xffffffff80000000, 0x8000000000000000, 0x20)
    TEST_RI( 66, srai,  -1, 0x8000000000000000, 0x3f)
    TEST_RI( 67, slli,  0xffffffff00000000, -1, 0x20)
    TEST_RI( 68, slli,  0x3456789abcdef000, 0x123456789abcdef, 0xc)
    TEST_RI( 69, slli,  0xfffffffe00000000, 0xffffffff, 0x21)
    TEST_RI( 70, srli,  0xffffffff, -1, 0x20)
    TEST_RI( 71, srli,  0x123456789abc, 0x123456789abcdef, 0xc)
    TEST_RI( 72, srli,  0x1ffffffff, 0xffffffff80000000, 0x1f)
    TEST_RI( 73, srai,  0, 0x7fffffffffffffff, 0x3f)
    TEST_RI( 74, srai,  0x7fffffff, 0x7fffffffffffffff, 0x20)
    TEST_RI( 75, srai,  0xffffedcba9876543, 0xfedcba9876543210, 0xc)
    TEST_RI( 76, srai,  -2, 0xffffffff7fffffff, 0x1f)
    TEST_RI( 77, srai,  1, 0x80000000, 0x1f)

    /* rd aliasing rs1, and x0 as source or destination */
    TEST_RI_RD_IS_RS1( 78, addi,  42, 41, 1)
    TEST_RI_RD_IS_RS1( 79, slti,  1, -5, -4)
    TEST_RI_RD_IS_RS1( 80, sltiu, 1, 5, -4)
    TEST_RI_RD_IS_RS1( 81, xori,  0xff00ff00ff00ff00, 0xff00ff00ff00ff, -1)
    TEST_RI_RD_IS_RS1( 82, slli,  0xc000000000000000, 3, 0x3e)
    TEST_RI_RD_IS_RS1( 83, srai,  0xffffffffff800000, 0x8000000000000000, 0x28)
    TEST_RI_X0_RS1( 84, addi,  0xfffffffffffff800, -0x800)
    TEST_RI_X0_RS1( 85, addi,  0x7ff, 0x7ff)
    TEST_RI_X0_RS1( 86, slti,  1, 1)
    TEST_RI_X0_RS1( 87, sltiu, 1, -1)
    TEST_RI_X0_RS1( 88, xori,  -1, -1)
    TEST_RI_X0_RS1( 89, ori,   0x5a5, 0x5a5)
    TEST_RI_X0_RS1( 90, andi,  0, -1)
    TEST_RI_X0_RS1( 91, srai,  0, 5)
    TEST_RI_X0_RD( 92, addi,  -1, 1)
    TEST_RI_X0_RD( 93, slti,  -1, 1)
    TEST_RI_X0_RD( 94, sltiu, -1, 1)
    TEST_RI_X0_RD( 95, xori,  -1, 1)
    TEST_RI_X0_RD( 96, ori,   -1, 1)
    TEST_RI_X0_RD( 97, andi,  -1, 1)
    TEST_RI_X0_RD( 98, slli,  -1, 1)
    TEST_RI_X0_RD( 99, srli,  -1, 1)
    TEST_RI_X0_RD(100, srai,  -1, 1)

TEST_END
