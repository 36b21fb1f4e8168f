/* SPDX-License-Identifier: MIT */
/*
 * The floating-point IR ops in C, for the interpreter (and as the
 * definition the JIT is tested against). Compiled with -frounding-math
 * -fsignaling-nans -ffp-contract=off, and the operands go through volatile
 * objects, so each operation happens once, between clearing and reading
 * the host's exception flags. The host rounds to nearest-even outside the
 * FP helpers, which restore the mode they change.
 */
#include <fenv.h>
#include <math.h>
#include <string.h>

#include "ir/ir-fp.h"

bool ir_host_has_fma(void)
{
    static int have = -1;
    if (have < 0) {
        __builtin_cpu_init();
        have = __builtin_cpu_supports("fma") ? 1 : 0;
    }
    return have == 1;
}

static double f64_of(uint64_t x)
{
    double d;
    memcpy(&d, &x, sizeof(d));
    return d;
}

static float f32_of(uint64_t x)
{
    uint32_t w = (uint32_t)x;
    float f;
    memcpy(&f, &w, sizeof(f));
    return f;
}

static uint64_t eval64(IrOpc opc, const uint64_t *in, int *ex)
{
    volatile double a = f64_of(in[0]), b = 0, c = 0, r;
    uint64_t bits;

    if (opc != IR_OP_fsqrt_f64) {
        b = f64_of(in[1]);
    }
    if (opc == IR_OP_fmadd_f64) {
        c = f64_of(in[2]);
    }
    feclearexcept(FE_ALL_EXCEPT);
    switch (opc) {
    case IR_OP_fadd_f64: r = a + b; break;
    case IR_OP_fsub_f64: r = a - b; break;
    case IR_OP_fmul_f64: r = a * b; break;
    case IR_OP_fdiv_f64: r = a / b; break;
    case IR_OP_fsqrt_f64: r = sqrt(a); break;
    default: r = fma(a, b, c); break;
    }
    *ex = fetestexcept(FE_INEXACT);
    double d = r;
    memcpy(&bits, &d, sizeof(bits));
    return bits;
}

static uint64_t eval32(IrOpc opc, const uint64_t *in, int *ex)
{
    volatile float a = f32_of(in[0]), b = 0, c = 0, r;
    uint32_t bits;

    if (opc != IR_OP_fsqrt_f32) {
        b = f32_of(in[1]);
    }
    if (opc == IR_OP_fmadd_f32) {
        c = f32_of(in[2]);
    }
    feclearexcept(FE_ALL_EXCEPT);
    switch (opc) {
    case IR_OP_fadd_f32: r = a + b; break;
    case IR_OP_fsub_f32: r = a - b; break;
    case IR_OP_fmul_f32: r = a * b; break;
    case IR_OP_fdiv_f32: r = a / b; break;
    case IR_OP_fsqrt_f32: r = sqrtf(a); break;
    default: r = fmaf(a, b, c); break;
    }
    *ex = fetestexcept(FE_INEXACT);
    float f = r;
    memcpy(&bits, &f, sizeof(bits));
    return bits;
}

/*
 * Whether a rounded result r (the raw f64 or f32 bits) is the common case,
 * judged on r and the operands alone, so no host flag is needed: not a
 * NaN or an infinity (every invalid, divide-by-zero and overflow case is
 * one), and for mul, div and fmadd not tiny: a result of magnitude at
 * most the smallest normal number may have been tiny after rounding, and
 * a zero may have underflowed, unless an operand that forces an exact
 * zero was zero (a or b of a product, the dividend). Sums and square
 * roots never underflow (a tiny sum is exact; a root is not tiny).
 */
static bool common_case(IrOpc opc, bool f64, const uint64_t *in, uint64_t r)
{
    uint64_t mask = f64 ? ~0ull : 0xffffffffull;
    uint64_t m = (r << 1) & mask;
    uint64_t inf2 = f64 ? 0xffe0000000000000ull : 0xff000000ull;
    uint64_t min2 = f64 ? 0x0020000000000000ull : 0x01000000ull;
    bool mul = opc == IR_OP_fmul_f64 || opc == IR_OP_fmul_f32;
    bool div = opc == IR_OP_fdiv_f64 || opc == IR_OP_fdiv_f32;
    bool fma = opc == IR_OP_fmadd_f64 || opc == IR_OP_fmadd_f32;

    if (m >= inf2) {
        return false;
    }
    if (!(mul || div || fma) || m > min2) {
        return true;
    }
    if (m != 0 || fma) {
        return false;
    }
    return ((in[0] << 1) & mask) == 0 ||
           (mul && ((in[1] << 1) & mask) == 0);
}

uint64_t ir_fp_eval(IrOpc opc, const uint64_t *in, uint8_t *inexact)
{
    bool f64 = opc <= IR_OP_fmadd_f64;
    unsigned nin = ir_op_defs[opc].nin;
    uint64_t r;
    int ex;

    if (!f64) {
        for (unsigned i = 0; i < nin; i++) {
            if ((in[i] & IR_FP_BOX32) != IR_FP_BOX32) {
                return IR_FP_SLOW_NAN32;
            }
        }
    }
    r = f64 ? eval64(opc, in, &ex) : eval32(opc, in, &ex);
    if (!common_case(opc, f64, in, r)) {
        return f64 ? IR_FP_SLOW_NAN64 : IR_FP_SLOW_NAN32;
    }
    if (ex & FE_INEXACT) {
        *inexact |= 1;
    }
    return f64 ? r : IR_FP_BOX32 | r;
}

/* Ordered comparisons on the bits: no flags are read, so nothing here
 * depends on the host's exception state. */
uint64_t ir_fp_cmp(IrOpc opc, uint64_t a, uint64_t b)
{
    bool f64 = opc <= IR_OP_fle_f64;
    double x, y;

    if (f64) {
        if ((a & ~(1ull << 63)) > 0x7ff0000000000000ull ||
            (b & ~(1ull << 63)) > 0x7ff0000000000000ull) {
            return IR_FP_CMP_SLOW;
        }
        x = f64_of(a);
        y = f64_of(b);
    } else {
        if ((a & IR_FP_BOX32) != IR_FP_BOX32 ||
            (b & IR_FP_BOX32) != IR_FP_BOX32 ||
            (a & 0x7fffffffu) > 0x7f800000u ||
            (b & 0x7fffffffu) > 0x7f800000u) {
            return IR_FP_CMP_SLOW;
        }
        x = f32_of(a);
        y = f32_of(b);
    }
    switch (opc) {
    case IR_OP_feq_f64: case IR_OP_feq_f32: return x == y;
    case IR_OP_flt_f64: case IR_OP_flt_f32: return x < y;
    default: return x <= y;
    }
}

uint64_t ir_fp_cvt(IrOpc opc, uint64_t a, uint8_t *inexact)
{
    volatile int64_t x = (int64_t)a;
    uint64_t bits;
    int ex;

    feclearexcept(FE_ALL_EXCEPT);
    if (opc == IR_OP_cvt_f64_s64) {
        volatile double r = (double)x;
        double d = r;
        memcpy(&bits, &d, sizeof(bits));
    } else {
        volatile float r = (float)x;
        float f = r;
        uint32_t w;
        memcpy(&w, &f, sizeof(w));
        bits = IR_FP_BOX32 | w;
    }
    ex = fetestexcept(FE_INEXACT);
    if (ex & FE_INEXACT) {
        *inexact |= 1;
    }
    return bits;
}

/* The range test is on the operand (exact in double), so the C
 * conversion below is always defined. */
uint64_t ir_fp_cvtt(IrOpc opc, uint64_t a, uint8_t *inexact)
{
    bool s32 = opc == IR_OP_cvtt_s32_f64 || opc == IR_OP_cvtt_s32_f32;
    uint64_t slow = s32 ? IR_FP_CVT_SLOW32 : IR_FP_CVT_SLOW64;
    double lo = s32 ? -2147483649.0 : -9223372036854777856.0;
    double hi = s32 ? 2147483648.0 : 9223372036854775808.0;
    double x;
    int64_t r;

    if (opc == IR_OP_cvtt_s32_f64 || opc == IR_OP_cvtt_s64_f64) {
        x = f64_of(a);
    } else if ((a & IR_FP_BOX32) != IR_FP_BOX32) {
        return slow;
    } else {
        x = f32_of(a);
    }
    if (!(x > lo && x < hi)) {
        return slow; /* NaN, infinite or out of range */
    }
    r = (int64_t)x;
    if ((double)r != x) {
        *inexact |= 1;
    }
    return (uint64_t)r;
}
