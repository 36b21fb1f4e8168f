/* SPDX-License-Identifier: MIT */
/*
 * rv64i-loads.S: lb lh lw ld lbu lhu lwu. Signed loads sign-extend from
 * the top bit of the loaded width (patterns 0x80, 0x8000, 0x80000000),
 * unsigned loads zero-extend; memory is little-endian; offsets reach from
 * -2048 to 2047; rd == rs1 uses the old base; a load into x0 is discarded.
 */
#include "test.h"

TEST_BEGIN
    /* bytes: 80 7f ff 00 01 fe 55 aa */
    TEST_LOAD( 1, lb,  0xffffffffffffff80, 0, ld_b)
    TEST_LOAD( 2, lb,  0x7f, 1, ld_b)
    TEST_LOAD( 3, lb,  -1, 2, ld_b)
    TEST_LOAD( 4, lb,  0, 3, ld_b)
    TEST_LOAD( 5, lb,  0xffffffffffffffaa, 7, ld_b)
    TEST_LOAD( 6, lbu, 0x80, 0, ld_b)
    TEST_LOAD( 7, lbu, 0x7f, 1, ld_b)
    TEST_LOAD( 8, lbu, 0xff, 2, ld_b)
    TEST_LOAD( 9, lbu, 0xaa, 7, ld_b)

    /* halves: 8000 7fff ffff 1234 */
    TEST_LOAD(10, lh,  0xffffffffffff8000, 0, ld_h)
    TEST_LOAD(11, lh,  0x7fff, 2, ld_h)
    TEST_LOAD(12, lh,  -1, 4, ld_h)
    TEST_LOAD(13, lh,  0x1234, 6, ld_h)
    TEST_LOAD(14, lhu, 0x8000, 0, ld_h)
    TEST_LOAD(15, lhu, 0x7fff, 2, ld_h)
    TEST_LOAD(16, lhu, 0xffff, 4, ld_h)

    /* words: 80000000 7fffffff ffffffff 12345678 */
    TEST_LOAD(17, lw,  0xffffffff80000000, 0, ld_w)
    TEST_LOAD(18, lw,  0x7fffffff, 4, ld_w)
    TEST_LOAD(19, lw,  -1, 8, ld_w)
    TEST_LOAD(20, lw,  0x12345678, 12, ld_w)
    TEST_LOAD(21, lwu, 0x80000000, 0, ld_w)
    TEST_LOAD(22, lwu, 0x7fffffff, 4, ld_w)
    TEST_LOAD(23, lwu, 0xffffffff, 8, ld_w)

    /* doublewords */
    TEST_LOAD(24, ld,  0x8000000000000000, 0, ld_d)
    TEST_LOAD(25, ld,  0x7fffffffffffffff, 8, ld_d)
    TEST_LOAD(26, ld,  -1, 16, ld_d)
    TEST_LOAD(27, ld,  0x0123456789abcdef, 24, ld_d)

    /* little-endian: wider loads over the byte and half patterns */
    TEST_LOAD(28, ld,  0xaa55fe0100ff7f80, 0, ld_b)
    TEST_LOAD(29, lw,  0x00ff7f80, 0, ld_b)
    TEST_LOAD(30, lwu, 0xaa55fe01, 4, ld_b)
    TEST_LOAD(31, lh,  0x7f80, 0, ld_b)
    TEST_LOAD(32, lhu, 0xaa55, 6, ld_b)
    TEST_LOAD(33, ld,  0x1234ffff7fff8000, 0, ld_h)
    TEST_LOAD(34, lbu, 0xef, 24, ld_d)
    TEST_LOAD(35, lbu, 0x01, 31, ld_d)
    TEST_LOAD(36, lhu, 0x89ab, 26, ld_d)
    TEST_LOAD(37, lw,  0xffffffff89abcdef, 24, ld_d)

    /* negative offsets */
    TEST_LOAD(38, lb,  0xffffffffffffff80, -8, ld_b + 8)
    TEST_LOAD(39, lhu, 0xffff, -4, ld_h + 8)
    TEST_LOAD(40, lw,  0x7fffffff, -12, ld_w + 16)
    TEST_LOAD(41, ld,  0x0123456789abcdef, -8, ld_d + 32)
    TEST_LOAD(42, lwu, 0x80000000, -16, ld_w + 16)

    /* the largest offsets, -2048 and 2047, around a 4 KiB table */
    TEST_LOAD(43, lbu, 0x5a, -2048, ld_far + 2048)
    TEST_LOAD(44, lbu, 0xa5, 2047, ld_far + 4095 - 2047)
    TEST_LOAD(45, ld,  0x1122334455667788, -2048, ld_far_end - 16 + 2048)
    TEST_LOAD(46, lw,  0xffffffff99aabbcc, 2044, ld_far + 8 - 2044)

    /* rd == rs1: the address uses the old base */
    TEST_CASE(47, a1, 0xffffffff80000000, la a1, ld_w; lw a1, 0(a1))
    TEST_CASE(48, a1, 0x7fff, la a1, ld_h + 2; lh a1, 0(a1))
    TEST_CASE(49, a1, 0x7fffffffffffffff, la a1, ld_d + 16; ld a1, -8(a1))

    /* loads into x0 are performed and discarded */
    TEST_CASE(50, a0, 0, la a1, ld_d; ld x0, 16(a1); mv a0, x0)
    TEST_CASE(51, a0, 0,
              la a1, ld_b; lb x0, 2(a1); lbu x0, 2(a1); lh x0, 0(a1);
              lhu x0, 0(a1); mv a0, x0)
    TEST_CASE(52, a0, -1,
              la a1, ld_w; lw x0, 8(a1); lwu x0, 8(a1); lw a0, 8(a1))

    /* a load feeding the next load's address */
    TEST_CASE(53, a0, 0x0123456789abcdef,
              la a1, ld_ptr; ld a1, 0(a1); ld a0, 24(a1))
TEST_END

    .data
    .balign 8
ld_b:
    .byte 0x80, 0x7f, 0xff, 0x00, 0x01, 0xfe, 0x55, 0xaa
ld_h:
    .half 0x8000, 0x7fff, 0xffff, 0x1234
ld_w:
    .word 0x80000000, 0x7fffffff, 0xffffffff, 0x12345678
ld_d:
    .dword 0x8000000000000000, 0x7fffffffffffffff, 0xffffffffffffffff
    .dword 0x0123456789abcdef
ld_ptr:
    .dword ld_d

/* 4 KiB: first byte 0x5a, last byte 0xa5, last dword 0x1122334455667788 */
    .balign 8
ld_far:
    .byte 0x5a, 0, 0, 0, 0, 0, 0, 0
    .word 0x99aabbcc, 0
    .skip 4096 - 16 - 16
    .dword 0x1122334455667788
    .byte 0, 0, 0, 0, 0, 0, 0, 0xa5
ld_far_end:
