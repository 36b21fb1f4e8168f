/* SPDX-License-Identifier: MIT */
/*
 * rv64i-stores.S: sb sh sw sd. A store writes only the low 1/2/4/8 bytes
 * of rs2, little-endian, and leaves the neighbouring bytes alone; offsets
 * may be negative; storing x0 writes zeros; rs2 == rs1 stores the base.
 * Each store is read back with the loads of every width.
 */
#include "test.h"

/* Fill the 16 bytes at st_buf + 8 with a known pattern (clobbers a1, a2). */
#define FILL                                                                \
    la a1, st_buf + 8; li a2, 0x8877665544332211; sd a2, 0(a1); sd a2, 8(a1)

TEST_BEGIN
    /* store, then load back the same width */
    TEST_ST_LD( 1, sb, lbu, 0xaa, 0xaa, 0, st_buf)
    TEST_ST_LD( 2, sb, lb,  0xffffffffffffff80, 0x80, 1, st_buf)
    TEST_ST_LD( 3, sb, lb,  0x7f, 0x123456789abcde7f, 2, st_buf)
    TEST_ST_LD( 4, sh, lhu, 0x8000, 0x8000, 2, st_buf)
    TEST_ST_LD( 5, sh, lh,  0xffffffffffff8000, 0x8000, 4, st_buf)
    TEST_ST_LD( 6, sh, lh,  0x7ffe, 0xffffffffffff7ffe, 6, st_buf)
    TEST_ST_LD( 7, sw, lwu, 0x80000000, 0x80000000, 8, st_buf)
    TEST_ST_LD( 8, sw, lw,  0xffffffff80000000, 0x80000000, 12, st_buf)
    TEST_ST_LD( 9, sw, lw,  0x12345678, 0xabcdef0012345678, 16, st_buf)
    TEST_ST_LD(10, sd, ld,  0x8000000000000000, 0x8000000000000000, 24, st_buf)
    TEST_ST_LD(11, sd, ld,  0x0123456789abcdef, 0x0123456789abcdef, 32, st_buf)
    TEST_ST_LD(12, sd, ld,  -1, -1, 40, st_buf)

    /* negative offsets */
    TEST_ST_LD(13, sb, lbu, 0x5a, 0x5a, -1, st_buf + 8)
    TEST_ST_LD(14, sh, lhu, 0xa55a, 0xa55a, -2, st_buf + 8)
    TEST_ST_LD(15, sw, lwu, 0xdeadbeef, 0xdeadbeef, -8, st_buf + 16)
    TEST_ST_LD(16, sd, ld,  0xfedcba9876543210, 0xfedcba9876543210,
               -2048, st_buf + 2048)
    TEST_ST_LD(17, sd, ld,  0x1111222233334444, 0x1111222233334444,
               2040, st_buf - 2040 + 48)

    /* neighbours untouched: read back the whole 16 bytes as doublewords */
    TEST_CASE(18, a0, 0x887766554433ee11,
              FILL; li a3, 0xee; sb a3, 1(a1); ld a0, 0(a1))
    TEST_CASE(19, a0, 0x8877665544332211,
              FILL; li a3, 0xee; sb a3, 1(a1); ld a0, 8(a1))
    TEST_CASE(20, a0, 0xee77665544332211,
              FILL; li a3, -0x12; sb a3, 7(a1); ld a0, 0(a1))
    TEST_CASE(21, a0, 0x88776655abcd2211,
              FILL; li a3, 0x1234abcd; sh a3, 2(a1); ld a0, 0(a1))
    TEST_CASE(22, a0, 0x8000665544332211,
              FILL; li a3, 0x8000; sh a3, 6(a1); ld a0, 0(a1))
    TEST_CASE(23, a0, 0x8877665544332211,
              FILL; li a3, 0x8000; sh a3, 6(a1); ld a0, 8(a1))
    TEST_CASE(24, a0, 0x1234567844332211,
              FILL; li a3, 0xdead000012345678; sw a3, 4(a1); ld a0, 0(a1))
    TEST_CASE(25, a0, 0x8877665580000000,
              FILL; li a3, 0x80000000; sw a3, 8(a1); ld a0, 8(a1))
    TEST_CASE(26, a0, 0x8877665544332211,
              FILL; li a3, 0x80000000; sw a3, 8(a1); ld a0, 0(a1))
    TEST_CASE(27, a0, 0x8877665544332211,
              FILL; li a3, -1; sd a3, 8(a1); ld a0, 0(a1))
    TEST_CASE(28, a0, 0x8877665544332211,
              FILL; li a3, -1; sd a3, -8(a1); ld a0, 0(a1))

    /* a wide store read back by narrower loads: little-endian */
    TEST_CASE(29, a0, 0xffffffffffffffef,
              la a1, st_buf; li a2, 0x0123456789abcdef; sd a2, 0(a1);
              lb a0, 0(a1))
    TEST_CASE(30, a0, 0x01, la a1, st_buf; lbu a0, 7(a1))
    TEST_CASE(31, a0, 0xffffffffffffcdef, la a1, st_buf; lh a0, 0(a1))
    TEST_CASE(32, a0, 0x4567, la a1, st_buf; lhu a0, 4(a1))
    TEST_CASE(33, a0, 0xffffffff89abcdef, la a1, st_buf; lw a0, 0(a1))
    TEST_CASE(34, a0, 0x01234567, la a1, st_buf; lwu a0, 4(a1))
    /* narrow stores assembled into a doubleword */
    TEST_CASE(35, a0, 0x1122334455667788,
              la a1, st_buf; li a2, 0x88; sb a2, 0(a1); li a2, 0x77;
              sb a2, 1(a1); li a2, 0x5566; sh a2, 2(a1); li a2, 0x11223344;
              sw a2, 4(a1); ld a0, 0(a1))

    /* storing x0, and rs2 == rs1 */
    TEST_CASE(36, a0, 0, FILL; sd x0, 0(a1); ld a0, 0(a1))
    TEST_CASE(37, a0, 0x8877665544000011, FILL; sh x0, 1(a1); ld a0, 0(a1))
    TEST_CASE(38, a0, 0,
              la a1, st_buf; sd a1, 0(a1); ld a0, 0(a1); sub a0, a0, a1)
    TEST_CASE(39, a0, 0,
              la a1, st_buf; sw a1, 8(a1); lwu a0, 8(a1); slli a2, a1, 32;
              srli a2, a2, 32; sub a0, a0, a2)

    /* store then load through a different base register at the same address */
    TEST_CASE(40, a0, 0x5555aaaa5555aaaa,
              la a1, st_buf + 16; addi a2, a1, -16; li a3, 0x5555aaaa5555aaaa;
              sd a3, 16(a2); ld a0, 0(a1))
TEST_END

    .data
    .balign 8
    .skip 16
st_buf:
    .skip 64
    .skip 16
