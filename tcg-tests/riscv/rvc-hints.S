/* SPDX-License-Identifier: MIT */
/*
 * rvc-hints.S: the C extension's HINT encodings execute as no-ops: c.nop
 * with a nonzero immediate, c.addi with rd = x0 or imm = 0, c.li, c.lui,
 * c.mv, c.add and c.slli with rd = x0, and the shifts by 0 (c.slli64,
 * c.srli64, c.srai64). Each leaves every register as it was (a0-a5, s0,
 * s1 hold known values; x0 reads 0) and execution goes on with the next
 * parcel. The parcels are written as numbers, as gas rejects most HINTs.
 */
#include "test.h"

#define V0 0x123456789abcdef0
#define V1 0x0fedcba987654321

/* Case n: run the parcel with a0 = V0, a1 = V1, then check a0, a1, x0. */
#define TEST_HINT(n, parcel)                                                \
    li TESTNUM, n;                                                          \
    li a0, V0;                                                              \
    li a1, V1;                                                              \
    li s0, 0;                                                               \
    .insn 2, parcel;                                                        \
    c.addi s0, 1;                                                           \
    CHECK(a0, V0);                                                          \
    CHECK(a1, V1);                                                          \
    CHECK(s0, 1);                                                           \
    mv a2, x0;                                                              \
    CHECK(a2, 0)

TEST_BEGIN
    TEST_HINT( 1, 0x0005)   /* c.nop 1 */
    TEST_HINT( 2, 0x1001)   /* c.nop -32 */
    TEST_HINT( 3, 0x107d)   /* c.nop -1 */
    TEST_HINT( 4, 0x0501)   /* c.addi a0, 0 */
    TEST_HINT( 5, 0x0581)   /* c.addi a1, 0 */
    TEST_HINT( 6, 0x0015)   /* c.addi zero, 5 */
    TEST_HINT( 7, 0x4015)   /* c.li zero, 5 */
    TEST_HINT( 8, 0x507d)   /* c.li zero, -1 */
    TEST_HINT( 9, 0x6005)   /* c.lui zero, 1 */
    TEST_HINT(10, 0x707d)   /* c.lui zero, 0xfffff */
    TEST_HINT(11, 0x802a)   /* c.mv zero, a0 */
    TEST_HINT(12, 0x902a)   /* c.add zero, a0 */
    TEST_HINT(13, 0x0006)   /* c.slli zero, 1 */
    TEST_HINT(14, 0x107e)   /* c.slli zero, 63 */
    TEST_HINT(15, 0x0502)   /* c.slli64 a0 */
    TEST_HINT(16, 0x0582)   /* c.slli64 a1 */
    TEST_HINT(17, 0x0002)   /* c.slli64 zero */
    TEST_HINT(18, 0x8101)   /* c.srli64 a0 */
    TEST_HINT(19, 0x8501)   /* c.srai64 a0 */
    TEST_HINT(20, 0x8181)   /* c.srli64 a1 */
    TEST_HINT(21, 0x8581)   /* c.srai64 a1 */
    TEST_HINT(22, 0x0001)   /* c.nop */
    /* c.addi with imm 0 on the case's own counter */
    TEST_CASE(23, s0, 1, li s0, 1; .insn 2, 0x0401)
    /* a run of HINTs in a loop, then the counter */
    TEST_CASE(24, a0, 100, li a0, 0; li a1, 100; 1: .insn 2, 0x0005;
              .insn 2, 0x4015; .insn 2, 0x802a; .insn 2, 0x8101; c.addi a0, 1;
              c.addi a1, -1; c.bnez a1, 1b)
TEST_END
