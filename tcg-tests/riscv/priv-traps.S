/* SPDX-License-Identifier: MIT */
/*
 * priv-traps.S: traps between M, S and U mode. ecall from U, S and M gives
 * causes 8, 9 and 11 with xepc at the ecall and xtval 0; xPP records the
 * mode trapped from; medeleg sends exceptions from S and U to S-mode but
 * never from M; xRET and WFI raise illegal instruction (xtval = the
 * instruction bits) below their privilege or under TSR/TW; SRET and MRET
 * pop xIE from xPIE and set xPP to U; an xRET to a mode below M clears
 * MPRV.
 *
 * QEMU 7.2 deviates: its MRET leaves MPRV set (case 44 fails there).
 */
#include "priv.h"

#define ILLEGAL .word 0x00007503   /* LOAD funct3 = 111 */

TEST_BEGIN
    PRIV_INIT
    /* misa: S and U */
    TEST_CASE( 1, a0, (1 << 18) | (1 << 20),
              csrr a0, misa; li a1, (1 << 18) | (1 << 20); and a0, a0, a1)

    /* ecall from U: cause 8, MPP = U, mepc = the ecall, mtval = 0 */
    li TESTNUM, 2
    la s8, 1f
    GOTO_U(u_ecall)
u_ecall:
    ecall
    j rv_fail
1:
    CHECK(s2, 8)
    TEST_CASE( 3, a0, 0, la a1, u_ecall; sub a0, s3, a1)
    TEST_REG( 4, s4, 0)
    TEST_CASE( 5, a0, 0, li a1, MSTATUS_MPP; and a0, s7, a1)

    /* ecall from S: cause 9, MPP = S */
    li TESTNUM, 6
    la s8, 1f
    GOTO_S(s_ecall)
s_ecall:
    ecall
    j rv_fail
1:
    CHECK(s2, 9)
    TEST_CASE( 7, a0, MSTATUS_MPP_S, li a1, MSTATUS_MPP; and a0, s7, a1)
    TEST_CASE( 8, a0, 0, la a1, s_ecall; sub a0, s3, a1)

    /* ecall from M: cause 11, MPP = M */
    TEST_CASE( 9, s2, 11, ecall)
    TEST_CASE(10, a0, MSTATUS_MPP, li a1, MSTATUS_MPP; and a0, s7, a1)

    /* mret sets MPP to U (least-privileged mode) */
    TEST_CASE(11, a0, 0,
              la t0, 1f; csrw mepc, t0; li t0, MSTATUS_MPP; csrs mstatus, t0;
              mret; 1: csrr a0, mstatus; li a1, MSTATUS_MPP; and a0, a0, a1)

    /* delegation: ecall from U handled in S (SPP = U); mcause untouched */
    csrw mcause, zero
    li TESTNUM, 12
    li t0, 1 << 8
    csrw medeleg, t0
    GOTO_S(s_deleg)
s_deleg:
    la s9, 1f
    S_GOTO_U(u_deleg)
u_deleg:
    ecall
    j rv_fail
1:  /* in S */
    CHECK(s2, 8)
    TEST_CASE(13, a0, 0, la a1, u_deleg; sub a0, s3, a1)
    TEST_CASE(14, a0, 0, andi a0, s7, MSTATUS_SPP)
    /* ecall from S is not delegated: back to M */
    TO_M
    TEST_CASE(15, s2, 9, csrr a0, mcause; csrr a1, scause)
    TEST_REG(16, a1, 8)

    /* delegated illegal instruction in S: S handler, stval = the bits,
     * SPP = S, SPIE = SIE (1), SIE = 0 */
    li TESTNUM, 17
    li t0, (1 << 2) | (1 << 8)
    csrw medeleg, t0
    GOTO_S(s_ill)
s_ill:
    csrsi sstatus, MSTATUS_SIE
    li s5, 0
s_ill_pc:
    ILLEGAL
    CHECK(s5, 1)
    TEST_REG(18, s2, 2)
    TEST_REG(19, s4, 0x00007503)
    TEST_CASE(20, a0, 0, la a1, s_ill_pc; sub a0, s3, a1)
    TEST_CASE(21, a0, MSTATUS_SPP | MSTATUS_SPIE,
              andi a0, s7, MSTATUS_SPP | MSTATUS_SPIE | MSTATUS_SIE)
    /* sret popped SIE = SPIE (1), SPIE = 1, SPP = U */
    TEST_CASE(22, a0, MSTATUS_SPIE | MSTATUS_SIE,
              csrr a0, sstatus; andi a0, a0, MSTATUS_SPP | MSTATUS_SPIE | MSTATUS_SIE)
    csrci sstatus, MSTATUS_SIE
    TO_M
    /* in M, delegation does not apply */
    TEST_CASE(23, s2, 2, li s5, 0; ILLEGAL)
    TEST_CASE(24, a0, 2, csrr a0, mcause)
    csrw medeleg, zero

    /* xRET below its privilege: illegal, xtval = the instruction */
    li TESTNUM, 25
    la s8, 1f
    GOTO_U(u_sret)
u_sret:
    sret
    j rv_fail
1:
    CHECK(s2, 2)
    TEST_REG(26, s4, 0x10200073)
    li TESTNUM, 27
    la s8, 1f
    GOTO_S(s_mret)
s_mret:
    mret
    j rv_fail
1:
    CHECK(s2, 2)
    TEST_REG(28, s4, 0x30200073)
    /* SRET in S with TSR */
    li TESTNUM, 29
    li t0, MSTATUS_TSR
    csrs mstatus, t0
    la s8, 1f
    GOTO_S(s_tsr)
s_tsr:
    sret
    j rv_fail
1:
    CHECK(s2, 2)
    TEST_REG(30, s4, 0x10200073)
    li t0, MSTATUS_TSR
    csrc mstatus, t0
    /* ... and SRET in M is fine whatever TSR says: to S at sepc */
    li TESTNUM, 31
    li t0, MSTATUS_TSR
    csrs mstatus, t0
    la t0, s_after_sret
    csrw sepc, t0
    li t0, MSTATUS_SPP
    csrs mstatus, t0
    sret
    j rv_fail
s_after_sret:
    TEST_CASE(32, s2, 2, li s5, 0; csrr a0, mstatus)  /* in S now */
    TO_M
    TEST_CASE(33, s2, 9, li t0, MSTATUS_TSR; csrc mstatus, t0)

    /* WFI in U: illegal; in S with TW: illegal */
    li TESTNUM, 34
    la s8, 1f
    GOTO_U(u_wfi)
u_wfi:
    wfi
    j rv_fail
1:
    CHECK(s2, 2)
    TEST_REG(35, s4, 0x10500073)
    li TESTNUM, 36
    li t0, MSTATUS_TW
    csrs mstatus, t0
    la s8, 1f
    GOTO_S(s_wfi)
s_wfi:
    wfi
    j rv_fail
1:
    CHECK(s2, 2)
    TEST_REG(37, s4, 0x10500073)
    li t0, MSTATUS_TW
    csrc mstatus, t0

    /* SFENCE.VMA: illegal in U, and in S with TVM */
    li TESTNUM, 38
    la s8, 1f
    GOTO_U(u_sfence)
u_sfence:
    sfence.vma
    j rv_fail
1:
    CHECK(s2, 2)
    TEST_REG(39, s4, 0x12000073)
    li TESTNUM, 40
    li t0, MSTATUS_TVM
    csrs mstatus, t0
    la s8, 1f
    GOTO_S(s_sfence)
s_sfence:
    sfence.vma a0, a1
    j rv_fail
1:
    CHECK(s2, 2)
    TEST_REG(41, s4, 0x12b50073)
    li t0, MSTATUS_TVM
    csrc mstatus, t0
    /* without TVM, S may */
    li TESTNUM, 42
    li s5, 0
    GOTO_S(s_sfence_ok)
s_sfence_ok:
    sfence.vma
    TO_M
    CHECK(s5, 1)
    TEST_REG(43, s2, 9)

    /* mstatus.MPRV is cleared by an MRET to a lower mode */
    li TESTNUM, 44
    li t0, MSTATUS_MPRV
    csrs mstatus, t0
    GOTO_S(s_mprv)
s_mprv:
    TO_M
    csrr a0, mstatus
    li a1, MSTATUS_MPRV
    and a0, a0, a1
    CHECK(a0, 0)
TEST_END

PRIV_HANDLERS
