/* SPDX-License-Identifier: MIT */
/*
 * Zicbom, Zicboz and Zicbop (64-byte blocks): cbo.zero zeroes exactly the
 * aligned block holding rs1, also over translated code (executed after
 * fence.i); cbo.clean/flush/inval change nothing; the prefetch HINTs do
 * nothing and never fault; the menvcfg/senvcfg enables (CBIE 5:4, CBCFE 6,
 * CBZE 7; CBIE 10 is reserved and reads back 00) in S and U; and, under
 * Sv39 and PMP, the store faults with tval = rs1 (not aligned). Faults
 * and illegal instructions go to the M handler of priv.h.
 *
 * QEMU 7.2 has no Zicbom/Zicboz (its -cpu has no zicbom/zicboz
 * property): this test follows the CMO specification, not QEMU; on QEMU
 * 7.2 it fails at case 2 (illegal instruction).
 */
#include "test.h"
#include "priv.h"

#define CBIE_FLUSH 0x10
#define CBCFE 0x40
#define CBZE 0x80
#define CBO_ALL 0xf0
#define VA_RO 0x40000000
#define VA_INV 0x40001000
#define VA_RW 0x40002000
#define PAT 0x5a5a5a5a5a5a5a5a

/* Fill the 256 bytes at buf with PAT (clobbers t0-t2). */
#define FILL_BUF                                                            \
    la t0, buf; li t1, PAT; addi t2, t0, 256;                               \
9970: sd t1, 0(t0); addi t0, t0, 8; bltu t0, t2, 9970b

/* a0 = number of doublewords in [buf + lo, buf + hi) equal to PAT
 * (clobbers t0-t2). */
#define COUNT_PAT(lo, hi)                                                   \
    li a0, 0; la t0, buf; addi t2, t0, hi; addi t0, t0, lo;                 \
9971: ld t1, 0(t0); li a1, PAT; bne t1, a1, 9972f; addi a0, a0, 1;          \
9972: addi t0, t0, 8; bltu t0, t2, 9971b

TEST_BEGIN
    PRIV_INIT

    /* M-mode: cbo.zero clears the aligned block and nothing else */
    FILL_BUF
    TEST_CASE( 2, a0, 24, la a2, buf; addi a2, a2, 0x45; cbo.zero (a2);
               COUNT_PAT(0, 256))
    TEST_CASE( 3, a0, 0, COUNT_PAT(0x40, 0x80))
    TEST_CASE( 4, a0, 8, COUNT_PAT(0x00, 0x40))
    TEST_CASE( 5, a0, 16, COUNT_PAT(0x80, 0x100))
    /* rs1 on the block's last byte and its first */
    TEST_CASE( 6, a0, 16, addi a2, a2, 0xbf - 0x45; cbo.zero (a2);
               COUNT_PAT(0, 256))
    TEST_CASE( 7, a0, 8, la a2, buf; cbo.zero (a2); COUNT_PAT(0, 256))
    TEST_CASE( 8, s5, 0, nop)

    /* management operations change no data and do not trap */
    FILL_BUF
    TEST_CASE( 9, a0, 32, la a2, buf; cbo.clean (a2); addi a2, a2, 0x47;
               cbo.flush (a2); addi a2, a2, 0x47; cbo.inval (a2);
               COUNT_PAT(0, 256))
    TEST_CASE(10, s5, 0, nop)

    /* Zicbop: ORI with rd = x0, even to unmapped or odd addresses */
    TEST_CASE(11, a0, 32, la a2, buf; prefetch.i 0(a2); prefetch.r 64(a2);
              prefetch.w -64(a2); COUNT_PAT(0, 256))
    TEST_CASE(12, a2, 0, li a2, 0; prefetch.r 0(a2); prefetch.w 2016(a2);
              prefetch.i -2048(a2))
    TEST_CASE(13, s5, 0, li a2, -1; prefetch.w 0(a2))

    /* cbo.zero over translated code, then fence.i: the zeroed words run,
     * and 0 is an illegal instruction */
    TEST_CASE(14, a0, 7, call smc_block)
    la a2, smc_block
    cbo.zero (a2)
    fence.i
    la s8, 1f
    call smc_block
    FAIL
1:
    TEST_REG(15, s2, 2)
    la a0, smc_block
    TEST_CASE(16, s3, 0, sub s3, s3, a0)

    /* the envcfg fields are WARL */
    TEST_CASE(20, a0, CBO_ALL, li a0, -1; csrw menvcfg, a0; csrr a0, menvcfg;
              andi a0, a0, 0xf0)
    TEST_CASE(21, a0, CBO_ALL, li a0, -1; csrw senvcfg, a0; csrr a0, senvcfg;
              andi a0, a0, 0xf0)
    TEST_CASE(22, a0, CBIE_FLUSH | CBZE, li a0, CBIE_FLUSH | CBZE;
              csrw menvcfg, a0; csrr a0, menvcfg; andi a0, a0, 0xf0)
    TEST_CASE(23, a0, CBCFE, li a0, CBCFE; csrw senvcfg, a0; csrr a0, senvcfg;
              andi a0, a0, 0xf0)
    TEST_CASE(24, a0, 0x30, li a0, 0x30; csrw menvcfg, a0; csrr a0, menvcfg;
              andi a0, a0, 0xf0)
    TEST_CASE(31, a0, CBZE, li a0, 0xa0; csrw menvcfg, a0; csrr a0, menvcfg;
              andi a0, a0, 0xf0)
    TEST_CASE(32, a0, 0, li a0, 0x20; csrw senvcfg, a0; csrr a0, senvcfg;
              andi a0, a0, 0xf0)

    /* S-mode (Bare): menvcfg decides */
    csrw menvcfg, zero
    csrw senvcfg, zero
    la a2, buf
    li s5, 0
    GOTO_S(s_off)
s_off:
    cbo.zero (a2)
    TEST_REG(33, s2, 2)
    li s2, 0
    cbo.clean (a2)
    TEST_REG(34, s2, 2)
    li s2, 0
    cbo.flush (a2)
    TEST_REG(35, s2, 2)
    li s2, 0
    cbo.inval (a2)
    TEST_REG(36, s2, 2)
    TEST_REG(37, s5, 4)
    TO_M
    /* one field at a time */
    li a0, CBZE
    csrw menvcfg, a0
    li s5, 0
    GOTO_S(s_zero)
s_zero:
    cbo.zero (a2)
    TEST_REG(38, s5, 0)
    cbo.clean (a2)
    TEST_REG(39, s5, 1)
    cbo.inval (a2)
    TEST_REG(40, s5, 2)
    TO_M
    li a0, CBCFE
    csrw menvcfg, a0
    li s5, 0
    GOTO_S(s_cf)
s_cf:
    cbo.clean (a2)
    cbo.flush (a2)
    TEST_REG(41, s5, 0)
    cbo.zero (a2)
    TEST_REG(42, s5, 1)
    cbo.inval (a2)
    TEST_REG(43, s5, 2)
    TO_M
    li a0, CBIE_FLUSH
    csrw menvcfg, a0
    li s5, 0
    GOTO_S(s_inval)
s_inval:
    cbo.inval (a2)
    TEST_REG(44, s5, 0)
    cbo.flush (a2)
    TEST_REG(45, s5, 1)
    TO_M

    /* U-mode: both menvcfg and senvcfg must enable; senvcfg alone or
     * menvcfg alone is not enough */
    li a0, CBO_ALL
    csrw menvcfg, a0
    csrw senvcfg, zero
    li s5, 0
    GOTO_U(u_s_off)
u_s_off:
    cbo.zero (a2)
    cbo.clean (a2)
    cbo.inval (a2)
    TEST_REG(46, s5, 3)
    TEST_REG(47, s2, 2)
    TO_M
    csrw menvcfg, zero
    li a0, CBO_ALL
    csrw senvcfg, a0
    li s5, 0
    GOTO_U(u_m_off)
u_m_off:
    cbo.zero (a2)
    cbo.flush (a2)
    cbo.inval (a2)
    TEST_REG(48, s5, 3)
    TO_M
    li a0, CBO_ALL
    csrw menvcfg, a0
    FILL_BUF
    li s5, 0
    GOTO_U(u_on)
u_on:
    cbo.clean (a2)
    cbo.flush (a2)
    cbo.inval (a2)
    addi a3, a2, 0x80
    cbo.zero (a3)
    TEST_REG(49, s5, 0)
    TO_M
    TEST_CASE(50, a0, 24, COUNT_PAT(0, 256))
    TEST_CASE(51, a0, 0, COUNT_PAT(0x80, 0xc0))

    /* PMP: entry 0 denies pmppage, entry 1 allows the rest */
    la t0, pmppage
    srli t0, t0, 2
    ori t0, t0, 0x1ff
    csrw pmpaddr0, t0
    li t0, -1
    csrw pmpaddr1, t0
    li t0, 0x1f18
    csrw pmpcfg0, t0
    la a2, pmppage
    addi a2, a2, 0x123
    li s5, 0
    GOTO_S(s_pmp)
s_pmp:
    cbo.zero (a2)
    TEST_REG(52, s2, 7)
    TEST_CASE(53, s4, 0, sub s4, s4, a2)
    li s2, 0
    li s4, 0
    cbo.clean (a2)
    TEST_REG(54, s2, 7)
    TEST_CASE(55, s4, 0, sub s4, s4, a2)
    li s2, 0
    cbo.inval (a2)
    TEST_REG(56, s2, 7)
    TEST_REG(57, s5, 3)
    TO_M
    PMP_ALLOW_ALL

    /* Sv39 in S-mode: the top gigapage maps RAM to itself; VA_RO is read
     * only, VA_INV invalid, VA_RW read-write (all onto page0) */
    PTE_SET(t39, 1, mid, PTE_V)
    PTE_SET(mid, 0, leaf, PTE_V)
    PTE_SET_PA(t39, 2, 0x80000000, PTE_V | PTE_R | PTE_W | PTE_X | PTE_A | PTE_D)
    PTE_SET(leaf, 0, page0, PTE_V | PTE_R | PTE_A | PTE_D)
    PTE_SET(leaf, 2, page0, PTE_V | PTE_R | PTE_W | PTE_A | PTE_D)
    SATP_SET(SATP_SV39, t39)
    la t0, page0
    li t1, PAT
    sd t1, 0x40(t0)
    sd t1, 0x78(t0)
    sd t1, 0x80(t0)
    li s5, 0
    GOTO_S(s_vm)
s_vm:
    li a2, VA_RO + 0x48
    cbo.zero (a2)
    TEST_REG(60, s2, 15)
    TEST_REG(61, s4, VA_RO + 0x48)
    li a2, VA_INV + 0x7f
    li s2, 0
    cbo.zero (a2)
    TEST_REG(62, s2, 15)
    TEST_REG(63, s4, VA_INV + 0x7f)
    li s5, 0
    li a2, VA_RO + 0x48
    cbo.clean (a2)
    cbo.inval (a2)
    TEST_REG(64, s5, 0)
    li a2, VA_INV + 0x41
    cbo.flush (a2)
    TEST_REG(65, s2, 15)
    TEST_REG(66, s4, VA_INV + 0x41)
    li s5, 0
    li a2, VA_RW + 0x7e
    cbo.zero (a2)
    TEST_REG(67, s5, 0)
    li a2, VA_RO
    TEST_CASE(68, a0, 0, ld a0, 0x40(a2); ld a1, 0x78(a2); or a0, a0, a1)
    TEST_CASE(69, a0, PAT, ld a0, 0x80(a2))
    /* prefetch of an invalid page: no fault */
    li a2, VA_INV
    prefetch.w 0(a2)
    prefetch.r 64(a2)
    TEST_REG(70, s5, 0)
    TO_M
    csrw satp, zero
    sfence.vma
TEST_END

    /* code that cbo.zero overwrites: one block */
    .balign 64
smc_block:
    li a0, 7
    ret
    .balign 64

PRIV_HANDLERS

    .data
    .balign 4096
page0:
    .skip 4096
pmppage:
    .skip 4096
buf:
    .skip 256

    .bss
    .balign 4096
t39: .skip 4096
mid: .skip 4096
leaf: .skip 4096
