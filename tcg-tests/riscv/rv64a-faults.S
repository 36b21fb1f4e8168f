/* SPDX-License-Identifier: MIT */
/*
 * rv64a-faults.S: AMOs and LR at addresses they cannot use. A misaligned
 * AMO raises store/AMO address-misaligned (mcause 6), one where nothing is
 * mapped the store/AMO access fault (7); LR raises the load exceptions
 * instead (4, 5), being a load. Each case checks mcause, mepc (the
 * faulting instruction), mtval (the address), that the trap was taken
 * once, that rd kept its value and that memory is unchanged. Misalignment
 * is reported before the access fault (a misaligned address in a hole).
 * Then registers written earlier in the block are visible to the handler
 * and a fault every iteration of a hot loop. (SC's faults and AMOs on a
 * device are in rv64a-faults-spec.S.)
 */
#include "test.h"

#define HOLE 0x40000000

/*
 * The spec's causes for AMOs. QEMU 7.2 raises the load exceptions for
 * them instead (4 and 5): -DQEMU72_AMO_CAUSES checks everything else
 * against it.
 */
#ifdef QEMU72_AMO_CAUSES
#define AMO_MISALIGNED 4
#define AMO_ACCESS 5
#else
#define AMO_MISALIGNED 6
#define AMO_ACCESS 7
#endif
#define PATTERN 0x0123456789abcdef

/* Case n: set up a0, a2 and buf, then the caller's code sets a1. */
#define FAULT_SETUP(n)                                                      \
    li TESTNUM, n;                                                          \
    li s5, 0;                                                               \
    li a0, 0x777;                                                           \
    li a2, 0x1234;                                                          \
    la a3, buf;                                                             \
    li a4, PATTERN;                                                         \
    sd a4, 0(a3);                                                           \
    sd a4, 8(a3)

/* One trap with cause, at 9980b, mtval = a1; a0 and buf untouched. */
#define FAULT_CHECK(cause)                                                  \
    CHECK(s5, 1);                                                           \
    CHECK(s2, cause);                                                       \
    la a4, 9980b;                                                           \
    sub a4, s3, a4;                                                         \
    CHECK(a4, 0);                                                           \
    sub a4, s4, a1;                                                         \
    CHECK(a4, 0);                                                           \
    CHECK(a0, 0x777);                                                       \
    la a3, buf;                                                             \
    ld a4, 0(a3);                                                           \
    CHECK(a4, PATTERN);                                                     \
    ld a4, 8(a3);                                                           \
    CHECK(a4, PATTERN)

#define TEST_AMO_FAULT(n, op, cause, ...)                                   \
    FAULT_SETUP(n);                                                         \
    __VA_ARGS__;                                                            \
9980:                                                                       \
    op a0, a2, (a1);                                                        \
    FAULT_CHECK(cause)

#define TEST_LR_FAULT(n, op, cause, ...)                                    \
    FAULT_SETUP(n);                                                         \
    __VA_ARGS__;                                                            \
9980:                                                                       \
    op a0, (a1);                                                            \
    FAULT_CHECK(cause)

TEST_BEGIN
    la a1, trap_handler
    csrw mtvec, a1

    /* misaligned: store/AMO address misaligned, mtval = the address */
    TEST_AMO_FAULT( 1, amoswap.w, AMO_MISALIGNED, la a1, buf + 1)
    TEST_AMO_FAULT( 2, amoswap.d, AMO_MISALIGNED, la a1, buf + 4)
    TEST_AMO_FAULT( 3, amoadd.w, AMO_MISALIGNED, la a1, buf + 2)
    TEST_AMO_FAULT( 4, amoadd.d, AMO_MISALIGNED, la a1, buf + 1)
    TEST_AMO_FAULT( 5, amoxor.w, AMO_MISALIGNED, la a1, buf + 3)
    TEST_AMO_FAULT( 6, amoxor.d, AMO_MISALIGNED, la a1, buf + 7)
    TEST_AMO_FAULT( 7, amoand.w, AMO_MISALIGNED, la a1, buf + 1)
    TEST_AMO_FAULT( 8, amoand.d, AMO_MISALIGNED, la a1, buf + 4)
    TEST_AMO_FAULT( 9, amoor.w, AMO_MISALIGNED, la a1, buf + 2)
    TEST_AMO_FAULT(10, amoor.d, AMO_MISALIGNED, la a1, buf + 1)
    TEST_AMO_FAULT(11, amomin.w, AMO_MISALIGNED, la a1, buf + 3)
    TEST_AMO_FAULT(12, amomin.d, AMO_MISALIGNED, la a1, buf + 7)
    TEST_AMO_FAULT(13, amomax.w, AMO_MISALIGNED, la a1, buf + 1)
    TEST_AMO_FAULT(14, amomax.d, AMO_MISALIGNED, la a1, buf + 4)
    TEST_AMO_FAULT(15, amominu.w, AMO_MISALIGNED, la a1, buf + 2)
    TEST_AMO_FAULT(16, amominu.d, AMO_MISALIGNED, la a1, buf + 1)
    TEST_AMO_FAULT(17, amomaxu.w, AMO_MISALIGNED, la a1, buf + 3)
    TEST_AMO_FAULT(18, amomaxu.d, AMO_MISALIGNED, la a1, buf + 7)

    /* nothing mapped there: store/AMO access fault */
    TEST_AMO_FAULT(19, amoswap.w, AMO_ACCESS, li a1, HOLE + 0)
    TEST_AMO_FAULT(20, amoswap.d, AMO_ACCESS, li a1, HOLE + 0)
    TEST_AMO_FAULT(21, amoadd.w, AMO_ACCESS, li a1, HOLE + 4)
    TEST_AMO_FAULT(22, amoadd.d, AMO_ACCESS, li a1, HOLE + 8)
    TEST_AMO_FAULT(23, amoxor.w, AMO_ACCESS, li a1, HOLE + 8)
    TEST_AMO_FAULT(24, amoxor.d, AMO_ACCESS, li a1, HOLE + 16)
    TEST_AMO_FAULT(25, amoand.w, AMO_ACCESS, li a1, HOLE + 12)
    TEST_AMO_FAULT(26, amoand.d, AMO_ACCESS, li a1, HOLE + 24)
    TEST_AMO_FAULT(27, amoor.w, AMO_ACCESS, li a1, HOLE + 16)
    TEST_AMO_FAULT(28, amoor.d, AMO_ACCESS, li a1, HOLE + 32)
    TEST_AMO_FAULT(29, amomin.w, AMO_ACCESS, li a1, HOLE + 20)
    TEST_AMO_FAULT(30, amomin.d, AMO_ACCESS, li a1, HOLE + 40)
    TEST_AMO_FAULT(31, amomax.w, AMO_ACCESS, li a1, HOLE + 24)
    TEST_AMO_FAULT(32, amomax.d, AMO_ACCESS, li a1, HOLE + 48)
    TEST_AMO_FAULT(33, amominu.w, AMO_ACCESS, li a1, HOLE + 28)
    TEST_AMO_FAULT(34, amominu.d, AMO_ACCESS, li a1, HOLE + 56)
    TEST_AMO_FAULT(35, amomaxu.w, AMO_ACCESS, li a1, HOLE + 32)
    TEST_AMO_FAULT(36, amomaxu.d, AMO_ACCESS, li a1, HOLE + 64)

    /* LR: load address misaligned, load access fault */
    TEST_LR_FAULT(37, lr.w, 4, la a1, buf + 2)
    TEST_LR_FAULT(38, lr.d, 4, la a1, buf + 4)
    TEST_LR_FAULT(39, lr.w.aq, 4, la a1, buf + 1)
    TEST_LR_FAULT(40, lr.d.aqrl, 4, la a1, buf + 7)
    TEST_LR_FAULT(41, lr.w, 5, li a1, HOLE + 4)
    TEST_LR_FAULT(42, lr.d, 5, li a1, HOLE + 8)

    /* misaligned and in a hole: the misaligned exception */
    TEST_AMO_FAULT(43, amoadd.w, AMO_MISALIGNED, li a1, HOLE + 2)
    TEST_AMO_FAULT(44, amoswap.d.aqrl, AMO_MISALIGNED, li a1, HOLE + 4)
    TEST_LR_FAULT(45, lr.d, 4, li a1, HOLE + 1)

    /* the ordering bits do not change the exception */
    TEST_AMO_FAULT(46, amoor.w.aq, AMO_MISALIGNED, la a1, buf + 2)
    TEST_AMO_FAULT(47, amomin.d.rl, AMO_ACCESS, li a1, HOLE)
    TEST_AMO_FAULT(48, amomaxu.w.aqrl, AMO_ACCESS, li a1, HOLE + 0x100)

    /* rd = x0: the fault still happens */
    TEST_CASE(49, s2, AMO_MISALIGNED,
              li s5, 0; la a1, buf + 4; li a2, 1; amoadd.d x0, a2, (a1))
    TEST_CASE(50, s2, AMO_ACCESS,
              li s5, 0; li a1, HOLE; li a2, 1; amoswap.w x0, a2, (a1))
    TEST_REG(51, s5, 1)

    /* registers written earlier in the block reach the handler; the
     * instructions after the AMO run after it returns */
    TEST_CASE(52, s6, 2,
              li s5, 0; li t3, 1; li a1, HOLE; addi t3, t3, 1;
              amoadd.d a0, a2, (a1); li t3, 9)
    TEST_REG(53, t3, 9)
    TEST_REG(54, s2, AMO_ACCESS)

    /* a fault in every iteration of a hot loop */
    TEST_CASE(55, s5, 100,
              li s5, 0; li a1, HOLE; li a3, 100;
              1: amoxor.w a0, a2, (a1); addi a3, a3, -1; bnez a3, 1b)
    TEST_CASE(56, s5, 100,
              li s5, 0; la a1, buf + 4; li a3, 100;
              1: lr.d a0, (a1); addi a3, a3, -1; bnez a3, 1b)
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

    .data
    .balign 8
buf:
    .dword 0, 0
