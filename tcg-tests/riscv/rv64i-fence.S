/* SPDX-License-Identifier: MIT */
/*
 * rv64i-fence.S: fence (all predecessor/successor sets), fence.tso, pause
 * and fence.i run as ordering no-ops on one hart: no register changes, and
 * stores before them are seen by loads after. The rd/rs1/imm fields that
 * fence and fence.i leave unused must be ignored (not written, not
 * trapped), as the base ISA requires for forward compatibility.
 */
#include "test.h"

/* fence iorw, iorw with rd = a0, rs1 = a1 */
#define FENCE_RD_A0_RS1_A1 .word 0x0ff5850f
/* fence.i with rd = a0, rs1 = a1, imm = 0x123 */
#define FENCE_I_RD_A0_RS1_A1 .word 0x1235950f
/* pause: fence w, 0 */
#define PAUSE .word 0x0100000f

TEST_BEGIN
    TEST_CASE( 1, a0, 11, li a0, 11; fence)
    TEST_CASE( 2, a0, 12,
              li a0, 12; fence rw, rw; fence r, r; fence w, w; fence r, w;
              fence w, r)
    TEST_CASE( 3, a0, 13,
              li a0, 13; fence iorw, iorw; fence io, io; fence i, o; fence o, i)
    TEST_CASE( 4, a0, 14, li a0, 14; fence.tso)
    TEST_CASE( 5, a0, 15, li a0, 15; PAUSE)
    TEST_CASE( 6, a0, 16, li a0, 16; fence.i)
    TEST_CASE( 7, a0, 17, li a0, 17; li a1, 0x80000000; FENCE_RD_A0_RS1_A1)
    TEST_CASE( 8, a0, 18, li a0, 18; li a1, 0x80000000; FENCE_I_RD_A0_RS1_A1)

    /* store, fence, load */
    TEST_CASE( 9, a0, 0x0102030405060708,
              la a1, fence_buf; li a2, 0x0102030405060708; sd a2, 0(a1);
              fence w, r; ld a0, 0(a1))
    TEST_CASE(10, a0, 0x0a0b,
              la a1, fence_buf; li a2, 0x0a0b; sh a2, 0(a1); fence rw, rw;
              lhu a0, 0(a1))
    TEST_CASE(11, a0, 0x44,
              la a1, fence_buf; li a2, 0x44; sb a2, 3(a1); fence.i;
              lbu a0, 3(a1))

    /* every other register survives a run of fences */
    li TESTNUM, 12
    li s2, 0x1111
    li s3, -2
    li t3, 0x8000000000000000
    fence
    fence.tso
    PAUSE
    fence.i
    FENCE_RD_A0_RS1_A1
    FENCE_I_RD_A0_RS1_A1
    CHECK(s2, 0x1111)
    CHECK(s3, -2)
    CHECK(t3, 0x8000000000000000)
TEST_END

    .data
    .balign 8
fence_buf:
    .dword 0
