/* SPDX-License-Identifier: MIT */
/*
 * rv64i-alu-reg.S: the register-register ALU instructions of RV64I
 * (add sub sll slt sltu xor srl sra or and) on boundary values: carries
 * out of bit 31 and bit 63, shift amounts 0/1/31/32/63 and shift registers
 * whose bits above [5:0] must be ignored, signed against unsigned compares,
 * rd aliasing a source, and x0 as source and destination.
 */
#include "test.h"

TEST_BEGIN

    /* add: carries, wrap-around, no 32-bit sign extension */
    TEST_RR(  1, add,  0, 0, 0)
    TEST_RR(  2, add,  2, 1, 1)
    TEST_RR(  3, add,  10, 3, 7)
    TEST_RR(  4, add,  0x80000000, 0x7fffffff, 1)
    TEST_RR(  5, add,  0x100000000, 0xffffffff, 1)
    TEST_RR(  6, add,  0xffffffff, 0x80000000, 0x7fffffff)
    TEST_RR(  7, add,  0x8000000000000000, 0x7fffffffffffffff, 1)
    TEST_RR(  8, add,  0x7fffffffffffffff, 0x8000000000000000, -1)
    TEST_RR(  9, add,  0, -1, 1)
    TEST_RR( 10, add,  -2, -1, -1)
    TEST_RR( 11, add,  0, 0x123456789abcdef, 0xfedcba9876543211)

    /* sub */
    TEST_RR( 12, sub,  0, 0, 0)
    TEST_RR( 13, sub,  0, 1, 1)
    TEST_RR( 14, sub,  -1, 0, 1)
    TEST_RR( 15, sub,  -4, 3, 7)
    TEST_RR( 16, sub,  0x7fffffffffffffff, 0x8000000000000000, 1)
    TEST_RR( 17, sub,  0x8000000000000000, 0x7fffffffffffffff, -1)
    TEST_RR( 18, sub,  0xffffffff, 0x100000000, 1)
    TEST_RR( 19, sub,  0x8000000000000000, 0, 0x8000000000000000)
    TEST_RR( 20, sub,  0, -1, -1)

    /* sll: shift amount is rs2[5:0]; upper bits of rs2 ignored */
    TEST_RR( 21, sll,  1, 1, 0)
    TEST_RR( 22, sll,  2, 1, 1)
    TEST_RR( 23, sll,  0x80000000, 1, 31)
    TEST_RR( 24, sll,  0x100000000, 1, 32)
    TEST_RR( 25, sll,  0x8000000000000000, 1, 63)
    TEST_RR( 26, sll,  0x8000000000000000, -1, 63)
    TEST_RR( 27, sll,  0x123456789abcdef0, 0x123456789abcdef, 4)
    TEST_RR( 28, sll,  0x9abcdef000000000, 0x123456789abcdef, 36)
    TEST_RR( 29, sll,  1, 1, 64)
    TEST_RR( 30, sll,  2, 1, -63)
    TEST_RR( 31, sll,  0x8000000000000000, 33, -1)
    TEST_RR( 32, sll,  0xffffffff00000000, 0xffffffff, 32)

    /* srl */
    TEST_RR( 33, srl,  0x8000000000000000, 0x8000000000000000, 0)
    TEST_RR( 34, srl,  0x4000000000000000, 0x8000000000000000, 1)
    TEST_RR( 35, srl,  0x100000000, 0x8000000000000000, 31)
    TEST_RR( 36, srl,  0x80000000, 0x8000000000000000, 32)
    TEST_RR( 37, srl,  1, 0x8000000000000000, 63)
    TEST_RR( 38, srl,  -1, -1, 64)
    TEST_RR( 39, srl,  1, -1, 127)
    TEST_RR( 40, srl,  0x123456789abcd, 0x123456789abcdef, 8)
    TEST_RR( 41, srl,  0x1ffffffff, 0xffffffff80000000, 31)
    TEST_RR( 42, srl,  0xffffffff, -1, -32)

    /* sra */
    TEST_RR( 43, sra,  0x8000000000000000, 0x8000000000000000, 0)
    TEST_RR( 44, sra,  0xc000000000000000, 0x8000000000000000, 1)
    TEST_RR( 45, sra,  0xffffffff00000000, 0x8000000000000000, 31)
    TEST_RR( 46, sra,  0xffffffff80000000, 0x8000000000000000, 32)
    TEST_RR( 47, sra,  -1, 0x8000000000000000, 63)
    TEST_RR( 48, sra,  0, 0x7fffffffffffffff, 63)
    TEST_RR( 49, sra,  1, 0x7fffffffffffffff, 62)
    TEST_RR( 50, sra,  -1, -1, 64)
    TEST_RR( 51, sra,  -1, 0xffffffff80000000, 31)
    TEST_RR( 52, sra,  0xffedcba987654321, 0xfedcba9876543210, 0x104)
    TEST_RR( 53, sra,  0x7edcba987654321, 0x7edcba9876543210, -124)

    /* slt: signed */
    TEST_RR( 54, slt,  0, 0, 0)
    TEST_RR( 55, slt,  1, 0, 1)
    TEST_RR( 56, slt,  0, 1, 0)
    TEST_RR( 57, slt,  1, -1, 0)
    TEST_RR( 58, slt,  0, 0, -1)
    TEST_RR( 59, slt,  1, 0x8000000000000000, 0x7fffffffffffffff)
    TEST_RR( 60, slt,  0, 0x7fffffffffffffff, 0x8000000000000000)
    TEST_RR( 61, slt,  0, 0x8000000000000000, 0x8000000000000000)
    TEST_RR( 62, slt,  0, -1, -2)
    TEST_RR( 63, slt,  1, -2, -1)
    TEST_RR( 64, slt,  1, 0x7fffffff, 0x80000000)
    TEST_RR( 65, slt,  1, 0x8000000000000000, 0)
    TEST_RR( 66, slt,  0, 0, 0x8000000000000000)

    /* sltu: unsigned */
    TEST_RR( 67, sltu, 0, 0, 0)
    TEST_RR( 68, sltu, 1, 0, 1)
    TEST_RR( 69, sltu, 0, 1, 0)
    TEST_RR( 70, sltu, 1, 0, -1)
    TEST_RR( 71, sltu, 0, -1, 0)
    TEST_RR( 72, sltu, 0, 0x8000000000000000, 0x7fffffffffffffff)
    TEST_RR( 73, sltu, 1, 0x7fffffffffffffff, 0x8000000000000000)
    TEST_RR( 74, sltu, 1, -2, -1)
    TEST_RR( 75, sltu, 0, -1, -1)
    TEST_RR( 76, sltu, 1, 0xffffffff, 0x100000000)

    /* xor, or, and */
    TEST_RR( 77, xor, 0xf0f0f0f0f0f0f0f0, 0xff00ff00ff00ff00, 0xff00ff00ff00ff0)
    TEST_RR( 78, xor, 0xff00ff00ff00ff00, 0xff00ff00ff00ff0, 0xf0f0f0f0f0f0f0f0)
    TEST_RR( 79, xor,  0xff00ff00ff00ff, -1, 0xff00ff00ff00ff00)
    TEST_RR( 80, xor,  0xff00ff00ff00ff0, 0, 0xff00ff00ff00ff0)
    TEST_RR( 81, xor,  0xff00ff00ff00ff00, 0xff00ff00ff00ff, -1)
    TEST_RR( 82, or,  0xfff0fff0fff0fff0, 0xff00ff00ff00ff00, 0xff00ff00ff00ff0)
    TEST_RR( 83, or,  0xfff0fff0fff0fff0, 0xff00ff00ff00ff0, 0xf0f0f0f0f0f0f0f0)
    TEST_RR( 84, or,   -1, -1, 0xff00ff00ff00ff00)
    TEST_RR( 85, or,   0xff00ff00ff00ff0, 0, 0xff00ff00ff00ff0)
    TEST_RR( 86, or,   -1, 0xff00ff00ff00ff, -1)
    TEST_RR( 87, and,  0xf000f000f000f00, 0xff00ff00ff00ff00, 0xff00ff00ff00ff0)
    TEST_RR( 88, and,  0xf000f000f000f0, 0xff00ff00ff00ff0, 0xf0f0f0f0f0f0f0f0)
    TEST_RR( 89, and,  0xff00ff00ff00ff00, -1, 0xff00ff00ff00ff00)
    TEST_RR( 90, and,  0, 0, 0xff00ff00ff00ff0)
    TEST_RR( 91, and,  0xff00ff00ff00ff, 0xff00ff00ff00ff, -1)

    /* rd aliasing a source, both sources the same register */
    TEST_RR_RD_IS_RS1( 92, add,  24, 13, 11)
    TEST_RR_RD_IS_RS2( 93, add,  25, 14, 11)
    TEST_RR_RD_IS_RS1( 94, sub,  2, 13, 11)
    TEST_RR_RD_IS_RS2( 95, sub,  3, 14, 11)
    TEST_RR_RD_IS_RS1( 96, sll,  0x8000000000000000, 1, 63)
    TEST_RR_RD_IS_RS2( 97, srl,  15, 240, 4)
    TEST_RR_RD_IS_RS2( 98, sra,  0xff80000000000000, 0x8000000000000000, 8)
    TEST_RR_RD_IS_RS1( 99, slt,  1, -1, 1)
    TEST_RR_RD_IS_RS2(100, sltu, 0, -1, 1)
    TEST_RR_RD_IS_RS1(101, xor,  0xf0f0f0f0f0f0f0f0,
                      0xff00ff00ff00ff00, 0x0ff00ff00ff00ff0)
    TEST_RR_SAME_SRC(102, add,  0x8000000000000002, 0x4000000000000001)
    TEST_RR_SAME_SRC(103, sub,  0, 0x1234)
    TEST_RR_SAME_SRC(104, sll,  0x11800000000, 35)
    TEST_RR_SAME_SRC(105, sra,  0xff00000000000000, 0x8000000000000007)
    TEST_RR_SAME_SRC(106, slt,  0, 5)
    TEST_RR_ALL_SAME(107, xor,  0, 0xff00ff00ff00ff00)
    TEST_RR_ALL_SAME(108, or,   0xff00ff00ff00ff00, 0xff00ff00ff00ff00)
    TEST_RR_ALL_SAME(109, and,  0xff00ff00ff00ff0, 0xff00ff00ff00ff0)
    TEST_RR_ALL_SAME(110, add,  0, 0x8000000000000000)

    /* x0 as a source reads zero, as a destination stays zero */
    TEST_RR_X0_RS1(111, add,  85, 85)
    TEST_RR_X0_RS2(112, add,  85, 85)
    TEST_RR_X0_RS1(113, sub,  -1, 1)
    TEST_RR_X0_RS2(114, sub,  7, 7)
    TEST_RR_X0_RS1(115, sltu, 1, 5)
    TEST_RR_X0_RS1(116, sltu, 0, 0)
    TEST_RR_X0_RS1(117, slt,  1, 5)
    TEST_RR_X0_RS2(118, slt,  1, -5)
    TEST_RR_X0_RS1(119, sll,  0, 3)
    TEST_RR_X0_RS2(120, sra,  0x8000000000000000, 0x8000000000000000)
    TEST_RR_X0_RS1(121, or,   0xff00ff00ff00ff00, 0xff00ff00ff00ff00)
    TEST_RR_X0_RS2(122, and,  0, 0xff00ff00ff00ff00)
    TEST_RR_X0_RD(123, add,  0x1234, 0x5678)
    TEST_RR_X0_RD(124, sub,  0x1234, 0x5678)
    TEST_RR_X0_RD(125, sll,  0x1234, 0x5678)
    TEST_RR_X0_RD(126, slt,  0x1234, 0x9999)
    TEST_RR_X0_RD(127, sltu, 0x1234, 0x9999)
    TEST_RR_X0_RD(128, xor,  0x1234, 0x5678)
    TEST_RR_X0_RD(129, srl,  0x1234, 0x5678)
    TEST_RR_X0_RD(130, sra,  0x1234, 0x5678)
    TEST_RR_X0_RD(131, or,   0x1234, 0x5678)
    TEST_RR_X0_RD(132, and,  0x1234, 0x5678)

TEST_END
