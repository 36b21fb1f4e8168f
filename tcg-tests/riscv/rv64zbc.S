/* SPDX-License-Identifier: MIT */
/*
 * rv64zbc.S: Zbc carry-less multiply: clmul (bits 63:0 of the 128-bit
 * product), clmulh (127:64) and clmulr (126:63), on single bits at the
 * ends, all ones and mixed patterns; aliasing and x0.
 */
#include "test.h"

TEST_BEGIN

    /* clmul */
    TEST_RR(  1, clmul, 0x0, 0x0, 0x0)
    TEST_RR(  2, clmul, 0x1, 0x1, 0x1)
    TEST_RR(  3, clmul, 0x5555555555555555, 0xffffffffffffffff, 0xffffffffffffffff)
    TEST_RR(  4, clmul, 0x0, 0x8000000000000000, 0x8000000000000000)
    TEST_RR(  5, clmul, 0x0, 0x8000000000000000, 0x2)
    TEST_RR(  6, clmul, 0x5, 0x3, 0x3)
    TEST_RR(  7, clmul, 0x8000000000000000, 0x87, 0x8000000000000000)
    TEST_RR(  8, clmul, 0x40a0789828c810f0, 0x123456789abcdef0, 0xfedcba987654321)
    TEST_RR(  9, clmul, 0x651d5268b7f174b4, 0xce4ad117afbd9be, 0x72101a3f43df86ae)
    TEST_RR( 10, clmul, 0xf421bef1077e0e2, 0x383a03010783a82e, 0x22d57caa58569a9b)
    TEST_RR_RD_IS_RS1( 11, clmul, 0xb24b00007d1cb24b, 0xdead, 0xbeef00000000beef)
    TEST_RR_RD_IS_RS2( 12, clmul, 0xb24b00007d1cb24b, 0xdead, 0xbeef00000000beef)
    TEST_RR_SAME_SRC( 13, clmul, 0x1, 0xf000000000000001)
    TEST_RR_X0_RS1( 14, clmul, 0x0, 0x5)
    TEST_RR_X0_RS2( 15, clmul, 0x0, 0x5)
    TEST_RR_X0_RD( 16, clmul, 0x1, 0x2)
    /* clmulh */
    TEST_RR( 17, clmulh, 0x0, 0x0, 0x0)
    TEST_RR( 18, clmulh, 0x0, 0x1, 0x1)
    TEST_RR( 19, clmulh, 0x5555555555555555, 0xffffffffffffffff, 0xffffffffffffffff)
    TEST_RR( 20, clmulh, 0x4000000000000000, 0x8000000000000000, 0x8000000000000000)
    TEST_RR( 21, clmulh, 0x1, 0x8000000000000000, 0x2)
    TEST_RR( 22, clmulh, 0x0, 0x3, 0x3)
    TEST_RR( 23, clmulh, 0x43, 0x87, 0x8000000000000000)
    TEST_RR( 24, clmulh, 0xe038d8688850b0, 0x123456789abcdef0, 0xfedcba987654321)
    TEST_RR( 25, clmulh, 0x7f370c9ee77be4, 0x855e6bebc6222b, 0xf8373eebad17d536)
    TEST_RR( 26, clmulh, 0xf10d0f397a60c32, 0xcdf91845a0277bbf, 0x1548e270ef12d18e)
    TEST_RR_RD_IS_RS1( 27, clmulh, 0x7d1c, 0xdead, 0xbeef00000000beef)
    TEST_RR_RD_IS_RS2( 28, clmulh, 0x7d1c, 0xdead, 0xbeef00000000beef)
    TEST_RR_SAME_SRC( 29, clmulh, 0x5500000000000000, 0xf000000000000001)
    TEST_RR_X0_RS1( 30, clmulh, 0x0, 0x5)
    TEST_RR_X0_RS2( 31, clmulh, 0x0, 0x5)
    TEST_RR_X0_RD( 32, clmulh, 0x1, 0x2)
    /* clmulr */
    TEST_RR( 33, clmulr, 0x0, 0x0, 0x0)
    TEST_RR( 34, clmulr, 0x0, 0x1, 0x1)
    TEST_RR( 35, clmulr, 0xaaaaaaaaaaaaaaaa, 0xffffffffffffffff, 0xffffffffffffffff)
    TEST_RR( 36, clmulr, 0x8000000000000000, 0x8000000000000000, 0x8000000000000000)
    TEST_RR( 37, clmulr, 0x2, 0x8000000000000000, 0x2)
    TEST_RR( 38, clmulr, 0x0, 0x3, 0x3)
    TEST_RR( 39, clmulr, 0x87, 0x87, 0x8000000000000000)
    TEST_RR( 40, clmulr, 0x1c071b0d110a160, 0x123456789abcdef0, 0xfedcba987654321)
    TEST_RR( 41, clmulr, 0x10b6beedbe0c7f55, 0x1c6e7bd007d5ba92, 0xdf44c5b49a3a9565)
    TEST_RR( 42, clmulr, 0x48876111ab167760, 0xdcea2252301d8a84, 0x7d933dcd659e23c2)
    TEST_RR_RD_IS_RS1( 43, clmulr, 0xfa39, 0xdead, 0xbeef00000000beef)
    TEST_RR_RD_IS_RS2( 44, clmulr, 0xfa39, 0xdead, 0xbeef00000000beef)
    TEST_RR_SAME_SRC( 45, clmulr, 0xaa00000000000000, 0xf000000000000001)
    TEST_RR_X0_RS1( 46, clmulr, 0x0, 0x5)
    TEST_RR_X0_RS2( 47, clmulr, 0x0, 0x5)
    TEST_RR_X0_RD( 48, clmulr, 0x1, 0x2)

TEST_END
