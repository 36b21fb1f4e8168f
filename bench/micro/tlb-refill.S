/* SPDX-License-Identifier: MIT */
/*
 * tlb-refill.S: TLB refills under Sv39. M-mode maps VPAGES 4 KiB virtual
 * pages at 0x40000000 (256 MiB, far beyond a 256-entry TLB's 1 MiB reach)
 * onto PPAGES physical pages round-robin, so the tables are big but RAM
 * use is small; S-mode then loads one word from each virtual page with a
 * page stride of STRIDE (odd, so every page is visited once per pass).
 * A TLB that grows (QEMU resizes its TLB with use) may end up holding
 * many of them. Checks the sum of the loaded values.
 */
#include "priv.h"

#define VPAGES 65536
#define PPAGES 16
#define LEAF_TABLES (VPAGES / 512)
#define PASSES 300
#define STRIDE 17
#define VA_BASE 0x40000000
#define LEAF_RW (PTE_V | PTE_R | PTE_W | PTE_A | PTE_D)
#define LEAF_RWX (LEAF_RW | PTE_X)

TEST_BEGIN
    PRIV_INIT
    li TESTNUM, 1
    la t0, pages
    li t1, PPAGES
    li t2, 1
1:
    sd t2, 0(t0)
    li t3, 4096
    add t0, t0, t3
    addi t1, t1, -1
    bnez t1, 1b
    PTE_SET(t39, 1, mid, PTE_V)
    PTE_SET_PA(t39, 2, 0x80000000, LEAF_RWX)
    /* mid[i] -> leaf table i */
    la t0, leaves
    srli t0, t0, 12
    slli t0, t0, 10
    ori t0, t0, PTE_V
    la t1, mid
    li t2, LEAF_TABLES
    li t3, 1 << 10
2:
    sd t0, 0(t1)
    add t0, t0, t3
    addi t1, t1, 8
    addi t2, t2, -1
    bnez t2, 2b
    /* leaf PTE v -> physical page v % PPAGES */
    la t1, leaves
    li t2, 0
    li t4, VPAGES
3:
    andi t0, t2, PPAGES - 1
    slli t0, t0, 12
    la t5, pages
    add t0, t0, t5
    srli t0, t0, 12
    slli t0, t0, 10
    ori t0, t0, LEAF_RW
    sd t0, 0(t1)
    addi t1, t1, 8
    addi t2, t2, 1
    bne t2, t4, 3b
    SATP_SET(SATP_SV39, t39)
    GOTO_S(s_start)
s_start:
    li s0, PASSES
    li s1, 0
    li s2, VA_BASE
    li s4, VPAGES - 1
4:
    li s3, 0                    /* page index */
    li s5, VPAGES
5:
    slli t0, s3, 12
    add t0, t0, s2
    ld t1, 0(t0)
    add s1, s1, t1
    addi s3, s3, STRIDE
    and s3, s3, s4
    addi s5, s5, -1
    bnez s5, 5b
    addi s0, s0, -1
    bnez s0, 4b
    li t0, PASSES * VPAGES
    CHECK(s1, PASSES * VPAGES)
    TO_M
TEST_END

PRIV_HANDLERS

    .bss
    .balign 4096
t39:    .skip 4096
mid:    .skip 4096
leaves: .skip 4096 * LEAF_TABLES
pages:  .skip 4096 * PPAGES
