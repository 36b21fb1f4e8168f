/* SPDX-License-Identifier: MIT */
/*
 * priv-sstc.S: the Sstc supervisor timer. stimecmp (0x14d) is reachable
 * from S-mode only with menvcfg.STCE and mcounteren.TM; with STCE, mip.STIP
 * is time >= stimecmp (and not writable), so S-mode gets timer interrupts
 * (cause 5) and wakes from WFI without M-mode's help.
 *
 * Not validated on QEMU 7.2: its spike machine has no time CSR, which Sstc
 * needs there.
 */
#include "priv.h"

#define IRQ (1 << 63)
#define STIP 32
#define STCE (1 << 63)

/* Wait until s5 == n, failing the case after a long time. */
#define WAIT_TRAPS(n)                                                       \
    li t3, 50000000; 1: li t4, n; beq s5, t4, 2f; addi t3, t3, -1;          \
    bnez t3, 1b; j rv_fail; 2:

TEST_BEGIN
    PRIV_INIT
    /* without STCE, S-mode may not touch stimecmp */
    li TESTNUM, 1
    li t0, 2
    csrw mcounteren, t0
    GOTO_S(s_no)
s_no:
    csrr a0, 0x14d
    TO_M
    CHECK(s5, 2)
    /* with it: STIP follows stimecmp */
    li t0, STCE
    csrw menvcfg, t0
    li t0, STIP
    csrw mideleg, t0
    la t0, s_irq
    csrw stvec, t0
    li TESTNUM, 2
    li s5, 0
    GOTO_S(s_yes)
s_yes:
    li t0, -1
    csrw 0x14d, t0
    csrr a0, 0x14d
    CHECK(a0, -1)
    TEST_CASE( 3, a0, 0, csrr a0, sip; andi a0, a0, STIP)
    TEST_CASE( 4, a0, STIP, csrw 0x14d, zero; csrr a0, sip; andi a0, a0, STIP)
    TEST_CASE( 5, a0, 0, li t0, -1; csrw 0x14d, t0; csrr a0, sip;
              andi a0, a0, STIP)
    /* a timer interrupt in S-mode */
    li TESTNUM, 6
    li t0, STIP
    csrw sie, t0
    rdtime t1
    li t2, 2000
    add t1, t1, t2
    csrw 0x14d, t1
    csrsi sstatus, MSTATUS_SIE
    WAIT_TRAPS(1)
    CHECK(s2, IRQ | 5)
    /* WFI wakes on it (SIE clear: no trap) */
    li TESTNUM, 7
    csrci sstatus, MSTATUS_SIE
    li t0, STIP
    csrw sie, t0
    rdtime t1
    li t2, 20000
    add s10, t1, t2
    csrw 0x14d, s10
    wfi
    rdtime a0
    sltu a0, a0, s10
    CHECK(a0, 0)
    TEST_REG( 8, s5, 1)
    TO_M
    /* M cannot set STIP by hand while STCE is on */
    TEST_CASE( 9, a0, 0, li t0, -1; csrw 0x14d, t0; li t0, STIP; csrs mip, t0;
              csrr a0, mip; andi a0, a0, STIP)
    csrw menvcfg, zero
    csrw mideleg, zero
TEST_END

PRIV_HANDLERS

    .balign 4
s_irq:
    csrr s2, scause
    addi s5, s5, 1
    csrw sie, zero
    sret
