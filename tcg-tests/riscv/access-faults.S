/* SPDX-License-Identifier: MIT */
/*
 * access-faults.S: loads, stores and instruction fetches at a physical
 * address where nothing is mapped raise access faults (mcause 5, 7, 1)
 * with mtval = the address and mepc = the faulting instruction, even in
 * the middle of a translated block: instructions before it have retired
 * (their register writes are visible to the handler), the faulting one
 * and those after it have not.
 */
#include "test.h"

#define HOLE 0x40000000

TEST_BEGIN
    la a1, trap_handler
    csrw mtvec, a1

    /* load access fault in the middle of a block */
    TEST_CASE(1, s2, 5,
              li s5, 0; li a0, 0x77; li a1, HOLE; li t3, 1; addi t3, t3, 1;
              ld_pc: ld a0, 8(a1); li t3, 9)
    TEST_REG(2, s5, 1)
    TEST_REG(3, s6, 2)
    TEST_REG(4, a0, 0x77)
    TEST_CASE(5, a0, 0, la a1, ld_pc; sub a0, s3, a1)
    TEST_CASE(6, a0, 0, li a1, HOLE + 8; sub a0, s4, a1)
    TEST_REG(7, t3, 9)

    /* every width faults, signed or not */
    TEST_CASE(8, s5, 7,
              li s5, 0; li a1, HOLE; lb a0, 0(a1); lbu a0, 1(a1);
              lh a0, 2(a1); lhu a0, 2(a1); lw a0, 4(a1); lwu a0, 4(a1);
              ld a0, 8(a1))

    /* store access fault: the store does not happen anywhere */
    TEST_CASE(9, s2, 7,
              li s5, 0; li a1, HOLE; li a2, 0x1234; st_pc: sd a2, 16(a1))
    TEST_CASE(10, a0, 0, la a1, st_pc; sub a0, s3, a1)
    TEST_CASE(11, a0, 0, li a1, HOLE + 16; sub a0, s4, a1)
    TEST_CASE(12, s5, 4,
              li s5, 0; li a1, HOLE; sb a2, 0(a1); sh a2, 2(a1);
              sw a2, 4(a1); sd a2, 8(a1))

    /* dirty registers of the block are all visible to the handler */
    TEST_CASE(13, a0, 0,
              li s5, 0; li a1, HOLE; li s8, 11; li s9, 22; li s10, 33;
              li s11, 44; li t4, 55; ld a0, 0(a1); li a0, 0;
              add a0, s8, s9; add a0, a0, s10; add a0, a0, s11;
              add a0, a0, t4; addi a0, a0, -165)

    /* a fault inside a hot chained loop, every iteration */
    TEST_CASE(14, s5, 100,
              li s5, 0; li a1, HOLE; li a2, 100;
              1: lw a0, 0(a1); addi a2, a2, -1; bnez a2, 1b)

    /* instruction access fault: mepc = mtval = the target */
    la a1, fetch_handler
    csrw mtvec, a1
    TEST_CASE(15, s2, 1, li s5, 0; li a1, HOLE + 0x100; jalr a1)
    TEST_CASE(16, a0, 0, li a1, HOLE + 0x100; sub a0, s3, a1)
    TEST_CASE(17, a0, 0, li a1, HOLE + 0x100; sub a0, s4, a1)
    TEST_REG(18, s5, 1)
TEST_END

/* Records mcause/mepc/mtval in s2/s3/s4, counts traps in s5, saves t3 in
 * s6, and resumes after the trapping instruction. */
    .balign 4
trap_handler:
    csrr s2, mcause
    csrr s3, mepc
    csrr s4, mtval
    addi s5, s5, 1
    mv s6, t3
    addi t5, s3, 4
    csrw mepc, t5
    mret

/* For fetch faults: the same records, then back to the caller (ra). */
    .balign 4
fetch_handler:
    csrr s2, mcause
    csrr s3, mepc
    csrr s4, mtval
    addi s5, s5, 1
    csrw mepc, ra
    mret
