/* SPDX-License-Identifier: MIT */
/*
 * rvc-illegal.S: the reserved 16-bit encodings of RV64C raise illegal
 * instruction with mepc = the parcel's pc and mtval = the 16 bits
 * (zero-extended), and write no register: the all-zero parcel, c.addi4spn
 * with nzuimm 0, quadrant 0 funct3 100, c.addiw with rd = x0,
 * c.addi16sp with nzimm 0, c.lui with nzimm 0 (rd = x0 and otherwise),
 * the two reserved c.subw/c.addw neighbours, c.lwsp/c.ldsp with rd = x0
 * and c.jr with rs1 = x0. Execution resumes 2 bytes on. (c.fld and the
 * other FP forms are left out: their legality depends on mstatus.FS.)
 */
#include "test.h"

/*
 * Case n: the parcel traps as illegal; a0 (written by none of these)
 * keeps its value; mepc and mtval checked in the next two case numbers.
 */
#define TEST_RSV(n, parcel)                                                 \
    li TESTNUM, n;                                                          \
    li s2, 0;                                                               \
    li a0, 0x5a5a;                                                          \
    li a2, 0x5a5a;                                                          \
    li s0, 0x5a5a;                                                          \
    la a1, 9980f;                                                           \
9980:                                                                       \
    .insn 2, parcel;                                                        \
    CHECK(s2, 2);                                                           \
    CHECK(a0, 0x5a5a);                                                      \
    CHECK(a2, 0x5a5a);                                                      \
    CHECK(s0, 0x5a5a);                                                      \
    li TESTNUM, n + 1;                                                      \
    sub a1, s3, a1;                                                         \
    CHECK(a1, 0);                                                           \
    li TESTNUM, n + 2;                                                      \
    CHECK(s4, parcel)

TEST_BEGIN
    la t0, trap_handler
    csrw mtvec, t0
    TEST_RSV( 1, 0x0000)    /* all zero: c.addi4spn zero-imm form */
    TEST_RSV( 4, 0x0010)    /* c.addi4spn a2, sp, 0 */
    TEST_RSV( 7, 0x8000)    /* quadrant 0, funct3 100 */
    TEST_RSV(10, 0x9ffc)    /* quadrant 0, funct3 100, all operand bits */
    TEST_RSV(13, 0x2001)    /* c.addiw zero, 0 */
    TEST_RSV(16, 0x307d)    /* c.addiw zero, -1 */
    TEST_RSV(19, 0x6101)    /* c.addi16sp sp, 0 */
    TEST_RSV(22, 0x6501)    /* c.lui a0, 0 */
    TEST_RSV(25, 0x6001)    /* c.lui zero, 0 */
    TEST_RSV(28, 0x6f81)    /* c.lui t6, 0 */
    TEST_RSV(31, 0x9c41)    /* 100111 s0 10 s0 */
    TEST_RSV(34, 0x9c61)    /* 100111 s0 11 s0 */
    TEST_RSV(37, 0x9ffd)    /* 100111 a5 11 a5 */
    TEST_RSV(40, 0x4002)    /* c.lwsp zero, 0(sp) */
    TEST_RSV(43, 0x507e)    /* c.lwsp zero, 252(sp) */
    TEST_RSV(46, 0x6002)    /* c.ldsp zero, 0(sp) */
    TEST_RSV(49, 0x8002)    /* c.jr zero */
    /* and a legal neighbour of each still runs */
    TEST_CASE(52, a0, 0x10, c.addi4spn a0, sp, 16; sub a0, a0, sp)
    TEST_CASE(53, a0, -1, li a0, 0; .insn 2, 0x357d)  /* c.addiw a0, -1 */
    TEST_CASE(54, a0, 0x9000, li a0, 0; .insn 2, 0x6525)  /* c.lui a0, 9 */
    la t0, rv_trap_unexpected
    csrw mtvec, t0
TEST_END

/* Records mcause/mepc/mtval in s2/s3/s4 and resumes after the trapping
 * 16-bit parcel. Clobbers t5. */
    .balign 4
trap_handler:
    csrr s2, mcause
    csrr s3, mepc
    csrr s4, mtval
    addi t5, s3, 2
    csrw mepc, t5
    mret
