/* SPDX-License-Identifier: MIT */
/*
 * zicond.S: Zicond czero.eqz and czero.nez, written as .insn (binutils
 * 2.40 does not know Zicond; QEMU 7.2 neither, so this test is checked
 * against the specification only): zero and nonzero conditions, aliasing
 * and x0, and the two combined into a select.
 */
#include "test.h"

TEST_BEGIN

    /* czero.eqz: rd = rs2 == 0 ? 0 : rs1 */
    TEST_CASE(  1, a0, 0x0, li a1, 0x0; li a2, 0x0; .insn r 0x33, 5, 7, a0, a1, a2)
    TEST_CASE(  2, a0, 0x0, li a1, 0x5; li a2, 0x0; .insn r 0x33, 5, 7, a0, a1, a2)
    TEST_CASE(  3, a0, 0x5, li a1, 0x5; li a2, 0x1; .insn r 0x33, 5, 7, a0, a1, a2)
    TEST_CASE(  4, a0, 0x5, li a1, 0x5; li a2, 0xffffffffffffffff; .insn r 0x33, 5, 7, a0, a1, a2)
    TEST_CASE(  5, a0, 0xffffffffffffffff, li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; .insn r 0x33, 5, 7, a0, a1, a2)
    TEST_CASE(  6, a0, 0x123456789, li a1, 0x123456789; li a2, 0x100000000; .insn r 0x33, 5, 7, a0, a1, a2)
    TEST_CASE(  7, a0, 0x0, li a1, 0xffffffffffffffff; li a2, 0x0; .insn r 0x33, 5, 7, a0, a1, a2)
    TEST_CASE(  8, a1, 0x77, li a1, 0x77; li a2, 3; .insn r 0x33, 5, 7, a1, a1, a2)  /* rd is rs1 */
    TEST_CASE(  9, a2, 0x77, li a1, 0x77; li a2, 3; .insn r 0x33, 5, 7, a2, a1, a2)  /* rd is rs2 */
    TEST_CASE( 10, a2, 0x0, li a2, 3; .insn r 0x33, 5, 7, a2, x0, a2)  /* rs1 is x0 */
    TEST_CASE( 11, a0, 0x0, li a1, 0x55; .insn r 0x33, 5, 7, a0, a1, x0)  /* rs2 is x0 */
    TEST_CASE( 12, a0, 0x66, li a1, 0x66; .insn r 0x33, 5, 7, a0, a1, a1)  /* rs1 is rs2 */
    TEST_CASE( 13, a0, 0x0, li a1, 1; li a2, 1; .insn r 0x33, 5, 7, x0, a1, a2; mv a0, x0)  /* rd is x0 */
    /* czero.nez: rd = rs2 != 0 ? 0 : rs1 */
    TEST_CASE( 14, a0, 0x0, li a1, 0x0; li a2, 0x0; .insn r 0x33, 7, 7, a0, a1, a2)
    TEST_CASE( 15, a0, 0x5, li a1, 0x5; li a2, 0x0; .insn r 0x33, 7, 7, a0, a1, a2)
    TEST_CASE( 16, a0, 0x0, li a1, 0x5; li a2, 0x1; .insn r 0x33, 7, 7, a0, a1, a2)
    TEST_CASE( 17, a0, 0x0, li a1, 0x5; li a2, 0xffffffffffffffff; .insn r 0x33, 7, 7, a0, a1, a2)
    TEST_CASE( 18, a0, 0x0, li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; .insn r 0x33, 7, 7, a0, a1, a2)
    TEST_CASE( 19, a0, 0x0, li a1, 0x123456789; li a2, 0x100000000; .insn r 0x33, 7, 7, a0, a1, a2)
    TEST_CASE( 20, a0, 0xffffffffffffffff, li a1, 0xffffffffffffffff; li a2, 0x0; .insn r 0x33, 7, 7, a0, a1, a2)
    TEST_CASE( 21, a1, 0x0, li a1, 0x77; li a2, 3; .insn r 0x33, 7, 7, a1, a1, a2)  /* rd is rs1 */
    TEST_CASE( 22, a2, 0x0, li a1, 0x77; li a2, 3; .insn r 0x33, 7, 7, a2, a1, a2)  /* rd is rs2 */
    TEST_CASE( 23, a2, 0x0, li a2, 3; .insn r 0x33, 7, 7, a2, x0, a2)  /* rs1 is x0 */
    TEST_CASE( 24, a0, 0x55, li a1, 0x55; .insn r 0x33, 7, 7, a0, a1, x0)  /* rs2 is x0 */
    TEST_CASE( 25, a0, 0x0, li a1, 0x66; .insn r 0x33, 7, 7, a0, a1, a1)  /* rs1 is rs2 */
    TEST_CASE( 26, a0, 0x0, li a1, 1; li a2, 1; .insn r 0x33, 7, 7, x0, a1, a2; mv a0, x0)  /* rd is x0 */
    /* a select built from both: rs3 ? rs1 : rs2 */
    TEST_CASE( 27, a0, 0xb, li a1, 11; li a2, 22; li a3, 1; .insn r 0x33, 5, 7, a4, a1, a3; .insn r 0x33, 7, 7, a5, a2, a3; or a0, a4, a5)
    TEST_CASE( 28, a0, 0x16, li a1, 11; li a2, 22; li a3, 0; .insn r 0x33, 5, 7, a4, a1, a3; .insn r 0x33, 7, 7, a5, a2, a3; or a0, a4, a5)

TEST_END
