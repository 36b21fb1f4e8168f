/* SPDX-License-Identifier: MIT */
/*
 * rv64a-amo-w.S: the nine word AMOs on edge values, then every one of
 * them with each aq/rl combination. Each case puts a word between two
 * guard words, runs `op a0, a2, (a1)` and checks that a0 is the old word
 * sign-extended, that memory holds the new word, that only those four
 * bytes changed, and that the source registers kept their values. Operands
 * carry junk in bits 63:32, which word AMOs must ignore (the signed and
 * unsigned min/max cases are chosen so that a 64-bit compare would pick
 * the other operand).
 */
#include "test.h"

#define GUARD 0x5a5a5a5a

#define TEST_AMO_W(n, op, init, src, old, new)                              \
    TEST_CASE(n, a0, old,                                                   \
              la a1, amo_buf; li a3, GUARD; sw a3, 0(a1); sw a3, 8(a1);     \
              addi a1, a1, 4; li a3, init; sw a3, 0(a1); li a2, src;        \
              op a0, a2, (a1));                                             \
    lwu a4, 0(a1);                                                          \
    CHECK(a4, new);                                                         \
    lwu a4, -4(a1);                                                         \
    CHECK(a4, GUARD);                                                       \
    lwu a4, 4(a1);                                                          \
    CHECK(a4, GUARD);                                                       \
    CHECK(a2, src);                                                         \
    la a4, amo_buf + 4;                                                     \
    sub a4, a4, a1;                                                         \
    CHECK(a4, 0)

TEST_BEGIN
    TEST_AMO_W(  1, amoswap.w, 0x80000000, 0x123456789,
               0xffffffff80000000, 0x23456789)
    TEST_AMO_W(  2, amoswap.w, 0x7fffffff, 0xffffffff, 0x7fffffff, 0xffffffff)
    TEST_AMO_W(  3, amoswap.w, 0x0, 0xffffffff80000000, 0x0, 0x80000000)
    TEST_AMO_W(  4, amoadd.w, 0x7fffffff, 0x1, 0x7fffffff, 0x80000000)
    TEST_AMO_W(  5, amoadd.w, 0xffffffff, 0x1, 0xffffffffffffffff, 0x0)
    TEST_AMO_W(  6, amoadd.w, 0x80000000, 0xffffffff80000000,
               0xffffffff80000000, 0x0)
    TEST_AMO_W(  7, amoadd.w, 0x5, 0xabcdef0000000003, 0x5, 0x8)
    TEST_AMO_W(  8, amoadd.w, 0x80000000, 0x7fffffff,
               0xffffffff80000000, 0xffffffff)
    TEST_AMO_W(  9, amoxor.w, 0xf0f0f0f0, 0xffffffff,
               0xfffffffff0f0f0f0, 0xf0f0f0f)
    TEST_AMO_W( 10, amoxor.w, 0x80000000, 0x1234567880000000,
               0xffffffff80000000, 0x0)
    TEST_AMO_W( 11, amoxor.w, 0x12345678, 0x12345678, 0x12345678, 0x0)
    TEST_AMO_W( 12, amoand.w, 0x8000ffff, 0xffff0000ffff8001,
               0xffffffff8000ffff, 0x80008001)
    TEST_AMO_W( 13, amoand.w, 0xffffffff, 0x7fffffff,
               0xffffffffffffffff, 0x7fffffff)
    TEST_AMO_W( 14, amoand.w, 0x80000000, 0xffffffff7fffffff,
               0xffffffff80000000, 0x0)
    TEST_AMO_W( 15, amoor.w, 0xff0000, 0x80000001, 0xff0000, 0x80ff0001)
    TEST_AMO_W( 16, amoor.w, 0x0, 0xffffffff00000000, 0x0, 0x0)
    TEST_AMO_W( 17, amoor.w, 0x7fffffff, 0x80000000, 0x7fffffff, 0xffffffff)
    TEST_AMO_W( 18, amomin.w, 0x80000000, 0x7fffffff,
               0xffffffff80000000, 0x80000000)
    TEST_AMO_W( 19, amomin.w, 0x1, 0xffffffff, 0x1, 0xffffffff)
    TEST_AMO_W( 20, amomin.w, 0x5, 0x100000003, 0x5, 0x3)
    TEST_AMO_W( 21, amomin.w, 0x3, 0x7fffffff00000002, 0x3, 0x2)
    TEST_AMO_W( 22, amomin.w, 0x7fffffff, 0x80000000, 0x7fffffff, 0x80000000)
    TEST_AMO_W( 23, amomin.w, 0xfffffffe, 0xfffffffe,
               0xfffffffffffffffe, 0xfffffffe)
    TEST_AMO_W( 24, amomax.w, 0x80000000, 0x7fffffff,
               0xffffffff80000000, 0x7fffffff)
    TEST_AMO_W( 25, amomax.w, 0xffffffff, 0x0, 0xffffffffffffffff, 0x0)
    TEST_AMO_W( 26, amomax.w, 0x3, 0x7fffffff00000002, 0x3, 0x3)
    TEST_AMO_W( 27, amomax.w, 0x2, 0x80000000ffffffff, 0x2, 0x2)
    TEST_AMO_W( 28, amomax.w, 0x7ffffffe, 0x7fffffff, 0x7ffffffe, 0x7fffffff)
    TEST_AMO_W( 29, amominu.w, 0x80000000, 0x7fffffff,
               0xffffffff80000000, 0x7fffffff)
    TEST_AMO_W( 30, amominu.w, 0xffffffff, 0x0, 0xffffffffffffffff, 0x0)
    TEST_AMO_W( 31, amominu.w, 0x5, 0x100000002, 0x5, 0x2)
    TEST_AMO_W( 32, amominu.w, 0x0, 0xffffffff, 0x0, 0x0)
    TEST_AMO_W( 33, amominu.w, 0x80000001, 0xffffffff80000000,
               0xffffffff80000001, 0x80000000)
    TEST_AMO_W( 34, amomaxu.w, 0x7fffffff, 0x80000000, 0x7fffffff, 0x80000000)
    TEST_AMO_W( 35, amomaxu.w, 0xffffffff, 0x100000000,
               0xffffffffffffffff, 0xffffffff)
    TEST_AMO_W( 36, amomaxu.w, 0x5, 0xffffffff00000002, 0x5, 0x5)
    TEST_AMO_W( 37, amomaxu.w, 0x0, 0xffffffff, 0x0, 0xffffffff)
    TEST_AMO_W( 38, amomaxu.w, 0x80000000, 0x7fffffffffffffff,
               0xffffffff80000000, 0xffffffff)

    /* aq, rl and both: the same operation, ordering bits set */
    TEST_AMO_W( 39, amoswap.w.aq, 0x80000001, 0x7ffffffe00000003,
               0xffffffff80000001, 0x3)
    TEST_AMO_W( 40, amoswap.w.rl, 0x80000001, 0x7ffffffe00000003,
               0xffffffff80000001, 0x3)
    TEST_AMO_W( 41, amoswap.w.aqrl, 0x80000001, 0x7ffffffe00000003,
               0xffffffff80000001, 0x3)
    TEST_AMO_W( 42, amoadd.w.aq, 0x80000001, 0x7ffffffe00000003,
               0xffffffff80000001, 0x80000004)
    TEST_AMO_W( 43, amoadd.w.rl, 0x80000001, 0x7ffffffe00000003,
               0xffffffff80000001, 0x80000004)
    TEST_AMO_W( 44, amoadd.w.aqrl, 0x80000001, 0x7ffffffe00000003,
               0xffffffff80000001, 0x80000004)
    TEST_AMO_W( 45, amoxor.w.aq, 0x80000001, 0x7ffffffe00000003,
               0xffffffff80000001, 0x80000002)
    TEST_AMO_W( 46, amoxor.w.rl, 0x80000001, 0x7ffffffe00000003,
               0xffffffff80000001, 0x80000002)
    TEST_AMO_W( 47, amoxor.w.aqrl, 0x80000001, 0x7ffffffe00000003,
               0xffffffff80000001, 0x80000002)
    TEST_AMO_W( 48, amoand.w.aq, 0x80000001, 0x7ffffffe00000003,
               0xffffffff80000001, 0x1)
    TEST_AMO_W( 49, amoand.w.rl, 0x80000001, 0x7ffffffe00000003,
               0xffffffff80000001, 0x1)
    TEST_AMO_W( 50, amoand.w.aqrl, 0x80000001, 0x7ffffffe00000003,
               0xffffffff80000001, 0x1)
    TEST_AMO_W( 51, amoor.w.aq, 0x80000001, 0x7ffffffe00000003,
               0xffffffff80000001, 0x80000003)
    TEST_AMO_W( 52, amoor.w.rl, 0x80000001, 0x7ffffffe00000003,
               0xffffffff80000001, 0x80000003)
    TEST_AMO_W( 53, amoor.w.aqrl, 0x80000001, 0x7ffffffe00000003,
               0xffffffff80000001, 0x80000003)
    TEST_AMO_W( 54, amomin.w.aq, 0x80000001, 0x7ffffffe00000003,
               0xffffffff80000001, 0x80000001)
    TEST_AMO_W( 55, amomin.w.rl, 0x80000001, 0x7ffffffe00000003,
               0xffffffff80000001, 0x80000001)
    TEST_AMO_W( 56, amomin.w.aqrl, 0x80000001, 0x7ffffffe00000003,
               0xffffffff80000001, 0x80000001)
    TEST_AMO_W( 57, amomax.w.aq, 0x80000001, 0x7ffffffe00000003,
               0xffffffff80000001, 0x3)
    TEST_AMO_W( 58, amomax.w.rl, 0x80000001, 0x7ffffffe00000003,
               0xffffffff80000001, 0x3)
    TEST_AMO_W( 59, amomax.w.aqrl, 0x80000001, 0x7ffffffe00000003,
               0xffffffff80000001, 0x3)
    TEST_AMO_W( 60, amominu.w.aq, 0x80000001, 0x7ffffffe00000003,
               0xffffffff80000001, 0x3)
    TEST_AMO_W( 61, amominu.w.rl, 0x80000001, 0x7ffffffe00000003,
               0xffffffff80000001, 0x3)
    TEST_AMO_W( 62, amominu.w.aqrl, 0x80000001, 0x7ffffffe00000003,
               0xffffffff80000001, 0x3)
    TEST_AMO_W( 63, amomaxu.w.aq, 0x80000001, 0x7ffffffe00000003,
               0xffffffff80000001, 0x80000001)
    TEST_AMO_W( 64, amomaxu.w.rl, 0x80000001, 0x7ffffffe00000003,
               0xffffffff80000001, 0x80000001)
    TEST_AMO_W( 65, amomaxu.w.aqrl, 0x80000001, 0x7ffffffe00000003,
               0xffffffff80000001, 0x80000001)
TEST_END

    .data
    .balign 8
amo_buf:
    .dword 0, 0
