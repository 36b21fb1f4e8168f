/* SPDX-License-Identifier: MIT */
/*
 * rvc-cross-page.S: with C, a 32-bit instruction can start 2 bytes before
 * a 4 KiB page boundary and end on the next page. Covered: such an
 * instruction reached in straight-line code from the first page (emu ends
 * the block before it) and entered directly (the first instruction of a
 * block), run often (chained blocks), an ALU op, a taken and a not-taken
 * branch, an ecall (mepc = its start) and an illegal word (mtval = all 32
 * bits) straddling the boundary, a 16-bit instruction ending a page, and
 * patching either half of a straddling instruction after it has run.
 * Case 17 runs last: it rewrites alu_x for good.
 * (A second page that is not mapped needs paging: not covered here.)
 */
#include "test.h"

#define ILL_WORD 0x0000007b   /* custom-3: no instruction */

/* addi a0, a0, imm as a 32-bit word */
#define ADDI_A0_A0(imm) ((((imm) & 0xfff) << 20) | 0x00050513)

/* Fail the case unless label is 2 bytes before a page boundary. */
#define CHECK_PAGE_END_2(label) \
    la a0, label + 2; slli a0, a0, 52; CHECK(a0, 0)

TEST_BEGIN
    li TESTNUM, 1
    CHECK_PAGE_END_2(alu_x)
    CHECK_PAGE_END_2(br_x)
    CHECK_PAGE_END_2(trap_x)
    CHECK_PAGE_END_2(ill_x)
    CHECK_PAGE_END_2(end16_x)

    /* straight-line into the straddling addi: ((0+1) << 2) + 0x123 + 3 */
    TEST_CASE( 2, a0, 0x12a, li a0, 0; call alu_a)
    /* entered at the straddling instruction: 5 + 0x123 + 3 */
    TEST_CASE( 3, a0, 0x12b, li a0, 5; call alu_x)
    /* both, many times */
    TEST_CASE( 4, s1, 0,
              li s1, 300; 1: li a0, 0; call alu_a; li t0, 0x12a;
              bne a0, t0, fail_near; li a0, 5; call alu_x; li t0, 0x12b;
              bne a0, t0, fail_near; addi s1, s1, -1; bnez s1, 1b)

    /* a straddling beq, taken (a1 = 0) and not taken */
    TEST_CASE( 5, a0, 100, li a0, 0; li a1, 0; call br_a)
    TEST_CASE( 6, a0, 11, li a0, 0; li a1, 1; call br_a)
    TEST_CASE( 7, a0, 98, li a0, -1; li a1, 0; call br_x)

    /* traps at a straddling instruction */
    la t0, trap_handler
    csrw mtvec, t0
    TEST_CASE( 8, s2, 11, li s2, 0; li a0, 0; call trap_a)
    TEST_REG( 9, a0, 7)
    TEST_CASE(10, a0, 0, la a1, trap_x; sub a0, s3, a1)
    TEST_CASE(11, s2, 2, li s2, 0; li a0, 0; call ill_a)
    TEST_REG(12, a0, 3)
    TEST_CASE(13, a0, 0, la a1, ill_x; sub a0, s3, a1)
    TEST_CASE(14, a0, 0, li a0, ILL_WORD; sub a0, s4, a0)
    la t0, rv_trap_unexpected
    csrw mtvec, t0

    /* patch the upper half (second page): imm 0x123 -> 0x7f3 */
    TEST_CASE(15, a0, 0x7fa,
              la t0, alu_x + 2; li t1, ADDI_A0_A0(0x7f3) >> 16; sh t1, 0(t0);
              fence.i; li a0, 0; call alu_a)
    TEST_CASE(16, a0, 0x7fb, li a0, 5; call alu_x)
    /* a 16-bit instruction ending a page: (2 + 1) << 3 + 1, 4 << 3 + 1 */
    TEST_CASE(18, a0, 25, li a0, 2; call end16_a)
    TEST_CASE(19, a0, 33, li a0, 4; call end16_x)
    /* patch the lower half (first page): addi a0, a0 -> addi a0, a1 */
    TEST_CASE(17, a0, 0x7f3 + 20 + 3,
              la t0, alu_x; li t1, (ADDI_A0_A0(0x7f3) & 0xffff) | (11 << 15);
              sh t1, 0(t0); fence.i; li a0, 7; li a1, 20; call alu_x)
TEST_END

fail_near:
    j rv_fail

/* Records mcause/mepc/mtval in s2/s3/s4, resumes 4 bytes on. */
    .balign 4
trap_handler:
    csrr s2, mcause
    csrr s3, mepc
    csrr s4, mtval
    addi t5, s3, 4
    csrw mepc, t5
    mret

    .balign 4096
    .skip 4096 - 6
alu_a:                          /* page end - 6 */
    c.addi a0, 1
    c.slli a0, 2
alu_x:                          /* page end - 2: addi a0, a0, 0x123 */
    .insn 4, ADDI_A0_A0(0x123)
    c.addi a0, 3
    ret

    .balign 4096
    .skip 4096 - 4
br_a:                           /* page end - 4 */
    c.addi a0, 1
br_x:                           /* page end - 2: beq a1, zero, 1f */
    .option push
    .option norvc
    beq a1, zero, 1f
    .option pop
    c.addi a0, 10
    ret
    c.nop
1:  addi a0, a0, 99             /* br_x + 10 */
    c.addi a0, 1
    c.addi a0, -1
    ret

    .balign 4096
    .skip 4096 - 6
trap_a:
    c.li a0, 1
    c.li a0, 2
trap_x:
    .option push
    .option norvc
    ecall
    .option pop
    c.addi a0, 5
    ret

    .balign 4096
    .skip 4096 - 4
ill_a:
    c.li a0, 1
ill_x:
    .insn 4, ILL_WORD
    c.addi a0, 2
    ret

    .balign 4096
    .skip 4096 - 4
end16_a:
    c.addi a0, 1
end16_x:                        /* the last parcel of a page */
    c.slli a0, 3
    c.addi a0, 1
    ret
