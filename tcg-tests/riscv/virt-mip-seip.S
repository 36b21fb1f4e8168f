/* SPDX-License-Identifier: MIT */
/*
 * virt-mip-seip.S: mip.SEIP reads as the OR of its software-writable bit
 * and the PLIC's S-mode line, but CSRRS/CSRRC on mip modify the software
 * bit only (privileged spec, mip): setting or clearing SSIP while the
 * PLIC asserts SEIP must not latch SEIP, which would leave the hart with
 * an external interrupt no claim can clear (as OpenSBI's IPIs to Linux
 * did). The line comes from the UART's THR-empty interrupt (source 10)
 * enabled for hart 0's S context and is switched with that context's
 * threshold (0: up, 7: down). Interrupts stay disabled in mie.
 */
#include "test.h"

#define UART 0x10000000
#define PLIC 0xc000000
#define SEIP 0x200
#define SSIP 0x2

TEST_BEGIN
    li s0, UART
    li t0, PLIC + 4 * 10        /* source 10: priority 1 */
    li t1, 1
    sw t1, 0(t0)
    li t0, PLIC + 0x2080        /* enabled for context 1 (hart 0, S) */
    li t1, 1 << 10
    sw t1, 0(t0)
    li s1, 2                    /* UART IER: THR-empty interrupt */
    sb s1, 1(s0)
    li s0, PLIC + 0x201000      /* context 1's threshold */
    li s1, 7
    li s2, SEIP | SSIP

    /* the line up: SEIP reads 1 */
    TEST_CASE(1, a0, SEIP, sw zero, 0(s0); csrr a0, mip; and a0, a0, s2)
    /* CSRRS sets SSIP; SEIP still follows the line */
    TEST_CASE(2, a0, SEIP | SSIP, csrsi mip, SSIP; csrr a0, mip;
              and a0, a0, s2)
    TEST_CASE(3, a0, SSIP, sw s1, 0(s0); csrr a0, mip; and a0, a0, s2)
    /* CSRRC clears SSIP with the line up; SEIP goes when the line does */
    TEST_CASE(4, a0, SEIP, sw zero, 0(s0); csrci mip, SSIP; csrr a0, mip;
              and a0, a0, s2)
    TEST_CASE(5, a0, 0, sw s1, 0(s0); csrr a0, mip; and a0, a0, s2)
    /* the software bit itself: set and cleared by CSRRS/CSRRC */
    li t1, SEIP
    TEST_CASE(6, a0, SEIP, csrs mip, t1; csrr a0, mip; and a0, a0, s2)
    TEST_CASE(7, a0, SEIP, sw zero, 0(s0); sw s1, 0(s0); csrr a0, mip;
              and a0, a0, s2)
    TEST_CASE(8, a0, 0, csrc mip, t1; csrr a0, mip; and a0, a0, s2)
TEST_END
