/* SPDX-License-Identifier: MIT */
/*
 * The inline F/D path against the exact helpers: for random operands
 * biased toward the hard cases (specials, subnormals, products and
 * quotients near the tininess boundary, the overflow edge, values near 1,
 * integer-conversion limits), whenever an IR FP op (ir/ir-fp.c, the
 * definition both backends implement) claims the common case, its result
 * and inexact bit must equal what the RISC-V helper (frontend-riscv/
 * fpu.c) gives for the same instruction in rne (rtz for the truncating
 * conversions), and the helper must raise no flag but NX. Also checks that
 * both outcomes occur, so the test cannot pass by declining everything.
 */
#include <stdio.h>
#include <string.h>

#include "frontend-riscv/cpu.h"
#include "frontend-riscv/helper.h"
#include "ir/ir-fp.h"
#include "tests/test-check.h"

#define ITERS 60000
#define OPF(funct7, rs2, rm) (((uint32_t)(funct7) << 25) | ((rs2) << 20) |  \
                              ((rm) << 12) | 0x53)
#define FMA(opcode, dbl) (((dbl) ? 1u << 25 : 0) | (opcode))
#define NX 1

static RVCPU cpu;
static uint64_t rng = 0x243f6a8885a308d3ull;

static uint64_t next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

static unsigned below(unsigned n) { return (unsigned)(next() % n); }

static const uint64_t specials64[] = {
    0, 1ull << 63, 0x3ff0000000000000ull, 0xbff0000000000000ull,
    0x7ff0000000000000ull, 0xfff0000000000000ull, 0x7ff8000000000000ull,
    0x7ff0000000000001ull, 0xfff8000000001234ull, 1, 0x000fffffffffffffull,
    0x0010000000000000ull, 0x8010000000000000ull, 0x7fefffffffffffffull,
    0x43e0000000000000ull, 0xc3e0000000000000ull, 0x41e0000000000000ull,
    0xc1e0000000000000ull, 0xc1e0000000100000ull, 0x3fe0000000000000ull,
};
static const uint32_t specials32[] = {
    0, 0x80000000, 0x3f800000, 0xbf800000, 0x7f800000, 0xff800000,
    0x7fc00000, 0x7f800001, 0xffc01234, 1, 0x007fffff, 0x00800000,
    0x80800000, 0x7f7fffff, 0x5f000000, 0xdf000000, 0x4f000000,
    0xcf000000, 0xcf000001, 0x3f000000,
};

/* A value with biased exponent e (clamped to the format) and a random
 * sign and significand. */
static uint64_t with_exp(bool f32, int e)
{
    uint64_t r = next();
    if (f32) {
        e = e < 0 ? 0 : e > 255 ? 255 : e;
        return (r & 0x807fffffull) | (uint64_t)e << 23;
    }
    e = e < 0 ? 0 : e > 2047 ? 2047 : e;
    return (r & 0x800fffffffffffffull) | (uint64_t)e << 52;
}

static uint64_t box(bool f32, uint64_t v)
{
    if (!f32) {
        return v;
    }
    /* one in 64 not boxed */
    return (uint32_t)v | (below(64) ? IR_FP_BOX32 : next() & IR_FP_BOX32);
}

/* Operands x[0..2]: often a pair whose product or quotient lands near
 * the tininess boundary or the overflow edge. */
static void operands(bool f32, uint64_t *x)
{
    int bias = f32 ? 127 : 1023, emin = 1 - bias, emax = bias;
    for (unsigned i = 0; i < 3; i++) {
        switch (below(5)) {
        case 0:
            x[i] = f32 ? specials32[below(20)] : specials64[below(20)];
            break;
        case 1:
            x[i] = with_exp(f32, (int)below(6) +
                                     (below(2) ? 0 : 2 * bias - 5));
            break;
        case 2:
            x[i] = with_exp(f32, bias + (int)below(3) - 1);
            break;
        default:
            x[i] = next();
            break;
        }
    }
    if (below(3) == 0) {
        /* e0 + e1 (product) or e0 - e1 (quotient) near emin or emax */
        int target = below(2) ? emin : emax;
        int e0 = (int)below((unsigned)(2 * bias)) - bias;
        int d = (int)below(7) - 3;
        int e1 = below(2) ? target - e0 + d : e0 - target + d;
        x[0] = with_exp(f32, e0 + bias);
        x[1] = with_exp(f32, e1 + bias);
    }
    for (unsigned i = 0; i < 3; i++) {
        x[i] = box(f32, x[i]);
    }
}

typedef struct Outcome {
    unsigned common, slow, bad;
} Outcome;

static void compare(Outcome *o, const char *name, const uint64_t *x,
                    uint64_t got, uint8_t nx, uint64_t want, unsigned flags)
{
    if (got == want && nx == (flags & NX) && !(flags & ~NX)) {
        o->common++;
        return;
    }
    if (o->bad++ < 3) {
        printf("%s(%#llx, %#llx, %#llx): inline %#llx nx %u, helper %#llx "
               "flags %#x\n",
               name, (unsigned long long)x[0], (unsigned long long)x[1],
               (unsigned long long)x[2], (unsigned long long)got, nx,
               (unsigned long long)want, flags);
    }
}

static void report(const Outcome *o, const char *name)
{
    check(o->bad == 0, "%s: %u common-case results differ from the helper",
          name, o->bad);
    check(o->common > ITERS / 10, "%s: only %u common cases", name,
          o->common);
    check(o->slow > 0, "%s: never left the common case", name);
}

/* ---- arithmetic, fused forms */

typedef struct ArithCase {
    const char *name;
    IrOpc opc;
    uint32_t insn;
    unsigned neg; /* operands the frontend negates for the IR op */
} ArithCase;

static const ArithCase arith[] = {
    { "fadd.d", IR_OP_fadd_f64, OPF(0x01, 0, 0), 0 },
    { "fsub.d", IR_OP_fsub_f64, OPF(0x05, 0, 0), 0 },
    { "fmul.d", IR_OP_fmul_f64, OPF(0x09, 0, 0), 0 },
    { "fdiv.d", IR_OP_fdiv_f64, OPF(0x0d, 0, 0), 0 },
    { "fsqrt.d", IR_OP_fsqrt_f64, OPF(0x2d, 0, 0), 0 },
    { "fmadd.d", IR_OP_fmadd_f64, FMA(0x43, true), 0 },
    { "fmsub.d", IR_OP_fmadd_f64, FMA(0x47, true), 4 },
    { "fnmsub.d", IR_OP_fmadd_f64, FMA(0x4b, true), 1 },
    { "fnmadd.d", IR_OP_fmadd_f64, FMA(0x4f, true), 5 },
    { "fadd.s", IR_OP_fadd_f32, OPF(0x00, 0, 0), 0 },
    { "fsub.s", IR_OP_fsub_f32, OPF(0x04, 0, 0), 0 },
    { "fmul.s", IR_OP_fmul_f32, OPF(0x08, 0, 0), 0 },
    { "fdiv.s", IR_OP_fdiv_f32, OPF(0x0c, 0, 0), 0 },
    { "fsqrt.s", IR_OP_fsqrt_f32, OPF(0x2c, 0, 0), 0 },
    { "fmadd.s", IR_OP_fmadd_f32, FMA(0x43, false), 0 },
    { "fmsub.s", IR_OP_fmadd_f32, FMA(0x47, false), 4 },
    { "fnmsub.s", IR_OP_fmadd_f32, FMA(0x4b, false), 1 },
    { "fnmadd.s", IR_OP_fmadd_f32, FMA(0x4f, false), 5 },
};

static uint64_t arith_helper(const ArithCase *c, const uint64_t *x)
{
    void *env = &cpu.env;
    bool f32 = c->opc >= IR_OP_fadd_f32;

    switch (c->opc) {
    case IR_OP_fadd_f64: return helper_rv_fadd_d(env, x[0], x[1], c->insn);
    case IR_OP_fsub_f64: return helper_rv_fsub_d(env, x[0], x[1], c->insn);
    case IR_OP_fmul_f64: return helper_rv_fmul_d(env, x[0], x[1], c->insn);
    case IR_OP_fdiv_f64: return helper_rv_fdiv_d(env, x[0], x[1], c->insn);
    case IR_OP_fsqrt_f64: return helper_rv_fsqrt_d(env, x[0], c->insn);
    case IR_OP_fadd_f32: return helper_rv_fadd_s(env, x[0], x[1], c->insn);
    case IR_OP_fsub_f32: return helper_rv_fsub_s(env, x[0], x[1], c->insn);
    case IR_OP_fmul_f32: return helper_rv_fmul_s(env, x[0], x[1], c->insn);
    case IR_OP_fdiv_f32: return helper_rv_fdiv_s(env, x[0], x[1], c->insn);
    case IR_OP_fsqrt_f32: return helper_rv_fsqrt_s(env, x[0], c->insn);
    default:
        return f32 ? helper_rv_fma_s(env, x[0], x[1], x[2], c->insn)
                   : helper_rv_fma_d(env, x[0], x[1], x[2], c->insn);
    }
}

static void test_arith(const ArithCase *c)
{
    bool f32 = c->opc >= IR_OP_fadd_f32;
    uint64_t sign = f32 ? 1ull << 31 : 1ull << 63;
    uint64_t slow = f32 ? IR_FP_SLOW_NAN32 : IR_FP_SLOW_NAN64;
    Outcome o = { 0 };

    if ((c->opc == IR_OP_fmadd_f64 || c->opc == IR_OP_fmadd_f32) &&
        !ir_host_has_fma()) {
        printf("skip %s: no FMA3 on this host\n", c->name);
        return;
    }
    for (unsigned i = 0; i < ITERS; i++) {
        uint64_t x[3], in[3];
        uint8_t nx = 0;

        operands(f32, x);
        for (unsigned k = 0; k < 3; k++) {
            in[k] = (c->neg & (1u << k)) ? x[k] ^ sign : x[k];
        }
        uint64_t got = ir_fp_eval(c->opc, in, &nx);
        if (got == slow) {
            o.slow++;
            o.bad += nx != 0; /* a declined op changes nothing */
            continue;
        }
        cpu.env.fflags = 0;
        uint64_t want = arith_helper(c, x);
        compare(&o, c->name, x, got, nx, want, cpu.env.fflags);
    }
    report(&o, c->name);
}

/* ---- comparisons */

static void test_cmp(IrOpc opc, unsigned funct3, bool f32, const char *name)
{
    Outcome o = { 0 };
    uint32_t insn = OPF(f32 ? 0x50 : 0x51, 0, funct3);

    for (unsigned i = 0; i < ITERS; i++) {
        uint64_t x[3];
        operands(f32, x);
        if (below(8) == 0) {
            x[1] = x[0];
        }
        uint64_t got = ir_fp_cmp(opc, x[0], x[1]);
        if (got == IR_FP_CMP_SLOW) {
            o.slow++;
            continue;
        }
        cpu.env.fflags = 0;
        uint64_t want = f32 ? helper_rv_fcmp_s(&cpu.env, x[0], x[1], insn)
                            : helper_rv_fcmp_d(&cpu.env, x[0], x[1], insn);
        compare(&o, name, x, got, 0, want, cpu.env.fflags);
    }
    report(&o, name);
}

/* ---- conversions */

static uint64_t int_operand(void)
{
    switch (below(4)) {
    case 0: return next();
    case 1: return (uint64_t)(int64_t)(int32_t)next();
    case 2: return next() >> below(64);
    default: return -(next() >> below(64));
    }
}

/* fcvt.{s,d}.l in rne against cvt_f{32,64}_s64 */
static void test_cvt_from(bool f32)
{
    const char *name = f32 ? "fcvt.s.l" : "fcvt.d.l";
    IrOpc opc = f32 ? IR_OP_cvt_f32_s64 : IR_OP_cvt_f64_s64;
    uint32_t insn = OPF(f32 ? 0x68 : 0x69, 2, 0);
    Outcome o = { 0 };

    for (unsigned i = 0; i < ITERS; i++) {
        uint64_t x[3] = { int_operand(), 0, 0 };
        uint8_t nx = 0;
        uint64_t got = ir_fp_cvt(opc, x[0], &nx);
        cpu.env.fflags = 0;
        uint64_t want = f32 ? helper_rv_fcvt_s_i(&cpu.env, x[0], insn)
                            : helper_rv_fcvt_d_i(&cpu.env, x[0], insn);
        compare(&o, name, x, got, nx, want, cpu.env.fflags);
    }
    check(o.bad == 0, "%s: %u results differ from the helper", name, o.bad);
}

/* fcvt.{w,l}.{s,d} in rtz against cvtt_* */
static void test_cvtt(IrOpc opc, bool f32, bool w64, const char *name)
{
    uint32_t insn = OPF(f32 ? 0x60 : 0x61, w64 ? 2 : 0, 1);
    uint64_t slow = w64 ? IR_FP_CVT_SLOW64 : IR_FP_CVT_SLOW32;
    int bias = f32 ? 127 : 1023;
    Outcome o = { 0 };

    for (unsigned i = 0; i < ITERS; i++) {
        uint64_t x[3];
        uint8_t nx = 0;

        operands(f32, x);
        if (below(2)) {
            /* magnitudes near the integer range's limits */
            int e = (w64 ? 63 : 31) + (int)below(5) - 3;
            x[0] = box(f32, with_exp(f32, e + bias));
        }
        uint64_t got = ir_fp_cvtt(opc, x[0], &nx);
        if (got == slow) {
            o.slow++;
            continue;
        }
        cpu.env.fflags = 0;
        uint64_t want = f32 ? helper_rv_fcvt_i_s(&cpu.env, x[0], insn)
                            : helper_rv_fcvt_i_d(&cpu.env, x[0], insn);
        compare(&o, name, x, got, nx, want, cpu.env.fflags);
    }
    report(&o, name);
}

int main(void)
{
    for (unsigned i = 0; i < sizeof(arith) / sizeof(arith[0]); i++) {
        test_arith(&arith[i]);
    }
    test_cmp(IR_OP_feq_f64, 2, false, "feq.d");
    test_cmp(IR_OP_flt_f64, 1, false, "flt.d");
    test_cmp(IR_OP_fle_f64, 0, false, "fle.d");
    test_cmp(IR_OP_feq_f32, 2, true, "feq.s");
    test_cmp(IR_OP_flt_f32, 1, true, "flt.s");
    test_cmp(IR_OP_fle_f32, 0, true, "fle.s");
    test_cvt_from(false);
    test_cvt_from(true);
    test_cvtt(IR_OP_cvtt_s32_f64, false, false, "fcvt.w.d");
    test_cvtt(IR_OP_cvtt_s64_f64, false, true, "fcvt.l.d");
    test_cvtt(IR_OP_cvtt_s32_f32, true, false, "fcvt.w.s");
    test_cvtt(IR_OP_cvtt_s64_f32, true, true, "fcvt.l.s");
    return check_summary();
}
