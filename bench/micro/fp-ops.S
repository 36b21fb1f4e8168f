/* SPDX-License-Identifier: MIT */
/*
 * fp-ops.S: double-precision arithmetic. Each iteration runs dependent
 * fadd.d, fmul.d, fdiv.d and fsqrt.d chains (x = sqrt(x * k + c) / d ...),
 * which stay finite and positive; the run checks the iteration count and
 * that the result is a positive normal number (fclass.d bit 6).
 */
#include "test.h"
#include "fp-test.h"

#define ITERS 8000000

TEST_BEGIN
    FP_ENABLE
    li TESTNUM, 1
    li s0, ITERS
    li s1, 0
    li t0, 3
    fcvt.d.l fs0, t0            /* k = 3 */
    li t0, 7
    fcvt.d.l fs1, t0            /* c = 7 */
    li t0, 2
    fcvt.d.l fs2, t0            /* d = 2 */
    fmv.d fa0, fs2              /* x = 2 */
    fmv.d fa1, fs1              /* y = 7 */
1:
    fmul.d fa0, fa0, fs0
    fadd.d fa0, fa0, fs1
    fsqrt.d fa0, fa0
    fdiv.d fa0, fa0, fs2
    fadd.d fa0, fa0, fs2        /* x = sqrt(3x + 7) / 2 + 2 */
    fmul.d fa1, fa1, fa0
    fdiv.d fa1, fa1, fa0        /* y = y * x / x */
    fsub.d fa2, fa1, fa0
    addi s1, s1, 1
    addi s0, s0, -1
    bnez s0, 1b
    CHECK(s1, ITERS)
    li TESTNUM, 2
    fclass.d a0, fa0
    CHECK(a0, 1 << 6)
    fclass.d a0, fa1
    CHECK(a0, 1 << 6)
TEST_END
