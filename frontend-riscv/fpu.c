/* SPDX-License-Identifier: MIT */
/*
 * F and D helpers, bit-exact to the RISC-V specification: NaN boxing of
 * single values, the canonical NaN for every NaN result, the five rounding
 * modes (static or from frm; a reserved one raises illegal instruction),
 * and exact fflags with tininess detected after rounding.
 *
 * How: special operands (NaN, infinity, zero) are decided here. Finite
 * add/sub/mul/div/sqrt run on the host's x87 unit in 64-bit precision,
 * rounded toward zero, with the inexact flag ORed into the last bit
 * ("round to odd"): with 64 >= 53 + 2 bits, rounding that value once more
 * to the guest format gives the correctly rounded result in every mode,
 * including RMM, which the host lacks. That final rounding, with overflow,
 * underflow and inexact, is done in integer arithmetic (fp_round_pack), as
 * are fused multiply-add (a 128-bit exact product), conversions,
 * comparisons, min/max and fclass. The host rounding mode is restored
 * before each helper returns.
 */
#include <fenv.h>
#include <string.h>

#include "frontend-riscv/cpu.h"
#include "frontend-riscv/helper.h"

#define GETPC() ((uintptr_t)__builtin_return_address(0))

enum {
    FFLAG_NX = 1,
    FFLAG_UF = 2,
    FFLAG_OF = 4,
    FFLAG_DZ = 8,
    FFLAG_NV = 16,
};

enum {
    RM_RNE = 0,
    RM_RTZ = 1,
    RM_RDN = 2,
    RM_RUP = 3,
    RM_RMM = 4,
    RM_DYN = 7,
};

typedef struct FpFormat {
    unsigned p;      /* precision, with the hidden bit */
    unsigned ebits;  /* exponent field width */
    int emin, emax;  /* normal exponent range; emax is also the bias */
    uint64_t qnan;   /* the canonical NaN */
} FpFormat;

static const FpFormat fp32 = {
    .p = 24, .ebits = 8, .emin = -126, .emax = 127, .qnan = 0x7fc00000,
};
static const FpFormat fp64 = {
    .p = 53, .ebits = 11, .emin = -1022, .emax = 1023,
    .qnan = 0x7ff8000000000000ull,
};

typedef enum FpClass {
    FP_C_ZERO,
    FP_C_SUB,
    FP_C_NORM,
    FP_C_INF,
    FP_C_QNAN,
    FP_C_SNAN,
} FpClass;

/* An unpacked value: finite non-zero ones are sig * 2^exp, bit 63 of sig
 * set. */
typedef struct FpVal {
    FpClass cls;
    bool sign;
    int32_t exp;
    uint64_t sig;
} FpVal;

static const uint64_t box_mask = 0xffffffff00000000ull;

/* A single operand: not properly NaN-boxed reads as the canonical NaN. */
static uint64_t unbox_s(uint64_t v)
{
    return (v & box_mask) == box_mask ? (uint32_t)v : fp32.qnan;
}

static uint64_t box_s(uint64_t v) { return v | box_mask; }

static unsigned fmt_width(const FpFormat *f) { return f->ebits + f->p; }

static uint64_t sign_bit(const FpFormat *f, bool sign)
{
    return (uint64_t)sign << (fmt_width(f) - 1);
}

static uint64_t mant_mask(const FpFormat *f)
{
    return (1ull << (f->p - 1)) - 1;
}

static uint64_t inf_bits(const FpFormat *f, bool sign)
{
    return sign_bit(f, sign) | ((1ull << f->ebits) - 1) << (f->p - 1);
}

static uint64_t max_bits(const FpFormat *f, bool sign)
{
    return sign_bit(f, sign) | ((1ull << f->ebits) - 2) << (f->p - 1) |
           mant_mask(f);
}

static FpVal fp_unpack(const FpFormat *f, uint64_t bits)
{
    FpVal v = { .sign = (bits >> (fmt_width(f) - 1)) & 1 };
    uint64_t e = (bits >> (f->p - 1)) & ((1ull << f->ebits) - 1);
    uint64_t m = bits & mant_mask(f);

    if (e == (1ull << f->ebits) - 1) {
        if (m == 0) {
            v.cls = FP_C_INF;
        } else {
            v.cls = (m >> (f->p - 2)) & 1 ? FP_C_QNAN : FP_C_SNAN;
        }
    } else if (e == 0) {
        if (m == 0) {
            v.cls = FP_C_ZERO;
        } else {
            unsigned sh = (unsigned)__builtin_clzll(m);
            v.cls = FP_C_SUB;
            v.sig = m << sh;
            v.exp = f->emin - (int32_t)(f->p - 1) - (int32_t)sh;
        }
    } else {
        v.cls = FP_C_NORM;
        v.sig = (m | 1ull << (f->p - 1)) << (64 - f->p);
        v.exp = (int32_t)e - f->emax - 63;
    }
    return v;
}

static bool is_nan(const FpVal *v)
{
    return v->cls == FP_C_QNAN || v->cls == FP_C_SNAN;
}

/*
 * sig >> s rounded per rm (s >= 1; any s >= 64 keeps nothing, and s > 64
 * means even the round bit is below sig's last bit).
 */
static uint64_t shift_round(uint64_t sig, unsigned s, bool sign, int rm,
                            bool *inexact)
{
    uint64_t k, rem, half;
    bool up;

    if (s >= 64) {
        k = 0;
        rem = s > 64 ? (sig != 0) : sig;
        half = 1ull << 63;
    } else {
        k = sig >> s;
        rem = sig & ((1ull << s) - 1);
        half = 1ull << (s - 1);
    }
    *inexact = rem != 0;
    switch (rm) {
    case RM_RNE:
        up = rem > half || (rem == half && (k & 1));
        break;
    case RM_RTZ:
        up = false;
        break;
    case RM_RDN:
        up = rem != 0 && sign;
        break;
    case RM_RUP:
        up = rem != 0 && !sign;
        break;
    default:
        up = rem >= half;
        break;
    }
    return k + up;
}

/*
 * Rounds the non-zero value sig * 2^exp (the last bit of sig may be a
 * sticky bit) to format f: overflow to infinity or the largest finite
 * value per rm, subnormals, and the flags. Tininess is detected after
 * rounding: a result is tiny when rounding to f's precision with an
 * unbounded exponent gives a magnitude below 2^emin; UF is raised for a
 * tiny inexact result.
 */
static uint64_t fp_round_pack(const FpFormat *f, bool sign, int64_t exp,
                              uint64_t sig, int rm, unsigned *fl)
{
    unsigned sh = (unsigned)__builtin_clzll(sig);
    int64_t e = exp - sh + 63; /* the value is in [2^e, 2^(e+1)) */
    bool inexact;
    uint64_t k;

    sig <<= sh;
    if (e >= f->emin) {
        k = shift_round(sig, 64 - f->p, sign, rm, &inexact);
        if (k >> f->p) {
            k >>= 1;
            e++;
        }
        if (e > f->emax) {
            bool inf = rm == RM_RNE || rm == RM_RMM ||
                       (rm == RM_RUP && !sign) || (rm == RM_RDN && sign);
            *fl |= FFLAG_OF | FFLAG_NX;
            return inf ? inf_bits(f, sign) : max_bits(f, sign);
        }
        *fl |= inexact ? FFLAG_NX : 0;
        return sign_bit(f, sign) | (uint64_t)(e + f->emax) << (f->p - 1) |
               (k & mant_mask(f));
    }
    bool tiny = true;
    if (e == f->emin - 1) {
        bool unused;
        tiny = !(shift_round(sig, 64 - f->p, sign, rm, &unused) >> f->p);
    }
    int64_t s = 64 - (int64_t)f->p + (f->emin - e);
    k = shift_round(sig, s > 65 ? 65 : (unsigned)s, sign, rm, &inexact);
    if (inexact) {
        *fl |= FFLAG_NX | (tiny ? FFLAG_UF : 0);
    }
    /* k == 2^(p-1) is the smallest normal: it lands in the exponent. */
    return sign_bit(f, sign) | k;
}

/* A finite value repacked exactly (or rounded when it came from elsewhere). */
static uint64_t fp_pack(const FpFormat *f, const FpVal *v, int rm,
                        unsigned *fl)
{
    switch (v->cls) {
    case FP_C_ZERO:
        return sign_bit(f, v->sign);
    case FP_C_INF:
        return inf_bits(f, v->sign);
    case FP_C_QNAN:
    case FP_C_SNAN:
        return f->qnan;
    default:
        return fp_round_pack(f, v->sign, v->exp, v->sig, rm, fl);
    }
}

/* ---- the host part: one x87 operation rounded to odd ------------------ */

typedef enum FpOp {
    FP_OP_ADD,
    FP_OP_MUL,
    FP_OP_DIV,
    FP_OP_SQRT,
} FpOp;

typedef union X87 {
    long double ld;
    struct {
        uint64_t m;
        uint16_t se;
    } p;
} X87;

static long double x87_make(const FpVal *v)
{
    X87 x;
    memset(&x, 0, sizeof(x));
    x.p.m = v->sig;
    x.p.se = (uint16_t)((unsigned)v->sign << 15 |
                        (unsigned)(v->exp + 63 + 16383));
    return x.ld;
}

/*
 * a op b for finite non-zero a and b, as the x87 unit computes it with 64
 * bits rounded toward zero, the inexact flag in the last bit. The x87
 * exponent range holds every result of double operands, so the value is
 * the exact one rounded to odd. Returns false for an exact zero sum.
 */
static bool host_op(FpOp op, const FpVal *a, const FpVal *b, FpVal *r)
{
    int saved = fegetround();
    volatile long double x = x87_make(a), y = x87_make(b);
    volatile long double z;
    long double t;
    X87 u;

    fesetround(FE_TOWARDZERO);
    feclearexcept(FE_ALL_EXCEPT);
    switch (op) {
    case FP_OP_ADD:
        z = x + y;
        break;
    case FP_OP_MUL:
        z = x * y;
        break;
    case FP_OP_DIV:
        z = x / y;
        break;
    default:
        t = x;
        __asm__ volatile("fsqrt" : "+t"(t));
        z = t;
        break;
    }
    bool inexact = fetestexcept(FE_INEXACT) != 0;
    fesetround(saved);
    memset(&u, 0, sizeof(u));
    u.ld = z;
    if (u.p.m == 0) {
        return false;
    }
    r->cls = FP_C_NORM;
    r->sign = u.p.se >> 15;
    r->exp = (int32_t)(u.p.se & 0x7fff) - 16383 - 63;
    r->sig = u.p.m | inexact;
    return true;
}

/* a + b, a * b, a / b, sqrt(a) in format f, rounded per rm. */
static uint64_t fp_arith(const FpFormat *f, FpOp op, uint64_t ab,
                         uint64_t bb, bool negate_b, int rm, unsigned *fl)
{
    FpVal a = fp_unpack(f, ab), b = fp_unpack(f, bb), r;
    bool unary = op == FP_OP_SQRT;
    bool sx = a.sign ^ b.sign;

    b.sign ^= negate_b;
    if (is_nan(&a) || (!unary && is_nan(&b))) {
        if (a.cls == FP_C_SNAN || (!unary && b.cls == FP_C_SNAN)) {
            *fl |= FFLAG_NV;
        }
        return f->qnan;
    }
    switch (op) {
    case FP_OP_ADD:
        if (a.cls == FP_C_INF && b.cls == FP_C_INF && a.sign != b.sign) {
            *fl |= FFLAG_NV;
            return f->qnan;
        }
        if (a.cls == FP_C_INF || b.cls == FP_C_ZERO) {
            if (a.cls == FP_C_ZERO && a.sign != b.sign) {
                return sign_bit(f, rm == RM_RDN); /* +0 + -0 */
            }
            return fp_pack(f, &a, rm, fl);
        }
        if (b.cls == FP_C_INF || a.cls == FP_C_ZERO) {
            return fp_pack(f, &b, rm, fl);
        }
        if (!host_op(op, &a, &b, &r)) {
            return sign_bit(f, rm == RM_RDN); /* x - x */
        }
        break;
    case FP_OP_MUL:
        if ((a.cls == FP_C_INF && b.cls == FP_C_ZERO) ||
            (a.cls == FP_C_ZERO && b.cls == FP_C_INF)) {
            *fl |= FFLAG_NV;
            return f->qnan;
        }
        if (a.cls == FP_C_INF || b.cls == FP_C_INF) {
            return inf_bits(f, sx);
        }
        if (a.cls == FP_C_ZERO || b.cls == FP_C_ZERO) {
            return sign_bit(f, sx);
        }
        host_op(op, &a, &b, &r);
        break;
    case FP_OP_DIV:
        if ((a.cls == FP_C_INF && b.cls == FP_C_INF) ||
            (a.cls == FP_C_ZERO && b.cls == FP_C_ZERO)) {
            *fl |= FFLAG_NV;
            return f->qnan;
        }
        if (a.cls == FP_C_INF) {
            return inf_bits(f, sx);
        }
        if (b.cls == FP_C_INF || a.cls == FP_C_ZERO) {
            return sign_bit(f, sx);
        }
        if (b.cls == FP_C_ZERO) {
            *fl |= FFLAG_DZ;
            return inf_bits(f, sx);
        }
        host_op(op, &a, &b, &r);
        break;
    default:
        if (a.cls == FP_C_ZERO) {
            return sign_bit(f, a.sign);
        }
        if (a.sign) {
            *fl |= FFLAG_NV;
            return f->qnan;
        }
        if (a.cls == FP_C_INF) {
            return inf_bits(f, false);
        }
        host_op(op, &a, &a, &r);
        break;
    }
    return fp_round_pack(f, r.sign, r.exp, r.sig, rm, fl);
}

/* ---- fused multiply-add, exactly in integers -------------------------- */

typedef unsigned __int128 u128;

static u128 shift_right_jam128(u128 v, int64_t d)
{
    if (d == 0) {
        return v;
    }
    if (d >= 128) {
        return v != 0;
    }
    return (v >> d) | ((v << (128 - d)) != 0);
}

static unsigned clz128(u128 v)
{
    uint64_t hi = (uint64_t)(v >> 64);
    return hi ? (unsigned)__builtin_clzll(hi)
              : 64 + (unsigned)__builtin_clzll((uint64_t)v);
}

/*
 * (-1)^neg_prod * a * b + (-1)^neg_c * c with one rounding. The product of
 * two significands (at most 2 * 53 bits) is exact in 128 bits; the addend
 * is aligned to it with a sticky bit, which leaves 20-odd guard bits.
 */
static uint64_t fp_fma(const FpFormat *f, uint64_t ab, uint64_t bb,
                       uint64_t cb, bool neg_prod, bool neg_c, int rm,
                       unsigned *fl)
{
    FpVal a = fp_unpack(f, ab), b = fp_unpack(f, bb), c = fp_unpack(f, cb);
    bool inf_zero = (a.cls == FP_C_INF && b.cls == FP_C_ZERO) ||
                    (a.cls == FP_C_ZERO && b.cls == FP_C_INF);
    bool sp = a.sign ^ b.sign ^ neg_prod, sc = c.sign ^ neg_c, sign;

    /* inf * 0 is invalid even when the addend is a quiet NaN. */
    if (is_nan(&a) || is_nan(&b) || is_nan(&c) || inf_zero) {
        if (a.cls == FP_C_SNAN || b.cls == FP_C_SNAN ||
            c.cls == FP_C_SNAN || inf_zero) {
            *fl |= FFLAG_NV;
        }
        return f->qnan;
    }
    if (a.cls == FP_C_INF || b.cls == FP_C_INF) {
        if (c.cls == FP_C_INF && sc != sp) {
            *fl |= FFLAG_NV;
            return f->qnan;
        }
        return inf_bits(f, sp);
    }
    if (c.cls == FP_C_INF) {
        return inf_bits(f, sc);
    }
    if (a.cls == FP_C_ZERO || b.cls == FP_C_ZERO) {
        if (c.cls == FP_C_ZERO) {
            return sign_bit(f, sp == sc ? sp : rm == RM_RDN);
        }
        c.sign = sc;
        return fp_pack(f, &c, rm, fl);
    }

    u128 p = (u128)(a.sig >> 1) * (b.sig >> 1), r;
    int64_t ep = (int64_t)a.exp + b.exp + 2, e;
    while (!(p >> 126)) {
        p <<= 1;
        ep--;
    }
    if (c.cls == FP_C_ZERO) {
        r = p;
        e = ep;
        sign = sp;
    } else {
        u128 q = (u128)(c.sig >> 1) << 64;
        int64_t eq = (int64_t)c.exp + 1 - 64;
        if (ep >= eq) {
            q = shift_right_jam128(q, ep - eq);
            e = ep;
        } else {
            p = shift_right_jam128(p, eq - ep);
            e = eq;
        }
        if (sp == sc) {
            r = p + q;
            sign = sp;
        } else if (p >= q) {
            r = p - q;
            sign = sp;
        } else {
            r = q - p;
            sign = sc;
        }
        if (r == 0) {
            return sign_bit(f, rm == RM_RDN);
        }
    }
    unsigned lz = clz128(r);
    r <<= lz;
    e -= lz;
    uint64_t sig = (uint64_t)(r >> 64) | ((uint64_t)r != 0);
    return fp_round_pack(f, sign, e + 64, sig, rm, fl);
}

/* ---- conversions ------------------------------------------------------ */

/* Float -> integer of 32 or 64 bits, signed or not, saturating with NV;
 * 32-bit results are sign-extended. */
static uint64_t fp_to_int(const FpFormat *f, uint64_t bits, unsigned width,
                          bool is_signed, int rm, unsigned *fl)
{
    FpVal v = fp_unpack(f, bits);
    uint64_t max = is_signed ? (1ull << (width - 1)) - 1
                             : (width == 64 ? ~0ull : (1ull << width) - 1);
    uint64_t min = is_signed ? -(1ull << (width - 1)) : 0;
    uint64_t r, k = 0;
    bool inexact = false, invalid = false;

    switch (v.cls) {
    case FP_C_QNAN:
    case FP_C_SNAN:
        invalid = true;
        r = max;
        break;
    case FP_C_INF:
        invalid = true;
        r = v.sign ? min : max;
        break;
    case FP_C_ZERO:
        r = 0;
        break;
    default:
        if (v.exp > 0) {
            invalid = true;
        } else if (v.exp == 0) {
            k = v.sig;
        } else {
            int64_t s = -(int64_t)v.exp;
            k = shift_round(v.sig, s > 65 ? 65 : (unsigned)s, v.sign, rm,
                            &inexact);
        }
        if (!invalid) {
            if (v.sign) {
                invalid = is_signed ? k > (1ull << (width - 1)) : k != 0;
            } else {
                invalid = k > max;
            }
        }
        if (invalid) {
            r = v.sign ? min : max;
        } else {
            r = v.sign ? -k : k;
        }
        break;
    }
    if (invalid) {
        *fl |= FFLAG_NV;
    } else if (inexact) {
        *fl |= FFLAG_NX;
    }
    return width == 32 ? (uint64_t)(int64_t)(int32_t)(uint32_t)r : r;
}

/* Integer -> float; val is already sign- or zero-extended to 64 bits. */
static uint64_t int_to_fp(const FpFormat *f, uint64_t val, bool is_signed,
                          int rm, unsigned *fl)
{
    bool sign = is_signed && (int64_t)val < 0;
    uint64_t mag = sign ? -val : val;

    if (mag == 0) {
        return 0;
    }
    return fp_round_pack(f, sign, 0, mag, rm, fl);
}

/* ---- comparisons, min/max, classification ------------------------------ */

/* Orders non-NaN values as integers; -0 and +0 map to the same key. */
static int64_t fp_key(const FpFormat *f, uint64_t bits)
{
    uint64_t mag = bits & (sign_bit(f, true) - 1);
    return (bits & sign_bit(f, true)) ? -(int64_t)mag : (int64_t)mag;
}

/* funct3 2: feq (quiet), 1: flt, 0: fle (signaling). */
static uint64_t fp_compare(const FpFormat *f, uint64_t ab, uint64_t bb,
                           unsigned op, unsigned *fl)
{
    FpVal a = fp_unpack(f, ab), b = fp_unpack(f, bb);

    if (is_nan(&a) || is_nan(&b)) {
        if (op != 2 || a.cls == FP_C_SNAN || b.cls == FP_C_SNAN) {
            *fl |= FFLAG_NV;
        }
        return 0;
    }
    int64_t ka = fp_key(f, ab), kb = fp_key(f, bb);
    switch (op) {
    case 2:
        return ka == kb;
    case 1:
        return ka < kb;
    default:
        return ka <= kb;
    }
}

/* funct3 0: fmin, 1: fmax. -0 is below +0; one NaN gives the other
 * operand, two the canonical NaN; an sNaN raises NV. */
static uint64_t fp_minmax(const FpFormat *f, uint64_t ab, uint64_t bb,
                          bool is_max, unsigned *fl)
{
    FpVal a = fp_unpack(f, ab), b = fp_unpack(f, bb);

    if (a.cls == FP_C_SNAN || b.cls == FP_C_SNAN) {
        *fl |= FFLAG_NV;
    }
    if (is_nan(&a) && is_nan(&b)) {
        return f->qnan;
    }
    if (is_nan(&a)) {
        return bb;
    }
    if (is_nan(&b)) {
        return ab;
    }
    int64_t ka = fp_key(f, ab), kb = fp_key(f, bb);
    if (ka == kb) {
        /* Equal values have equal bits except for the two zeros. */
        return (a.sign != is_max) ? ab : bb;
    }
    return (ka < kb) != is_max ? ab : bb;
}

static uint64_t fp_class(const FpFormat *f, uint64_t bits)
{
    FpVal v = fp_unpack(f, bits);
    unsigned n;

    switch (v.cls) {
    case FP_C_INF:
        n = v.sign ? 0 : 7;
        break;
    case FP_C_NORM:
        n = v.sign ? 1 : 6;
        break;
    case FP_C_SUB:
        n = v.sign ? 2 : 5;
        break;
    case FP_C_ZERO:
        n = v.sign ? 3 : 4;
        break;
    case FP_C_SNAN:
        n = 8;
        break;
    default:
        n = 9;
        break;
    }
    return 1ull << n;
}

/* ---- the helpers -------------------------------------------------------- */

/* The rounding mode of insn: its rm field, or frm when that is dynamic;
 * a reserved mode is an illegal instruction. */
static int get_rm(RVEnv *env, uint32_t insn, uintptr_t ra)
{
    unsigned rm = (insn >> 12) & 7;

    if (rm == RM_DYN) {
        rm = env->frm;
    }
    if (rm > RM_RMM) {
        rv_raise(env_cpu(env), RV_EXC_ILLEGAL_INSN, insn, ra);
    }
    return (int)rm;
}

#define FP_ARITH_HELPERS(name, op, neg)                                       \
    uint64_t helper_rv_##name##_s(void *env, uint64_t a, uint64_t b,          \
                                  uint32_t insn)                              \
    {                                                                         \
        RVEnv *e = env;                                                       \
        unsigned fl = 0;                                                      \
        int rm = get_rm(e, insn, GETPC());                                    \
        uint64_t r = fp_arith(&fp32, op, unbox_s(a), unbox_s(b), neg, rm,     \
                              &fl);                                           \
        e->fflags |= fl;                                                      \
        return box_s(r);                                                      \
    }                                                                         \
    uint64_t helper_rv_##name##_d(void *env, uint64_t a, uint64_t b,          \
                                  uint32_t insn)                              \
    {                                                                         \
        RVEnv *e = env;                                                       \
        unsigned fl = 0;                                                      \
        int rm = get_rm(e, insn, GETPC());                                    \
        uint64_t r = fp_arith(&fp64, op, a, b, neg, rm, &fl);                 \
        e->fflags |= fl;                                                      \
        return r;                                                             \
    }

FP_ARITH_HELPERS(fadd, FP_OP_ADD, false)
FP_ARITH_HELPERS(fsub, FP_OP_ADD, true)
FP_ARITH_HELPERS(fmul, FP_OP_MUL, false)
FP_ARITH_HELPERS(fdiv, FP_OP_DIV, false)

uint64_t helper_rv_fsqrt_s(void *env, uint64_t a, uint32_t insn)
{
    RVEnv *e = env;
    unsigned fl = 0;
    int rm = get_rm(e, insn, GETPC());
    uint64_t r = fp_arith(&fp32, FP_OP_SQRT, unbox_s(a), 0, false, rm, &fl);
    e->fflags |= fl;
    return box_s(r);
}

uint64_t helper_rv_fsqrt_d(void *env, uint64_t a, uint32_t insn)
{
    RVEnv *e = env;
    unsigned fl = 0;
    int rm = get_rm(e, insn, GETPC());
    uint64_t r = fp_arith(&fp64, FP_OP_SQRT, a, 0, false, rm, &fl);
    e->fflags |= fl;
    return r;
}

/* Opcode bits 3:2 of the four FMA majors: 00 fmadd, 01 fmsub, 10 fnmsub,
 * 11 fnmadd; bit 2 negates the addend, bit 3 the product. */
uint64_t helper_rv_fma_s(void *env, uint64_t a, uint64_t b, uint64_t c,
                         uint32_t insn)
{
    RVEnv *e = env;
    unsigned fl = 0;
    int rm = get_rm(e, insn, GETPC());
    uint64_t r = fp_fma(&fp32, unbox_s(a), unbox_s(b), unbox_s(c),
                        (insn >> 3) & 1, (insn >> 2) & 1, rm, &fl);
    e->fflags |= fl;
    return box_s(r);
}

uint64_t helper_rv_fma_d(void *env, uint64_t a, uint64_t b, uint64_t c,
                         uint32_t insn)
{
    RVEnv *e = env;
    unsigned fl = 0;
    int rm = get_rm(e, insn, GETPC());
    uint64_t r = fp_fma(&fp64, a, b, c, (insn >> 3) & 1, (insn >> 2) & 1, rm,
                        &fl);
    e->fflags |= fl;
    return r;
}

/* fcvt.{w,wu,l,lu}.{s,d}: rs2 (bits 21:20) says which integer type. */
uint64_t helper_rv_fcvt_i_s(void *env, uint64_t a, uint32_t insn)
{
    RVEnv *e = env;
    unsigned fl = 0, t = (insn >> 20) & 3;
    int rm = get_rm(e, insn, GETPC());
    uint64_t r = fp_to_int(&fp32, unbox_s(a), t & 2 ? 64 : 32, !(t & 1), rm,
                           &fl);
    e->fflags |= fl;
    return r;
}

uint64_t helper_rv_fcvt_i_d(void *env, uint64_t a, uint32_t insn)
{
    RVEnv *e = env;
    unsigned fl = 0, t = (insn >> 20) & 3;
    int rm = get_rm(e, insn, GETPC());
    uint64_t r = fp_to_int(&fp64, a, t & 2 ? 64 : 32, !(t & 1), rm, &fl);
    e->fflags |= fl;
    return r;
}

/* The integer operand of fcvt.{s,d}.{w,wu,l,lu}, extended to 64 bits. */
static uint64_t int_operand(uint64_t x, unsigned t)
{
    switch (t) {
    case 0:
        return (uint64_t)(int64_t)(int32_t)x;
    case 1:
        return (uint32_t)x;
    default:
        return x;
    }
}

uint64_t helper_rv_fcvt_s_i(void *env, uint64_t x, uint32_t insn)
{
    RVEnv *e = env;
    unsigned fl = 0, t = (insn >> 20) & 3;
    int rm = get_rm(e, insn, GETPC());
    uint64_t r = int_to_fp(&fp32, int_operand(x, t), !(t & 1), rm, &fl);
    e->fflags |= fl;
    return box_s(r);
}

uint64_t helper_rv_fcvt_d_i(void *env, uint64_t x, uint32_t insn)
{
    RVEnv *e = env;
    unsigned fl = 0, t = (insn >> 20) & 3;
    int rm = get_rm(e, insn, GETPC());
    uint64_t r = int_to_fp(&fp64, int_operand(x, t), !(t & 1), rm, &fl);
    e->fflags |= fl;
    return r;
}

/* Between formats: a NaN becomes the canonical NaN (NV for an sNaN). */
static uint64_t fp_convert(const FpFormat *to, const FpFormat *from,
                           uint64_t bits, int rm, unsigned *fl)
{
    FpVal v = fp_unpack(from, bits);

    if (v.cls == FP_C_SNAN) {
        *fl |= FFLAG_NV;
    }
    return fp_pack(to, &v, rm, fl);
}

uint64_t helper_rv_fcvt_s_d(void *env, uint64_t a, uint32_t insn)
{
    RVEnv *e = env;
    unsigned fl = 0;
    int rm = get_rm(e, insn, GETPC());
    uint64_t r = fp_convert(&fp32, &fp64, a, rm, &fl);
    e->fflags |= fl;
    return box_s(r);
}

uint64_t helper_rv_fcvt_d_s(void *env, uint64_t a, uint32_t insn)
{
    RVEnv *e = env;
    unsigned fl = 0;
    int rm = get_rm(e, insn, GETPC());
    uint64_t r = fp_convert(&fp64, &fp32, unbox_s(a), rm, &fl);
    e->fflags |= fl;
    return r;
}

/* feq/flt/fle by funct3. */
uint64_t helper_rv_fcmp_s(void *env, uint64_t a, uint64_t b, uint32_t insn)
{
    RVEnv *e = env;
    unsigned fl = 0;
    uint64_t r = fp_compare(&fp32, unbox_s(a), unbox_s(b),
                            (insn >> 12) & 7, &fl);
    e->fflags |= fl;
    return r;
}

uint64_t helper_rv_fcmp_d(void *env, uint64_t a, uint64_t b, uint32_t insn)
{
    RVEnv *e = env;
    unsigned fl = 0;
    uint64_t r = fp_compare(&fp64, a, b, (insn >> 12) & 7, &fl);
    e->fflags |= fl;
    return r;
}

/* fmin/fmax by funct3. */
uint64_t helper_rv_fminmax_s(void *env, uint64_t a, uint64_t b,
                             uint32_t insn)
{
    RVEnv *e = env;
    unsigned fl = 0;
    uint64_t r = fp_minmax(&fp32, unbox_s(a), unbox_s(b),
                           (insn >> 12) & 1, &fl);
    e->fflags |= fl;
    return box_s(r);
}

uint64_t helper_rv_fminmax_d(void *env, uint64_t a, uint64_t b,
                             uint32_t insn)
{
    RVEnv *e = env;
    unsigned fl = 0;
    uint64_t r = fp_minmax(&fp64, a, b, (insn >> 12) & 1, &fl);
    e->fflags |= fl;
    return r;
}

uint64_t helper_rv_fclass_s(uint64_t a)
{
    return fp_class(&fp32, unbox_s(a));
}

uint64_t helper_rv_fclass_d(uint64_t a)
{
    return fp_class(&fp64, a);
}

/* An instruction changed FP state: mstatus.FS = Dirty, and the blocks
 * translated from now on know it. */
void helper_rv_fs_dirty(void *env)
{
    RVEnv *e = env;
    e->mstatus |= MSTATUS_FS_DIRTY;
    rv_update_tb_flags(e);
}
