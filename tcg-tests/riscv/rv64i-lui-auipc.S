/* SPDX-License-Identifier: MIT */
/*
 * rv64i-lui-auipc.S: lui and auipc. The 20-bit immediate fills bits 31:12
 * and bit 31 is sign-extended into bits 63:32; auipc adds that to its own
 * address. The reference pc comes from jal's link register and from a
 * linker-resolved .dword, both independent of auipc.
 */
#include "test.h"

TEST_BEGIN
    /* lui */
    TEST_CASE( 1, a0, 0, li a0, -1; lui a0, 0)
    TEST_CASE( 2, a0, 0x1000, lui a0, 1)
    TEST_CASE( 3, a0, 0x12345000, lui a0, 0x12345)
    TEST_CASE( 4, a0, 0x7ffff000, lui a0, 0x7ffff)
    TEST_CASE( 5, a0, 0xffffffff80000000, lui a0, 0x80000)
    TEST_CASE( 6, a0, 0xfffffffffffff000, lui a0, 0xfffff)
    TEST_CASE( 7, a0, 0xffffffff89abc000, lui a0, 0x89abc)
    TEST_CASE( 8, a0, -1, lui a0, 0x80000; srai a0, a0, 32)
    TEST_CASE( 9, a0, 0x7ffff7ff, lui a0, 0x7ffff; addi a0, a0, 0x7ff)
    TEST_CASE(10, a0, 0xffffffff7ffff800, lui a0, 0x80000; addi a0, a0, -0x800)
    TEST_CASE(11, a0, 0, lui x0, 0x12345; mv a0, x0)
    TEST_CASE(12, a1, 0x80000000,
              lui a1, 0x80000; slli a1, a1, 32; srli a1, a1, 32)

    /* auipc: a1 = address of the auipc, from jal's link */
    TEST_CASE(13, a0, 0, jal a1, 1f; 1: auipc a0, 0; sub a0, a0, a1)
    TEST_CASE(14, a0, 0x1000, jal a1, 1f; 1: auipc a0, 1; sub a0, a0, a1)
    TEST_CASE(15, a0, 0x7ffff000,
              jal a1, 1f; 1: auipc a0, 0x7ffff; sub a0, a0, a1)
    TEST_CASE(16, a0, 0xffffffff80000000,
              jal a1, 1f; 1: auipc a0, 0x80000; sub a0, a0, a1)
    TEST_CASE(17, a0, -0x1000, jal a1, 1f; 1: auipc a0, 0xfffff; sub a0, a0, a1)
    TEST_CASE(18, a0, 0xffffffff89abc000,
              jal a1, 1f; 1: auipc a0, 0x89abc; sub a0, a0, a1)

    /* auipc at a known absolute address; RAM starts at 0x80000000 */
    TEST_CASE(19, a0, 0,
              auipc_site: auipc a0, 0; ld a1, auipc_site_addr; sub a0, a0, a1)
    TEST_CASE(20, a0, 1, auipc a0, 0; srli a0, a0, 31)
    /* pc + 0xffffffff80000000 wraps to a small offset into RAM */
    TEST_CASE(21, a0, 0, auipc a0, 0x80000; srli a0, a0, 24)
    TEST_CASE(22, a0, 0, auipc x0, 0x12345; mv a0, x0)

    /* the auipc + addi and auipc + load pairs that la and lla produce */
    TEST_CASE(23, a0, 0x1122334455667788,
              1: auipc a1, %pcrel_hi(auipc_data); ld a0, %pcrel_lo(1b)(a1))
    TEST_CASE(24, a0, 0,
              1: auipc a1, %pcrel_hi(auipc_data); addi a1, a1, %pcrel_lo(1b);
              ld a2, auipc_data_addr; sub a0, a1, a2)
TEST_END

    .data
    .balign 8
auipc_site_addr:
    .dword auipc_site
auipc_data_addr:
    .dword auipc_data
auipc_data:
    .dword 0x1122334455667788
