/* SPDX-License-Identifier: MIT */
/*
 * rvmb-illegal.S: encodings next to the M, Zba/Zbb/Zbc/Zbs and Zicond
 * ones that no RV64 extension emu implements defines: each must raise an
 * illegal-instruction exception (mcause 2) with mepc at the word, mtval
 * the instruction bits and rd (a0) unwritten. One case per encoding: the
 * case's value ORs together everything that differs from that.
 */
#include "test.h"

/* t4 = 0 iff the word at label 1 trapped as an illegal instruction. */
#define ILLEGAL(n, insn)                                                    \
    TEST_CASE(n, t4, 0,                                                     \
              li s2, 0; li a0, 0x55; li a1, 0x123; li a2, 0x456;            \
              1: .word insn;                                                \
              la t4, 1b; sub t4, s3, t4; xori a3, s2, 2; or t4, t4, a3;     \
              li a3, insn; xor a3, a3, s4; or t4, t4, a3;                   \
              xori a3, a0, 0x55; or t4, t4, a3)

TEST_BEGIN
    la a1, trap_handler
    csrw mtvec, a1

    ILLEGAL( 1, 0x60359513) /* clz group, rs2 = 3 */
    ILLEGAL( 2, 0x60659513) /* clz group, rs2 = 6 */
    ILLEGAL( 3, 0x6035951b) /* clzw group, rs2 = 3 */
    ILLEGAL( 4, 0x6045951b) /* clzw group, rs2 = 4 (no sext.bw) */
    ILLEGAL( 5, 0x6985d513) /* rev8 of RV32 (0x698) */
    ILLEGAL( 6, 0x2865d513) /* orc.b with rs2 = 6 */
    ILLEGAL( 7, 0x0805c533) /* zext.h of RV32 (OP) */
    ILLEGAL( 8, 0x0815c53b) /* zext.h with rs2 = 1 */
    ILLEGAL( 9, 0x0c15951b) /* slli.uw funct6 000011 */
    ILLEGAL(10, 0x6215d51b) /* roriw with bit 25 */
    ILLEGAL(11, 0x02c5953b) /* M funct7 in OP-32, funct3 1 */
    ILLEGAL(12, 0x02c5a53b) /* M funct7 in OP-32, funct3 2 */
    ILLEGAL(13, 0x02c5b53b) /* M funct7 in OP-32, funct3 3 */
    ILLEGAL(14, 0x0ec58533) /* funct7 0000111 (Zicond) funct3 0 */
    ILLEGAL(15, 0x0ec5e533) /* funct7 0000111 (Zicond) funct3 6 */
    ILLEGAL(16, 0x0ac58533) /* funct7 0000101 (min/max/clmul) funct3 0 */
    ILLEGAL(17, 0x48c58533) /* funct7 0100100 (bclr/bext) funct3 0 */
    ILLEGAL(18, 0x20c5853b) /* sh1add funct7 in OP-32 funct3 0 */
TEST_END

/* Records mcause/mepc/mtval in s2/s3/s4 and resumes after the word. */
    .balign 4
trap_handler:
    csrr s2, mcause
    csrr s3, mepc
    csrr s4, mtval
    addi t5, s3, 4
    csrw mepc, t5
    mret
