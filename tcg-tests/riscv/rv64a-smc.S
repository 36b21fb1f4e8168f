/* SPDX-License-Identifier: MIT */
/*
 * rv64a-smc.S: AMOs and SC that write code. Each case rewrites code that
 * has already run (often enough to be translated and chained) with an
 * atomic, executes fence.i, and requires the new instructions to run: a
 * hot function swapped, its immediate changed by amoadd/amoxor/amoand/
 * amoor, min/max choosing between two instruction words, a doubleword AMO
 * over two instructions, LR/SC rewriting an instruction, the instruction
 * after the fence.i, and a loop whose block patches itself.
 */
#include "test.h"

#define ADDI_A0_A0(imm) ((((imm) & 0xfff) << 20) | 0x00050513)
#define IMM(x) ((x) << 20)   /* the I-type immediate field */

TEST_BEGIN
    /* a hot function: addi a0, a0, 2 */
    TEST_CASE( 1, a0, 2000,
              li a0, 0; li s1, 1000; 1: call smc_fn; addi s1, s1, -1;
              bnez s1, 1b)
    /* amoswap.w in a new instruction; rd gets the old one */
    TEST_CASE( 2, a0, ADDI_A0_A0(2),
              la t0, smc_fn; li t1, ADDI_A0_A0(5); amoswap.w a0, t1, (t0))
    TEST_CASE( 3, a0, 5, fence.i; li a0, 0; call smc_fn)
    TEST_CASE( 4, a0, 50,
              li a0, 0; li s1, 10; 1: call smc_fn; addi s1, s1, -1;
              bnez s1, 1b)
    /* the immediate field, changed in place */
    TEST_CASE( 5, a0, 12,
              la t0, smc_fn; li t1, IMM(7); amoadd.w x0, t1, (t0); fence.i;
              li a0, 0; call smc_fn)
    TEST_CASE( 6, a0, 3,
              la t0, smc_fn; li t1, IMM(12 ^ 3); amoxor.w.aq x0, t1, (t0);
              fence.i; li a0, 0; call smc_fn)
    TEST_CASE( 7, a0, 0x100,
              la t0, smc_fn; li t1, 0x000fffff; amoand.w.rl x0, t1, (t0);
              fence.i; li a0, 0x100; call smc_fn)
    TEST_CASE( 8, a0, 9,
              la t0, smc_fn; li t1, IMM(9); amoor.w.aqrl x0, t1, (t0);
              fence.i; li a0, 0; call smc_fn)
    /* min/max pick one of two instruction words */
    TEST_CASE( 9, a0, 100,
              la t0, smc_fn; li t1, ADDI_A0_A0(100); amomaxu.w x0, t1, (t0);
              fence.i; li a0, 0; call smc_fn)
    TEST_CASE(10, a0, 1,
              la t0, smc_fn; li t1, ADDI_A0_A0(1); amominu.w x0, t1, (t0);
              fence.i; li a0, 0; call smc_fn)
    TEST_CASE(11, a0, -1,
              la t0, smc_fn; li t1, ADDI_A0_A0(-1); amomin.w x0, t1, (t0);
              fence.i; li a0, 0; call smc_fn)
    TEST_CASE(12, a0, 4,
              la t0, smc_fn; li t1, ADDI_A0_A0(4); amomax.w x0, t1, (t0);
              fence.i; li a0, 0; call smc_fn)
    TEST_CASE(13, a0, 40,
              li a0, 0; li s1, 10; 1: call smc_fn; addi s1, s1, -1;
              bnez s1, 1b)

    /* doubleword AMOs over two instructions */
    TEST_CASE(14, a0, 20,
              li a0, 0; li s1, 10; 1: call smc_pair; addi s1, s1, -1;
              bnez s1, 1b)
    TEST_CASE(15, a0, 12,
              la t0, smc_pair; li t1, ADDI_A0_A0(7); slli t1, t1, 32;
              li t2, ADDI_A0_A0(5); or t1, t1, t2; amoswap.d x0, t1, (t0);
              fence.i; li a0, 0; call smc_pair)
    TEST_CASE(16, a0, 16,
              la t0, smc_pair; li t1, IMM(2); slli t2, t1, 32; or t1, t1, t2;
              amoadd.d x0, t1, (t0); fence.i; li a0, 0; call smc_pair)
    TEST_CASE(17, a0, 3,
              la t0, smc_pair; li t1, IMM(9 ^ 1); slli t2, t1, 32;
              li t1, IMM(7 ^ 2); or t1, t1, t2; amoxor.d x0, t1, (t0);
              fence.i; li a0, 0; call smc_pair)

    /* LR/SC rewrites an instruction */
    TEST_CASE(18, a0, 0,
              la t0, smc_fn; lr.w t1, (t0); li t2, IMM(0xfff); not t2, t2;
              and t1, t1, t2; li t2, IMM(33); or t1, t1, t2;
              sc.w a0, t1, (t0))
    TEST_CASE(19, a0, 33, fence.i; li a0, 0; call smc_fn)
    TEST_CASE(20, a0, 0,
              la t0, smc_pair; lr.d t1, (t0); li t1, ADDI_A0_A0(20);
              slli t1, t1, 32; li t2, ADDI_A0_A0(1); or t1, t1, t2;
              sc.d a0, t1, (t0))
    TEST_CASE(21, a0, 21, fence.i; li a0, 0; call smc_pair)

    /* the instruction after the fence.i, patched 8 times over */
    li TESTNUM, 22
    li s1, 8
1:
    la t0, 2f
    li t1, ADDI_A0_A0(0)
    slli t2, s1, 22
    or t1, t1, t2
    li a0, 0
    amoswap.w x0, t1, (t0)
    fence.i
2:
    addi a0, a0, 1
    slli t2, s1, 2
    bne a0, t2, fail_near
    addi s1, s1, -1
    bnez s1, 1b
    CHECK(a0, 4)

    /* a block that rewrites an instruction of its own, then fence.i:
     * the first pass runs the old addi, later passes the new one */
    li TESTNUM, 23
    la t0, 3f
    li t1, ADDI_A0_A0(1)
    sw t1, 0(t0)
    fence.i
    li a0, 0
    li s1, 5
    li t1, ADDI_A0_A0(10)
3:
    addi a0, a0, 1
    amoswap.w x0, t1, (t0)
    fence.i
    addi s1, s1, -1
    bnez s1, 3b
    CHECK(a0, 41)

    /* a loop patches its own body with amoadd.w at i == 50 */
    li TESTNUM, 24
    la t0, 4f
    li t1, ADDI_A0_A0(1)
    sw t1, 0(t0)
    fence.i
    li a0, 0
    li s1, 0
    li t3, 50
    li t4, 100
    li t1, IMM(2)
1:
4:
    addi a0, a0, 1
    bne s1, t3, 2f
    amoadd.w x0, t1, (t0)
    fence.i
2:
    addi s1, s1, 1
    bne s1, t4, 1b
    CHECK(a0, 198)
TEST_END

fail_near:
    j rv_fail

    .balign 8
smc_fn:
    addi a0, a0, 2
    ret

    .balign 8
smc_pair:
    addi a0, a0, 1
    addi a0, a0, 1
    ret
