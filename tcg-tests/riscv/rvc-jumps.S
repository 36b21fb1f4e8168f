/* SPDX-License-Identifier: MIT */
/*
 * rvc-jumps.S: control transfer with the C extension. c.j at its range
 * ends (-2048, +2046), c.beqz/c.bnez taken and not taken at theirs (-256,
 * +254) with rs1' = x8-x15, c.jr, c.jalr linking pc + 2 (also with rs1 =
 * ra), c.ebreak (mcause 3, mepc its pc). With C, IALIGN is 16: 32-bit
 * jal, jalr and branches to a target with bit 1 set do not fault, nor
 * does mret to such an mepc; jalr still clears bit 0.
 */
#include "test.h"

/* The parcel c.nop, to put the next label at 2 mod 4. */
#define AT_2_MOD_4 .balign 4; c.nop

TEST_BEGIN
    /* c.j forward and backward */
    TEST_CASE( 1, a0, 0, li a0, 0; c.j 1f; li a0, 1; 1:)
    TEST_CASE( 2, a0, 3, li a0, 0; c.j 2f; 1: c.addi a0, 1; c.j 3f;
              2: c.addi a0, 2; c.j 1b; 3:)
    /* c.j +2046: the target is 2046 bytes on */
    TEST_CASE( 3, a0, 1, li a0, 0; c.j 1f; .skip 2044; 1: c.li a0, 1)
    /* c.j -2048 */
    li TESTNUM, 4
    li a0, 0
    c.j 2f
1:  c.li a0, 4
    c.j 3f
    .skip 2044
2:  c.j 1b
3:  CHECK(a0, 4)

    /* c.beqz / c.bnez on each of x8-x15 */
    TEST_CASE( 5, a0, 0, li a0, 1; li s0, 0; c.beqz s0, 1f; c.li a0, 2;
              1: c.addi a0, -1)
    TEST_CASE( 6, a0, 2, li a0, 1; li s1, 1; c.beqz s1, 1f; c.li a0, 3;
              1: c.addi a0, -1)
    TEST_CASE( 7, a0, 0, li a0, 1; li a1, -1; c.bnez a1, 1f; c.li a0, 2;
              1: c.addi a0, -1)
    TEST_CASE( 8, a0, 2, li a0, 1; li a2, 0; c.bnez a2, 1f; c.li a0, 3;
              1: c.addi a0, -1)
    TEST_CASE( 9, a0, 0, li a0, 1; li a3, 0x100000000; c.bnez a3, 1f;
              c.li a0, 2; 1: c.addi a0, -1)
    TEST_CASE(10, a0, 0, li a0, 1; li a4, 0; c.beqz a4, 1f; c.li a0, 2;
              1: c.addi a0, -1)
    TEST_CASE(11, a0, 0, li a5, 0x8000000000000000; c.bnez a5, 1f; c.li a0, 2;
              1: li a0, 0)
    TEST_CASE(12, a1, 3, li a1, 0; li a0, 3; 1: c.addi a1, 1; c.addi a0, -1;
              c.bnez a0, 1b)
    /* c.beqz +254 and c.bnez -256 */
    TEST_CASE(13, a0, 5, li a0, 0; li s0, 0; c.beqz s0, 1f; .skip 252;
              1: c.li a0, 5)
    li TESTNUM, 14
    li a0, 0
    li s1, 1
    c.j 2f
1:  c.li a0, 14
    c.j 3f
    .skip 252
2:  c.bnez s1, 1b
3:  CHECK(a0, 14)

    /* c.jr */
    TEST_CASE(15, a0, 0, li a0, 0; la a5, 1f; c.jr a5; li a0, 1; 1:)
    /* c.jalr: ra = pc + 2 */
    TEST_CASE(16, a0, 0, la t0, ret_ra; la a1, 1f; c.jalr t0; 1: sub a0, a0, a1)
    TEST_CASE(17, a0, 0, la ra, ret_ra; la a1, 1f; c.jalr ra; 1: sub a0, a0, a1)
    /* 32-bit jalr still links pc + 4 */
    TEST_CASE(18, a0, 0, la t0, ret_ra; la a1, 1f; .option push;
              .option norvc; jalr ra, 0(t0); .option pop; 1: sub a0, a0, a1)
    /* c.jr ra returns */
    TEST_CASE(19, a0, 8, li a0, 1; call add7_c)

    /* targets at 2 mod 4 */
    TEST_CASE(20, a0, 2, li a0, 0; .option push; .option norvc; jal x0, 1f;
              .option pop; c.li a0, 1; AT_2_MOD_4; 1: c.addi a0, 2)
    TEST_CASE(21, a0, 2, li a0, 0; la a1, 1f; andi a2, a1, 3; li a3, 2;
              bne a2, a3, rv_fail; jalr x0, 0(a1); c.li a0, 1; AT_2_MOD_4;
              1: c.addi a0, 2)
    TEST_CASE(22, a0, 2, li a0, 0; li a1, 0; .option push; .option norvc;
              beq a1, x0, 1f; .option pop; c.li a0, 1; AT_2_MOD_4;
              1: c.addi a0, 2)
    /* jalr clears bit 0 of rs1 + imm; the target is 2 mod 4 */
    TEST_CASE(23, a0, 2, li a0, 0; la a1, 1f; jalr x0, 1(a1); c.li a0, 1;
              AT_2_MOD_4; 1: c.addi a0, 2)
    /* a call to a routine at 2 mod 4, and mret to a pc at 2 mod 4 */
    TEST_CASE(24, a0, 8, li a0, 1; call add7_odd)
    /* (MPP = M first: QEMU has U-mode and refuses mret to it, no PMP) */
    TEST_CASE(25, a0, 9, li a0, 0; li a3, 0x1800; csrs mstatus, a3;
              la a1, 1f; csrw mepc, a1; csrr a2, mepc; bne a1, a2, rv_fail;
              mret; c.li a0, 1; AT_2_MOD_4; 1: c.li a0, 9)

    /* c.ebreak: breakpoint at its own pc, resumed 2 bytes on */
    la t0, trap_handler
    csrw mtvec, t0
    TEST_CASE(26, s2, 3, li s2, 0; li a0, 0; ebreak_pc: c.ebreak; c.li a0, 6)
    TEST_REG(27, a0, 6)
    TEST_CASE(28, a0, 0, la a1, ebreak_pc; sub a0, s3, a1)
    /* mtval: the pc (emu, Spike) or 0 (QEMU) */
    TEST_CASE(29, a0, 0, mv a0, s4; beqz a0, 1f; la a1, ebreak_pc;
              sub a0, s4, a1; 1:)
    la t0, rv_trap_unexpected
    csrw mtvec, t0
TEST_END

/* a0 = ra */
    .balign 4
ret_ra:
    mv a0, ra
    ret

/* a0 += 7, returning with c.jr ra */
    .balign 4
add7_c:
    c.addi a0, 7
    c.jr ra

    AT_2_MOD_4
add7_odd:
    c.addi a0, 7
    c.jr ra

/* Records mcause/mepc/mtval in s2/s3/s4 and resumes after the trapping
 * instruction, 2 or 4 bytes long. Clobbers t4 and t5. */
    .balign 4
trap_handler:
    csrr s2, mcause
    csrr s3, mepc
    csrr s4, mtval
    lhu t5, 0(s3)
    andi t5, t5, 3
    addi t5, t5, -3
    addi t4, s3, 2
    bnez t5, 1f
    addi t4, t4, 2
1:  csrw mepc, t4
    mret
