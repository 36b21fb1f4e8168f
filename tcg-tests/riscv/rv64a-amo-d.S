/* SPDX-License-Identifier: MIT */
/*
 * rv64a-amo-d.S: the nine doubleword AMOs on edge values, then every one of
 * them with each aq/rl combination. Each case puts a doubleword between
 * two guard doublewords, runs `op a0, a2, (a1)` and checks that a0 is the
 * old doubleword, that memory holds the new one, that only those eight
 * bytes changed, and that the source registers kept their values. Signed
 * and unsigned min/max cases are chosen so that a 32-bit compare or the
 * other signedness would pick the other operand.
 */
#include "test.h"

#define GUARD 0x5a5a5a5aa5a5a5a5

#define TEST_AMO_D(n, op, init, src, old, new)                              \
    TEST_CASE(n, a0, old,                                                   \
              la a1, amo_buf; li a3, GUARD; sd a3, 0(a1); sd a3, 16(a1);    \
              addi a1, a1, 8; li a3, init; sd a3, 0(a1); li a2, src;        \
              op a0, a2, (a1));                                             \
    ld a4, 0(a1);                                                           \
    CHECK(a4, new);                                                         \
    ld a4, -8(a1);                                                          \
    CHECK(a4, GUARD);                                                       \
    ld a4, 8(a1);                                                           \
    CHECK(a4, GUARD);                                                       \
    CHECK(a2, src);                                                         \
    la a4, amo_buf + 8;                                                     \
    sub a4, a4, a1;                                                         \
    CHECK(a4, 0)

TEST_BEGIN
    TEST_AMO_D(  1, amoswap.d, 0x8000000000000000, 0x123456789abcdef,
               0x8000000000000000, 0x123456789abcdef)
    TEST_AMO_D(  2, amoswap.d, 0x7fffffffffffffff, 0xffffffffffffffff,
               0x7fffffffffffffff, 0xffffffffffffffff)
    TEST_AMO_D(  3, amoswap.d, 0xffffffff, 0x0, 0xffffffff, 0x0)
    TEST_AMO_D(  4, amoadd.d, 0x7fffffffffffffff, 0x1,
               0x7fffffffffffffff, 0x8000000000000000)
    TEST_AMO_D(  5, amoadd.d, 0xffffffffffffffff, 0x1, 0xffffffffffffffff, 0x0)
    TEST_AMO_D(  6, amoadd.d, 0x8000000000000000, 0x8000000000000000,
               0x8000000000000000, 0x0)
    TEST_AMO_D(  7, amoadd.d, 0xffffffff, 0x1, 0xffffffff, 0x100000000)
    TEST_AMO_D(  8, amoadd.d, 0x80000000, 0xffffffff80000000, 0x80000000, 0x0)
    TEST_AMO_D(  9, amoxor.d, 0xf0f0f0f00f0f0f0f, 0xffffffffffffffff,
               0xf0f0f0f00f0f0f0f, 0xf0f0f0ff0f0f0f0)
    TEST_AMO_D( 10, amoxor.d, 0x8000000000000001, 0x8000000000000000,
               0x8000000000000001, 0x1)
    TEST_AMO_D( 11, amoxor.d, 0x1234, 0x1234, 0x1234, 0x0)
    TEST_AMO_D( 12, amoand.d, 0xffffffff0000ffff, 0xffff00ffff0f0f,
               0xffffffff0000ffff, 0xffff0000000f0f)
    TEST_AMO_D( 13, amoand.d, 0xffffffffffffffff, 0x7fffffffffffffff,
               0xffffffffffffffff, 0x7fffffffffffffff)
    TEST_AMO_D( 14, amoand.d, 0x8000000000000000, 0x7fffffffffffffff,
               0x8000000000000000, 0x0)
    TEST_AMO_D( 15, amoor.d, 0xff000000000000, 0x8000000000000001,
               0xff000000000000, 0x80ff000000000001)
    TEST_AMO_D( 16, amoor.d, 0x0, 0xffffffff00000000, 0x0, 0xffffffff00000000)
    TEST_AMO_D( 17, amoor.d, 0x7fffffffffffffff, 0x8000000000000000,
               0x7fffffffffffffff, 0xffffffffffffffff)
    TEST_AMO_D( 18, amomin.d, 0x8000000000000000, 0x7fffffffffffffff,
               0x8000000000000000, 0x8000000000000000)
    TEST_AMO_D( 19, amomin.d, 0x1, 0xffffffffffffffff, 0x1, 0xffffffffffffffff)
    TEST_AMO_D( 20, amomin.d, 0x100000000, 0x80000000, 0x100000000, 0x80000000)
    TEST_AMO_D( 21, amomin.d, 0x7fffffff, 0x100000000, 0x7fffffff, 0x7fffffff)
    TEST_AMO_D( 22, amomin.d, 0xfffffffffffffffe, 0xfffffffffffffffe,
               0xfffffffffffffffe, 0xfffffffffffffffe)
    TEST_AMO_D( 23, amomax.d, 0x8000000000000000, 0x7fffffffffffffff,
               0x8000000000000000, 0x7fffffffffffffff)
    TEST_AMO_D( 24, amomax.d, 0xffffffffffffffff, 0x0, 0xffffffffffffffff, 0x0)
    TEST_AMO_D( 25, amomax.d, 0x100000000, 0x80000000, 0x100000000, 0x100000000)
    TEST_AMO_D( 26, amomax.d, 0xffffffff, 0x1ffffffff, 0xffffffff, 0x1ffffffff)
    TEST_AMO_D( 27, amomax.d, 0x7ffffffffffffffe, 0x7fffffffffffffff,
               0x7ffffffffffffffe, 0x7fffffffffffffff)
    TEST_AMO_D( 28, amominu.d, 0x8000000000000000, 0x7fffffffffffffff,
               0x8000000000000000, 0x7fffffffffffffff)
    TEST_AMO_D( 29, amominu.d, 0xffffffffffffffff, 0x0, 0xffffffffffffffff, 0x0)
    TEST_AMO_D( 30, amominu.d, 0x100000000, 0xffffffff, 0x100000000, 0xffffffff)
    TEST_AMO_D( 31, amominu.d, 0x0, 0xffffffffffffffff, 0x0, 0x0)
    TEST_AMO_D( 32, amominu.d, 0x8000000000000001, 0x8000000000000000,
               0x8000000000000001, 0x8000000000000000)
    TEST_AMO_D( 33, amomaxu.d, 0x7fffffffffffffff, 0x8000000000000000,
               0x7fffffffffffffff, 0x8000000000000000)
    TEST_AMO_D( 34, amomaxu.d, 0xffffffffffffffff, 0x100000000,
               0xffffffffffffffff, 0xffffffffffffffff)
    TEST_AMO_D( 35, amomaxu.d, 0xffffffff, 0x100000000, 0xffffffff, 0x100000000)
    TEST_AMO_D( 36, amomaxu.d, 0x0, 0xffffffffffffffff, 0x0, 0xffffffffffffffff)
    TEST_AMO_D( 37, amomaxu.d, 0x80000000, 0x7fffffff, 0x80000000, 0x80000000)

    /* aq, rl and both: the same operation, ordering bits set */
    TEST_AMO_D( 38, amoswap.d.aq, 0x8000000000000001, 0x7ffffffffffffffe,
               0x8000000000000001, 0x7ffffffffffffffe)
    TEST_AMO_D( 39, amoswap.d.rl, 0x8000000000000001, 0x7ffffffffffffffe,
               0x8000000000000001, 0x7ffffffffffffffe)
    TEST_AMO_D( 40, amoswap.d.aqrl, 0x8000000000000001, 0x7ffffffffffffffe,
               0x8000000000000001, 0x7ffffffffffffffe)
    TEST_AMO_D( 41, amoadd.d.aq, 0x8000000000000001, 0x7ffffffffffffffe,
               0x8000000000000001, 0xffffffffffffffff)
    TEST_AMO_D( 42, amoadd.d.rl, 0x8000000000000001, 0x7ffffffffffffffe,
               0x8000000000000001, 0xffffffffffffffff)
    TEST_AMO_D( 43, amoadd.d.aqrl, 0x8000000000000001, 0x7ffffffffffffffe,
               0x8000000000000001, 0xffffffffffffffff)
    TEST_AMO_D( 44, amoxor.d.aq, 0x8000000000000001, 0x7ffffffffffffffe,
               0x8000000000000001, 0xffffffffffffffff)
    TEST_AMO_D( 45, amoxor.d.rl, 0x8000000000000001, 0x7ffffffffffffffe,
               0x8000000000000001, 0xffffffffffffffff)
    TEST_AMO_D( 46, amoxor.d.aqrl, 0x8000000000000001, 0x7ffffffffffffffe,
               0x8000000000000001, 0xffffffffffffffff)
    TEST_AMO_D( 47, amoand.d.aq, 0x8000000000000001, 0x7ffffffffffffffe,
               0x8000000000000001, 0x0)
    TEST_AMO_D( 48, amoand.d.rl, 0x8000000000000001, 0x7ffffffffffffffe,
               0x8000000000000001, 0x0)
    TEST_AMO_D( 49, amoand.d.aqrl, 0x8000000000000001, 0x7ffffffffffffffe,
               0x8000000000000001, 0x0)
    TEST_AMO_D( 50, amoor.d.aq, 0x8000000000000001, 0x7ffffffffffffffe,
               0x8000000000000001, 0xffffffffffffffff)
    TEST_AMO_D( 51, amoor.d.rl, 0x8000000000000001, 0x7ffffffffffffffe,
               0x8000000000000001, 0xffffffffffffffff)
    TEST_AMO_D( 52, amoor.d.aqrl, 0x8000000000000001, 0x7ffffffffffffffe,
               0x8000000000000001, 0xffffffffffffffff)
    TEST_AMO_D( 53, amomin.d.aq, 0x8000000000000001, 0x7ffffffffffffffe,
               0x8000000000000001, 0x8000000000000001)
    TEST_AMO_D( 54, amomin.d.rl, 0x8000000000000001, 0x7ffffffffffffffe,
               0x8000000000000001, 0x8000000000000001)
    TEST_AMO_D( 55, amomin.d.aqrl, 0x8000000000000001, 0x7ffffffffffffffe,
               0x8000000000000001, 0x8000000000000001)
    TEST_AMO_D( 56, amomax.d.aq, 0x8000000000000001, 0x7ffffffffffffffe,
               0x8000000000000001, 0x7ffffffffffffffe)
    TEST_AMO_D( 57, amomax.d.rl, 0x8000000000000001, 0x7ffffffffffffffe,
               0x8000000000000001, 0x7ffffffffffffffe)
    TEST_AMO_D( 58, amomax.d.aqrl, 0x8000000000000001, 0x7ffffffffffffffe,
               0x8000000000000001, 0x7ffffffffffffffe)
    TEST_AMO_D( 59, amominu.d.aq, 0x8000000000000001, 0x7ffffffffffffffe,
               0x8000000000000001, 0x7ffffffffffffffe)
    TEST_AMO_D( 60, amominu.d.rl, 0x8000000000000001, 0x7ffffffffffffffe,
               0x8000000000000001, 0x7ffffffffffffffe)
    TEST_AMO_D( 61, amominu.d.aqrl, 0x8000000000000001, 0x7ffffffffffffffe,
               0x8000000000000001, 0x7ffffffffffffffe)
    TEST_AMO_D( 62, amomaxu.d.aq, 0x8000000000000001, 0x7ffffffffffffffe,
               0x8000000000000001, 0x8000000000000001)
    TEST_AMO_D( 63, amomaxu.d.rl, 0x8000000000000001, 0x7ffffffffffffffe,
               0x8000000000000001, 0x8000000000000001)
    TEST_AMO_D( 64, amomaxu.d.aqrl, 0x8000000000000001, 0x7ffffffffffffffe,
               0x8000000000000001, 0x8000000000000001)
TEST_END

    .data
    .balign 8
amo_buf:
    .dword 0, 0, 0
