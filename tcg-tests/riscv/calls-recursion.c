/* SPDX-License-Identifier: MIT */
/*
 * calls-recursion.c: calls, returns and indirect jumps as a compiler emits
 * them. A 10000-deep non-tail recursion on the 1 MiB stack (its depth is
 * checked through the lowest sp seen), Ackermann's function (about 170000
 * nested calls and returns), mutual tail calls, a call with arguments
 * passed on the stack, and three interpreters of one byte program:
 * function-pointer dispatch, a switch compiled to a jump table, and
 * computed gotos. Each result is checked against a constant worked out
 * independently of any emulator, and the three interpreters against each
 * other. Built for RV64I: no multiply or divide appears in the source.
 */
#include "test.h"

typedef uint64_t u64;
typedef u64 (*OpFn)(u64 acc, u64 arg);

#define DEPTH 10000
#define PROG_LEN 61
#define ROUNDS 50

/* gcc may emit calls to these even in freestanding code. */
void *memset(void *dst, int c, unsigned long n);
void *memcpy(void *dst, const void *src, unsigned long n);

void *memset(void *dst, int c, unsigned long n)
{
    unsigned char *d = dst;

    while (n--) {
        *d++ = (unsigned char)c;
    }
    return dst;
}

void *memcpy(void *dst, const void *src, unsigned long n)
{
    unsigned char *d = dst;
    const unsigned char *s = src;

    while (n--) {
        *d++ = *s++;
    }
    return dst;
}

/* r in 1..63 */
static inline u64 rotl(u64 x, unsigned r)
{
    return (x << r) | (x >> (64 - r));
}

static volatile uintptr_t deepest_sp;

/* The work after the call keeps this a real recursion, not a loop. */
__attribute__((noinline)) static u64 deep(u64 n, u64 x)
{
    u64 r;

    if (n == 0) {
        uintptr_t sp;

        __asm__ volatile("mv %0, sp" : "=r"(sp));
        deepest_sp = sp;
        return x;
    }
    r = deep(n - 1, rotl(x, 7) ^ n);
    return (r ^ (r >> 11)) + n;
}

__attribute__((noinline)) static u64 ack(u64 m, u64 n)
{
    if (m == 0) {
        return n + 1;
    }
    if (n == 0) {
        return ack(m - 1, 1);
    }
    return ack(m - 1, ack(m, n - 1));
}

static u64 odd_steps(u64 n, u64 acc);

__attribute__((noinline)) static u64 even_steps(u64 n, u64 acc)
{
    return n == 0 ? acc : odd_steps(n - 1, acc + 2);
}

__attribute__((noinline)) static u64 odd_steps(u64 n, u64 acc)
{
    return n == 0 ? acc ^ 1 : even_steps(n - 1, acc + 1);
}

/* Ten arguments: the last two are passed on the stack. */
__attribute__((noinline)) static u64 ten_args(u64 a, u64 b, u64 c, u64 d,
                                              u64 e, u64 f, u64 g, u64 h,
                                              u64 i, u64 j)
{
    return a + (b << 1) + (c << 2) + (d << 3) + (e << 4) + (f << 5) +
           (g << 6) + (h << 7) + (i << 8) + (j << 9);
}

/* The eight operations of the byte program. */
__attribute__((noinline)) static u64 op_add(u64 a, u64 b) { return a + b; }
__attribute__((noinline)) static u64 op_sub(u64 a, u64 b) { return a - b; }
__attribute__((noinline)) static u64 op_xor(u64 a, u64 b) { return a ^ b; }
__attribute__((noinline)) static u64 op_rot(u64 a, u64 b)
{
    return rotl(a, (unsigned)(b & 31) + 1);
}
__attribute__((noinline)) static u64 op_shr(u64 a, u64 b)
{
    return a ^ (a >> ((b & 15) + 1));
}
__attribute__((noinline)) static u64 op_not(u64 a, u64 b) { return ~a + b; }
__attribute__((noinline)) static u64 op_swap(u64 a, u64 b)
{
    return ((a >> 32) | (a << 32)) ^ b;
}
__attribute__((noinline)) static u64 op_mul3(u64 a, u64 b)
{
    return a + (a << 1) + b;
}

static OpFn const ops[8] = {
    op_add, op_sub, op_xor, op_rot, op_shr, op_not, op_swap, op_mul3,
};

static const uint8_t prog_init[PROG_LEN] = {
    0x13, 0xa7, 0x3c, 0x52, 0xe9, 0x08, 0x7d, 0xb6, 0x41, 0x9a, 0xc5,
    0x2f, 0x60, 0xd4, 0x1b, 0x8e, 0x35, 0xf2, 0x47, 0xa9, 0x0c, 0x73,
    0xbd, 0x26, 0x58, 0xe1, 0x9f, 0x04, 0x6a, 0xc7, 0x31, 0x8b, 0xf6,
    0x12, 0x5d, 0xa0, 0x77, 0xcb, 0x2e, 0x94, 0x49, 0x03, 0xee, 0x65,
    0xb8, 0x1f, 0xd2, 0x86, 0x3a, 0x50, 0xfc, 0x27, 0x9d, 0x6e, 0xc1,
    0x15, 0x88, 0x4b, 0xe3, 0x39, 0x7a,
};

static uint8_t prog[PROG_LEN + 3];

__attribute__((noinline)) static u64 run_table(u64 acc)
{
    for (int r = 0; r < ROUNDS; r++) {
        for (int i = 0; i < PROG_LEN; i++) {
            acc = ops[prog[i] & 7](acc, (u64)prog[i] + (u64)i);
        }
    }
    return acc;
}

__attribute__((noinline)) static u64 run_switch(u64 acc)
{
    for (int r = 0; r < ROUNDS; r++) {
        for (int i = 0; i < PROG_LEN; i++) {
            u64 b = (u64)prog[i] + (u64)i;

            switch (prog[i] & 7) {
            case 0: acc = acc + b; break;
            case 1: acc = acc - b; break;
            case 2: acc = acc ^ b; break;
            case 3: acc = rotl(acc, (unsigned)(b & 31) + 1); break;
            case 4: acc = acc ^ (acc >> ((b & 15) + 1)); break;
            case 5: acc = ~acc + b; break;
            case 6: acc = ((acc >> 32) | (acc << 32)) ^ b; break;
            default: acc = acc + (acc << 1) + b; break;
            }
        }
    }
    return acc;
}

__attribute__((noinline)) static u64 run_threaded(u64 acc)
{
    static const void *const labels[8] = {
        &&l_add, &&l_sub, &&l_xor, &&l_rot, &&l_shr, &&l_not, &&l_swap,
        &&l_mul3,
    };
    int r = 0;
    int i = 0;
    u64 b;

next:
    if (i == PROG_LEN) {
        i = 0;
        if (++r == ROUNDS) {
            return acc;
        }
    }
    b = (u64)prog[i] + (u64)i;
    goto *labels[prog[i++] & 7];
l_add:
    acc = acc + b;
    goto next;
l_sub:
    acc = acc - b;
    goto next;
l_xor:
    acc = acc ^ b;
    goto next;
l_rot:
    acc = rotl(acc, (unsigned)(b & 31) + 1);
    goto next;
l_shr:
    acc = acc ^ (acc >> ((b & 15) + 1));
    goto next;
l_not:
    acc = ~acc + b;
    goto next;
l_swap:
    acc = ((acc >> 32) | (acc << 32)) ^ b;
    goto next;
l_mul3:
    acc = acc + (acc << 1) + b;
    goto next;
}

/* f(f(a, b), b): the outer call is an indirect tail call. */
__attribute__((noinline)) static u64 apply_twice(OpFn f, u64 a, u64 b)
{
    return f(f(a, b), b);
}

/* Values the compiler cannot see through. */
static volatile u64 opaque[10] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };

int test_main(void)
{
    u64 v;

    v = deep(DEPTH, 0x0123456789abcdefull);
    CHECK_EQ(1, v, 0x8a2c9a61ff1e5f44ull);
    /* every level kept a frame of at least 16 bytes */
    CHECK_EQ(2, (uintptr_t)rv_stack_top - deepest_sp >= DEPTH * 16, 1);
    CHECK_EQ(3, deepest_sp > (uintptr_t)rv_stack_bottom, 1);

    CHECK_EQ(4, ack(2, 300), 603);
    CHECK_EQ(5, ack(3, 6), 509);

    CHECK_EQ(6, even_steps(20001, 0), 30003);
    CHECK_EQ(7, odd_steps(5, 100), 107);

    v = ten_args(opaque[0], opaque[1], opaque[2], opaque[3], opaque[4],
                 opaque[5], opaque[6], opaque[7], opaque[8], opaque[9]);
    CHECK_EQ(8, v, 9217);

    memset(prog, 0xff, sizeof(prog));
    memcpy(prog, prog_init, PROG_LEN);
    CHECK_EQ(9, prog[PROG_LEN - 1], 0x7a);
    CHECK_EQ(10, prog[PROG_LEN], 0xff);

    v = run_table(1);
    CHECK_EQ(11, v, 0x349c2f2136a4a676ull);
    CHECK_EQ(12, run_switch(1), v);
    CHECK_EQ(13, run_threaded(1), v);

    CHECK_EQ(14, apply_twice(op_mul3, 5, 1), 49);
    CHECK_EQ(15, apply_twice(op_swap, 0x1122334455667788ull, 3),
             0x112233475566778bull);
    CHECK_EQ(16, apply_twice(ops[prog[1] & 7], 1, 2), 0x11);
    return 0;
}
