/* SPDX-License-Identifier: MIT */
/*
 * rv64a-faults-spec.S: where emu follows the specification, or makes a
 * choice the specification leaves open, and QEMU 7.2 does otherwise.
 *  - SC faults like a store whatever the reservation: misaligned raises
 *    store/AMO address-misaligned (6), nothing mapped the store/AMO access
 *    fault (7), with rd and memory untouched ("If the address is not
 *    naturally aligned, an address-misaligned exception or an access-fault
 *    exception will be generated"). QEMU 7.2 checks the reservation first
 *    and fails such an SC without a trap (case 1 fails there).
 *  - emu's devices support no atomics (their PMA): AMOs, LR and SC on the
 *    HTIF page raise access faults (7, 5, 7). QEMU performs them.
 *  - A trap ends the reservation (allowed: the eventuality guarantee ends
 *    at a trap; QEMU does the same); MRET does not, where QEMU 7.2's does
 *    (the privileged spec allows xRET either).
 */
#include "test.h"

#define HOLE 0x40000000
#define PATTERN 0x0123456789abcdef

/* One trap with cause at label 9980, mtval = a1, a0 and buf untouched. */
#define TEST_SC_FAULT(n, op, cause, ...)                                    \
    li TESTNUM, n;                                                          \
    li s5, 0;                                                               \
    li a0, 0x777;                                                           \
    li a2, 0x1234;                                                          \
    la a3, buf;                                                             \
    li a4, PATTERN;                                                         \
    sd a4, 0(a3);                                                           \
    sd a4, 8(a3);                                                           \
    __VA_ARGS__;                                                            \
9980:                                                                       \
    op a0, a2, (a1);                                                        \
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

TEST_BEGIN
    la a1, trap_handler
    csrw mtvec, a1

    /* SC without a reservation still faults */
    TEST_SC_FAULT( 1, sc.w, 6, la a1, buf + 2)
    TEST_SC_FAULT( 2, sc.d, 6, la a1, buf + 4)
    TEST_SC_FAULT( 3, sc.d.aqrl, 6, la a1, buf + 1)
    TEST_SC_FAULT( 4, sc.w, 7, li a1, HOLE)
    TEST_SC_FAULT( 5, sc.d.rl, 7, li a1, HOLE + 8)
    TEST_SC_FAULT( 6, sc.w, 6, li a1, HOLE + 1)
    /* ... and with one held elsewhere */
    TEST_SC_FAULT( 7, sc.w, 6, la a1, buf; lr.w a3, (a1); addi a1, a1, 2)
    TEST_SC_FAULT( 8, sc.d, 7, la a1, buf; lr.d a3, (a1); li a1, HOLE)

    /* no atomics on a device: the HTIF page */
    TEST_SC_FAULT( 9, amoor.d, 7, la a1, fromhost; li a2, 0)
    TEST_SC_FAULT(10, amoadd.w, 7, la a1, fromhost; li a2, 0)
    TEST_SC_FAULT(11, amoswap.d.aqrl, 7, la a1, fromhost; li a2, 0)
    TEST_SC_FAULT(12, sc.d, 7, la a1, fromhost; li a2, 0)
    TEST_CASE(13, s2, 5, li s5, 0; la a1, fromhost; lr.d a0, (a1))
    TEST_REG(14, s5, 1)

    /* a trap between LR and SC ends the reservation */
    TEST_CASE(15, a0, 1,
              li s5, 0; la a1, buf; lr.d a3, (a1); ecall; li a2, 5;
              sc.d a0, a2, (a1))
    TEST_REG(16, s2, 11)
    TEST_CASE(17, a0, 0, ld a0, 0(a1); li a4, PATTERN; sub a0, a0, a4)
    /* ... a fault too, even one the handler skips */
    TEST_CASE(18, a0, 1,
              la a1, buf; lr.w a3, (a1); li a4, HOLE; ld a4, 0(a4); li a2, 6;
              sc.w a0, a2, (a1))
    TEST_REG(19, s2, 5)
    /* MRET alone keeps it (back to M: MPP is set first, since U exists) */
    TEST_CASE(20, a0, 0,
              li a4, 0x1800; csrs mstatus, a4;
              la a1, buf; lr.d a3, (a1); la a4, 1f; csrw mepc, a4; mret;
              1: li a2, 7; sc.d a0, a2, (a1))
    TEST_CASE(21, a0, 7, ld a0, 0(a1))
TEST_END

/* Records mcause/mepc/mtval in s2/s3/s4, counts traps in s5 and resumes
 * after the trapping instruction. */
    .balign 4
trap_handler:
    csrr s2, mcause
    csrr s3, mepc
    csrr s4, mtval
    addi s5, s5, 1
    addi t5, s3, 4
    csrw mepc, t5
    mret

    .data
    .balign 8
buf:
    .dword 0, 0
