/* SPDX-License-Identifier: MIT */
/*
 * cross-page.S: straight-line code that runs over a 4 KiB page boundary.
 * Each routine sits so that its first instructions end one page and the
 * rest begin the next (.balign 4096, then padding of zero words, which are
 * illegal instructions). Covered: the result of a run across the boundary,
 * a loop whose body spans it, a branch that is the last instruction of a
 * page (taken and not taken), entering directly at the second page, an
 * ecall that is the first instruction of a page (mepc), and a patch of the
 * second page after the run has been executed many times.
 */
#include "test.h"

#define ADDI_A0_A0(imm) (((imm) << 20) | 0x00050513)  /* addi a0, a0, imm */

/* Fail the case unless label is the first byte of a page. */
#define CHECK_PAGE_START(label) \
    la a0, label; slli a0, a0, 52; CHECK(a0, 0)

TEST_BEGIN
    /* the layout this test relies on */
    li TESTNUM, 1
    CHECK_PAGE_START(page_a2)
    CHECK_PAGE_START(page_b2)
    CHECK_PAGE_START(page_c2)
    CHECK_PAGE_START(page_d2)
    TEST_CASE( 2, a0, 16, la a1, cross_a; la a0, page_a2; sub a0, a0, a1)

    /* ((1 << 4) + 3) ^ 0x55 = 70 | 77, 154, 150 */
    TEST_CASE( 3, a0, 150, li a0, 0; call cross_a)
    /* enter at the page boundary: 5 | 12, 24, 20 */
    TEST_CASE( 4, a0, 20, li a0, 5; call page_a2)

    /* a loop body across the boundary: 100 * 3 + (100 + 99 + ... + 1) */
    TEST_CASE( 5, a0, 5350, li a0, 0; li a1, 100; call cross_loop)

    /* a branch as the last instruction of a page */
    TEST_CASE( 6, a0, 101, li a0, 0; li a1, 0; call cross_br)
    TEST_CASE( 7, a0, 111, li a0, 0; li a1, 1; call cross_br)

    /* an ecall that starts a page */
    TEST_CASE( 8, a0, 3,
              la t0, cross_handler; csrw mtvec, t0; li s3, 0; li a0, 0;
              call cross_trap; la t0, rv_trap_unexpected; csrw mtvec, t0)
    TEST_CASE( 9, a0, 0, la a1, page_d2; sub a0, s3, a1)

    /* run often, then patch the first instruction of the second page */
    TEST_CASE(10, s1, 0,
              li s1, 200; 1: li a0, 0; call cross_a; li t0, 150;
              bne a0, t0, rv_fail_near; addi s1, s1, -1; bnez s1, 1b)
    TEST_CASE(11, a0, 336,
              la t0, page_a2; li t1, ADDI_A0_A0(100); sw t1, 0(t0); fence.i;
              li a0, 0; call cross_a)
    TEST_CASE(12, a0, 206, li a0, 5; call page_a2)
TEST_END

rv_fail_near:
    j rv_fail

/* records mepc in s3 and resumes after the trapping instruction */
    .balign 4
cross_handler:
    csrr s3, mepc
    addi t5, s3, 4
    csrw mepc, t5
    mret

    .balign 4096
    .skip 4096 - 16
cross_a:
    addi a0, x0, 1
    slli a0, a0, 4
    addi a0, a0, 3
    xori a0, a0, 0x55
page_a2:
    addi a0, a0, 7
    slli a0, a0, 1
    addi a0, a0, -4
    ret

    .balign 4096
    .skip 4096 - 4
cross_loop:
    addi a0, a0, 3
page_b2:
    add a0, a0, a1
    addi a1, a1, -1
    bnez a1, cross_loop
    ret

    .balign 4096
    .skip 4096 - 8
cross_br:
    addi a0, a0, 1
    beqz a1, page_c2 + 4
page_c2:
    addi a0, a0, 10
    addi a0, a0, 100
    ret

    .balign 4096
    .skip 4096 - 8
cross_trap:
    addi a0, a0, 1
    addi a0, a0, 1
page_d2:
    ecall
    addi a0, a0, 1
    ret
