/* SPDX-License-Identifier: MIT */
/*
 * priv-irq.S: interrupts through the CLINT (msip at 0x2000000, mtimecmp at
 * +0x4000, mtime at +0xbff8) and mip. Software and timer interrupts trap
 * with mcause = interrupt bit | code, to BASE + 4 * code when mtvec is
 * vectored; MSI wins over MTI; M interrupts are taken in S-mode even with
 * MIE clear, S interrupts never in M-mode; delegated ones trap to S. WFI
 * waits for an interrupt pending and enabled in mie: with MIE clear it just
 * resumes, with MIE set the trap's mepc is the instruction after the WFI.
 *
 * The handlers disable what they took (mie or sie = 0) and return to xepc;
 * exceptions (ecall from S) go back to M-mode at s8.
 */
#include "priv.h"

#define CLINT_MSIP 0x2000000
#define CLINT_MTIMECMP 0x2004000
#define CLINT_MTIME 0x200bff8
#define IRQ (1 << 63)
#define MIP_SSIP_BIT 2
#define MIP_MSIP_BIT 8
#define MIP_STIP_BIT 32
#define MIP_MTIP_BIT 128

/* Wait until s5 == n, failing the case after a long time. */
#define WAIT_TRAPS(n)                                                       \
    li t3, 50000000; 1: li t4, n; beq s5, t4, 2f; addi t3, t3, -1;          \
    bnez t3, 1b; j rv_fail; 2:

/* mtimecmp = mtime + ticks (10 MHz) */
#define TIMER_IN(ticks)                                                     \
    li t0, CLINT_MTIME; ld t1, 0(t0); li t2, ticks; add t1, t1, t2;         \
    li t0, CLINT_MTIMECMP; sd t1, 0(t0)
#define TIMER_OFF                                                           \
    li t0, CLINT_MTIMECMP; li t1, -1; sd t1, 0(t0)

TEST_BEGIN
    PRIV_INIT
    la t0, m_irq
    csrw mtvec, t0
    la t0, s_irq
    csrw stvec, t0
    csrw mie, zero
    TIMER_OFF

    /* machine software interrupt */
    TEST_CASE( 1, a0, 1, li t0, CLINT_MSIP; li t1, 1; sw t1, 0(t0);
              lw a0, 0(t0))
    TEST_CASE( 2, a0, MIP_MSIP_BIT, csrr a0, mip; andi a0, a0, MIP_MSIP_BIT)
    li TESTNUM, 3
    li s5, 0
    li t0, MIP_MSIP_BIT
    csrw mie, t0
    csrsi mstatus, MSTATUS_MIE
    WAIT_TRAPS(1)
    TEST_REG( 4, s2, IRQ | 3)
    TEST_CASE( 5, a0, 0, csrci mstatus, MSTATUS_MIE; li t0, CLINT_MSIP;
              sw zero, 0(t0); csrr a0, mip; andi a0, a0, MIP_MSIP_BIT)

    /* machine timer interrupt; MTIP follows mtime >= mtimecmp */
    li TESTNUM, 6
    li s5, 0
    TIMER_IN(2000)
    li t0, MIP_MTIP_BIT
    csrw mie, t0
    csrsi mstatus, MSTATUS_MIE
    WAIT_TRAPS(1)
    TEST_REG( 7, s2, IRQ | 7)
    TEST_CASE( 8, a0, MIP_MTIP_BIT, csrci mstatus, MSTATUS_MIE; csrr a0, mip;
              andi a0, a0, MIP_MTIP_BIT)
    TEST_CASE( 9, a0, 0, TIMER_OFF; csrr a0, mip; andi a0, a0, MIP_MTIP_BIT)
    /* mip.MTIP is read-only */
    TEST_CASE(10, a0, 0, csrsi mip, 0; li t0, MIP_MTIP_BIT; csrs mip, t0;
              csrr a0, mip; andi a0, a0, MIP_MTIP_BIT)

    /* WFI with MIE clear: waits for the timer, takes no trap */
    li TESTNUM, 11
    li s5, 0
    TIMER_IN(20000)             /* 2 ms */
    mv s10, t1
    li t0, MIP_MTIP_BIT
    csrw mie, t0
    wfi
    li t0, CLINT_MTIME
    ld a0, 0(t0)
    sltu a0, a0, s10
    CHECK(a0, 0)                /* mtime >= mtimecmp */
    TEST_REG(12, s5, 0)
    /* WFI with MIE set: the trap returns after the WFI */
    li TESTNUM, 13
    TIMER_IN(20000)
    csrsi mstatus, MSTATUS_MIE
wfi_pc:
    wfi
    WAIT_TRAPS(1)
    csrci mstatus, MSTATUS_MIE
    la a1, wfi_pc + 4
    sub a0, s3, a1
    CHECK(a0, 0)
    TEST_REG(14, s2, IRQ | 7)
    TIMER_OFF

    /* vectored mtvec: BASE + 4 * cause */
    li TESTNUM, 15
    li s5, 0
    la t0, vectors + 1
    csrw mtvec, t0
    TIMER_IN(1000)
    li t0, MIP_MTIP_BIT
    csrw mie, t0
    csrsi mstatus, MSTATUS_MIE
    WAIT_TRAPS(1)
    CHECK(s6, 7)
    TEST_REG(16, s2, IRQ | 7)
    TIMER_OFF
    /* MSI before MTI */
    li TESTNUM, 17
    li s5, 0
    csrci mstatus, MSTATUS_MIE
    li t0, CLINT_MTIMECMP
    sd zero, 0(t0)
    li t0, CLINT_MSIP
    li t1, 1
    sw t1, 0(t0)
    li t0, MIP_MTIP_BIT | MIP_MSIP_BIT
    csrw mie, t0
    csrsi mstatus, MSTATUS_MIE
    WAIT_TRAPS(1)
    CHECK(s6, 3)
    csrci mstatus, MSTATUS_MIE
    li t0, CLINT_MSIP
    sw zero, 0(t0)
    TIMER_OFF
    la t0, m_irq
    csrw mtvec, t0

    /* in S-mode an M interrupt is taken even with MIE clear */
    li TESTNUM, 18
    li s5, 0
    li t0, MIP_MTIP_BIT
    csrw mie, t0
    GOTO_S(s_mti)
s_mti:
    li t0, CLINT_MTIMECMP       /* S may reach the CLINT (PMP allows) */
    sd zero, 0(t0)
    WAIT_TRAPS(1)
    TEST_REG(19, s2, IRQ | 7)
    TEST_CASE(20, a0, MSTATUS_MPP_S, li t0, MSTATUS_MPP; and a0, s7, t0)
    TO_M
    TIMER_OFF

    /* S interrupts: never in M-mode; delegated, they trap to S */
    li TESTNUM, 21
    li s5, 0
    li t0, 0x222
    csrw mideleg, t0
    csrw mie, t0
    csrsi mstatus, MSTATUS_SIE | MSTATUS_MIE
    csrsi mip, MIP_SSIP_BIT
    li t0, 1000
1:  addi t0, t0, -1
    bnez t0, 1b
    CHECK(s5, 0)
    GOTO_S(s_ssi)
s_ssi:
    /* the pending SSI is taken at once, SIE being set */
    WAIT_TRAPS(1)
    TEST_REG(22, s2, IRQ | 1)
    TEST_CASE(23, a0, IRQ | 1, csrr a0, scause)
    /* STIP set by M-mode reaches S as a timer interrupt */
    TEST_CASE(24, s2, 9, TO_M; li t0, 0x222; csrw mie, t0;
              li t0, MIP_STIP_BIT; csrs mip, t0; csrci mip, MIP_SSIP_BIT)
    li TESTNUM, 25
    li s5, 0
    GOTO_S(s_sti)
s_sti:
    WAIT_TRAPS(1)
    CHECK(s2, IRQ | 5)
    /* in U-mode, S interrupts are taken whatever SIE says */
    TEST_CASE(26, s2, 9, TO_M; li t0, 0x222; csrw mie, t0;
              li t0, MIP_STIP_BIT; csrc mip, t0; csrsi mip, MIP_SSIP_BIT;
              csrci mstatus, MSTATUS_SIE)
    li TESTNUM, 27
    li s5, 0
    GOTO_U(u_ssi)
u_ssi:
    WAIT_TRAPS(1)
    CHECK(s2, IRQ | 1)
    TEST_CASE(28, a0, 0, andi a0, s7, MSTATUS_SPP)
    TO_M
    csrci mip, MIP_SSIP_BIT
    csrw mideleg, zero

    /* 50 timer interrupts in a row, each armed 50 us ahead, interrupting
     * a tight loop: no wake-up is lost */
    li TESTNUM, 29
    li s5, 0
    li s10, 0
    csrsi mstatus, MSTATUS_MIE
3:
    TIMER_IN(500)
    li t0, MIP_MTIP_BIT
    csrw mie, t0
    addi s10, s10, 1
    li t3, 50000000
4:
    beq s5, s10, 5f
    addi t3, t3, -1
    bnez t3, 4b
    j rv_fail
5:
    li t0, 50
    bltu s10, t0, 3b
    csrci mstatus, MSTATUS_MIE
    TIMER_OFF
    CHECK(s5, 50)
TEST_END

PRIV_HANDLERS

/* M: interrupts are recorded and disabled; ecalls resume at s8 */
    .balign 4
m_irq:
    csrr s2, mcause
    csrr s3, mepc
    csrr s7, mstatus
    addi s5, s5, 1
    bltz s2, 1f
    mv t5, s8
    li s8, 0
    jr t5
1:
    csrw mie, zero
    mret

/* S: the same for interrupts delegated to S; U ecalls are not delegated */
    .balign 4
s_irq:
    csrr s2, scause
    csrr s3, sepc
    csrr s7, sstatus
    addi s5, s5, 1
    csrw sie, zero
    sret

    .balign 4
vectors:
    j vec_0
    j vec_1
    j vec_2
    j vec_3
    j vec_4
    j vec_5
    j vec_6
    j vec_7
    j vec_8
    j vec_9
    j vec_10
    j vec_11
vec_0:
    li s6, 0
    j m_irq
vec_1:
    li s6, 1
    j m_irq
vec_2:
    li s6, 2
    j m_irq
vec_3:
    li s6, 3
    j m_irq
vec_4:
    li s6, 4
    j m_irq
vec_5:
    li s6, 5
    j m_irq
vec_6:
    li s6, 6
    j m_irq
vec_7:
    li s6, 7
    j m_irq
vec_8:
    li s6, 8
    j m_irq
vec_9:
    li s6, 9
    j m_irq
vec_10:
    li s6, 10
    j m_irq
vec_11:
    li s6, 11
    j m_irq
