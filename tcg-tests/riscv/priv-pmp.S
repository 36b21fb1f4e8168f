/* SPDX-License-Identifier: MIT */
/*
 * priv-pmp.S: physical memory protection. Entries are checked in order,
 * the first match decides: NA4 (one word), NAPOT (a 4 KiB page, all of
 * memory) and TOR ranges; denied loads, stores and fetches raise access
 * faults 5, 7 and 1 with the address in xtval. A word of a page may be
 * protected while its neighbours are not. M-mode ignores unlocked entries
 * and locked ones bind it too; a locked entry's pmpcfg and pmpaddr ignore
 * writes; the first matching entry decides for M-mode as well. An S or U
 * access that matches no entry fails.
 * (emu applies that also when every entry is OFF, as the spec says; QEMU
 * 7.2 then allows everything. Case 30 keeps an entry active, so it holds
 * on both.)
 */
#include "priv.h"

#define NAPOT_4K(reg, label) la reg, label; srli reg, reg, 2; ori reg, reg, 0x1ff
#define CFG(i, v) ((v) << (8 * (i)))
#define A_TOR 0x08
#define A_NA4 0x10
#define A_NAPOT 0x18
#define P_R 1
#define P_W 2
#define P_X 4
#define P_L 0x80

TEST_BEGIN
    PRIV_INIT
    li TESTNUM, 1
    csrw pmpcfg0, zero
    /* 0: NA4 word_ro R; 1: page_none nothing; 2: page_rw RW;
     * 4: TOR [page_tor, page_tor + 4K) R; 5: all RWX */
    la t0, word_ro
    srli t0, t0, 2
    csrw pmpaddr0, t0
    NAPOT_4K(t0, page_none)
    csrw pmpaddr1, t0
    NAPOT_4K(t0, page_rw)
    csrw pmpaddr2, t0
    la t0, page_tor
    srli t0, t0, 2
    csrw pmpaddr3, t0
    la t0, page_tor + 4096
    srli t0, t0, 2
    csrw pmpaddr4, t0
    li t0, -1
    csrw pmpaddr5, t0
    li t0, CFG(0, A_NA4 | P_R) | CFG(1, A_NAPOT) | CFG(2, A_NAPOT | P_R | P_W) | CFG(4, A_TOR | P_R) | CFG(5, A_NAPOT | P_R | P_W | P_X)
    csrw pmpcfg0, t0
    csrr a0, pmpcfg0
    li t0, CFG(0, A_NA4 | P_R) | CFG(1, A_NAPOT) | CFG(2, A_NAPOT | P_R | P_W) | CFG(4, A_TOR | P_R) | CFG(5, A_NAPOT | P_R | P_W | P_X)
    bne a0, t0, rv_fail
    TEST_CASE( 2, a0, 0, la a1, page_none; srli a1, a1, 2; ori a1, a1, 0x1ff;
              csrr a0, pmpaddr1; sub a0, a0, a1)

    GOTO_S(s_part)
s_part:
    /* NA4: the word is read-only, its neighbours are not */
    TEST_CASE( 3, a0, 0x1234, la a1, word_ro; lw a0, 0(a1))
    TEST_CASE( 4, s2, 7, li s5, 0; sw a0, 0(a1))
    TEST_CASE( 5, a0, 0, la a1, word_ro; sub a0, s4, a1)
    TEST_CASE( 6, a0, 0x77, li s5, 0; la a1, word_ro; li a2, 0x77; sw a2, 4(a1);
              lw a0, 4(a1))
    TEST_CASE( 7, s5, 1, sw a2, 0(a1))
    TEST_CASE( 8, a0, 0x1234, lw a0, 0(a1))
    TEST_CASE( 9, s5, 2, sw a2, -4(a1); sw a2, 0(a1))
    /* a page with no permissions */
    TEST_CASE(10, s2, 5, li s5, 0; la a1, page_none; ld a0, 8(a1))
    TEST_CASE(11, a0, 8, la a1, page_none; sub a0, s4, a1)
    TEST_CASE(12, s2, 7, li s2, 0; sd a0, 0(a1))
    TEST_CASE(13, s2, 5, li s2, 0; la a1, page_none + 4088; ld a0, 0(a1))
    /* ... and the bytes just before and after it are fine */
    TEST_CASE(14, s5, 3, la a1, page_none; ld a0, -8(a1); la a1, page_rw;
              ld a0, 0(a1))
    /* RW without X: data works, a fetch faults 1 */
    TEST_CASE(15, a0, 5, la a1, page_rw; li a2, 5; sd a2, 0(a1); ld a0, 0(a1))
    li TESTNUM, 16
    la s8, 1f
    la t0, page_rw
    jr t0
1:
    CHECK(s2, 1)
    TEST_CASE(17, a0, 0, la a1, page_rw; sub a0, s4, a1)
    TEST_CASE(18, a0, 0, sub a0, s3, a1)
    GOTO_S(2f)
2:
    /* TOR: R only */
    TEST_CASE(19, s5, 0, li s5, 0; la a1, page_tor; ld a0, 0(a1);
              la a1, page_tor + 4088; ld a0, 0(a1))
    TEST_CASE(20, s2, 7, sd a0, 0(a1))
    TEST_CASE(21, s2, 7, li s2, 0; la a1, page_tor; sd a0, 0(a1))
    TO_M

    /* M-mode ignores unlocked entries */
    TEST_CASE(22, a0, 0x99, li s5, 0; la a1, page_none; li a2, 0x99;
              sd a2, 0(a1); ld a0, 0(a1))
    TEST_CASE(23, a0, 0x4321, la a1, word_ro; li a2, 0x4321; sw a2, 0(a1);
              lw a0, 0(a1))
    TEST_REG(24, s5, 0)
    /* locked: M is bound too, and the entry stays */
    TEST_CASE(25, s2, 7, li t0, CFG(0, P_L); csrs pmpcfg0, t0;
              la a1, word_ro; sw zero, 0(a1))
    TEST_CASE(26, a0, 0x4321, lw a0, 0(a1))
    TEST_CASE(27, a0, A_NA4 | P_R | P_L, li t0, 0xff; csrc pmpcfg0, t0;
              csrr a0, pmpcfg0; andi a0, a0, 0xff)
    TEST_CASE(28, a0, 0, csrr a1, pmpaddr0; csrw pmpaddr0, zero;
              csrr a0, pmpaddr0; sub a0, a0, a1)
    /* an unlocked neighbour still changes */
    TEST_CASE(29, a0, 0, li t0, 0xff << 8; csrc pmpcfg0, t0; csrr a0, pmpcfg0;
              srli a0, a0, 8; andi a0, a0, 0xff)
    /* no entry matches: S and U fail (entry 5 off) */
    li TESTNUM, 30
    li s5, 0
    li t0, 0xff << 40
    csrc pmpcfg0, t0
    la s8, 1f
    GOTO_U(u_nomatch)
u_nomatch:
    nop
    j rv_fail
1:
    CHECK(s2, 1)
    TEST_CASE(31, a0, 0, la a1, u_nomatch; sub a0, s4, a1)
    /* the first match decides for M too: an unlocked entry before a
     * locked one lets M through, without it the locked one denies */
    TEST_CASE(32, a0, 0x31, li s5, 0; la a1, word_m; srli t0, a1, 2;
              csrw pmpaddr6, t0; csrw pmpaddr7, t0;
              li t0, CFG(6, A_NA4) | CFG(7, A_NA4 | P_L); csrs pmpcfg0, t0;
              li a2, 0x31; sw a2, 0(a1); lw a0, 0(a1))
    TEST_CASE(33, s2, 5, li t0, CFG(6, 0xff); csrc pmpcfg0, t0; lw a0, 0(a1))
    TEST_REG(34, s5, 1)
TEST_END

PRIV_HANDLERS

    .data
    .balign 4096
page_a:
    .word 0
word_ro:
    .word 0x1234
    .word 0
word_m:
    .word 0
    .balign 4096
page_none:
    .skip 4096
page_rw:
    .skip 4096
page_tor:
    .skip 4096
    .skip 4096
