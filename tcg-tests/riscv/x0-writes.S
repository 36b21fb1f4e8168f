/* SPDX-License-Identifier: MIT */
/*
 * x0-writes.S: x0 stays zero whatever writes it: ALU and immediate ops,
 * word ops, lui, auipc, loads, jal, jalr and CSR reads; and the very next
 * instruction, a branch, a loop or a store, reads 0 from it.
 */
#include "test.h"

TEST_BEGIN
    TEST_CASE( 1, a0, 0, addi x0, x0, 5; mv a0, x0)
    TEST_CASE( 2, a0, 1, addi x0, x0, 5; addi a0, x0, 1)
    TEST_CASE( 3, a0, 0, li a1, 1; li a2, 2; add x0, a1, a2; add a0, x0, x0)
    TEST_CASE( 4, a0, 7, li a1, 7; sub x0, x0, a1; sub a0, a1, x0)
    TEST_CASE( 5, a0, 0, li a1, -1; xor x0, a1, x0; or a0, x0, x0)
    TEST_CASE( 6, a0, 3, li a1, 3; slli x0, a1, 3; sub a0, a1, x0)
    TEST_CASE( 7, a0, 0, li a1, -1; sltu x0, x0, a1; mv a0, x0)
    TEST_CASE( 8, a0, 0,
              li a1, 0x7fffffff; addiw x0, a1, 1; sraiw x0, a1, 1;
              addw x0, a1, a1; mv a0, x0)
    TEST_CASE( 9, a0, 0, lui x0, 0x80000; mv a0, x0)
    TEST_CASE(10, a0, 0, lui x0, 0xfffff; addi a0, x0, 0)
    TEST_CASE(11, a0, 0, auipc x0, 0x12345; mv a0, x0)
    TEST_CASE(12, a0, 0, la a1, x0_data; ld x0, 0(a1); mv a0, x0)
    TEST_CASE(13, a0, 0,
              la a1, x0_data; lw x0, 0(a1); lb x0, 0(a1); lhu x0, 0(a1);
              add a0, x0, x0)
    TEST_CASE(14, a0, 0, jal x0, 1f; j rv_fail; 1: mv a0, x0)
    TEST_CASE(15, a0, 0, la a1, 1f; jalr x0, 0(a1); j rv_fail; 1: mv a0, x0)
    TEST_CASE(16, a0, 0,
              li a1, -1; csrw mscratch, a1; csrr x0, mscratch; mv a0, x0)
    TEST_CASE(17, a0, 1, li a0, 0; addi x0, x0, 1; bnez x0, 1f; li a0, 1; 1:)
    TEST_CASE(18, a0, 0,
              li a1, 100; 1: addi x0, x0, 1; addi a1, a1, -1; bnez a1, 1b;
              mv a0, x0)
    TEST_CASE(19, a0, 0,
              la a1, x0_buf; li a2, -1; sd a2, 0(a1); addi x0, x0, -1;
              sd x0, 0(a1); ld a0, 0(a1))
    TEST_CASE(20, a0, 0x1000, li a0, 0x1000; lui x0, 1; sub a0, a0, x0)
TEST_END

    .data
    .balign 8
x0_data:
    .dword -1
x0_buf:
    .dword 0
