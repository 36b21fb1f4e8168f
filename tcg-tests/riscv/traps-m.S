/* SPDX-License-Identifier: MIT */
/*
 * traps-m.S: synchronous traps taken and returned in M-mode. ecall gives
 * mcause 11, ebreak 3, an illegal instruction 2; mepc is the trapping
 * instruction's address; instructions before it have completed and none
 * after it has run; mret resumes at mepc (the handler adds 4) and pops
 * mstatus.MIE from MPIE. mtval: 0 for ecall; for ebreak the spec allows 0
 * or the pc (QEMU 7.2 writes 0, Spike the pc), so both pass; for illegal
 * instructions the spec allows 0 or the instruction bits, and emu, like
 * QEMU 7.2, writes the bits, so the bits are required.
 */
#include "test.h"

/* LOAD with funct3 = 111: reserved in RV64 (rd = a0, rs1 = x0) */
#define ILLEGAL_LOAD .word 0x00007503

#define MSTATUS_MIE  0x8
#define MSTATUS_MPIE 0x80
#define MSTATUS_MPP  0x1800

TEST_BEGIN
    TEST_CASE( 1, a0, 0,
              la a1, trap_handler; csrw mtvec, a1; csrr a0, mtvec;
              sub a0, a0, a1)

    /* ecall */
    TEST_CASE( 2, s2, 11,
              li s5, 0; li t3, 1; li t3, 2; ecall_pc: ecall; li t3, 3)
    TEST_REG( 3, s5, 1)
    TEST_CASE( 4, a0, 0, la a1, ecall_pc; sub a0, s3, a1)
    TEST_REG( 5, s4, 0)
    TEST_REG( 6, s6, 2)
    TEST_REG( 7, t3, 3)
    TEST_CASE( 8, a0, 3, srli a0, s7, 11; andi a0, a0, 3)

    /* ebreak */
    TEST_CASE( 9, s2, 3, li s5, 0; li t3, 4; ebreak_pc: ebreak; li t3, 5)
    TEST_CASE(10, a0, 0, la a1, ebreak_pc; sub a0, s3, a1)
    TEST_CASE(11, a0, 0,
              mv a0, s4; beqz a0, 1f; la a1, ebreak_pc; sub a0, s4, a1; 1:)
    TEST_REG(12, s5, 1)
    TEST_REG(13, s6, 4)
    TEST_REG(14, t3, 5)

    /* illegal instructions: mtval = the instruction bits; rd not written */
    TEST_CASE(15, s2, 2, li s5, 0; li a0, 0x55; illegal1_pc: ILLEGAL_LOAD)
    TEST_REG(16, a0, 0x55)
    TEST_CASE(17, a0, 0, la a1, illegal1_pc; sub a0, s3, a1)
    TEST_REG(18, s4, 0x00007503)
    TEST_CASE(19, s2, 2, illegal2_pc: .word 0)
    TEST_CASE(20, a0, 0, la a1, illegal2_pc; sub a0, s3, a1; or a0, a0, s4)
    /* writing a read-only CSR (mvendorid) */
    TEST_CASE(21, s2, 2, li a2, 0x66; illegal3_pc: csrrw a2, mvendorid, zero)
    TEST_CASE(22, a0, 0, la a1, illegal3_pc; sub a0, s3, a1)
    TEST_CASE(23, a0, 0, la a1, illegal3_pc; lwu a1, 0(a1); sub a0, s4, a1)
    TEST_REG(24, a2, 0x66)
    /* but reading it is fine */
    TEST_CASE(25, s5, 3,
              csrr a0, mvendorid; csrrs a0, mvendorid, zero;
              csrrsi a0, mvendorid, 0)
    /* a CSR number no implementation of the standard defines */
    TEST_CASE(26, s2, 2, illegal4_pc: csrr a0, 0x7c0)
    TEST_CASE(27, a0, 0, la a1, illegal4_pc; lwu a1, 0(a1); sub a0, s4, a1)
    TEST_REG(28, s5, 4)

    /* a trap inside a hot loop: every iteration traps and resumes */
    TEST_CASE(29, s5, 50,
              li s5, 0; li a1, 50; 1: addi a1, a1, -1; ecall; bnez a1, 1b)

    /* mret to an address of our choosing, in M-mode */
    TEST_CASE(30, a0, 7,
              li a0, 0; li a1, MSTATUS_MPP; csrs mstatus, a1; la a1, 1f;
              csrw mepc, a1; mret; j rv_fail; 1: li a0, 7)
    /* mret: MIE = MPIE, MPIE = 1 */
    TEST_CASE(31, a0, MSTATUS_MIE | MSTATUS_MPIE,
              li a1, MSTATUS_MPP | MSTATUS_MPIE; csrs mstatus, a1;
              li a1, MSTATUS_MIE; csrc mstatus, a1; la a1, 1f; csrw mepc, a1;
              mret; j rv_fail; 1: csrr a0, mstatus;
              andi a0, a0, MSTATUS_MIE | MSTATUS_MPIE)
    /* trap entry: MPIE = MIE (1), MIE = 0, MPP = M; mret restores MIE */
    TEST_CASE(32, a0, MSTATUS_MPIE | MSTATUS_MPP,
              ecall; li a1, MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP;
              and a0, s7, a1)
    TEST_CASE(33, a0, MSTATUS_MIE,
              csrr a0, mstatus; andi a0, a0, MSTATUS_MIE;
              csrci mstatus, MSTATUS_MIE)

    /* synchronous traps go to BASE even when mtvec asks for vectored mode */
    TEST_CASE(34, s2, 11,
              li s5, 0; li s2, 0; la a1, trap_handler; ori a1, a1, 1;
              csrw mtvec, a1; ecall; la a1, trap_handler; csrw mtvec, a1)
    TEST_REG(35, s5, 1)
TEST_END

/*
 * Records mcause/mepc/mtval/mstatus in s2/s3/s4/s7, counts traps in s5,
 * keeps t3 as it was at the trap in s6, and resumes after the trapping
 * instruction. Clobbers only those registers and t5.
 */
    .balign 4
trap_handler:
    csrr s2, mcause
    csrr s3, mepc
    csrr s4, mtval
    csrr s7, mstatus
    addi s5, s5, 1
    mv s6, t3
    addi t5, s3, 4
    csrw mepc, t5
    mret
