/* SPDX-License-Identifier: MIT */
/*
 * priv-hpm.S: Zihpm as emu implements it. mhpmcounter3-31 count no event
 * (read-only zero, writes ignored), mhpmevent3-31 are WARL zero,
 * mcountinhibit keeps its HPM bits and reads TM as zero; hpmcounter3-31
 * are legal in S-mode only with their mcounteren bit, in U-mode only with
 * the bit in both mcounteren and scounteren, and read zero; inhibiting IR
 * and CY stops minstret and mcycle across a loop of many blocks.
 *
 * QEMU 7.2 differs from case 1: its mhpmcounters keep what is written
 * (both choices are allowed), and its minstret follows host time.
 */
#include "priv.h"

TEST_BEGIN
    PRIV_INIT
    /* machine-mode views */
    TEST_CASE( 1, a0, 0, li a1, 123; csrw mhpmcounter3, a1;
              csrr a0, mhpmcounter3)
    TEST_CASE( 2, a0, 0, li a1, -1; csrw mhpmcounter31, a1;
              csrr a0, mhpmcounter31)
    TEST_CASE( 3, a0, 0, li a1, 5; csrw mhpmevent3, a1; csrr a0, mhpmevent3)
    TEST_CASE( 4, a0, 0, li a1, -1; csrw mhpmevent31, a1;
              csrr a0, mhpmevent31)
    TEST_CASE( 5, a0, 0, csrr a0, hpmcounter17)
    TEST_CASE( 6, a0, 0xfffffffd, li a1, -1; csrw mcountinhibit, a1;
              csrr a0, mcountinhibit)
    TEST_CASE( 7, a0, 0x8, csrwi mcountinhibit, 8; csrr a0, mcountinhibit)
    TEST_CASE( 8, a0, 0, csrw mcountinhibit, zero; csrr a0, mcountinhibit)
    TEST_REG( 9, s5, 0)

    /* S-mode: hpmcounter3 and hpmcounter31 need their mcounteren bits */
    li TESTNUM, 10
    csrw mcounteren, zero
    GOTO_S(s_hpm0)
s_hpm0:
    csrr a0, hpmcounter3
    csrr a0, hpmcounter31
    TO_M
    CHECK(s5, 3)                /* two illegal instructions and the ecall */
    TEST_REG(11, s2, 9)         /* the last trap: ecall from S */
    li TESTNUM, 12
    li s5, 0
    li t0, (1 << 3) | (1 << 31)
    csrw mcounteren, t0
    li a0, 1
    li a1, 1
    GOTO_S(s_hpm1)
s_hpm1:
    csrr a0, hpmcounter3
    csrr a1, hpmcounter31
    csrr a2, hpmcounter4        /* bit 4 clear */
    TO_M
    CHECK(s5, 2)
    TEST_REG(13, a0, 0)
    TEST_REG(14, a1, 0)
    /* U-mode: mcounteren and scounteren */
    li TESTNUM, 16
    li s5, 0
    li t0, 1 << 5
    csrw mcounteren, t0
    csrw scounteren, zero
    GOTO_U(u_hpm0)
u_hpm0:
    csrr a0, hpmcounter5
    TO_M
    CHECK(s5, 2)
    li TESTNUM, 17
    li s5, 0
    csrw mcounteren, zero
    li t0, 1 << 5
    csrw scounteren, t0
    GOTO_U(u_hpm1)
u_hpm1:
    csrr a0, hpmcounter5
    TO_M
    CHECK(s5, 2)
    li TESTNUM, 18
    li s5, 0
    li t0, 1 << 5
    csrw mcounteren, t0
    li a0, 1
    GOTO_U(u_hpm2)
u_hpm2:
    csrr a0, hpmcounter5
    TO_M
    CHECK(s5, 1)
    TEST_REG(19, a0, 0)
    /* the machine-level counters stay M-only */
    li TESTNUM, 20
    li s5, 0
    li t0, -1
    csrw mcounteren, t0
    csrw scounteren, t0
    GOTO_S(s_hpm3)
s_hpm3:
    csrr a0, mhpmcounter3
    csrr a0, mhpmevent3
    csrr a0, mcountinhibit
    TO_M
    CHECK(s5, 4)

    /* inhibited counters stay put over a loop of many blocks */
    li TESTNUM, 21
    csrw mcycle, zero
    csrw minstret, zero
    csrwi mcountinhibit, 5
    li a1, 200
1:
    addi a1, a1, -1
    bnez a1, 1b
    csrr a0, minstret
    csrr a2, mcycle
    CHECK(a0, 1)                /* the csrw that set IR still counted */
    li TESTNUM, 22
    CHECK(a2, 2)                /* csrw minstret, then the one setting CY */
    /* and count again once released */
    li TESTNUM, 23
    csrwi mcountinhibit, 0
    li a1, 100
1:
    addi a1, a1, -1
    bnez a1, 1b
    csrr a0, minstret
    CHECK(a0, 1 + 1 + 200)      /* frozen value, li, the loop */
TEST_END

PRIV_HANDLERS
