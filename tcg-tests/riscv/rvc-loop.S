/* SPDX-License-Identifier: MIT */
/*
 * rvc-loop.S: hot loops of mixed 16- and 32-bit instructions, so that
 * chained blocks, 32-bit instructions at 2 mod 4 and short backward
 * c.bnez all run many times. A xorshift64 hash of 100000 rounds, written
 * once mixing c. and 32-bit forms (starting at 2 mod 4) and once in
 * 32-bit instructions only, must agree with each other and with the
 * values worked out on the host; a loop of 50000 c.jalr calls to a leaf
 * returning with c.jr must give its checksum.
 */
#include "test.h"

#define SEED 0x9e3779b97f4a7c15

TEST_BEGIN
    TEST_CASE( 1, a0, 0xdeaf6465dc02951c,
              li a0, SEED; li a1, 0; li a2, 100000; call hash_mixed; mv s0, a1)
    TEST_REG( 2, s0, 0x9a410d8f39d1bd03)
    TEST_CASE( 3, a0, 0xdeaf6465dc02951c,
              li a0, SEED; li a1, 0; li a2, 100000; call hash_32; mv s1, a1)
    TEST_REG( 4, s1, 0x9a410d8f39d1bd03)
    TEST_CASE( 5, a0, 0, la a1, hash_mixed; andi a0, a1, 3; addi a0, a0, -2)
    TEST_CASE( 6, a0, 0xd7a0ac6c8ea191a8, call call_loop)
    /* again, now that everything is translated and chained */
    TEST_CASE( 7, a0, 0xdeaf6465dc02951c,
              li a0, SEED; li a1, 0; li a2, 100000; call hash_mixed; mv s0, a1)
    TEST_REG( 8, s0, 0x9a410d8f39d1bd03)
    TEST_CASE( 9, a0, 0xd7a0ac6c8ea191a8, call call_loop)
TEST_END

/*
 * a2 rounds of x ^= x << 13, x ^= x >> 7, x ^= x << 17 on a0; after each,
 * s += x, s ^= s >> 3 on a1. Clobbers a3, a4.
 */
    .balign 4
    c.nop
hash_mixed:
1:  c.mv a3, a0
    c.slli a3, 13
    c.xor a0, a3
    .option push
    .option norvc
    srli a3, a0, 7
    xor a0, a0, a3
    .option pop
    c.mv a3, a0
    c.slli a3, 17
    c.xor a0, a3
    c.add a1, a0
    .option push
    .option norvc
    srli a4, a1, 3
    .option pop
    c.xor a1, a4
    c.addi a2, -1
    c.bnez a2, 1b
    c.jr ra

    .option push
    .option norvc
    .balign 4
hash_32:
1:  slli a3, a0, 13
    xor a0, a0, a3
    srli a3, a0, 7
    xor a0, a0, a3
    slli a3, a0, 17
    xor a0, a0, a3
    add a1, a1, a0
    srli a4, a1, 3
    xor a1, a1, a4
    addi a2, a2, -1
    bnez a2, 1b
    ret
    .option pop

/* a0 = sum over i < 50000 of a0 * 31 + i, through calls; clobbers t0-t1,
 * a1-a2, s0 (saves ra in t1) */
    .balign 4
call_loop:
    c.mv t1, ra
    c.li a0, 0
    c.li a1, 0
    li s0, 50000
    la t0, leaf
1:  c.jalr t0
    c.addi a1, 1
    c.addi s0, -1
    c.bnez s0, 1b
    c.mv ra, t1
    c.jr ra

    .balign 4
    c.nop
leaf:
    c.mv a2, a0
    c.slli a2, 5
    c.sub a2, a0
    c.add a2, a1
    c.mv a0, a2
    c.jr ra
