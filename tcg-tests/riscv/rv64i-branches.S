/* SPDX-License-Identifier: MIT */
/*
 * rv64i-branches.S: beq bne blt bge bltu bgeu. Every compare is tried as a
 * backward and a forward branch (TEST_BR_TAKEN / TEST_BR_NOT_TAKEN), at the
 * signed and unsigned boundaries (0, -1, INT64_MIN, INT64_MAX, values that
 * differ only above bit 31); then rs1 == rs2, x0 operands, a branch to the
 * next instruction, the largest forward and backward offsets, and hot loops.
 */
#include "test.h"

TEST_BEGIN

    /* beq */
    TEST_BR_TAKEN(1, beq, 0, 0)
    TEST_BR_TAKEN(2, beq, 1, 1)
    TEST_BR_TAKEN(3, beq, -1, -1)
    TEST_BR_NOT_TAKEN(4, beq, 0, 1)
    TEST_BR_NOT_TAKEN(5, beq, 1, 0)
    TEST_BR_NOT_TAKEN(6, beq, 0x8000000000000000, 0)
    TEST_BR_NOT_TAKEN(7, beq, 0xffffffff, -1)
    TEST_BR_NOT_TAKEN(8, beq, 0x100000000, 0)

    /* bne */
    TEST_BR_NOT_TAKEN(9, bne, 0, 0)
    TEST_BR_NOT_TAKEN(10, bne, 1, 1)
    TEST_BR_NOT_TAKEN(11, bne, -1, -1)
    TEST_BR_TAKEN(12, bne, 0, 1)
    TEST_BR_TAKEN(13, bne, 1, 0)
    TEST_BR_TAKEN(14, bne, 0x8000000000000000, 0)
    TEST_BR_TAKEN(15, bne, 0xffffffff, -1)
    TEST_BR_TAKEN(16, bne, 0x100000000, 0)

    /* blt */
    TEST_BR_TAKEN(17, blt, 0, 1)
    TEST_BR_NOT_TAKEN(18, blt, 1, 0)
    TEST_BR_NOT_TAKEN(19, blt, 0, 0)
    TEST_BR_TAKEN(20, blt, -1, 0)
    TEST_BR_NOT_TAKEN(21, blt, 0, -1)
    TEST_BR_TAKEN(22, blt, -2, -1)
    TEST_BR_NOT_TAKEN(23, blt, -1, -2)
    TEST_BR_TAKEN(24, blt, 0x8000000000000000, 0x7fffffffffffffff)
    TEST_BR_NOT_TAKEN(25, blt, 0x7fffffffffffffff, 0x8000000000000000)
    TEST_BR_NOT_TAKEN(26, blt, 0x8000000000000000, 0x8000000000000000)
    TEST_BR_TAKEN(27, blt, 0x7fffffff, 0x80000000)

    /* bge */
    TEST_BR_NOT_TAKEN(28, bge, 0, 1)
    TEST_BR_TAKEN(29, bge, 1, 0)
    TEST_BR_TAKEN(30, bge, 0, 0)
    TEST_BR_NOT_TAKEN(31, bge, -1, 0)
    TEST_BR_TAKEN(32, bge, 0, -1)
    TEST_BR_NOT_TAKEN(33, bge, -2, -1)
    TEST_BR_TAKEN(34, bge, -1, -2)
    TEST_BR_NOT_TAKEN(35, bge, 0x8000000000000000, 0x7fffffffffffffff)
    TEST_BR_TAKEN(36, bge, 0x7fffffffffffffff, 0x8000000000000000)
    TEST_BR_TAKEN(37, bge, 0x8000000000000000, 0x8000000000000000)
    TEST_BR_NOT_TAKEN(38, bge, 0x7fffffff, 0x80000000)

    /* bltu */
    TEST_BR_TAKEN(39, bltu, 0, 1)
    TEST_BR_NOT_TAKEN(40, bltu, 1, 0)
    TEST_BR_NOT_TAKEN(41, bltu, 0, 0)
    TEST_BR_NOT_TAKEN(42, bltu, -1, 0)
    TEST_BR_TAKEN(43, bltu, 0, -1)
    TEST_BR_TAKEN(44, bltu, -2, -1)
    TEST_BR_NOT_TAKEN(45, bltu, -1, -2)
    TEST_BR_NOT_TAKEN(46, bltu, 0x8000000000000000, 0x7fffffffffffffff)
    TEST_BR_TAKEN(47, bltu, 0x7fffffffffffffff, 0x8000000000000000)
    TEST_BR_NOT_TAKEN(48, bltu, -1, -1)
    TEST_BR_TAKEN(49, bltu, 0xffffffff, 0x100000000)

    /* bgeu */
    TEST_BR_NOT_TAKEN(50, bgeu, 0, 1)
    TEST_BR_TAKEN(51, bgeu, 1, 0)
    TEST_BR_TAKEN(52, bgeu, 0, 0)
    TEST_BR_TAKEN(53, bgeu, -1, 0)
    TEST_BR_NOT_TAKEN(54, bgeu, 0, -1)
    TEST_BR_NOT_TAKEN(55, bgeu, -2, -1)
    TEST_BR_TAKEN(56, bgeu, -1, -2)
    TEST_BR_TAKEN(57, bgeu, 0x8000000000000000, 0x7fffffffffffffff)
    TEST_BR_NOT_TAKEN(58, bgeu, 0x7fffffffffffffff, 0x8000000000000000)
    TEST_BR_TAKEN(59, bgeu, -1, -1)
    TEST_BR_NOT_TAKEN(60, bgeu, 0xffffffff, 0x100000000)

    /* the same register on both sides */
    TEST_CASE(61, a0, 1,
              li a0, 0; li a1, 7; beq a1, a1, 1f; j rv_fail; 1: li a0, 1)
    TEST_CASE(62, a0, 1, li a0, 0; li a1, 7; bne a1, a1, 1f; li a0, 1; 1:)
    TEST_CASE(63, a0, 1, li a0, 0; li a1, -7; blt a1, a1, 1f; li a0, 1; 1:)
    TEST_CASE(64, a0, 1,
              li a0, 0; li a1, -7; bge a1, a1, 1f; j rv_fail; 1: li a0, 1)
    TEST_CASE(65, a0, 1, li a0, 0; li a1, -7; bltu a1, a1, 1f; li a0, 1; 1:)
    TEST_CASE(66, a0, 1,
              li a0, 0; li a1, -7; bgeu a1, a1, 1f; j rv_fail; 1: li a0, 1)

    /* x0 operands: beqz bnez bltz bgez blez bgtz, and unsigned x0 */
    TEST_CASE(67, a0, 1, li a0, 0; beq x0, x0, 1f; j rv_fail; 1: li a0, 1)
    TEST_CASE(68, a0, 1,
              li a0, 0; li a1, 0x100000000; bnez a1, 1f; j rv_fail; 1: li a0, 1)
    TEST_CASE(69, a0, 1,
              li a0, 0; li a1, 0x8000000000000000; bltz a1, 1f; j rv_fail;
              1: li a0, 1)
    TEST_CASE(70, a0, 1, li a0, 0; li a1, 0x80000000; bltz a1, 1f; li a0, 1; 1:)
    TEST_CASE(71, a0, 1,
              li a0, 0; li a1, 0; bgez a1, 1f; j rv_fail; 1: li a0, 1)
    TEST_CASE(72, a0, 1, li a0, 0; li a1, 0; bgtz a1, 1f; li a0, 1; 1:)
    TEST_CASE(73, a0, 1,
              li a0, 0; li a1, -1; blez a1, 1f; j rv_fail; 1: li a0, 1)
    TEST_CASE(74, a0, 1,
              li a0, 0; li a1, 1; bltu x0, a1, 1f; j rv_fail; 1: li a0, 1)
    TEST_CASE(75, a0, 1, li a0, 0; li a1, 0; bltu a1, x0, 1f; li a0, 1; 1:)
    TEST_CASE(76, a0, 1,
              li a0, 0; li a1, 0; bgeu a1, x0, 1f; j rv_fail; 1: li a0, 1)

    /* taken and not taken lead to the same instruction */
    TEST_CASE(77, a0, 2, li a0, 0; beq x0, x0, 1f; 1: addi a0, a0, 2)
    TEST_CASE(78, a0, 2, li a0, 0; bne x0, x0, 1f; 1: addi a0, a0, 2)

    /*
     * Largest offsets: +4092 forward, -4096 backward. The gaps are zero
     * words, which are illegal instructions should a branch land in them.
     */
    li TESTNUM, 79
    li a0, 0
    li a1, 5
    beq a1, a1, 1f              /* at X: target X + 4092 */
    j rv_fail
    .skip 4084
1:
    li a0, 1
    CHECK(a0, 1)

    li TESTNUM, 80
    li a0, 0
    j 2f
3:
    li a0, 2                    /* at Y: branch target */
    j 4f
    .skip 4088
2:
    bne a1, x0, 3b              /* at Y + 4096 */
    j rv_fail
4:
    CHECK(a0, 2)

    /* hot loops: a backward branch taken many times */
    TEST_CASE(81, a0, 5050,
              li a0, 0; li a1, 1; li a2, 101; 1: add a0, a0, a1; addi a1, a1, 1;
              bne a1, a2, 1b)
    TEST_CASE(82, a0, 32000,
              li a0, 0; li a1, -1000; 1: addi a0, a0, 32; addi a1, a1, 1;
              bltz a1, 1b)
    /* a1 = 1 << a0 until it shifts out: bge would stop at bit 63 */
    TEST_CASE(83, a0, 63,
              li a0, 0; li a1, 1; 1: addi a0, a0, 1; slli a1, a1, 1;
              bgeu a1, a0, 1b; addi a0, a0, -1)
    TEST_CASE(84, a0, 3,
              li a0, 0; li a1, 10; li a2, 0; 1: addi a2, a2, 1; li a3, 3;
              bltu a2, a3, 2f; addi a0, a0, 1; li a2, 0; 2: addi a1, a1, -1;
              bnez a1, 1b)

TEST_END
