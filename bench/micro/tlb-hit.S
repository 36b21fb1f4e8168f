/* SPDX-License-Identifier: MIT */
/*
 * tlb-hit.S: the TLB hit path under Sv39. M-mode maps RAM at 0x80000000
 * to itself (a gigapage) and PAGES 4 KiB pages at 0x40000000 onto a
 * buffer, each holding the value 1 in every word used; S-mode then loads
 * from all of them over and over (every access a TLB hit after the first
 * round). Checks the sum of the loaded values.
 */
#include "priv.h"

#define PAGES 8
#define ITERS 100000000
#define VA_BASE 0x40000000
#define LEAF_RW (PTE_V | PTE_R | PTE_W | PTE_A | PTE_D)
#define LEAF_RWX (LEAF_RW | PTE_X)

TEST_BEGIN
    PRIV_INIT
    li TESTNUM, 1
    /* a 1 in the first two words of each page */
    la t0, pages
    li t1, PAGES
    li t2, 1
1:
    sd t2, 0(t0)
    sd t2, 8(t0)
    li t3, 4096
    add t0, t0, t3
    addi t1, t1, -1
    bnez t1, 1b
    /* tables: t39[1] -> leaf, t39[2] = identity gigapage */
    PTE_SET(t39, 1, mid, PTE_V)
    PTE_SET(mid, 0, leaf, PTE_V)
    PTE_SET_PA(t39, 2, 0x80000000, LEAF_RWX)
    la t0, pages
    srli t0, t0, 12
    slli t0, t0, 10
    ori t0, t0, LEAF_RW
    la t1, leaf
    li t2, PAGES
    li t3, 1 << 10
2:
    sd t0, 0(t1)
    add t0, t0, t3
    addi t1, t1, 8
    addi t2, t2, -1
    bnez t2, 2b
    SATP_SET(SATP_SV39, t39)
    GOTO_S(s_start)
s_start:
    li s0, ITERS
    li s1, 0
    li s2, VA_BASE
    li s3, 4096
3:
    mv t0, s2
    .rept PAGES
    ld t1, 0(t0)
    ld t2, 8(t0)
    add s1, s1, t1
    add s1, s1, t2
    add t0, t0, s3
    .endr
    addi s0, s0, -1
    bnez s0, 3b
    CHECK(s1, ITERS * PAGES * 2)
    TO_M
TEST_END

PRIV_HANDLERS

    .bss
    .balign 4096
t39:  .skip 4096
mid:  .skip 4096
leaf: .skip 4096
pages: .skip 4096 * PAGES
