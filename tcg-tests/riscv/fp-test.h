/* SPDX-License-Identifier: MIT */
/*
 * fp-test.h: macros of the F and D tests (rv64f-*.S, rv64d-*.S), on top
 * of common/test.h. Operands are given as raw 64-bit register images and
 * moved in with fmv.d.x, so a single operand's NaN boxing is explicit
 * (0xffffffff3f800000 is 1.0f; anything else in the upper half reads as
 * the canonical NaN). Each case clears fflags first and checks the whole
 * destination register (a0 for integer results; fa0 read back with
 * fmv.x.d) and then fflags (NX 1, UF 2, OF 4, DZ 8, NV 16).
 */
#ifndef TCG_TESTS_RISCV_FP_TEST_H
#define TCG_TESTS_RISCV_FP_TEST_H

#include "test.h"

/* clang-format off */

#define MSTATUS_FS_INITIAL (1 << 13)
#define MSTATUS_FS_CLEAN (2 << 13)
#define MSTATUS_FS_DIRTY (3 << 13)

/* mstatus.FS = Initial: FP instructions become legal. */
#define FP_ENABLE                                                           \
    li t0, MSTATUS_FS_INITIAL;                                              \
    csrs mstatus, t0

#define FP_LOAD(freg, val)                                                  \
    li t0, val;                                                             \
    fmv.d.x freg, t0

#define FP_CHECK_F(res, flags)                                              \
    frflags a1;                                                             \
    fmv.x.d a0, fa0;                                                        \
    CHECK(a0, res);                                                         \
    CHECK(a1, flags)

#define FP_CHECK_X(res, flags)                                              \
    frflags a1;                                                             \
    CHECK(a0, res);                                                         \
    CHECK(a1, flags)

/* fa0 = op(fa1[, fa2[, fa3]]) with a rounding mode (rtz, ..., dyn). */
#define TEST_FP_R1(n, op, rm, res, flags, a)                                \
    li TESTNUM, n; FP_LOAD(fa1, a); fsflags zero;                           \
    op fa0, fa1, rm; FP_CHECK_F(res, flags)
#define TEST_FP_R2(n, op, rm, res, flags, a, b)                             \
    li TESTNUM, n; FP_LOAD(fa1, a); FP_LOAD(fa2, b); fsflags zero;          \
    op fa0, fa1, fa2, rm; FP_CHECK_F(res, flags)
#define TEST_FP_R3(n, op, rm, res, flags, a, b, c)                          \
    li TESTNUM, n; FP_LOAD(fa1, a); FP_LOAD(fa2, b); FP_LOAD(fa3, c);       \
    fsflags zero; op fa0, fa1, fa2, fa3, rm; FP_CHECK_F(res, flags)

/* The same without a rounding mode operand (sign injection, min/max,
 * and the exact fcvt.d.s). */
#define TEST_FP_N1(n, op, res, flags, a)                                    \
    li TESTNUM, n; FP_LOAD(fa1, a); fsflags zero;                           \
    op fa0, fa1; FP_CHECK_F(res, flags)
#define TEST_FP_N2(n, op, res, flags, a, b)                                 \
    li TESTNUM, n; FP_LOAD(fa1, a); FP_LOAD(fa2, b); fsflags zero;          \
    op fa0, fa1, fa2; FP_CHECK_F(res, flags)

/* a0 = op(fa1[, fa2]): conversions to integers, fclass, comparisons. */
#define TEST_FP_TOX(n, op, rm, res, flags, a)                               \
    li TESTNUM, n; FP_LOAD(fa1, a); fsflags zero;                           \
    op a0, fa1, rm; FP_CHECK_X(res, flags)
#define TEST_FP_CLASS(n, op, res, a)                                        \
    li TESTNUM, n; FP_LOAD(fa1, a); fsflags zero;                           \
    op a0, fa1; FP_CHECK_X(res, 0)
#define TEST_FP_CMP(n, op, res, flags, a, b)                                \
    li TESTNUM, n; FP_LOAD(fa1, a); FP_LOAD(fa2, b); fsflags zero;          \
    op a0, fa1, fa2; FP_CHECK_X(res, flags)

/* fa0 = op(a1): conversions from integers. */
#define TEST_FP_FROMX(n, op, rm, res, flags, x)                             \
    li TESTNUM, n; li a1, x; fsflags zero;                                  \
    op fa0, a1, rm; FP_CHECK_F(res, flags)
#define TEST_FP_FROMX_N(n, op, res, flags, x)                               \
    li TESTNUM, n; li a1, x; fsflags zero;                                  \
    op fa0, a1; FP_CHECK_F(res, flags)

/* clang-format on */

#endif
