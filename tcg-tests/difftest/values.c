/* SPDX-License-Identifier: MIT */
/*
 * values.c: the differential tester's random stream and the values it
 * starts registers and memory from. Uniform random bits rarely hit the
 * cases that matter (zero, sign boundaries, NaNs, infinities, subnormals,
 * unboxed singles), so about half of the values come from edge tables.
 * Everything is a pure function of the seed.
 */
#include "tcg-tests/difftest/difftest.h"

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

uint64_t dt_rand(DtRng *r)
{
    /* splitmix64 */
    uint64_t z = (r->s += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

unsigned dt_below(DtRng *r, unsigned n)
{
    return (unsigned)(dt_rand(r) % n);
}

static const uint64_t int_edges[] = {
    0, 1, 2, 3, 0xffffffffffffffffull, 0xfffffffffffffffeull,
    0x8000000000000000ull, 0x7fffffffffffffffull, 0x8000000000000001ull,
    0x0000000080000000ull, 0xffffffff80000000ull, 0x000000007fffffffull,
    0x00000000ffffffffull, 0xffffffff7fffffffull, 0x0000000100000000ull,
    0xffffffff00000000ull, 0x00000000ffff8000ull, 0x0000000000008000ull,
    0xffffffffffff8000ull, 0x0000000000000080ull, 0xffffffffffffff80ull,
    0x0101010101010101ull, 0x8080808080808080ull, 0x00ff00ff00ff00ffull,
    0x8000000080000000ull, 63, 64, 31, 32,
};

static const uint64_t double_edges[] = {
    0x0000000000000000ull, 0x8000000000000000ull, /* +-0 */
    0x3ff0000000000000ull, 0xbff0000000000000ull, /* +-1 */
    0x7ff0000000000000ull, 0xfff0000000000000ull, /* +-inf */
    0x7ff8000000000000ull,                        /* canonical qNaN */
    0xfff8000000000001ull,                        /* qNaN, sign, payload */
    0x7ff0000000000001ull, 0xfff4000000000000ull, /* sNaNs */
    0x0000000000000001ull, 0x800fffffffffffffull, /* subnormals */
    0x0010000000000000ull, 0x8010000000000000ull, /* smallest normals */
    0x7fefffffffffffffull, 0xffefffffffffffffull, /* largest finite */
    0x3fe0000000000000ull, 0x3ff8000000000000ull, /* 0.5, 1.5 */
    0xc004000000000000ull,                        /* -2.5 */
    0x41e0000000000000ull, 0xc1e0000000000000ull, /* +-2^31 */
    0x41f0000000000000ull,                        /* 2^32 */
    0x43e0000000000000ull, 0xc3e0000000000000ull, /* +-2^63 */
    0x43f0000000000000ull,                        /* 2^64 */
    0x4340000000000000ull,                        /* 2^53 */
    0x41dfffffffc00000ull,                        /* 2^31 - 1 */
    0x3810000000000000ull, 0x380fffffffffffffull, /* single min normal */
    0x47efffffe0000000ull, 0x47efffffffffffffull, /* single max, above */
};

static const uint32_t single_edges[] = {
    0x00000000, 0x80000000, 0x3f800000, 0xbf800000, 0x7f800000,
    0xff800000, 0x7fc00000, 0xffc00001, 0x7f800001, 0xffa00000,
    0x00000001, 0x807fffff, 0x00800000, 0x80800000, 0x7f7fffff,
    0xff7fffff, 0x3f000000, 0x3fc00000, 0xc0200000, 0x4f000000,
    0xcf000000, 0x4f800000, 0x5f000000, 0xdf000000, 0x5f800000,
    0x4b800000, 0x4effffff,
};

static uint64_t random_32_sext(DtRng *r)
{
    return (uint64_t)(int64_t)(int32_t)dt_rand(r);
}

uint64_t dt_int_value(DtRng *r)
{
    switch (dt_below(r, 8)) {
    case 0:
    case 1:
    case 2:
        return int_edges[dt_below(r, ARRAY_LEN(int_edges))];
    case 3:
        return random_32_sext(r);
    case 4:
        return (uint64_t)((int64_t)dt_below(r, 256) - 128);
    case 5:
        return 1ull << dt_below(r, 64);
    default:
        return dt_rand(r);
    }
}

static uint32_t single_value(DtRng *r)
{
    if (dt_below(r, 2)) {
        return single_edges[dt_below(r, ARRAY_LEN(single_edges))];
    }
    return (uint32_t)dt_rand(r);
}

uint64_t dt_fp_value(DtRng *r)
{
    switch (dt_below(r, 10)) {
    case 0:
    case 1:
    case 2:
        /* a NaN-boxed single */
        return 0xffffffff00000000ull | single_value(r);
    case 3:
        /* an unboxed single: reads as the canonical NaN */
        return ((dt_rand(r) & 0xfffffffe00000000ull) | single_value(r));
    case 4:
    case 5:
    case 6:
        return double_edges[dt_below(r, ARRAY_LEN(double_edges))];
    case 7:
        return dt_int_value(r);
    default:
        return dt_rand(r);
    }
}

/* Two singles in one dword, as an FP load of either half sees them. */
static uint64_t two_singles(DtRng *r)
{
    uint64_t hi = single_value(r);
    return hi << 32 | single_value(r);
}

uint64_t dt_mem_value(DtRng *r)
{
    switch (dt_below(r, 4)) {
    case 0:
        return dt_int_value(r);
    case 1:
        return dt_fp_value(r);
    case 2:
        return two_singles(r);
    default:
        return dt_rand(r);
    }
}
