/* SPDX-License-Identifier: MIT */
/*
 * rv64f-random.S: 20 random operand sets (seed 1) per instruction and rounding
 * mode, biased toward subnormals, the overflow edge, cancellation and
 * specials. Case N is the Nth (instruction, mode) table. Expected values
 * come from an exact rational model of IEEE 754 written for these tests;
 * qemu-system-riscv64 7.2 (-M spike) agrees on every one.
 */
#include "fp-test.h"

/* Runs insn over table: {a, b, c, result, fflags} records; kind f: fa0
 * = insn(fa1, fa2, fa3); x: a0 = insn(fa1); i: fa0 = insn(a2). */
#define RUN_TABLE(n, table, count, kind, ...)                                \
    li TESTNUM, n; la s0, table; li s1, count;                              \
1:  ld t0, 0(s0); fmv.d.x fa1, t0; mv a2, t0; ld t0, 8(s0); fmv.d.x fa2, t0; \
    ld t0, 16(s0); fmv.d.x fa3, t0; fsflags zero; __VA_ARGS__;              \
    RESULT_##kind; frflags a1; ld t0, 24(s0); bne a0, t0, rv_fail;           \
    ld t0, 32(s0); bne a1, t0, rv_fail; addi s0, s0, 40; addi s1, s1, -1;   \
    bnez s1, 1b
#define RESULT_f fmv.x.d a0, fa0
#define RESULT_i fmv.x.d a0, fa0
#define RESULT_x

TEST_BEGIN
    FP_ENABLE
    RUN_TABLE(1, table_1, 20, f, fadd.s fa0, fa1, fa2, rne)
    RUN_TABLE(2, table_2, 20, f, fsub.s fa0, fa1, fa2, rne)
    RUN_TABLE(3, table_3, 20, f, fmul.s fa0, fa1, fa2, rne)
    RUN_TABLE(4, table_4, 20, f, fdiv.s fa0, fa1, fa2, rne)
    RUN_TABLE(5, table_5, 20, f, fsqrt.s fa0, fa1, rne)
    RUN_TABLE(6, table_6, 20, f, fmadd.s fa0, fa1, fa2, fa3, rne)
    RUN_TABLE(7, table_7, 20, f, fmsub.s fa0, fa1, fa2, fa3, rne)
    RUN_TABLE(8, table_8, 20, f, fnmsub.s fa0, fa1, fa2, fa3, rne)
    RUN_TABLE(9, table_9, 20, f, fnmadd.s fa0, fa1, fa2, fa3, rne)
    RUN_TABLE(10, table_10, 20, x, fcvt.w.s a0, fa1, rne)
    RUN_TABLE(11, table_11, 20, i, fcvt.s.w fa0, a2, rne)
    RUN_TABLE(12, table_12, 20, x, fcvt.wu.s a0, fa1, rne)
    RUN_TABLE(13, table_13, 20, i, fcvt.s.wu fa0, a2, rne)
    RUN_TABLE(14, table_14, 20, x, fcvt.l.s a0, fa1, rne)
    RUN_TABLE(15, table_15, 20, i, fcvt.s.l fa0, a2, rne)
    RUN_TABLE(16, table_16, 20, x, fcvt.lu.s a0, fa1, rne)
    RUN_TABLE(17, table_17, 20, i, fcvt.s.lu fa0, a2, rne)
    RUN_TABLE(18, table_18, 20, f, fadd.s fa0, fa1, fa2, rtz)
    RUN_TABLE(19, table_19, 20, f, fsub.s fa0, fa1, fa2, rtz)
    RUN_TABLE(20, table_20, 20, f, fmul.s fa0, fa1, fa2, rtz)
    RUN_TABLE(21, table_21, 20, f, fdiv.s fa0, fa1, fa2, rtz)
    RUN_TABLE(22, table_22, 20, f, fsqrt.s fa0, fa1, rtz)
    RUN_TABLE(23, table_23, 20, f, fmadd.s fa0, fa1, fa2, fa3, rtz)
    RUN_TABLE(24, table_24, 20, f, fmsub.s fa0, fa1, fa2, fa3, rtz)
    RUN_TABLE(25, table_25, 20, f, fnmsub.s fa0, fa1, fa2, fa3, rtz)
    RUN_TABLE(26, table_26, 20, f, fnmadd.s fa0, fa1, fa2, fa3, rtz)
    RUN_TABLE(27, table_27, 20, x, fcvt.w.s a0, fa1, rtz)
    RUN_TABLE(28, table_28, 20, i, fcvt.s.w fa0, a2, rtz)
    RUN_TABLE(29, table_29, 20, x, fcvt.wu.s a0, fa1, rtz)
    RUN_TABLE(30, table_30, 20, i, fcvt.s.wu fa0, a2, rtz)
    RUN_TABLE(31, table_31, 20, x, fcvt.l.s a0, fa1, rtz)
    RUN_TABLE(32, table_32, 20, i, fcvt.s.l fa0, a2, rtz)
    RUN_TABLE(33, table_33, 20, x, fcvt.lu.s a0, fa1, rtz)
    RUN_TABLE(34, table_34, 20, i, fcvt.s.lu fa0, a2, rtz)
    RUN_TABLE(35, table_35, 20, f, fadd.s fa0, fa1, fa2, rdn)
    RUN_TABLE(36, table_36, 20, f, fsub.s fa0, fa1, fa2, rdn)
    RUN_TABLE(37, table_37, 20, f, fmul.s fa0, fa1, fa2, rdn)
    RUN_TABLE(38, table_38, 20, f, fdiv.s fa0, fa1, fa2, rdn)
    RUN_TABLE(39, table_39, 20, f, fsqrt.s fa0, fa1, rdn)
    RUN_TABLE(40, table_40, 20, f, fmadd.s fa0, fa1, fa2, fa3, rdn)
    RUN_TABLE(41, table_41, 20, f, fmsub.s fa0, fa1, fa2, fa3, rdn)
    RUN_TABLE(42, table_42, 20, f, fnmsub.s fa0, fa1, fa2, fa3, rdn)
    RUN_TABLE(43, table_43, 20, f, fnmadd.s fa0, fa1, fa2, fa3, rdn)
    RUN_TABLE(44, table_44, 20, x, fcvt.w.s a0, fa1, rdn)
    RUN_TABLE(45, table_45, 20, i, fcvt.s.w fa0, a2, rdn)
    RUN_TABLE(46, table_46, 20, x, fcvt.wu.s a0, fa1, rdn)
    RUN_TABLE(47, table_47, 20, i, fcvt.s.wu fa0, a2, rdn)
    RUN_TABLE(48, table_48, 20, x, fcvt.l.s a0, fa1, rdn)
    RUN_TABLE(49, table_49, 20, i, fcvt.s.l fa0, a2, rdn)
    RUN_TABLE(50, table_50, 20, x, fcvt.lu.s a0, fa1, rdn)
    RUN_TABLE(51, table_51, 20, i, fcvt.s.lu fa0, a2, rdn)
    RUN_TABLE(52, table_52, 20, f, fadd.s fa0, fa1, fa2, rup)
    RUN_TABLE(53, table_53, 20, f, fsub.s fa0, fa1, fa2, rup)
    RUN_TABLE(54, table_54, 20, f, fmul.s fa0, fa1, fa2, rup)
    RUN_TABLE(55, table_55, 20, f, fdiv.s fa0, fa1, fa2, rup)
    RUN_TABLE(56, table_56, 20, f, fsqrt.s fa0, fa1, rup)
    RUN_TABLE(57, table_57, 20, f, fmadd.s fa0, fa1, fa2, fa3, rup)
    RUN_TABLE(58, table_58, 20, f, fmsub.s fa0, fa1, fa2, fa3, rup)
    RUN_TABLE(59, table_59, 20, f, fnmsub.s fa0, fa1, fa2, fa3, rup)
    RUN_TABLE(60, table_60, 20, f, fnmadd.s fa0, fa1, fa2, fa3, rup)
    RUN_TABLE(61, table_61, 20, x, fcvt.w.s a0, fa1, rup)
    RUN_TABLE(62, table_62, 20, i, fcvt.s.w fa0, a2, rup)
    RUN_TABLE(63, table_63, 20, x, fcvt.wu.s a0, fa1, rup)
    RUN_TABLE(64, table_64, 20, i, fcvt.s.wu fa0, a2, rup)
    RUN_TABLE(65, table_65, 20, x, fcvt.l.s a0, fa1, rup)
    RUN_TABLE(66, table_66, 20, i, fcvt.s.l fa0, a2, rup)
    RUN_TABLE(67, table_67, 20, x, fcvt.lu.s a0, fa1, rup)
    RUN_TABLE(68, table_68, 20, i, fcvt.s.lu fa0, a2, rup)
    RUN_TABLE(69, table_69, 20, f, fadd.s fa0, fa1, fa2, rmm)
    RUN_TABLE(70, table_70, 20, f, fsub.s fa0, fa1, fa2, rmm)
    RUN_TABLE(71, table_71, 20, f, fmul.s fa0, fa1, fa2, rmm)
    RUN_TABLE(72, table_72, 20, f, fdiv.s fa0, fa1, fa2, rmm)
    RUN_TABLE(73, table_73, 20, f, fsqrt.s fa0, fa1, rmm)
    RUN_TABLE(74, table_74, 20, f, fmadd.s fa0, fa1, fa2, fa3, rmm)
    RUN_TABLE(75, table_75, 20, f, fmsub.s fa0, fa1, fa2, fa3, rmm)
    RUN_TABLE(76, table_76, 20, f, fnmsub.s fa0, fa1, fa2, fa3, rmm)
    RUN_TABLE(77, table_77, 20, f, fnmadd.s fa0, fa1, fa2, fa3, rmm)
    RUN_TABLE(78, table_78, 20, x, fcvt.w.s a0, fa1, rmm)
    RUN_TABLE(79, table_79, 20, i, fcvt.s.w fa0, a2, rmm)
    RUN_TABLE(80, table_80, 20, x, fcvt.wu.s a0, fa1, rmm)
    RUN_TABLE(81, table_81, 20, i, fcvt.s.wu fa0, a2, rmm)
    RUN_TABLE(82, table_82, 20, x, fcvt.l.s a0, fa1, rmm)
    RUN_TABLE(83, table_83, 20, i, fcvt.s.l fa0, a2, rmm)
    RUN_TABLE(84, table_84, 20, x, fcvt.lu.s a0, fa1, rmm)
    RUN_TABLE(85, table_85, 20, i, fcvt.s.lu fa0, a2, rmm)
TEST_END

    .section .rodata
    .balign 8
table_1: /* fadd.s fa0, fa1, fa2, rne */
    .dword 0xffffffff807ffff9, 0xffffffff007ffff9, 0xffffffffffa00000, 0xffffffff00000000, 0
    .dword 0xffffffffbdd9110d, 0xffffffff3e7361f9, 0xffffffff80000000, 0xffffffff3e06d972, 1
    .dword 0xffffffff581bb987, 0xffffffffbf61c0f4, 0xffffffff401d8d08, 0xffffffff581bb987, 1
    .dword 0xffffffffa5fffff9, 0xffffffff25fffffb, 0xffffffff3e5f1f6e, 0xffffffff1a800000, 0
    .dword 0xfffffffff87bcd8b, 0xffffffff9880000f, 0xfffffffff8c0ad23, 0xfffffffff87bcd8b, 1
    .dword 0xffffffff1fdf3290, 0xffffffff40463f09, 0xffffffffb00b115e, 0xffffffff40463f09, 1
    .dword 0xffffffffbec2ae1c, 0xffffffff3ec2ae1a, 0xffffffffcc4a01ab, 0xffffffffb3800000, 0
    .dword 0xffffffff0000000e, 0xffffffff3441c345, 0xffffffff3b000008, 0xffffffff3441c345, 1
    .dword 0xffffffffbdb11cbd, 0xfffffffff8dec8d0, 0xffffffff80b68a23, 0xfffffffff8dec8d0, 1
    .dword 0xffffffff41999456, 0xffffffffc1999459, 0xffffffffc03aa48d, 0xffffffffb6c00000, 0
    .dword 0xffffffff00fffffb, 0xfffffffff7fffff8, 0xffffffff3dfffff9, 0xfffffffff7fffff8, 1
    .dword 0xffffffff7de60d86, 0xffffffff7e00000f, 0xffffffff013a33a9, 0xffffffff7e7306d2, 0
    .dword 0xffffffff3da7efc7, 0xffffffffbda7efc5, 0xffffffff40e894c1, 0xffffffff32800000, 0
    .dword 0xffffffff00000000, 0xffffffff415a3084, 0xffffffffbf7d0d8d, 0xffffffff415a3084, 0
    .dword 0xffffffffba1c91ad, 0xffffffffffc00000, 0xffffffff3d80000f, 0xffffffff7fc00000, 0
    .dword 0xffffffff01090d94, 0xffffffff81090d95, 0xffffffff7dcb9841, 0xffffffff80000002, 0
    .dword 0xffffffffc184ca4a, 0xffffffff7f000001, 0xffffffff26408697, 0xffffffff7f000001, 1
    .dword 0xffffffffff000002, 0xffffffff00ab677c, 0xffffffff7f7751eb, 0xffffffffff000002, 1
    .dword 0xffffffffd84464ed, 0xffffffff584464ee, 0xffffffff80a24e26, 0xffffffff4c800000, 0
    .dword 0xffffffff402b5f7d, 0xffffffffff115304, 0xffffffff05fffff9, 0xffffffffff115304, 1
table_2: /* fsub.s fa0, fa1, fa2, rne */
    .dword 0xffffffff6a900090, 0xffffffff6a900091, 0xffffffff012eb4c6, 0xffffffffdf000000, 0
    .dword 0xffffffff4100000c, 0xffffffff00000000, 0xffffffff3e7ffff8, 0xffffffff4100000c, 0
    .dword 0xffffffff1f648ba9, 0xffffffff41156cd2, 0xffffffff8037b173, 0xffffffffc1156cd2, 1
    .dword 0xfffffffffe800007, 0xfffffffffe800007, 0xffffffff5d4c5c6d, 0xffffffff00000000, 0
    .dword 0xffffffff7df4ea07, 0xffffffff3e000009, 0xffffffffc5ef0df8, 0xffffffff7df4ea07, 1
    .dword 0xffffffff3e800003, 0xffffffff010b71f1, 0xffffffffc000000f, 0xffffffff3e800003, 1
    .dword 0xffffffff7e288ac6, 0xffffffff7e288ac4, 0xffffffffbe00000c, 0xffffffff73000000, 0
    .dword 0xffffffff41ffffff, 0xffffffff7fc00000, 0xffffffff3fbc02c3, 0xffffffff7fc00000, 0
    .dword 0xffffffff8109dea4, 0xffffffff3efffff9, 0xffffffff7e902a97, 0xffffffffbefffff9, 1
    .dword 0xffffffff8063cea2, 0xffffffff8063cea3, 0xffffffffd8800006, 0xffffffff00000001, 0
    .dword 0xffffffff80a054c0, 0xffffffff40800007, 0xffffffff01b2a6a3, 0xffffffffc0800007, 1
    .dword 0xffffffff00658338, 0xffffffffbd87fa27, 0xffffffffbe80000d, 0xffffffff3d87fa27, 1
    .dword 0xffffffffff1609ce, 0xffffffffff1609d0, 0xffffffffb8f70dc6, 0xffffffff74000000, 0
    .dword 0xffffffff01d7edf4, 0xffffffff0147bb6e, 0xffffffffbffc7616, 0xffffffff0168207a, 0
    .dword 0xffffffff7fc00000, 0xffffffff80800004, 0xffffffff15d9c3a1, 0xffffffff7fc00000, 0
    .dword 0xffffffff3e72c3ee, 0xffffffff3e72c3ee, 0xffffffffe17ffffa, 0xffffffff00000000, 0
    .dword 0xffffffff40c1ed59, 0xffffffffbdc31821, 0xffffffff8d223e4c, 0xffffffff40c4f9ba, 1
    .dword 0xffffffff80fc0fae, 0xffffffffd87ffff9, 0xffffffffed30f0f4, 0xffffffff587ffff9, 1
    .dword 0xffffffff15f47da3, 0xffffffff15f47da3, 0xffffffff3e000003, 0xffffffff00000000, 0
    .dword 0xffffffff3f43a167, 0xffffffffff800000, 0xffffffff16fffffe, 0xffffffff7f800000, 0
table_3: /* fmul.s fa0, fa1, fa2, rne */
    .dword 0xfffffffffeea8a9b, 0xffffffffed800005, 0xffffffffbe00000e, 0xffffffff7f800000, 5
    .dword 0xffffffff7df3b6da, 0xffffffff8000000a, 0xffffffffd3fffffd, 0xffffffffb5185248, 1
    .dword 0xffffffff40c0635e, 0xffffffff008fdbfb, 0xffffffff41b31fa1, 0xffffffff01d839a6, 1
    .dword 0xffffffffc10e79e8, 0xffffffff7d800009, 0xffffffffc19974e0, 0xffffffffff0e79f2, 1
    .dword 0xffffffffc1b458f9, 0xffffffffbf800009, 0xffffffff407ffffc, 0xffffffff41b45906, 1
    .dword 0xffffffffc0ab0261, 0xffffffffbe3f10dc, 0xffffffff817ffffa, 0xffffffff3f7f4413, 1
    .dword 0xffffffffc0800002, 0xffffffffe3fffff8, 0xffffffffff6fdd55, 0xffffffff64fffffc, 1
    .dword 0xffffffff7e800008, 0xffffffff80000000, 0xffffffff3e7ffffc, 0xffffffff80000000, 0
    .dword 0xffffffffff800000, 0xffffffff3fcd7070, 0xffffffff407ffffa, 0xffffffffff800000, 0
    .dword 0xffffffffd4af2171, 0xffffffff3ea6000a, 0xffffffffc1a28784, 0xffffffffd3e31f6c, 1
    .dword 0xffffffff4180000c, 0xfffffffffe80000f, 0xffffffff3ded06de, 0xffffffffff800000, 5
    .dword 0xffffffff40f77099, 0xffffffff09d01d0c, 0xffffffffb94a6c66, 0xffffffff0b492790, 1
    .dword 0xffffffffbfbacd57, 0xffffffff01ae3830, 0xffffffff3f5bf70d, 0xffffffff81fe4122, 1
    .dword 0xffffffff01a922a8, 0xffffffff0007157b, 0xffffffffff800000, 0xffffffff00000000, 3
    .dword 0xffffffff41e84efd, 0xffffffff2c54dabb, 0xffffffff80800003, 0xffffffff2ec127e6, 1
    .dword 0xffffffff3e80000d, 0xffffffffff1b1fc4, 0xffffffff7d800001, 0xfffffffffe1b1fd4, 1
    .dword 0xffffffff80000000, 0xffffffff72310afb, 0xffffffff7f147d1b, 0xffffffff80000000, 0
    .dword 0xffffffff667ffffc, 0xffffffff80484988, 0xffffffff017ffffb, 0xffffffffa710930e, 1
    .dword 0xffffffff80857af4, 0xffffffff0c7ffffa, 0xffffffff00d4ddb6, 0xffffffff80000000, 3
    .dword 0xffffffff7ed2200e, 0xffffffff80acc02d, 0xffffffffc1fffffd, 0xffffffffc00dcb46, 1
table_4: /* fdiv.s fa0, fa1, fa2, rne */
    .dword 0xffffffffbf5b174b, 0xffffffffbe000009, 0xffffffffbe000001, 0xffffffff40db173c, 1
    .dword 0xffffffff80ed6282, 0xffffffff80000000, 0xffffffffbcc024f4, 0xffffffff7f800000, 8
    .dword 0xffffffff10fffffa, 0xffffffff018326bd, 0xffffffff7e8afb03, 0xffffffff4ef9d945, 1
    .dword 0xffffffff5e2168ae, 0xffffffff81fffffa, 0xffffffff7e4059c0, 0xffffffffff800000, 5
    .dword 0xffffffff7f7a67e9, 0xffffffff41430a1f, 0xffffffffc1fffff8, 0xffffffff7da455ef, 1
    .dword 0xffffffff5f800006, 0xffffffff40ffffff, 0xffffffffffc00000, 0xffffffff5e000007, 1
    .dword 0xffffffff4022e6d4, 0xffffffffbdfffffd, 0xffffffff64a9eda1, 0xffffffffc1a2e6d6, 1
    .dword 0xffffffff413a2154, 0xffffffffb168668a, 0xffffffff807ffffc, 0xffffffffcf4d07f3, 1
    .dword 0xffffffffbf800009, 0xffffffff40338790, 0xffffffff41800002, 0xffffffffbeb6858d, 1
    .dword 0xffffffff7e7ffff9, 0xffffffffbdfffffb, 0xffffffffbe00000a, 0xffffffffff800000, 5
    .dword 0xffffffffbe7ffff9, 0xffffffff80c1780d, 0xffffffff7fa00000, 0xffffffff7d295eeb, 1
    .dword 0xffffffff3f000007, 0xffffffff9eb674f3, 0xfffffffffe662a21, 0xffffffffdfb397e3, 1
    .dword 0xffffffff8100000b, 0xffffffff41f0231f, 0xffffffffc1e5eaed, 0xffffffff8008874a, 3
    .dword 0xffffffff41000004, 0xffffffffbdfffffd, 0xffffffffc07c42e7, 0xffffffffc2800006, 1
    .dword 0xffffffffc1a4292f, 0xffffffffc1b44333, 0xffffffff3f90c2c3, 0xffffffff3f69221d, 1
    .dword 0xffffffffbea059e8, 0xffffffffd57ffffc, 0xffffffffbdffffff, 0xffffffff28a059eb, 1
    .dword 0xffffffff2280000c, 0xffffffffff6262a3, 0xffffffff417ffffe, 0xffffffff80000000, 3
    .dword 0xffffffff7fc00000, 0xffffffff7ef98d75, 0xfffffffffedea895, 0xffffffff7fc00000, 0
    .dword 0xffffffff7f1b9455, 0xffffffffc0dbabc8, 0xffffffff009d575a, 0xfffffffffdb54f1a, 1
    .dword 0xffffffff01e3297e, 0xfffffffffe7ffffc, 0xffffffffbd800006, 0xffffffff80000000, 3
table_5: /* fsqrt.s fa0, fa1, rne */
    .dword 0xfffffffffdde04c7, 0xffffffffbe000004, 0xffffffff8000000a, 0xffffffff7fc00000, 16
    .dword 0xffffffff00559803, 0xffffffff408ede3b, 0xffffffff40ce8b9f, 0xffffffff1fd15786, 1
    .dword 0xffffffff01355347, 0xffffffffa56f3921, 0xfffffffff51b78d4, 0xffffffff2057738b, 1
    .dword 0xffffffff417ffff8, 0xffffffff3f873962, 0xffffffffbe1d4175, 0xffffffff407ffffc, 1
    .dword 0xffffffff7f7ffffe, 0xffffffffbdc43222, 0xffffffffc080000b, 0xffffffff5f7fffff, 1
    .dword 0xffffffff7e3fd74e, 0xffffffff3ecd88a1, 0xffffffffc17ffffb, 0xffffffff5edd9c57, 1
    .dword 0xffffffff7e529177, 0xffffffff28cfafa4, 0xffffffff7e000001, 0xffffffff5ee82cee, 1
    .dword 0xffffffff3d800001, 0xffffffff01360cc3, 0xffffffffa7e93e1d, 0xffffffff3e800000, 1
    .dword 0xffffffff015720de, 0xffffffff4d5c0080, 0xffffffff7fc00000, 0xffffffff206aad14, 1
    .dword 0xffffffff00d731a5, 0xffffffff7da665f2, 0xffffffff7efffff8, 0xffffffff2025f761, 1
    .dword 0xffffffff7e0c03a5, 0xfffffffffefabeeb, 0xfffffffffe4d96a9, 0xffffffff5ebd52fd, 1
    .dword 0xffffffff7f483f91, 0xffffffff731c150d, 0xffffffff41800003, 0xffffffff5f626a23, 1
    .dword 0xffffffff46000004, 0xffffffff3d10232b, 0xffffffff0053c413, 0xffffffff42b504f6, 1
    .dword 0xffffffff7dcf3ce3, 0xffffffff3e74ecaf, 0xffffffffbf3df60d, 0xffffffff5ea2de91, 1
    .dword 0xffffffff2f000002, 0xffffffff6b3848aa, 0xffffffff2325cc24, 0xffffffff373504f5, 1
    .dword 0xffffffff7a010c33, 0xffffffffff800000, 0xfffffffffdfffffc, 0xffffffff5cb5c236, 1
    .dword 0xffffffff3ff77dcc, 0xffffffff3d8cb226, 0xffffffff80000000, 0xffffffff3fb1fc55, 1
    .dword 0xffffffff0efffffb, 0xffffffffa36436ed, 0xffffffffae66aac9, 0xffffffff273504f1, 1
    .dword 0xffffffff3f0d8259, 0xffffffff7dfffffa, 0xfffffffffea07263, 0xffffffff3f3e550b, 1
    .dword 0xffffffff7587201a, 0xffffffff3fe08005, 0xffffffffbf51456c, 0xffffffff5a8383b3, 1
table_6: /* fmadd.s fa0, fa1, fa2, fa3, rne */
    .dword 0xffffffff007218d7, 0xffffffffc1727c41, 0xffffffff025825b8, 0xffffffff80000004, 3
    .dword 0xffffffffbeb2d8e9, 0xffffffff0100000a, 0xffffffff403f0e57, 0xffffffff403f0e57, 1
    .dword 0xffffffffbf374b7c, 0xffffffffc1000002, 0xffffffff018df2cf, 0xffffffff40b74b7f, 1
    .dword 0xffffffffbebab9dd, 0xffffffffbf80000f, 0xffffffffbebab9f6, 0xffffffffb3c78e06, 1
    .dword 0xffffffffbf44d465, 0xffffffffe71feec6, 0xffffffff972bd63c, 0xffffffff66f5ef01, 1
    .dword 0xffffffff80967a4d, 0xffffffff7fa00000, 0xffffffff00d9a39f, 0xffffffff7fc00000, 16
    .dword 0xffffffffc180000c, 0xffffffffbdffffff, 0xffffffffc000000e, 0xffffffffb5200003, 0
    .dword 0xffffffffffc00000, 0xffffffffc095565d, 0xffffffffea28beb7, 0xffffffff7fc00000, 0
    .dword 0xffffffffc1e6ca2a, 0xffffffff0180000d, 0xfffffffffe2135be, 0xfffffffffe2135be, 1
    .dword 0xffffffffdcfffffd, 0xffffffff7e800006, 0xffffffff7f800000, 0xffffffff7f800000, 0
    .dword 0xffffffff198904d3, 0xffffffff41b6f096, 0xffffffff01b216b5, 0xffffffff1bc3d466, 1
    .dword 0xffffffff80139826, 0xffffffff81b0f9fd, 0xffffffff80d61aa6, 0xffffffff80d61aa6, 1
    .dword 0xffffffff0180000a, 0xffffffff405fe123, 0xffffffff825fe133, 0xffffffff0000000c, 3
    .dword 0xffffffff811abb1c, 0xffffffff80000000, 0xffffffffc120a073, 0xffffffffc120a073, 0
    .dword 0xffffffff811477aa, 0xffffffffe9fffffc, 0xffffffff3f408ac0, 0xffffffff3f408ac0, 1
    .dword 0xffffffff80e8de3d, 0xffffffffbee82da4, 0xffffffff80699977, 0xffffffff80000001, 3
    .dword 0xffffffff7e7ffffe, 0xffffffffc1800006, 0xffffffffd535e99d, 0xffffffffff800000, 5
    .dword 0xffffffffbe97e438, 0xffffffff411b6f6b, 0xffffffffc0000001, 0xffffffffc09c394a, 1
    .dword 0xffffffff40eab8c2, 0xffffffffc09851f0, 0xffffffff420ba8d5, 0xffffffff36a6b410, 0
    .dword 0xfffffffffe884195, 0xffffffff00fffff8, 0xffffffff064aaa50, 0xffffffffc0084191, 1
table_7: /* fmsub.s fa0, fa1, fa2, fa3, rne */
    .dword 0xffffffffc8fffffc, 0xffffffffc9d2b3a1, 0xffffffff5352b39f, 0xffffffffc7a56742, 0
    .dword 0xffffffffbd823b00, 0xffffffff3ecc4deb, 0xffffffff08eeb905, 0xffffffffbccfdd4f, 1
    .dword 0xffffffff35b20ccb, 0xffffffffcafffffb, 0xffffffffffc00000, 0xffffffff7fc00000, 0
    .dword 0xffffffff7dd1986b, 0xffffffff806c6f28, 0xffffffffbeb18e9d, 0xffffffffb2f46b70, 0
    .dword 0xffffffff80fffffd, 0xffffffff69ae1589, 0xffffffffaf84d023, 0xffffffff2f847918, 1
    .dword 0xffffffff6900000f, 0xffffffff7d8996c9, 0xffffffffa2fffffd, 0xffffffff7f800000, 5
    .dword 0xffffffffbf800004, 0xffffffff41a691c0, 0xffffffffc1a691c4, 0xffffffffb61a4700, 0
    .dword 0xffffffffc2fffff9, 0xfffffffffd83acc1, 0xffffffff4185333e, 0xffffffff7f800000, 5
    .dword 0xffffffffc180000e, 0xffffffff00fca4d4, 0xffffffff01992069, 0xffffffff83117685, 1
    .dword 0xffffffff7ef6a9de, 0xffffffff3d81c91c, 0xffffffff7cfa1abb, 0xffffffff71dbf124, 0
    .dword 0xffffffff80431c61, 0xffffffffff800000, 0xffffffff00bec831, 0xffffffff7f800000, 0
    .dword 0xfffffffffd98fdab, 0xffffffff817a4b2f, 0xffffffff4002f73e, 0xffffffffbf60b3a9, 1
    .dword 0xffffffffd0c9fab8, 0xffffffff6a5a94f2, 0xfffffffffbac7508, 0xffffffff70dba784, 0
    .dword 0xffffffffc1f84c9a, 0xffffffffc14d46ca, 0xffffffffe9432135, 0xffffffff69432135, 1
    .dword 0xffffffff4e000004, 0xffffffff80000000, 0xffffffff72800007, 0xfffffffff2800007, 0
    .dword 0xffffffff01591f7b, 0xffffffff8186f1ab, 0xffffffff80000000, 0xffffffff80000000, 3
    .dword 0xffffffff4081ea3c, 0xfffffffffd9ab232, 0xfffffffffd906e42, 0xfffffffffe71ce38, 1
    .dword 0xffffffff7efffffa, 0xffffffff41dffac4, 0xffffffff7f35d0dd, 0xffffffff7f800000, 5
    .dword 0xffffffffef7ffffe, 0xffffffff3d800003, 0xffffffffed800004, 0xffffffff62800002, 1
    .dword 0xffffffffdcf08791, 0xffffffffbfb8dde7, 0xffffffff4037ef5d, 0xffffffff5d2db1ee, 1
table_8: /* fnmsub.s fa0, fa1, fa2, fa3, rne */
    .dword 0xffffffffbf28a691, 0xffffffff8167bb37, 0xffffffff0118a9a0, 0xffffffff80000005, 3
    .dword 0xffffffffbfb7e830, 0xffffffff00800000, 0xffffffff1c0067e8, 0xffffffff1c0067e8, 1
    .dword 0xffffffffbdffffff, 0xffffffff3dfffffe, 0xffffffff3fca757e, 0xffffffff3fcc757e, 1
    .dword 0xffffffff7e1af9d1, 0xffffffff8184863f, 0xffffffffc020742c, 0xffffffffb52a8fc8, 1
    .dword 0xffffffff00a6ef8c, 0xffffffff81706401, 0xffffffff00fffffd, 0xffffffff00fffffd, 1
    .dword 0xffffffff4b8b6d15, 0xffffffff987fffff, 0xffffffff3e79eff4, 0xffffffff3e79eff4, 1
    .dword 0xffffffffbf800006, 0xffffffff84800003, 0xffffffff0480000b, 0xffffffff00000200, 3
    .dword 0xffffffff6f56e67c, 0xffffffff41704d5a, 0xffffffff807ffff9, 0xfffffffff149b903, 1
    .dword 0xffffffff41a6e34b, 0xffffffffeaaf6e01, 0xffffffff7f7aa319, 0xffffffff7f7aa319, 1
    .dword 0xffffffff7fc00000, 0xffffffff80ef90e5, 0xffffffff7fc00000, 0xffffffff7fc00000, 0
    .dword 0xffffffff011e2284, 0xffffffff7f7ffffe, 0xffffffffc17ffffe, 0xffffffffc1cf1140, 1
    .dword 0xffffffff3ebd62ea, 0xfffffffffa98886e, 0xffffffff41f79a30, 0xffffffff79e1af52, 1
    .dword 0xffffffffc0d042e6, 0xfffffffffd97a217, 0xffffffff7ef6b6a2, 0xfffffffff3dac755, 0
    .dword 0xffffffff8129dd4c, 0xffffffff801daa15, 0xffffffff3f0c6f3a, 0xffffffff3f0c6f3a, 1
    .dword 0xffffffff81000001, 0xffffffffff6e6d7b, 0xffffffff3ec197ff, 0xffffffffc0e253fd, 1
    .dword 0xffffffff8000000c, 0xffffffff80800005, 0xffffffff00000000, 0xffffffff80000000, 3
    .dword 0xffffffffbf0b255c, 0xffffffffc0151ecf, 0xffffffffdafe1e46, 0xffffffffdafe1e46, 1
    .dword 0xffffffff81ffffff, 0xffffffff487fffff, 0xffffffffbfcd740e, 0xffffffffbfcd740e, 1
    .dword 0xffffffff3e2b4373, 0xffffffff0102702c, 0xffffffff002ba1a5, 0xffffffff80000001, 3
    .dword 0xffffffffbeb53e2d, 0xfffffffffefffffc, 0xffffffff242da088, 0xfffffffffe353e2a, 1
table_9: /* fnmadd.s fa0, fa1, fa2, fa3, rne */
    .dword 0xffffffff3f800002, 0xffffffff7db2d119, 0xfffffffffdb2d11a, 0xfffffffff265a232, 0
    .dword 0xffffffffd9fffffa, 0xffffffff8004ee76, 0xffffffff40756141, 0xffffffffc0756141, 1
    .dword 0xffffffff81fffffb, 0xffffffffc1152bc3, 0xfffffffffee92a76, 0xffffffff7ee92a76, 1
    .dword 0xffffffff817ffff9, 0xffffffff15113c62, 0xffffffff00000000, 0xffffffff00000000, 3
    .dword 0xffffffffbf7ffffe, 0xffffffff8838d884, 0xffffffffc0ff2e29, 0xffffffff40ff2e29, 1
    .dword 0xffffffff7e7ffff9, 0xffffffffc400000b, 0xffffffff41c6ac00, 0xffffffff7f800000, 5
    .dword 0xffffffffbfcbc7f5, 0xffffffff80fffff8, 0xffffffff814bc7f1, 0xffffffff00000005, 3
    .dword 0xffffffff81b9862a, 0xffffffffbf7fffff, 0xffffffff00b8c0eb, 0xffffffff81e7b664, 1
    .dword 0xffffffffbd80000f, 0xffffffff40a536a5, 0xffffffff6c00000e, 0xffffffffec00000e, 1
    .dword 0xffffffff88663830, 0xffffffff9db90b5b, 0xffffffff80000000, 0xffffffff80000000, 3
    .dword 0xffffffff7f2a673f, 0xffffffff81f1149e, 0xffffffff419310f4, 0xffffffff3fd67f79, 1
    .dword 0xffffffff7e1ccbe6, 0xffffffffbad325fe, 0xffffffff0186bb09, 0xffffffff79815354, 1
    .dword 0xffffffffa9800000, 0xffffffffff269d56, 0xffffffffe9269d55, 0xffffffffdd800000, 0
    .dword 0xffffffff00800001, 0xffffffffc0287e14, 0xffffffffc1f7a8a2, 0xffffffff41f7a8a2, 1
    .dword 0xffffffff41cbd02c, 0xffffffffff697079, 0xffffffff00edeeca, 0xffffffff7f800000, 5
    .dword 0xffffffff8173e0e6, 0xffffffff002c1178, 0xffffffff00000000, 0xffffffff00000000, 3
    .dword 0xffffffff749cbfc4, 0xffffffff56000006, 0xffffffffc04d573f, 0xffffffffff800000, 5
    .dword 0xffffffffbf7ffffb, 0xffffffff7e8c4151, 0xffffffff67b43429, 0xffffffff7e8c414e, 1
    .dword 0xffffffff80e071a1, 0xffffffff7ef89a40, 0xffffffff4059f54d, 0xffffffff355bd090, 0
    .dword 0xffffffffbefffffd, 0xffffffffc07ffffd, 0xffffffff1ed8b55f, 0xffffffffbffffffa, 1
table_10: /* fcvt.w.s a0, fa1, rne */
    .dword 0xffffffffbe1118d5, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff4f47b123, 0x0, 0x0, 0x7fffffff, 16
    .dword 0xffffffff3d03d176, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff4e9821d3, 0x0, 0x0, 0x4c10e980, 0
    .dword 0xffffffffff800000, 0x0, 0x0, 0xffffffff80000000, 16
    .dword 0xffffffffceca57fc, 0x0, 0x0, 0xffffffff9ad40200, 0
    .dword 0xffffffff40af8c0d, 0x0, 0x0, 0x5, 1
    .dword 0xffffffffce968ed7, 0x0, 0x0, 0xffffffffb4b89480, 0
    .dword 0xffffffff001eda3f, 0x0, 0x0, 0x0, 1
    .dword 0xffffffffcefc1da6, 0x0, 0x0, 0xffffffff81f12d00, 0
    .dword 0xffffffff3590ff5b, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff4f578283, 0x0, 0x0, 0x7fffffff, 16
    .dword 0xffffffff41ae9972, 0x0, 0x0, 0x16, 1
    .dword 0xffffffff4f6fcf13, 0x0, 0x0, 0x7fffffff, 16
    .dword 0xffffffff11000007, 0x0, 0x0, 0x0, 1
    .dword 0xffffffffcd8d4b95, 0x0, 0x0, 0xffffffffee568d60, 0
    .dword 0xffffffffbe1079a9, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff4ee72c6b, 0x0, 0x0, 0x73963580, 0
    .dword 0xffffffffb13d21b2, 0x0, 0x0, 0x0, 1
    .dword 0xffffffffce05d2b1, 0x0, 0x0, 0xffffffffde8b53c0, 0
table_11: /* fcvt.s.w fa0, a2, rne */
    .dword 0xfffffff27804ac53, 0x0, 0x0, 0xffffffff4ef00959, 1
    .dword 0xffed178b9c6b10c9, 0x0, 0x0, 0xffffffffcec729de, 1
    .dword 0xfffffffc5af0438b, 0x0, 0x0, 0xffffffff4eb5e087, 1
    .dword 0x139042124f9a2d0, 0x0, 0x0, 0xffffffff4e13e68b, 1
    .dword 0x1316, 0x0, 0x0, 0xffffffff4598b000, 0
    .dword 0xecf3d5ef8a8dfa64, 0x0, 0x0, 0xffffffffceeae40b, 1
    .dword 0xffffffffffffff86, 0x0, 0x0, 0xffffffffc2f40000, 0
    .dword 0x7f7603, 0x0, 0x0, 0xffffffff4afeec06, 0
    .dword 0x7a, 0x0, 0x0, 0xffffffff42f40000, 0
    .dword 0x20e01bf2513, 0x0, 0x0, 0xffffffff4bdf928a, 1
    .dword 0x3a4f414, 0x0, 0x0, 0xffffffff4c693d05, 0
    .dword 0x148a, 0x0, 0x0, 0xffffffff45a45000, 0
    .dword 0xb14, 0x0, 0x0, 0xffffffff45314000, 0
    .dword 0xffffffffffffd9cd, 0x0, 0x0, 0xffffffffc618cc00, 0
    .dword 0xffffffffff8f027a, 0x0, 0x0, 0xffffffffcae1fb0c, 0
    .dword 0x0, 0x0, 0x0, 0xffffffff00000000, 0
    .dword 0xffffffffffff896d, 0x0, 0x0, 0xffffffffc6ed2600, 0
    .dword 0xfffffffffec34343, 0x0, 0x0, 0xffffffffcb9e5e5e, 1
    .dword 0x7fb7820e403c, 0x0, 0x0, 0xffffffffcefbe380, 1
    .dword 0xfffffffffffffffc, 0x0, 0x0, 0xffffffffc0800000, 0
table_12: /* fcvt.wu.s a0, fa1, rne */
    .dword 0xffffffff41fffff8, 0x0, 0x0, 0x20, 1
    .dword 0xffffffff4eec86f3, 0x0, 0x0, 0x76437980, 0
    .dword 0xffffffffc1fffffc, 0x0, 0x0, 0x0, 16
    .dword 0xffffffff4f632b72, 0x0, 0x0, 0xffffffffe32b7200, 0
    .dword 0xffffffffc04b6521, 0x0, 0x0, 0x0, 16
    .dword 0xffffffff4f1dfcba, 0x0, 0x0, 0xffffffff9dfcba00, 0
    .dword 0xffffffff81606204, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff4f100dfb, 0x0, 0x0, 0xffffffff900dfb00, 0
    .dword 0xffffffff3f08e738, 0x0, 0x0, 0x1, 1
    .dword 0xffffffff4ef3006b, 0x0, 0x0, 0x79803580, 0
    .dword 0xffffffff181b7e18, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff4ed43e33, 0x0, 0x0, 0x6a1f1980, 0
    .dword 0xffffffff3e80000c, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff4f506cac, 0x0, 0x0, 0xffffffffd06cac00, 0
    .dword 0xffffffffff0db8a2, 0x0, 0x0, 0x0, 16
    .dword 0xffffffff4f338b56, 0x0, 0x0, 0xffffffffb38b5600, 0
    .dword 0xffffffffd1b0b5d5, 0x0, 0x0, 0x0, 16
    .dword 0xffffffff4e06f127, 0x0, 0x0, 0x21bc49c0, 0
    .dword 0xffffffffbfd9c380, 0x0, 0x0, 0x0, 16
    .dword 0xffffffff4ded7280, 0x0, 0x0, 0x1dae5000, 0
table_13: /* fcvt.s.wu fa0, a2, rne */
    .dword 0xfffffffffffffe97, 0x0, 0x0, 0xffffffff4f7fffff, 1
    .dword 0xd7fbe2ebf1914f7, 0x0, 0x0, 0xffffffff4f3f1915, 1
    .dword 0xffffc866250a4380, 0x0, 0x0, 0xffffffff4e14290e, 0
    .dword 0x256f, 0x0, 0x0, 0xffffffff4615bc00, 0
    .dword 0xc35601fd1, 0x0, 0x0, 0xffffffff4e55807f, 1
    .dword 0xfffffffffffffd9f, 0x0, 0x0, 0xffffffff4f7ffffe, 1
    .dword 0xfff9dcd01c295c64, 0x0, 0x0, 0xffffffff4de14ae3, 1
    .dword 0x13967f3c, 0x0, 0x0, 0xffffffff4d9cb3fa, 1
    .dword 0x15acf293bcddcdf9, 0x0, 0x0, 0xffffffff4f3cddce, 1
    .dword 0xe9113468bbb59, 0x0, 0x0, 0xffffffff4e8d1777, 1
    .dword 0xfffbc2e505f8bbae, 0x0, 0x0, 0xffffffff4cbf1776, 1
    .dword 0x15a, 0x0, 0x0, 0xffffffff43ad0000, 0
    .dword 0x0, 0x0, 0x0, 0xffffffff00000000, 0
    .dword 0xffffffffffffce65, 0x0, 0x0, 0xffffffff4f7fffce, 1
    .dword 0x62c273f1e, 0x0, 0x0, 0xffffffff4e309cfc, 1
    .dword 0xfe64be7a173f7e88, 0x0, 0x0, 0xffffffff4db9fbf4, 1
    .dword 0x1ffb53278ac1e4c, 0x0, 0x0, 0xffffffff4ef1583d, 1
    .dword 0xfda6b38b3f54673d, 0x0, 0x0, 0xffffffff4e7d519d, 1
    .dword 0x8bfd426056ec6, 0x0, 0x0, 0xffffffff4e1815bb, 1
    .dword 0xfffffffffffd8bdf, 0x0, 0x0, 0xffffffff4f7ffd8c, 1
table_14: /* fcvt.l.s a0, fa1, rne */
    .dword 0xffffffffc06cdb16, 0x0, 0x0, 0xfffffffffffffffc, 1
    .dword 0xffffffff5f53cbc1, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0xffffffffe300000f, 0x0, 0x0, 0x8000000000000000, 16
    .dword 0xffffffff5f013a7a, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0xfffffffffe12e304, 0x0, 0x0, 0x8000000000000000, 16
    .dword 0xffffffff5df87b91, 0x0, 0x0, 0x1f0f722000000000, 0
    .dword 0xfffffffffe7ffffe, 0x0, 0x0, 0x8000000000000000, 16
    .dword 0xffffffff5e1b5731, 0x0, 0x0, 0x26d5cc4000000000, 0
    .dword 0xffffffff008f5628, 0x0, 0x0, 0x0, 1
    .dword 0xffffffffdd2b5f4e, 0x0, 0x0, 0xf54a0b2000000000, 0
    .dword 0xffffffff011b6a38, 0x0, 0x0, 0x0, 1
    .dword 0xffffffffdee7aac5, 0x0, 0x0, 0x8c2a9d8000000000, 0
    .dword 0xffffffffc1000005, 0x0, 0x0, 0xfffffffffffffff8, 1
    .dword 0xffffffffde9d264f, 0x0, 0x0, 0xb16cd88000000000, 0
    .dword 0xffffffff3db85954, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff5ed53e8f, 0x0, 0x0, 0x6a9f478000000000, 0
    .dword 0xffffffff00a90033, 0x0, 0x0, 0x0, 1
    .dword 0xffffffffde619355, 0x0, 0x0, 0xc79b2ac000000000, 0
    .dword 0xffffffff7033b732, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0xffffffffddd92409, 0x0, 0x0, 0xe4db7ee000000000, 0
table_15: /* fcvt.s.l fa0, a2, rne */
    .dword 0x1a401bbe1a8567, 0x0, 0x0, 0xffffffff59d200de, 1
    .dword 0xffffffffffc7f883, 0x0, 0x0, 0xffffffffca601df4, 0
    .dword 0x6, 0x0, 0x0, 0xffffffff40c00000, 0
    .dword 0xc8e8b117e10ae9, 0x0, 0x0, 0xffffffff5b48e8b1, 1
    .dword 0x219, 0x0, 0x0, 0xffffffff44064000, 0
    .dword 0xfdd3c45063a5473e, 0x0, 0x0, 0xffffffffdc0b0eec, 1
    .dword 0xb4d4, 0x0, 0x0, 0xffffffff4734d400, 0
    .dword 0x21254fdaba36635c, 0x0, 0x0, 0xffffffff5e04953f, 1
    .dword 0xfffffcf2d4ba8bbc, 0x0, 0x0, 0xffffffffd4434ad1, 1
    .dword 0xfffffc281877fe51, 0x0, 0x0, 0xffffffffd475f9e2, 1
    .dword 0xfffffffff98f0bf7, 0x0, 0x0, 0xffffffffccce1e81, 1
    .dword 0xca9b75c6682b85, 0x0, 0x0, 0xffffffff5b4a9b76, 1
    .dword 0x1e6474db5b8, 0x0, 0x0, 0xffffffff53f323a7, 1
    .dword 0x12, 0x0, 0x0, 0xffffffff41900000, 0
    .dword 0x373, 0x0, 0x0, 0xffffffff445cc000, 0
    .dword 0x4112b, 0x0, 0x0, 0xffffffff48822560, 0
    .dword 0xfffffffffffef9c0, 0x0, 0x0, 0xffffffffc7832000, 0
    .dword 0x12a267c85, 0x0, 0x0, 0xffffffff4f95133e, 1
    .dword 0xfffffffffffff7b0, 0x0, 0x0, 0xffffffffc5050000, 0
    .dword 0xfffffff994f385e9, 0x0, 0x0, 0xffffffffd0cd618f, 1
table_16: /* fcvt.lu.s a0, fa1, rne */
    .dword 0xffffffff3ed7eba4, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff5efcfe6e, 0x0, 0x0, 0x7e7f370000000000, 0
    .dword 0xffffffffd361d009, 0x0, 0x0, 0x0, 16
    .dword 0xffffffff5f581c3a, 0x0, 0x0, 0xd81c3a0000000000, 0
    .dword 0xffffffff3fdba53e, 0x0, 0x0, 0x2, 1
    .dword 0xffffffff5df69d49, 0x0, 0x0, 0x1ed3a92000000000, 0
    .dword 0xffffffff7fc00000, 0x0, 0x0, 0xffffffffffffffff, 16
    .dword 0xffffffff5ee936cc, 0x0, 0x0, 0x749b660000000000, 0
    .dword 0xffffffffc16ed098, 0x0, 0x0, 0x0, 16
    .dword 0xffffffff5d72826a, 0x0, 0x0, 0xf2826a000000000, 0
    .dword 0xffffffff7f800000, 0x0, 0x0, 0xffffffffffffffff, 16
    .dword 0xffffffff5e67d38f, 0x0, 0x0, 0x39f4e3c000000000, 0
    .dword 0xffffffffff800000, 0x0, 0x0, 0x0, 16
    .dword 0xffffffff5ea3fa76, 0x0, 0x0, 0x51fd3b0000000000, 0
    .dword 0xffffffffc1fffffc, 0x0, 0x0, 0x0, 16
    .dword 0xffffffff5ee0324f, 0x0, 0x0, 0x7019278000000000, 0
    .dword 0xffffffffc0b48c34, 0x0, 0x0, 0x0, 16
    .dword 0xffffffff5f3ffe5a, 0x0, 0x0, 0xbffe5a0000000000, 0
    .dword 0xffffffff6b458b3b, 0x0, 0x0, 0xffffffffffffffff, 16
    .dword 0xffffffff5ef66e7f, 0x0, 0x0, 0x7b373f8000000000, 0
table_17: /* fcvt.s.lu fa0, a2, rne */
    .dword 0x2d, 0x0, 0x0, 0xffffffff42340000, 0
    .dword 0xfffffffff9f998dd, 0x0, 0x0, 0xffffffff5f800000, 1
    .dword 0xfffffff748e33198, 0x0, 0x0, 0xffffffff5f800000, 1
    .dword 0xffabd8efed12ea9a, 0x0, 0x0, 0xffffffff5f7fabd9, 1
    .dword 0xfffff9c34de041fa, 0x0, 0x0, 0xffffffff5f7ffffa, 1
    .dword 0xffffffff330137fc, 0x0, 0x0, 0xffffffff5f800000, 1
    .dword 0xfffffffffffffffa, 0x0, 0x0, 0xffffffff5f800000, 1
    .dword 0xfffffffffffff18c, 0x0, 0x0, 0xffffffff5f800000, 1
    .dword 0x3, 0x0, 0x0, 0xffffffff40400000, 0
    .dword 0xf103ac878b0c0b8e, 0x0, 0x0, 0xffffffff5f7103ad, 1
    .dword 0x8, 0x0, 0x0, 0xffffffff41000000, 0
    .dword 0x1a9b5, 0x0, 0x0, 0xffffffff47d4da80, 0
    .dword 0x56bfff, 0x0, 0x0, 0xffffffff4aad7ffe, 0
    .dword 0xffffffffffffac52, 0x0, 0x0, 0xffffffff5f800000, 1
    .dword 0xd1, 0x0, 0x0, 0xffffffff43510000, 0
    .dword 0xda, 0x0, 0x0, 0xffffffff435a0000, 0
    .dword 0x17d, 0x0, 0x0, 0xffffffff43be8000, 0
    .dword 0xff65867d8f40e2bf, 0x0, 0x0, 0xffffffff5f7f6586, 1
    .dword 0xffffffffffff0861, 0x0, 0x0, 0xffffffff5f800000, 1
    .dword 0xcb0859, 0x0, 0x0, 0xffffffff4b4b0859, 0
table_18: /* fadd.s fa0, fa1, fa2, rtz */
    .dword 0xffffffff625c1354, 0xffffffffe25c1357, 0xffffffff80800002, 0xffffffffd7400000, 0
    .dword 0xffffffffc0b67eb9, 0xffffffff41fffffe, 0xffffffff81b8c9fd, 0xffffffff41d2604f, 1
    .dword 0xfffffffffef6799d, 0xfffffffffdfffff9, 0xffffffff3effffff, 0xffffffffff1b3ccd, 1
    .dword 0xffffffff01b37d2b, 0xffffffff81b37d2a, 0xffffffff01fffffa, 0xffffffff00000004, 0
    .dword 0xffffffff80509132, 0xffffffff4062b187, 0xffffffff594f7835, 0xffffffff4062b186, 1
    .dword 0xffffffffc1a86ac5, 0xffffffff3dcab933, 0xffffffffbe36366c, 0xffffffffc1a7a00b, 1
    .dword 0xffffffff80017911, 0xffffffff00017914, 0xffffffff8012534f, 0xffffffff00000003, 0
    .dword 0xffffffffff697561, 0xffffffff5d2597f0, 0xffffffff5f7ffff8, 0xffffffffff697560, 1
    .dword 0xffffffffff7ffffe, 0xffffffffc1f32639, 0xffffffff804d7654, 0xffffffffff7ffffe, 1
    .dword 0xffffffff40be9d45, 0xffffffffc0be9d42, 0xffffffff23800000, 0xffffffff35c00000, 0
    .dword 0xffffffffe67ffff8, 0xffffffff00800001, 0xffffffff5d84caf4, 0xffffffffe67ffff7, 1
    .dword 0xffffffff0192c1e4, 0xffffffff81fccec9, 0xffffffff3ec4a596, 0xffffffff815419ca, 0
    .dword 0xfffffffff915f6d8, 0xffffffff7915f6db, 0xffffffff41fffffa, 0xffffffff6e400000, 0
    .dword 0xffffffff82677231, 0xffffffff006f83d1, 0xffffffffbfcbb272, 0xffffffff825981b6, 1
    .dword 0xffffffffa13ab485, 0xffffffff9d272ffd, 0xffffffffc0f1582d, 0xffffffffa13b5bb4, 1
    .dword 0xffffffffffa00000, 0xffffffff7fa00000, 0xffffffff2af60f02, 0xffffffff7fc00000, 16
    .dword 0xffffffffbd9d72f8, 0xffffffffbeb4469c, 0xffffffffc1000008, 0xffffffffbedba35a, 0
    .dword 0xfffffffffe997b24, 0xffffffff80b0258f, 0xffffffffbf62d8c6, 0xfffffffffe997b24, 1
    .dword 0xffffffff3e421b17, 0xffffffffbe421b1a, 0xffffffff00800005, 0xffffffffb3400000, 0
    .dword 0xffffffff3fc88f9d, 0xffffffff7fa00000, 0xffffffffc5020a7d, 0xffffffff7fc00000, 16
table_19: /* fsub.s fa0, fa1, fa2, rtz */
    .dword 0xffffffffe6965721, 0xffffffffe696571f, 0xfffffffffee059c6, 0xffffffffdb800000, 0
    .dword 0xffffffff01ab662a, 0xffffffff407ff0ff, 0xffffffffc0e0829e, 0xffffffffc07ff0fe, 1
    .dword 0xffffffff8a76eba9, 0xffffffff4ebc6aeb, 0xffffffff840d9755, 0xffffffffcebc6aeb, 1
    .dword 0xffffffff5000000e, 0xffffffff50000010, 0xffffffff7f800000, 0xffffffffc5000000, 0
    .dword 0xffffffffc155c013, 0xffffffff3ef3539d, 0xffffffffbffbf807, 0xffffffffc15d5aaf, 1
    .dword 0xffffffff7fc00000, 0xffffffff69d2f7ff, 0xffffffff4042bcc3, 0xffffffff7fc00000, 0
    .dword 0xffffffff7e800002, 0xffffffff7e800002, 0xffffffff78d423b9, 0xffffffff00000000, 0
    .dword 0xffffffffc0fffffe, 0xffffffff0742ee7e, 0xffffffff80000000, 0xffffffffc0fffffe, 1
    .dword 0xffffffffda7fffff, 0xfffffffffec2729c, 0xffffffffbe042eaf, 0xffffffff7ec2729b, 1
    .dword 0xffffffff3ef23f52, 0xffffffff3ef23f55, 0xffffffff7d84fa77, 0xffffffffb3c00000, 0
    .dword 0xfffffffff4fffffd, 0xffffffffbd800006, 0xffffffff3f4a2cf1, 0xfffffffff4fffffc, 1
    .dword 0xffffffff81eeda13, 0xffffffff42f94d9e, 0xffffffff89e6b6af, 0xffffffffc2f94d9e, 1
    .dword 0xffffffff3fffffff, 0xffffffff3fffffff, 0xffffffff3e260df8, 0xffffffff00000000, 0
    .dword 0xffffffff00fffffc, 0xffffffffc1fffffc, 0xffffffff7e4c8551, 0xffffffff41fffffc, 1
    .dword 0xffffffff81c3f07c, 0xffffffffffa00000, 0xffffffffbdc38c7b, 0xffffffff7fc00000, 16
    .dword 0xffffffffbe86d535, 0xffffffffbe86d537, 0xffffffffc1aacefd, 0xffffffff33800000, 0
    .dword 0xfffffffffee90f8b, 0xffffffffbff258e3, 0xffffffff812e4b56, 0xfffffffffee90f8a, 1
    .dword 0xfffffffffe62eb08, 0xffffffff3e00000b, 0xffffffff7d800004, 0xfffffffffe62eb08, 1
    .dword 0xfffffffffeffffff, 0xffffffffff000000, 0xffffffff3463aea2, 0xffffffff73000000, 0
    .dword 0xffffffff81666ac5, 0xffffffff40121c97, 0xffffffff019aa593, 0xffffffffc0121c97, 1
table_20: /* fmul.s fa0, fa1, fa2, rtz */
    .dword 0xffffffff7efffffa, 0xffffffff40e865af, 0xffffffffc077648a, 0xffffffff7f7fffff, 5
    .dword 0xffffffff40ee552f, 0xffffffff7a800005, 0xffffffffb75a47b6, 0xffffffff7bee5538, 1
    .dword 0xffffffff073784cc, 0xffffffff01800002, 0xffffffff01295ce7, 0xffffffff00000000, 3
    .dword 0xffffffff95b06fa8, 0xffffffffbe84c8cc, 0xffffffffbe80000f, 0xffffffff14b707ec, 1
    .dword 0xffffffff40248a0b, 0xffffffff81540916, 0xffffffff80cb7259, 0xffffffff82084828, 1
    .dword 0xffffffff0980000c, 0xffffffff00e40875, 0xffffffff4d883fa6, 0xffffffff00000000, 3
    .dword 0xffffffff009f4c9b, 0xffffffffbe800001, 0xffffffffedc97b61, 0xffffffff8027d327, 3
    .dword 0xffffffff44000009, 0xffffffffc1f569a1, 0xffffffffbec6e65a, 0xffffffffc67569b2, 1
    .dword 0xffffffff5f36dd06, 0xffffffffc0aa9169, 0xffffffff62fffffd, 0xffffffffe073ad48, 1
    .dword 0xffffffff1554e566, 0xffffffff3e800007, 0xffffffffbf1040e6, 0xffffffff1454e571, 1
    .dword 0xfffffffffd800006, 0xffffffffbfbf0052, 0xfffffffffda78ccb, 0xffffffff7dbf005a, 1
    .dword 0xffffffff3dffe354, 0xffffffff7d959571, 0xffffffffbef760d9, 0xffffffff7c1584b0, 1
    .dword 0xffffffffc12f35a5, 0xffffffffc0b1d102, 0xffffffff41fffff9, 0xffffffff42736646, 1
    .dword 0xffffffff400493b2, 0xffffffff6c000002, 0xffffffff81ffffff, 0xffffffff6c8493b4, 1
    .dword 0xffffffff81eb5637, 0xffffffff819c3b05, 0xffffffff1e993a6b, 0xffffffff00000000, 3
    .dword 0xffffffffbff6e7b2, 0xffffffffcec986e2, 0xffffffff80fffff9, 0xffffffff4f425e02, 1
    .dword 0xffffffff3dcfc38d, 0xffffffff973a6215, 0xffffffff41858c94, 0xffffffff959743ae, 1
    .dword 0xffffffff4077d9de, 0xffffffff3f724ac2, 0xffffffff6e327950, 0xffffffff406a9454, 1
    .dword 0xfffffffffeafee3a, 0xffffffff4165f47b, 0xffffffffbea64b84, 0xffffffffff7fffff, 5
    .dword 0xffffffff5faa3c76, 0xffffffff007ffffe, 0xffffffff3da20a2c, 0xffffffff20aa3c73, 1
table_21: /* fdiv.s fa0, fa1, fa2, rtz */
    .dword 0xffffffffbffffffa, 0xffffffff8010a4c7, 0xffffffff4104ff20, 0xffffffff7f7fffff, 5
    .dword 0xffffffff7e1d5d77, 0xffffffff3d80bef7, 0xffffffff5b61c84c, 0xffffffff7f7fffff, 5
    .dword 0xffffffff8109ee01, 0xffffffffa0474914, 0xffffffffbefffffa, 0xffffffff20312edb, 1
    .dword 0xffffffff3f7ffff8, 0xffffffff3efffffd, 0xffffffff017ffff9, 0xffffffff3ffffffa, 1
    .dword 0xffffffffffa00000, 0xffffffff5bb2e4eb, 0xffffffff016452fb, 0xffffffff7fc00000, 16
    .dword 0xffffffff7e000004, 0xffffffff807fffff, 0xffffffff81805233, 0xffffffffff7fffff, 5
    .dword 0xffffffff40e700dd, 0xffffffff3f4bf972, 0xffffffff3f7ffff8, 0xffffffff4110f623, 1
    .dword 0xffffffffacfffff9, 0xffffffff1aaa0e2e, 0xffffffffbe373680, 0xffffffffd1c0b0a8, 1
    .dword 0xffffffff17fffff9, 0xffffffff81fffffc, 0xffffffff3e553e2e, 0xffffffffd57ffffc, 1
    .dword 0xfffffffffeca7105, 0xffffffffbe1858c3, 0xffffffffff2c5cfd, 0xffffffff7f7fffff, 5
    .dword 0xffffffff3f7a052e, 0xffffffffbe800008, 0xffffffff3f874a17, 0xffffffffc07a051e, 1
    .dword 0xffffffff8000000a, 0xffffffffbf772038, 0xffffffff01000006, 0xffffffff0000000a, 3
    .dword 0xffffffffb8109e80, 0xffffffff40fffffa, 0xffffffff4480000b, 0xffffffffb6909e83, 1
    .dword 0xffffffff01000008, 0xffffffff41800003, 0xffffffff80000000, 0xffffffff00100000, 3
    .dword 0xffffffffc18b8d66, 0xffffffff00ae2e1e, 0xffffffff3ff070b7, 0xffffffffff7fffff, 5
    .dword 0xfffffffffdfffffa, 0xffffffffc027db9a, 0xffffffffc0a7457b, 0xffffffff7d433677, 1
    .dword 0xffffffffbe4ae2a8, 0xffffffffbe7fffff, 0xffffffff417ffffe, 0xffffffff3f4ae2a8, 1
    .dword 0xffffffff74800007, 0xffffffffc19aef0f, 0xfffffffffd8971f0, 0xfffffffff2537f36, 1
    .dword 0xffffffffc11a387d, 0xffffffff18523ecf, 0xffffffff41000007, 0xffffffffe83bc86e, 1
    .dword 0xffffffff7fa00000, 0xffffffffc07ffffa, 0xffffffffbe1b666a, 0xffffffff7fc00000, 16
table_22: /* fsqrt.s fa0, fa1, rtz */
    .dword 0xffffffff7df86790, 0xffffffff81b669ea, 0xffffffff0085c10b, 0xffffffff5eb2504f, 1
    .dword 0xffffffff01d3d88d, 0xffffffff7dda8951, 0xffffffffcaac2ace, 0xffffffff20a4ab92, 1
    .dword 0xffffffff7e9a064b, 0xffffffff3ffdc7ea, 0xffffffff417ffffd, 0xffffffff5f0c691f, 1
    .dword 0xffffffff3fc26ad6, 0xffffffff41f3bd53, 0xffffffff015aa2cb, 0xffffffff3f9dc049, 1
    .dword 0xffffffff805641c3, 0xffffffff00152693, 0xffffffffbf2564b9, 0xffffffff7fc00000, 16
    .dword 0xffffffff7e0f6194, 0xfffffffffed820ab, 0xffffffff808c7670, 0xffffffff5ebf9645, 1
    .dword 0xffffffff018e3280, 0xffffffff7e849bb3, 0xffffffff7d80000a, 0xffffffff2086e979, 1
    .dword 0xffffffff01159963, 0xffffffff47fffffa, 0xffffffffff800000, 0xffffffff2043b27a, 1
    .dword 0xffffffff7f00000c, 0xffffffff4651a5bf, 0xffffffffffa00000, 0xffffffff5f3504fb, 1
    .dword 0xffffffff67cf1e01, 0xffffffff106fcef9, 0xffffffff00000000, 0xffffffff53a2d26e, 1
    .dword 0xffffffff407ffffc, 0xffffffffc0183afa, 0xffffffff0137568d, 0xffffffff3ffffffd, 1
    .dword 0xffffffff017ffff8, 0xffffffff757589ab, 0xfffffffff6fffffd, 0xffffffff207ffffb, 1
    .dword 0xffffffff81666414, 0xffffffff4d800002, 0xffffffff7e5f9b08, 0xffffffff7fc00000, 16
    .dword 0xffffffff3e3ecebf, 0xffffffff31ae9a20, 0xffffffffc100000a, 0xffffffff3edd0353, 1
    .dword 0xffffffff00966b4f, 0xffffffff3f6de1c5, 0xffffffffc17ffff8, 0xffffffff200ac1ed, 1
    .dword 0xffffffff40b279a5, 0xffffffffc1d73af8, 0xffffffff3ed5c84f, 0xffffffff40172521, 1
    .dword 0xfffffffffece1458, 0xffffffff40b89dfa, 0xffffffff3f000009, 0xffffffff7fc00000, 16
    .dword 0xffffffff73e36875, 0xfffffffffdd483fc, 0xfffffffffdffffff, 0xffffffff59aa9c80, 1
    .dword 0xffffffff3e704fce, 0xffffffff3f7fd92e, 0xffffffff7e99a0ab, 0xffffffff3ef80828, 1
    .dword 0xffffffff0afffffc, 0xfffffffff68d003b, 0xffffffff133430bb, 0xffffffff253504f1, 1
table_23: /* fmadd.s fa0, fa1, fa2, fa3, rtz */
    .dword 0xffffffff3f08b9d7, 0xffffffff7e71a156, 0xfffffffffe010d1c, 0xffffffff730d694e, 1
    .dword 0xffffffff3f9466c1, 0xffffffff00000000, 0xffffffff0e00000a, 0xffffffff0e00000a, 0
    .dword 0xffffffffc9bf506e, 0xffffffff257ffff9, 0xffffffff809f2c44, 0xffffffffafbf5068, 1
    .dword 0xffffffff3df7f5bd, 0xffffffffbea2933c, 0xffffffff3d1d781f, 0xffffffff3196705a, 0
    .dword 0xffffffff00a61b83, 0xffffffff8fa651aa, 0xffffffff38b32604, 0xffffffff38b32603, 1
    .dword 0xffffffff81bd0651, 0xffffffff7fa00000, 0xffffffff3f3d15e9, 0xffffffff7fc00000, 16
    .dword 0xffffffffbf426ddb, 0xffffffff3eb7618c, 0xffffffff3e8b46a1, 0xffffffff33dfbc4f, 0
    .dword 0xffffffff007ffffc, 0xffffffff7f388bac, 0xffffffffdfcee2f4, 0xffffffffdfcee2f3, 1
    .dword 0xffffffff3f7e2b5f, 0xfffffffffde4cb66, 0xffffffff400d323a, 0xfffffffffde32892, 1
    .dword 0xffffffff9d1967b9, 0xffffffffc098f3e4, 0xffffffff9e374f76, 0xffffffff12ecfbc4, 0
    .dword 0xfffffffff2800004, 0xfffffffffdfffffa, 0xffffffffc8e00f42, 0xffffffff7f7fffff, 5
    .dword 0xffffffffbe000005, 0xffffffff0099404b, 0xffffffff407ead5d, 0xffffffff407ead5c, 1
    .dword 0xffffffffffa00000, 0xffffffffc9800005, 0xffffffffffc00000, 0xffffffff7fc00000, 16
    .dword 0xffffffff32269d9c, 0xffffffff81fffffd, 0xffffffff5eba5467, 0xffffffff5eba5466, 1
    .dword 0xffffffffbf15d45e, 0xffffffff4019c7ba, 0xffffffff4080000b, 0xffffffff4025ff44, 1
    .dword 0xffffffff00d9e780, 0xffffffff41691d56, 0xffffffff82c66cac, 0xffffffff80000001, 3
    .dword 0xffffffffc16d55b5, 0xffffffff320d9191, 0xffffffff410dc093, 0xffffffff410dc092, 1
    .dword 0xffffffffc083697f, 0xffffffff3fa9a3b9, 0xffffffff80000000, 0xffffffffc0ae295f, 1
    .dword 0xffffffff8014facd, 0xffffffffbe8a2702, 0xffffffff8005a934, 0xffffffff80000001, 3
    .dword 0xffffffffbb33ff7a, 0xffffffff4189f0cb, 0xffffffff7f800000, 0xffffffff7f800000, 0
table_24: /* fmsub.s fa0, fa1, fa2, fa3, rtz */
    .dword 0xffffffffc03d6e81, 0xffffffff74fffff9, 0xfffffffff5bd6e7e, 0xffffffff6a8b8161, 1
    .dword 0xffffffff7ef75259, 0xffffffff7ea9bfd6, 0xffffffff3efffffc, 0xffffffff7f7fffff, 5
    .dword 0xfffffffffeb6adae, 0xffffffff3fc3e519, 0xffffffff7f128e5a, 0xffffffffff7fffff, 5
    .dword 0xffffffffbef03dc4, 0xffffffff7e95c147, 0xfffffffffe0c8957, 0xffffffff732e86a9, 0
    .dword 0xffffffff3e00000b, 0xfffffffffd800008, 0xffffffff00de2a87, 0xfffffffffc000013, 1
    .dword 0xffffffff811264c5, 0xffffffff4193c3b0, 0xffffffff88183f20, 0xffffffff081814e0, 1
    .dword 0xfffffffffe800006, 0xffffffff0133ce74, 0xffffffffc033ce7b, 0xffffffffb4b6d6b8, 0
    .dword 0xffffffffa40f69bc, 0xffffffff7f800000, 0xffffffff8e4d2422, 0xffffffffff800000, 0
    .dword 0xffffffff7e8e21d7, 0xffffffffbfffffff, 0xffffffff81f5a121, 0xffffffffff0e21d6, 1
    .dword 0xffffffffffa00000, 0xffffffff4000000d, 0xffffffff7fc00000, 0xffffffff7fc00000, 16
    .dword 0xffffffffbf4ea820, 0xffffffffbfd5e85f, 0xffffffff40fffff8, 0xffffffffc0d4d49a, 1
    .dword 0xffffffff807ffffc, 0xffffffffc17f783b, 0xffffffff66a257f7, 0xffffffffe6a257f6, 1
    .dword 0xffffffff417ffffb, 0xfffffffffdda9257, 0xffffffffff800000, 0xffffffff7f800000, 0
    .dword 0xffffffffb10c5255, 0xffffffff3e807d48, 0xffffffffbe0a7d21, 0xffffffff3e0a7d20, 1
    .dword 0xffffffff8135584b, 0xffffffff81a66cdf, 0xffffffff40cfb004, 0xffffffffc0cfb003, 1
    .dword 0xffffffff81b18ca1, 0xfffffffffe21e311, 0xffffffff40608ddb, 0xffffffffb4c1e64f, 0
    .dword 0xffffffff407ffffc, 0xffffffffbdb7360e, 0xffffffffc0fffffe, 0xffffffff40f48c9d, 1
    .dword 0xffffffffbed31dee, 0xffffffff7e48c4e7, 0xffffffff0080000e, 0xfffffffffda591c3, 1
    .dword 0xffffffff846a8cac, 0xffffffffc164d0b6, 0xffffffff0651a480, 0xffffffff000011de, 3
    .dword 0xffffffffbfcf3a9f, 0xffffffffffc00000, 0xffffffff8080000e, 0xffffffff7fc00000, 0
table_25: /* fnmsub.s fa0, fa1, fa2, fa3, rtz */
    .dword 0xffffffffc1800001, 0xfffffffffcdf5084, 0xffffffff7edf5086, 0xffffffff7202bdf0, 0
    .dword 0xffffffffb8bff624, 0xffffffff7fa00000, 0xffffffff9e7fffff, 0xffffffff7fc00000, 16
    .dword 0xffffffffc1000007, 0xffffffff8a1577ae, 0xffffffffd97f3daa, 0xffffffffd97f3daa, 1
    .dword 0xffffffff01c59a3d, 0xffffffff3f016a72, 0xffffffff0147c9c3, 0xffffffff80000004, 3
    .dword 0xfffffffffedf66bf, 0xffffffffc0fffff9, 0xffffffff4d80000c, 0xffffffffff7fffff, 5
    .dword 0xfffffffffe150c03, 0xffffffff01fffffd, 0xffffffff7e00000a, 0xffffffff7e00000a, 1
    .dword 0xffffffff777cf090, 0xffffffff1cc30147, 0xffffffff54c0ac7f, 0xffffffffc963a3f8, 0
    .dword 0xffffffff1495faee, 0xffffffff7e800002, 0xfffffffff0f30aab, 0xfffffffff0f30aab, 1
    .dword 0xffffffff01f767f1, 0xffffffffbe55d025, 0xffffffff52000000, 0xffffffff52000000, 1
    .dword 0xffffffffaf800005, 0xffffffff0000000b, 0xffffffff80000000, 0xffffffff00000000, 3
    .dword 0xffffffff00649c46, 0xffffffffff30797b, 0xffffffffbe000003, 0xffffffff4002b65c, 1
    .dword 0xffffffff017ffff9, 0xffffffffbf00000e, 0xffffffff687ffffe, 0xffffffff687ffffe, 1
    .dword 0xffffffff417ffffe, 0xffffffff09800003, 0xffffffff0b800003, 0xffffffff00400001, 3
    .dword 0xffffffffb1fffffa, 0xffffffff7f000005, 0xffffffffa2a99e94, 0xffffffff71800001, 1
    .dword 0xffffffff807681cd, 0xfffffffffdfffff8, 0xfffffffffefffffa, 0xfffffffffefffffa, 1
    .dword 0xffffffff4141332d, 0xffffffffa420f406, 0xffffffffa5f2f049, 0xffffffff1a6e170e, 0
    .dword 0xffffffffb59b01d2, 0xffffffff8070e09d, 0xffffffff7ecf2790, 0xffffffff7ecf278f, 1
    .dword 0xffffffff7de1dbfa, 0xffffffffbf3e4304, 0xffffffff20c758c3, 0xffffffff7da7dc63, 1
    .dword 0xffffffffffc00000, 0xffffffff7fa00000, 0xffffffff7fc00000, 0xffffffff7fc00000, 16
    .dword 0xffffffff3dfffff8, 0xffffffff4074f8ed, 0xffffffffc06aff53, 0xffffffffc084cf37, 1
table_26: /* fnmadd.s fa0, fa1, fa2, fa3, rtz */
    .dword 0xffffffffbf9eebe6, 0xffffffff01cfffbe, 0xffffffff02011f83, 0xffffffff80000008, 3
    .dword 0xfffffffffdfee708, 0xffffffff016e782d, 0xffffffff4080000e, 0xffffffffc00946e2, 1
    .dword 0xffffffff1d74293a, 0xffffffff810bd3ce, 0xffffffff30800007, 0xffffffffb0800006, 1
    .dword 0xffffffff3fda1083, 0xfffffffff8c38939, 0xffffffff79268f76, 0xffffffff6d966415, 1
    .dword 0xffffffffbd9287d2, 0xffffffffd9000005, 0xffffffff80fb3776, 0xffffffffd71287d7, 1
    .dword 0xfffffffffdd9f483, 0xffffffff7ed4b3b1, 0xffffffffc0a6aff0, 0xffffffff7f7fffff, 5
    .dword 0xffffffff3e000004, 0xffffffff374752a6, 0xffffffffb5c752ae, 0xffffffff2a62b568, 0
    .dword 0xffffffff3ffd8dc4, 0xffffffffe8fffffe, 0xffffffff3e41e0af, 0xffffffff697d8dc2, 1
    .dword 0xffffffffe0ee9cba, 0xffffffff7f800000, 0xffffffff197ffffe, 0xffffffff7f800000, 0
    .dword 0xffffffff0065933c, 0xffffffff01b7d14e, 0xffffffff80000000, 0xffffffff80000000, 3
    .dword 0xffffffff41c78c96, 0xffffffff3f788b09, 0xffffffffbdfde70c, 0xffffffffc1c0beaa, 1
    .dword 0xffffffff7ed5c95f, 0xffffffff4de3a98d, 0xffffffffff79c9c6, 0xffffffffff7fffff, 5
    .dword 0xfffffffffeeaee77, 0xffffffffbe26aa13, 0xfffffffffd98f2b2, 0xfffffffff2bd2e35, 1
    .dword 0xffffffff3f08029e, 0xffffffff476d0074, 0xffffffff3fbe1ad1, 0xffffffffc6fbd84c, 1
    .dword 0xffffffff00a247f9, 0xffffffffffa00000, 0xffffffff01800009, 0xffffffff7fc00000, 16
    .dword 0xfffffffffae469ad, 0xffffffff3e000003, 0xffffffff796469b5, 0xffffffffee29617c, 1
    .dword 0xffffffff0400000a, 0xfffffffffe000001, 0xffffffff3f80000e, 0xffffffff427c0015, 1
    .dword 0xffffffff40363cdf, 0xffffffff81fffffc, 0xffffffff7fc00000, 0xffffffff7fc00000, 0
    .dword 0xfffffffffe3415af, 0xffffffff367227a7, 0xffffffff752a5861, 0xffffffff6a4d738a, 1
    .dword 0xffffffff0d000008, 0xffffffff7e77e895, 0xffffffff41fafdb6, 0xffffffffcbf7e8b4, 1
table_27: /* fcvt.w.s a0, fa1, rtz */
    .dword 0xffffffff80741d3a, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff4f3e0ab5, 0x0, 0x0, 0x7fffffff, 16
    .dword 0xffffffff3f6d6cd3, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff4ea4491d, 0x0, 0x0, 0x52248e80, 0
    .dword 0xffffffff406be2de, 0x0, 0x0, 0x3, 1
    .dword 0xffffffffce3cdce3, 0x0, 0x0, 0xffffffffd0c8c740, 0
    .dword 0xffffffff018fc6cb, 0x0, 0x0, 0x0, 1
    .dword 0xffffffffcd2b88be, 0x0, 0x0, 0xfffffffff5477420, 0
    .dword 0xffffffff00b75303, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff4f5fcef7, 0x0, 0x0, 0x7fffffff, 16
    .dword 0xfffffffffec10903, 0x0, 0x0, 0xffffffff80000000, 16
    .dword 0xffffffff4d2eceec, 0x0, 0x0, 0xaeceec0, 0
    .dword 0xffffffff0020946c, 0x0, 0x0, 0x0, 1
    .dword 0xffffffffce1f00dc, 0x0, 0x0, 0xffffffffd83fc900, 0
    .dword 0xffffffff3f800002, 0x0, 0x0, 0x1, 1
    .dword 0xffffffff4e352972, 0x0, 0x0, 0x2d4a5c80, 0
    .dword 0xffffffff405e0b3c, 0x0, 0x0, 0x3, 1
    .dword 0xffffffff4f35e05b, 0x0, 0x0, 0x7fffffff, 16
    .dword 0xffffffff3f2d00e0, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff4ef7ab2f, 0x0, 0x0, 0x7bd59780, 0
table_28: /* fcvt.s.w fa0, a2, rtz */
    .dword 0xffffc892ec6c6bcb, 0x0, 0x0, 0xffffffffcd9c9ca1, 1
    .dword 0xffffffffffff875a, 0x0, 0x0, 0xffffffffc6f14c00, 0
    .dword 0x1054197c93ade4, 0x0, 0x0, 0xffffffff4ef9275b, 1
    .dword 0xffffffe10e3f0972, 0x0, 0x0, 0xffffffff4d63f097, 1
    .dword 0xeda5, 0x0, 0x0, 0xffffffff476da500, 0
    .dword 0xfffffffe751b6a92, 0x0, 0x0, 0xffffffff4eea36d5, 1
    .dword 0xffdd372ddca11786, 0x0, 0x0, 0xffffffffce0d7ba1, 1
    .dword 0x74010, 0x0, 0x0, 0xffffffff48e80200, 0
    .dword 0xffffffffffffffdc, 0x0, 0x0, 0xffffffffc2100000, 0
    .dword 0x311df8e6bf, 0x0, 0x0, 0xffffffff4defc735, 1
    .dword 0xfecb3d9d2d9f5710, 0x0, 0x0, 0xffffffff4e367d5c, 1
    .dword 0x11f0eab19ea, 0x0, 0x0, 0xffffffff4d6ab19e, 1
    .dword 0x5f1, 0x0, 0x0, 0xffffffff44be2000, 0
    .dword 0x189e99ec93deffd5, 0x0, 0x0, 0xffffffffced84200, 1
    .dword 0xffa72aaa474a6400, 0x0, 0x0, 0xffffffff4e8e94c8, 0
    .dword 0x3037432, 0x0, 0x0, 0xffffffff4c40dd0c, 1
    .dword 0xffffdb7f9002ed01, 0x0, 0x0, 0xffffffffcedffa25, 1
    .dword 0x775bc4d6a, 0x0, 0x0, 0xffffffff4eeb789a, 1
    .dword 0x27, 0x0, 0x0, 0xffffffff421c0000, 0
    .dword 0xff38f543e9f758f2, 0x0, 0x0, 0xffffffffcdb04538, 1
table_29: /* fcvt.wu.s a0, fa1, rtz */
    .dword 0xfffffffffed463e7, 0x0, 0x0, 0x0, 16
    .dword 0xffffffff4e21030b, 0x0, 0x0, 0x2840c2c0, 0
    .dword 0xffffffff7e05257f, 0x0, 0x0, 0xffffffffffffffff, 16
    .dword 0xffffffff4f0a30a0, 0x0, 0x0, 0xffffffff8a30a000, 0
    .dword 0xffffffff8000000f, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff4f7a1476, 0x0, 0x0, 0xfffffffffa147600, 0
    .dword 0xffffffff3e836798, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff4f2c22c3, 0x0, 0x0, 0xffffffffac22c300, 0
    .dword 0xffffffff012e65df, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff4ea17743, 0x0, 0x0, 0x50bba180, 0
    .dword 0xffffffff00ed4f7a, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff4f791f82, 0x0, 0x0, 0xfffffffff91f8200, 0
    .dword 0xffffffffb71f16a7, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff4f2a1391, 0x0, 0x0, 0xffffffffaa139100, 0
    .dword 0xfffffffff97ffffc, 0x0, 0x0, 0x0, 16
    .dword 0xffffffff4f7c6187, 0x0, 0x0, 0xfffffffffc618700, 0
    .dword 0xffffffff7f405881, 0x0, 0x0, 0xffffffffffffffff, 16
    .dword 0xffffffff4ee9c81a, 0x0, 0x0, 0x74e40d00, 0
    .dword 0xffffffff3d91ebf8, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff4f680e9e, 0x0, 0x0, 0xffffffffe80e9e00, 0
table_30: /* fcvt.s.wu fa0, a2, rtz */
    .dword 0xffffffffff946e1d, 0x0, 0x0, 0xffffffff4f7f946e, 1
    .dword 0xfffffffffffffffa, 0x0, 0x0, 0xffffffff4f7fffff, 1
    .dword 0xffffffffffffdd10, 0x0, 0x0, 0xffffffff4f7fffdd, 1
    .dword 0x1cd8a2e89f5d40, 0x0, 0x0, 0xffffffff4f689f5d, 1
    .dword 0xdd125bd0f91, 0x0, 0x0, 0xffffffff4e16f43e, 1
    .dword 0x3ec97701b7b5, 0x0, 0x0, 0xffffffff4eee036f, 1
    .dword 0x4, 0x0, 0x0, 0xffffffff40800000, 0
    .dword 0xffffffff785d8262, 0x0, 0x0, 0xffffffff4ef0bb04, 1
    .dword 0xfffffffffcd22014, 0x0, 0x0, 0xffffffff4f7cd220, 1
    .dword 0xffffffffffffffe1, 0x0, 0x0, 0xffffffff4f7fffff, 1
    .dword 0x2355bf, 0x0, 0x0, 0xffffffff4a0d56fc, 0
    .dword 0xffffffeea30fd4de, 0x0, 0x0, 0xffffffff4f230fd4, 1
    .dword 0x1a1f5, 0x0, 0x0, 0xffffffff47d0fa80, 0
    .dword 0xfffffffe1311955f, 0x0, 0x0, 0xffffffff4d988caa, 1
    .dword 0x6c46c1c, 0x0, 0x0, 0xffffffff4cd88d83, 1
    .dword 0x2, 0x0, 0x0, 0xffffffff40000000, 0
    .dword 0xfc002c64b4e, 0x0, 0x0, 0xffffffff4c3192d3, 1
    .dword 0xffffffb4dbb2852a, 0x0, 0x0, 0xffffffff4f5bb285, 1
    .dword 0xffffffffffef448c, 0x0, 0x0, 0xffffffff4f7fef44, 1
    .dword 0x9a737d7e8, 0x0, 0x0, 0xffffffff4f2737d7, 1
table_31: /* fcvt.l.s a0, fa1, rtz */
    .dword 0xffffffff81d0c8fe, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff5f2f61d8, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0xffffffff0289c9e3, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff5ea2ae03, 0x0, 0x0, 0x5157018000000000, 0
    .dword 0xffffffff818e68d0, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff5f180f8b, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0xffffffff411e12f9, 0x0, 0x0, 0x9, 1
    .dword 0xffffffffde895488, 0x0, 0x0, 0xbb55bc0000000000, 0
    .dword 0xffffffff06fffffb, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff5f7de76f, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0xfffffffffdf149cd, 0x0, 0x0, 0x8000000000000000, 16
    .dword 0xffffffff5f094727, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0xffffffff7fc00000, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0xffffffff5f35f72c, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0xffffffff4010dac7, 0x0, 0x0, 0x2, 1
    .dword 0xffffffffdec19ead, 0x0, 0x0, 0x9f30a98000000000, 0
    .dword 0xffffffff4180000e, 0x0, 0x0, 0x10, 1
    .dword 0xffffffffdd71a4ae, 0x0, 0x0, 0xf0e5b52000000000, 0
    .dword 0xffffffff3f9d57e9, 0x0, 0x0, 0x1, 1
    .dword 0xffffffff5e083457, 0x0, 0x0, 0x220d15c000000000, 0
table_32: /* fcvt.s.l fa0, a2, rtz */
    .dword 0xffffffd6e730959d, 0x0, 0x0, 0xffffffffd224633d, 1
    .dword 0x12ce01dfd615, 0x0, 0x0, 0xffffffff5596700e, 1
    .dword 0xfffd7c9bf76d0913, 0x0, 0x0, 0xffffffffd820d902, 1
    .dword 0x2af8175cd6f9199f, 0x0, 0x0, 0xffffffff5e2be05d, 1
    .dword 0x1, 0x0, 0x0, 0xffffffff3f800000, 0
    .dword 0xfffffffff63d4f68, 0x0, 0x0, 0xffffffffcd1c2b09, 1
    .dword 0x780860b09be2b8, 0x0, 0x0, 0xffffffff5af010c1, 1
    .dword 0xb12cabb, 0x0, 0x0, 0xffffffff4d312cab, 1
    .dword 0x3fc5755, 0x0, 0x0, 0xffffffff4c7f15d5, 1
    .dword 0xfee92693b5bd9c89, 0x0, 0x0, 0xffffffffdb8b6cb6, 1
    .dword 0xffff03c09b03da49, 0x0, 0x0, 0xffffffffd77c3f64, 1
    .dword 0xf9bbe79e398f4688, 0x0, 0x0, 0xffffffffdcc8830c, 1
    .dword 0x228b6, 0x0, 0x0, 0xffffffff480a2d80, 0
    .dword 0xffa82db0a079da66, 0x0, 0x0, 0xffffffffdaafa49e, 1
    .dword 0xc55962a5dbb8e499, 0x0, 0x0, 0xffffffffde6a9a75, 1
    .dword 0xfffffffffffeb6d6, 0x0, 0x0, 0xffffffffc7a49500, 0
    .dword 0xc1c9900e2d56f498, 0x0, 0x0, 0xffffffffde78d9bf, 1
    .dword 0x91b93b9d3, 0x0, 0x0, 0xffffffff5111b93b, 1
    .dword 0x1f6b6, 0x0, 0x0, 0xffffffff47fb5b00, 0
    .dword 0x3, 0x0, 0x0, 0xffffffff40400000, 0
table_33: /* fcvt.lu.s a0, fa1, rtz */
    .dword 0xffffffffc180000e, 0x0, 0x0, 0x0, 16
    .dword 0xffffffff5f09959a, 0x0, 0x0, 0x89959a0000000000, 0
    .dword 0xffffffffc1b837f3, 0x0, 0x0, 0x0, 16
    .dword 0xffffffff5e927f85, 0x0, 0x0, 0x493fc28000000000, 0
    .dword 0xffffffff40000001, 0x0, 0x0, 0x2, 1
    .dword 0xffffffff5d9558ba, 0x0, 0x0, 0x12ab174000000000, 0
    .dword 0xfffffffffe800001, 0x0, 0x0, 0x0, 16
    .dword 0xffffffff5eecb219, 0x0, 0x0, 0x76590c8000000000, 0
    .dword 0xffffffff3d800009, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff5f5682bd, 0x0, 0x0, 0xd682bd0000000000, 0
    .dword 0xffffffffffa00000, 0x0, 0x0, 0xffffffffffffffff, 16
    .dword 0xffffffff5f39cb41, 0x0, 0x0, 0xb9cb410000000000, 0
    .dword 0xffffffffc0aa7e21, 0x0, 0x0, 0x0, 16
    .dword 0xffffffff5f0c111a, 0x0, 0x0, 0x8c111a0000000000, 0
    .dword 0xffffffffbf0c3ccc, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff5f481d8a, 0x0, 0x0, 0xc81d8a0000000000, 0
    .dword 0xffffffffc17ffff9, 0x0, 0x0, 0x0, 16
    .dword 0xffffffff5f520c42, 0x0, 0x0, 0xd20c420000000000, 0
    .dword 0xffffffffc09f3d55, 0x0, 0x0, 0x0, 16
    .dword 0xffffffff5f685c75, 0x0, 0x0, 0xe85c750000000000, 0
table_34: /* fcvt.s.lu fa0, a2, rtz */
    .dword 0x4475, 0x0, 0x0, 0xffffffff4688ea00, 0
    .dword 0xfffffffffff74a9f, 0x0, 0x0, 0xffffffff5f7fffff, 1
    .dword 0xa, 0x0, 0x0, 0xffffffff41200000, 0
    .dword 0xfffff545f43e540f, 0x0, 0x0, 0xffffffff5f7ffff5, 1
    .dword 0xffffffffffffe681, 0x0, 0x0, 0xffffffff5f7fffff, 1
    .dword 0x16d55307e, 0x0, 0x0, 0xffffffff4fb6aa98, 1
    .dword 0xfffffffffffff00a, 0x0, 0x0, 0xffffffff5f7fffff, 1
    .dword 0xffffffffffffffe8, 0x0, 0x0, 0xffffffff5f7fffff, 1
    .dword 0xffffffffffffff31, 0x0, 0x0, 0xffffffff5f7fffff, 1
    .dword 0xffd3275a65c10dd9, 0x0, 0x0, 0xffffffff5f7fd327, 1
    .dword 0x85eabbcdac, 0x0, 0x0, 0xffffffff5305eabb, 1
    .dword 0x6053758, 0x0, 0x0, 0xffffffff4cc0a6eb, 0
    .dword 0x3d02ad41fda0c8, 0x0, 0x0, 0xffffffff5a740ab5, 1
    .dword 0xffffd2836618e58e, 0x0, 0x0, 0xffffffff5f7fffd2, 1
    .dword 0x26072e289459a6f, 0x0, 0x0, 0xffffffff5c181cb8, 1
    .dword 0x4aededfe95cd148, 0x0, 0x0, 0xffffffff5c95dbdb, 1
    .dword 0xfb4c087aaac2cf0b, 0x0, 0x0, 0xffffffff5f7b4c08, 1
    .dword 0x14eb, 0x0, 0x0, 0xffffffff45a75800, 0
    .dword 0x3f1c5c56, 0x0, 0x0, 0xffffffff4e7c7171, 1
    .dword 0xffffffffffffffd2, 0x0, 0x0, 0xffffffff5f7fffff, 1
table_35: /* fadd.s fa0, fa1, fa2, rdn */
    .dword 0xffffffff2c99884e, 0xffffffffac99884f, 0xffffffff01cbd4e4, 0xffffffffa1000000, 0
    .dword 0xffffffff41800008, 0xffffffff80356614, 0xffffffff804c4f7d, 0xffffffff41800007, 1
    .dword 0xffffffffc0347d74, 0xfffffffff6d08dd4, 0xffffffff808e0012, 0xfffffffff6d08dd5, 1
    .dword 0xffffffff3ef29f84, 0xffffffffbef29f87, 0xffffffffda00000b, 0xffffffffb3c00000, 0
    .dword 0xffffffff4180000e, 0xffffffff80874539, 0xffffffff80a6f93c, 0xffffffff4180000d, 1
    .dword 0xffffffff3d963798, 0xffffffffff53b3f3, 0xffffffff7ed577b2, 0xffffffffff53b3f3, 1
    .dword 0xffffffff3e60fe90, 0xffffffffbe60fe92, 0xffffffff1ffffff8, 0xffffffffb3000000, 0
    .dword 0xffffffffbf858068, 0xfffffffffdb14a24, 0xffffffff80800001, 0xfffffffffdb14a25, 1
    .dword 0xffffffff0080000d, 0xffffffffbfda0b31, 0xffffffff80fffffe, 0xffffffffbfda0b31, 1
    .dword 0xffffffff8180000c, 0xffffffff0180000e, 0xffffffff80819a20, 0xffffffff00000008, 0
    .dword 0xffffffff40fffffd, 0xffffffff7df131b0, 0xffffffff3db614bd, 0xffffffff7df131b0, 1
    .dword 0xffffffff0100000c, 0xffffffff00800003, 0xffffffffc042a12d, 0xffffffff0140000d, 1
    .dword 0xffffffff41041eee, 0xffffffffc1041ef0, 0xffffffff00ee747f, 0xffffffffb6000000, 0
    .dword 0xffffffff80a26b15, 0xffffffffe54c9e29, 0xffffffff7dfffffd, 0xffffffffe54c9e2a, 1
    .dword 0xffffffffbeb4e517, 0xfffffffffde38912, 0xffffffff01800001, 0xfffffffffde38913, 1
    .dword 0xffffffffd1661f2d, 0xffffffff51661f2f, 0xffffffff80e18794, 0xffffffff46000000, 0
    .dword 0xffffffff017ffff9, 0xffffffff3d800005, 0xfffffffffe6248e4, 0xffffffff3d800005, 1
    .dword 0xffffffff01c14eed, 0xffffffff01000003, 0xffffffff4104d447, 0xffffffff0200a777, 1
    .dword 0xffffffff40680c3e, 0xffffffffc0680c3f, 0xffffffff94ee4529, 0xffffffffb4800000, 0
    .dword 0xfffffffffefffffa, 0xffffffffff39c09d, 0xffffffff01cf78bc, 0xffffffffff800000, 5
table_36: /* fsub.s fa0, fa1, fa2, rdn */
    .dword 0xffffffff01ffbdab, 0xffffffff01ffbdac, 0xffffffffc07c537f, 0xffffffff80000004, 0
    .dword 0xffffffff3d9e620b, 0xfffffffffe80000f, 0xffffffff00ecc807, 0xffffffff7e80000f, 1
    .dword 0xffffffff817ffff9, 0xffffffff82000002, 0xffffffff4e29f2a0, 0xffffffff01800007, 1
    .dword 0xffffffff8199db80, 0xffffffff8199db81, 0xffffffff408e2dcc, 0xffffffff00000004, 0
    .dword 0xffffffff170055d0, 0xffffffffc1a6d147, 0xffffffff7efffff8, 0xffffffff41a6d147, 1
    .dword 0xffffffff7e77fd7b, 0xffffffff7f7ffffe, 0xffffffff7f00000c, 0xffffffffff4200a0, 1
    .dword 0xffffffff7e55cfab, 0xffffffff7e55cfac, 0xffffffff1c218923, 0xfffffffff2800000, 0
    .dword 0xffffffffeefffff8, 0xffffffff8964da72, 0xffffffff3fee2c3a, 0xffffffffeefffff8, 1
    .dword 0xffffffffd57ffff8, 0xffffffff816de85a, 0xffffffff009800bd, 0xffffffffd57ffff8, 1
    .dword 0xffffffff8640abbd, 0xffffffff8640abbe, 0xffffffffbdc54552, 0xffffffff00000800, 0
    .dword 0xffffffff550dd016, 0xffffffff41cf0826, 0xffffffffff2bb73c, 0xffffffff550dd015, 1
    .dword 0xffffffff3efffffa, 0xffffffff3d83fa84, 0xffffffff41ce0de0, 0xffffffff3edf0159, 0
    .dword 0xffffffff806af128, 0xffffffff806af12b, 0xffffffffff00bef6, 0xffffffff00000003, 0
    .dword 0xffffffff8180000a, 0xffffffff7dfffffd, 0xffffffffadfffffc, 0xfffffffffdfffffe, 1
    .dword 0xffffffff40a58910, 0xffffffff96655bc4, 0xffffffffbdfffffe, 0xffffffff40a58910, 1
    .dword 0xffffffffb8fffffe, 0xffffffffb9000001, 0xffffffffc098966b, 0xffffffff2e000000, 0
    .dword 0xffffffffbffffffa, 0xffffffff018692e2, 0xfffffffffd8d8748, 0xffffffffbffffffb, 1
    .dword 0xfffffffffedc9b8e, 0xffffffff0680000d, 0xffffffff807742d9, 0xfffffffffedc9b8f, 1
    .dword 0xffffffff41fffffd, 0xffffffff41fffffc, 0xffffffffc1f58544, 0xffffffff36000000, 0
    .dword 0xffffffff1f1abd27, 0xffffffff3d800000, 0xffffffffb9fb5165, 0xffffffffbd800000, 1
table_37: /* fmul.s fa0, fa1, fa2, rdn */
    .dword 0xffffffff817ffff9, 0xffffffff0095d2cf, 0xffffffffb600000c, 0xffffffff80000001, 3
    .dword 0xffffffffc19db38c, 0xfffffffffde31f1a, 0xffffffff3ffffffb, 0xffffffff7f7fffff, 5
    .dword 0xffffffff3dfffffa, 0xffffffff6744c788, 0xffffffffbefb036d, 0xffffffff65c4c783, 1
    .dword 0xffffffffd6c816c2, 0xffffffffc1800008, 0xffffffff3fd1012c, 0xffffffff58c816ce, 1
    .dword 0xffffffff002f678b, 0xffffffff3ffa646c, 0xffffffff812b5969, 0xffffffff005cbb6c, 3
    .dword 0xffffffff01a1d5ba, 0xffffffff01800009, 0xffffffff3f3a713e, 0xffffffff00000000, 3
    .dword 0xffffffffc1b28022, 0xffffffff8084ce2e, 0xffffffff406ca770, 0xffffffff02b933a9, 1
    .dword 0xffffffffd7e5cebe, 0xfffffffffe28eb34, 0xffffffffffc00000, 0xffffffff7f7fffff, 5
    .dword 0xffffffff4064170b, 0xffffffff802264df, 0xffffffff3f69f804, 0xffffffff807a93bd, 3
    .dword 0xffffffffcfb14b3c, 0xffffffff809c6b87, 0xffffffff997ffffa, 0xffffffff10d8a8a1, 1
    .dword 0xffffffff3db4fe18, 0xfffffffffdbbae2d, 0xffffffff6d87c054, 0xfffffffffc04b0c1, 1
    .dword 0xffffffffe1fffffd, 0xffffffff80d700de, 0xffffffff7e80000e, 0xffffffff235700db, 1
    .dword 0xffffffff7dde2f91, 0xffffffff812d0191, 0xffffffff3dfffff9, 0xffffffffbf962782, 1
    .dword 0xffffffff41ada730, 0xffffffffeea48dc7, 0xffffffff3efffffa, 0xfffffffff0df3e8e, 1
    .dword 0xffffffffbf597600, 0xffffffffbfc07c7f, 0xffffffffc076f269, 0xffffffff3fa38241, 1
    .dword 0xffffffff41fffff8, 0xffffffff80fffffe, 0xffffffff7e80000c, 0xffffffff837ffff7, 1
    .dword 0xffffffffbee7659e, 0xffffffff469db6fb, 0xffffffff00bf9c47, 0xffffffffc60e8eb8, 1
    .dword 0xffffffff3dc96622, 0xffffffff0180000c, 0xffffffff1c7ffffb, 0xffffffff0032598d, 3
    .dword 0xffffffffbe94084a, 0xffffffff87fffff8, 0xffffffff417ffffa, 0xffffffff07140845, 1
    .dword 0xffffffff40f8eabc, 0xffffffff43800009, 0xffffffffbe614896, 0xffffffff44f8eacd, 1
table_38: /* fdiv.s fa0, fa1, fa2, rdn */
    .dword 0xffffffff807ffff8, 0xfffffffffdc70be3, 0xffffffff00800005, 0xffffffff00000000, 3
    .dword 0xffffffffc0487e3a, 0xffffffff3e000008, 0xffffffff6045f775, 0xffffffffc1c87e2e, 1
    .dword 0xfffffffffec78673, 0xffffffffc1000005, 0xffffffffc0587606, 0xffffffff7d47866b, 1
    .dword 0xffffffffc17473fa, 0xffffffffbe0ca320, 0xffffffff0084d1b9, 0xffffffff42de7cbd, 1
    .dword 0xffffffffbdcbe978, 0xffffffff81b03b46, 0xffffffff3fd48c3f, 0xffffffff7b941ad3, 1
    .dword 0xffffffffbe0d3c9f, 0xffffffff01945564, 0xffffffffc1729fff, 0xfffffffffbf3c08c, 1
    .dword 0xffffffff8080000a, 0xffffffff0000000d, 0xffffffffff000006, 0xffffffffc91d89e5, 1
    .dword 0xfffffffff21e5229, 0xffffffff0080000a, 0xffffffff2a96c627, 0xffffffffff800000, 5
    .dword 0xffffffff407ffffb, 0xffffffffc1fffffd, 0xfffffffffd9803d8, 0xffffffffbdfffffe, 1
    .dword 0xffffffff413b3d92, 0xffffffff8eef2d63, 0xffffffffd21ace2b, 0xfffffffff1c86904, 1
    .dword 0xffffffff00876b8a, 0xfffffffff992e168, 0xffffffff7e893fcc, 0xffffffff80000001, 3
    .dword 0xffffffff807ffff9, 0xffffffff7efffffc, 0xffffffffc0d56096, 0xffffffff80000001, 3
    .dword 0xffffffff7eff1714, 0xffffffff81456b0a, 0xffffffff017e1255, 0xffffffffff800000, 5
    .dword 0xffffffff848adebb, 0xffffffff88000009, 0xffffffff3efffffc, 0xffffffff3c0adeb1, 1
    .dword 0xffffffffc0e23989, 0xffffffff40cbf2e4, 0xffffffff816e829c, 0xffffffffbf8dfb08, 1
    .dword 0xffffffffffc00000, 0xfffffffffeeafac9, 0xffffffff8184fa09, 0xffffffff7fc00000, 0
    .dword 0xfffffffffd8694a7, 0xffffffff01bb24dc, 0xffffffff8000000e, 0xffffffffff800000, 5
    .dword 0xffffffffba80000e, 0xffffffff3f5055ef, 0xffffffff02b01c64, 0xffffffffba9d48ef, 1
    .dword 0xffffffff4eaf16ab, 0xffffffff29c410ee, 0xffffffff4162014b, 0xffffffff64649c25, 1
    .dword 0xffffffff807ffffa, 0xffffffff8d981ce8, 0xffffffffbe219485, 0xffffffff32576b34, 1
table_39: /* fsqrt.s fa0, fa1, rdn */
    .dword 0xffffffffffa00000, 0xffffffff805997cf, 0xffffffff7eac32e1, 0xffffffff7fc00000, 16
    .dword 0xffffffff08724d02, 0xffffffff3f00000d, 0xffffffff81fffff9, 0xffffffff23f90e65, 1
    .dword 0xffffffff7fa00000, 0xffffffff807fffff, 0xffffffffbf7c0fa7, 0xffffffff7fc00000, 16
    .dword 0xffffffff412fbb0a, 0xffffffff3f0abed7, 0xffffffff58fffffa, 0xffffffff405419fa, 1
    .dword 0xffffffff803993a3, 0xffffffff7c000002, 0xffffffff40898e4c, 0xffffffff7fc00000, 16
    .dword 0xffffffff3de31dae, 0xffffffff80000000, 0xffffffffc1738a23, 0xffffffff3eaa8071, 1
    .dword 0xffffffff405afe51, 0xffffffffbf9513b5, 0xfffffffffebe6589, 0xffffffff3fecc65a, 1
    .dword 0xffffffff40fffff9, 0xffffffff4f7de626, 0xffffffff7dfffff9, 0xffffffff403504f0, 1
    .dword 0xffffffffc7ffed8e, 0xffffffff3f46f008, 0xffffffff7ed3eae9, 0xffffffff7fc00000, 16
    .dword 0xffffffff00000000, 0xffffffffc1611fb5, 0xffffffff0fff3dbd, 0xffffffff00000000, 0
    .dword 0xffffffff435e6d52, 0xffffffffbe3fc6a7, 0xffffffff807ffffe, 0xffffffff416e9fb1, 1
    .dword 0xffffffff4000000d, 0xffffffff81d7a6b8, 0xffffffffbf6a4171, 0xffffffff3fb504fc, 1
    .dword 0xffffffffbe50ec88, 0xffffffff6a621e35, 0xfffffffffe800006, 0xffffffff7fc00000, 16
    .dword 0xffffffff18000007, 0xffffffff81482f87, 0xffffffffc07762fd, 0xffffffff2bb504f8, 1
    .dword 0xffffffff3f155981, 0xffffffff7e034a33, 0xffffffff81fffffe, 0xffffffff3f4388ad, 1
    .dword 0xffffffff462dddd6, 0xffffffffbfaf8cdc, 0xffffffff5813e9fd, 0xffffffff42d2f93a, 1
    .dword 0xffffffff3de7afea, 0xffffffff3e7ffff9, 0xffffffff7f800000, 0xffffffff3eac3584, 1
    .dword 0xffffffff7f05a82b, 0xffffffff00c78485, 0xffffffff80af8956, 0xffffffff5f38f9e3, 1
    .dword 0xffffffff3e00000c, 0xffffffffc102f5fe, 0xffffffff01494ea8, 0xffffffff3eb504fb, 1
    .dword 0xffffffff7e7ffffc, 0xffffffffe8705359, 0xffffffff95ffffff, 0xffffffff5efffffd, 1
table_40: /* fmadd.s fa0, fa1, fa2, fa3, rdn */
    .dword 0xffffffff00d5222e, 0xffffffff817ffffc, 0xffffffff00000000, 0xffffffff80000001, 3
    .dword 0xffffffff7fa00000, 0xffffffffc1839726, 0xffffffff7d9edcc5, 0xffffffff7fc00000, 16
    .dword 0xffffffffb1a3a048, 0xffffffff3f4ecbc5, 0xffffffffc1404d6c, 0xffffffffc1404d6d, 1
    .dword 0xffffffffe845440b, 0xffffffffbe7fffff, 0xffffffffe7454409, 0xffffffff5b9d5dfa, 1
    .dword 0xffffffff01800005, 0xffffffffc4941b99, 0xffffffff3ff3b121, 0xffffffff3ff3b120, 1
    .dword 0xffffffff0000000b, 0xffffffff7ee570cb, 0xffffffff809635cc, 0xffffffff361dbd8b, 1
    .dword 0xffffffff7da955de, 0xffffffff818b2984, 0xffffffff3fb81a2b, 0xffffffffb2d6a3c0, 0
    .dword 0xffffffff7f2ab8f9, 0xffffffff3ee88655, 0xffffffff3e5da826, 0xffffffff7e9b1137, 1
    .dword 0xffffffff3dec833f, 0xffffffff80000000, 0xffffffffc1966c27, 0xffffffffc1966c27, 0
    .dword 0xffffffff41dcedb3, 0xffffffff01e35fc4, 0xffffffff8444396c, 0xffffffff80000076, 3
    .dword 0xffffffff3ee20673, 0xfffffffff800000b, 0xffffffff80143f3e, 0xfffffffff7620687, 1
    .dword 0xffffffff3df7d0a9, 0xffffffff8ca2736a, 0xffffffff81000004, 0xffffffff8b1d41cd, 1
    .dword 0xffffffff80ed91d4, 0xffffffff3effffff, 0xffffffff0076c8eb, 0xffffffff00000001, 3
    .dword 0xffffffffd7d0d912, 0xffffffffc1fffffb, 0xffffffff35b5fce9, 0xffffffff5a50d90d, 1
    .dword 0xffffffff006e2fc4, 0xffffffff4069aff9, 0xffffffffcb7ffffa, 0xffffffffcb7ffffa, 1
    .dword 0xffffffffeab599b2, 0xffffffff3f000004, 0xffffffff6a3599bb, 0xffffffff5f54cc9c, 0
    .dword 0xffffffffec14bc55, 0xffffffff3a91c2b3, 0xffffffff80000000, 0xffffffffe7295f96, 1
    .dword 0xffffffff41fffffc, 0xffffffff83ffbe08, 0xffffffffff7fffff, 0xffffffffff800000, 5
    .dword 0xffffffffff6d2f2b, 0xffffffff8088d578, 0xffffffffc07d8daa, 0xffffffff35227194, 0
    .dword 0xffffffff7e1c4eb0, 0xffffffff800d689c, 0xffffffff1ee838b9, 0xffffffffbd82fde3, 1
table_41: /* fmsub.s fa0, fa1, fa2, fa3, rdn */
    .dword 0xffffffff7fa00000, 0xffffffff8060d9d0, 0xffffffff7fc00000, 0xffffffff7fc00000, 16
    .dword 0xffffffff80000000, 0xffffffff0000000e, 0xffffffffdddd314c, 0xffffffff5ddd314c, 0
    .dword 0xffffffff7db0157b, 0xffffffff3f000005, 0xffffffff81000005, 0xffffffff7d301581, 1
    .dword 0xffffffff7de9f440, 0xffffffff3b800006, 0xffffffff79e9f44d, 0xffffffffee822340, 0
    .dword 0xffffffff7b3ba707, 0xffffffffbe7ffffc, 0xffffffffc13e77c9, 0xfffffffffa3ba705, 1
    .dword 0xffffffffff7ffff8, 0xfffffffffe000002, 0xffffffffc0ec48cb, 0xffffffff7f7fffff, 5
    .dword 0xffffffff8180000e, 0xffffffff41fffff8, 0xffffffff84000007, 0xffffffff80000180, 3
    .dword 0xffffffffbd75a7c3, 0xffffffff013e55fa, 0xfffffffffe800006, 0xffffffff7e800005, 1
    .dword 0xffffffffc1800009, 0xffffffffc0fffffe, 0xffffffff0e7ffffc, 0xffffffff43000007, 1
    .dword 0xffffffff5616dccc, 0xffffffffbf800006, 0xffffffffd616dcd6, 0xffffffff4b3b699c, 0
    .dword 0xffffffff004bc3be, 0xffffffff3e800006, 0xffffffff80805b1b, 0xffffffff00934c0b, 1
    .dword 0xffffffffc176b9a7, 0xffffffff80000000, 0xffffffff3b897bb8, 0xffffffffbb897bb8, 0
    .dword 0xffffffff806579ae, 0xffffffffc8000005, 0xffffffff08caf363, 0xffffffff0000ed81, 3
    .dword 0xffffffff80000003, 0xffffffff9ec5665f, 0xffffffff33e4e47b, 0xffffffffb3e4e47b, 1
    .dword 0xffffffffbe7ffffd, 0xffffffff3daa8fa4, 0xffffffffff800000, 0xffffffff7f800000, 0
    .dword 0xffffffff7f800000, 0xffffffff810d23dc, 0xffffffffff800000, 0xffffffff7fc00000, 16
    .dword 0xffffffff3db4b7be, 0xffffffff7fa00000, 0xffffffff7f28beac, 0xffffffff7fc00000, 16
    .dword 0xffffffff7fc00000, 0xffffffff013296bd, 0xffffffff41e1f26a, 0xffffffff7fc00000, 0
    .dword 0xffffffff4f1ad189, 0xffffffff00fffff8, 0xffffffff109ad182, 0xffffffff058a5cee, 0
    .dword 0xfffffffffe1779a1, 0xffffffff3e7ffff9, 0xffffffff3ecabb01, 0xfffffffffd17799d, 1
table_42: /* fnmsub.s fa0, fa1, fa2, fa3, rdn */
    .dword 0xffffffff40182ac4, 0xffffffffe4513eba, 0xffffffffe4f8c066, 0xffffffffd78bacc0, 0
    .dword 0xffffffff009923e5, 0xffffffff998570a9, 0xffffffffff1c547f, 0xffffffffff1c547f, 1
    .dword 0xffffffff02000007, 0xffffffff41000001, 0xffffffff40000006, 0xffffffff40000005, 1
    .dword 0xfffffffffee2cc68, 0xffffffff34fffffa, 0xfffffffff462cc63, 0xffffffffe7a194e0, 0
    .dword 0xffffffff3ed90adc, 0xffffffff40400af9, 0xffffffff7e86dcfc, 0xffffffff7e86dcfb, 1
    .dword 0xffffffffc016e1e3, 0xffffffffbfbfe0aa, 0xffffffffc07acda3, 0xffffffffc0ee7dc4, 1
    .dword 0xffffffff0165694b, 0xffffffffc1578d2b, 0xffffffff834129f0, 0xffffffff80000010, 3
    .dword 0xffffffff7d800001, 0xffffffffbdc42e81, 0xffffffff04cd62ef, 0xffffffff7bc42e82, 1
    .dword 0xffffffff7d83a6c8, 0xffffffff7d9112bc, 0xffffffffc06a6910, 0xffffffffff800000, 5
    .dword 0xffffffff41fffffe, 0xffffffff80800009, 0xffffffff8300000a, 0xffffffff80000041, 3
    .dword 0xfffffffffe80000b, 0xffffffffc0ff26c1, 0xffffffff1e000002, 0xffffffffff800000, 5
    .dword 0xffffffffc1800003, 0xffffffff5afffff9, 0xffffffff00530050, 0xffffffff5cfffffe, 1
    .dword 0xffffffff7fa00000, 0xffffffffd1ffffff, 0xffffffff7fc00000, 0xffffffff7fc00000, 16
    .dword 0xffffffff3fc30724, 0xffffffffc880000a, 0xffffffffbefffffa, 0xffffffff48c30723, 1
    .dword 0xffffffffbd800008, 0xffffffff016fde48, 0xffffffff1e29a721, 0xffffffff1e29a721, 1
    .dword 0xffffffff5a9b0328, 0xffffffff81d4e5ac, 0xffffffff9d00e9ad, 0xffffffff120639b8, 0
    .dword 0xffffffffbfed5dcf, 0xffffffff0024a2c9, 0xffffffff016633f9, 0xffffffff0184160c, 1
    .dword 0xffffffff0094c10a, 0xffffffffdea95f85, 0xffffffff7f800000, 0xffffffff7f800000, 0
    .dword 0xffffffff7e7ffffc, 0xffffffff7ef1827d, 0xffffffff7f800000, 0xffffffff7f800000, 0
    .dword 0xffffffff75b3c455, 0xffffffffff17a940, 0xffffffff806ce204, 0xffffffff7f7fffff, 5
table_43: /* fnmadd.s fa0, fa1, fa2, fa3, rdn */
    .dword 0xffffffffc100bc9a, 0xffffffffc1000000, 0xffffffffc280bc98, 0xffffffffb7800000, 0
    .dword 0xffffffffda2a681c, 0xffffffff3d80000a, 0xffffffffc0fffffe, 0xffffffff582a6829, 1
    .dword 0xffffffff02b3cea1, 0xffffffff147ffffe, 0xffffffff48f6f499, 0xffffffffc8f6f49a, 1
    .dword 0xffffffffc00800f7, 0xffffffff00cd268d, 0xffffffff0159fa81, 0xffffffff00000001, 3
    .dword 0xffffffff40000007, 0xffffffffa3fffffb, 0xffffffff3f78d8d3, 0xffffffffbf78d8d3, 1
    .dword 0xfffffffffeafe760, 0xffffffff40727a78, 0xffffffffb48b785f, 0xffffffff7f7fffff, 5
    .dword 0xffffffffbf1bb594, 0xffffffffbdfffffc, 0xffffffffbd9bb592, 0xffffffff315daca0, 0
    .dword 0xffffffffbe800003, 0xfffffffffecebaf5, 0xffffffff4140b856, 0xfffffffffdcebafa, 1
    .dword 0xffffffffbd931f98, 0xffffffff04ffac91, 0xffffffff3e1a3b88, 0xffffffffbe1a3b88, 1
    .dword 0xffffffffc037222d, 0xffffffff3ec1b994, 0xffffffff3f8a9584, 0xffffffff343fa382, 0
    .dword 0xffffffff015b0e23, 0xffffffff80f8b359, 0xffffffff80d32415, 0xffffffff00d32415, 1
    .dword 0xffffffff677ffffb, 0xffffffffbd800001, 0xffffffff40175384, 0xffffffff657ffffc, 1
    .dword 0xffffffffc05ee400, 0xffffffffbf00000f, 0xffffffffbfdee417, 0xffffffffb4c7ae00, 0
    .dword 0xffffffff7ddc0b49, 0xffffffff00fffff9, 0xffffffff01b9d7e3, 0xffffffffbf5c0b43, 1
    .dword 0xffffffff3fb0966a, 0xfffffffff1331a17, 0xffffffff7eec21c0, 0xfffffffffeec21c0, 1
    .dword 0xffffffff333d0226, 0xffffffff9c695313, 0xffffffff102c444d, 0xffffffff852c214c, 1
    .dword 0xffffffffbebe55c7, 0xffffffff7d80000b, 0xffffffffc6920a1a, 0xffffffff7cbe55d7, 1
    .dword 0xfffffffffe0c411b, 0xffffffffff293536, 0xffffffff41bac733, 0xffffffffff800000, 5
    .dword 0xffffffff41ef3fc2, 0xffffffff80b2973b, 0xffffffff0326e7ad, 0xffffffff8000004c, 3
    .dword 0xffffffff79ec12a7, 0xffffffff7fa00000, 0xffffffff41b31ef8, 0xffffffff7fc00000, 16
table_44: /* fcvt.w.s a0, fa1, rdn */
    .dword 0xffffffff3efffff8, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff4f0f8160, 0x0, 0x0, 0x7fffffff, 16
    .dword 0xffffffff7e36d918, 0x0, 0x0, 0x7fffffff, 16
    .dword 0xffffffff4ee67124, 0x0, 0x0, 0x73389200, 0
    .dword 0xffffffff41000007, 0x0, 0x0, 0x8, 1
    .dword 0xffffffff4dfb5425, 0x0, 0x0, 0x1f6a84a0, 0
    .dword 0xffffffff3ed40e71, 0x0, 0x0, 0x0, 1
    .dword 0xffffffffcec73a57, 0x0, 0x0, 0xffffffff9c62d480, 0
    .dword 0xffffffff3e29a42e, 0x0, 0x0, 0x0, 1
    .dword 0xffffffffce2b4e59, 0x0, 0x0, 0xffffffffd52c69c0, 0
    .dword 0xffffffff7e413877, 0x0, 0x0, 0x7fffffff, 16
    .dword 0xffffffffcac8754c, 0x0, 0x0, 0xffffffffff9bc55a, 0
    .dword 0xffffffff3e7ffffd, 0x0, 0x0, 0x0, 1
    .dword 0xffffffffcdf02d17, 0x0, 0x0, 0xffffffffe1fa5d20, 0
    .dword 0xffffffff81a415c9, 0x0, 0x0, 0xffffffffffffffff, 1
    .dword 0xffffffffce063441, 0x0, 0x0, 0xffffffffde72efc0, 0
    .dword 0xfffffffffe1c55ad, 0x0, 0x0, 0xffffffff80000000, 16
    .dword 0xffffffff4f21a6ce, 0x0, 0x0, 0x7fffffff, 16
    .dword 0xffffffff7e2b7a84, 0x0, 0x0, 0x7fffffff, 16
    .dword 0xffffffffcebbbebf, 0x0, 0x0, 0xffffffffa220a080, 0
table_45: /* fcvt.s.w fa0, a2, rdn */
    .dword 0x9ad09, 0x0, 0x0, 0xffffffff491ad090, 0
    .dword 0xb62a20aeaf9d9, 0x0, 0x0, 0xffffffff4d2eaf9d, 1
    .dword 0x412af0ee0af744c0, 0x0, 0x0, 0xffffffff4d2f744c, 0
    .dword 0x219a5, 0x0, 0x0, 0xffffffff48066940, 0
    .dword 0xffffffe2b17c5890, 0x0, 0x0, 0xffffffffce9d074f, 1
    .dword 0xffffcda04bf98243, 0x0, 0x0, 0xffffffff4e97f304, 1
    .dword 0x2b, 0x0, 0x0, 0xffffffff422c0000, 0
    .dword 0x161394e2, 0x0, 0x0, 0xffffffff4db09ca7, 1
    .dword 0xf97198971e978c75, 0x0, 0x0, 0xffffffff4df4bc63, 1
    .dword 0xc08b5cc8c1, 0x0, 0x0, 0xffffffffcee9466f, 1
    .dword 0xffffffffffff843d, 0x0, 0x0, 0xffffffffc6f78600, 0
    .dword 0xfffffffffeadd101, 0x0, 0x0, 0xffffffffcba91780, 1
    .dword 0xc899e07cd52474f9, 0x0, 0x0, 0xffffffffce2b6e2d, 1
    .dword 0x15f, 0x0, 0x0, 0xffffffff43af8000, 0
    .dword 0x242785b7f9563447, 0x0, 0x0, 0xffffffffccd53978, 1
    .dword 0x7deba00bff7bcc0, 0x0, 0x0, 0xffffffffce801087, 1
    .dword 0xffffffff8062d904, 0x0, 0x0, 0xffffffffceff3a4e, 1
    .dword 0x7da72, 0x0, 0x0, 0xffffffff48fb4e40, 0
    .dword 0xffffffffffffffe5, 0x0, 0x0, 0xffffffffc1d80000, 0
    .dword 0xfffffffffffe1461, 0x0, 0x0, 0xffffffffc7f5cf80, 0
table_46: /* fcvt.wu.s a0, fa1, rdn */
    .dword 0xffffffff407ffffd, 0x0, 0x0, 0x3, 1
    .dword 0xffffffff4e78df79, 0x0, 0x0, 0x3e37de40, 0
    .dword 0xffffffff80cbb307, 0x0, 0x0, 0x0, 16
    .dword 0xffffffff4f57ac93, 0x0, 0x0, 0xffffffffd7ac9300, 0
    .dword 0xffffffff49a8cfdd, 0x0, 0x0, 0x1519fb, 1
    .dword 0xffffffff4f1368a3, 0x0, 0x0, 0xffffffff9368a300, 0
    .dword 0xffffffff5876bd70, 0x0, 0x0, 0xffffffffffffffff, 16
    .dword 0xffffffff4e15c87d, 0x0, 0x0, 0x25721f40, 0
    .dword 0xffffffffc195f548, 0x0, 0x0, 0x0, 16
    .dword 0xffffffff4f22cc63, 0x0, 0x0, 0xffffffffa2cc6300, 0
    .dword 0xffffffff2ad70281, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff4f0dd265, 0x0, 0x0, 0xffffffff8dd26500, 0
    .dword 0xffffffff3e020fd1, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff4f7b274a, 0x0, 0x0, 0xfffffffffb274a00, 0
    .dword 0xffffffff81f369bc, 0x0, 0x0, 0x0, 16
    .dword 0xffffffff4f129108, 0x0, 0x0, 0xffffffff92910800, 0
    .dword 0xffffffff7f488145, 0x0, 0x0, 0xffffffffffffffff, 16
    .dword 0xffffffff4f2b2c2f, 0x0, 0x0, 0xffffffffab2c2f00, 0
    .dword 0xffffffff81fffffe, 0x0, 0x0, 0x0, 16
    .dword 0xffffffff4e037891, 0x0, 0x0, 0x20de2440, 0
table_47: /* fcvt.s.wu fa0, a2, rdn */
    .dword 0xffffffffffff627e, 0x0, 0x0, 0xffffffff4f7fff62, 1
    .dword 0x342562300, 0x0, 0x0, 0xffffffff4e84ac46, 0
    .dword 0x28101d40c3500d6, 0x0, 0x0, 0xffffffff4d43500d, 1
    .dword 0xfffe7463490e9539, 0x0, 0x0, 0xffffffff4e921d2a, 1
    .dword 0xfffffffab23cd308, 0x0, 0x0, 0xffffffff4f323cd3, 1
    .dword 0xffffff8f43d2581e, 0x0, 0x0, 0xffffffff4e87a4b0, 1
    .dword 0xe62, 0x0, 0x0, 0xffffffff45662000, 0
    .dword 0xffffff8138d203f4, 0x0, 0x0, 0xffffffff4e63480f, 1
    .dword 0x5188f7, 0x0, 0x0, 0xffffffff4aa311ee, 0
    .dword 0xffffffffffffff26, 0x0, 0x0, 0xffffffff4f7fffff, 1
    .dword 0xfae62608c9762b7e, 0x0, 0x0, 0xffffffff4f49762b, 1
    .dword 0x2c6b41ca96, 0x0, 0x0, 0xffffffff4ed68395, 1
    .dword 0xffff812fc87cc081, 0x0, 0x0, 0xffffffff4f487cc0, 1
    .dword 0x3d059932529ab489, 0x0, 0x0, 0xffffffff4ea53569, 1
    .dword 0xfd7b99c5b93306a, 0x0, 0x0, 0xffffffff4eb72660, 1
    .dword 0xfffffff9b382e5bc, 0x0, 0x0, 0xffffffff4f3382e5, 1
    .dword 0xfffffffffb866db1, 0x0, 0x0, 0xffffffff4f7b866d, 1
    .dword 0xffb4a9456a83e97f, 0x0, 0x0, 0xffffffff4ed507d2, 1
    .dword 0x1c8487b6d0a5e0dd, 0x0, 0x0, 0xffffffff4f50a5e0, 1
    .dword 0x396e8b0ee054, 0x0, 0x0, 0xffffffff4f0b0ee0, 1
table_48: /* fcvt.l.s a0, fa1, rdn */
    .dword 0xffffffff8080000a, 0x0, 0x0, 0xffffffffffffffff, 1
    .dword 0xffffffff5f49606d, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0xffffffff80b0768c, 0x0, 0x0, 0xffffffffffffffff, 1
    .dword 0xffffffff5f62479b, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0xffffffff8f48d174, 0x0, 0x0, 0xffffffffffffffff, 1
    .dword 0xffffffff5f52df71, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0xffffffff3ec0a2b3, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff5f2a1dc9, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0xffffffff3fcfea63, 0x0, 0x0, 0x1, 1
    .dword 0xffffffff5e10fa14, 0x0, 0x0, 0x243e850000000000, 0
    .dword 0xffffffffb81b27cc, 0x0, 0x0, 0xffffffffffffffff, 1
    .dword 0xffffffff5f26d86c, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0xffffffffbf80000b, 0x0, 0x0, 0xfffffffffffffffe, 1
    .dword 0xffffffff5e8f2b16, 0x0, 0x0, 0x47958b0000000000, 0
    .dword 0xffffffffb87fffff, 0x0, 0x0, 0xffffffffffffffff, 1
    .dword 0xffffffff5f2a09f4, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0xffffffff30fffffa, 0x0, 0x0, 0x0, 1
    .dword 0xffffffffdeba620b, 0x0, 0x0, 0xa2cefa8000000000, 0
    .dword 0xffffffff4e800002, 0x0, 0x0, 0x40000100, 0
    .dword 0xffffffffdedc11a4, 0x0, 0x0, 0x91f72e0000000000, 0
table_49: /* fcvt.s.l fa0, a2, rdn */
    .dword 0xfe3f2ef277419790, 0x0, 0x0, 0xffffffffdbe06887, 1
    .dword 0x1bda161a352a, 0x0, 0x0, 0xffffffff55ded0b0, 1
    .dword 0x6edba3f224, 0x0, 0x0, 0xffffffff52ddb747, 1
    .dword 0xfffffffffff34a17, 0x0, 0x0, 0xffffffffc94b5e90, 0
    .dword 0xffffffffffffab3b, 0x0, 0x0, 0xffffffffc6a98a00, 0
    .dword 0xfca3306e0e7bcf71, 0x0, 0x0, 0xffffffffdc5733e5, 1
    .dword 0xffffffffffffbfb9, 0x0, 0x0, 0xffffffffc6808e00, 0
    .dword 0xffffeb34100a7a77, 0x0, 0x0, 0xffffffffd5a65f80, 1
    .dword 0x0, 0x0, 0x0, 0xffffffff00000000, 0
    .dword 0xa, 0x0, 0x0, 0xffffffff41200000, 0
    .dword 0xfffffffffffffffe, 0x0, 0x0, 0xffffffffc0000000, 0
    .dword 0xffffffffffffffab, 0x0, 0x0, 0xffffffffc2aa0000, 0
    .dword 0x2ee9, 0x0, 0x0, 0xffffffff463ba400, 0
    .dword 0xb, 0x0, 0x0, 0xffffffff41300000, 0
    .dword 0xfffffffd6281a6ad, 0x0, 0x0, 0xffffffffd0275f97, 1
    .dword 0x179f943f687f076, 0x0, 0x0, 0xffffffff5bbcfca1, 1
    .dword 0x1b79a1e637, 0x0, 0x0, 0xffffffff51dbcd0f, 1
    .dword 0x4ec7cf0710d546, 0x0, 0x0, 0xffffffff5a9d8f9e, 1
    .dword 0x15581585d0f9705e, 0x0, 0x0, 0xffffffff5daac0ac, 1
    .dword 0xffffffffffffffee, 0x0, 0x0, 0xffffffffc1900000, 0
table_50: /* fcvt.lu.s a0, fa1, rdn */
    .dword 0xffffffff3f000000, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff5f0ca916, 0x0, 0x0, 0x8ca9160000000000, 0
    .dword 0xfffffffff4ade1c9, 0x0, 0x0, 0x0, 16
    .dword 0xffffffff5f650527, 0x0, 0x0, 0xe505270000000000, 0
    .dword 0xffffffffc63343d4, 0x0, 0x0, 0x0, 16
    .dword 0xffffffff5e91188a, 0x0, 0x0, 0x488c450000000000, 0
    .dword 0xffffffffbe7ba08e, 0x0, 0x0, 0x0, 16
    .dword 0xffffffff5e0f8057, 0x0, 0x0, 0x23e015c000000000, 0
    .dword 0xffffffff7a000002, 0x0, 0x0, 0xffffffffffffffff, 16
    .dword 0xffffffff5f7fd62a, 0x0, 0x0, 0xffd62a0000000000, 0
    .dword 0xffffffff8086022e, 0x0, 0x0, 0x0, 16
    .dword 0xffffffff5c513c3c, 0x0, 0x0, 0x344f0f000000000, 0
    .dword 0xffffffff802b036a, 0x0, 0x0, 0x0, 16
    .dword 0xffffffff5f5803c5, 0x0, 0x0, 0xd803c50000000000, 0
    .dword 0xffffffff81fffff9, 0x0, 0x0, 0x0, 16
    .dword 0xffffffff5f51b238, 0x0, 0x0, 0xd1b2380000000000, 0
    .dword 0xffffffff2900000b, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff5eb252fb, 0x0, 0x0, 0x59297d8000000000, 0
    .dword 0xffffffff01800005, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff5f4b7582, 0x0, 0x0, 0xcb75820000000000, 0
table_51: /* fcvt.s.lu fa0, a2, rdn */
    .dword 0x4e823473ad6, 0x0, 0x0, 0xffffffff549d0468, 1
    .dword 0x11a0a0c6c97, 0x0, 0x0, 0xffffffff538d0506, 1
    .dword 0xffffffff79dc05a9, 0x0, 0x0, 0xffffffff5f7fffff, 1
    .dword 0x34c1c45f, 0x0, 0x0, 0xffffffff4e530711, 1
    .dword 0xfffffffffffffffd, 0x0, 0x0, 0xffffffff5f7fffff, 1
    .dword 0xfffffffffffe0a0f, 0x0, 0x0, 0xffffffff5f7fffff, 1
    .dword 0x32f, 0x0, 0x0, 0xffffffff444bc000, 0
    .dword 0x24478, 0x0, 0x0, 0xffffffff48111e00, 0
    .dword 0xffff7c1fdb906063, 0x0, 0x0, 0xffffffff5f7fff7c, 1
    .dword 0x13e10df852678e, 0x0, 0x0, 0xffffffff599f086f, 1
    .dword 0xfffffffd1d943553, 0x0, 0x0, 0xffffffff5f7fffff, 1
    .dword 0xe0b308ee, 0x0, 0x0, 0xffffffff4f60b308, 1
    .dword 0xffffffff95999e70, 0x0, 0x0, 0xffffffff5f7fffff, 1
    .dword 0x53b543a66bc00c23, 0x0, 0x0, 0xffffffff5ea76a87, 1
    .dword 0xfcb21, 0x0, 0x0, 0xffffffff497cb210, 0
    .dword 0xffffffffffffa569, 0x0, 0x0, 0xffffffff5f7fffff, 1
    .dword 0xfff8d791dd3b5a19, 0x0, 0x0, 0xffffffff5f7ff8d7, 1
    .dword 0x76, 0x0, 0x0, 0xffffffff42ec0000, 0
    .dword 0xfffffffffffffffb, 0x0, 0x0, 0xffffffff5f7fffff, 1
    .dword 0x60fd, 0x0, 0x0, 0xffffffff46c1fa00, 0
table_52: /* fadd.s fa0, fa1, fa2, rup */
    .dword 0xffffffff01000001, 0xffffffff80ffffff, 0xffffffff6a6d642f, 0xffffffff00000003, 0
    .dword 0xffffffffbf7ffffd, 0xffffffff03846a1b, 0xffffffff3f4fc9fa, 0xffffffffbf7ffffc, 1
    .dword 0xffffffff3ea4e5ad, 0xffffffffe57ffffc, 0xffffffff3cd27011, 0xffffffffe57ffffb, 1
    .dword 0xffffffff3da41121, 0xffffffffbda41122, 0xffffffff807f1464, 0xffffffffb2000000, 0
    .dword 0xffffffff407ffffc, 0xffffffff40fffffb, 0xfffffffff07eadb2, 0xffffffff413ffffd, 1
    .dword 0xffffffff7f800000, 0xfffffffffebd35d5, 0xffffffff7f37d4fb, 0xffffffff7f800000, 0
    .dword 0xffffffffa6000001, 0xffffffff26000004, 0xffffffffc0800005, 0xffffffff1b400000, 0
    .dword 0xffffffff6e776844, 0xffffffff3f6515d8, 0xffffffff41fffffc, 0xffffffff6e776845, 1
    .dword 0xffffffffffc00000, 0xffffffff7e50fd63, 0xffffffff3f000009, 0xffffffff7fc00000, 0
    .dword 0xfffffffffefffffd, 0xffffffff7f000000, 0xffffffff4000000d, 0xffffffff73c00000, 0
    .dword 0xffffffff806f11b5, 0xffffffff3fd7af70, 0xffffffff409cd5e1, 0xffffffff3fd7af70, 1
    .dword 0xffffffff8096edc5, 0xffffffff3f7ffff9, 0xffffffff019ba094, 0xffffffff3f7ffff9, 1
    .dword 0xffffffff7e800004, 0xfffffffffe800003, 0xffffffffd96eecf0, 0xffffffff73000000, 0
    .dword 0xffffffffa15d8390, 0xffffffffbf000000, 0xffffffffd20e4bd9, 0xffffffffbf000000, 1
    .dword 0xfffffffffe7fffff, 0xffffffff81640223, 0xffffffff7e877086, 0xfffffffffe7fffff, 1
    .dword 0xffffffffff4c3230, 0xffffffff7f4c3232, 0xffffffff7104ecbc, 0xffffffff74000000, 0
    .dword 0xffffffff805d5953, 0xffffffff81a3a2d8, 0xffffffff268c4ef9, 0xffffffff81baf92c, 1
    .dword 0xffffffffd7e0fc81, 0xffffffffef757b2f, 0xffffffffff7ffff8, 0xffffffffef757b2f, 1
    .dword 0xffffffff00ff5522, 0xffffffff80ff5520, 0xffffffff63acb9e9, 0xffffffff00000002, 0
    .dword 0xffffffffc00ddd3f, 0xffffffff7dfffffe, 0xffffffffbebbb4cf, 0xffffffff7dfffffe, 1
table_53: /* fsub.s fa0, fa1, fa2, rup */
    .dword 0xffffffffe37ffffc, 0xffffffffe37ffff9, 0xffffffffc0f2e3ab, 0xffffffffd8400000, 0
    .dword 0xffffffffffc00000, 0xffffffff416a6e0a, 0xffffffff7e800000, 0xffffffff7fc00000, 0
    .dword 0xffffffff3fde3229, 0xffffffffbdfffff9, 0xffffffff6df4d9fa, 0xffffffff3fee3229, 1
    .dword 0xffffffff402c6723, 0xffffffff402c6726, 0xffffffff1386f469, 0xffffffffb5400000, 0
    .dword 0xffffffff81e2aeb6, 0xffffffff41c33e1b, 0xffffffff01cf67a9, 0xffffffffc1c33e1b, 1
    .dword 0xffffffffffc00000, 0xffffffff8080000d, 0xfffffffffe800003, 0xffffffff7fc00000, 0
    .dword 0xffffffff4afffffb, 0xffffffff4afffffb, 0xffffffffbe4189f7, 0xffffffff00000000, 0
    .dword 0xffffffff80a7c158, 0xffffffff49281207, 0xffffffffbf474be5, 0xffffffffc9281207, 1
    .dword 0xffffffffbe000004, 0xffffffffc16771a1, 0xffffffff3ee9e2c8, 0xffffffff416571a1, 1
    .dword 0xffffffff807ffffd, 0xffffffff807ffffe, 0xffffffffc0ba7073, 0xffffffff00000001, 0
    .dword 0xffffffff3f3cc534, 0xfffffffffd851c0b, 0xffffffff809aafc6, 0xffffffff7d851c0c, 1
    .dword 0xffffffffbecdad80, 0xffffffffbdcac859, 0xffffffff01fffffd, 0xffffffffbe9afb69, 1
    .dword 0xffffffff40276ed4, 0xffffffff40276ed4, 0xffffffffbf80000b, 0xffffffff00000000, 0
    .dword 0xfffffffff6000009, 0xffffffff017ffffa, 0xffffffff4000000b, 0xfffffffff6000009, 1
    .dword 0xffffffff0034c3c6, 0xffffffff076c7b5d, 0xffffffff2d80000d, 0xffffffff876c79b6, 1
    .dword 0xffffffff4104a414, 0xffffffff4104a416, 0xffffffffc1e6002c, 0xffffffffb6000000, 0
    .dword 0xffffffff37fffffd, 0xffffffffff39d307, 0xffffffffc0de6103, 0xffffffff7f39d308, 1
    .dword 0xffffffffbe8fc240, 0xffffffff3e07de6b, 0xffffffff01fb8861, 0xffffffffbed3b175, 1
    .dword 0xffffffffc0e44faa, 0xffffffffc0e44fad, 0xffffffff41000005, 0xffffffff35c00000, 0
    .dword 0xffffffff80f0b5eb, 0xffffffff805be276, 0xffffffff019c5c70, 0xffffffff8094d375, 0
table_54: /* fmul.s fa0, fa1, fa2, rup */
    .dword 0xffffffff01b939b3, 0xffffffff8de6a5b0, 0xffffffff41d40943, 0xffffffff80000000, 3
    .dword 0xffffffff570736b1, 0xffffffff3dcb95be, 0xffffffffc0d40a92, 0xffffffff55570eec, 1
    .dword 0xffffffff3e104829, 0xffffffff78800000, 0xffffffff81000005, 0xffffffff77104829, 0
    .dword 0xffffffffbf000001, 0xffffffffff50d495, 0xffffffff1080000e, 0xffffffff7ed0d497, 1
    .dword 0xffffffff800f0891, 0xffffffffffc00000, 0xffffffff414c38c3, 0xffffffff7fc00000, 0
    .dword 0xfffffffffe6fb410, 0xffffffffbf954138, 0xffffffff8100000f, 0xffffffff7e8bc0df, 1
    .dword 0xffffffff81f4e087, 0xffffffffac7ffffa, 0xffffffff818305a2, 0xffffffff00000001, 3
    .dword 0xffffffff3efffff8, 0xffffffff81000008, 0xffffffff40bec136, 0xffffffff80800003, 1
    .dword 0xffffffff8144c9f2, 0xffffffff40b87416, 0xffffffff017ffffe, 0xffffffff828dca62, 1
    .dword 0xffffffffc131d37b, 0xffffffff417ffff9, 0xffffffff80800003, 0xffffffffc331d376, 1
    .dword 0xffffffff34520f7e, 0xffffffff3ef3b859, 0xffffffff80c8a7b1, 0xffffffff33c7fbf9, 1
    .dword 0xffffffff5780000b, 0xffffffffc19fd005, 0xffffffffada1aa2b, 0xffffffffd99fd012, 1
    .dword 0xffffffff817ffffc, 0xffffffff009b8ecd, 0xffffffff810ffc17, 0xffffffff80000000, 3
    .dword 0xffffffffbe800007, 0xffffffff7f73ec5f, 0xffffffffbfb7a674, 0xfffffffffe73ec6c, 1
    .dword 0xffffffffffc00000, 0xfffffffffe7ffffa, 0xffffffffbf52bfc4, 0xffffffff7fc00000, 0
    .dword 0xffffffff013e59d8, 0xffffffff80000005, 0xffffffff3f6cbc8c, 0xffffffff80000000, 3
    .dword 0xffffffff201dc4a0, 0xffffffff047fffff, 0xffffffff41fffffa, 0xffffffff00000001, 3
    .dword 0xffffffffbf7012f5, 0xffffffff35768b91, 0xffffffff81b9769f, 0xffffffffb5673519, 1
    .dword 0xffffffff804c9dd7, 0xffffffff400c0571, 0xffffffffdc35c67a, 0xffffffff80a79fc9, 1
    .dword 0xffffffff0180000d, 0xffffffffc02a2d6b, 0xffffffff77042bcc, 0xffffffff822a2d7c, 1
table_55: /* fdiv.s fa0, fa1, fa2, rup */
    .dword 0xffffffff803de6a5, 0xffffffff406db37d, 0xffffffff24fd0bd7, 0xffffffff8010aaa3, 3
    .dword 0xffffffff3db1dd7e, 0xffffffff3f7ffffa, 0xffffffff7f800000, 0xffffffff3db1dd83, 1
    .dword 0xffffffff7f07d7a9, 0xffffffffabfffff9, 0xffffffffbde59bbe, 0xffffffffff7fffff, 5
    .dword 0xffffffffc0572b6b, 0xffffffff7f800000, 0xffffffff40fffffb, 0xffffffff80000000, 0
    .dword 0xffffffff27e1103e, 0xffffffffc1800009, 0xffffffff8005b99d, 0xffffffffa5e1102e, 1
    .dword 0xffffffffc1ecfee6, 0xfffffffffe000002, 0xffffffff7fc00000, 0xffffffff036cfee3, 1
    .dword 0xffffffff80fffff9, 0xffffffff3deb23ea, 0xffffffff00b69b70, 0xffffffff828b5ae4, 1
    .dword 0xffffffffc0ffffff, 0xffffffff8141e6d9, 0xffffffffa0002b51, 0xffffffff7f28fe28, 1
    .dword 0xffffffffbf00000a, 0xffffffff800ac13c, 0xffffffff0069df60, 0xffffffff7f800000, 5
    .dword 0xffffffff84cdb9db, 0xffffffff3d96a0c9, 0xffffffffbe000002, 0xffffffff86aed223, 1
    .dword 0xffffffff81fffffd, 0xffffffffc0e00876, 0xffffffffbfd27ba0, 0xffffffff0092439d, 1
    .dword 0xffffffff03008263, 0xfffffffffe332c2f, 0xffffffffbdc4a22c, 0xffffffff80000000, 3
    .dword 0xffffffff1e87a8ee, 0xffffffffe935723e, 0xffffffff3ffffffd, 0xffffffff80000000, 3
    .dword 0xffffffff40d22465, 0xffffffff00000000, 0xffffffffcb2bad57, 0xffffffff7f800000, 8
    .dword 0xffffffffffa00000, 0xffffffff35539db1, 0xffffffffdf88d286, 0xffffffff7fc00000, 16
    .dword 0xffffffff0a864452, 0xffffffffbffffff9, 0xffffffff67fffffa, 0xffffffff8a064455, 1
    .dword 0xffffffff22c63430, 0xffffffffc37ffffb, 0xfffffffffe000006, 0xffffffff9ec63433, 1
    .dword 0xffffffffc0ed002f, 0xffffffffc17ffff9, 0xffffffffbdd3ddfe, 0xffffffff3eed0036, 1
    .dword 0xffffffff81faeff1, 0xffffffff411dc3ad, 0xffffffffbeae099e, 0xffffffff8065cc1b, 3
    .dword 0xffffffff417ffff8, 0xffffffffc0000005, 0xffffffff7d8b9033, 0xffffffffc0ffffee, 1
table_56: /* fsqrt.s fa0, fa1, rup */
    .dword 0xffffffff01159231, 0xffffffff3f5b879b, 0xffffffffbebd2edf, 0xffffffff2043adc6, 1
    .dword 0xffffffff00430d9a, 0xffffffff40693e15, 0xffffffff7f046de5, 0xffffffff1fb9496d, 1
    .dword 0xffffffff00a6b464, 0xffffffff7e7bbf99, 0xffffffff7f800000, 0xffffffff20121375, 1
    .dword 0xffffffff2fc8c7ab, 0xffffffffc13bba41, 0xfffffffffde636d8, 0xffffffff37a04fcb, 1
    .dword 0xffffffffbd800008, 0xffffffff7e544762, 0xffffffffb2bf025c, 0xffffffff7fc00000, 16
    .dword 0xffffffff40fabc32, 0xffffffff801f0e81, 0xffffffff3e272a83, 0xffffffff403325f5, 1
    .dword 0xffffffff72fffffe, 0xffffffffbda21f8e, 0xffffffff0123abcd, 0xffffffff593504f3, 1
    .dword 0xffffffff7754bbae, 0xffffffff0045e6b4, 0xffffffff4091f3c1, 0xffffffff5b695db1, 1
    .dword 0xffffffff80261859, 0xffffffff53f8d7a0, 0xffffffffffa00000, 0xffffffff7fc00000, 16
    .dword 0xffffffff3f000007, 0xffffffff00b64eba, 0xffffffff0b22f6c2, 0xffffffff3f3504f9, 1
    .dword 0xffffffff417ffff8, 0xffffffffbeaefd6d, 0xffffffff00ab9916, 0xffffffff407ffffc, 1
    .dword 0xffffffff7dc19030, 0xffffffff3e63a1f3, 0xffffffff5500000c, 0xffffffff5e9d677d, 1
    .dword 0xffffffff80fffffc, 0xffffffffc1f6f17f, 0xffffffff81c92d9c, 0xffffffff7fc00000, 16
    .dword 0xffffffff010c6201, 0xffffffff7d800001, 0xffffffff40b115ed, 0xffffffff203d92bf, 1
    .dword 0xffffffff01fffffd, 0xffffffff3df8fdb9, 0xffffffff5aafe832, 0xffffffff20b504f3, 1
    .dword 0xffffffff0acd5875, 0xffffffffff47dca3, 0xffffffffc1b30066, 0xffffffff25221fc6, 1
    .dword 0xffffffff00820a32, 0xffffffff7ea91efe, 0xffffffff3d800003, 0xffffffff20010411, 1
    .dword 0xffffffff00aacae6, 0xffffffff1c7fffff, 0xffffffff815c4166, 0xffffffff2013db2f, 1
    .dword 0xffffffff45905779, 0xffffffff7ee1875b, 0xfffffffffd9b2c98, 0xffffffff4287eced, 1
    .dword 0xffffffff05826508, 0xffffffff419e69a1, 0xffffffff3a966028, 0xffffffff22813119, 1
table_57: /* fmadd.s fa0, fa1, fa2, fa3, rup */
    .dword 0xffffffffc1fffffd, 0xffffffff41fffffc, 0xffffffff447ffff7, 0xffffffffb9000003, 0
    .dword 0xffffffff7fc00000, 0xffffffff7dfffff9, 0xffffffff78800007, 0xffffffff7fc00000, 0
    .dword 0xffffffff81fffff8, 0xffffffff40f80871, 0xfffffffffeba8d5f, 0xfffffffffeba8d5f, 1
    .dword 0xffffffff00bfc810, 0xfffffffffe21e132, 0xffffffff3f728b0a, 0xffffffffb42d9190, 0
    .dword 0xffffffffc4a2df2b, 0xffffffff00000002, 0xffffffffb6831236, 0xffffffffb6831236, 1
    .dword 0xffffffff4a7ffffb, 0xffffffff4dfffffe, 0xffffffff007ffffe, 0xffffffff58fffffa, 1
    .dword 0xffffffff8000000b, 0xffffffff3e2c14e4, 0xffffffff00000002, 0xffffffff00000001, 3
    .dword 0xffffffff40800003, 0xffffffff01800008, 0xfffffffff07ffffe, 0xfffffffff07ffffd, 1
    .dword 0xffffffffff7ffff9, 0xffffffffc6000004, 0xffffffff18b03b99, 0xffffffff7f800000, 5
    .dword 0xffffffff7eed6522, 0xffffffffbd800006, 0xffffffff7ced6530, 0xffffffff71b7d09a, 0
    .dword 0xffffffff3a158b68, 0xffffffff147ffff8, 0xffffffff00d0f967, 0xffffffff0f158b64, 1
    .dword 0xffffffffca613c17, 0xffffffffc07ffffe, 0xffffffff7d800008, 0xffffffff7d800009, 1
    .dword 0xffffffff7f293f54, 0xffffffffff7fab74, 0xffffffff7f800000, 0xffffffff7f800000, 0
    .dword 0xffffffff7dffffff, 0xffffffff3f42051e, 0xffffffff7ecce1af, 0xffffffff7efd62f7, 1
    .dword 0xffffffff7f800000, 0xffffffffc1f6f6da, 0xffffffff5bfffffb, 0xffffffffff800000, 0
    .dword 0xffffffff817c6250, 0xfffffffffd804d2a, 0xffffffffbf7cfa73, 0xffffffff343d1890, 0
    .dword 0xffffffff076e6237, 0xffffffff3d800003, 0xffffffff4023ed98, 0xffffffff4023ed99, 1
    .dword 0xffffffff7ea95103, 0xffffffffd17ffffb, 0xffffffff007fffff, 0xffffffffff7fffff, 5
    .dword 0xffffffff01e44522, 0xffffffffbf7f6cf9, 0xffffffff01e3c20b, 0xffffffff0000000c, 3
    .dword 0xffffffffb1909955, 0xffffffff3e39ec43, 0xffffffffc0e70b52, 0xffffffffc0e70b52, 1
table_58: /* fmsub.s fa0, fa1, fa2, fa3, rup */
    .dword 0xffffffff817c811e, 0xffffffff7f6ff351, 0xffffffffc16cac86, 0xffffffffb65d951f, 1
    .dword 0xffffffff7e28ba1f, 0xfffffffff6960b61, 0xffffffffc07ffff8, 0xffffffffff7fffff, 5
    .dword 0xffffffffcddcecb4, 0xffffffffbedf2125, 0xffffffffb022c7b8, 0xffffffff4d408ecc, 1
    .dword 0xffffffff7f1112ba, 0xffffffff3e2c0bbf, 0xffffffff7dc2fe7a, 0xffffffff6f3db180, 0
    .dword 0xffffffffbf0cf612, 0xffffffff41a6128d, 0xfffffffffe155c26, 0xffffffff7e155c26, 1
    .dword 0xffffffff3fffffff, 0xffffffff3e3a6bdf, 0xfffffffffdadaa98, 0xffffffff7dadaa99, 1
    .dword 0xffffffff8c00000c, 0xffffffff7d800009, 0xffffffffca000018, 0xffffffff3f3fffca, 0
    .dword 0xffffffff3f29f03b, 0xffffffff4045cc0e, 0xffffffff8130de83, 0xffffffff40034d53, 1
    .dword 0xffffffff01ea0976, 0xffffffff4fa4b85a, 0xffffffffaa031a5e, 0xffffffff2a031a5f, 1
    .dword 0xffffffff8aa8bb5e, 0xffffffff3ece392d, 0xffffffff8a07ec76, 0xffffffff0007d914, 3
    .dword 0xffffffff6fb08122, 0xffffffffe366aa6b, 0xffffffffc187e500, 0xffffffffff7fffff, 5
    .dword 0xffffffffd30fd591, 0xffffffffbe7fffff, 0xffffffff01e8f59c, 0xffffffff520fd591, 1
    .dword 0xffffffff00fffffc, 0xffffffff7f800000, 0xffffffff7f800000, 0xffffffff7fc00000, 16
    .dword 0xffffffff3dec55de, 0xffffffff801e6aa3, 0xffffffff407ffffa, 0xffffffffc07ffffa, 1
    .dword 0xffffffff7d9b8de1, 0xffffffff80000000, 0xffffffff1b8eaf46, 0xffffffff9b8eaf46, 0
    .dword 0xffffffff80000000, 0xffffffffc17ffffb, 0xffffffff00000000, 0xffffffff00000000, 0
    .dword 0xffffffff3ee0e76e, 0xffffffff011368c0, 0xffffffffbfc4b9a2, 0xffffffff3fc4b9a3, 1
    .dword 0xffffffff0f86be05, 0xffffffff85121f69, 0xffffffff41c786c8, 0xffffffffc1c786c8, 1
    .dword 0xffffffff807ffffd, 0xffffffffc162474e, 0xffffffff02624748, 0xffffffff00000006, 3
    .dword 0xffffffff00c043f9, 0xffffffffbdfffffc, 0xffffffffff7b58af, 0xffffffff7f7b58af, 1
table_59: /* fnmsub.s fa0, fa1, fa2, fa3, rup */
    .dword 0xfffffffffdfffffe, 0xffffffff5a3e3ed9, 0xffffffffff800000, 0xffffffffff800000, 0
    .dword 0xffffffff00fffffe, 0xffffffff8dcb043a, 0xffffffff3de66464, 0xffffffff3de66465, 1
    .dword 0xffffffff81eafdab, 0xffffffff40000000, 0xffffffffc178deb8, 0xffffffffc178deb7, 1
    .dword 0xffffffffe2324be6, 0xffffffffbef9be79, 0xffffffff61adf07b, 0xffffffffd521276c, 0
    .dword 0xffffffff7f61df88, 0xffffffff8180000a, 0xffffffffc1c9464e, 0xffffffffc130ad02, 1
    .dword 0xffffffffc0ffffff, 0xffffffff00ce67f6, 0xffffffff3e764ef8, 0xffffffff3e764ef9, 1
    .dword 0xfffffffffeb99772, 0xffffffffb843f652, 0xffffffff778e10f1, 0xffffffff6c8bfc5f, 0
    .dword 0xffffffff80000000, 0xffffffffd66d75ea, 0xffffffff7ec55040, 0xffffffff7ec55040, 0
    .dword 0xffffffff802ad23a, 0xffffffffffc00000, 0xffffffff420df547, 0xffffffff7fc00000, 0
    .dword 0xffffffffc0000003, 0xffffffffc07ffffc, 0xffffffff41000002, 0xffffffff35800006, 0
    .dword 0xffffffffc1800003, 0xffffffffffa00000, 0xffffffff3e8361d9, 0xffffffff7fc00000, 16
    .dword 0xffffffff3e5138df, 0xffffffff2dfffff8, 0xffffffff80fffff9, 0xffffffffacd138d8, 1
    .dword 0xffffffff0180000f, 0xffffffff34b1baa1, 0xffffffff0000000c, 0xffffffff00000001, 3
    .dword 0xffffffff3f000005, 0xffffffff7fc00000, 0xffffffff0100000b, 0xffffffff7fc00000, 0
    .dword 0xffffffffbe65afe2, 0xffffffff80000005, 0xffffffffd000000a, 0xffffffffd000000a, 1
    .dword 0xffffffff00000000, 0xffffffff8041c77e, 0xffffffff80000000, 0xffffffff00000000, 0
    .dword 0xffffffff7f33f732, 0xffffffff7ed54248, 0xffffffffd420ef29, 0xffffffffff7fffff, 5
    .dword 0xffffffffede0b075, 0xffffffff807ffffa, 0xffffffff81fb3b3d, 0xffffffffaee0b06a, 1
    .dword 0xffffffff41d543ac, 0xfffffffffe4b4ed0, 0xffffffffff800000, 0xffffffffff800000, 0
    .dword 0xffffffff814a480f, 0xffffffff81fffff8, 0xffffffffbf916d8e, 0xffffffffbf916d8e, 1
table_60: /* fnmadd.s fa0, fa1, fa2, fa3, rup */
    .dword 0xffffffff402b8b45, 0xffffffff86835e99, 0xffffffff07300f4d, 0xffffffff00005e25, 3
    .dword 0xffffffff9980000f, 0xffffffff4006e9a3, 0xffffffffffa00000, 0xffffffff7fc00000, 16
    .dword 0xfffffffffe94a3c6, 0xffffffff32fffffb, 0xffffffff3ef71a05, 0xffffffff7214a3c4, 1
    .dword 0xffffffff40be1164, 0xffffffff3e2843f3, 0xffffffffbf79dbbc, 0xffffffff3434290a, 0
    .dword 0xffffffff50359277, 0xffffffff81fdb128, 0xffffffff40ba93ba, 0xffffffffc0ba93b9, 1
    .dword 0xffffffffc0c908be, 0xffffffff88834882, 0xffffffff81eafb8e, 0xffffffff89ce2fe8, 1
    .dword 0xffffffff00cbfd5c, 0xffffffff3e80000d, 0xffffffff8032ff5b, 0xffffffff80000001, 3
    .dword 0xffffffffc02dd8bb, 0xffffffff3cb4af21, 0xfffffffff60ce449, 0xffffffff760ce44a, 1
    .dword 0xffffffff00903b8e, 0xffffffff410d06c1, 0xffffffffffa00000, 0xffffffff7fc00000, 16
    .dword 0xffffffffc17ffffe, 0xffffffff40e04b2e, 0xffffffff42e04b2b, 0xffffffff371fb4d2, 0
    .dword 0xffffffffbdbd60ca, 0xffffffff7efffff9, 0xffffffff409887df, 0xffffffff7d3d60c5, 1
    .dword 0xffffffff245c3c72, 0xffffffff2b812cc9, 0xffffffff81f00c77, 0xffffffff905e41f9, 1
    .dword 0xffffffff24fb6d0a, 0xffffffff7dffffff, 0xffffffffe37b6d09, 0xffffffffd4925ec0, 0
    .dword 0xffffffffc032c3a1, 0xffffffff8035c051, 0xffffffffbf000002, 0xffffffff3f000002, 1
    .dword 0xffffffffc0000002, 0xffffffff37a7f6c6, 0xffffffffbf00000d, 0xffffffff3f0002ad, 1
    .dword 0xffffffffc1ecfff1, 0xfffffffffca7516b, 0xffffffffff1ae659, 0xffffffff742fb152, 1
    .dword 0xffffffffff000007, 0xffffffff80fffffe, 0xffffffffbe1ea764, 0xffffffffc0761595, 1
    .dword 0xffffffffff370c41, 0xffffffff7f800000, 0xffffffff40cea0fe, 0xffffffff7f800000, 0
    .dword 0xffffffff415c033a, 0xffffffff3e00000d, 0xffffffffbfdc034e, 0xffffffffb49614f9, 0
    .dword 0xffffffff81bfaa13, 0xffffffff42c4f885, 0xffffffff41b007f2, 0xffffffffc1b007f1, 1
table_61: /* fcvt.w.s a0, fa1, rup */
    .dword 0xffffffff7f00000c, 0x0, 0x0, 0x7fffffff, 16
    .dword 0xffffffff4d478a4d, 0x0, 0x0, 0xc78a4d0, 0
    .dword 0xffffffffff0d8421, 0x0, 0x0, 0xffffffff80000000, 16
    .dword 0xffffffffce06f463, 0x0, 0x0, 0xffffffffde42e740, 0
    .dword 0xffffffff3a2eaf54, 0x0, 0x0, 0x1, 1
    .dword 0xffffffff4e8153df, 0x0, 0x0, 0x40a9ef80, 0
    .dword 0xffffffffd7bb5d8b, 0x0, 0x0, 0xffffffff80000000, 16
    .dword 0xffffffffcec6b2a0, 0x0, 0x0, 0xffffffff9ca6b000, 0
    .dword 0xffffffff3dfffffa, 0x0, 0x0, 0x1, 1
    .dword 0xffffffff4d9ae937, 0x0, 0x0, 0x135d26e0, 0
    .dword 0xfffffffffe5debc5, 0x0, 0x0, 0xffffffff80000000, 16
    .dword 0xffffffff4f654be0, 0x0, 0x0, 0x7fffffff, 16
    .dword 0xffffffffbe08d903, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff4f2d59c9, 0x0, 0x0, 0x7fffffff, 16
    .dword 0xffffffffc0d896d8, 0x0, 0x0, 0xfffffffffffffffa, 1
    .dword 0xffffffff4f089cf7, 0x0, 0x0, 0x7fffffff, 16
    .dword 0xffffffff00d4c282, 0x0, 0x0, 0x1, 1
    .dword 0xffffffffcecaf3d4, 0x0, 0x0, 0xffffffff9a861600, 0
    .dword 0xffffffff3df84e2a, 0x0, 0x0, 0x1, 1
    .dword 0xffffffff4ccac6b8, 0x0, 0x0, 0x65635c0, 0
table_62: /* fcvt.s.w fa0, a2, rup */
    .dword 0xffffffffffffff5c, 0x0, 0x0, 0xffffffffc3240000, 0
    .dword 0xffffffffffff61e1, 0x0, 0x0, 0xffffffffc71e1f00, 0
    .dword 0x5c048b4c00, 0x0, 0x0, 0xffffffff4c916980, 0
    .dword 0xfe0c78eea769f16b, 0x0, 0x0, 0xffffffffceb12c1d, 1
    .dword 0x1, 0x0, 0x0, 0xffffffff3f800000, 0
    .dword 0xffffff4d86927b5d, 0x0, 0x0, 0xffffffffcef2db09, 1
    .dword 0x39bd9532ed172, 0x0, 0x0, 0xffffffff4ea65da3, 1
    .dword 0xffffffeb9293aae2, 0x0, 0x0, 0xffffffffcedad8aa, 1
    .dword 0x1c3d, 0x0, 0x0, 0xffffffff45e1e800, 0
    .dword 0xffffffffffe9a81d, 0x0, 0x0, 0xffffffffc9b2bf18, 0
    .dword 0xfffffffffffffff7, 0x0, 0x0, 0xffffffffc1100000, 0
    .dword 0x10556fd667c924, 0x0, 0x0, 0xffffffffce2660db, 1
    .dword 0x4, 0x0, 0x0, 0xffffffff40800000, 0
    .dword 0x39, 0x0, 0x0, 0xffffffff42640000, 0
    .dword 0xfffffffffe20f773, 0x0, 0x0, 0xffffffffcbef8446, 1
    .dword 0x446b, 0x0, 0x0, 0xffffffff4688d600, 0
    .dword 0xfffffff3dbaf88f9, 0x0, 0x0, 0xffffffffce1141dc, 1
    .dword 0xeb3036a88609230c, 0x0, 0x0, 0xffffffffcef3edb9, 1
    .dword 0x2aaa1b917c2, 0x0, 0x0, 0xffffffffcebc8dd0, 1
    .dword 0xfaca9bbd84671b0d, 0x0, 0x0, 0xffffffffcef731c9, 1
table_63: /* fcvt.wu.s a0, fa1, rup */
    .dword 0xfffffffffefffffd, 0x0, 0x0, 0x0, 16
    .dword 0xffffffff4e6a36b3, 0x0, 0x0, 0x3a8dacc0, 0
    .dword 0xffffffff6f000008, 0x0, 0x0, 0xffffffffffffffff, 16
    .dword 0xffffffff4ccfc4ac, 0x0, 0x0, 0x67e2560, 0
    .dword 0xffffffff3fb72c06, 0x0, 0x0, 0x2, 1
    .dword 0xffffffff4c5dd9c6, 0x0, 0x0, 0x3776718, 0
    .dword 0xffffffff4045b342, 0x0, 0x0, 0x4, 1
    .dword 0xffffffff4f01dcbb, 0x0, 0x0, 0xffffffff81dcbb00, 0
    .dword 0xffffffff6a9fdf5b, 0x0, 0x0, 0xffffffffffffffff, 16
    .dword 0xffffffff4f6e813a, 0x0, 0x0, 0xffffffffee813a00, 0
    .dword 0xfffffffffe071b52, 0x0, 0x0, 0x0, 16
    .dword 0xffffffff4e8cdc4c, 0x0, 0x0, 0x466e2600, 0
    .dword 0xffffffff80a299fc, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff4f70ad80, 0x0, 0x0, 0xfffffffff0ad8000, 0
    .dword 0xffffffff4119bd41, 0x0, 0x0, 0xa, 1
    .dword 0xffffffff4f3cc846, 0x0, 0x0, 0xffffffffbcc84600, 0
    .dword 0xffffffff80fffffa, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff4e0bcfd7, 0x0, 0x0, 0x22f3f5c0, 0
    .dword 0xffffffffbfe51e3d, 0x0, 0x0, 0x0, 16
    .dword 0xffffffff4f7c2f51, 0x0, 0x0, 0xfffffffffc2f5100, 0
table_64: /* fcvt.s.wu fa0, a2, rup */
    .dword 0x26a3315, 0x0, 0x0, 0xffffffff4c1a8cc6, 1
    .dword 0xffffffff6107e30d, 0x0, 0x0, 0xffffffff4ec20fc7, 1
    .dword 0x89ff29eaf9ad67c, 0x0, 0x0, 0xffffffff4f2f9ad7, 1
    .dword 0xfffffffffffffecd, 0x0, 0x0, 0xffffffff4f7fffff, 1
    .dword 0xfffffffbae8067f5, 0x0, 0x0, 0xffffffff4f2e8068, 1
    .dword 0xffffffff3503dbbe, 0x0, 0x0, 0xffffffff4e540f6f, 1
    .dword 0x1adb, 0x0, 0x0, 0xffffffff45d6d800, 0
    .dword 0xb, 0x0, 0x0, 0xffffffff41300000, 0
    .dword 0x1aced3e35, 0x0, 0x0, 0xffffffff4f2ced3f, 1
    .dword 0xfffffec27b3e4ed9, 0x0, 0x0, 0xffffffff4ef67c9e, 1
    .dword 0xfff6afd3cfd2f6a1, 0x0, 0x0, 0xffffffff4f4fd2f7, 1
    .dword 0xffe4a990b732c9e7, 0x0, 0x0, 0xffffffff4f3732ca, 1
    .dword 0xffffffac0956ae11, 0x0, 0x0, 0xffffffff4d156ae2, 1
    .dword 0xe8dd, 0x0, 0x0, 0xffffffff4768dd00, 0
    .dword 0xffffffff58ff5fd0, 0x0, 0x0, 0xffffffff4eb1fec0, 1
    .dword 0xfffffff117f6f64b, 0x0, 0x0, 0xffffffff4dbfb7b3, 1
    .dword 0xfffcdaf0df5b88cf, 0x0, 0x0, 0xffffffff4f5f5b89, 1
    .dword 0x444, 0x0, 0x0, 0xffffffff44888000, 0
    .dword 0x2d3fb81c87fdf0, 0x0, 0x0, 0xffffffff4de43ff0, 1
    .dword 0xffffffef9975a78e, 0x0, 0x0, 0xffffffff4f1975a8, 1
table_65: /* fcvt.l.s a0, fa1, rup */
    .dword 0xfffffffffe7ccb2b, 0x0, 0x0, 0x8000000000000000, 16
    .dword 0xffffffff5f587488, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0xffffffff817ffffe, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff5ed4fb0c, 0x0, 0x0, 0x6a7d860000000000, 0
    .dword 0xffffffff7e9731d2, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0xffffffff5f5bd802, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0xffffffffffc00000, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0xffffffff5eb8e6f9, 0x0, 0x0, 0x5c737c8000000000, 0
    .dword 0xffffffffc0db2b8b, 0x0, 0x0, 0xfffffffffffffffa, 1
    .dword 0xffffffffde0bce6d, 0x0, 0x0, 0xdd0c64c000000000, 0
    .dword 0xffffffffff7ffff9, 0x0, 0x0, 0x8000000000000000, 16
    .dword 0xffffffff5f4be43b, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0xffffffff41fa473b, 0x0, 0x0, 0x20, 1
    .dword 0xffffffff5f4e0c29, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0xffffffff00c23d28, 0x0, 0x0, 0x1, 1
    .dword 0xffffffff5f1b2f00, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0xffffffff3e9a4576, 0x0, 0x0, 0x1, 1
    .dword 0xffffffffdedd404b, 0x0, 0x0, 0x915fda8000000000, 0
    .dword 0xffffffff3e609f29, 0x0, 0x0, 0x1, 1
    .dword 0xffffffff5ccfa71e, 0x0, 0x0, 0x67d38f000000000, 0
table_66: /* fcvt.s.l fa0, a2, rup */
    .dword 0x1ab, 0x0, 0x0, 0xffffffff43d58000, 0
    .dword 0x24717, 0x0, 0x0, 0xffffffff4811c5c0, 0
    .dword 0xfffffffffffc3546, 0x0, 0x0, 0xffffffffc872ae80, 0
    .dword 0xc22be3ee, 0x0, 0x0, 0xffffffff4f422be4, 1
    .dword 0x3ad8559, 0x0, 0x0, 0xffffffff4c6b6157, 1
    .dword 0x1, 0x0, 0x0, 0xffffffff3f800000, 0
    .dword 0xf99f2ee548516ed2, 0x0, 0x0, 0xffffffffdccc1a23, 1
    .dword 0x3ca, 0x0, 0x0, 0xffffffff44728000, 0
    .dword 0x8, 0x0, 0x0, 0xffffffff41000000, 0
    .dword 0x2921b56b9, 0x0, 0x0, 0xffffffff502486d6, 1
    .dword 0xfffffffffffff1c7, 0x0, 0x0, 0xffffffffc5639000, 0
    .dword 0xfffffffffffc59f4, 0x0, 0x0, 0xffffffffc8698300, 0
    .dword 0x1bf, 0x0, 0x0, 0xffffffff43df8000, 0
    .dword 0xffffc7212344c451, 0x0, 0x0, 0xffffffffd6637b72, 1
    .dword 0xfffffcbbd5c99104, 0x0, 0x0, 0xffffffffd4510a8d, 1
    .dword 0xfffffffffffffffc, 0x0, 0x0, 0xffffffffc0800000, 0
    .dword 0x372, 0x0, 0x0, 0xffffffff445c8000, 0
    .dword 0xcd6aea862a, 0x0, 0x0, 0xffffffff534d6aeb, 1
    .dword 0xffff88c1f1530c54, 0x0, 0x0, 0xffffffffd6ee7c1d, 1
    .dword 0xfffffffeb6575b07, 0x0, 0x0, 0xffffffffcfa4d452, 1
table_67: /* fcvt.lu.s a0, fa1, rup */
    .dword 0xffffffff0080000e, 0x0, 0x0, 0x1, 1
    .dword 0xffffffff5f7c9c4b, 0x0, 0x0, 0xfc9c4b0000000000, 0
    .dword 0xffffffff0080000e, 0x0, 0x0, 0x1, 1
    .dword 0xffffffff5d3b08ab, 0x0, 0x0, 0xbb08ab000000000, 0
    .dword 0xffffffff7ee0a667, 0x0, 0x0, 0xffffffffffffffff, 16
    .dword 0xffffffff5e209afe, 0x0, 0x0, 0x2826bf8000000000, 0
    .dword 0xffffffffc1000001, 0x0, 0x0, 0x0, 16
    .dword 0xffffffff5d5d29ac, 0x0, 0x0, 0xdd29ac000000000, 0
    .dword 0xffffffffae87c4f6, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff5f546a23, 0x0, 0x0, 0xd46a230000000000, 0
    .dword 0xffffffff81865bab, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff5f126ef1, 0x0, 0x0, 0x926ef10000000000, 0
    .dword 0xffffffff3fe5ab38, 0x0, 0x0, 0x2, 1
    .dword 0xffffffff5f23e276, 0x0, 0x0, 0xa3e2760000000000, 0
    .dword 0xffffffffc07ffffe, 0x0, 0x0, 0x0, 16
    .dword 0xffffffff5dcb11dd, 0x0, 0x0, 0x19623ba000000000, 0
    .dword 0xffffffff4dfb1f0f, 0x0, 0x0, 0x1f63e1e0, 0
    .dword 0xffffffff5d2c45d4, 0x0, 0x0, 0xac45d4000000000, 0
    .dword 0xffffffffc161b15d, 0x0, 0x0, 0x0, 16
    .dword 0xffffffff5e66db84, 0x0, 0x0, 0x39b6e10000000000, 0
table_68: /* fcvt.s.lu fa0, a2, rup */
    .dword 0xfff9d8e2bdabaf8a, 0x0, 0x0, 0xffffffff5f7ff9d9, 1
    .dword 0x12f1404321905, 0x0, 0x0, 0xffffffff57978a03, 1
    .dword 0x10169d1927, 0x0, 0x0, 0xffffffff5180b4e9, 1
    .dword 0xfffff102d56ce4d2, 0x0, 0x0, 0xffffffff5f7ffff2, 1
    .dword 0xfffffffffffffe0f, 0x0, 0x0, 0xffffffff5f800000, 1
    .dword 0x1a2122, 0x0, 0x0, 0xffffffff49d10910, 0
    .dword 0xfffffffffffffffd, 0x0, 0x0, 0xffffffff5f800000, 1
    .dword 0xfffffffec58a2421, 0x0, 0x0, 0xffffffff5f800000, 1
    .dword 0xf7f7c1a92de2ff, 0x0, 0x0, 0xffffffff5b77f7c2, 1
    .dword 0xfffffff9017804be, 0x0, 0x0, 0xffffffff5f800000, 1
    .dword 0xffffffffffffffe5, 0x0, 0x0, 0xffffffff5f800000, 1
    .dword 0xff5bca8f016a2bdd, 0x0, 0x0, 0xffffffff5f7f5bcb, 1
    .dword 0xfffffffffbaf7df2, 0x0, 0x0, 0xffffffff5f800000, 1
    .dword 0xffffffffffffffa2, 0x0, 0x0, 0xffffffff5f800000, 1
    .dword 0x24b4579, 0x0, 0x0, 0xffffffff4c12d15f, 1
    .dword 0xf730468, 0x0, 0x0, 0xffffffff4d773047, 1
    .dword 0xfffffffffff560cd, 0x0, 0x0, 0xffffffff5f800000, 1
    .dword 0xffffffffffffcc3f, 0x0, 0x0, 0xffffffff5f800000, 1
    .dword 0xfd24ef401fcfc9ee, 0x0, 0x0, 0xffffffff5f7d24f0, 1
    .dword 0xe5564, 0x0, 0x0, 0xffffffff49655640, 0
table_69: /* fadd.s fa0, fa1, fa2, rmm */
    .dword 0xffffffff80925edb, 0xffffffff00925ed8, 0xffffffffb28ed2e5, 0xffffffff80000003, 0
    .dword 0xfffffffffd80000f, 0xffffffffc0cd0288, 0xffffffffbffffffd, 0xfffffffffd80000f, 1
    .dword 0xffffffff7e4fa29a, 0xffffffff7cec7dc4, 0xffffffff5a8b8a24, 0xffffffff7e6d3253, 1
    .dword 0xffffffff3ff96c34, 0xffffffffbff96c34, 0xffffffffbe53b093, 0xffffffff00000000, 0
    .dword 0xffffffffeb39ef3b, 0xffffffff8100000c, 0xffffffff3ffad59a, 0xffffffffeb39ef3b, 1
    .dword 0xffffffff00ab95a6, 0xffffffff00f3dc14, 0xffffffff81fffffe, 0xffffffff014fb8dd, 0
    .dword 0xffffffffbde694a1, 0xffffffff3de694a4, 0xffffffffe7800001, 0xffffffff32c00000, 0
    .dword 0xfffffffff4a79db9, 0xffffffff9e7390e7, 0xffffffffff0dbcaf, 0xfffffffff4a79db9, 1
    .dword 0xffffffff42cc0dc1, 0xfffffffffda3d314, 0xffffffff7f000003, 0xfffffffffda3d314, 1
    .dword 0xffffffff01000002, 0xffffffff81000003, 0xffffffff3dce6e3b, 0xffffffff80000002, 0
    .dword 0xffffffff81bc080d, 0xffffffff8c061f95, 0xffffffff41800007, 0xffffffff8c061f9b, 1
    .dword 0xffffffffc07ffff9, 0xffffffff419d6657, 0xffffffff01e24303, 0xffffffff417accb0, 1
    .dword 0xffffffffc026dfe6, 0xffffffff4026dfe5, 0xffffffff4180000a, 0xffffffffb4800000, 0
    .dword 0xfffffffffefffffb, 0xffffffff0071633b, 0xffffffff7d800006, 0xfffffffffefffffb, 1
    .dword 0xffffffff413cdce8, 0xffffffff0056e2aa, 0xffffffff616c90ba, 0xffffffff413cdce8, 1
    .dword 0xffffffff40e31b87, 0xffffffffc0e31b84, 0xffffffff5efd92e3, 0xffffffff35c00000, 0
    .dword 0xffffffff417ffffd, 0xffffffff4080000f, 0xffffffff4150e0c7, 0xffffffff41a00002, 1
    .dword 0xfffffffffde49d96, 0xffffffffff800000, 0xffffffffbf291151, 0xffffffffff800000, 0
    .dword 0xffffffff01000004, 0xffffffff81000001, 0xffffffff3dfffffd, 0xffffffff00000006, 0
    .dword 0xffffffff8159989c, 0xffffffffc15d6b20, 0xffffffff88fffffb, 0xffffffffc15d6b20, 1
table_70: /* fsub.s fa0, fa1, fa2, rmm */
    .dword 0xffffffff7f787ecd, 0xffffffff7f787eca, 0xffffffffc00fb22b, 0xffffffff74400000, 0
    .dword 0xffffffff01800009, 0xffffffff4180000c, 0xffffffffa34bea4e, 0xffffffffc180000c, 1
    .dword 0xffffffffc1800000, 0xffffffff41fffffc, 0xffffffff00b9c398, 0xffffffffc23ffffe, 0
    .dword 0xffffffff81b21013, 0xffffffff81b21015, 0xfffffffffdb2dc49, 0xffffffff00000008, 0
    .dword 0xffffffff418919ef, 0xffffffff3ddffb1a, 0xffffffffe4d13ed1, 0xffffffff418839f4, 1
    .dword 0xffffffff77d2a25c, 0xffffffffbf600d08, 0xffffffffd777acdb, 0xffffffff77d2a25c, 1
    .dword 0xffffffffbea3e84a, 0xffffffffbea3e848, 0xffffffff3f7ffff9, 0xffffffffb3800000, 0
    .dword 0xffffffffc09f8d83, 0xfffffffffe91676c, 0xffffffff01b044c9, 0xffffffff7e91676c, 1
    .dword 0xffffffff0134426b, 0xffffffff679fbbe6, 0xfffffffff200000c, 0xffffffffe79fbbe6, 1
    .dword 0xffffffffedb695be, 0xffffffffedb695be, 0xffffffffbd80000b, 0xffffffff00000000, 0
    .dword 0xfffffffffdb61208, 0xffffffffffc00000, 0xffffffff00de7e58, 0xffffffff7fc00000, 0
    .dword 0xffffffff4067ec1a, 0xffffffff3efffff9, 0xffffffff00a5205b, 0xffffffff4047ec1b, 1
    .dword 0xffffffff0090c468, 0xffffffff0090c46a, 0xffffffff3e4b0409, 0xffffffff80000002, 0
    .dword 0xffffffff7e12c502, 0xffffffff81510bf1, 0xffffffff3f7ffffe, 0xffffffff7e12c502, 1
    .dword 0xffffffff7e5bcefa, 0xffffffff80fffffb, 0xffffffffc100000f, 0xffffffff7e5bcefa, 1
    .dword 0xffffffff7e0c18e4, 0xffffffff7e0c18e3, 0xffffffffee243ab7, 0xffffffff72800000, 0
    .dword 0xffffffffff2a50ae, 0xffffffff3f856c2a, 0xffffffffbffffffc, 0xffffffffff2a50ae, 1
    .dword 0xffffffff3e7ffff9, 0xffffffff89495d8a, 0xfffffffffe46beb8, 0xffffffff3e7ffff9, 1
    .dword 0xffffffff8422f4f7, 0xffffffff8422f4f9, 0xffffffff3eb6bc0e, 0xffffffff00000100, 0
    .dword 0xffffffff1a800003, 0xffffffff803ea58e, 0xffffffffbf800002, 0xffffffff1a800003, 1
table_71: /* fmul.s fa0, fa1, fa2, rmm */
    .dword 0xffffffffb5b9deb9, 0xffffffffbf800009, 0xffffffffb9fa3ca2, 0xffffffff35b9dec6, 1
    .dword 0xfffffffffefffffb, 0xffffffff7e68bf42, 0xffffffff3f745889, 0xffffffffff800000, 5
    .dword 0xffffffffbe80000c, 0xffffffff3e59368e, 0xffffffffe1526f4c, 0xffffffffbd5936a2, 1
    .dword 0xffffffff090b2270, 0xffffffffc046422a, 0xffffffff3f303198, 0xffffffff89d78131, 1
    .dword 0xffffffff6fab2825, 0xffffffff58350724, 0xffffffffc07fffff, 0xffffffff7f800000, 5
    .dword 0xfffffffffe7ffffa, 0xfffffffffe7ffffd, 0xffffffff5d7fffff, 0xffffffff7f800000, 5
    .dword 0xffffffff55fb405e, 0xffffffffff42e322, 0xffffffff9679d6eb, 0xffffffffff800000, 5
    .dword 0xfffffffff711a689, 0xffffffff10f93f7a, 0xffffffff81800002, 0xffffffffc88dcf19, 1
    .dword 0xffffffff01698a9c, 0xffffffff417ffffc, 0xffffffff7f00000b, 0xffffffff03698a98, 1
    .dword 0xffffffffff000006, 0xffffffff41000003, 0xffffffff7e00000a, 0xffffffffff800000, 5
    .dword 0xffffffffbebe4aad, 0xffffffff5d59a02e, 0xffffffffbe800008, 0xffffffffdca1c45e, 1
    .dword 0xffffffffc0831b0e, 0xffffffffff247592, 0xffffffff3fceae9a, 0xffffffff7f800000, 5
    .dword 0xffffffff418d81e4, 0xffffffff7e7ffffc, 0xffffffff908816bb, 0xffffffff7f800000, 5
    .dword 0xffffffff80113058, 0xffffffffbffffff9, 0xffffffff41fffff9, 0xffffffff002260af, 3
    .dword 0xffffffff8080000c, 0xffffffff01c85353, 0xffffffffcb86f646, 0xffffffff80000000, 3
    .dword 0xffffffff15a94f95, 0xffffffff3e33e16b, 0xffffffff627ffff8, 0xffffffff146def76, 1
    .dword 0xffffffff30037627, 0xfffffffffeff226e, 0xffffffff80d80d73, 0xffffffffef83045f, 1
    .dword 0xffffffff3f17d4ba, 0xffffffff80abb487, 0xffffffffe500a80f, 0xffffffff8065d62a, 3
    .dword 0xffffffffbf90b256, 0xffffffffc1c5570e, 0xffffffffc17ff70d, 0xffffffff41df14e1, 1
    .dword 0xffffffffc0b2f087, 0xffffffffc19bdefb, 0xfffffffffda8743f, 0xffffffff42d9e6fc, 1
table_72: /* fdiv.s fa0, fa1, fa2, rmm */
    .dword 0xffffffffea573826, 0xffffffff8841101d, 0xffffffffbe1e1212, 0xffffffff7f800000, 5
    .dword 0xffffffff8080637b, 0xfffffffffdfbd02c, 0xffffffff01978671, 0xffffffff00000000, 3
    .dword 0xffffffff41000004, 0xffffffff4100000c, 0xffffffff401b9ea9, 0xffffffff3f7ffff0, 1
    .dword 0xffffffffffc00000, 0xffffffff7e1ae9ad, 0xffffffff816ba31e, 0xffffffff7fc00000, 0
    .dword 0xffffffffc77722d3, 0xffffffff47000009, 0xffffffffff000000, 0xffffffffbff722c2, 1
    .dword 0xffffffff00ae23b1, 0xffffffffd87ffffd, 0xffffffffbda55e31, 0xffffffff80000000, 3
    .dword 0xffffffffbefffff9, 0xffffffff3ee5de79, 0xffffffff407ffffa, 0xffffffffbf8e8cf9, 1
    .dword 0xffffffff7ec0b8da, 0xffffffff3efe08e7, 0xffffffff017ffffa, 0xffffffff7f423686, 1
    .dword 0xffffffffc15ea11b, 0xffffffff3fe6bc17, 0xfffffffffe7ffffe, 0xffffffffc0f701ce, 1
    .dword 0xffffffffff800000, 0xfffffffffe99c50d, 0xffffffff3dfffffc, 0xffffffff7f800000, 0
    .dword 0xffffffff1327ff6c, 0xffffffff80800001, 0xffffffffe70eaae4, 0xffffffffd227ff6b, 1
    .dword 0xffffffffc3737359, 0xffffffff00000000, 0xffffffffc07fffff, 0xffffffffff800000, 8
    .dword 0xffffffff4161754b, 0xffffffff3e000002, 0xfffffffffe9d002e, 0xffffffff42e17547, 1
    .dword 0xffffffff7f800000, 0xffffffff87ef51ce, 0xffffffff69cb0efe, 0xffffffffff800000, 0
    .dword 0xffffffff71a4f731, 0xffffffff7d80000e, 0xffffffffebfdb2c1, 0xffffffff33a4f71f, 1
    .dword 0xffffffff7eda64f9, 0xffffffff3dbbb0e9, 0xffffffff0151bfcb, 0xffffffff7f800000, 5
    .dword 0xffffffff00d54597, 0xffffffff3fe3cdf8, 0xffffffff7d9b1e4c, 0xffffffff0077d593, 3
    .dword 0xffffffff81acdc4b, 0xffffffffbd800000, 0xffffffff3ede15aa, 0xffffffff03acdc4b, 0
    .dword 0xffffffff3fb2e056, 0xffffffff7d938d1f, 0xffffffff017a52e1, 0xffffffff019b2ca1, 1
    .dword 0xffffffffbd800005, 0xffffffff88900b1d, 0xffffffff01a13835, 0xffffffff74637cb3, 1
table_73: /* fsqrt.s fa0, fa1, rmm */
    .dword 0xfffffffffdabfdea, 0xffffffffff800000, 0xffffffff7df63c06, 0xffffffff7fc00000, 16
    .dword 0xffffffff3dfffffc, 0xffffffffa5ea7761, 0xffffffff3e000000, 0xffffffff3eb504f2, 1
    .dword 0xffffffff4e5e4b7b, 0xffffffff7f800000, 0xffffffff80fffff9, 0xffffffff46ee8d8a, 1
    .dword 0xffffffff400ec1e9, 0xffffffffbdd616e1, 0xffffffff018a70ad, 0xffffffff3fbf2b7b, 1
    .dword 0xfffffffffefffff9, 0xffffffff012169d3, 0xffffffff009d6f9d, 0xffffffff7fc00000, 16
    .dword 0xffffffff41800007, 0xffffffffb0d784ab, 0xffffffff5aca9ae6, 0xffffffff40800003, 1
    .dword 0xffffffff7dfffffd, 0xffffffff7e990622, 0xffffffffe7bc29bc, 0xffffffff5eb504f2, 1
    .dword 0xffffffff5c1892b9, 0xffffffff6ed015c5, 0xffffffff3e000005, 0xffffffff4dc5a1ff, 1
    .dword 0xffffffff82f26d2e, 0xffffffff00000000, 0xffffffffbde9d95e, 0xffffffff7fc00000, 16
    .dword 0xffffffff3ede14d6, 0xffffffff4585767e, 0xffffffffc1f9ddf8, 0xffffffff3f2899f3, 1
    .dword 0xffffffff01c63ee3, 0xffffffffc1863023, 0xffffffffc1b63ad4, 0xffffffff209f4bf6, 1
    .dword 0xffffffff7fa00000, 0xffffffff90eb25b8, 0xffffffff408c60fc, 0xffffffff7fc00000, 16
    .dword 0xffffffff3e7ffffe, 0xffffffffffa00000, 0xffffffff14b0815e, 0xffffffff3effffff, 1
    .dword 0xffffffff5a000005, 0xffffffff0080000d, 0xffffffff6ce012fc, 0xffffffff4cb504f7, 1
    .dword 0xffffffff0080000e, 0xffffffff40cd042a, 0xffffffff3e106807, 0xffffffff20000007, 1
    .dword 0xffffffff2f800009, 0xffffffff80842957, 0xffffffffc37ab8ff, 0xffffffff37800004, 1
    .dword 0xffffffff841a9dc0, 0xffffffff4149d107, 0xffffffff003435b8, 0xffffffff7fc00000, 16
    .dword 0xffffffff7fa00000, 0xffffffff81fffffe, 0xffffffff3e558800, 0xffffffff7fc00000, 16
    .dword 0xffffffff11800009, 0xffffffff8080000b, 0xffffffff48cd233a, 0xffffffff28800004, 1
    .dword 0xffffffff3f800005, 0xffffffff00000000, 0xffffffff5e000002, 0xffffffff3f800002, 1
table_74: /* fmadd.s fa0, fa1, fa2, fa3, rmm */
    .dword 0xffffffff43de0ced, 0xffffffff3eba20ae, 0xffffffffc32171bf, 0xffffffffb810e5bb, 1
    .dword 0xffffffff81000007, 0xffffffffffa00000, 0xffffffff40c5c5a2, 0xffffffff7fc00000, 16
    .dword 0xffffffff00c1ba51, 0xffffffff3e52ef7d, 0xffffffff007ffffe, 0xffffffff00a7e802, 1
    .dword 0xffffffffbf86c268, 0xffffffff7ee7ff5c, 0xffffffff7ef43fb2, 0xffffffff738a4550, 0
    .dword 0xffffffffbe54c3b7, 0xffffffff7f25b862, 0xffffffffcffffffc, 0xfffffffffe09bb63, 1
    .dword 0xffffffffa4f4cb5a, 0xffffffffbdfffffd, 0xfffffffffe000009, 0xfffffffffe000009, 1
    .dword 0xffffffff7f31463d, 0xffffffff4107629f, 0xffffffffff800000, 0xffffffffff800000, 0
    .dword 0xffffffff3ffffffa, 0xffffffff867105ec, 0xffffffff00000000, 0xffffffff86f105e6, 1
    .dword 0xffffffff80503e0b, 0xffffffffa77fffff, 0xffffffffbf57b20c, 0xffffffffbf57b20c, 1
    .dword 0xffffffff5e2d8639, 0xffffffff3e7ffffc, 0xffffffffdd2d8634, 0xffffffff521279c7, 0
    .dword 0xffffffff80163c5f, 0xffffffffc14c99ee, 0xffffffffa6f0eaa7, 0xffffffffa6f0eaa7, 1
    .dword 0xffffffff82c81c1a, 0xffffffff41e28237, 0xffffffff800bb9f6, 0xffffffff85311475, 1
    .dword 0xffffffff7f1daf33, 0xfffffffff95826a0, 0xffffffff7f800000, 0xffffffff7f800000, 0
    .dword 0xffffffff017ffffd, 0xffffffff80171989, 0xffffffff7ed5f9fe, 0xffffffff7ed5f9fe, 1
    .dword 0xffffffff7ea328f9, 0xffffffff00800001, 0xffffffffbe800006, 0xffffffff3f8328f9, 1
    .dword 0xffffffff809e81a4, 0xffffffff80eacff7, 0xffffffff80000000, 0xffffffff00000000, 3
    .dword 0xffffffffbdfffffa, 0xffffffffc043956a, 0xffffffffbdfffffe, 0xffffffff3e839566, 1
    .dword 0xffffffff3f00000d, 0xffffffffbde6172f, 0xffffffff41a3a182, 0xffffffff41a32e76, 1
    .dword 0xffffffffbda042a3, 0xffffffff1c37d343, 0xffffffff1a6627c4, 0xffffffff8f3164d5, 1
    .dword 0xffffffff817ffff9, 0xffffffff7e1934da, 0xffffffff3fa24446, 0xffffffffbf902566, 1
table_75: /* fmsub.s fa0, fa1, fa2, fa3, rmm */
    .dword 0xffffffffc0bc43ff, 0xffffffff00000000, 0xffffffff80000000, 0xffffffff00000000, 0
    .dword 0xffffffff0119ea2e, 0xffffffff53159b6d, 0xffffffffba5b6bf5, 0xffffffff3a5b6bf5, 1
    .dword 0xffffffff01f1bbac, 0xffffffff3ef5e29b, 0xffffffffbf5c16c5, 0xffffffff3f5c16c5, 1
    .dword 0xffffffffc146890b, 0xffffffff01000002, 0xffffffff82c6890e, 0xffffffff80000002, 3
    .dword 0xffffffff7e25fcb9, 0xffffffff7dfffff9, 0xffffffff408e8e8f, 0xffffffff7f800000, 5
    .dword 0xffffffff405251d6, 0xffffffff802a2ab1, 0xffffffff3f9c03e2, 0xffffffffbf9c03e2, 1
    .dword 0xffffffff81de7430, 0xfffffffff0d52466, 0xffffffff33393650, 0xffffffffa845bd38, 0
    .dword 0xffffffff587ffffc, 0xffffffff4171a6f1, 0xffffffffc1ed9dee, 0xffffffff5a71a6ed, 1
    .dword 0xffffffff806dc3b0, 0xffffffff7f31330c, 0xffffffff819874d4, 0xffffffffc017f460, 1
    .dword 0xffffffff81858693, 0xffffffff00f9415e, 0xffffffff80000000, 0xffffffff80000000, 3
    .dword 0xffffffff7f3b2710, 0xffffffff7dbcb0cd, 0xffffffff7df61514, 0xffffffff7f800000, 5
    .dword 0xffffffff3dcd9eab, 0xffffffff0083815e, 0xffffffff7d517c00, 0xfffffffffd517c00, 1
    .dword 0xffffffff41fbf005, 0xffffffff263b35c5, 0xffffffff28b83d3d, 0xffffffff1d1bde6d, 1
    .dword 0xffffffff81a4215d, 0xffffffff3f7ffff8, 0xfffffffffe572327, 0xffffffff7e572327, 1
    .dword 0xffffffff3efffffa, 0xffffffff873636b8, 0xffffffffc6c69d1b, 0xffffffff46c69d1b, 1
    .dword 0xffffffff46670a62, 0xffffffff00000000, 0xffffffff00000000, 0xffffffff00000000, 0
    .dword 0xffffffff7e939878, 0xffffffff893bf703, 0xffffffff3f16e379, 0xffffffffc858bdb9, 1
    .dword 0xffffffff81b83001, 0xffffffffffa00000, 0xffffffffbe384166, 0xffffffff7fc00000, 16
    .dword 0xffffffff3f7e601e, 0xffffffff3dfffffe, 0xffffffff3dfe601c, 0xffffffff2ecff100, 0
    .dword 0xffffffff7fa00000, 0xffffffff01800004, 0xffffffff7d9002ad, 0xffffffff7fc00000, 16
table_76: /* fnmsub.s fa0, fa1, fa2, fa3, rmm */
    .dword 0xffffffff70c578fa, 0xffffffff8cfffffb, 0xffffffffbe4578f4, 0xffffffff330928c8, 1
    .dword 0xffffffff977ffff8, 0xffffffff40adc196, 0xffffffffbebb6629, 0xffffffffbebb6629, 1
    .dword 0xffffffff7e0533b4, 0xffffffffbffffff9, 0xffffffff41e40e91, 0xffffffff7e8533b0, 1
    .dword 0xffffffff3e7ffff8, 0xffffffff404a146f, 0xffffffff3f4a146b, 0xffffffff341428de, 0
    .dword 0xfffffffffdce3ae6, 0xfffffffffefbad6a, 0xffffffffc12c1583, 0xffffffffff800000, 5
    .dword 0xffffffff9ac74771, 0xffffffffbf574176, 0xffffffff3f7ffffd, 0xffffffff3f7ffffd, 1
    .dword 0xffffffff41000001, 0xffffffff4900000b, 0xffffffff4a80000b, 0xffffffffbf00000b, 0
    .dword 0xffffffff5cfffffe, 0xffffffff80989690, 0xffffffff417ffffc, 0xffffffff417ffffc, 1
    .dword 0xffffffff41448e3a, 0xffffffff405732f6, 0xffffffff00fd5962, 0xffffffffc2253a93, 1
    .dword 0xffffffffbfc1d47f, 0xffffffff3ecffd94, 0xffffffffbf1d7ad2, 0xffffffffb27a8e50, 0
    .dword 0xffffffffbf848cab, 0xffffffff00000006, 0xffffffff7e2eb469, 0xffffffff7e2eb469, 1
    .dword 0xfffffffffe5b4270, 0xffffffffbe37ff37, 0xffffffff01800004, 0xfffffffffd1d9714, 1
    .dword 0xffffffff7f3f5fa2, 0xffffffff3f000008, 0xffffffff7ebf5fad, 0xfffffffff2f5fa20, 0
    .dword 0xffffffff017fffff, 0xffffffff418a6523, 0xffffffff01e0287f, 0xffffffff8378c535, 1
    .dword 0xffffffffc00ba93e, 0xffffffffdf48e0d6, 0xffffffffae14348f, 0xffffffffdfdb2dc3, 1
    .dword 0xffffffff3f000000, 0xffffffffc1d35d5f, 0xffffffffc1535d5d, 0xffffffff36000000, 0
    .dword 0xfffffffffddada62, 0xffffffffff7ffff8, 0xffffffff3e8f9f66, 0xffffffffff800000, 5
    .dword 0xffffffff4189b442, 0xffffffff807ffff9, 0xffffffff41e2bae4, 0xffffffff41e2bae4, 1
    .dword 0xffffffffc07d738a, 0xffffffffbfc80b3e, 0xffffffff40c60d64, 0xffffffffb51474b6, 0
    .dword 0xffffffff805f75bf, 0xffffffff4152636b, 0xffffffff87773385, 0xffffffff87770c4b, 1
table_77: /* fnmadd.s fa0, fa1, fa2, fa3, rmm */
    .dword 0xffffffffbe5641de, 0xffffffffef6170b7, 0xffffffffee3cae3c, 0xffffffff62f3e527, 0
    .dword 0xffffffff41035193, 0xffffffff817fba88, 0xffffffffffa00000, 0xffffffff7fc00000, 16
    .dword 0xffffffffbf77ec0e, 0xfffffffffde34e2a, 0xffffffff41fd5523, 0xfffffffffddc2203, 1
    .dword 0xffffffff80ab03d1, 0xffffffff3dd75c35, 0xffffffff0011fbbb, 0xffffffff80000001, 3
    .dword 0xffffffff8b000005, 0xffffffff3070ac22, 0xffffffff403ff851, 0xffffffffc03ff851, 1
    .dword 0xffffffffddfffffd, 0xffffffff41f9a94e, 0xffffffff80000000, 0xffffffff6079a94b, 1
    .dword 0xffffffff0010444c, 0xffffffffc1936c9b, 0xffffffff0115e1e2, 0xffffffff00000006, 3
    .dword 0xffffffff7dffffff, 0xfffffffffdd9bd26, 0xffffffff71fc8ca9, 0xffffffff7f800000, 5
    .dword 0xffffffff8dad103b, 0xffffffff15800007, 0xffffffff753e0bbe, 0xfffffffff53e0bbe, 1
    .dword 0xffffffff7fc00000, 0xffffffff758d0e94, 0xffffffffffc00000, 0xffffffff7fc00000, 0
    .dword 0xffffffffbf7fffff, 0xffffffff3f437cdc, 0xffffffff81616085, 0xffffffff3f437cdb, 1
    .dword 0xffffffff3fec70b2, 0xffffffff0256c076, 0xffffffff7effffff, 0xfffffffffeffffff, 1
    .dword 0xffffffff40495196, 0xffffffffe280000e, 0xffffffff634951ae, 0xffffffffd7fd89cc, 0
    .dword 0xffffffff81f9c37f, 0xffffffff2400000f, 0xffffffff80000003, 0xffffffff00000003, 3
    .dword 0xffffffff41c5567b, 0xfffffffffe3e4da6, 0xffffffff00000000, 0xffffffff7f800000, 5
    .dword 0xffffffff7e36fafe, 0xffffffffff800000, 0xffffffff7f800000, 0xffffffff7fc00000, 16
    .dword 0xffffffff3ebfbe25, 0xffffffff3d800000, 0xffffffffbe7ffffd, 0xffffffff3e680838, 1
    .dword 0xffffffffc880000e, 0xffffffff185193ab, 0xfffffffff88e57be, 0xffffffff788e57be, 1
    .dword 0xffffffffa4ca1432, 0xffffffff01800006, 0xffffffff00000000, 0xffffffff00000000, 3
    .dword 0xfffffffff5000008, 0xffffffffc8ed9882, 0xffffffffc0000002, 0xfffffffffe6d9891, 1
table_78: /* fcvt.w.s a0, fa1, rmm */
    .dword 0xffffffffc13b08c1, 0x0, 0x0, 0xfffffffffffffff4, 1
    .dword 0xffffffffce9ed58a, 0x0, 0x0, 0xffffffffb0953b00, 0
    .dword 0xffffffffbf63ba9f, 0x0, 0x0, 0xffffffffffffffff, 1
    .dword 0xffffffffce9e7fb0, 0x0, 0x0, 0xffffffffb0c02800, 0
    .dword 0xffffffff9c800006, 0x0, 0x0, 0x0, 1
    .dword 0xffffffffcedc2d2b, 0x0, 0x0, 0xffffffff91e96a80, 0
    .dword 0xffffffffbedf7c25, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff4f661962, 0x0, 0x0, 0x7fffffff, 16
    .dword 0xffffffffee800009, 0x0, 0x0, 0xffffffff80000000, 16
    .dword 0xffffffffcea95b29, 0x0, 0x0, 0xffffffffab526b80, 0
    .dword 0xffffffff7ec721ff, 0x0, 0x0, 0x7fffffff, 16
    .dword 0xffffffffcd58bc3e, 0x0, 0x0, 0xfffffffff2743c20, 0
    .dword 0xffffffff3fe48527, 0x0, 0x0, 0x2, 1
    .dword 0xffffffff4ea806d3, 0x0, 0x0, 0x54036980, 0
    .dword 0xffffffffff2c5f7c, 0x0, 0x0, 0xffffffff80000000, 16
    .dword 0xffffffffceece956, 0x0, 0x0, 0xffffffff898b5500, 0
    .dword 0xffffffff32000006, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff4e86badf, 0x0, 0x0, 0x435d6f80, 0
    .dword 0xffffffff7e67f526, 0x0, 0x0, 0x7fffffff, 16
    .dword 0xffffffff4f5a6bc9, 0x0, 0x0, 0x7fffffff, 16
table_79: /* fcvt.s.w fa0, a2, rmm */
    .dword 0x7f599813e, 0x0, 0x0, 0xffffffffcd2667ec, 1
    .dword 0x122622, 0x0, 0x0, 0xffffffff49913110, 0
    .dword 0xffffffff5af81faf, 0x0, 0x0, 0xffffffff4eb5f03f, 1
    .dword 0xffffffffffb7fa1f, 0x0, 0x0, 0xffffffffca900bc2, 0
    .dword 0xff5b738150885008, 0x0, 0x0, 0xffffffff4ea110a0, 1
    .dword 0xd5b5ba1ae93357, 0x0, 0x0, 0xffffffff4dd7499b, 1
    .dword 0xfffffffffffdcce4, 0x0, 0x0, 0xffffffffc80cc700, 0
    .dword 0xfffffff4906ab9dc, 0x0, 0x0, 0xffffffffcedf2a8c, 1
    .dword 0xffffffa2a35b7924, 0x0, 0x0, 0xffffffffceb9490e, 1
    .dword 0x1b6557565dc7, 0x0, 0x0, 0xffffffff4eaeacbc, 1
    .dword 0x73a906d65c4, 0x0, 0x0, 0xffffffffcedf2534, 1
    .dword 0xffb1050b3da1db70, 0x0, 0x0, 0xffffffff4e76876e, 1
    .dword 0xfffffffffffffe7d, 0x0, 0x0, 0xffffffffc3c18000, 0
    .dword 0x14ea285cce81, 0x0, 0x0, 0xffffffff4e21733a, 1
    .dword 0x3ff2e6216096, 0x0, 0x0, 0xffffffffcdcef4fb, 1
    .dword 0x3, 0x0, 0x0, 0xffffffff40400000, 0
    .dword 0x6, 0x0, 0x0, 0xffffffff40c00000, 0
    .dword 0x26, 0x0, 0x0, 0xffffffff42180000, 0
    .dword 0x8471429d1b0, 0x0, 0x0, 0xffffffff4da14e8e, 1
    .dword 0xed4e7ee5d54e8605, 0x0, 0x0, 0xffffffffce2ac5e8, 1
table_80: /* fcvt.wu.s a0, fa1, rmm */
    .dword 0xffffffffbdc314d1, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff4f18a409, 0x0, 0x0, 0xffffffff98a40900, 0
    .dword 0xffffffff00000005, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff4f0693af, 0x0, 0x0, 0xffffffff8693af00, 0
    .dword 0xffffffffbeada2d0, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff4f62c543, 0x0, 0x0, 0xffffffffe2c54300, 0
    .dword 0xffffffff40ffffff, 0x0, 0x0, 0x8, 1
    .dword 0xffffffff4f5191d0, 0x0, 0x0, 0xffffffffd191d000, 0
    .dword 0xffffffff40800004, 0x0, 0x0, 0x4, 1
    .dword 0xffffffff4ca9b667, 0x0, 0x0, 0x54db338, 0
    .dword 0xffffffff7d9feaa2, 0x0, 0x0, 0xffffffffffffffff, 16
    .dword 0xffffffff4f065b86, 0x0, 0x0, 0xffffffff865b8600, 0
    .dword 0xffffffff3f4473ff, 0x0, 0x0, 0x1, 1
    .dword 0xffffffff4e5afac9, 0x0, 0x0, 0x36beb240, 0
    .dword 0xffffffff7ec2b575, 0x0, 0x0, 0xffffffffffffffff, 16
    .dword 0xffffffff4da43302, 0x0, 0x0, 0x14866040, 0
    .dword 0xffffffff00c204f2, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff4d0ed2c3, 0x0, 0x0, 0x8ed2c30, 0
    .dword 0xffffffff4100000f, 0x0, 0x0, 0x8, 1
    .dword 0xffffffff4f7da4e3, 0x0, 0x0, 0xfffffffffda4e300, 0
table_81: /* fcvt.s.wu fa0, a2, rmm */
    .dword 0x1f3c2fd3efaa2326, 0x0, 0x0, 0xffffffff4f6faa23, 1
    .dword 0x4f76a, 0x0, 0x0, 0xffffffff489eed40, 0
    .dword 0xffffffffff9ae3eb, 0x0, 0x0, 0xffffffff4f7f9ae4, 1
    .dword 0xffffffa14786e7b0, 0x0, 0x0, 0xffffffff4e8f0dcf, 1
    .dword 0xfffffffffffff4d4, 0x0, 0x0, 0xffffffff4f7ffff5, 1
    .dword 0xae9a75e21, 0x0, 0x0, 0xffffffff4f69a75e, 1
    .dword 0x3c6ec263ca5, 0x0, 0x0, 0xffffffff4f6c263d, 1
    .dword 0x14, 0x0, 0x0, 0xffffffff41a00000, 0
    .dword 0xffffffffffffd90e, 0x0, 0x0, 0xffffffff4f7fffd9, 1
    .dword 0xffff4e157f8dd411, 0x0, 0x0, 0xffffffff4eff1ba8, 1
    .dword 0xfffffffffe6b9fec, 0x0, 0x0, 0xffffffff4f7e6ba0, 1
    .dword 0x13, 0x0, 0x0, 0xffffffff41980000, 0
    .dword 0xb633, 0x0, 0x0, 0xffffffff47363300, 0
    .dword 0xf6753b0a0, 0x0, 0x0, 0xffffffff4ecea761, 1
    .dword 0xfffffffffff83506, 0x0, 0x0, 0xffffffff4f7ff835, 1
    .dword 0xffff38b0f6698dfc, 0x0, 0x0, 0xffffffff4f76698e, 1
    .dword 0x9b9e93ad1d, 0x0, 0x0, 0xffffffff4f1e93ad, 1
    .dword 0x2, 0x0, 0x0, 0xffffffff40000000, 0
    .dword 0xffffff2971c650c9, 0x0, 0x0, 0xffffffff4ee38ca2, 1
    .dword 0xffffffffffffff0f, 0x0, 0x0, 0xffffffff4f7fffff, 1
table_82: /* fcvt.l.s a0, fa1, rmm */
    .dword 0xffffffff01fffffe, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff5f75be4d, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0xffffffffb9a100dd, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff5f640830, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0xffffffff0080000c, 0x0, 0x0, 0x0, 1
    .dword 0xffffffffdd665b81, 0x0, 0x0, 0xf19a47f000000000, 0
    .dword 0xffffffff80316fb5, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff5f4d723d, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0xffffffff7f7a2ba1, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0xffffffff5e6a6143, 0x0, 0x0, 0x3a9850c000000000, 0
    .dword 0xffffffffbe7694b4, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff5eddca8d, 0x0, 0x0, 0x6ee5468000000000, 0
    .dword 0xffffffff7e611e4e, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0xffffffff5eacec4d, 0x0, 0x0, 0x5676268000000000, 0
    .dword 0xfffffffffda5fbbe, 0x0, 0x0, 0x8000000000000000, 16
    .dword 0xffffffff5dce5f56, 0x0, 0x0, 0x19cbeac000000000, 0
    .dword 0xfffffffffda7d120, 0x0, 0x0, 0x8000000000000000, 16
    .dword 0xffffffffddb2d06a, 0x0, 0x0, 0xe9a5f2c000000000, 0
    .dword 0xffffffff7f298e28, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0xffffffff5f299cf1, 0x0, 0x0, 0x7fffffffffffffff, 16
table_83: /* fcvt.s.l fa0, a2, rmm */
    .dword 0xffffda094ccfa7c9, 0x0, 0x0, 0xffffffffd617dacd, 1
    .dword 0xfff5946ae7082f73, 0x0, 0x0, 0xffffffffd926b952, 1
    .dword 0xfffffffcad4c3c92, 0x0, 0x0, 0xffffffffd054acf1, 1
    .dword 0x1d5f2fec4dfa, 0x0, 0x0, 0xffffffff55eaf97f, 1
    .dword 0xffffb1415f9dc07a, 0x0, 0x0, 0xffffffffd69d7d41, 1
    .dword 0xfffffff0349315ea, 0x0, 0x0, 0xffffffffd17cb6cf, 1
    .dword 0x27d0976, 0x0, 0x0, 0xffffffff4c1f425e, 1
    .dword 0x1, 0x0, 0x0, 0xffffffff3f800000, 0
    .dword 0xe02232fff63, 0x0, 0x0, 0xffffffff55602233, 1
    .dword 0xffffa439e53b7288, 0x0, 0x0, 0xffffffffd6b78c36, 1
    .dword 0x92d, 0x0, 0x0, 0xffffffff4512d000, 0
    .dword 0xfffffffffffff2b4, 0x0, 0x0, 0xffffffffc554c000, 0
    .dword 0x94ef, 0x0, 0x0, 0xffffffff4714ef00, 0
    .dword 0xfffff8d59bc08ee1, 0x0, 0x0, 0xffffffffd4e54c88, 1
    .dword 0x10f666df8c69, 0x0, 0x0, 0xffffffff5587b337, 1
    .dword 0xfffffffff4daee13, 0x0, 0x0, 0xffffffffcd32511f, 1
    .dword 0x364d35eca688e, 0x0, 0x0, 0xffffffff585934d8, 1
    .dword 0xf8c8272817, 0x0, 0x0, 0xffffffff5378c827, 1
    .dword 0x5fc33c89, 0x0, 0x0, 0xffffffff4ebf8679, 1
    .dword 0xfffffffffffffff9, 0x0, 0x0, 0xffffffffc0e00000, 0
table_84: /* fcvt.lu.s a0, fa1, rmm */
    .dword 0xffffffffbe1ff779, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff5f715d13, 0x0, 0x0, 0xf15d130000000000, 0
    .dword 0xffffffff7c4b578c, 0x0, 0x0, 0xffffffffffffffff, 16
    .dword 0xffffffff5f1a2604, 0x0, 0x0, 0x9a26040000000000, 0
    .dword 0xffffffffc1800007, 0x0, 0x0, 0x0, 16
    .dword 0xffffffff5f54c0eb, 0x0, 0x0, 0xd4c0eb0000000000, 0
    .dword 0xfffffffff280000e, 0x0, 0x0, 0x0, 16
    .dword 0xffffffff5a96a19e, 0x0, 0x0, 0x4b50cf00000000, 0
    .dword 0xffffffff3e25927a, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff5e19e51d, 0x0, 0x0, 0x2679474000000000, 0
    .dword 0xffffffff81c347f6, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff5f1535d0, 0x0, 0x0, 0x9535d00000000000, 0
    .dword 0xffffffff40dbc1d0, 0x0, 0x0, 0x7, 1
    .dword 0xffffffff5ed4d710, 0x0, 0x0, 0x6a6b880000000000, 0
    .dword 0xffffffff323409c8, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff5de9f98d, 0x0, 0x0, 0x1d3f31a000000000, 0
    .dword 0xffffffffa92d2ec1, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff5f464752, 0x0, 0x0, 0xc647520000000000, 0
    .dword 0xffffffff012bbb55, 0x0, 0x0, 0x0, 1
    .dword 0xffffffff5cd4fc52, 0x0, 0x0, 0x6a7e29000000000, 0
table_85: /* fcvt.s.lu fa0, a2, rmm */
    .dword 0xffffad6ec65cb6fb, 0x0, 0x0, 0xffffffff5f7fffad, 1
    .dword 0xf32725355d2, 0x0, 0x0, 0xffffffff55732725, 1
    .dword 0x38e4453616d, 0x0, 0x0, 0xffffffff54639115, 1
    .dword 0xffffffffffffff03, 0x0, 0x0, 0xffffffff5f800000, 1
    .dword 0x12, 0x0, 0x0, 0xffffffff41900000, 0
    .dword 0x3c7e, 0x0, 0x0, 0xffffffff4671f800, 0
    .dword 0x8734eef7, 0x0, 0x0, 0xffffffff4f0734ef, 1
    .dword 0xfffffffffffffff0, 0x0, 0x0, 0xffffffff5f800000, 1
    .dword 0xffffffffe29fda47, 0x0, 0x0, 0xffffffff5f800000, 1
    .dword 0xfffffffffffffffe, 0x0, 0x0, 0xffffffff5f800000, 1
    .dword 0xffa76de080116685, 0x0, 0x0, 0xffffffff5f7fa76e, 1
    .dword 0x1, 0x0, 0x0, 0xffffffff3f800000, 0
    .dword 0x476eac9b5, 0x0, 0x0, 0xffffffff508edd59, 1
    .dword 0xfffffffffffffffc, 0x0, 0x0, 0xffffffff5f800000, 1
    .dword 0x4, 0x0, 0x0, 0xffffffff40800000, 0
    .dword 0x6, 0x0, 0x0, 0xffffffff40c00000, 0
    .dword 0x1e6, 0x0, 0x0, 0xffffffff43f30000, 0
    .dword 0xffffffffffffffc8, 0x0, 0x0, 0xffffffff5f800000, 1
    .dword 0xaf40436031a4, 0x0, 0x0, 0xffffffff572f4043, 1
    .dword 0xffffffffffffffcc, 0x0, 0x0, 0xffffffff5f800000, 1
