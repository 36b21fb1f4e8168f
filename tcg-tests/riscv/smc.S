/* SPDX-License-Identifier: MIT */
/*
 * smc.S: self-modifying code. The program stores new instruction words
 * over code it has already run (often enough for any translation of it to
 * be cached), executes fence.i, and requires the new instructions to run:
 * a patched immediate in a loop, a hot function, the instruction right
 * after the fence.i in the same straight-line block, the body of a loop
 * while it runs, a nop turned into a jump and back, a halfword store into
 * half an instruction, a doubleword store over two, and code written into
 * a data buffer.
 */
#include "test.h"

#define ADDI_A0_A0(imm) (((imm) << 20) | 0x00050513)  /* addi a0, a0, imm */
#define ADDI_S2_S2(imm) (((imm) << 20) | 0x00090913)  /* addi s2, s2, imm */
#define ADDI_A0_X0(imm) (((imm) << 20) | 0x00000513)  /* addi a0, x0, imm */
#define JUMP_PLUS_8     0x0080006f                    /* jal x0, .+8 */
#define NOP             0x00000013
#define RET             0x00008067                    /* jalr x0, 0(ra) */

TEST_BEGIN
    /* 1: addi a0, a0, k for k = 1..10, each patched in and called */
    li TESTNUM, 1
    li s1, 1                            /* k */
    li a0, 0
    li s3, 0                            /* expected a0 */
1:
    la t0, smc_fn
    li t1, ADDI_A0_A0(0)
    slli t2, s1, 20
    or t1, t1, t2
    sw t1, 0(t0)
    fence.i
    call smc_fn
    add s3, s3, s1
    bne a0, s3, fail_near
    addi s1, s1, 1
    li t0, 11
    bne s1, t0, 1b
    CHECK(a0, 55)

    /* a hot function, then patched */
    TEST_CASE( 2, a0, 2000,
              li a0, 0; li s1, 1000; 1: call smc_hot; addi s1, s1, -1;
              bnez s1, 1b)
    TEST_CASE( 3, a0, 100,
              la t0, smc_hot; li t1, ADDI_A0_A0(100); sw t1, 0(t0); fence.i;
              li a0, 0; call smc_hot)
    TEST_CASE( 4, a0, 300, li a0, 0; call smc_hot; call smc_hot; call smc_hot)

    /* the next instruction of the same block, patched 8 times over */
    li TESTNUM, 5
    li s1, 8
1:
    la t0, 2f
    li t1, ADDI_A0_A0(0)
    slli t2, s1, 22
    or t1, t1, t2
    li a0, 0
    sw t1, 0(t0)
    fence.i
2:
    addi a0, a0, 1
    slli t2, s1, 2
    bne a0, t2, fail_near
    addi s1, s1, -1
    bnez s1, 1b
    CHECK(a0, 4)

    /* a loop patches its own body at i == 50: 51 * 1 + 49 * 3 */
    li TESTNUM, 6
    la t0, 3f
    li t1, ADDI_S2_S2(1)
    sw t1, 0(t0)
    fence.i
    li s2, 0
    li s1, 0
    li t3, 50
    li t4, 100
1:
3:
    addi s2, s2, 1
    bne s1, t3, 2f
    li t1, ADDI_S2_S2(3)
    sw t1, 0(t0)
    fence.i
2:
    addi s1, s1, 1
    bne s1, t4, 1b
    CHECK(s2, 198)

    /* nop -> jump over an instruction -> nop */
    TEST_CASE( 7, a0, 30,
              li a0, 0; li s1, 10; 1: call smc_skip; addi s1, s1, -1;
              bnez s1, 1b)
    TEST_CASE( 8, a0, 2,
              la t0, smc_skip; li t1, JUMP_PLUS_8; sw t1, 0(t0); fence.i;
              li a0, 0; call smc_skip)
    TEST_CASE( 9, a0, 20,
              li a0, 0; li s1, 10; 1: call smc_skip; addi s1, s1, -1;
              bnez s1, 1b)
    TEST_CASE(10, a0, 3,
              la t0, smc_skip; li t1, NOP; sw t1, 0(t0); fence.i; li a0, 0;
              call smc_skip)

    /* sh over the upper half of addi a0, a0, 1: imm[11:0] and rs1[4:1] */
    TEST_CASE(11, a0, 500,
              li a0, 0; li s1, 500; 1: call smc_half; addi s1, s1, -1;
              bnez s1, 1b)
    TEST_CASE(12, a0, 0x123,
              la t0, smc_half; li t1, (0x123 << 4) | 5; sh t1, 2(t0); fence.i;
              li a0, 0; call smc_half)

    /* sd over two instructions at once */
    TEST_CASE(13, a0, 2, li a0, 0; call smc_pair)
    TEST_CASE(14, a0, 12,
              la t0, smc_pair; li t1, ADDI_A0_A0(7); slli t1, t1, 32;
              li t2, ADDI_A0_A0(5); or t1, t1, t2; sd t1, 0(t0); fence.i;
              li a0, 0; call smc_pair)

    /* code written into a data buffer, run, rewritten, run again */
    TEST_CASE(15, a0, 42,
              la t0, smc_buf; li t1, ADDI_A0_X0(42); sw t1, 0(t0); li t1, RET;
              sw t1, 4(t0); fence.i; li a0, 0; jalr t0)
    TEST_CASE(16, a0, 42, li a0, 0; la t0, smc_buf; jalr t0; jalr t0)
    TEST_CASE(17, a0, -7,
              la t0, smc_buf; li t1, ADDI_A0_X0(-7 & 0xfff); sw t1, 0(t0);
              fence.i; li a0, 0; jalr t0)
TEST_END

fail_near:
    j rv_fail

/* Patched functions; each starts as a0 += 1 (a0 += 2 twice for smc_hot). */
    .balign 8
smc_fn:
    addi a0, a0, 1
    ret

    .balign 8
smc_hot:
    addi a0, a0, 2
    ret

    .balign 8
smc_skip:
    nop
    addi a0, a0, 1
    addi a0, a0, 2
    ret

    .balign 8
smc_half:
    addi a0, a0, 1
    ret

    .balign 8
smc_pair:
    addi a0, a0, 1
    addi a0, a0, 1
    ret

    .bss
    .balign 8
smc_buf:
    .skip 64
