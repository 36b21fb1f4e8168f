/* SPDX-License-Identifier: MIT */
/*
 * rv64f-state.S: the FP state around the instructions. mstatus.FS resets
 * to Off, where every FP instruction and FP CSR access is illegal (mtval
 * is the instruction word); FS goes Dirty (and mstatus.SD reads 1) when an
 * instruction writes an f register or fflags, not on reads. fcsr is frm
 * over fflags; fflags accumulate. A reserved rounding mode, static (5, 6)
 * or dynamic with frm = 5..7, is illegal. flw and fmv.w.x NaN-box;
 * fsw and fmv.x.w take the low 32 bits unchecked.
 */
#include "fp-test.h"

#define FS_MASK (3 << 13)

/* Case n: code must trap with illegal instruction, mtval = word. */
#define TEST_ILLEGAL(n, word, ...)                                          \
    li TESTNUM, n; li s5, 0; __VA_ARGS__;                                   \
    CHECK(s5, 1); CHECK(s2, 2); li t1, word; CHECK(s4, word)

TEST_BEGIN
    la t0, trap_handler
    csrw mtvec, t0

    /* Off at reset: FP and the FP CSRs are illegal. */
    TEST_CASE(1, a0, 0, csrr a0, mstatus; li t0, FS_MASK; and a0, a0, t0)
    TEST_ILLEGAL(2, 0x00c5f553, fadd.s fa0, fa1, fa2)
    TEST_ILLEGAL(3, 0x00102573, frflags a0)
    TEST_ILLEGAL(4, 0x00302073, csrr zero, fcsr)
    TEST_ILLEGAL(5, 0xe2058553, fmv.x.d a0, fa1)
    TEST_ILLEGAL(6, 0x0005a507, flw fa0, 0(a1))
    TEST_ILLEGAL(7, 0x00a5b027, fsd fa0, 0(a1))
    TEST_ILLEGAL(8, 0x6ac5f543, fmadd.d fa0, fa1, fa2, fa3)
    TEST_ILLEGAL(9, 0x00201073, fsrm zero)

    /* Initial: reads leave it alone, SD stays 0. */
    TEST_CASE(10, a0, 1 << 13, FP_ENABLE; csrr a0, mstatus;
              li t0, FS_MASK | (1 << 63); and a0, a0, t0)
    TEST_CASE(11, a0, 1 << 13, fmv.x.d a1, fa1; fclass.d a1, fa1; frcsr a1;
              la a1, scratch; fsd fa1, 0(a1); csrr a0, mstatus;
              li t0, FS_MASK | (1 << 63); and a0, a0, t0)
    /* A write makes it Dirty, and SD reads 1. */
    TEST_CASE(12, a0, 3 << 13, fadd.d fa0, fa1, fa2; csrr a0, mstatus;
              li t0, FS_MASK; and a0, a0, t0)
    TEST_CASE(13, a0, 1, csrr a0, mstatus; srli a0, a0, 63)
    /* Clean: SD back to 0; an fflags write, an fmv.w.x, a flw, an fmv.d.x
     * each dirty it. (Whether a comparison that raises no flag does is
     * implementation-defined: emu says yes, QEMU 7.2 no; not tested.) */
    TEST_CASE(14, a0, 2 << 13, li t0, 1 << 13; csrc mstatus, t0;
              csrr a0, mstatus; li t0, FS_MASK | (1 << 63); and a0, a0, t0)
    TEST_CASE(15, a0, 3 << 13, fsflags zero; csrr a0, mstatus; li t0, FS_MASK;
              and a0, a0, t0)
    TEST_CASE(16, a0, 3 << 13, li t0, 1 << 13; csrc mstatus, t0;
              fmv.w.x fa0, zero; csrr a0, mstatus; li t0, FS_MASK;
              and a0, a0, t0)
    TEST_CASE(17, a0, 3 << 13, li t0, 1 << 13; csrc mstatus, t0;
              la a1, scratch; flw fa0, 0(a1); csrr a0, mstatus;
              li t0, FS_MASK; and a0, a0, t0)
    TEST_CASE(18, a0, 3 << 13, li t0, 1 << 13; csrc mstatus, t0;
              fmv.d.x fa0, zero; csrr a0, mstatus; li t0, FS_MASK;
              and a0, a0, t0)

    /* fcsr = frm << 5 | fflags; writes keep the low 8 bits. */
    TEST_CASE(19, a0, 0xff, li a1, 0x1ff; fscsr a1; frcsr a0)
    TEST_CASE(20, a0, 7, frrm a0)
    TEST_CASE(21, a0, 31, frflags a0)
    TEST_CASE(22, a0, 0x1f, fsrmi a0, 2; frrm a1; li t0, 2; CHECK(a1, 2);
              mv a0, a1; addi a0, a0, 29)
    TEST_CASE(23, a0, 0x45, li a1, 0xa5; fsflags a1; frcsr a0)
    TEST_CASE(24, a0, 0x45, fsflagsi 0x5; csrs fflags, zero; csrci fcsr, 0x10;
              frcsr a0)
    TEST_CASE(25, a0, 0x02, fscsr zero; li a1, 2; csrw frm, a1; frcsr a0;
              srli a0, a0, 5)
    TEST_CASE(26, a0, 0, fscsr zero; frcsr a0)

    /* Flags accumulate. */
    TEST_CASE(27, a0, 9, li a1, 1; fcvt.d.l fa1, a1; fcvt.d.l fa2, zero;
              li a1, 3; fcvt.d.l fa3, a1; fsflags zero; fdiv.d fa0, fa1, fa2;
              fdiv.d fa0, fa1, fa3; frflags a0)
    TEST_CASE(28, a0, 0x19, feq.d a1, fa0, fa0; li a1, 0x7ff4000000000000;
              fmv.d.x fa4, a1; feq.d a1, fa4, fa4; frflags a0)

    /* Reserved rounding modes: static 5 and 6, dynamic with frm 5..7. */
    TEST_ILLEGAL(29, 0x00c5d553, .insn 0x00c5d553)
    TEST_ILLEGAL(30, 0x02c5e553, .insn 0x02c5e553)
    TEST_ILLEGAL(31, 0xc005d553, .insn 0xc005d553)
    TEST_ILLEGAL(32, 0x00c5f553, fsrmi 5; fadd.s fa0, fa1, fa2)
    TEST_ILLEGAL(33, 0x00c5f553, fsrmi 6; fadd.s fa0, fa1, fa2)
    TEST_ILLEGAL(34, 0x00c5f553, fsrmi 7; fadd.s fa0, fa1, fa2)
    TEST_ILLEGAL(35, 0x4205f553, fsrmi 7; .insn 0x4205f553)
    TEST_ILLEGAL(36, 0x68c5f543, fsrmi 5; fmadd.s fa0, fa1, fa2, fa3)
    TEST_ILLEGAL(37, 0xd005f553, fsrmi 5; fcvt.s.w fa0, a1)
    /* ... while a static mode, or no rounding at all, still works */
    TEST_CASE(38, a0, 0x3ff0000000000000, fsrmi 7; li a1, 1;
              fcvt.d.l fa1, a1, rtz; fmax.d fa0, fa1, fa1;
              fsgnj.d fa0, fa0, fa0; fmv.x.d a0, fa0)
    TEST_CASE(39, a0, 1, fsrmi 7; feq.d a0, fa0, fa0; fsrmi 0)

    /* flw boxes; fsw stores the low half; fmv.x.w sign-extends it. */
    TEST_CASE(40, a0, 0xffffffff3f800000, la a1, scratch;
              li a2, 0x123456783f800000; sd a2, 0(a1); flw fa0, 0(a1);
              fmv.x.d a0, fa0)
    TEST_CASE(41, a0, 0x1234567800000000 + 0x80000001, la a1, scratch;
              li a2, 0x1234567812345678; sd a2, 0(a1);
              li a2, 0x0000000080000001; fmv.d.x fa0, a2; fsw fa0, 0(a1);
              ld a0, 0(a1))
    TEST_CASE(42, a0, 0xffffffff80000001, fmv.x.w a0, fa0)
    TEST_CASE(43, a0, 0x000000007fffffff, li a2, 0x7fffffff; fmv.d.x fa0, a2;
              fmv.x.w a0, fa0)
    TEST_CASE(44, a0, 0xffffffff3f800000, li a2, 0x123456783f800000;
              fmv.w.x fa0, a2; fmv.x.d a0, fa0)
    TEST_CASE(45, a0, 0x8123456789abcdef, li a2, 0x8123456789abcdef;
              fmv.d.x fa5, a2; la a1, scratch; fsd fa5, 8(a1); fld fa6, 8(a1);
              fmv.x.d a0, fa6)
    TEST_CASE(46, a0, 0, fmv.d.x fa0, zero; fmv.x.d a0, fa0)
    /* x0 as an integer destination stays 0 */
    TEST_CASE(47, a0, 0, li a2, 0x4000000000000000; fmv.d.x fa0, a2;
              fcvt.l.d zero, fa0; feq.d zero, fa0, fa0; fclass.d zero, fa0;
              fmv.x.d zero, fa0; mv a0, zero)
    /* Misaligned FP loads and stores are performed, as the integer ones. */
    TEST_CASE(48, a0, 0x0102030405060708, la a1, scratch;
              li a2, 0x0102030405060708; fmv.d.x fa0, a2; fsd fa0, 3(a1);
              fld fa1, 3(a1); fmv.x.d a0, fa1)

    /* FS written back to Off: illegal again. */
    li t0, FS_MASK
    csrc mstatus, t0
    TEST_ILLEGAL(49, 0x00c5f553, fadd.s fa0, fa1, fa2)
    TEST_ILLEGAL(50, 0x00102573, frflags a0)
TEST_END

/* Records mcause in s2 and mtval in s4, counts traps in s5, skips the
 * trapping instruction. */
    .balign 4
trap_handler:
    csrr s2, mcause
    csrr s4, mtval
    addi s5, s5, 1
    csrr t5, mepc
    addi t5, t5, 4
    csrw mepc, t5
    mret

    .data
    .balign 16
scratch:
    .dword 0, 0, 0
