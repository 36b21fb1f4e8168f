/* SPDX-License-Identifier: MIT */
/*
 * misaligned.S: loads and stores at addresses not a multiple of their
 * size. The spec lets an implementation either trap (address-misaligned)
 * or perform them; emu performs them, as QEMU 7.2 does, so this test
 * requires the little-endian result and no trap (a trap fails the case
 * through rv_trap_unexpected). Includes accesses that cross a doubleword
 * and one that crosses a 4 KiB page boundary.
 */
#include "test.h"

TEST_BEGIN
    /* bytes 81 82 83 ... 90 */
    TEST_LOAD( 1, lh,  0xffffffffffff8382, 1, mis_hi)
    TEST_LOAD( 2, lhu, 0x8382, 1, mis_hi)
    TEST_LOAD( 3, lh,  0xffffffffffff8988, 7, mis_hi)
    TEST_LOAD( 4, lw,  0xffffffff85848382, 1, mis_hi)
    TEST_LOAD( 5, lwu, 0x86858483, 2, mis_hi)
    TEST_LOAD( 6, lw,  0xffffffff8a898887, 6, mis_hi)
    TEST_LOAD( 7, lwu, 0x8b8a8988, 7, mis_hi)
    TEST_LOAD( 8, ld,  0x8988878685848382, 1, mis_hi)
    TEST_LOAD( 9, ld,  0x8a89888786858483, 2, mis_hi)
    TEST_LOAD(10, ld,  0x8b8a898887868584, 3, mis_hi)
    TEST_LOAD(11, ld,  0x8c8b8a8988878685, 4, mis_hi)
    TEST_LOAD(12, ld,  0x908f8e8d8c8b8a89, 8, mis_hi)
    TEST_LOAD(13, ld,  0x8f8e8d8c8b8a8988, 7, mis_hi)
    /* bytes 01 02 03 ... 10: no sign extension */
    TEST_LOAD(14, lh,  0x0302, 1, mis_lo)
    TEST_LOAD(15, lw,  0x05040302, 1, mis_lo)
    TEST_LOAD(16, lw,  0x0a090807, 6, mis_lo)
    TEST_LOAD(17, ld,  0x0f0e0d0c0b0a0908, 7, mis_lo)
    /* negative offsets */
    TEST_LOAD(18, lh,  0xffffffffffff8584, -13, mis_hi + 16)
    TEST_LOAD(19, ld,  0x8d8c8b8a89888786, -11, mis_hi + 16)

    /* stores: read back with aligned loads */
    TEST_CASE(20, a0, 0x00000000aabb0000,
              la a1, mis_buf; sd x0, 0(a1); sd x0, 8(a1); li a2, 0xaabb;
              sh a2, 2(a1); ld a0, 0(a1))
    TEST_CASE(21, a0, 0x0000000000ccdd00,
              la a1, mis_buf; sd x0, 0(a1); li a2, 0xccdd; sh a2, 1(a1);
              ld a0, 0(a1))
    TEST_CASE(22, a0, 0x1100000000000000,
              la a1, mis_buf; sd x0, 0(a1); sd x0, 8(a1); li a2, 0x2211;
              sh a2, 7(a1); ld a0, 0(a1))
    TEST_CASE(23, a0, 0x22, ld a0, 8(a1))
    TEST_CASE(24, a0, 0x0000445566778800,
              la a1, mis_buf; sd x0, 0(a1); li a2, 0x55667788; sw a2, 1(a1);
              li a2, 0x44; sb a2, 5(a1); ld a0, 0(a1))
    TEST_CASE(25, a0, 0x3344000000000000,
              la a1, mis_buf; sd x0, 0(a1); sd x0, 8(a1); li a2, 0x11223344;
              sw a2, 6(a1); ld a0, 0(a1))
    TEST_CASE(26, a0, 0x1122, ld a0, 8(a1))
    TEST_CASE(27, a0, 0x23456789abcdef00,
              la a1, mis_buf; sd x0, 0(a1); sd x0, 8(a1);
              li a2, 0x0123456789abcdef; sd a2, 1(a1); ld a0, 0(a1))
    TEST_CASE(28, a0, 0x01, ld a0, 8(a1))

    /* a store then a load at the same odd address */
    TEST_ST_LD(29, sh, lh,  0xffffffffffff8001, 0x8001, 3, mis_buf)
    TEST_ST_LD(30, sw, lw,  0xffffffff80000001, 0x80000001, 5, mis_buf)
    TEST_ST_LD(31, sd, ld,  0x8000000000000001, 0x8000000000000001, 7, mis_buf)
    TEST_ST_LD(32, sw, lwu, 0xfedcba98, 0xfedcba98, 11, mis_buf)

    /*
     * Across a page boundary: bytes b0..bf at page_pair + 4096 - 8 ..
     * + 4096 + 7, written with aligned byte stores.
     */
    li TESTNUM, 33
    la a1, page_pair + 4096 - 8
    li a2, 0xb0
    li a3, 16
1:
    sb a2, 0(a1)
    addi a1, a1, 1
    addi a2, a2, 1
    addi a3, a3, -1
    bnez a3, 1b
    TEST_LOAD(34, lh,  0xffffffffffffb8b7, -1, page_pair + 4096)
    TEST_LOAD(35, lw,  0xffffffffb9b8b7b6, -2, page_pair + 4096)
    TEST_LOAD(36, lwu, 0xbab9b8b7, -1, page_pair + 4096)
    TEST_LOAD(37, ld,  0xbab9b8b7b6b5b4b3, -5, page_pair + 4096)
    TEST_LOAD(38, ld,  0xbebdbcbbbab9b8b7, -1, page_pair + 4096)
    TEST_LOAD(39, ld,  0xb8b7b6b5b4b3b2b1, -7, page_pair + 4096)
    TEST_ST_LD(40, sd, ld, 0x1122334455667788, 0x1122334455667788,
               -3, page_pair + 4096)
    TEST_LOAD(41, lbu, 0x77, -2, page_pair + 4096)
    TEST_LOAD(42, lbu, 0x66, -1, page_pair + 4096)
    TEST_LOAD(43, lbu, 0x55, 0, page_pair + 4096)
    TEST_LOAD(44, lbu, 0x11, 4, page_pair + 4096)
    TEST_LOAD(45, lbu, 0xb4, -3, page_pair + 4096 - 1)
    TEST_LOAD(46, lbu, 0xbd, 5, page_pair + 4096)
    TEST_ST_LD(47, sw, lw, 0xffffffffc3c2c1c0, 0xc3c2c1c0, -1, page_pair + 4096)
    TEST_ST_LD(48, sh, lhu, 0xd1d0, 0xd1d0, -1, page_pair + 4096)
    TEST_LOAD(49, ld,  0xbd1122c3c2d1d077, -2, page_pair + 4096)
TEST_END

    .data
    .balign 8
mis_hi:
    .byte 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88
    .byte 0x89, 0x8a, 0x8b, 0x8c, 0x8d, 0x8e, 0x8f, 0x90
mis_lo:
    .byte 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08
    .byte 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f, 0x10
mis_buf:
    .skip 32

    .bss
    .balign 4096
page_pair:
    .skip 8192
