/* SPDX-License-Identifier: MIT */
/*
 * Bit-manipulation helpers that are rare enough, and long enough in IR, to
 * stay out of line: orc.b (Zbb) and the carry-less multiplies (Zbc). All
 * are pure functions of their operands.
 */
#include "frontend-riscv/helper.h"

/* Each byte becomes 0xff if any of its bits is set, else 0x00. */
uint64_t helper_rv_orc_b(uint64_t x)
{
    uint64_t r = 0;

    for (unsigned i = 0; i < 64; i += 8) {
        if ((x >> i) & 0xff) {
            r |= 0xffull << i;
        }
    }
    return r;
}

/* The 128-bit carry-less product of x and y as lo and hi halves. */
static void clmul128(uint64_t x, uint64_t y, uint64_t *lo, uint64_t *hi)
{
    uint64_t l = 0, h = 0;

    for (unsigned i = 0; i < 64; i++) {
        if ((y >> i) & 1) {
            l ^= x << i;
            h ^= i ? x >> (64 - i) : 0;
        }
    }
    *lo = l;
    *hi = h;
}

uint64_t helper_rv_clmul(uint64_t x, uint64_t y)
{
    uint64_t lo, hi;

    clmul128(x, y, &lo, &hi);
    return lo;
}

uint64_t helper_rv_clmulh(uint64_t x, uint64_t y)
{
    uint64_t lo, hi;

    clmul128(x, y, &lo, &hi);
    return hi;
}

/* Bits 126..63 of the product. */
uint64_t helper_rv_clmulr(uint64_t x, uint64_t y)
{
    uint64_t lo, hi;

    clmul128(x, y, &lo, &hi);
    return (hi << 1) | (lo >> 63);
}
