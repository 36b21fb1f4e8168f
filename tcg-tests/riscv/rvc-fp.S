/* SPDX-License-Identifier: MIT */
/*
 * rvc-fp.S: the compressed D loads and stores c.fld, c.fsd, c.fldsp and
 * c.fsdsp (gas emits the 16-bit forms for these operands), moving raw bit
 * patterns through f registers, with x8-x15 bases and sp-relative offsets
 * at both ends of their ranges. c.fldsp into f0 is valid (unlike c.ldsp
 * into x0).
 */
#include "test.h"

#define MSTATUS_FS_INITIAL (1 << 13)

TEST_BEGIN
    li t0, MSTATUS_FS_INITIAL
    csrs mstatus, t0
    la s0, src
    la s1, dst

    /* c.fld / c.fsd with offsets 0 and 248 */
    TEST_CASE(1, a0, 0x0123456789abcdef,
              c.fld fa0, 0(s0); c.fsd fa0, 0(s1); ld a0, 0(s1))
    TEST_CASE(2, a0, 0xfedcba9876543210,
              c.fld fa1, 248(s0); c.fsd fa1, 248(s1); ld a0, 248(s1))
    /* sp-relative, offsets 0 and 504, f0 as destination */
    TEST_CASE(3, a0, 0x0123456789abcdef,
              mv t1, sp; mv sp, s0; c.fldsp f0, 0(sp); mv sp, s1;
              c.fsdsp f0, 16(sp); mv sp, t1; ld a0, 16(s1))
    TEST_CASE(4, a0, 0x7ff0000000000001,
              mv t1, sp; mv sp, s0; c.fldsp ft11, 504(sp); mv sp, s1;
              c.fsdsp ft11, 504(sp); mv sp, t1; ld a0, 504(s1))
    /* the bits survive as they are: a signalling NaN is not quieted */
    TEST_CASE(5, a0, 0x7ff0000000000001, fmv.x.d a0, ft11)
TEST_END

    .data
    .balign 8
src:
    .dword 0x0123456789abcdef
    .fill 30, 8, 0
    .dword 0xfedcba9876543210
    .fill 31, 8, 0
    .dword 0x7ff0000000000001
dst:
    .fill 64, 8, 0
