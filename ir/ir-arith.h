/* SPDX-License-Identifier: MIT */
/*
 * Reference semantics of the IR's multiply-high, division and bit-count
 * ops, shared by the interpreter and the constant folder so the two can
 * never disagree. Division outside its precondition (see ops.def) gives
 * the RISC-V answer here rather than trapping: it is unspecified to the
 * IR, and the host must not fault on it.
 */
#ifndef IR_IR_ARITH_H
#define IR_IR_ARITH_H

#include <stdint.h>

static inline uint64_t ir_mulsh64(uint64_t x, uint64_t y)
{
    __int128 p = (__int128)(int64_t)x * (__int128)(int64_t)y;
    return (uint64_t)((unsigned __int128)p >> 64);
}

static inline uint64_t ir_muluh64(uint64_t x, uint64_t y)
{
    unsigned __int128 p = (unsigned __int128)x * y;
    return (uint64_t)(p >> 64);
}

/* Whether a division meets the ops' precondition. */
static inline int ir_div_ok(uint64_t x, uint64_t y, int sign)
{
    return y != 0 && !(sign && x == (1ull << 63) && y == ~0ull);
}

static inline uint64_t ir_div64(uint64_t x, uint64_t y)
{
    if (y == 0) {
        return ~0ull;
    }
    if (x == (1ull << 63) && y == ~0ull) {
        return x;
    }
    return (uint64_t)((int64_t)x / (int64_t)y);
}

static inline uint64_t ir_divu64(uint64_t x, uint64_t y)
{
    return y ? x / y : ~0ull;
}

static inline uint64_t ir_rem64(uint64_t x, uint64_t y)
{
    if (y == 0) {
        return x;
    }
    if (x == (1ull << 63) && y == ~0ull) {
        return 0;
    }
    return (uint64_t)((int64_t)x % (int64_t)y);
}

static inline uint64_t ir_remu64(uint64_t x, uint64_t y)
{
    return y ? x % y : x;
}

static inline uint64_t ir_clz64(uint64_t x)
{
    return x ? (uint64_t)__builtin_clzll(x) : 64;
}

static inline uint64_t ir_clz32(uint32_t x)
{
    return x ? (uint64_t)__builtin_clz(x) : 32;
}

static inline uint64_t ir_ctz64(uint64_t x)
{
    return x ? (uint64_t)__builtin_ctzll(x) : 64;
}

static inline uint64_t ir_ctz32(uint32_t x)
{
    return x ? (uint64_t)__builtin_ctz(x) : 32;
}

static inline uint64_t ir_ctpop64(uint64_t x)
{
    return (uint64_t)__builtin_popcountll(x);
}

static inline uint64_t ir_bswap64(uint64_t x)
{
    return __builtin_bswap64(x);
}

#endif
