/* SPDX-License-Identifier: MIT */
/*
 * priv-timer-ticks.S: periodic CLINT timer interrupts breaking into a
 * counting loop, then a WFI woken by the timer. The handler takes NIRQ
 * machine timer interrupts, re-arming mtimecmp PERIOD ticks after the
 * current mtime each time and switching the timer off after the last;
 * the last must have interrupted the loop (mepc inside it). tests/icount.sh runs it twice under -icount
 * and compares the two traces byte for byte.
 *
 * Handler registers: s2 (mcause), s3 (mepc), s5 (count), s6 and s7
 * (scratch); the loop uses s4 and t3/t4.
 */
#include "priv.h"

#define CLINT_MTIMECMP 0x2004000
#define CLINT_MTIME 0x200bff8
#define IRQ_MTI ((1 << 63) | 7)
#define MIE_MTIE 0x80
#define PERIOD 300
#define NIRQ 5

TEST_BEGIN
    la t0, tick_handler
    csrw mtvec, t0
    li s5, 0
    li s4, 0
    li t0, CLINT_MTIME
    ld t1, 0(t0)
    addi t1, t1, PERIOD
    li t0, CLINT_MTIMECMP
    sd t1, 0(t0)
    li t0, MIE_MTIE
    csrw mie, t0
    li TESTNUM, 1
    li t3, 50000000
    csrsi mstatus, MSTATUS_MIE

    /* case 1: NIRQ interrupts arrive while the loop counts */
loop:
    addi s4, s4, 1
    li t4, NIRQ
    beq s5, t4, loop_done
    addi t3, t3, -1
    bnez t3, loop
loop_end:
    j rv_fail
loop_done:
    /* case 2: the loop ran */
    TEST_CASE(2, a0, 0, sltiu a0, s4, 1)
    /* case 3: the last one interrupted the loop */
    TEST_CASE(3, a0, 1, la t0, loop; la t1, loop_end; sltu a0, s3, t1;
              sltu t2, s3, t0; xori t2, t2, 1; and a0, a0, t2)
    TEST_REG(4, s2, IRQ_MTI)

    /* case 5: WFI (MIE clear) wakes when the timer is due; setting MIE
     * then takes the interrupt */
    li TESTNUM, 5
    csrci mstatus, MSTATUS_MIE
    li t0, CLINT_MTIME
    ld t1, 0(t0)
    addi t1, t1, PERIOD
    li t0, CLINT_MTIMECMP
    sd t1, 0(t0)
    wfi
    csrsi mstatus, MSTATUS_MIE
    nop
    csrci mstatus, MSTATUS_MIE
    CHECK(s5, NIRQ + 1)
    TEST_END

    .balign 4
tick_handler:
    csrr s2, mcause
    csrr s3, mepc
    addi s5, s5, 1
    li s6, IRQ_MTI
    bne s2, s6, rv_fail
    li s6, CLINT_MTIMECMP
    li s7, NIRQ
    bgeu s5, s7, 1f
    li s7, CLINT_MTIME
    ld s7, 0(s7)
    addi s7, s7, PERIOD
    sd s7, 0(s6)
    mret
1:  li s7, -1
    sd s7, 0(s6)
    mret
