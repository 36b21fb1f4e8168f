/* SPDX-License-Identifier: MIT */
/*
 * rv64d-inline.S: the edges of the inline F/D path (rne arithmetic on the
 * host's SSE unit with the exact helpers as fallback, docs/riscv-f-d.md):
 * NaN payloads and signs that x86 would propagate, signed zeros, exact
 * and inexact subnormal results, the tininess-after-rounding boundary,
 * overflow, invalid and divide-by-zero (all of which leave the inline
 * path), flags accumulating over several inline operations in one block,
 * a destination that is also a source on both paths, NaN boxing, sign
 * injection, and the dynamic rounding mode changing between runs of the
 * same code and right before an operation.
 */
#include "fp-test.h"

#define ONE     0x3ff0000000000000
#define MONE    0xbff0000000000000
#define TWO     0x4000000000000000
#define THREE   0x4008000000000000
#define FIVE    0x4014000000000000
#define PINF    0x7ff0000000000000
#define NINF    0xfff0000000000000
#define CNAN    0x7ff8000000000000
#define DMAX    0x7fefffffffffffff
#define ULP15   0x3cb8000000000000 /* 1.5 ulp(1) */
#define ULP05   0x3ca0000000000000 /* 0.5 ulp(1) */
#define S_ONE   0xffffffff3f800000
#define S_THREE 0xffffffff40400000
#define S_CNAN  0xffffffff7fc00000

/* fa1 = op(fa1, fa2): destination aliasing the first source */
#define TEST_ALIAS(n, op, res, flags, a, b)                                 \
    li TESTNUM, n; FP_LOAD(fa1, a); FP_LOAD(fa2, b); fsflags zero;          \
    op fa1, fa1, fa2; fmv.d fa0, fa1; FP_CHECK_F(res, flags)

TEST_BEGIN
    FP_ENABLE

    /* NaN operands: the canonical NaN, never a payload or a sign */
    TEST_FP_R2(1, fadd.d, rne, CNAN, 0, 0x7ff8000000001234, ONE)
    TEST_FP_R2(2, fmul.d, rne, CNAN, 0, ONE, 0xfff8000000000000)
    TEST_FP_R2(3, fsub.d, rne, CNAN, 0x10, 0x7ff0000000000001, ONE)
    TEST_FP_R1(4, fsqrt.d, rne, CNAN, 0, 0xfff8000000000abc)
    TEST_FP_R3(5, fmadd.d, rne, CNAN, 0, ONE, ONE, 0x7ff8000000000001)
    TEST_FP_R2(6, fadd.s, rne, S_CNAN, 0, 0xffffffff7fc01234, S_ONE)
    TEST_FP_R2(7, fdiv.s, rne, S_CNAN, 0x10, 0xffffffff7f800001, S_ONE)
    /* signed zeros */
    TEST_FP_R2(8, fadd.d, rne, 0x8000000000000000, 0, 0x8000000000000000, 0x8000000000000000)
    TEST_FP_R2(9, fadd.d, rne, 0, 0, 0x8000000000000000, 0)
    TEST_FP_R2(10, fsub.d, rne, 0, 0, ONE, ONE)
    TEST_FP_R2(11, fmul.d, rne, 0x8000000000000000, 0, 0x8000000000000000, FIVE)
    TEST_FP_R3(12, fnmsub.d, rne, 0, 0, ONE, ONE, ONE)
    TEST_FP_R1(13, fsqrt.d, rne, 0x8000000000000000, 0, 0x8000000000000000)
    /* subnormal results: exact (no flag), inexact (UF and NX), and the
     * product just below 2^-1022 that rounds to it (not tiny: NX only) */
    TEST_FP_R2(14, fmul.d, rne, 0x4000, 0, 0x0170000000000000, 0x3c30000000000000)
    TEST_FP_R2(15, fmul.d, rne, 0x2, 0x03, 0x3, 0x3fe0000000000000)
    TEST_FP_R2(16, fmul.d, rne, 0x0010000000000000, 0x01, 0x2000000002000000, 0x1ffffffffc000000)
    TEST_FP_R2(17, fadd.d, rne, 0x1, 0, 0x0010000000000000, 0x800fffffffffffff)
    /* overflow, invalid, divide by zero, inexact */
    TEST_FP_R2(18, fmul.d, rne, PINF, 0x05, DMAX, TWO)
    TEST_FP_R2(19, fadd.d, rne, NINF, 0x05, 0xffefffffffffffff, 0xffefffffffffffff)
    TEST_FP_R2(20, fsub.d, rne, CNAN, 0x10, PINF, PINF)
    TEST_FP_R1(21, fsqrt.d, rne, CNAN, 0x10, MONE)
    TEST_FP_R2(22, fdiv.d, rne, CNAN, 0x10, 0, 0)
    TEST_FP_R2(23, fdiv.d, rne, NINF, 0x08, MONE, 0)
    TEST_FP_R2(24, fdiv.d, rne, 0x3fd5555555555555, 0x01, ONE, THREE)
    TEST_FP_R3(25, fmadd.d, rne, CNAN, 0x10, PINF, 0, ONE)
    /* the fused forms: one rounding, operand signs */
    TEST_FP_R3(26, fmadd.d, rne, 0xbc90000000000000, 0, 0x3fd5555555555555, THREE, MONE)
    TEST_FP_R3(27, fmsub.d, rne, FIVE, 0, TWO, THREE, ONE)
    TEST_FP_R3(28, fnmsub.d, rne, 0xc014000000000000, 0, TWO, THREE, ONE)
    TEST_FP_R3(29, fnmadd.d, rne, 0xc01c000000000000, 0, TWO, THREE, ONE)
    TEST_FP_R3(30, fmadd.s, rne, 0xffffffff33000000, 0, 0xffffffff3eaaaaab, S_THREE, 0xffffffffbf800000)
    TEST_FP_R1(31, fsqrt.s, rne, 0xffffffff3fb504f3, 0x01, 0xffffffff40000000)
    /* NaN boxing: an unboxed single is the canonical NaN */
    TEST_FP_R2(32, fadd.s, rne, S_CNAN, 0, 0x000000003f800000, S_ONE)
    TEST_FP_R2(33, fmul.s, rne, S_CNAN, 0, S_ONE, 0xfffffffe3f800000)
    TEST_FP_N2(34, fsgnjn.s, 0xffffffffffc00000, 0, 0x3f800000, 0x3f800000)
    TEST_FP_N2(35, fsgnjx.s, S_ONE, 0, 0xffffffffbf800000, 0xffffffffc0000000)
    TEST_FP_N2(36, fsgnj.s, 0xffffffffbf800000, 0, S_ONE, 0xffffffff80000000)
    TEST_FP_N2(37, fsgnj.s, 0xffffffff3f800000, 0, S_ONE, 0x80000000ffffffff)
    /* sign injection moves NaN payloads as they are */
    TEST_FP_N2(38, fsgnjx.d, 0x7ff8000000001234, 0, 0xfff8000000001234, 0xfff8000000001234)
    TEST_FP_N2(39, fsgnj.d, MONE, 0, ONE, 0xfff0000000000001)
    TEST_FP_N2(40, fsgnjn.d, 0x7ff0000000000001, 0, 0xfff0000000000001, NINF)
    /* destination = source, on the inline path and on the fallback */
    TEST_ALIAS(41, fadd.d, THREE, 0, ONE, TWO)
    TEST_ALIAS(42, fsub.d, CNAN, 0x10, PINF, PINF)
    TEST_ALIAS(43, fdiv.s, 0xffffffff3eaaaaab, 0x01, S_ONE, S_THREE)
    TEST_ALIAS(44, fadd.s, S_CNAN, 0, 0x3f800000, S_ONE)

    /* flags accumulate over inline operations in one block */
    li TESTNUM, 45
    FP_LOAD(fa1, ONE)
    FP_LOAD(fa2, THREE)
    FP_LOAD(fa3, DMAX)
    FP_LOAD(fa4, 0x3)
    FP_LOAD(fa5, 0x3fe0000000000000)
    fsflags zero
    fadd.d fa0, fa1, fa1
    fdiv.d fa0, fa1, fa2
    fmul.d fa0, fa4, fa5
    fadd.d fa0, fa1, fa2
    FP_CHECK_F(0x4010000000000000, 0x03)
    li TESTNUM, 46
    fsflags zero
    fadd.d fa0, fa1, fa2
    fmul.d fa0, fa3, fa3
    FP_CHECK_F(PINF, 0x05)

    /* the same code under frm = rne, then rtz, then rmm (helper) */
    li s4, 0
    la s2, results
1:
    la t0, modes
    add t0, t0, s4
    lbu s1, 0(t0)
    fsrm s1
    FP_LOAD(fa1, ONE)
    FP_LOAD(fa2, ULP15)
    FP_LOAD(fa3, ULP05)
    fadd.d fa0, fa1, fa2
    fsd fa0, 0(s2)
    fadd.d fa0, fa1, fa3
    fsd fa0, 8(s2)
    addi s2, s2, 16
    addi s4, s4, 1
    li t0, 3
    bne s4, t0, 1b
    fsrmi 0
    la s2, results
    li TESTNUM, 47
    ld a0, 0(s2)
    CHECK(a0, 0x3ff0000000000002)
    ld a0, 8(s2)
    CHECK(a0, ONE)
    li TESTNUM, 48
    ld a0, 16(s2)
    CHECK(a0, 0x3ff0000000000001)
    ld a0, 24(s2)
    CHECK(a0, ONE)
    li TESTNUM, 49
    ld a0, 32(s2)
    CHECK(a0, 0x3ff0000000000002)
    ld a0, 40(s2)
    CHECK(a0, 0x3ff0000000000001)

    /* fcsr written right before a dynamic-rounding operation */
    li TESTNUM, 50
    FP_LOAD(fa1, ONE)
    FP_LOAD(fa2, ULP15)
    li t0, 2 << 5              /* rdn, flags clear */
    csrw fcsr, t0
    fadd.d fa0, fa1, fa2
    FP_CHECK_F(0x3ff0000000000001, 0x01)
    li TESTNUM, 51
    FP_LOAD(fa1, MONE)
    li t0, 3 << 5              /* rup */
    csrw fcsr, t0
    fsub.d fa0, fa1, fa2
    FP_CHECK_F(0xbff0000000000001, 0x01)
    li TESTNUM, 52
    csrwi frm, 0
    fsub.d fa0, fa1, fa2
    FP_CHECK_F(0xbff0000000000002, 0x01)
    /* a static mode other than rne takes the helper in an rne block */
    TEST_FP_R2(53, fadd.d, rtz, 0x3ff0000000000001, 0x01, ONE, ULP15)
    TEST_FP_R2(54, fadd.d, rmm, 0x3ff0000000000001, 0x01, ONE, ULP05)

    /* conversions to integers with rtz: inline, and the fallback for
     * NaN, out of range, exactly the most negative value, unboxed */
    TEST_FP_TOX(55, fcvt.w.d, rtz, 0xffffffff80000000, 0x01, 0xc1e0000000100000)
    TEST_FP_TOX(56, fcvt.w.d, rtz, 0x7fffffff, 0x10, 0x41e0000000000000)
    TEST_FP_TOX(57, fcvt.w.d, rtz, 0x7fffffff, 0x10, CNAN)
    TEST_FP_TOX(58, fcvt.w.d, rtz, 0, 0x01, 0xbfe8000000000000)
    TEST_FP_TOX(59, fcvt.w.d, rtz, 0xfffffffffffffffb, 0, 0xc014000000000000)
    TEST_FP_TOX(60, fcvt.l.d, rtz, 0x8000000000000000, 0, 0xc3e0000000000000)
    TEST_FP_TOX(61, fcvt.l.d, rtz, 0x8000000000000000, 0x10, NINF)
    TEST_FP_TOX(62, fcvt.l.d, rtz, 0x7fffffffffffffff, 0x10, 0x43e0000000000000)
    TEST_FP_TOX(63, fcvt.w.s, rtz, 0x7fffffff, 0x10, 0x3f800000)
    TEST_FP_TOX(64, fcvt.l.s, rtz, 0xfffffffffffffffe, 0x01, 0xffffffffc0200000)
    /* conversions from integers */
    TEST_FP_FROMX_N(65, fcvt.d.w, 0xc014000000000000, 0, -5)
    /* fcvt.d.wu fa0, a1, rup: exact in every mode (gas only takes rne) */
    li TESTNUM, 66
    li a1, -1
    fsflags zero
    .insn r 0x53, 3, 0x69, fa0, a1, x1
    FP_CHECK_F(0x41efffffffe00000, 0)
    TEST_FP_FROMX(67, fcvt.d.l, rne, 0x4340000000000000, 0x01, 0x20000000000001)
    TEST_FP_FROMX(68, fcvt.s.wu, rne, 0xffffffff4f800000, 0x01, -1)
    TEST_FP_FROMX(69, fcvt.s.l, rne, 0xffffffffdf000000, 0, 0x8000000000000000)
    /* comparisons: NaN operands go to the helper for their flags */
    TEST_FP_CMP(70, flt.d, 0, 0x10, CNAN, ONE)
    TEST_FP_CMP(71, feq.d, 0, 0, ONE, CNAN)
    TEST_FP_CMP(72, feq.d, 0, 0x10, 0x7ff0000000000001, ONE)
    TEST_FP_CMP(73, fle.s, 0, 0x10, S_ONE, 0x3f800000)
    TEST_FP_CMP(74, feq.d, 1, 0, 0x8000000000000000, 0)
    TEST_FP_CMP(75, fle.d, 1, 0, MONE, MONE)
    TEST_FP_CMP(76, flt.s, 1, 0, 0xffffffffbf800000, S_ONE)
TEST_END

    .data
modes:
    .byte 0, 1, 4               /* rne, rtz, rmm */

    .bss
    .balign 8
results:
    .skip 48
