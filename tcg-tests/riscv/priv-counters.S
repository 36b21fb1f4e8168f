/* SPDX-License-Identifier: MIT */
/*
 * priv-counters.S: minstret and mcycle count retired instructions exactly
 * (emu: one cycle per instruction). After csrw minstret, 0 the next csrr
 * reads 0; N straight-line instructions add exactly N; an instruction
 * that traps does not retire, while the handler's instructions do;
 * instret/cycle show the same counts to U-mode when enabled; mcountinhibit
 * stops and restarts them.
 *
 * QEMU 7.2 deviates: its counters follow host time (see NOTES.md), so this
 * test fails there from case 1.
 */
#include "priv.h"

#define HOLE 0x10000000
/* retired by priv_m_trap on its "resume after" path */
#define HANDLER_INSNS 9

TEST_BEGIN
    PRIV_INIT
    TEST_CASE( 1, a0, 0, csrw minstret, zero; csrr a0, minstret)
    TEST_CASE( 2, a0, 10, csrw minstret, zero; nop; nop; nop; nop; nop; nop;
              nop; nop; nop; nop; csrr a0, minstret)
    TEST_CASE( 3, a0, 1000, csrw minstret, zero; csrr a0, minstret;
              li a0, 1000; csrw minstret, a0; csrr a0, minstret)
    TEST_CASE( 4, a0, 0, csrw mcycle, zero; csrr a0, mcycle)
    TEST_CASE( 5, a0, 3, csrw mcycle, zero; nop; nop; nop; csrr a0, mcycle)
    /* a loop: 3 instructions per iteration, over many blocks */
    TEST_CASE( 6, a0, 1 + 3 * 100,
              li a1, 100; csrw minstret, zero; li a2, 0;
              1: addi a2, a2, 1; addi a1, a1, -1; bnez a1, 1b;
              csrr a0, minstret)
    /* a load that faults mid-block retires nothing after it */
    TEST_CASE( 7, a0, 3 + HANDLER_INSNS,
              li a1, HOLE; li s5, 0; csrw minstret, zero; nop; nop;
              lw a2, 0(a1); nop; csrr a0, minstret)
    TEST_REG( 8, s5, 1)
    /* ecall does not retire */
    TEST_CASE( 9, a0, 1 + HANDLER_INSNS,
              csrw minstret, zero; nop; ecall; csrr a0, minstret)
    /* an illegal instruction at the start of a block */
    TEST_CASE(10, a0, 2 + HANDLER_INSNS,
              csrw minstret, zero; .word 0; nop; nop; csrr a0, minstret)
    /* mcountinhibit.IR stops minstret. The write takes effect after its
     * instruction: the one that sets IR still counts, the one that clears
     * it does not */
    TEST_CASE(13, a0, 1, csrw minstret, zero; csrwi mcountinhibit, 4; nop;
              nop; csrr a0, minstret)
    TEST_CASE(14, a0, 50, li a1, 50; csrw minstret, a1; nop; csrr a0, minstret)
    TEST_CASE(15, a0, 51, csrwi mcountinhibit, 0; nop; csrr a0, minstret)
    /* CY alone leaves minstret counting */
    TEST_CASE(16, a0, 2, csrwi mcountinhibit, 1; csrw minstret, zero; nop;
              nop; csrr a0, minstret)
    TEST_CASE(17, a0, 1, csrw mcycle, zero; csrwi mcountinhibit, 0; nop;
              csrr a0, mcycle)
    /* U-mode reads the same counts */
    li TESTNUM, 11
    li t0, 5
    csrw mcounteren, t0
    csrw scounteren, t0
    GOTO_U(u_cnt)
u_cnt:
    rdinstret a1
    nop
    nop
    rdinstret a2
    sub a0, a2, a1
    CHECK(a0, 3)
    rdcycle a1
    rdcycle a2
    sub a0, a2, a1
    TEST_CASE(12, a0, 1, nop)
    TO_M
TEST_END

PRIV_HANDLERS
