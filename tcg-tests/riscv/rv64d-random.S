/* SPDX-License-Identifier: MIT */
/*
 * rv64d-random.S: 20 random operand sets (seed 2) per instruction and rounding
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
    RUN_TABLE(1, table_1, 20, f, fadd.d fa0, fa1, fa2, rne)
    RUN_TABLE(2, table_2, 20, f, fsub.d fa0, fa1, fa2, rne)
    RUN_TABLE(3, table_3, 20, f, fmul.d fa0, fa1, fa2, rne)
    RUN_TABLE(4, table_4, 20, f, fdiv.d fa0, fa1, fa2, rne)
    RUN_TABLE(5, table_5, 20, f, fsqrt.d fa0, fa1, rne)
    RUN_TABLE(6, table_6, 20, f, fmadd.d fa0, fa1, fa2, fa3, rne)
    RUN_TABLE(7, table_7, 20, f, fmsub.d fa0, fa1, fa2, fa3, rne)
    RUN_TABLE(8, table_8, 20, f, fnmsub.d fa0, fa1, fa2, fa3, rne)
    RUN_TABLE(9, table_9, 20, f, fnmadd.d fa0, fa1, fa2, fa3, rne)
    RUN_TABLE(10, table_10, 20, x, fcvt.w.d a0, fa1, rne)
    RUN_TABLE(11, table_11, 20, i, fcvt.d.w fa0, a2)
    RUN_TABLE(12, table_12, 20, x, fcvt.wu.d a0, fa1, rne)
    RUN_TABLE(13, table_13, 20, i, fcvt.d.wu fa0, a2)
    RUN_TABLE(14, table_14, 20, x, fcvt.l.d a0, fa1, rne)
    RUN_TABLE(15, table_15, 20, i, fcvt.d.l fa0, a2, rne)
    RUN_TABLE(16, table_16, 20, x, fcvt.lu.d a0, fa1, rne)
    RUN_TABLE(17, table_17, 20, i, fcvt.d.lu fa0, a2, rne)
    RUN_TABLE(18, table_18, 20, f, fcvt.s.d fa0, fa1, rne)
    RUN_TABLE(19, table_19, 20, f, fadd.d fa0, fa1, fa2, rtz)
    RUN_TABLE(20, table_20, 20, f, fsub.d fa0, fa1, fa2, rtz)
    RUN_TABLE(21, table_21, 20, f, fmul.d fa0, fa1, fa2, rtz)
    RUN_TABLE(22, table_22, 20, f, fdiv.d fa0, fa1, fa2, rtz)
    RUN_TABLE(23, table_23, 20, f, fsqrt.d fa0, fa1, rtz)
    RUN_TABLE(24, table_24, 20, f, fmadd.d fa0, fa1, fa2, fa3, rtz)
    RUN_TABLE(25, table_25, 20, f, fmsub.d fa0, fa1, fa2, fa3, rtz)
    RUN_TABLE(26, table_26, 20, f, fnmsub.d fa0, fa1, fa2, fa3, rtz)
    RUN_TABLE(27, table_27, 20, f, fnmadd.d fa0, fa1, fa2, fa3, rtz)
    RUN_TABLE(28, table_28, 20, x, fcvt.w.d a0, fa1, rtz)
    RUN_TABLE(29, table_29, 20, x, fcvt.wu.d a0, fa1, rtz)
    RUN_TABLE(30, table_30, 20, x, fcvt.l.d a0, fa1, rtz)
    RUN_TABLE(31, table_31, 20, i, fcvt.d.l fa0, a2, rtz)
    RUN_TABLE(32, table_32, 20, x, fcvt.lu.d a0, fa1, rtz)
    RUN_TABLE(33, table_33, 20, i, fcvt.d.lu fa0, a2, rtz)
    RUN_TABLE(34, table_34, 20, f, fcvt.s.d fa0, fa1, rtz)
    RUN_TABLE(35, table_35, 20, f, fadd.d fa0, fa1, fa2, rdn)
    RUN_TABLE(36, table_36, 20, f, fsub.d fa0, fa1, fa2, rdn)
    RUN_TABLE(37, table_37, 20, f, fmul.d fa0, fa1, fa2, rdn)
    RUN_TABLE(38, table_38, 20, f, fdiv.d fa0, fa1, fa2, rdn)
    RUN_TABLE(39, table_39, 20, f, fsqrt.d fa0, fa1, rdn)
    RUN_TABLE(40, table_40, 20, f, fmadd.d fa0, fa1, fa2, fa3, rdn)
    RUN_TABLE(41, table_41, 20, f, fmsub.d fa0, fa1, fa2, fa3, rdn)
    RUN_TABLE(42, table_42, 20, f, fnmsub.d fa0, fa1, fa2, fa3, rdn)
    RUN_TABLE(43, table_43, 20, f, fnmadd.d fa0, fa1, fa2, fa3, rdn)
    RUN_TABLE(44, table_44, 20, x, fcvt.w.d a0, fa1, rdn)
    RUN_TABLE(45, table_45, 20, x, fcvt.wu.d a0, fa1, rdn)
    RUN_TABLE(46, table_46, 20, x, fcvt.l.d a0, fa1, rdn)
    RUN_TABLE(47, table_47, 20, i, fcvt.d.l fa0, a2, rdn)
    RUN_TABLE(48, table_48, 20, x, fcvt.lu.d a0, fa1, rdn)
    RUN_TABLE(49, table_49, 20, i, fcvt.d.lu fa0, a2, rdn)
    RUN_TABLE(50, table_50, 20, f, fcvt.s.d fa0, fa1, rdn)
    RUN_TABLE(51, table_51, 20, f, fadd.d fa0, fa1, fa2, rup)
    RUN_TABLE(52, table_52, 20, f, fsub.d fa0, fa1, fa2, rup)
    RUN_TABLE(53, table_53, 20, f, fmul.d fa0, fa1, fa2, rup)
    RUN_TABLE(54, table_54, 20, f, fdiv.d fa0, fa1, fa2, rup)
    RUN_TABLE(55, table_55, 20, f, fsqrt.d fa0, fa1, rup)
    RUN_TABLE(56, table_56, 20, f, fmadd.d fa0, fa1, fa2, fa3, rup)
    RUN_TABLE(57, table_57, 20, f, fmsub.d fa0, fa1, fa2, fa3, rup)
    RUN_TABLE(58, table_58, 20, f, fnmsub.d fa0, fa1, fa2, fa3, rup)
    RUN_TABLE(59, table_59, 20, f, fnmadd.d fa0, fa1, fa2, fa3, rup)
    RUN_TABLE(60, table_60, 20, x, fcvt.w.d a0, fa1, rup)
    RUN_TABLE(61, table_61, 20, x, fcvt.wu.d a0, fa1, rup)
    RUN_TABLE(62, table_62, 20, x, fcvt.l.d a0, fa1, rup)
    RUN_TABLE(63, table_63, 20, i, fcvt.d.l fa0, a2, rup)
    RUN_TABLE(64, table_64, 20, x, fcvt.lu.d a0, fa1, rup)
    RUN_TABLE(65, table_65, 20, i, fcvt.d.lu fa0, a2, rup)
    RUN_TABLE(66, table_66, 20, f, fcvt.s.d fa0, fa1, rup)
    RUN_TABLE(67, table_67, 20, f, fadd.d fa0, fa1, fa2, rmm)
    RUN_TABLE(68, table_68, 20, f, fsub.d fa0, fa1, fa2, rmm)
    RUN_TABLE(69, table_69, 20, f, fmul.d fa0, fa1, fa2, rmm)
    RUN_TABLE(70, table_70, 20, f, fdiv.d fa0, fa1, fa2, rmm)
    RUN_TABLE(71, table_71, 20, f, fsqrt.d fa0, fa1, rmm)
    RUN_TABLE(72, table_72, 20, f, fmadd.d fa0, fa1, fa2, fa3, rmm)
    RUN_TABLE(73, table_73, 20, f, fmsub.d fa0, fa1, fa2, fa3, rmm)
    RUN_TABLE(74, table_74, 20, f, fnmsub.d fa0, fa1, fa2, fa3, rmm)
    RUN_TABLE(75, table_75, 20, f, fnmadd.d fa0, fa1, fa2, fa3, rmm)
    RUN_TABLE(76, table_76, 20, x, fcvt.w.d a0, fa1, rmm)
    RUN_TABLE(77, table_77, 20, x, fcvt.wu.d a0, fa1, rmm)
    RUN_TABLE(78, table_78, 20, x, fcvt.l.d a0, fa1, rmm)
    RUN_TABLE(79, table_79, 20, i, fcvt.d.l fa0, a2, rmm)
    RUN_TABLE(80, table_80, 20, x, fcvt.lu.d a0, fa1, rmm)
    RUN_TABLE(81, table_81, 20, i, fcvt.d.lu fa0, a2, rmm)
    RUN_TABLE(82, table_82, 20, f, fcvt.s.d fa0, fa1, rmm)
TEST_END

    .section .rodata
    .balign 8
table_1: /* fadd.d fa0, fa1, fa2, rne */
    .dword 0xecbffffffffffff9, 0x6cbffffffffffffc, 0x40164be8a372db8f, 0x6988000000000000, 0
    .dword 0xafaef8ac8b4f2fc1, 0x7fb770345d300cb9, 0x7230000000000002, 0x7fb770345d300cb9, 1
    .dword 0x1ffffffffffffb, 0xffce4c11fec3f6b3, 0xc0097eeaca2ce6bc, 0xffce4c11fec3f6b3, 1
    .dword 0xb91f4767294365b2, 0x391f4767294365b2, 0xc00e2028a9643a29, 0x0, 0
    .dword 0xffe0000000000005, 0x955e86ece06f291b, 0x27af515a4da4daeb, 0xffe0000000000005, 1
    .dword 0xc25a6c3181e220df, 0xbfe830b57d28f934, 0xbfcd205bc8c69069, 0xc25a6c3181e25140, 1
    .dword 0xfff0000000000000, 0x7ff0000000000000, 0x800ffffffffffffd, 0x7ff8000000000000, 16
    .dword 0xe5e136c4454b9, 0x7ff8000000000000, 0x8001d7f415392480, 0x7ff8000000000000, 0
    .dword 0x8000000000000000, 0x7fc2f098bc1b00d9, 0x8000000000000000, 0x7fc2f098bc1b00d9, 0
    .dword 0x137ffffffffffff8, 0x937ffffffffffffb, 0xffb4391be6eacb0f, 0x9048000000000000, 0
    .dword 0x402ffffffffffffa, 0x7fbc9d5372a47403, 0x80383ca17ca6e706, 0x7fbc9d5372a47403, 1
    .dword 0x2139b27e4307c68c, 0xc0323fc5f5810574, 0x7fc188b12bb3b36f, 0xc0323fc5f5810574, 1
    .dword 0x8000000000000007, 0x5, 0x40186b46475b5109, 0x8000000000000002, 0
    .dword 0x7ff0000000000000, 0x800ffffffffffffe, 0x1be854ef0641b4fa, 0x7ff0000000000000, 0
    .dword 0xc01af47936631b3e, 0xe736cf406f092ec5, 0x401866aaedcb1f9a, 0xe736cf406f092ec5, 1
    .dword 0xe6cffffffffffff8, 0x66cffffffffffffb, 0x7fe1ae2519e5bea1, 0x6398000000000000, 0
    .dword 0x821ffffffffffffa, 0x3fcffffffffffffd, 0x1c10000000000009, 0x3fcffffffffffffd, 1
    .dword 0xffec0eaa23c11b00, 0xfa149c51f7a35fc, 0x7fcffffffffffffa, 0xffec0eaa23c11b00, 1
    .dword 0x4025b8aa4a6ec74a, 0xc025b8aa4a6ec749, 0xc017dfbaee9b14f6, 0x3ce0000000000000, 0
    .dword 0x7fe4268698b7df4f, 0xbfcba51295fd948c, 0x1ffffffffffffc, 0x7fe4268698b7df4f, 1
table_2: /* fsub.d fa0, fa1, fa2, rne */
    .dword 0x8b1e53f8e94f499e, 0x8b1e53f8e94f499b, 0xc002c2af70583376, 0x87e8000000000000, 0
    .dword 0x803542f1189d9439, 0x3fd2852ae517f271, 0x400c3abac8669cb3, 0xbfd2852ae517f271, 1
    .dword 0x985cacf4a959b, 0x4030000000000004, 0xc01a5deab4949aea, 0xc030000000000004, 1
    .dword 0x5b5e976cbee07a21, 0x5b5e976cbee07a1e, 0xc01e1851fa2c02f2, 0x5828000000000000, 0
    .dword 0xffe2d680a66bf90e, 0xfff0000000000000, 0xc01372afe7c34015, 0x7ff0000000000000, 0
    .dword 0x801be86e463fb7d6, 0x3fd9cc13022c06e7, 0xbfd000000000000f, 0xbfd9cc13022c06e7, 1
    .dword 0x77c44be7da77d1, 0x77c44be7da77d2, 0xc03070c175d79381, 0x8000000000000040, 0
    .dword 0x614f042bc010c257, 0xbfd299e30dd82695, 0xa5c0000000000007, 0x614f042bc010c257, 1
    .dword 0x46d99bd89ba5461, 0xbffffffffffffffa, 0xbff420b213a3878d, 0x3ffffffffffffffa, 1
    .dword 0xffda48c9a745d743, 0xffda48c9a745d742, 0xbfd81321cc40df61, 0xfc90000000000000, 0
    .dword 0xfff4000000000000, 0xbffffffffffffffa, 0x6db36b625d56a5a2, 0x7ff8000000000000, 16
    .dword 0x27f61a2a9f8f23, 0xffcb7eeaebf7502d, 0xbffffffffffffffe, 0x7fcb7eeaebf7502d, 1
    .dword 0xc00ffffffffffffe, 0xc010000000000001, 0xffd6640bbe1867e9, 0x3ce0000000000000, 0
    .dword 0xbff9f5b4882d2ead, 0x3000000000000e, 0x7fb000000000000f, 0xbff9f5b4882d2ead, 1
    .dword 0xffb0000000000001, 0xddca6d97c2f5a847, 0x40148df08a88a85e, 0xffb0000000000001, 1
    .dword 0x288ed19f33bebf74, 0x288ed19f33bebf71, 0x7fc0000000000009, 0x2558000000000000, 0
    .dword 0x7fb0000000000001, 0xbff522b921fec043, 0x530b5e94c4a75a9a, 0x7fb0000000000001, 1
    .dword 0xffbc43e4646df485, 0x4039f1cad66f8215, 0xc0266bb4fd2a85fe, 0xffbc43e4646df485, 1
    .dword 0x401fffffffffffff, 0x4020000000000001, 0x3fc4e49964829a55, 0xbce8000000000000, 0
    .dword 0x7ff8000000000000, 0x1ab75a6d63da49, 0xffedbb480cbd817c, 0x7ff8000000000000, 0
table_3: /* fmul.d fa0, fa1, fa2, rne */
    .dword 0x1ffffffffffffb, 0x3feffffffffffff9, 0xc03ffffffffffffc, 0x1ffffffffffff4, 1
    .dword 0x8000000000000000, 0x10d9bacc460c2c, 0x401ef5a0e778a83f, 0x8000000000000000, 0
    .dword 0xbfd1afe782cf0482, 0x8010000000000005, 0x3fd504df65ed8a6f, 0x46bf9e0b3c122, 3
    .dword 0x8cd000000000000c, 0x3feffffffffffffb, 0x4030000000000006, 0x8cd0000000000009, 1
    .dword 0xbfd0604fa01c5760, 0x403bc8c60c3c1117, 0x928ffffffffffffe, 0xc01c7004f5e04975, 1
    .dword 0x5178b560b1a17983, 0x7d3e636dafcfb0cf, 0xbfed2f952855507c, 0x7ff0000000000000, 5
    .dword 0xf39ffffffffffff8, 0xbfb4c2397492728a, 0x802ffffffffffffc, 0x7364c23974927285, 1
    .dword 0xffe8684597f1c632, 0x62e000000000000d, 0x40079266620312ec, 0xfff0000000000000, 5
    .dword 0xc02312f771e7b0c6, 0x27a2ba0f121dbecc, 0x3fe9d9dcc4bf038d, 0xa7d65324d4119344, 1
    .dword 0x3ff35120de810c0e, 0x1affffffffffff8, 0x7fdb9617cada1f6a, 0x1b35120de810c09, 1
    .dword 0x35bd55fb787bd7c3, 0xffc000000000000c, 0x7fe47784ea14317b, 0xf58d55fb787bd7d9, 1
    .dword 0xbfe000000000000f, 0x1a0b421e9e486ffc, 0xffe0000000000003, 0x99fb421e9e487016, 1
    .dword 0x3fef176c236b4e8a, 0x7fb74ae5f86f1a8e, 0x3ff0000000000008, 0x7fb6a19b54865f2f, 1
    .dword 0xbfcf21579a581f07, 0x7ff4000000000000, 0xbff5d4ce19d9b2df, 0x7ff8000000000000, 16
    .dword 0xc0211fe894b4a52f, 0x3ff0784e0656ee54, 0x13dc1f5259942b, 0xc021a0ab6766c6c5, 1
    .dword 0xbffffffffffffffb, 0xbfdffffffffffffd, 0x402f1c470c0a97b3, 0x3feffffffffffff8, 1
    .dword 0xf629b21118ea272a, 0x400f28e3cb8616c1, 0x7fd99a778263b35f, 0xf649055610188bc2, 1
    .dword 0x7ff4000000000000, 0x2ccf9976ac268b47, 0xbfc8a525b0be0738, 0x7ff8000000000000, 16
    .dword 0x35b0000000000009, 0xfff8000000000000, 0x3fbffffffffffffe, 0x7ff8000000000000, 0
    .dword 0xbfe1034e6720a86b, 0x8003bbd33e1d8a1e, 0x803800d1147a7953, 0x1fc2afaa8caf7, 3
table_4: /* fdiv.d fa0, fa1, fa2, rne */
    .dword 0x3fb8476d868bf690, 0x7520000000000002, 0x3fbf5493f943e77c, 0xa88476d868bf68d, 1
    .dword 0x401f37499968078e, 0x14d983277edfa7be, 0x300000000000002, 0x6b3393b8346e96ca, 1
    .dword 0xbff713fefb193b2e, 0x238285c65adf39, 0x401ffffffffffffd, 0xffc2ed235c95095d, 1
    .dword 0x7c98c3ffe8f78a59, 0x7fcb64de7761ff52, 0xc02000000000000d, 0x3cbcedfee0897eac, 1
    .dword 0x3ffef972f3c3acdd, 0xbfef85e6bf3c9ed1, 0x3777622599167bfa, 0xbfff716c307bde06, 1
    .dword 0xc019dc5573da16b2, 0xc00cc57de9cc4e7f, 0x1737ea6893926f, 0x3ffcc339a065116c, 1
    .dword 0x9624393d683120b0, 0x3ffb6e1ea5978a81, 0xa8302f2faadb7166, 0x961797c3b3176e20, 1
    .dword 0x0, 0x8029ae2152907123, 0xc0014984c86afdde, 0x8000000000000000, 0
    .dword 0xbfefffffffffffff, 0x7feb6d3723d6da7c, 0x7ff4000000000000, 0x8004aac065da6937, 3
    .dword 0xbfb7b6f5e00688bf, 0x400557f92a7aff3e, 0xcc97c5b5b9e8625d, 0xbfa1c70539452394, 1
    .dword 0xffc000000000000d, 0xffc3dfe7e50c976b, 0xbfe9601f35a304ea, 0x3fe9c2f08d86db3b, 1
    .dword 0x7fc0000000000006, 0xae52e0cba63df277, 0xbfd7c075d80d7a39, 0xfff0000000000000, 5
    .dword 0x758fe47235c11e87, 0x7ff4000000000000, 0x5ee45e1f2f54ad92, 0x7ff8000000000000, 16
    .dword 0x2e11da71e0a279b5, 0x401137d21f27d6f4, 0x803f5ceae90e2383, 0x2df0971e9dc7aef1, 1
    .dword 0xffe1320489a9eeb8, 0xe654956f4ad7ce3b, 0xbfe6ac0713ea77a9, 0x597abb7db2689085, 1
    .dword 0x332b48ecd297ea, 0x3fb0000000000009, 0x7fb000000000000e, 0x732b48ecd297df, 1
    .dword 0x1a86945d1f9a5, 0x8012199959f1d4ea, 0x3fffffffffffffff, 0xbfb772b937e08615, 1
    .dword 0x7fb8b52bdc70e0e3, 0x8036acd0fb3011a1, 0x3ffe3f91104ed612, 0xfff0000000000000, 5
    .dword 0xf1709fd223fc00, 0xffc4cf7cf2d23012, 0xc0316dcf210ae8a1, 0x8000000000000000, 3
    .dword 0x80155b52ce178561, 0xb80693a835c3a3d5, 0xfff8000000000000, 0x7fe454d90208db1, 1
table_5: /* fsqrt.d fa0, fa1, rne */
    .dword 0x403000000000000f, 0x800af4202010a6e4, 0x80144afaa22bce35, 0x4010000000000007, 1
    .dword 0x3fcd583d83b23370, 0x3fcf25038980d2e9, 0x40267f54ac580952, 0x3fdea4c2c5ae1e71, 1
    .dword 0x7fdfffffffffffff, 0x4003d9718dfffea8, 0x1217a0f5b665c7, 0x5fe6a09e667f3bcc, 1
    .dword 0x323ffffffffffffd, 0x10fffffffffffff, 0x3793154400768445, 0x3916a09e667f3bcc, 1
    .dword 0x7fc44b422ca48722, 0x9dd84788f70c55df, 0xffe7bcaf7f9a303b, 0x5fd97bc4c7289b29, 1
    .dword 0x7fea71d22c56a0ee, 0xffe6cbd886f133c4, 0x7fbed6ef41651618, 0x5fed1709b4121d98, 1
    .dword 0x3fcd68f7e46f92f0, 0xbff000000000000d, 0x12041b6ef048b8, 0x3fdead7d7eb8243e, 1
    .dword 0x31f0000000000001, 0x7fcffffffffffffd, 0x4036f9d70ae64af2, 0x38f0000000000000, 1
    .dword 0xe1e3b9e14d74aca6, 0xbfedd16de567d16b, 0xbfe0000000000004, 0x7ff8000000000000, 16
    .dword 0x3fb9eb48a55f6ce7, 0xbfbc874b0e4f3036, 0xbfff5123bb875a91, 0x3fd45d439a8bad34, 1
    .dword 0x7ff0000000000000, 0x400f95ca41f41550, 0xffdb83800c2c67f2, 0x7ff0000000000000, 0
    .dword 0x3fdb0934620b3712, 0x802a83fb12ed7f6e, 0x35bffffffffffffb, 0x3fe4cc66d9e705aa, 1
    .dword 0x3fb36c6b5db99d6b, 0xc036e40879e7f85c, 0xd82fffffffffffff, 0x3fd1a0fc0db6e392, 1
    .dword 0x1, 0x8000000000000000, 0xa34631891b37c75a, 0x1e60000000000000, 0
    .dword 0x3fd000000000000e, 0x803ffffffffffffd, 0x801374d40c1363d7, 0x3fe0000000000007, 1
    .dword 0x1e6ddf9fd681b5, 0x1000000000000b, 0x80121bc6a25623f6, 0x200610a81a72b4a0, 1
    .dword 0x8d97dec35c1bd840, 0x2000000000000f, 0xc008aae64ac17fdb, 0x7ff8000000000000, 16
    .dword 0x54ec3dfb0adfec34, 0x19106f9bb63680, 0xb6198618ff249685, 0x4a6e0ff91a8a9c54, 1
    .dword 0x403a57c62fc22501, 0x90fffffffffffffe, 0x4017abf030b051ae, 0x401487b609842f27, 1
    .dword 0x3fe5682a1ab5b6cf, 0x3ffce14078937a86, 0x8000000000000000, 0x3fea2c43012b3326, 1
table_6: /* fmadd.d fa0, fa1, fa2, fa3, rne */
    .dword 0x7ff8000000000000, 0x13e0c934d1233a, 0xfff8000000000000, 0x7ff8000000000000, 0
    .dword 0x80383adba0716c18, 0x8371fc4d2c4501f3, 0x9d0e5e5814ac73fc, 0x9d0e5e5814ac73fc, 1
    .dword 0xbffc5e251d07870e, 0x802bc7ab3271aefb, 0x80001928e9bfedae, 0x389a2650a91a07, 1
    .dword 0xfdfffffffffffff8, 0xbfeb3662d15e84e5, 0xfdfb3662d15e84db, 0x7ac9933a5d42f636, 0
    .dword 0xfdd066c2fd68e, 0x8f09890e45e871a4, 0x1c1000000000000d, 0x1c1000000000000d, 1
    .dword 0x402a7ec4648fb33a, 0x4026df6a0abb80e6, 0xdae0000000000008, 0xdae0000000000008, 1
    .dword 0xbfba8c29c816a94b, 0xf449c4773601b1a, 0xf111940af71bd5e, 0xbea5f53872df958, 1
    .dword 0x70c3e437b0bd5368, 0x44920c2ab335e862, 0xbfbffffffffffffa, 0x75666fdee677efad, 1
    .dword 0xfff0000000000000, 0xfff8000000000000, 0xbfd7f7ca28329f37, 0x7ff8000000000000, 0
    .dword 0xc018d4f0fe49efcb, 0x2010ac3ebdc1c4, 0x48eed141c68d49, 0x14, 3
    .dword 0xc02f591073a695f2, 0x7ff4000000000000, 0xd340000000000006, 0x7ff8000000000000, 16
    .dword 0x1000000000000f, 0x800ffffffffffffa, 0xdf445faf9bbb017e, 0xdf445faf9bbb017e, 1
    .dword 0xffc0000000000009, 0x5a10de8952578494, 0x7ff0000000000000, 0x7ff0000000000000, 0
    .dword 0xfff4000000000000, 0x7fba621e9807bc19, 0xffc432a71ad5b456, 0x7ff8000000000000, 16
    .dword 0x7fdba7937724c71f, 0x7fb99e7cbfd969fe, 0x7986bc2c6d1d4954, 0x7ff0000000000000, 5
    .dword 0x357e6dadc227ac0d, 0x7fca53369be4afc8, 0xf559083d95c1c093, 0x721374dbf417a694, 0
    .dword 0x6657e081c6de1be, 0xffc434b8419d1434, 0xc034b4494390a633, 0xc63b245b3f660701, 1
    .dword 0xc036eab377210f5b, 0x1522021b42cca2, 0xca5bea7114ac8269, 0xca5bea7114ac8269, 1
    .dword 0xbffea8b6eb2b514c, 0xc02885ffd4cccbdd, 0xc0377eeb84f57dbd, 0xbd066443fa64e359, 0
    .dword 0xbfbd019f4abae49c, 0x7ff8000000000000, 0x7fe0000000000006, 0x7ff8000000000000, 0
table_7: /* fmsub.d fa0, fa1, fa2, fa3, rne */
    .dword 0x7fd0000000000003, 0x7ff8000000000000, 0x7ff8000000000000, 0x7ff8000000000000, 0
    .dword 0x903ffffffffffffc, 0x3ff0000000000006, 0xee4d40466bd30207, 0x6e4d40466bd30207, 1
    .dword 0x18839eb0781512, 0x3ff9ed4ad08172a9, 0x4020000000000007, 0xc020000000000007, 1
    .dword 0xeb30000000000004, 0x1beeb69892cda235, 0xc72eb69892cda23b, 0xc3eada624b3688d4, 0
    .dword 0xffc3214ba7bb90ed, 0x4038782741230e5b, 0x3fe1e4e73ab291b9, 0xfff0000000000000, 5
    .dword 0x402b19e2a1e31753, 0xffcffffffffffffc, 0x1770000000000005, 0xfff0000000000000, 5
    .dword 0x402000000000000a, 0xbfbc729b28f35214, 0xbfec729b28f35224, 0xbcac7a0f998134c8, 0
    .dword 0x40037d898a99bd3b, 0xbff9a1c6947a2fd6, 0x3fb88a28aeaf1482, 0xc00ffd894c6c7e3f, 1
    .dword 0xbe2df64d01e79363, 0x46d0000000000002, 0xbff6a036dcc0a970, 0xc50df64d01e79367, 1
    .dword 0xbfb85ff0af699b08, 0xbfbc9417616ffac4, 0x3f85c4c021d4cb86, 0x3c5ac7f4ebae2088, 0
    .dword 0x7fd18abc6f1b54f4, 0x8036bcd631f7e603, 0x1232f0128cc3e9, 0xc018edcc15400f02, 1
    .dword 0x8015b558374c57e6, 0x7fcc11ef726179af, 0xffb8681d06e504f8, 0x7fb8681d06e504f8, 1
    .dword 0x7fc0000000000006, 0x3fd4f5b7afc765df, 0x7fa4f5b7afc765e6, 0x7c5b849c3d58c674, 0
    .dword 0xbfc2611bede4e519, 0x400b3d6b094d32de, 0x3fc7f8fb16208f2d, 0xbfe5a374ed8bcba0, 1
    .dword 0xbfd3fcf0fa37be66, 0xffd403cc98f2245c, 0xc719638375521b3c, 0x7fb900ec3e067f2c, 1
    .dword 0xbfdcbf53ea138897, 0x801fffffffffffff, 0xe5fa9f509c449, 0x2, 3
    .dword 0x33cffffffffffff9, 0xbfd0000000000003, 0x4000000000000000, 0xc000000000000000, 1
    .dword 0xc035579226251ede, 0x3fe000000000000b, 0x80388a2c0cab5a86, 0xc025579226251eed, 1
    .dword 0x7fbd1e262ebd72ed, 0x3ffffffffffffc, 0x400d1e262ebd72e7, 0x3cd2e1d9d1428d13, 0
    .dword 0x4030000000000007, 0xc00700199d4cffcb, 0x4ef4bd939c311b16, 0xcef4bd939c311b16, 1
table_8: /* fnmsub.d fa0, fa1, fa2, fa3, rne */
    .dword 0x277ffffffffffff9, 0x5faffffffffffff9, 0x473ffffffffffff1, 0xc3f0000000000018, 1
    .dword 0xc00a7c1cf9fcd0e8, 0x800ffffffffffff9, 0x7110000000000002, 0x7110000000000002, 1
    .dword 0x400160e3d0375a0d, 0xbfde23f4c2587206, 0x801000000000000c, 0x3ff05e5c78b4221a, 1
    .dword 0x48791df0f30cce6b, 0x802e550aeb6efb46, 0x88b7ced1fe07e51e, 0x858372694448a970, 1
    .dword 0x7feffffffffffffb, 0xc5d000000000000e, 0xffbffffffffffffc, 0x7ff0000000000000, 5
    .dword 0x7d9a0e0a83bc0a29, 0xbffffffffffffffc, 0x7fe2ea2e2387badf, 0x7fe2ea2e23895bc0, 1
    .dword 0x285d7ef14bca99, 0x7feffffffffffffe, 0x40285d7ef14bca95, 0xbcf3d140875a1ab4, 1
    .dword 0xdddb99e2bb41759e, 0x9f4ed53fa3633324, 0xda197a4e4c6d26b0, 0xda197a4e4c6d26b0, 1
    .dword 0x803d77cf37e42298, 0xbfcffffffffffffd, 0x7fb57d81908767d6, 0x7fb57d81908767d6, 1
    .dword 0xffb9d9e458aaf408, 0x7fb584140e10d381, 0xfff0000000000000, 0xfff0000000000000, 0
    .dword 0xc03f3241d14da447, 0x2cb6b1b1d7fedf, 0xffe000000000000f, 0xffe000000000000f, 1
    .dword 0xffe8cd65e5f6e0d2, 0x3fd908804de28395, 0x3ffdfaf0af5ea32e, 0x7fd3670e6717c305, 1
    .dword 0x8021ade04c9f4bdc, 0xbfcc02eee6bd3931, 0x7bce18edf5675, 0x8000000000000000, 3
    .dword 0x3fe74cf7f73f195d, 0xffef6fa5547eb8b8, 0xffe7aff83df1a191, 0xff998394fcbf58f4, 1
    .dword 0x803f3d4eaf3f617b, 0xbfee199a1c336ba5, 0x401977df291130a8, 0x401977df291130a8, 1
    .dword 0xa9703229c4a66fac, 0x3ff3e7571b2753ce, 0xa97425be00cc5a65, 0x2647497a2dab5034, 0
    .dword 0xffdb60c7b0b2b0a1, 0xf72000000000000c, 0x5287eed7873410ae, 0xfff0000000000000, 5
    .dword 0xe66316082d88ad33, 0xbfbfffffffffffff, 0x4000000000000008, 0xe63316082d88ad32, 1
    .dword 0x3fc000000000000c, 0x4012f3fc9f34c002, 0x3fe2f3fc9f34c011, 0x3c992051130dffd0, 0
    .dword 0x7fc03acfe63b811b, 0x1188436c95840be4, 0x3fd0000000000004, 0xd1589c9c44924e3a, 1
table_9: /* fnmadd.d fa0, fa1, fa2, fa3, rne */
    .dword 0x7fe0000000000006, 0xbfd880b47c93488a, 0x7fc880b47c934896, 0xfc967de28a462662, 0
    .dword 0x8014425476aee1df, 0x27c5dd0006e0bb, 0xbfe0000000000007, 0x3fe0000000000007, 1
    .dword 0x80163f5fbfa0d91b, 0xffbffffffffffffd, 0xc02fef7ed4f4cc0a, 0x402e8b88d8fabe78, 1
    .dword 0xa2ae838536c62471, 0x25aa046c71fc4fbc, 0x868cf1415ba756a, 0x8533b25db8409781, 0
    .dword 0x39d0c0f337036a5, 0xbfb118ebabade85b, 0x12ff9ab95bb035, 0x35f0a0e1640408e, 1
    .dword 0xfff8000000000000, 0x16805bd6d4b69d, 0x4f80000000000005, 0x7ff8000000000000, 0
    .dword 0x36f5a7fe8077fc, 0x8037ede1c0bcdcd2, 0x0, 0x0, 3
    .dword 0x44bfffffffffffff, 0x3000000000000e, 0x7fdffffffffffff8, 0xffdffffffffffff8, 1
    .dword 0x7fc498a4d54d6d6b, 0x3ce8690c98e13a4b, 0xbfd6dd67a15c36db, 0xfcbf6c3130f39bbb, 1
    .dword 0x3d510970d46f83, 0x7fba1be3985b34f4, 0xc007eb648e13420b, 0x3cc7f41971a70d92, 0
    .dword 0xffcdc91af0f2a7c1, 0x3fcffffffffffffd, 0xbfe0000000000003, 0x7fadc91af0f2a7be, 1
    .dword 0xe34a636d6109e121, 0x9ab77864cc2f451, 0x8120000000000004, 0x2d06a674c8482111, 1
    .dword 0xbffc66b145212646, 0xc01307befb3d2330, 0xc020e3d9388b19e3, 0x3ce29b77606fa070, 0
    .dword 0x25bffffffffffffa, 0x401000000000000e, 0x74393a577924573a, 0xf4393a577924573a, 1
    .dword 0xc01ec15f556c4fb3, 0x3fd0000000000008, 0x7fecb53aa5227911, 0xffecb53aa5227911, 1
    .dword 0x802aa2bdcce7d955, 0xbfb46196d3dba6f8, 0x80043dbc5ea5e7d7, 0x0, 3
    .dword 0x7fef858fa72c972a, 0x3fc36e4b86407303, 0x8014d5ee718a2a98, 0xffc323f2ce5898cf, 1
    .dword 0xc033122b5821ae93, 0x5dd8ed1153f51902, 0x2db000000000000b, 0x5e1db5d2cd9c6b4a, 1
    .dword 0x26e6da8df6b5f94f, 0x802d8a52e9ab8efa, 0x0, 0x0, 3
    .dword 0x20000000000005, 0xc0072ad000c9f92d, 0xbfb0000000000006, 0x3fb0000000000006, 1
table_10: /* fcvt.w.d a0, fa1, rne */
    .dword 0x4210934a37ac704e, 0x0, 0x0, 0x7fffffff, 16
    .dword 0x41ef58f0f0e00000, 0x0, 0x0, 0x7fffffff, 16
    .dword 0xfb0dee01b431b, 0x0, 0x0, 0x0, 1
    .dword 0x41e32566d5e80000, 0x0, 0x0, 0x7fffffff, 16
    .dword 0xcf027ae90990b014, 0x0, 0x0, 0xffffffff80000000, 16
    .dword 0x41b497e035600000, 0x0, 0x0, 0x1497e035, 1
    .dword 0xffd933a79dab83c3, 0x0, 0x0, 0xffffffff80000000, 16
    .dword 0x41ac7ae1aec00000, 0x0, 0x0, 0xe3d70d7, 1
    .dword 0x1ae811bd616d4e, 0x0, 0x0, 0x0, 1
    .dword 0x41e87942b7b00000, 0x0, 0x0, 0x7fffffff, 16
    .dword 0x1d1ab66e9e3357, 0x0, 0x0, 0x0, 1
    .dword 0xc1b76f8e90c00000, 0x0, 0x0, 0xffffffffe890716f, 1
    .dword 0x139e39267ee5601a, 0x0, 0x0, 0x0, 1
    .dword 0x41ca2d28d0100000, 0x0, 0x0, 0x345a51a0, 1
    .dword 0x4023ea7045e68a7e, 0x0, 0x0, 0xa, 1
    .dword 0x41e6f6b42f880000, 0x0, 0x0, 0x7fffffff, 16
    .dword 0x8daffffffffffffd, 0x0, 0x0, 0x0, 1
    .dword 0xc1d3a8bb26e80000, 0x0, 0x0, 0xffffffffb15d1364, 1
    .dword 0xbfe000000000000c, 0x0, 0x0, 0xffffffffffffffff, 1
    .dword 0x41efd0de866c0000, 0x0, 0x0, 0x7fffffff, 16
table_11: /* fcvt.d.w fa0, a2 */
    .dword 0x84910fb728b24f, 0x0, 0x0, 0xc1d235d36c400000, 0
    .dword 0xffffffff5ebfca85, 0x0, 0x0, 0x41d7aff2a1400000, 0
    .dword 0xfffffffffffffff1, 0x0, 0x0, 0xc02e000000000000, 0
    .dword 0x74a56, 0x0, 0x0, 0x411d295800000000, 0
    .dword 0xea4244, 0x0, 0x0, 0x416d484880000000, 0
    .dword 0xffffffffffffe312, 0x0, 0x0, 0xc0bcee0000000000, 0
    .dword 0x1cf2801, 0x0, 0x0, 0x417cf28010000000, 0
    .dword 0x78eb0e672fae5, 0x0, 0x0, 0xc1b98d051b000000, 0
    .dword 0xd99e89761204c87, 0x0, 0x0, 0x41d8481321c00000, 0
    .dword 0xfffffffffffffad4, 0x0, 0x0, 0xc094b00000000000, 0
    .dword 0xfff7570f8c6d4c89, 0x0, 0x0, 0xc1dce4acddc00000, 0
    .dword 0xfffffffe79be17db, 0x0, 0x0, 0x41de6f85f6c00000, 0
    .dword 0xe606b26, 0x0, 0x0, 0x41acc0d64c000000, 0
    .dword 0xffffffffffa3ede3, 0x0, 0x0, 0xc157048740000000, 0
    .dword 0x503910779cdba, 0x0, 0x0, 0x419de736e8000000, 0
    .dword 0x584256, 0x0, 0x0, 0x4156109580000000, 0
    .dword 0xffe8bb7d653c5e24, 0x0, 0x0, 0x41d94f1789000000, 0
    .dword 0x1188fd44, 0x0, 0x0, 0x41b188fd44000000, 0
    .dword 0xffffffff8afd7c6b, 0x0, 0x0, 0xc1dd40a0e5400000, 0
    .dword 0xfffd56914d59ad7c, 0x0, 0x0, 0x41d3566b5f000000, 0
table_12: /* fcvt.wu.d a0, fa1, rne */
    .dword 0x7ff4000000000000, 0x0, 0x0, 0xffffffffffffffff, 16
    .dword 0x41d1760b85600000, 0x0, 0x0, 0x45d82e16, 1
    .dword 0xa9c620d568b9b8c0, 0x0, 0x0, 0x0, 1
    .dword 0x41ebfafe11300000, 0x0, 0x0, 0xffffffffdfd7f08a, 1
    .dword 0x800000000000000f, 0x0, 0x0, 0x0, 1
    .dword 0x41e198af8e600000, 0x0, 0x0, 0xffffffff8cc57c73, 0
    .dword 0xe5c8f9b5afe8ec25, 0x0, 0x0, 0x0, 16
    .dword 0x41d39cc9eb000000, 0x0, 0x0, 0x4e7327ac, 0
    .dword 0x9548c57edc08d2d, 0x0, 0x0, 0x0, 1
    .dword 0x41d84f8634f80000, 0x0, 0x0, 0x613e18d4, 1
    .dword 0x2b441d9214b5e4, 0x0, 0x0, 0x0, 1
    .dword 0x41e44ffffea00000, 0x0, 0x0, 0xffffffffa27ffff5, 0
    .dword 0x3fd811b349ac9c4d, 0x0, 0x0, 0x0, 1
    .dword 0x41caa58ff3c00000, 0x0, 0x0, 0x354b1fe8, 1
    .dword 0xc00ffffffffffffd, 0x0, 0x0, 0x0, 16
    .dword 0x41e8fc9a65440000, 0x0, 0x0, 0xffffffffc7e4d32a, 1
    .dword 0x7ff0000000000000, 0x0, 0x0, 0xffffffffffffffff, 16
    .dword 0x41ccd9b240d00000, 0x0, 0x0, 0x39b36482, 1
    .dword 0xfff8000000000000, 0x0, 0x0, 0xffffffffffffffff, 16
    .dword 0x41c6c83a42f00000, 0x0, 0x0, 0x2d907486, 1
table_13: /* fcvt.d.wu fa0, a2 */
    .dword 0x11d, 0x0, 0x0, 0x4071d00000000000, 0
    .dword 0xff80e7fca1f8808e, 0x0, 0x0, 0x41e43f1011c00000, 0
    .dword 0x1f88a9e1ad482252, 0x0, 0x0, 0x41e5a9044a400000, 0
    .dword 0x1e390b4d, 0x0, 0x0, 0x41be390b4d000000, 0
    .dword 0x302721ee, 0x0, 0x0, 0x41c81390f7000000, 0
    .dword 0xfffd1063de7b0637, 0x0, 0x0, 0x41ebcf60c6e00000, 0
    .dword 0x87c25ff, 0x0, 0x0, 0x41a0f84bfe000000, 0
    .dword 0x2292d913, 0x0, 0x0, 0x41c1496c89800000, 0
    .dword 0x2381f6a226b0fade, 0x0, 0x0, 0x41c3587d6f000000, 0
    .dword 0xc4ffc428, 0x0, 0x0, 0x41e89ff885000000, 0
    .dword 0x1d0d, 0x0, 0x0, 0x40bd0d0000000000, 0
    .dword 0xffffe423b2a3df57, 0x0, 0x0, 0x41e6547beae00000, 0
    .dword 0x6208a503b686a8b, 0x0, 0x0, 0x41cdb43545800000, 0
    .dword 0xffec3bcd3312c98e, 0x0, 0x0, 0x41c98964c7000000, 0
    .dword 0x1fab70f, 0x0, 0x0, 0x417fab70f0000000, 0
    .dword 0xffffff68de621ed2, 0x0, 0x0, 0x41ebcc43da400000, 0
    .dword 0x9, 0x0, 0x0, 0x4022000000000000, 0
    .dword 0xef53e6a5c017bef4, 0x0, 0x0, 0x41e802f7de800000, 0
    .dword 0x3619d54c66, 0x0, 0x0, 0x41b9d54c66000000, 0
    .dword 0xffffffeebc94e273, 0x0, 0x0, 0x41e7929c4e600000, 0
table_14: /* fcvt.l.d a0, fa1, rne */
    .dword 0x7fd15ccd4c38e4b4, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0x43e32e977ca81d3f, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0x7fe12d434da24d2c, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0x43a3945e7194da87, 0x0, 0x0, 0x9ca2f38ca6d4380, 0
    .dword 0xc01cfd9b1792cd94, 0x0, 0x0, 0xfffffffffffffff9, 1
    .dword 0x43e62c3d11406f54, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0x9de51a4d20e93e95, 0x0, 0x0, 0x0, 1
    .dword 0x43df85d0577947cf, 0x0, 0x0, 0x7e17415de51f3c00, 0
    .dword 0x7fbd148cbbf31502, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0x43e8cc03e7bee51e, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0x400574258ddeaa63, 0x0, 0x0, 0x3, 1
    .dword 0x43731681ea48b7ff, 0x0, 0x0, 0x131681ea48b7ff0, 0
    .dword 0x109fffffffffffff, 0x0, 0x0, 0x0, 1
    .dword 0x43d21dcde9be79c9, 0x0, 0x0, 0x487737a6f9e72400, 0
    .dword 0xc03696f68a2ef267, 0x0, 0x0, 0xffffffffffffffe9, 1
    .dword 0xc3db8aae1da05b10, 0x0, 0x0, 0x91d547897e93c000, 0
    .dword 0x9, 0x0, 0x0, 0x0, 1
    .dword 0x43e984899829e087, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0x4, 0x0, 0x0, 0x0, 1
    .dword 0xc3d4d9e1533544cd, 0x0, 0x0, 0xac987ab32aeccc00, 0
table_15: /* fcvt.d.l fa0, a2, rne */
    .dword 0xfdb7628370e27451, 0x0, 0x0, 0xc38244ebe478ec5d, 1
    .dword 0xfffea949525b960c, 0x0, 0x0, 0xc2f56b6ada469f40, 0
    .dword 0xffffff41224fee2a, 0x0, 0x0, 0xc267dbb6023ac000, 0
    .dword 0x2434858fd7c210aa, 0x0, 0x0, 0x43c21a42c7ebe108, 1
    .dword 0xfffffffffe9ddc32, 0x0, 0x0, 0xc176223ce0000000, 0
    .dword 0x3ddec4aa58136, 0x0, 0x0, 0x430eef62552c09b0, 0
    .dword 0xffffffffffffffe4, 0x0, 0x0, 0xc03c000000000000, 0
    .dword 0xffe07423fadd6a32, 0x0, 0x0, 0xc33f8bdc052295ce, 0
    .dword 0xfffffffffffffff8, 0x0, 0x0, 0xc020000000000000, 0
    .dword 0xffffffffffffff25, 0x0, 0x0, 0xc06b600000000000, 0
    .dword 0x170ee543c29d08, 0x0, 0x0, 0x43370ee543c29d08, 0
    .dword 0xfffffffffffff4f4, 0x0, 0x0, 0xc0a6180000000000, 0
    .dword 0x1f3b1996c0, 0x0, 0x0, 0x423f3b1996c00000, 0
    .dword 0x94, 0x0, 0x0, 0x4062800000000000, 0
    .dword 0xffffffff798e5cb1, 0x0, 0x0, 0xc1e0ce3469e00000, 0
    .dword 0xffffec05ebffe9fd, 0x0, 0x0, 0xc2b3fa1400160300, 0
    .dword 0xffffff15815eaf4a, 0x0, 0x0, 0xc26d4fd42a16c000, 0
    .dword 0x1e07e, 0x0, 0x0, 0x40fe07e000000000, 0
    .dword 0xffffffffff81db1b, 0x0, 0x0, 0xc15f893940000000, 0
    .dword 0x89e4c, 0x0, 0x0, 0x41213c9800000000, 0
table_16: /* fcvt.lu.d a0, fa1, rne */
    .dword 0x3ff0d33834c45b3e, 0x0, 0x0, 0x1, 1
    .dword 0x43ec55b31e5d77eb, 0x0, 0x0, 0xe2ad98f2ebbf5800, 0
    .dword 0xffffffffffff9, 0x0, 0x0, 0x0, 1
    .dword 0x43ef37ab5cdef942, 0x0, 0x0, 0xf9bd5ae6f7ca1000, 0
    .dword 0x402b42b3cfe033c7, 0x0, 0x0, 0xe, 1
    .dword 0x43d573e8d7d3a9b9, 0x0, 0x0, 0x55cfa35f4ea6e400, 0
    .dword 0xa120000000000009, 0x0, 0x0, 0x0, 1
    .dword 0x43e020f1371c47a7, 0x0, 0x0, 0x810789b8e23d3800, 0
    .dword 0x8020000000000003, 0x0, 0x0, 0x0, 1
    .dword 0x43d19bdc7146e2e0, 0x0, 0x0, 0x466f71c51b8b8000, 0
    .dword 0x3, 0x0, 0x0, 0x0, 1
    .dword 0x43c0f05d6073f65d, 0x0, 0x0, 0x21e0bac0e7ecba00, 0
    .dword 0x34f91b33741e6ef0, 0x0, 0x0, 0x0, 1
    .dword 0x43efb0008111fed6, 0x0, 0x0, 0xfd8004088ff6b000, 0
    .dword 0xc030000000000000, 0x0, 0x0, 0x0, 16
    .dword 0x43efdb83807868ea, 0x0, 0x0, 0xfedc1c03c3475000, 0
    .dword 0x3ffffffffffffff8, 0x0, 0x0, 0x2, 1
    .dword 0x43e5dfd72bd7c364, 0x0, 0x0, 0xaefeb95ebe1b2000, 0
    .dword 0xbfb6921b3c8cc5e2, 0x0, 0x0, 0x0, 1
    .dword 0x43ee583f6c750db0, 0x0, 0x0, 0xf2c1fb63a86d8000, 0
table_17: /* fcvt.d.lu fa0, a2, rne */
    .dword 0xb76c8, 0x0, 0x0, 0x4126ed9000000000, 0
    .dword 0xfffffffffffffffe, 0x0, 0x0, 0x43f0000000000000, 1
    .dword 0xfffffffffffffff8, 0x0, 0x0, 0x43f0000000000000, 1
    .dword 0xffffe56b60b24c57, 0x0, 0x0, 0x43effffcad6c164a, 1
    .dword 0xffffc31168f57655, 0x0, 0x0, 0x43effff8622d1eaf, 1
    .dword 0xfeac6a2f0b22454a, 0x0, 0x0, 0x43efd58d45e16449, 1
    .dword 0x2, 0x0, 0x0, 0x4000000000000000, 0
    .dword 0xfdf216b6ae645009, 0x0, 0x0, 0x43efbe42d6d5cc8a, 1
    .dword 0xfffffffffffd9ce1, 0x0, 0x0, 0x43efffffffffffb4, 1
    .dword 0x6e7019254ec7e4bd, 0x0, 0x0, 0x43db9c064953b1f9, 1
    .dword 0xff8898316a6a5194, 0x0, 0x0, 0x43eff113062d4d4a, 1
    .dword 0xe9d46afbeb5d91dd, 0x0, 0x0, 0x43ed3a8d5f7d6bb2, 1
    .dword 0xfffffffffff45b1e, 0x0, 0x0, 0x43effffffffffe8b, 1
    .dword 0xffffffb3c2e32c69, 0x0, 0x0, 0x43effffff6785c66, 1
    .dword 0xfffffffffffefe97, 0x0, 0x0, 0x43efffffffffffe0, 1
    .dword 0x10c7f, 0x0, 0x0, 0x40f0c7f000000000, 0
    .dword 0x341c4, 0x0, 0x0, 0x410a0e2000000000, 0
    .dword 0xfff1d2003566ce62, 0x0, 0x0, 0x43effe3a4006acda, 1
    .dword 0x1e9b8220, 0x0, 0x0, 0x41be9b8220000000, 0
    .dword 0xffffffffffffffce, 0x0, 0x0, 0x43f0000000000000, 1
table_18: /* fcvt.s.d fa0, fa1, rne */
    .dword 0x402907bc1397b51c, 0x0, 0x0, 0xffffffff41483de1, 1
    .dword 0x3b72016828c95d5a, 0x0, 0x0, 0xffffffff1b900b41, 1
    .dword 0xbfc44fa8a0510829, 0x0, 0x0, 0xffffffffbe227d45, 1
    .dword 0x3cc431e742a29ca2, 0x0, 0x0, 0xffffffff26218f3a, 1
    .dword 0x3ff0956fb9060e6f, 0x0, 0x0, 0xffffffff3f84ab7e, 1
    .dword 0xb8790a69df2908a0, 0x0, 0x0, 0xffffffff83c8534f, 1
    .dword 0xffe99ff417de4578, 0x0, 0x0, 0xffffffffff800000, 5
    .dword 0xbe1fffffffffffff, 0x0, 0x0, 0xffffffffb1000000, 1
    .dword 0xca5ffffffffffff9, 0x0, 0x0, 0xffffffffff800000, 5
    .dword 0xc234000000000000, 0x0, 0x0, 0xffffffffd1a00000, 0
    .dword 0xbfc682214ef3f5be, 0x0, 0x0, 0xffffffffbe34110a, 1
    .dword 0x398fc76bb2d0b3dc, 0x0, 0x0, 0xffffffff0c7e3b5e, 1
    .dword 0x402000000000000d, 0x0, 0x0, 0xffffffff41000000, 1
    .dword 0x3ef5c1d69c50ee78, 0x0, 0x0, 0xffffffff37ae0eb5, 1
    .dword 0xffb77be4fb2f0cb9, 0x0, 0x0, 0xffffffffff800000, 5
    .dword 0x470000000000000f, 0x0, 0x0, 0xffffffff78000000, 1
    .dword 0x2ffffffffffffa, 0x0, 0x0, 0xffffffff00000000, 3
    .dword 0x3970000000000006, 0x0, 0x0, 0xffffffff0b800000, 1
    .dword 0x4f98c1a046d73cca, 0x0, 0x0, 0xffffffff7f800000, 5
    .dword 0xc3b39947d9ecf8c7, 0x0, 0x0, 0xffffffffdd9cca3f, 1
table_19: /* fadd.d fa0, fa1, fa2, rtz */
    .dword 0xffb30e4f99ee71d7, 0x7fb30e4f99ee71d7, 0x0, 0x0, 0
    .dword 0xbd0f8314a27c7589, 0x801fffffffffffff, 0x9a150a3a1a08b225, 0xbd0f8314a27c7589, 1
    .dword 0x14e4d4f16f23e541, 0x803976a20314dbc8, 0x7ff4000000000000, 0x14e4d4f16f23e540, 1
    .dword 0x7fbffffffffffffd, 0xffbffffffffffffe, 0x8030448e4b207b17, 0xfc70000000000000, 0
    .dword 0xde25b88491a2dc85, 0x2fffffffffffff, 0x803495c254a9aa88, 0xde25b88491a2dc84, 1
    .dword 0xffffffffffffa, 0x402000000000000e, 0xbfc151635f5327a9, 0x402000000000000e, 1
    .dword 0xa44869be75f9e983, 0x244869be75f9e986, 0xc02a12ffc0787707, 0x2118000000000000, 0
    .dword 0xffb8abaf2b013170, 0x3feff17465428e8f, 0xffe480828851cc02, 0xffb8abaf2b01316f, 1
    .dword 0x801ffffffffffffe, 0x7fc352cea88b0c44, 0x7fb23ddcd8a95148, 0x7fc352cea88b0c43, 1
    .dword 0x74a479d0b572c249, 0xf4a479d0b572c24c, 0xb3ae6c64aee62142, 0xf178000000000000, 0
    .dword 0x3ff000000000000c, 0x7e71ef79462c554, 0xe7a512fd701ceb95, 0x3ff000000000000c, 1
    .dword 0x3ffffffffffffff9, 0x5d68fb2f0c0c2, 0x3fb12fe9d446db05, 0x3ffffffffffffff9, 1
    .dword 0x803ffffffffffff8, 0x3ffffffffffff7, 0xfff0000000000000, 0x8000000000000004, 0
    .dword 0x8008fc4a52eb25bd, 0x556ffffffffffffd, 0xc00adf6a973d3b4d, 0x556ffffffffffffc, 1
    .dword 0xff0ffffffffffffd, 0x801c59e9883fd42f, 0x803000000000000a, 0xff0ffffffffffffd, 1
    .dword 0x3fee77d9d82a860c, 0xbfee77d9d82a860d, 0xb32e4327235e0636, 0xbca0000000000000, 0
    .dword 0x3ff000000000000b, 0xffeb11a4d4570739, 0xbfdf74ec38b42e38, 0xffeb11a4d4570738, 1
    .dword 0xffbac8f6fd4d03ae, 0x3fdffffffffffffc, 0xffd84d7e35171086, 0xffbac8f6fd4d03ad, 1
    .dword 0x7fb72c230047ef61, 0xffb72c230047ef63, 0x7fb0000000000007, 0xfc80000000000000, 0
    .dword 0xcf7a4cdc5c353, 0xe5356142bc317516, 0x3ff0000000000000, 0xe5356142bc317515, 1
table_20: /* fsub.d fa0, fa1, fa2, rtz */
    .dword 0x88d71d781b308, 0x88d71d781b30a, 0x5ab0000000000002, 0x8000000000000002, 0
    .dword 0x4025ecd61f2111ab, 0x401ffffffffffffc, 0x292981d13c09cfb6, 0x4007b3587c8446b4, 0
    .dword 0xca3258307ef74645, 0xf306eee4e59227e8, 0xb88c8757bcba7025, 0x7306eee4e59227e7, 1
    .dword 0x3fd0000000000005, 0x3fd0000000000005, 0x3dac84ee03985ad3, 0x0, 0
    .dword 0x401af27bae08ebd4, 0x801000000000000d, 0xc03bf5fbd9c42e18, 0x401af27bae08ebd4, 1
    .dword 0xbfcffffffffffff8, 0xc03dd3d81d3f6d6c, 0xbfcb9ade11d03f48, 0x403d93d81d3f6d6c, 1
    .dword 0x2ad1f67e92dbb9, 0x2ad1f67e92dbbc, 0x3e0337636e0c6aa8, 0x8000000000000006, 0
    .dword 0x3fce8e6c60d842e3, 0xc02a1d1b94ad2220, 0xec5d2287f6cc7886, 0x402a97554630832b, 1
    .dword 0x803c80f47b2dde2f, 0x9f311d1fb834c00b, 0x7ff0000000000000, 0x1f311d1fb834c00a, 1
    .dword 0x4010f10807260399, 0x4010f1080726039a, 0x803000000000000b, 0xbcd0000000000000, 0
    .dword 0x7ff0000000000000, 0xf04fffffffffffff, 0x7e353452c673edc0, 0x7ff0000000000000, 0
    .dword 0x8000000000000008, 0x7fc216f9c3616898, 0x7fcae14a3a228616, 0xffc216f9c3616898, 1
    .dword 0x3fd1f7785e045629, 0x3fd1f7785e04562b, 0xffb000000000000b, 0xbca0000000000000, 0
    .dword 0x80230adc186b86c4, 0xc03944708cab7b71, 0xdd5667a8d8aa4, 0x403944708cab7b70, 1
    .dword 0x801000000000000c, 0xc520000000000007, 0xc01000000000000c, 0x4520000000000006, 1
    .dword 0xffe3cab90f07af4c, 0xffe3cab90f07af4c, 0xffdd1c490c36ac33, 0x0, 0
    .dword 0x3ffbc8274231a4ad, 0xc020000000000005, 0xbfbffffffffffffc, 0x40237904e846349a, 1
    .dword 0xbfd43c40fbf07b57, 0x8021471c24b6b6d9, 0x3fe290e57e7d48dd, 0xbfd43c40fbf07b56, 1
    .dword 0x800b46ffd2b48935, 0x800b46ffd2b48935, 0x87a6c632797771ce, 0x0, 0
    .dword 0x800a8a161949ba03, 0x3ffffffffffff8, 0x3ff0000000000009, 0x80415142c329373c, 1
table_21: /* fmul.d fa0, fa1, fa2, rtz */
    .dword 0x6c1ffffffffffffc, 0xffc3e0da109fd27e, 0xbfdd6e3980e98366, 0xffefffffffffffff, 5
    .dword 0xd3fffffffffffffe, 0x4010000000000006, 0x7fd0000000000002, 0xd420000000000004, 1
    .dword 0x7fd6a1e5661c08b5, 0xcf5047048a659d13, 0x1ffffffffffffe, 0xffefffffffffffff, 5
    .dword 0xc01000000000000c, 0xfff4000000000000, 0x800381556adcead3, 0x7ff8000000000000, 16
    .dword 0xa56ffffffffffffc, 0x803ffffffffffff8, 0xc018863d655a92ec, 0x0, 3
    .dword 0xffd46f082c1a8225, 0x136a917842101807, 0xffd2d5ea664f8e95, 0xd350f71a8b6b4ef5, 1
    .dword 0xc0019f96861f4dab, 0xfb64b914bf5eeb30, 0xbffffffffffffffb, 0x7b76d3583e5bb431, 1
    .dword 0x3fe4765403a65c42, 0x7ff0000000000000, 0x3fd992b227817f6b, 0x7ff0000000000000, 0
    .dword 0xbfee4cb41474ae4e, 0xc01fffffffffffff, 0x3fee44b5d1d6f3ba, 0x401e4cb41474ae4d, 1
    .dword 0xfff0000000000000, 0x0, 0xffdc79f4618bd0af, 0x7ff8000000000000, 16
    .dword 0x109301de0f9b16ba, 0xf88ac80b85fb7, 0xfffffffffffff, 0x0, 3
    .dword 0x7fd8ebb4e98bba60, 0x8020000000000009, 0x28d1c6a2da9d82, 0xc008ebb4e98bba6e, 1
    .dword 0x3fdb5dc63734f42b, 0xfff8000000000000, 0xa970000000000006, 0x7ff8000000000000, 0
    .dword 0x10000000000005, 0xffeffffffffffff9, 0x8014f876a3f032c1, 0xc010000000000001, 1
    .dword 0xce2844ae7ed6986a, 0x7fc7938d290c8e4f, 0x401e81fa8d8aaa2a, 0xffefffffffffffff, 5
    .dword 0x7fe0000000000004, 0xe095b0080f12aea, 0xe8d1b2ac5e362, 0x4df95b0080f12af0, 1
    .dword 0xa68000000000000e, 0x3f8000000000000f, 0x40338a7a147676cf, 0xa61000000000001d, 1
    .dword 0x9e10000000000002, 0xee611c927e277498, 0xc02000000000000f, 0x4c811c927e27749a, 1
    .dword 0x590af4d065f7d667, 0x402000000000000b, 0xc03aaa759820c8ae, 0x593af4d065f7d679, 1
    .dword 0x402b58aa7759e71f, 0xbf9c4bac025d6251, 0x8020fb3ca749131e, 0xbfd82e3ff68ffecf, 1
table_22: /* fdiv.d fa0, fa1, fa2, rtz */
    .dword 0x403cffe4a445a3ef, 0x1ffffffffffff9, 0xe, 0x7fefffffffffffff, 5
    .dword 0xbfc6978c79dd5d6e, 0xc000000000000001, 0xffe4cbfe852b314c, 0x3fb6978c79dd5d6c, 1
    .dword 0x8028dd989c1528b9, 0xffffffffffff9, 0xffdc31fc8878d275, 0xc008dd989c1528c3, 1
    .dword 0x802000000000000b, 0x7, 0x7ff8000000000000, 0xc31249249249249e, 1
    .dword 0x3fe4e0b607a1b2cc, 0xad5d249805711a0f, 0x3fbffffffffffffd, 0xd276ecaf49243171, 1
    .dword 0x3fd8c4b4e5d57b34, 0x7fbffffffffffffa, 0x15aeca3c2d2a7920, 0xc625a72eabd9c, 3
    .dword 0x7fded04fe36a2edc, 0xffe05c0ff07a192b, 0x159d6448c242f765, 0xbfee22e9213ed3e2, 1
    .dword 0xbfbb5273a64c4441, 0x7fe078a67fa3cd38, 0xbfb6a96ee2b2c99f, 0x8000d45290803842, 3
    .dword 0xffce7036fbce1a1f, 0x800e3a7780dd0a5f, 0x270bc75b46a32da5, 0x7fefffffffffffff, 5
    .dword 0x40325697133bce53, 0xffdffffffffffffb, 0x800ffffffffffffc, 0x80425697133bce55, 1
    .dword 0xbff0000000000005, 0xbfd3cd9daf1a377b, 0x2100000000000004, 0x4009dabb86c89d6a, 1
    .dword 0x7fd9d7de6d92c4cb, 0x7fd2ae424f561430, 0xbfea0e80efffa022, 0x3ff6227c269a3745, 1
    .dword 0x803ffffffffffffa, 0xc0072fc1e1184d3d, 0x6e3ffffffffffffa, 0x2614ee90be12af, 1
    .dword 0x7fdffffffffffffe, 0x3930000000000006, 0xffdfef3ea49c8c6c, 0x7fefffffffffffff, 5
    .dword 0xffffffffffffd, 0xa1b24224115cd8bc, 0xb2affffffffffff8, 0x9e4c0abce2040e98, 1
    .dword 0x40168fec179db997, 0xbffc7ecbd4a81aca, 0x7fcbd4f122ca3855, 0xc0095650f3581741, 1
    .dword 0xc01796199d6112c9, 0xbff0000000000000, 0x7fe8bb5139a1ba57, 0x401796199d6112c9, 0
    .dword 0x3644f218371b7d, 0x3fb1e154e329cbd5, 0x477cb95c248e096, 0x73ed75bb50d1c5, 1
    .dword 0x3fffffffffffff, 0x3fbf498bcca69741, 0x7fd7b5fcc85b636d, 0x705d4e18a9ccac, 1
    .dword 0xf4110fe94fd7d3c9, 0x8000000000000000, 0xd330000000000000, 0x7ff0000000000000, 8
table_23: /* fsqrt.d fa0, fa1, rtz */
    .dword 0x3fc000000000000d, 0x96b7f41784c7cd0, 0x0, 0x3fd6a09e667f3bd5, 1
    .dword 0x18a82080889748, 0x0, 0x7fde7d5a6ac36798, 0x2003dcbab34518f0, 1
    .dword 0x3caaed297e0e92, 0x19365f4e9f8094c5, 0xb842b97628017ee7, 0x20156ab8e153e01c, 1
    .dword 0x766e2710e3d1c1d5, 0xbffcc1f890d02440, 0x4d3000000000000b, 0x5b2f100494407055, 1
    .dword 0x4000000000000008, 0xd0dffffffffffffe, 0xc02371e07ba73f3a, 0x3ff6a09e667f3bd2, 1
    .dword 0x1cd8aa07e0a58a, 0xffcaaca14fac787e, 0xe12000000000000d, 0x20057bc7c88ea9ae, 1
    .dword 0x3fb4b37c24473699, 0x800b96d1c5c7b7e7, 0x28fffffffffffff, 0x3fd2330b3e7959d6, 1
    .dword 0x7e2e8dc13bf9f8a2, 0x40004c142030ca03, 0x401ffffffffffffe, 0x5f0f44bcb05ccf8d, 1
    .dword 0x7e5a5291bee594d7, 0x30d5f4bd60799ebe, 0xc02ffffffffffff9, 0x5f2485aeb911ea26, 1
    .dword 0x4005be2c1a6649b5, 0xffbffffffffffffa, 0x20fffffffffffff9, 0x3ffa60a2a2134134, 1
    .dword 0x3fe88abb1b609c0b, 0xffbb5da743c91709, 0x1ffffffffffff9, 0x3fec06211ac2790c, 1
    .dword 0x3fe000000000000f, 0x9e69573fdbbc2875, 0x704988aafe50e816, 0x3fe6a09e667f3bd7, 1
    .dword 0xb336d065994fde46, 0x1f73bea8828eac, 0x7fc19d1e89e19baa, 0x7ff8000000000000, 16
    .dword 0x3fb25c40fec800ce, 0x403fffffffffffff, 0x7fe39c88bec8a8f4, 0x3fd123bcc979e344, 1
    .dword 0x7fe66f204bee55f5, 0x7ff0000000000000, 0x3fc333f5c7ba9d0e, 0x5feacb21bfc12499, 1
    .dword 0x3a5ffffffffffff9, 0x801ffffffffffffa, 0x3fe8938179ef7d7b, 0x3d26a09e667f3bca, 1
    .dword 0x3fc1900500f0241f, 0xffb44b2fa4306092, 0xdc5b9308ffd528aa, 0x3fd7b4e3210086d9, 1
    .dword 0x42d0000000000002, 0x6bf8b1ee53425, 0xc0311daccaba68d5, 0x4160000000000000, 1
    .dword 0x2bff6b8e45afaa, 0xc036fe61b86d6303, 0x8000000000000000, 0x200dee9ab837ed83, 1
    .dword 0x2501fe0b1b132c, 0xffdffffffffffff9, 0x8001fc1a9417460c, 0x2009ed8210eb6331, 1
table_24: /* fmadd.d fa0, fa1, fa2, fa3, rtz */
    .dword 0x22a21a009bb5d0, 0x400ffffffffffff8, 0x8042a21a009bb5c9, 0x12, 3
    .dword 0xc01ffffffffffffc, 0x7fd0000000000009, 0x4030000000000008, 0xffefffffffffffff, 5
    .dword 0x8028aab7c5cdd58c, 0x322efd9c622718, 0x802158aa0b4737f9, 0x802158aa0b4737f9, 1
    .dword 0x8030000000000003, 0x869ffffffffffff8, 0x8000000000000000, 0x0, 3
    .dword 0x2000000000000f, 0x800a5d8a421f1772, 0xfeda2939d2349e46, 0xfeda2939d2349e46, 1
    .dword 0x80137d01982f111d, 0x7fcd42d78015dff2, 0x2c014e8d1cb749, 0xbff1d1fe831897de, 1
    .dword 0x400cd4e188603696, 0x801dad94081fa3a0, 0x3abd50a6c54a66, 0x3, 3
    .dword 0x403ffffffffffffb, 0xbfb032007e2ceb06, 0xffb000000000000f, 0xffb000000000000f, 1
    .dword 0xbff2b1bf2fe18307, 0x162b822c746f81, 0xc01318e810ed8485, 0xc01318e810ed8485, 1
    .dword 0xffeffffffffffff9, 0x8000b6a3ca6f2bc5, 0xbfc6d4794de5789b, 0x3c08576f5cd9d000, 0
    .dword 0xbfcffffffffffff8, 0x402efda131b87d71, 0x59585f109676677a, 0x59585f1096766779, 1
    .dword 0x80250361a9757850, 0x5a1199d6b21a26fb, 0x283ef45d8461b3b0, 0x283ef45d8461b3af, 1
    .dword 0x3fd7d47463972c0c, 0x390000000000002, 0x8377d47463972c0f, 0x80015c5ce3469fa0, 0
    .dword 0x7ff4000000000000, 0x8000000000000007, 0x7fb7d868b9ece6f3, 0x7ff8000000000000, 16
    .dword 0x3a972eecf095d3b5, 0x402166adbdeb9699, 0xb1ec71655034cdc4, 0x3ac936a2a4ae7fb1, 1
    .dword 0xbff247e3ec8ec8f3, 0x802a613fd09fda25, 0x802e23ef1fa0d247, 0x4, 3
    .dword 0x4015d3729062a1cf, 0xc020000000000000, 0xffc2007cac2630e7, 0xffc2007cac2630e7, 1
    .dword 0x8016b3cedef502c2, 0x7ff8000000000000, 0xac3776dea6a017c2, 0x7ff8000000000000, 0
    .dword 0x3ff0000000000007, 0xbfd2b7bb411b4641, 0x3fd2b7bb411b464c, 0x3ca67cf09c208a1c, 1
    .dword 0xbfd0000000000002, 0x2000000000000e, 0x9e5f11a4cc9bd006, 0x9e5f11a4cc9bd006, 1
table_25: /* fmsub.d fa0, fa1, fa2, fa3, rtz */
    .dword 0x4a4cb4e5533660e2, 0x3fb0000000000003, 0x4a0cb4e5533660e6, 0x46c61eaff9a322a6, 0
    .dword 0xc03ffffffffffffd, 0xffdb06f62ed90476, 0xc030c72473ebdf24, 0x7fefffffffffffff, 5
    .dword 0x3ed438412809a2a6, 0xbfcdbf848093c1a2, 0xffe63f7d10bfba01, 0x7fe63f7d10bfba00, 1
    .dword 0x3fb6528dc100ec, 0xa70000000000000d, 0x8000000000000000, 0x8000000000000000, 3
    .dword 0xa350c429c18e8e1a, 0xffd0000000000003, 0x3fcb0c5919b92721, 0x6330c429c18e8e1d, 1
    .dword 0xffb742d354e9fee6, 0x3fbffffffffffffa, 0x40148c51e7f91b42, 0xff8742d354e9fee1, 1
    .dword 0xbfe0000000000009, 0x800ffffffffffff9, 0x8000000000000, 0x0, 3
    .dword 0x403e6ab2fb3720e6, 0xd4dfb67c65d22acb, 0xffffffffffffe, 0xd52e24d27b9048ac, 1
    .dword 0xffe6beade58d5b2b, 0x95124d7a7fa9d1bc, 0x19801ff3408367, 0x550a04a76a88a1ad, 1
    .dword 0x803a54af9fc9fef8, 0x801ed0116abd0a49, 0x0, 0x0, 3
    .dword 0xffe000000000000d, 0xbfb50c878060de6c, 0x2b1d6d4a69a953, 0x7fa50c878060de7d, 1
    .dword 0x414000000000000a, 0x2feb37cbbc7f38, 0xcee079df34d5c, 0x17feb37980460d4, 1
    .dword 0xbfb4aa93eaa9d93a, 0x1e25bf7ba734d3, 0x80026f097220a2af, 0x8000000000000002, 3
    .dword 0x7fed296063e6207b, 0xbfbfb14d8ff8c803, 0xffee0f80f7076e77, 0x7fea734bd9710ca9, 1
    .dword 0x7950000000000000, 0x3ffffffffffffb, 0xf494d503a03bb319, 0x7494d503a03bb319, 1
    .dword 0xea1a3bc025dacd3d, 0xc34ffffffffffffd, 0x6d7a3bc025dacd39, 0x6a38a65fc737cc24, 1
    .dword 0xbfc5ad3c0b722870, 0x8d3d6122a53ead48, 0x3fdf29b01238a196, 0xbfdf29b01238a195, 1
    .dword 0xfff4000000000000, 0x802c2a35556e8435, 0x3fef0a6d334cbac3, 0x7ff8000000000000, 16
    .dword 0x3fcc986e79f2ae59, 0x3fec27d91fc49561, 0x3fc928fc7769796f, 0x3c6250636f23b972, 0
    .dword 0xbfed50543e099f6a, 0xbfeffffffffffffa, 0x27c0000000000003, 0x3fed50543e099f64, 1
table_26: /* fnmsub.d fa0, fa1, fa2, fa3, rtz */
    .dword 0x3feffffffffffffc, 0xffcffffffffffffb, 0xffcffffffffffff6, 0x7c8000000000000a, 0
    .dword 0x3fdaccf0d683c708, 0xc690000000000004, 0x3ff0000000000004, 0x467accf0d683c70e, 1
    .dword 0x3fd3177c76d535d1, 0xbff5bcd5d9b9aa74, 0xfff0000000000000, 0xfff0000000000000, 0
    .dword 0xbfc5ee9dedcbcfa4, 0x401438a9370c298c, 0xbfebb7f085d81765, 0x3cb5d5f0d3b368d8, 0
    .dword 0xc7ffffffffffffe, 0xffd3d7950c2349f9, 0xc758d3dd3b0664f7, 0x4c63d7950c2349f7, 1
    .dword 0x3fc18db1a5cd3642, 0x325596ca3328f958, 0xd64fffffffffffff, 0xd64fffffffffffff, 1
    .dword 0x3999e916e53ba9ec, 0x3fdffffffffffffb, 0x3989e916e53ba9e8, 0x35f8d727a2a519c0, 0
    .dword 0x8000000000000008, 0xbfbb76aea6b11308, 0x8900000000000001, 0x8900000000000001, 1
    .dword 0x265fffffffffffff, 0x6cbfffffffffffff, 0xa9aa8ad2a995c6be, 0xd32ffffffffffffe, 1
    .dword 0xbfe0000000000001, 0xbfeffffffffffffe, 0x3fdffffffffffffe, 0xbc9ffffffffffffe, 0
    .dword 0x3ffdd1880cdcb9a5, 0xc0285c6fa6b48e3e, 0xbad4d5478d087266, 0x4036b3487af1a35a, 1
    .dword 0x8030000000000002, 0x80305bf477b64a14, 0x402d704e58faa73f, 0x402d704e58faa73e, 1
    .dword 0x2fffffffffffff, 0x3fc6c9ce138a7ae3, 0xb64e709c53d70, 0x8000000000000001, 3
    .dword 0xfff8000000000000, 0x801ffffffffffff9, 0xcdeab5c3e27f49c4, 0x7ff8000000000000, 0
    .dword 0x3fb03dbd3d0e8dc3, 0x1000000000000c, 0xbfca79605e691408, 0xbfca79605e691408, 1
    .dword 0xffd5cb72a936603c, 0x2ffffffffffffa, 0xc015cb72a936603a, 0xbce0b12bfdd1905a, 0
    .dword 0x403bae1ab1b8cb3e, 0x80134805dabf3dd3, 0x40124dd5f0f351c0, 0x40124dd5f0f351c0, 1
    .dword 0x3fd0000000000008, 0x39940d8b1c5607c, 0x8000000000000000, 0x837940d8b1c56088, 1
    .dword 0x3ad75a6c90c9cc, 0x802a118bac773f36, 0x8000000000000000, 0x0, 3
    .dword 0xc030c2177641e389, 0x8000000000000000, 0xbfeffffffffffffa, 0xbfeffffffffffffa, 0
table_27: /* fnmadd.d fa0, fa1, fa2, fa3, rtz */
    .dword 0xc00ab0be993eff79, 0xc014c08a701489ca, 0xc0314f0f0f108b04, 0xbce9765287e1567a, 0
    .dword 0x2cddb77cd1220a76, 0x376ba4ca81c847, 0xfff4000000000000, 0x7ff8000000000000, 16
    .dword 0xbfcf9d6540dde4b8, 0xc027fe096ad07ff3, 0xb20ca47ddd0b7139, 0xc007b41b681e34cb, 1
    .dword 0xff4f24025bf85, 0xbff0000000000009, 0xff4f24025bf8d, 0x0, 3
    .dword 0xc01603bae4bde7d6, 0x8006d64e0bfe39ee, 0xbb80986ba829204b, 0x3b80986ba829204a, 1
    .dword 0xd159c67e765c6327, 0xbff42cc7e1c5d5a8, 0x3b32af44b69bae, 0xd1604020f819f052, 1
    .dword 0x7fb000000000000a, 0x77942b71b1884e83, 0xfff0000000000000, 0x7ff0000000000000, 0
    .dword 0xc03ffb525a4b5bac, 0xca95252c2a6779ea, 0x8037e0619270abb4, 0xcae52214c66c5e52, 1
    .dword 0xc020000000000009, 0x401a964e86e66cd3, 0xbff0000000000001, 0x404b164e86e66ce1, 1
    .dword 0x14cd3165f0a2001e, 0x335fffffffffffff, 0x883d3165f0a2001c, 0x84f1674d07aefff1, 0
    .dword 0xbfb7b12bafe6ad27, 0xbfc17fa8aad1037d, 0x7fbffffffffffffd, 0xffbffffffffffffd, 1
    .dword 0xbfe5fa671e85b657, 0xc02000000000000d, 0xf6493a62927247c8, 0x76493a62927247c7, 1
    .dword 0xd2e5b29579f19cae, 0xc02ffffffffffffe, 0xd325b29579f19cab, 0xcfea4d6a860e6352, 0
    .dword 0x7ff4000000000000, 0xbfd046b92673424b, 0x9aec70a6f68f61ea, 0x7ff8000000000000, 16
    .dword 0x7fef92170182deab, 0x8016d350f10c31f1, 0x7fe8d84c3e260abc, 0xffe8d84c3e260abb, 1
    .dword 0x7ff8000000000000, 0xe1e284769ea55e9b, 0xfff8000000000000, 0x7ff8000000000000, 0
    .dword 0xffe05ea06f783cab, 0xffd96876e9b06b4c, 0x3fef839052a19fff, 0xffefffffffffffff, 5
    .dword 0xc00ffffffffffffe, 0xc03ffffffffffffe, 0x10000000000006, 0xc05ffffffffffffc, 1
    .dword 0x403ffffffffffff8, 0xdd0067e350c8f3d2, 0x5d5067e350c8f3cb, 0x5a2730395e6e185c, 0
    .dword 0x802d63fdd017dcbf, 0x7ff0000000000000, 0x802038a6c2b0ba85, 0x7ff0000000000000, 0
table_28: /* fcvt.w.d a0, fa1, rtz */
    .dword 0xbff0000000000003, 0x0, 0x0, 0xffffffffffffffff, 1
    .dword 0xc1b2560c3ee00000, 0x0, 0x0, 0xffffffffeda9f3c2, 1
    .dword 0xa26afe0a616a5a36, 0x0, 0x0, 0x0, 1
    .dword 0x41cd9260a2200000, 0x0, 0x0, 0x3b24c144, 1
    .dword 0xffba8c6e00011615, 0x0, 0x0, 0xffffffff80000000, 16
    .dword 0x41e826f0635c0000, 0x0, 0x0, 0x7fffffff, 16
    .dword 0x7fbb527f53ca781a, 0x0, 0x0, 0x7fffffff, 16
    .dword 0x41b08f77e2c00000, 0x0, 0x0, 0x108f77e2, 1
    .dword 0xffc4f5d9ee06e469, 0x0, 0x0, 0xffffffff80000000, 16
    .dword 0x41e6e91374c00000, 0x0, 0x0, 0x7fffffff, 16
    .dword 0x1ffffffffffffe, 0x0, 0x0, 0x0, 1
    .dword 0x41eb429150000000, 0x0, 0x0, 0x7fffffff, 16
    .dword 0x7fe0b2178a16413b, 0x0, 0x0, 0x7fffffff, 16
    .dword 0x41da6a75ed500000, 0x0, 0x0, 0x69a9d7b5, 1
    .dword 0x3feffffffffffffb, 0x0, 0x0, 0x0, 1
    .dword 0x41e21ae79ab00000, 0x0, 0x0, 0x7fffffff, 16
    .dword 0x3d862dc7d8efa9, 0x0, 0x0, 0x0, 1
    .dword 0xc1de584838000000, 0x0, 0x0, 0xffffffff869edf20, 0
    .dword 0xaf2ffffffffffffb, 0x0, 0x0, 0x0, 1
    .dword 0x418c2f3401000000, 0x0, 0x0, 0x385e680, 1
table_29: /* fcvt.wu.d a0, fa1, rtz */
    .dword 0x125ffffffffffff9, 0x0, 0x0, 0x0, 1
    .dword 0x41eaec120b740000, 0x0, 0x0, 0xffffffffd760905b, 1
    .dword 0x902b5a9f41f0c, 0x0, 0x0, 0x0, 1
    .dword 0x41dd545a67a80000, 0x0, 0x0, 0x7551699e, 1
    .dword 0xab7cdde5e1922ab8, 0x0, 0x0, 0x0, 1
    .dword 0x41d76a4260400000, 0x0, 0x0, 0x5da90981, 0
    .dword 0x7fda006d63427f18, 0x0, 0x0, 0xffffffffffffffff, 16
    .dword 0x41e0d75b6a9c0000, 0x0, 0x0, 0xffffffff86badb54, 1
    .dword 0x1eef99ee5d7c5d, 0x0, 0x0, 0x0, 1
    .dword 0x41d58333c5180000, 0x0, 0x0, 0x560ccf14, 1
    .dword 0xc02000000000000d, 0x0, 0x0, 0x0, 16
    .dword 0x41e9def24fdc0000, 0x0, 0x0, 0xffffffffcef7927e, 1
    .dword 0xc03ffffffffffffd, 0x0, 0x0, 0x0, 16
    .dword 0x41deb35617d00000, 0x0, 0x0, 0x7acd585f, 1
    .dword 0xc03ffffffffffffb, 0x0, 0x0, 0x0, 16
    .dword 0x41c88b2e6c100000, 0x0, 0x0, 0x31165cd8, 1
    .dword 0x8030000000000008, 0x0, 0x0, 0x0, 1
    .dword 0x41e53fcd2f640000, 0x0, 0x0, 0xffffffffa9fe697b, 1
    .dword 0x5cddbf2ac9b8c2d8, 0x0, 0x0, 0xffffffffffffffff, 16
    .dword 0x41d7ca18d8400000, 0x0, 0x0, 0x5f286361, 0
table_30: /* fcvt.l.d a0, fa1, rtz */
    .dword 0x15185ec8f87bbf, 0x0, 0x0, 0x0, 1
    .dword 0x43e335462ad1d00a, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0x94a3bdb481aa89c1, 0x0, 0x0, 0x0, 1
    .dword 0xc3ac666167857a02, 0x0, 0x0, 0xf1cccf4c3d42ff00, 0
    .dword 0xbfe0b274e1db6483, 0x0, 0x0, 0x0, 1
    .dword 0xc3d1ca2c272e53c0, 0x0, 0x0, 0xb8d74f6346b10000, 0
    .dword 0x7fc000000000000d, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0x43dd778e4fd8ba27, 0x0, 0x0, 0x75de393f62e89c00, 0
    .dword 0xda7a9f66411907d2, 0x0, 0x0, 0x8000000000000000, 16
    .dword 0x43d750f3daa2e769, 0x0, 0x0, 0x5d43cf6a8b9da400, 0
    .dword 0x403faee16c8588de, 0x0, 0x0, 0x1f, 1
    .dword 0x43d45b39fed0df06, 0x0, 0x0, 0x516ce7fb437c1800, 0
    .dword 0x3a5000000000000d, 0x0, 0x0, 0x0, 1
    .dword 0x43c8cbf457448bae, 0x0, 0x0, 0x3197e8ae89175c00, 0
    .dword 0x1876172956bccc, 0x0, 0x0, 0x0, 1
    .dword 0x43d3ee651204953a, 0x0, 0x0, 0x4fb994481254e800, 0
    .dword 0x7ff4000000000000, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0xc3dc8a7a54918760, 0x0, 0x0, 0x8dd616adb9e28000, 0
    .dword 0xbfe0000000000004, 0x0, 0x0, 0x0, 1
    .dword 0x43b63e866d0c4716, 0x0, 0x0, 0x163e866d0c471600, 0
table_31: /* fcvt.d.l fa0, a2, rtz */
    .dword 0xfff11568f6fc8280, 0x0, 0x0, 0xc32dd52e1206fb00, 0
    .dword 0xffffffffcdc1482e, 0x0, 0x0, 0xc1c91f5be9000000, 0
    .dword 0xffffcc40aee05fc5, 0x0, 0x0, 0xc2c9dfa88fd01d80, 0
    .dword 0x37e64e0e8f79af0c, 0x0, 0x0, 0x43cbf3270747bcd7, 1
    .dword 0xffffffffffe91f5a, 0x0, 0x0, 0xc136e0a600000000, 0
    .dword 0x1a3, 0x0, 0x0, 0x407a300000000000, 0
    .dword 0xff17751766e2e1da, 0x0, 0x0, 0xc36d115d1323a3c4, 1
    .dword 0xfff3e25216a48cbd, 0x0, 0x0, 0xc3283b5bd2b6e686, 0
    .dword 0xffffffc330e11442, 0x0, 0x0, 0xc24e678f75df0000, 0
    .dword 0x29885, 0x0, 0x0, 0x4104c42800000000, 0
    .dword 0x5c10b6c5cabe170d, 0x0, 0x0, 0x43d7042db172af85, 1
    .dword 0x2310fae, 0x0, 0x0, 0x4181887d70000000, 0
    .dword 0xfffffd7996c0a411, 0x0, 0x0, 0xc2843349fadf7800, 0
    .dword 0xffffffe83cde0521, 0x0, 0x0, 0xc237c321fadf0000, 0
    .dword 0xb, 0x0, 0x0, 0x4026000000000000, 0
    .dword 0x3, 0x0, 0x0, 0x4008000000000000, 0
    .dword 0xffffffffe60d41c1, 0x0, 0x0, 0xc1b9f2be3f000000, 0
    .dword 0x4234, 0x0, 0x0, 0x40d08d0000000000, 0
    .dword 0x12f5, 0x0, 0x0, 0x40b2f50000000000, 0
    .dword 0xac3b1b, 0x0, 0x0, 0x4165876360000000, 0
table_32: /* fcvt.lu.d a0, fa1, rtz */
    .dword 0x4018f90d43ffce06, 0x0, 0x0, 0x6, 1
    .dword 0x43ca52bd9f3730b7, 0x0, 0x0, 0x34a57b3e6e616e00, 0
    .dword 0xffc4b8ae9ae49eb0, 0x0, 0x0, 0x0, 16
    .dword 0x43ad2b25585fa235, 0x0, 0x0, 0xe9592ac2fd11a80, 0
    .dword 0x7fd0685b0a7f0c06, 0x0, 0x0, 0xffffffffffffffff, 16
    .dword 0x43e57597b75ffdd2, 0x0, 0x0, 0xabacbdbaffee9000, 0
    .dword 0x4347e2dff7b56589, 0x0, 0x0, 0x2fc5bfef6acb12, 0
    .dword 0x43ae6c331f5b735e, 0x0, 0x0, 0xf36198fadb9af00, 0
    .dword 0x379ffffffffffff9, 0x0, 0x0, 0x0, 1
    .dword 0x43ad33879d70c991, 0x0, 0x0, 0xe99c3ceb864c880, 0
    .dword 0x8020000000000007, 0x0, 0x0, 0x0, 1
    .dword 0x43d9026e3c9c152d, 0x0, 0x0, 0x6409b8f27054b400, 0
    .dword 0x7fc645f973948707, 0x0, 0x0, 0xffffffffffffffff, 16
    .dword 0x43ea126ee500f6b4, 0x0, 0x0, 0xd093772807b5a000, 0
    .dword 0x4cbc59b425ce186b, 0x0, 0x0, 0xffffffffffffffff, 16
    .dword 0x43ecdd4d55183522, 0x0, 0x0, 0xe6ea6aa8c1a91000, 0
    .dword 0xfb50183108eddd67, 0x0, 0x0, 0x0, 16
    .dword 0x43eac4afb54d6e98, 0x0, 0x0, 0xd6257daa6b74c000, 0
    .dword 0xbfb27ed69941a0f0, 0x0, 0x0, 0x0, 1
    .dword 0x43ddcfefe3175846, 0x0, 0x0, 0x773fbf8c5d611800, 0
table_33: /* fcvt.d.lu fa0, a2, rtz */
    .dword 0xa0, 0x0, 0x0, 0x4064000000000000, 0
    .dword 0xfffffcccd673ee98, 0x0, 0x0, 0x43efffff999ace7d, 1
    .dword 0x1290, 0x0, 0x0, 0x40b2900000000000, 0
    .dword 0xc1647e07, 0x0, 0x0, 0x41e82c8fc0e00000, 0
    .dword 0xf774f40af299d43b, 0x0, 0x0, 0x43eeee9e815e533a, 1
    .dword 0xffffffffffffff28, 0x0, 0x0, 0x43efffffffffffff, 1
    .dword 0xf99, 0x0, 0x0, 0x40af320000000000, 0
    .dword 0xffffffffffffcfbe, 0x0, 0x0, 0x43effffffffffff9, 1
    .dword 0x127fc8d1d84ac4f5, 0x0, 0x0, 0x43b27fc8d1d84ac4, 1
    .dword 0x9af4e665, 0x0, 0x0, 0x41e35e9ccca00000, 0
    .dword 0x5a41ced4491, 0x0, 0x0, 0x42969073b5124400, 0
    .dword 0x25c50050be64413c, 0x0, 0x0, 0x43c2e280285f3220, 1
    .dword 0x5, 0x0, 0x0, 0x4014000000000000, 0
    .dword 0x30af225137e6d3a, 0x0, 0x0, 0x43885791289bf369, 1
    .dword 0x42, 0x0, 0x0, 0x4050800000000000, 0
    .dword 0x7162e1, 0x0, 0x0, 0x415c58b840000000, 0
    .dword 0xff98e744fbea11b2, 0x0, 0x0, 0x43eff31ce89f7d42, 1
    .dword 0xffd81e20c33d1db0, 0x0, 0x0, 0x43effb03c41867a3, 1
    .dword 0xffffffff45a1c6bb, 0x0, 0x0, 0x43efffffffe8b438, 1
    .dword 0xffb1ecdf041200c6, 0x0, 0x0, 0x43eff63d9be08240, 1
table_34: /* fcvt.s.d fa0, fa1, rtz */
    .dword 0x9a310f2320b2dd51, 0x0, 0x0, 0xffffffff80000000, 3
    .dword 0xc4c0000000000006, 0x0, 0x0, 0xffffffffe6000000, 1
    .dword 0xcd3871ad662108f9, 0x0, 0x0, 0xffffffffff7fffff, 5
    .dword 0xbc3f27630b37c045, 0x0, 0x0, 0xffffffffa1f93b18, 1
    .dword 0x7ff8000000000000, 0x0, 0x0, 0xffffffff7fc00000, 0
    .dword 0x374c9e740c5d87a0, 0x0, 0x0, 0xffffffff00000727, 3
    .dword 0xc01fffffffffffff, 0x0, 0x0, 0xffffffffc0ffffff, 1
    .dword 0x3665e63d985f02a4, 0x0, 0x0, 0xffffffff00000000, 3
    .dword 0xc23d3a07ae6d3, 0x0, 0x0, 0xffffffff00000000, 3
    .dword 0xb63e7a4d13ebbd2f, 0x0, 0x0, 0xffffffff80000000, 3
    .dword 0x9c15a0cb1bdaff4c, 0x0, 0x0, 0xffffffff80000000, 3
    .dword 0x3b0a0b7315f83918, 0x0, 0x0, 0xffffffff18505b98, 1
    .dword 0x802ffffffffffffd, 0x0, 0x0, 0xffffffff80000000, 3
    .dword 0x46e58cf9528b764b, 0x0, 0x0, 0xffffffff772c67ca, 1
    .dword 0xffefffffffffffff, 0x0, 0x0, 0xffffffffff7fffff, 5
    .dword 0x3b7ffffffffffffa, 0x0, 0x0, 0xffffffff1bffffff, 1
    .dword 0xfff8000000000000, 0x0, 0x0, 0xffffffff7fc00000, 0
    .dword 0xbc0fffffffffffff, 0x0, 0x0, 0xffffffffa07fffff, 1
    .dword 0x40009010370d0be1, 0x0, 0x0, 0xffffffff40048081, 1
    .dword 0xc65a46edd6a306a6, 0x0, 0x0, 0xfffffffff2d2376e, 1
table_35: /* fadd.d fa0, fa1, fa2, rdn */
    .dword 0xbfb86d6d90884fbe, 0x3fb86d6d90884fc0, 0xc013414f1e840f6d, 0x3c80000000000000, 0
    .dword 0x40f0b561b5607667, 0x803000000000000e, 0x0, 0x40f0b561b5607666, 1
    .dword 0xffc2f0e1f6cd17fc, 0x4010000000000009, 0x7ffffffffffffff, 0xffc2f0e1f6cd17fc, 1
    .dword 0xffdf416124897153, 0x7fdf416124897155, 0x7fef7cf35e5f2c41, 0x7ca0000000000000, 0
    .dword 0xef2a6cb3cb155f62, 0x8024e80e516d5bed, 0xa23c268f44f7afb5, 0xef2a6cb3cb155f63, 1
    .dword 0x7fc5abb9f9f1d015, 0xd, 0xffcffffffffffff8, 0x7fc5abb9f9f1d015, 1
    .dword 0x20000000000006, 0x8020000000000004, 0x8682271c9d0a7fac, 0x4, 0
    .dword 0x462fffffffffffff, 0x335d54a81fa4e9, 0x4909591457463fd4, 0x462fffffffffffff, 1
    .dword 0x1d8fffffffffffff, 0x8000000000000003, 0x8396e8a362f44, 0x1d8ffffffffffffe, 1
    .dword 0xffb2277456def696, 0x7fb2277456def696, 0x7fe6d5c6532078d6, 0x8000000000000000, 0
    .dword 0xc03dc51fbe6898cb, 0x7fd5306d29503041, 0x24878919821d14, 0x7fd5306d29503040, 1
    .dword 0x7fb000000000000d, 0xbfbf3bec85ee8e18, 0x78faf52c715e93e0, 0x7fb000000000000c, 1
    .dword 0x1793d98bc76d65, 0x801793d98bc76d62, 0x9fb6a1f0dc8dcd2a, 0x3, 0
    .dword 0x3fff7335877735d5, 0x802563c6940f7831, 0xc918b1b3739d9865, 0x3fff7335877735d4, 1
    .dword 0x3fc0d3accd90dca6, 0x10f071bc30d459, 0xffb5d43151021ac8, 0x3fc0d3accd90dca6, 1
    .dword 0xc01eac68e7303647, 0x401eac68e7303646, 0x7ff4000000000000, 0xbcd0000000000000, 0
    .dword 0x39b652ff7ace8d, 0x32decafeb02a78, 0xc02773f1552a66ca, 0x464a8eff157c82, 1
    .dword 0xc020b8691ea39259, 0xfe7bfafdc83f771, 0x1deffa142f153010, 0xc020b8691ea39259, 1
    .dword 0xc3680dfbfe42ad74, 0x43680dfbfe42ad72, 0x8013948066cd4b3e, 0xc030000000000000, 0
    .dword 0xbb60000000000009, 0x402fa65733c11be8, 0x1e143c7a9f7eead, 0x402fa65733c11be7, 1
table_36: /* fsub.d fa0, fa1, fa2, rdn */
    .dword 0x7a7c2a8aa489de8a, 0x7a7c2a8aa489de89, 0xffec79f8e7dd3098, 0x7730000000000000, 0
    .dword 0x3b9d227201f24055, 0xc00631d1b032e7e2, 0x3440629e70d43cbc, 0x400631d1b032e7e2, 1
    .dword 0xc00ffffffffffffa, 0xdec0b3c6e740a8fc, 0x1ffffffffffffb, 0x5ec0b3c6e740a8fb, 1
    .dword 0xbfc8230542946e54, 0xbfc8230542946e54, 0x2afbfca1ffb4617f, 0x8000000000000000, 0
    .dword 0xbfda4428e7f1d557, 0x3c75262bb853d1, 0x7483ed04b92560e2, 0xbfda4428e7f1d558, 1
    .dword 0x3fd3f2fe67b0b538, 0xbfbf8b855d9e66d1, 0x7fc1561a97b60207, 0x3fdbd5dfbf184eec, 1
    .dword 0x37b1ef08f2345c60, 0x37b1ef08f2345c5e, 0xc030000000000001, 0x3480000000000000, 0
    .dword 0x6be000000000000c, 0xc004049a0e68e034, 0x999f187befdd8f99, 0x6be000000000000c, 1
    .dword 0x3fdf6295bfa931cc, 0x7ff0000000000000, 0x7fcd12e8a5ce55db, 0xfff0000000000000, 0
    .dword 0x520ffffffffffffd, 0x520ffffffffffffe, 0x3fb000000000000d, 0xcec0000000000000, 0
    .dword 0x401ffffffffffffa, 0xf43e8d6177952bcf, 0xffb3f1cdaf7bf346, 0x743e8d6177952bcf, 1
    .dword 0x7fdffffffffffff8, 0x617c2809e47771f9, 0xbfc54421464ae043, 0x7fdffffffffffff7, 1
    .dword 0x4012fbd112f5db15, 0x4012fbd112f5db17, 0x7fc16bd75139212a, 0xbce0000000000000, 0
    .dword 0x8000000000000000, 0x3fef3e6484ffdf08, 0x4026ed405fe39ffe, 0xbfef3e6484ffdf08, 0
    .dword 0x3fc75158a1a75fb0, 0xffe000000000000e, 0xacc0000000000000, 0x7fe000000000000e, 1
    .dword 0xbfd23e13f4f6685a, 0xbfd23e13f4f66857, 0x3d164530247d5c20, 0xbca8000000000000, 0
    .dword 0xd6a3e5f5a8acc798, 0xc030000000000006, 0xbfb8479ca9f6328c, 0xd6a3e5f5a8acc798, 1
    .dword 0xc025103a096a4c65, 0xc4801b4fbfeb63a0, 0x3feb373e082460d9, 0x44801b4fbfeb639f, 1
    .dword 0x3ffffffffffff9, 0x3ffffffffffff9, 0x7fb000000000000c, 0x8000000000000000, 0
    .dword 0x801000000000000f, 0x488ca9f02ec981fc, 0xc004951e1932d70c, 0xc88ca9f02ec981fd, 1
table_37: /* fmul.d fa0, fa1, fa2, rdn */
    .dword 0xc00c2432a44a19d7, 0x221c0152526fff3, 0xbfeffffffffffffd, 0x823f384d5f1cf98d, 1
    .dword 0x4020000000000001, 0x3fe55f381d5b75a8, 0x1ffffffffffffa, 0x40155f381d5b75a9, 1
    .dword 0xbfb34b0e071bdd19, 0x3ffffffffffff9, 0x3fb0000000000003, 0x8009a587038dee8b, 3
    .dword 0x3fbed1a4be1177ae, 0xc03268ddd5d6ba38, 0x3fd9803419286356, 0xc001baeba81f8aa7, 1
    .dword 0xbff255a48edcf7a1, 0x299118e06b3472, 0x7ff8000000000000, 0x802d4c15c428a461, 1
    .dword 0x400ffffffffffffd, 0x814607a8da5272e3, 0xae3ffffffffffff8, 0x816607a8da5272e1, 1
    .dword 0xc02fffffffffffff, 0xc02aad27597e8207, 0x803a8eb275295748, 0x406aad27597e8206, 1
    .dword 0xc033ebea2d6d610b, 0xffbf8fde89674d8c, 0xc025bcb161af9a6c, 0x7fefffffffffffff, 5
    .dword 0x3fe17f4b5f03ee4e, 0x403215d726b4b87c, 0xbfe6f651ea7c5100, 0x4023c71726a9e2d6, 1
    .dword 0xfc9000000000000f, 0xffd607338f08d202, 0x843481d01e8ae0fa, 0x7fefffffffffffff, 5
    .dword 0x365ffffffffffff8, 0x0, 0xffba253f07bbdd14, 0x0, 0
    .dword 0x7fe613a15d78870d, 0x906000000000000f, 0x7ff0000000000000, 0xd05613a15d788722, 1
    .dword 0x9a7792cb9c192cf6, 0x3fc0000000000006, 0x3a044c9c1f98b8, 0x9a4792cb9c192cff, 1
    .dword 0x3fdffffffffffffa, 0x401af91fa2ccf63f, 0x802653cefc7447df, 0x400af91fa2ccf639, 1
    .dword 0xffe1c433d5385c1f, 0x25415db97cda78, 0x275bbcb6f7c4e0, 0xc0179a192cd0afb1, 1
    .dword 0x26af2cbe7baeba, 0x801d953f931fe9a6, 0xffcffffffffffffa, 0x8000000000000001, 3
    .dword 0x4037f4f30aad77a3, 0xc03949575047b415, 0xc010000000000002, 0xc082ee4608d6b420, 1
    .dword 0xe400000000000009, 0x3fce134bf9439cea, 0xffffffffffffd, 0xe3de134bf9439cfb, 1
    .dword 0x3fd82285ce6845f2, 0xffcffffffffffffb, 0x3feffffffffffff9, 0xffb82285ce6845ef, 1
    .dword 0x3fea3f07ed13db12, 0x7feef548f756f29f, 0xbfd1eb3fc285c2f4, 0x7fe96445dba16865, 1
table_38: /* fdiv.d fa0, fa1, fa2, rdn */
    .dword 0x4026179a05522d61, 0xc7affffffffffffb, 0x403fc7190963c1b1, 0xb866179a05522d65, 1
    .dword 0x3bb2c6cda37a06, 0xffbffffffffffffb, 0xffffffffffffd, 0x8000000000000001, 3
    .dword 0x719415d9025ac719, 0x800f153b515a3524, 0x3fc0000000000001, 0xfff0000000000000, 5
    .dword 0xffb1ebbb0384acd2, 0x93d57befe16443f9, 0x8000000000000003, 0x7fefffffffffffff, 5
    .dword 0xe873f934c275d10d, 0x755ffffffffffff9, 0x6a5eef0e4e2ecd80, 0xb303f934c275d112, 1
    .dword 0xc0233ff456823c61, 0x400000000000000e, 0x3fd0418bc8c3a097, 0xc0133ff456823c51, 1
    .dword 0x3d5ba1cb2f106781, 0x3ff000000000000c, 0xffdffffffffffffd, 0x3d5ba1cb2f10676c, 1
    .dword 0x401ffffffffffffc, 0xffcffffffffffff9, 0x3ff0000000000000, 0x8040000000000002, 1
    .dword 0xc8d9869087046199, 0x3fe447b13f18b26e, 0x403932af5d506fcb, 0xc8e423767484f521, 1
    .dword 0x240eca0e84e8b0, 0x7fb8671a25626ed6, 0x7feffffffffffffc, 0x0, 3
    .dword 0x803d9ad708e6662d, 0x803dff8957f53102, 0xdb8b596d43577c19, 0x3fef94957a48e2bd, 1
    .dword 0xe900396a389c0c74, 0xffcaee3da173b657, 0x3fd0000000000008, 0x2923473f0386cef8, 1
    .dword 0xbff2b799d9c82ee9, 0x3be73923007e78, 0x3daffffffffffff8, 0xffa5771c16f3f815, 1
    .dword 0x3fb3d1a856f564a6, 0xbfe95b9c0cab7b5b, 0xc00a02c75a3a2cf2, 0xbfb902a2696a0c87, 1
    .dword 0x8010000000000000, 0xffd0000000000000, 0xbfd50f862e27c1a9, 0x0, 3
    .dword 0xbfd15e55f5be83fb, 0xbd34346ed806b228, 0x3fc0000000000005, 0x428b82056d3e4e7b, 1
    .dword 0x67eef0417c4af4b4, 0x94de4055af70e1ff, 0x286304e2ca9987, 0xfff0000000000000, 5
    .dword 0x401625bf35b0bfec, 0x7a1fffffffffffff, 0x26a61f861869f9, 0x5e625bf35b0bfec, 1
    .dword 0x6bc024e5d7e0c730, 0x402fffffffffffff, 0xe3cb81486768074b, 0x6b8024e5d7e0c730, 1
    .dword 0x40347dcd055d1b2b, 0x402d585cc1bd4a4e, 0x3fc7d5bb1ff7585b, 0x3ff658626b62dbaa, 1
table_39: /* fsqrt.d fa0, fa1, rdn */
    .dword 0x3ff0000000000000, 0x3fbf9cef1e3d9521, 0xffcc4a3c78dae332, 0x3ff0000000000000, 0
    .dword 0x3000000000000e, 0x7fd000000000000e, 0x3db009d4461800, 0x2010000000000006, 1
    .dword 0x6d96e5ce7936bc38, 0x7ff0000000000000, 0x63ffffffffffffc, 0x56c323fef1ab6eb5, 1
    .dword 0x7fbb088b54d0947c, 0xffefdd6d4d964fde, 0xb77349735cf95, 0x5fd4cc25d32c1b48, 1
    .dword 0x3d928cf6348037, 0x2ac897f9eb6a3d, 0xbfb985bd8dbefcad, 0x2015c092005e3e57, 1
    .dword 0x1ffffffffffffc, 0x30f6c53df8823f, 0x4020000000000008, 0x2006a09e667f3bcb, 1
    .dword 0x7fb3447da94018c6, 0xffe0000000000002, 0xbff75971ba450698, 0x5fd18ed413b80587, 1
    .dword 0x3fb58c76285586be, 0xbfd4d3b8ecd011a3, 0x3fffffffffffffd, 0x3fd29176f5a918ba, 1
    .dword 0x3fe0000000000001, 0x8ae3d4fc407361c8, 0xfff4000000000000, 0x3fe6a09e667f3bcd, 1
    .dword 0x402e65da8c5b6d0e, 0xbfdffffffffffffb, 0x7fd9b7e399852adc, 0x400f304b2e83bdb1, 1
    .dword 0x3ff82f346e42a443, 0x8016f91934460cd7, 0x401a51351720a42b, 0x3ff3abca162f2a0b, 1
    .dword 0xd6cf9db8c38a965, 0x3ffb9e6a35ea2ab3, 0x27323093f8ff8b, 0x26ae7353296a1110, 1
    .dword 0x7fe748aa589433bd, 0x3fcffffffffffff8, 0x40207d28763fa3df, 0x5feb4bd488c6cc9e, 1
    .dword 0x152ffffffffffffa, 0x51cac500b84e1, 0xbfb0000000000002, 0x2a8ffffffffffffc, 1
    .dword 0x3feffffffffffffb, 0xc01c873dab199b87, 0xbffc8f7b09bac6f6, 0x3feffffffffffffd, 1
    .dword 0x400ffffffffffffa, 0x7ff8000000000000, 0x4030000000000005, 0x3ffffffffffffffc, 1
    .dword 0x1d3e79a706d78593, 0xbc5ffffffffffff8, 0x29194c2c769756, 0x2e9614ecf788670d, 1
    .dword 0x1a70a596fff535, 0x475f338e990b84a1, 0x403aeac284582bba, 0x20049164f2bb05f5, 1
    .dword 0x7790000000000008, 0xbfdbbe191e1c7d9f, 0x2cf5f5c11a763809, 0x5bc0000000000003, 1
    .dword 0x3d3000000000000c, 0x403353fc47844a39, 0xf57000000000000d, 0x3e90000000000005, 1
table_40: /* fmadd.d fa0, fa1, fa2, fa3, rdn */
    .dword 0x8013012c0db220ec, 0x0, 0x0, 0x8000000000000000, 0
    .dword 0x8018b9f0c40d4d97, 0x7feffffffffffff8, 0xbfef4da671799b97, 0xc01ca3a5923c8104, 1
    .dword 0xfbbd342e26701, 0x3ff306d7ced10bb2, 0xe4d11bf3ad5a278a, 0xe4d11bf3ad5a278a, 1
    .dword 0x4000000000000003, 0xe3933665b758a1cd, 0x63a33665b758a1cf, 0xe069a3312609e567, 0
    .dword 0xffffffffffff9, 0xffdffffffffffffd, 0x29102bd3b5ace0, 0xbffffffffffffff0, 1
    .dword 0xffffffffffff8, 0x3fe0000000000008, 0x33679ec5215e49d, 0x33679ec5215e49e, 1
    .dword 0xbfdffffffffffffd, 0x3feffffffffffffe, 0x3fdffffffffffffc, 0x3c8ffffffffffffa, 0
    .dword 0x14af1df86eaaee, 0x7fe53e41ea3540f1, 0x3fbffffffffffffe, 0x400c765320639cc8, 1
    .dword 0xbfec01ff9638ab15, 0x7ff4000000000000, 0xffec76683b6b8d7f, 0x7ff8000000000000, 16
    .dword 0x800ffffffffffffa, 0x8023f7f1d0bc4d72, 0x8000000000000000, 0x0, 3
    .dword 0x3d59b6fbd341ca, 0xbfe3d9ed3c4519a5, 0x29e874e80553ab01, 0x29e874e80553ab00, 1
    .dword 0x3fc73bfa0128773c, 0xfff8000000000000, 0xb6ae1324a23f3d51, 0x7ff8000000000000, 0
    .dword 0x715145ce6feb5ffd, 0x117913b51636657, 0xb279712168fe8f47, 0xaf44ec4601764983, 1
    .dword 0xc03ffffffffffffe, 0x803d7021d5296a00, 0xbfc0b6e79a6c3dd5, 0xbfc0b6e79a6c3dd5, 1
    .dword 0xfff0000000000000, 0x3ff0000000000005, 0xbfb4c2d313426b78, 0xfff0000000000000, 0
    .dword 0x46a09b74efbde58e, 0xfff8000000000000, 0xfff8000000000000, 0x7ff8000000000000, 0
    .dword 0xbff09e8e121ef549, 0x283ec6dca07e74, 0x34b67b1ab2aaa5cb, 0x34b67b1ab2aaa5ca, 1
    .dword 0x7fefca8622b173a0, 0x313029189fe8f2, 0x1c0210278c4ffe02, 0x4031136fdf94ee5f, 1
    .dword 0xa5bc13cd32bee747, 0x7ef92b69a7e5e36, 0x0, 0x8000000000000001, 3
    .dword 0xbc659ac4514cfcde, 0xfff4000000000000, 0x8007c16da71855c9, 0x7ff8000000000000, 16
table_41: /* fmsub.d fa0, fa1, fa2, fa3, rdn */
    .dword 0x7fbd9f024bd992fd, 0x7ff0000000000000, 0x7ff0000000000000, 0x7ff8000000000000, 16
    .dword 0x7fd00335c9ffb190, 0x401ff91c186f6ebb, 0xbb90000000000000, 0x7fefffffffffffff, 5
    .dword 0x49affffffffffffa, 0x1823ef14ea9bf4, 0xffc2c96fff9e8d76, 0x7fc2c96fff9e8d76, 1
    .dword 0xc0134545aedcaff9, 0x7fdc067c2de62a52, 0xfff0000000000000, 0x7ff0000000000000, 0
    .dword 0x3fb5c74ef929e11c, 0xbfe5b4dc622b74dc, 0x800e56a404af7f33, 0xbfad8bc5d997db04, 1
    .dword 0xbfb0000000000007, 0x38053c90f74a0180, 0x800afcc84e92ed91, 0xb7c53c90f74a018a, 1
    .dword 0xb66d4bc44866c, 0x7fc9b75c4b888584, 0x3fe253564c6eeabd, 0xbca2d9e645749450, 0
    .dword 0x7fc54cfede018b42, 0x641a9a8c61177df, 0x360945cce8c3a11a, 0x461783acc00ec2b4, 1
    .dword 0xbff9ff739cdb42fb, 0x4020c4b6a01a00d8, 0x7fcde260bf46ae00, 0xffcde260bf46ae01, 1
    .dword 0x1ffffffffffffc, 0x3fe7871ac05e06b8, 0x17871ac05e06b6, 0x8000000000000001, 3
    .dword 0x803680821272ab19, 0x6610b8abc9963c70, 0x800ecddd4bfc1c0b, 0xa65784398336a2bd, 1
    .dword 0x4030000000000000, 0x38ef5a6d1ee951, 0x4030000000000009, 0xc030000000000009, 1
    .dword 0x33c26f43b243a66e, 0x3fb000000000000a, 0x33826f43b243a67d, 0xb05bd3ad84adbfda, 0
    .dword 0x8033a0a069724270, 0xa64d2467851e41f9, 0x7fe01d5ea2b13ae5, 0xffe01d5ea2b13ae5, 1
    .dword 0xc70000000000003, 0x3fdf588abf55cc87, 0x400ffffffffffff9, 0xc00ffffffffffff9, 1
    .dword 0x3aba5d0721fbc9, 0x803e12fced65c18c, 0x8000000000000000, 0x8000000000000001, 3
    .dword 0x4000d3cd01edd835, 0x3fc05186526f531d, 0x7ff4000000000000, 0x7ff8000000000000, 16
    .dword 0x800ffffffffffff9, 0x803de3e755d9b33c, 0x3fb85ccad58e85a7, 0xbfb85ccad58e85a7, 1
    .dword 0x6ab917dbe236f3b4, 0xbfcfffffffffffff, 0xea9917dbe236f3b2, 0xe75374120ee48626, 0
    .dword 0x3ff3843ad6fa431b, 0xbff0000000000007, 0xbfc000000000000e, 0xbff1843ad6fa4322, 1
table_42: /* fnmsub.d fa0, fa1, fa2, fa3, rdn */
    .dword 0x1a17d36276dec1, 0x1000000000000a, 0x0, 0x8000000000000001, 3
    .dword 0x80354b99368e527f, 0x3ffffffffffff9, 0x801ad0a63938850d, 0x801ad0a63938850d, 1
    .dword 0x800f1d337ebb8431, 0x7fdd15d9e8868f2f, 0x4031deb0df52b1ff, 0x40339649f762642f, 1
    .dword 0x7fdffffffffffffe, 0x3fe000000000000d, 0x7fd000000000000d, 0x7c9000000000000d, 0
    .dword 0x800ffffffffffffa, 0x8c572e2f4738ac5a, 0x802432df757c4935, 0x802432df757c4936, 1
    .dword 0xbda0000000000000, 0x4013ee479c055100, 0xc03dadf58759797a, 0xc03dadf58759519e, 1
    .dword 0x403f0430c0d355b7, 0x3fe949e9e678c9af, 0x403882ea5bc32ab5, 0x3d0819a92a5cee39, 1
    .dword 0x3fdf2c58d16078cc, 0x40122fc83ff1d52d, 0x401622896477858a, 0x400a8d949d3f4050, 1
    .dword 0xbfc454bb661cba21, 0x2000000000000e, 0x5790000000000000, 0x5790000000000000, 1
    .dword 0x403e562538ce96b9, 0xbff0000000000008, 0xc03e562538ce96ca, 0xbcfd4ed6398b4a38, 0
    .dword 0x1f60000000000009, 0xffd03b9d979f67e7, 0x688e5d832e2b4771, 0x688e5d832e2b4771, 1
    .dword 0xbfee426b3632b45c, 0xf5a0000000000000, 0xbfe1bb4fb319c90c, 0xf59e426b3632b45d, 1
    .dword 0x1d9bca9628561b, 0x8014894f4036039b, 0x8000000000000000, 0x0, 3
    .dword 0x8028abf02ae06c14, 0xc37d10ea571e16f, 0x1bc3377dae8e03, 0x1bc3377dae8e03, 1
    .dword 0x7fdcfc7b0a2c78fd, 0xfff0000000000000, 0xfafcbebae63749ff, 0x7ff0000000000000, 0
    .dword 0xb653e0135d53cd10, 0xc03ffffffffffffd, 0x36a3e0135d53cd10, 0x336dd01d0bfdb398, 0
    .dword 0x448aa00b3fb62a1e, 0xffe0000000000004, 0xcb4000000000000f, 0x7fefffffffffffff, 5
    .dword 0xfff0000000000000, 0x3fee945e3e9833ae, 0x7fe1912e995f5800, 0x7ff0000000000000, 0
    .dword 0x76da082601d5d538, 0x2000000000000c, 0x370a082601d5d549, 0xb3d430e40b02ff50, 0
    .dword 0x3110000000000001, 0xe015cb5e8eafe, 0xcf000000000000c, 0xcf000000000000b, 1
table_43: /* fnmadd.d fa0, fa1, fa2, fa3, rdn */
    .dword 0xbfe8c6e503a07d32, 0xbfcd0b3bbefaa944, 0xbfc67cf22c97f405, 0x3c97d4e6adf92f2e, 0
    .dword 0x1b124c1a36deb, 0xffc297f91173e9f3, 0x3fb3821b16d8320e, 0xbf8e39f9decd6e59, 1
    .dword 0x8000000000000003, 0x6e278d298797e18a, 0xe25ffffffffffffc, 0x625ffffffffffffc, 1
    .dword 0x403000000000000b, 0xdb1ab53f83fd948c, 0x5b5ab53f83fd949f, 0xd8046c8aa8353bf8, 0
    .dword 0xffe8471130a42e5c, 0x7ff4000000000000, 0x7, 0x7ff8000000000000, 16
    .dword 0x3fc217fbadea35bc, 0x7fecee695b04b308, 0x4030000000000004, 0xffc05bca2a331b8e, 1
    .dword 0xda9420bd04e3502a, 0xbffffffffffffffe, 0xdaa420bd04e35026, 0xd775efa17d8e57eb, 0
    .dword 0x7fe7eafe9846b962, 0x84fffffffffffffc, 0x402f2626862bab2f, 0x44f7eafe9846b95f, 1
    .dword 0x8be3f9387d8aa777, 0x7ff0000000000000, 0x80283ea1aab6cf08, 0x7ff0000000000000, 0
    .dword 0xebeffffffffffffb, 0x7fbffffffffffff9, 0x7ff0000000000000, 0xfff0000000000000, 0
    .dword 0x3fe55f7d143ad5ae, 0x37202cb1de92c8, 0x7fe4895805ca51dc, 0xffe4895805ca51dd, 1
    .dword 0x7fea93c2a99bc757, 0x3fc55d04666a9efb, 0xb71cf3f21762a, 0xffc1be38d49306bc, 1
    .dword 0x3fb0000000000005, 0x525ffffffffffffc, 0xd220000000000003, 0x4bd4000000000000, 0
    .dword 0x80027b3caa01209e, 0x400e4faa8696d35b, 0xc420000000000007, 0x4420000000000007, 1
    .dword 0x803a3031c64b985c, 0x803ffffffffffff9, 0x37b0000000000000, 0xb7b0000000000001, 1
    .dword 0x3fc136684074014b, 0xcf847ff0b6e66df3, 0x4f560da520ef2773, 0x4c0da9b61c185262, 0
    .dword 0x4000000000000002, 0x3fbaaf975b0b78eb, 0x78e7d6d7610496c3, 0xf8e7d6d7610496c4, 1
    .dword 0x7ff4000000000000, 0xe348c39de1e35b5, 0xc02d36c59baed78c, 0x7ff8000000000000, 16
    .dword 0xffe7785013db8e6d, 0x3fd0000000000001, 0x7fc7785013db8e71, 0xfc9443d7f61238ca, 1
    .dword 0x3fbdf9a8a746bc17, 0xc0133cc96e120da7, 0x80044578e37a3f84, 0x3fe2052ceed21bfa, 1
table_44: /* fcvt.w.d a0, fa1, rdn */
    .dword 0xadba505fc15a7248, 0x0, 0x0, 0xffffffffffffffff, 1
    .dword 0x41c49ebcb4400000, 0x0, 0x0, 0x293d7968, 1
    .dword 0x8237e8a076d05c22, 0x0, 0x0, 0xffffffffffffffff, 1
    .dword 0x41eaae4c86300000, 0x0, 0x0, 0x7fffffff, 16
    .dword 0xffb9b870aa4167a0, 0x0, 0x0, 0xffffffff80000000, 16
    .dword 0x41da1c66e7700000, 0x0, 0x0, 0x68719b9d, 1
    .dword 0xffcd430311992449, 0x0, 0x0, 0xffffffff80000000, 16
    .dword 0xc1cde8b899a00000, 0x0, 0x0, 0xffffffffc42e8ecc, 1
    .dword 0x800c4b520c3a31de, 0x0, 0x0, 0xffffffffffffffff, 1
    .dword 0x41e127deb8340000, 0x0, 0x0, 0x7fffffff, 16
    .dword 0x8, 0x0, 0x0, 0x0, 1
    .dword 0xc1c685f446800000, 0x0, 0x0, 0xffffffffd2f41773, 0
    .dword 0x3ff332f3e18cf6c2, 0x0, 0x0, 0x1, 1
    .dword 0xc1cdd4d908a00000, 0x0, 0x0, 0xffffffffc4564dee, 1
    .dword 0x402e43ec99c6b221, 0x0, 0x0, 0xf, 1
    .dword 0x41dc5720f2580000, 0x0, 0x0, 0x715c83c9, 1
    .dword 0x988449c7229f5371, 0x0, 0x0, 0xffffffffffffffff, 1
    .dword 0x41e5f74281680000, 0x0, 0x0, 0x7fffffff, 16
    .dword 0x16dc7e8cd4c319, 0x0, 0x0, 0x0, 1
    .dword 0x41e916835f900000, 0x0, 0x0, 0x7fffffff, 16
table_45: /* fcvt.wu.d a0, fa1, rdn */
    .dword 0x2ffffffffffffd, 0x0, 0x0, 0x0, 1
    .dword 0x41e03d6434cc0000, 0x0, 0x0, 0xffffffff81eb21a6, 1
    .dword 0x7fdbdf668b1a1a0c, 0x0, 0x0, 0xffffffffffffffff, 16
    .dword 0x41e1803557080000, 0x0, 0x0, 0xffffffff8c01aab8, 1
    .dword 0xbfce0496432fcdd3, 0x0, 0x0, 0x0, 16
    .dword 0x41e1e636745c0000, 0x0, 0x0, 0xffffffff8f31b3a2, 1
    .dword 0x2182258548ca7827, 0x0, 0x0, 0x0, 1
    .dword 0x41da8ffc08d80000, 0x0, 0x0, 0x6a3ff023, 1
    .dword 0x4000b200f5da5ea4, 0x0, 0x0, 0x2, 1
    .dword 0x41ebed5ab0980000, 0x0, 0x0, 0xffffffffdf6ad584, 1
    .dword 0x1c13f61fae351c9d, 0x0, 0x0, 0x0, 1
    .dword 0x41c11b18c3700000, 0x0, 0x0, 0x22363186, 1
    .dword 0x3fcffffffffffffd, 0x0, 0x0, 0x0, 1
    .dword 0x41c1417e26100000, 0x0, 0x0, 0x2282fc4c, 1
    .dword 0xffc97cb4814c27b7, 0x0, 0x0, 0x0, 16
    .dword 0x41b87e3aa5e00000, 0x0, 0x0, 0x187e3aa5, 1
    .dword 0xffecece59a87b0e5, 0x0, 0x0, 0x0, 16
    .dword 0x41e5a7cc55640000, 0x0, 0x0, 0xffffffffad3e62ab, 1
    .dword 0x803ffffffffffffe, 0x0, 0x0, 0x0, 16
    .dword 0x41eb326733f40000, 0x0, 0x0, 0xffffffffd993399f, 1
table_46: /* fcvt.l.d a0, fa1, rdn */
    .dword 0xb213f1f36800ce7, 0x0, 0x0, 0x0, 1
    .dword 0x43ed20e814a6cf56, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0x4007babe763ed19d, 0x0, 0x0, 0x2, 1
    .dword 0x43e338793222f6e3, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0xc01e478a99d2ecd1, 0x0, 0x0, 0xfffffffffffffff8, 1
    .dword 0xc3d50884a6cede7c, 0x0, 0x0, 0xabdded64c4861000, 0
    .dword 0x3fbffffffffffff8, 0x0, 0x0, 0x0, 1
    .dword 0xc3ce980f1e719e23, 0x0, 0x0, 0xc2cfe1c31cc3ba00, 0
    .dword 0x3fce41ccbacc174b, 0x0, 0x0, 0x0, 1
    .dword 0xc3d808818796be08, 0x0, 0x0, 0x9fddf9e1a507e000, 0
    .dword 0x7fe6aeda8252873c, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0x43ca2e9ba8c4c0eb, 0x0, 0x0, 0x345d37518981d600, 0
    .dword 0x256f77435d1045c1, 0x0, 0x0, 0x0, 1
    .dword 0x43de9b37cf318640, 0x0, 0x0, 0x7a6cdf3cc6190000, 0
    .dword 0x801ffffffffffff8, 0x0, 0x0, 0xffffffffffffffff, 1
    .dword 0xc3bff04b0ea1f406, 0x0, 0x0, 0xe00fb4f15e0bfa00, 0
    .dword 0x803fd8e3d3178bfe, 0x0, 0x0, 0xffffffffffffffff, 1
    .dword 0x43df8706158188fe, 0x0, 0x0, 0x7e1c18560623f800, 0
    .dword 0x3ff3547bf65df335, 0x0, 0x0, 0x1, 1
    .dword 0xc3c6e538cb19e514, 0x0, 0x0, 0xd2358e69cc35d800, 0
table_47: /* fcvt.d.l fa0, a2, rdn */
    .dword 0xfffffffffffc6c23, 0x0, 0x0, 0xc10c9ee800000000, 0
    .dword 0x1ea1ba7377ab, 0x0, 0x0, 0x42bea1ba7377ab00, 0
    .dword 0x26ab7e, 0x0, 0x0, 0x414355bf00000000, 0
    .dword 0x5e890f4f2c, 0x0, 0x0, 0x4257a243d3cb0000, 0
    .dword 0x1708, 0x0, 0x0, 0x40b7080000000000, 0
    .dword 0x253f62, 0x0, 0x0, 0x41429fb100000000, 0
    .dword 0xfffffffb979e2427, 0x0, 0x0, 0xc211a1876f640000, 0
    .dword 0xfe1e5fcd6b061973, 0x0, 0x0, 0xc37e1a03294f9e69, 1
    .dword 0x32, 0x0, 0x0, 0x4049000000000000, 0
    .dword 0x199f61b0d31, 0x0, 0x0, 0x42799f61b0d31000, 0
    .dword 0x42ddb8180cb134ac, 0x0, 0x0, 0x43d0b76e06032c4d, 1
    .dword 0x6d6d1, 0x0, 0x0, 0x411b5b4400000000, 0
    .dword 0x1e805d92cb36cafe, 0x0, 0x0, 0x43be805d92cb36ca, 1
    .dword 0xfffffffffe8fbf4f, 0x0, 0x0, 0xc177040b10000000, 0
    .dword 0x18c9941d516, 0x0, 0x0, 0x4278c9941d516000, 0
    .dword 0xfe2b8bb3b4633fbe, 0x0, 0x0, 0xc37d4744c4b9cc05, 1
    .dword 0xfffffffffe367f2f, 0x0, 0x0, 0xc17c980d10000000, 0
    .dword 0xce5729, 0x0, 0x0, 0x4169cae520000000, 0
    .dword 0xffc3c78634a3794b, 0x0, 0x0, 0xc34e1c3ce5ae435b, 1
    .dword 0xfe329a537f07ad72, 0x0, 0x0, 0xc37cd65ac80f8529, 1
table_48: /* fcvt.lu.d a0, fa1, rdn */
    .dword 0x7fdf7eda5fcd0013, 0x0, 0x0, 0xffffffffffffffff, 16
    .dword 0x43e7217df00fd0ac, 0x0, 0x0, 0xb90bef807e856000, 0
    .dword 0x20000000000007, 0x0, 0x0, 0x0, 1
    .dword 0x43dfcdacbc1fa681, 0x0, 0x0, 0x7f36b2f07e9a0400, 0
    .dword 0x95c29b0649998d91, 0x0, 0x0, 0x0, 16
    .dword 0x43c7e464f53834a6, 0x0, 0x0, 0x2fc8c9ea70694c00, 0
    .dword 0x8011811947f69295, 0x0, 0x0, 0x0, 16
    .dword 0x43eca63f6b78aa4f, 0x0, 0x0, 0xe531fb5bc5527800, 0
    .dword 0x23a0bdf05830cf, 0x0, 0x0, 0x0, 1
    .dword 0x43c0f679e72c6786, 0x0, 0x0, 0x21ecf3ce58cf0c00, 0
    .dword 0xbfc08deb382ad576, 0x0, 0x0, 0x0, 16
    .dword 0x43e82bba44b744e3, 0x0, 0x0, 0xc15dd225ba271800, 0
    .dword 0xbff5222d235ab8aa, 0x0, 0x0, 0x0, 16
    .dword 0x43d62851b6fc7a2b, 0x0, 0x0, 0x58a146dbf1e8ac00, 0
    .dword 0xf36d4080a315e935, 0x0, 0x0, 0x0, 16
    .dword 0x43e17fcf0d371798, 0x0, 0x0, 0x8bfe7869b8bcc000, 0
    .dword 0x40377ad002be2de4, 0x0, 0x0, 0x17, 1
    .dword 0x43ee8a634fa1f81c, 0x0, 0x0, 0xf4531a7d0fc0e000, 0
    .dword 0x8010856e9087e2a2, 0x0, 0x0, 0x0, 16
    .dword 0x43c212b040d510e4, 0x0, 0x0, 0x24256081aa21c800, 0
table_49: /* fcvt.d.lu fa0, a2, rdn */
    .dword 0xfffffffffffa64e6, 0x0, 0x0, 0x43efffffffffff4c, 1
    .dword 0x25c6cbe29921184, 0x0, 0x0, 0x4382e365f14c908c, 1
    .dword 0xffffd45359a63427, 0x0, 0x0, 0x43effffa8a6b34c6, 1
    .dword 0xffffffff1bbc584f, 0x0, 0x0, 0x43efffffffe3778b, 1
    .dword 0xfffeca8565ff3ab8, 0x0, 0x0, 0x43efffd950acbfe7, 1
    .dword 0xffffffea19709ea2, 0x0, 0x0, 0x43effffffd432e13, 1
    .dword 0xcf, 0x0, 0x0, 0x4069e00000000000, 0
    .dword 0xffffffffffffffc9, 0x0, 0x0, 0x43efffffffffffff, 1
    .dword 0xffc3cc2f08e441cf, 0x0, 0x0, 0x43eff87985e11c88, 1
    .dword 0xffffffffffe0a222, 0x0, 0x0, 0x43effffffffffc14, 1
    .dword 0x46, 0x0, 0x0, 0x4051800000000000, 0
    .dword 0xffffff31fa4fe3c8, 0x0, 0x0, 0x43efffffe63f49fc, 1
    .dword 0x3, 0x0, 0x0, 0x4008000000000000, 0
    .dword 0xfffffffffe1ff021, 0x0, 0x0, 0x43efffffffffc3fe, 1
    .dword 0x1e87c86c, 0x0, 0x0, 0x41be87c86c000000, 0
    .dword 0x1d88307e6, 0x0, 0x0, 0x41fd88307e600000, 0
    .dword 0x131e, 0x0, 0x0, 0x40b31e0000000000, 0
    .dword 0x4c9e894, 0x0, 0x0, 0x419327a250000000, 0
    .dword 0x6aa6cd27183d8, 0x0, 0x0, 0x431aa9b349c60f60, 0
    .dword 0xfffffda69eb29567, 0x0, 0x0, 0x43efffffb4d3d652, 1
table_50: /* fcvt.s.d fa0, fa1, rdn */
    .dword 0x218891dca022c8, 0x0, 0x0, 0xffffffff00000000, 3
    .dword 0xb6ff90ef3bdab662, 0x0, 0x0, 0xffffffff80000040, 3
    .dword 0x9690000000000002, 0x0, 0x0, 0xffffffff80000001, 3
    .dword 0xc0fee0d992828b86, 0x0, 0x0, 0xffffffffc7f706cd, 1
    .dword 0x753897c11a9c7, 0x0, 0x0, 0xffffffff00000000, 3
    .dword 0x3fba13f92c8a2fb2, 0x0, 0x0, 0xffffffff3dd09fc9, 1
    .dword 0xbfc0000000000007, 0x0, 0x0, 0xffffffffbe000001, 1
    .dword 0xba5d2c7a1f0c8a3b, 0x0, 0x0, 0xffffffff92e963d1, 1
    .dword 0xf897377f178f4501, 0x0, 0x0, 0xffffffffff800000, 5
    .dword 0xc420cdd4244552fb, 0x0, 0x0, 0xffffffffe1066ea2, 1
    .dword 0xc0116fb70962f05d, 0x0, 0x0, 0xffffffffc08b7db9, 1
    .dword 0x3f47442b0277d0b5, 0x0, 0x0, 0xffffffff3a3a2158, 1
    .dword 0x403000000000000f, 0x0, 0x0, 0xffffffff41800000, 1
    .dword 0x3c8ffffffffffff8, 0x0, 0x0, 0xffffffff247fffff, 1
    .dword 0xffeeeec6d3c3bba2, 0x0, 0x0, 0xffffffffff800000, 5
    .dword 0xbf8000000000000f, 0x0, 0x0, 0xffffffffbc000001, 1
    .dword 0x193e14c657b42817, 0x0, 0x0, 0xffffffff00000000, 3
    .dword 0x40f8e0c18a7635ec, 0x0, 0x0, 0xffffffff47c7060c, 1
    .dword 0x68ecd6982d070517, 0x0, 0x0, 0xffffffff7f7fffff, 5
    .dword 0x3de4058e7ca5b4cb, 0x0, 0x0, 0xffffffff2f202c73, 1
table_51: /* fadd.d fa0, fa1, fa2, rup */
    .dword 0x803ffffffffffffd, 0x3ffffffffffffc, 0xc00b4cd33ec1a075, 0x8000000000000004, 0
    .dword 0x4018c7e881535441, 0x7fbcdd58c571d9a0, 0x10000000000003, 0x7fbcdd58c571d9a1, 1
    .dword 0xc03d34484a993476, 0x48c3c0165479249f, 0xfff0000000000000, 0x48c3c0165479249f, 1
    .dword 0xfff4000000000000, 0x7ff4000000000000, 0x7ff4000000000000, 0x7ff8000000000000, 16
    .dword 0xd70cc28230485aec, 0x37905e38d0f9d4, 0x24d99500c5f61e, 0xd70cc28230485aeb, 1
    .dword 0x1871c00cfc4b4, 0xe8529fbba2ebf93b, 0x3ff8a9ae4153cbf0, 0xe8529fbba2ebf93a, 1
    .dword 0xa567632ed542e040, 0x2567632ed542e03f, 0x7ff8000000000000, 0xa220000000000000, 0
    .dword 0x3fe67c5992dda71a, 0xbfbb273132985908, 0x9c4bb8dcd330f, 0x3fe317736c8a9bf9, 0
    .dword 0xffb7f289e4acd997, 0x992ffffffffffffe, 0xffcffffffffffffe, 0xffb7f289e4acd997, 1
    .dword 0x7fb0000000000004, 0xffb0000000000003, 0x72151c6174c67768, 0x7c70000000000000, 0
    .dword 0xc0199cec850320b4, 0x8002984a357d6143, 0x94ec17edbc2d6f9, 0xc0199cec850320b4, 1
    .dword 0xffba8756f2cec28b, 0x3fe85a7b0072b057, 0xf689f37a1c5bdf43, 0xffba8756f2cec28a, 1
    .dword 0xbfe5d8d6edd893ae, 0x3fe5d8d6edd893b1, 0xc0216923339cbc26, 0x3cb8000000000000, 0
    .dword 0xbfeffffffffffffd, 0xbfd0000000000000, 0x7fe0000000000003, 0xbff3fffffffffffe, 1
    .dword 0x808c20ec1fade019, 0x80370c0ed18ca94c, 0x13d2d2d53dca78, 0x808cd94c963a4563, 1
    .dword 0x3fdd3c81ecfb1661, 0xbfdd3c81ecfb1661, 0x400ffffffffffffc, 0x0, 0
    .dword 0x7feffffffffffffd, 0xc03ffffffffffffe, 0xffd97b8d3baedcd7, 0x7feffffffffffffd, 1
    .dword 0xffbffffffffffffb, 0x3262606928b982, 0xc03d624ec12462c4, 0xffbffffffffffffa, 1
    .dword 0xffdffffffffffff9, 0x7fdffffffffffff9, 0x63fffffffffffffe, 0x0, 0
    .dword 0x10000000000000, 0xffd0000000000005, 0x7fca63e69afe0c14, 0xffd0000000000004, 1
table_52: /* fsub.d fa0, fa1, fa2, rup */
    .dword 0x7fd06ab45cdc54b4, 0x7fd06ab45cdc54b7, 0xc01ec5262691797e, 0xfca8000000000000, 0
    .dword 0x45f0000000000008, 0x3fb0b6b9e160f46d, 0xbfcf8a0de8a17d63, 0x45f0000000000008, 1
    .dword 0x7fcaba4ba07c3fb0, 0xb5c375b871442666, 0x1f70000000000000, 0x7fcaba4ba07c3fb1, 1
    .dword 0xffffffffffffc, 0xffffffffffffb, 0xfff8000000000000, 0x1, 0
    .dword 0xffd0000000000009, 0x8550000000000002, 0x802ffffffffffffc, 0xffd0000000000008, 1
    .dword 0xeb9fafbcf501ca9b, 0x3fefffffffffffff, 0x1ffffffffffffd, 0xeb9fafbcf501ca9b, 1
    .dword 0x7ff8000000000000, 0x7ff8000000000000, 0x801230b44c3a92dc, 0x7ff8000000000000, 0
    .dword 0x7fd0723d7c417003, 0xc8678b5997e3e430, 0x800527f44c08a3dd, 0x7fd0723d7c417004, 1
    .dword 0xbfc4f824092ccd20, 0x19a4d24e109ea874, 0x801fba0a040dffb4, 0xbfc4f824092ccd20, 1
    .dword 0x8304c7b246b51b03, 0x8304c7b246b51b00, 0x157ad7d8aac397, 0x8001800000000000, 0
    .dword 0x7670ab45bc824d36, 0x7fd65fbbe3ccf346, 0x7ff8000000000000, 0xffd65fbbe3ccf345, 1
    .dword 0x7fbe28b551e2bf4c, 0x7fd000000000000a, 0x7fde7c8f96f62d6a, 0xffc0eba5570ea06e, 0
    .dword 0xc038043a0001d883, 0xc038043a0001d883, 0xfff4000000000000, 0x0, 0
    .dword 0x80059ba6994ba150, 0x1da77a0022c24a4f, 0x800b974b87146e0a, 0x9da77a0022c24a4f, 1
    .dword 0xc010cb2584c23fbb, 0x37e177be0add0e, 0x400a6a056e6fe7ee, 0xc010cb2584c23fbb, 1
    .dword 0x8020000000000009, 0x802000000000000b, 0xc03841308dda5807, 0x4, 0
    .dword 0xb7d828a68d96702f, 0x402255c821483a24, 0xbfb4384b30544b3f, 0xc02255c821483a24, 1
    .dword 0xd9b0000000000003, 0x7fc9decb198f00b0, 0xcc10000000000006, 0xffc9decb198f00b0, 1
    .dword 0xffdffffffffffff8, 0xffdffffffffffff8, 0x2000000000000e, 0x0, 0
    .dword 0x800507643946bd5e, 0xffb0000000000002, 0x87d1b61669a6fa03, 0x7fb0000000000002, 1
table_53: /* fmul.d fa0, fa1, fa2, rup */
    .dword 0x3fc02de616549a99, 0x3fcceef225670a1f, 0xbddffffffffffffd, 0x3f9d41f241aaa090, 1
    .dword 0xb2d0975e635f8a23, 0x36dee09e343b4f, 0x19d6b674e5666f87, 0x8000000000000000, 3
    .dword 0xb82835b50989218a, 0x8034d00a948bed6c, 0xfff0000000000000, 0x1, 3
    .dword 0x956ac1d10011edf, 0x3fcffffffffffffd, 0x7db0000000000004, 0x936ac1d10011edd, 1
    .dword 0x3ff1224c6af60178, 0x400b29e40e2d71fb, 0xc020352e09ffe131, 0x400d16bd1040da74, 1
    .dword 0x3fc6259b9a3bfa44, 0x3ffffffffffffffc, 0xc014683ae4b5f1cd, 0x3fd6259b9a3bfa42, 1
    .dword 0xfd85b386d47eee04, 0x3fb5032abc62de2d, 0xdafe1a3efb3e6, 0xfd4c7fec96f3e731, 1
    .dword 0x3fc97b882d27658b, 0x1ef05a37e19154, 0x7fb15c653f02146a, 0x628cd7fe5a203, 3
    .dword 0x7ff0000000000000, 0x565b5be8a409ec7, 0xbfb1759ae192bb7d, 0x7ff0000000000000, 0
    .dword 0x7fdffffffffffffd, 0x9268630196302, 0x1426eb5a94fb66, 0x3ff24d0c6032c603, 1
    .dword 0x7ff8000000000000, 0x8000000000000000, 0x445dcd27b95fd3c0, 0x7ff8000000000000, 0
    .dword 0x8032227c45f93119, 0x98719fa0ec2bb6d7, 0x4e50000000000005, 0x1, 3
    .dword 0xc02048563b5cba0e, 0xe16000000000000a, 0xa2c880d809c5beaf, 0x619048563b5cba19, 1
    .dword 0x40163b8ca0601f8e, 0xffc6ca0ee70c77e4, 0x308b7b8886e199, 0xffefaaa5e11506d2, 1
    .dword 0x80156cf1a970c63c, 0x7ff0000000000000, 0x2d0925d36d9386, 0xfff0000000000000, 0
    .dword 0xbff0000000000007, 0x3fb33b27ad35bde0, 0x3fd7d08093416f67, 0xbfb33b27ad35bde8, 1
    .dword 0xbfb4f2ab08c6e99a, 0x801000000000000b, 0x3fb2c0df58579aa6, 0x14f2ab08c6e9b, 3
    .dword 0x815cfff3a19affe2, 0x7a64b3d46bd91d03, 0xc017863813d2a75f, 0xbbd2c2f0813b8232, 1
    .dword 0xffdffffffffffffa, 0xd7a0000000000001, 0x37348ef3668ce8, 0x7ff0000000000000, 5
    .dword 0xc016f32d333a8a43, 0x7fd64f8d034345d9, 0x743c637675ba4476, 0xffefffffffffffff, 5
table_54: /* fdiv.d fa0, fa1, fa2, rup */
    .dword 0x7fca6a0517ac9de7, 0xffd0000000000003, 0xbfca0831467d4ba8, 0xbfea6a0517ac9de2, 1
    .dword 0xbfc412684b50e3c2, 0xc00000000000000d, 0xc02ffffffffffffd, 0x3fb412684b50e3b2, 1
    .dword 0x401828c0940bae78, 0x747ffffffffffff9, 0x7fde8feed73ed12f, 0xb8828c0940bae7e, 1
    .dword 0x7ff8000000000000, 0xffb7c27c0b403cd8, 0x30000000000006, 0x7ff8000000000000, 0
    .dword 0xd920000000000006, 0x7fcffffffffffffc, 0x2000000000000b, 0x9940000000000008, 1
    .dword 0xffeba09b7e2de6ee, 0x3fce0ea68e34bcba, 0x801c1f3477dd275b, 0xffefffffffffffff, 5
    .dword 0x80134b897f27407a, 0x800a9fef920b3204, 0x4028d1787ab33464, 0x3ffd0e89899a3471, 1
    .dword 0x7fb5166298ac3a44, 0x403b0fda7a3f9732, 0x3fd65f0e5876af46, 0x7f68ef71e93e26b5, 1
    .dword 0x89349cc3f613674d, 0xffdffe22a72ce4ce, 0x20000000000004, 0x1, 3
    .dword 0xbfe41195009a95b5, 0x8b9261554b6a418f, 0x7ff8000000000000, 0x74417845f81b7cff, 1
    .dword 0xc03a974fb02d215d, 0x403ffffffffffffa, 0x401d3082d0026971, 0xbfea974fb02d2161, 1
    .dword 0xbfb1ab1fc1872538, 0x80028cccc6f7f905, 0xbfc6e05b3f47da26, 0x7fbbb718f67b61d9, 1
    .dword 0x803ffffffffffffc, 0x8000000000000000, 0xbfc44c9859ed51b5, 0x7ff0000000000000, 8
    .dword 0x66868f85afdfb31b, 0x7fbcc6c0b24d4fb7, 0x3feffffffffffffe, 0x26b91683c67184ff, 1
    .dword 0xbfce38bdc2c5cc5f, 0xaabfffffffffffff, 0x7fc95f591909f8d7, 0x54fe38bdc2c5cc60, 1
    .dword 0x3fb000000000000a, 0x8020000000000000, 0x8016e1184e2be937, 0xff8000000000000a, 0
    .dword 0x8020b94976000ddf, 0x3feeaaaa70248f69, 0x800000000000000e, 0x8021736e2d211e64, 1
    .dword 0xbfe0000000000003, 0xffffffffffffa, 0xc02e5f3669169153, 0xffc0000000000009, 1
    .dword 0xc020000000000004, 0x1000000000000e, 0xfff4000000000000, 0xffefffffffffffff, 5
    .dword 0xc03cb549e6dca301, 0xc002881b7f35d4f3, 0xfff4000000000000, 0x4028c9477e9b5d07, 1
table_55: /* fsqrt.d fa0, fa1, rup */
    .dword 0x8018c3fe8abea83b, 0xa, 0xbfb000000000000f, 0x7ff8000000000000, 16
    .dword 0x4034ae0c2c71b3de, 0xbfbd018507c8ab66, 0x802ee0ab4db7120d, 0x401230a7365ffac1, 1
    .dword 0x0, 0x44a35282fc41952b, 0x51b15ca1c7e5cd7, 0x0, 0
    .dword 0x402aee78994d9d06, 0x3fc000000000000e, 0x7fd0000000000006, 0x400d5b48ef5b9a72, 1
    .dword 0xbfb0000000000000, 0x803f6e020884a16f, 0x4015e12e5fe575a5, 0x7ff8000000000000, 16
    .dword 0x268393f3f55f18, 0xbffd7046343f15b9, 0x3ffe98f0683e03cc, 0x200ad7557ee7316b, 1
    .dword 0x30000000000004, 0x1ffffffffffff9, 0xc01dbdd848fe5703, 0x2010000000000002, 1
    .dword 0x3fea005c03e5fa15, 0x3ff11d469fc4e59c, 0xa45fffffffffffff, 0x3fecd85e4eaa5231, 1
    .dword 0xda2bc42da55fa, 0x551027ea5e378b71, 0xbff68f4220694468, 0x1ffd8a8d95071bee, 1
    .dword 0x3ffa1a8b7f9e7ab7, 0xbfb6a6f8bfd3ae5a, 0x3fe862a4cc147a77, 0x3ff46fcc220a4fbc, 1
    .dword 0x7feffffffffffffa, 0xa42ee8c3a1a0dd7b, 0xbfe97acde96bf25d, 0x5feffffffffffffd, 1
    .dword 0x1000000000000e, 0xe0d5552d43eebbc9, 0xc02a6f297430d53d, 0x2000000000000007, 1
    .dword 0x3ffeda50e983ca09, 0xbfd4ba3b713c2e14, 0xbfe7f4260265827c, 0x3ff637d68fb26553, 1
    .dword 0x3898dea000b290, 0x3fe0000000000007, 0x33d19cc4761a9410, 0x2013d6948f6c1cbb, 1
    .dword 0x4e3ffffffffffffa, 0xffbffffffffffff9, 0xe6d0000000000002, 0x4716a09e667f3bcb, 1
    .dword 0x3fcffffffffffffa, 0x40163f21cce5d6b0, 0x7fde8bafc48c61ed, 0x3fdffffffffffffd, 1
    .dword 0x10000000000009, 0x8022b91621482f0d, 0x3fe000000000000c, 0x2000000000000005, 1
    .dword 0xe4542805f1a162c, 0xd4b6f4e72e9f0d4d, 0x403ffffffffffff9, 0x271a1532aa0697cb, 1
    .dword 0x402db3375d5400d8, 0x210c97345be493, 0x3fcffffffffffffa, 0x400ed41e8d057e83, 1
    .dword 0x1b0ffffffffffff9, 0xc000000000000001, 0x1c955527421819c8, 0x2d7ffffffffffffd, 1
table_56: /* fmadd.d fa0, fa1, fa2, fa3, rup */
    .dword 0xfba3cdfae7c736d9, 0xbfe000000000000a, 0xfb93cdfae7c736e6, 0xf843e865e46fb70c, 0
    .dword 0x801c9a67bb3467e3, 0xffeffffffffffff8, 0xc006f2fda4c35015, 0x401120e8e8d2bfd2, 1
    .dword 0x3fc8ed32d0a22164, 0x7fcffffffffffff8, 0x802fd1cd1426f3a8, 0x7fa8ed32d0a2215e, 1
    .dword 0xc69a36ed62540729, 0x7fe849bff863b2e6, 0x7ff0000000000000, 0x7ff0000000000000, 0
    .dword 0x63a3a4c563907c2b, 0xb901c4cf3e598326, 0xc03727c004175537, 0xdcb5d0b29c13486b, 1
    .dword 0xc010bccd22f48833, 0x7f0b891ee668ebab, 0xc02174a47fedd9d8, 0xff2cce0b1a805bc2, 1
    .dword 0x7fccb5a2ff805441, 0x3feffffffffffffe, 0xffccb5a2ff80543c, 0x7c99a52e803fd5e0, 1
    .dword 0x12685091c018b2, 0x800966e834cbfb13, 0xffb747596024062e, 0xffb747596024062e, 1
    .dword 0x7fbffffffffffffd, 0x3fc0000000000009, 0xbfe0000000000005, 0x7f90000000000008, 1
    .dword 0x49c40ba096dbaca5, 0x50c0000000000004, 0xda940ba096dbacaa, 0x56e7412db7594a00, 0
    .dword 0x7fb50c0389cdd785, 0xbfc000000000000a, 0xffbb0214716433e4, 0xffbda394e29deed6, 1
    .dword 0x400000000000000d, 0x400ffffffffffffb, 0xe78ffffffffffffe, 0xe78ffffffffffffd, 1
    .dword 0x4018a2be3aefc144, 0xbfd0000000000007, 0x3ff8a2be3aefc14f, 0x3c8c66631b8db920, 0
    .dword 0xe6c2f93fb582843, 0xbfc0000000000004, 0xc02fffffffffffff, 0xc02fffffffffffff, 1
    .dword 0x2d9aa79b5989d9, 0x7fb93a5fc3b313e3, 0x4009fb17100dc9bb, 0x4012d3407e5c31e0, 1
    .dword 0xfff8000000000000, 0xbfe0000000000007, 0xfff8000000000000, 0x7ff8000000000000, 0
    .dword 0x9b1d370f9c12c577, 0xb92ffffffffffffb, 0x3fd000000000000b, 0x3fd000000000000c, 1
    .dword 0x3fc42e200637383b, 0xffb3b79d2d99d401, 0x7fe344ded144eb2a, 0x7fe2e16561f5d093, 1
    .dword 0x80255e5d6deb07cf, 0xbffffffffffffffd, 0x80355e5d6deb07cc, 0x4, 3
    .dword 0xffc056216632b52d, 0x7fbcbd2057cd2c05, 0x94b000000000000e, 0xffefffffffffffff, 5
table_57: /* fmsub.d fa0, fa1, fa2, fa3, rup */
    .dword 0x3fdcdb5947eaa747, 0xffd8460b9827cd0d, 0xffc5e3ad3dd9cbce, 0xfc82c21f1957accd, 1
    .dword 0x3fe5fca37c709e51, 0xc000000000000005, 0xb65376af4f25b19c, 0xbff5fca37c709e57, 1
    .dword 0x7fd28b57af0c3efd, 0x1b2acb7c8eb0ad, 0xc0197565a9bb9892, 0x4020aa4a87988a54, 1
    .dword 0x803a1bc226507ef6, 0x3fd2a39e275d9c9d, 0x801e6a37475a8760, 0x8000000000000001, 3
    .dword 0x1eb20afe0d46969d, 0x801e2cf87dbe114c, 0x30000000000005, 0x8030000000000005, 1
    .dword 0xa44000000000000d, 0x4033f03510d2785e, 0xffd7f6498df68081, 0x7fd7f6498df68081, 1
    .dword 0x8016be55e9a194ae, 0x243ffffffffffffb, 0x8000000000000000, 0x8000000000000000, 3
    .dword 0xffb000000000000b, 0x7fbdebbe35664e6f, 0xfff8000000000000, 0x7ff8000000000000, 0
    .dword 0xbfc0000000000008, 0x8026900ca2b10879, 0x1c960a692b0e319f, 0x9c960a692b0e319e, 1
    .dword 0xeb35ee9ab741fa87, 0xffd4e4bfa355f72f, 0x7ff0000000000000, 0xfff0000000000000, 0
    .dword 0xc032df75f668a480, 0x1000000000000b, 0x2c8dd1d5e2b37a5b, 0xac8dd1d5e2b37a5b, 1
    .dword 0x3fd6f5107b04572f, 0xce6e6548cc54d3b8, 0x9be000000000000f, 0xce55ce6929549078, 1
    .dword 0x7fb60a1c9a09808e, 0xbfb3a492e909bf97, 0xff7b0eb3f95bd5c4, 0x7c482c70a53e9d1f, 0
    .dword 0x1ffffffffffff9, 0x3056fad058dac96a, 0xc243d226f3645efc, 0x4243d226f3645efd, 1
    .dword 0xfff4000000000000, 0x340f7299d00ab5ff, 0xffba2d793a5b4633, 0x7ff8000000000000, 16
    .dword 0x7250000000000006, 0xc37cf27ac62d6e24, 0xf5dcf27ac62d6e31, 0x72a1288fad77b594, 0
    .dword 0x340ffb208bca77, 0xffdf574ad68d0f8f, 0xd80dfc794529c1e0, 0x580dfc794529c1e0, 1
    .dword 0x7ff0000000000000, 0x801f6036404cf567, 0x25c97dd38633e0c9, 0xfff0000000000000, 0
    .dword 0x5359e870ed82fff8, 0xbff5b20d6247aea2, 0xd36190b1e606e420, 0x5039ac8c2ed5dd44, 0
    .dword 0x7fe5ae59eb9a0dbf, 0x8010000000000002, 0x3fe8c4ca1de48ad1, 0xc00bdf8c73133075, 1
table_58: /* fnmsub.d fa0, fa1, fa2, fa3, rup */
    .dword 0x3fc0000000000005, 0xc01a2f07ffbbdea4, 0xbfea2f07ffbbdeaf, 0xbcb68a6c00aa5366, 0
    .dword 0x262f329799d493d8, 0x20000000000006, 0x7fd273af587d1d46, 0x7fd273af587d1d46, 1
    .dword 0xffd0000000000008, 0xa857e8450d520ce4, 0x7ff0000000000000, 0x7ff0000000000000, 0
    .dword 0xb914d28efb91f, 0xfdebfb99fc0a7, 0x0, 0x8000000000000000, 3
    .dword 0x30000000000002, 0x7fbffffffffffff9, 0x1c9000000000000a, 0xbffffffffffffffc, 1
    .dword 0x1ffffffffffffa, 0x8018081a846b9f10, 0x7a276dfc81a1ed73, 0x7a276dfc81a1ed74, 1
    .dword 0x689f1cfdca95b, 0x7fd42e8a0b348875, 0x3fe07ee68ac6ba79, 0xbc9f6c622536fa5c, 0
    .dword 0x3fe000000000000b, 0xfff4000000000000, 0xbfbfffffffffffff, 0x7ff8000000000000, 16
    .dword 0x2ffffffffffff9, 0x6fd3bf72a4183089, 0x8030000000000006, 0xb013bf72a4183084, 1
    .dword 0x7ff0000000000000, 0x7ff8000000000000, 0x7ff8000000000000, 0x7ff8000000000000, 0
    .dword 0x18ca3132e349a62d, 0xffdffffffffffffd, 0xcbe1fce9aa6d6e4b, 0x58ba3132e349a62b, 1
    .dword 0xc035f1c9549875f3, 0xfff0000000000000, 0x7ff0000000000000, 0x7ff8000000000000, 16
    .dword 0x7fb0000000000001, 0x4c3ffffffffffff8, 0x7ff0000000000000, 0x7ff0000000000000, 0
    .dword 0xffbfc6a887791b66, 0x7fbffffffffffffd, 0x7fdfffffffffffff, 0x7ff0000000000000, 5
    .dword 0xcb5ffffffffffffd, 0xc00b9ef95a563b51, 0x20000000000004, 0xcb7b9ef95a563b4e, 1
    .dword 0x24d1d38eb4126879, 0x32611546cfdda, 0x0, 0x8000000000000000, 3
    .dword 0x20653fc217cdf, 0x8018233552a66127, 0xbfbdb295f480aa8b, 0xbfbdb295f480aa8a, 1
    .dword 0xffeffffffffffff9, 0xcc747f6d45634861, 0x4010bd84521a7d03, 0xffefffffffffffff, 5
    .dword 0x5a1620c0e3f261ab, 0x7fcffffffffffff8, 0x7ff0000000000000, 0x7ff0000000000000, 0
    .dword 0x47cffffffffffffa, 0xc0341cb12f2fe2a4, 0x4033be7d8ae5a2dc, 0x48141cb12f2fe2a1, 1
table_59: /* fnmadd.d fa0, fa1, fa2, fa3, rup */
    .dword 0x3fc9239d31086eb2, 0xb3f8d63f933824eb, 0x33d3830601c36961, 0xb099cc4c3060ad4d, 0
    .dword 0x14d121321b6b96, 0x801ffffffffffff8, 0x7fdffffffffffffc, 0xffdffffffffffffb, 1
    .dword 0xbfc3c84d72c7dca4, 0x6e174c2d8992543f, 0x8000000000000000, 0x6decce1f12525869, 1
    .dword 0x403e96e513ed81a8, 0xbfb983a0c6edf2a4, 0x400863b661fda424, 0x3cdb1770104ff7e8, 0
    .dword 0x20000000000009, 0x2500000000000005, 0xbfd2710333185cc0, 0x3fd2710333185cc0, 1
    .dword 0x7fb81b006f85dff8, 0xffd0000000000007, 0xe850d436d705afcf, 0x7ff0000000000000, 5
    .dword 0x1c7c8c2e64ee60, 0x6a32f58f760f8013, 0xaa60e0a821077b77, 0xa737e6c108136c48, 0
    .dword 0x3ffffffffffffff8, 0x1ffffffffffff9, 0xbfc1aa6ff2602c05, 0x3fc1aa6ff2602c05, 1
    .dword 0x1113f4ebf24cbf, 0xffba274acafc9dd5, 0x7fd3f3b76d34c233, 0xffd3f3b76d34c232, 1
    .dword 0x3fe5891f99830a1d, 0xc0e58d94c06c088c, 0x40dd028a17580056, 0xbda214a4f7e4c812, 0
    .dword 0xffe0000000000003, 0xbfbffffffffffffd, 0x80230e1e8eb23162, 0xffb0000000000001, 1
    .dword 0x40252dad72c60c47, 0xcd1a5d627cfdaff4, 0xc00625c8c1af9c97, 0x4d5172eadbf28ec0, 1
    .dword 0xc5e000000000000b, 0x7fe0000000000006, 0x7ff0000000000000, 0xfff0000000000000, 0
    .dword 0x3fe75c4e38933e7f, 0x3ff93da9b95e7900, 0x3fec9e6dbbac8ab0, 0xc0005e2beafa6eaa, 1
    .dword 0xa1e0616e65d7a, 0xae940d759665d240, 0xffeff91949242c45, 0x7feff91949242c46, 1
    .dword 0x801000000000000b, 0xcd0ffffffffffff8, 0x8d3000000000000a, 0xa08000000000016, 0
    .dword 0xd4662b1e776c0982, 0x49fb6dbf11e5ec22, 0x7fb589479723e7e6, 0xffb589479723e7e5, 1
    .dword 0xae30000000000003, 0x3fb4e1fabe71b76f, 0x40305b6721d3bf33, 0xc0305b6721d3bf32, 1
    .dword 0x5bd8600e86c40a42, 0x7a0582e58d03cfa1, 0xfff0000000000000, 0x7ff0000000000000, 0
    .dword 0x7546baf8da8c4a56, 0x192dc16a4e92c5, 0x3fde468ec39d6230, 0xbfde468ec39d6230, 1
table_60: /* fcvt.w.d a0, fa1, rup */
    .dword 0xffbffffffffffffc, 0x0, 0x0, 0xffffffff80000000, 16
    .dword 0x41efa9967bdc0000, 0x0, 0x0, 0x7fffffff, 16
    .dword 0xffd46c72bea07487, 0x0, 0x0, 0xffffffff80000000, 16
    .dword 0xc1debedcd8a80000, 0x0, 0x0, 0xffffffff85048c9e, 1
    .dword 0x80091a59b832632c, 0x0, 0x0, 0x0, 1
    .dword 0xc1dcc3a856080000, 0x0, 0x0, 0xffffffff8cf15ea8, 1
    .dword 0x40274b32bbf2c21e, 0x0, 0x0, 0xc, 1
    .dword 0x4168d4eb04000000, 0x0, 0x0, 0xc6a759, 1
    .dword 0x148b2543bb7754, 0x0, 0x0, 0x1, 1
    .dword 0x41d1e4df2c200000, 0x0, 0x0, 0x47937cb1, 1
    .dword 0xbfcd6a5df205ad29, 0x0, 0x0, 0x0, 1
    .dword 0xc1a4adfbd1800000, 0x0, 0x0, 0xfffffffff5a90218, 1
    .dword 0x3fe000000000000f, 0x0, 0x0, 0x1, 1
    .dword 0x41e00b3313900000, 0x0, 0x0, 0x7fffffff, 16
    .dword 0x4025efa2444b1f4a, 0x0, 0x0, 0xb, 1
    .dword 0x41e3188af72c0000, 0x0, 0x0, 0x7fffffff, 16
    .dword 0xb3cba6f97953436f, 0x0, 0x0, 0x0, 1
    .dword 0x41eb3c9ba8280000, 0x0, 0x0, 0x7fffffff, 16
    .dword 0xc00ffffffffffffc, 0x0, 0x0, 0xfffffffffffffffd, 1
    .dword 0xc1b47ae486600000, 0x0, 0x0, 0xffffffffeb851b7a, 1
table_61: /* fcvt.wu.d a0, fa1, rup */
    .dword 0x3fbfdaf936081f7a, 0x0, 0x0, 0x1, 1
    .dword 0x41ed22b7a5080000, 0x0, 0x0, 0xffffffffe915bd29, 1
    .dword 0x6bcffffffffffffe, 0x0, 0x0, 0xffffffffffffffff, 16
    .dword 0x41ebfb8e796c0000, 0x0, 0x0, 0xffffffffdfdc73cc, 1
    .dword 0xcf05754a2f45f82c, 0x0, 0x0, 0x0, 16
    .dword 0x41c9237c05600000, 0x0, 0x0, 0x3246f80b, 1
    .dword 0xbe20000000000003, 0x0, 0x0, 0x0, 1
    .dword 0x41e46dc0e3d00000, 0x0, 0x0, 0xffffffffa36e071f, 1
    .dword 0x802b5eaab8b40601, 0x0, 0x0, 0x0, 1
    .dword 0x41e33eb3ff440000, 0x0, 0x0, 0xffffffff99f59ffb, 1
    .dword 0xaf9ba1702d81e476, 0x0, 0x0, 0x0, 1
    .dword 0x41dea9b03e400000, 0x0, 0x0, 0x7aa6c0f9, 0
    .dword 0xbfe9d8b30c79be90, 0x0, 0x0, 0x0, 1
    .dword 0x41cb4ac4b7a00000, 0x0, 0x0, 0x36958970, 1
    .dword 0x7fda31d946165514, 0x0, 0x0, 0xffffffffffffffff, 16
    .dword 0x41d7af3b19d00000, 0x0, 0x0, 0x5ebcec68, 1
    .dword 0xffd53d48fa40988a, 0x0, 0x0, 0x0, 16
    .dword 0x419d30b333800000, 0x0, 0x0, 0x74c2ccd, 1
    .dword 0x3fd2417dcb30dd77, 0x0, 0x0, 0x1, 1
    .dword 0x41e3a28ceac40000, 0x0, 0x0, 0xffffffff9d146757, 1
table_62: /* fcvt.l.d a0, fa1, rup */
    .dword 0x3bc29fd982ccf5, 0x0, 0x0, 0x1, 1
    .dword 0x43e683ba5b00a9f6, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0xbfc3c54edcad0e54, 0x0, 0x0, 0x0, 1
    .dword 0x43ef6f5c1ee29ba1, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0xbe5d5b73a0e35986, 0x0, 0x0, 0x0, 1
    .dword 0x43c61c767b788ad5, 0x0, 0x0, 0x2c38ecf6f115aa00, 0
    .dword 0xef7ffffffffffffc, 0x0, 0x0, 0x8000000000000000, 16
    .dword 0xc3d781bf6a28c64c, 0x0, 0x0, 0xa1f902575ce6d000, 0
    .dword 0x39e927524fd8, 0x0, 0x0, 0x1, 1
    .dword 0xc3df5a5ce0a04aa7, 0x0, 0x0, 0x82968c7d7ed56400, 0
    .dword 0xc37ba23ef4bbd7a, 0x0, 0x0, 0x1, 1
    .dword 0x43ee04a0de7c09bd, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0x791b38715257f04c, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0x43c9fbf2018b1776, 0x0, 0x0, 0x33f7e403162eec00, 0
    .dword 0xffc2bb3cc0459876, 0x0, 0x0, 0x8000000000000000, 16
    .dword 0x43e51d0251f539bb, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0x7fd9b8b5af1ad277, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0x43ebfcee299f560e, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0x802b9a1edae00628, 0x0, 0x0, 0x0, 1
    .dword 0xc3da3398e985f211, 0x0, 0x0, 0x97319c59e837bc00, 0
table_63: /* fcvt.d.l fa0, a2, rup */
    .dword 0x4ba798e26c1d9a, 0x0, 0x0, 0x4352e9e6389b0767, 1
    .dword 0x3b5dfb, 0x0, 0x0, 0x414daefd80000000, 0
    .dword 0x6adab7e873257562, 0x0, 0x0, 0x43dab6adfa1cc95e, 1
    .dword 0xffffffffffffff75, 0x0, 0x0, 0xc061600000000000, 0
    .dword 0xff96ce6852b68f50, 0x0, 0x0, 0xc35a4c65eb525c2c, 0
    .dword 0xfe5d2f6fce2e3a38, 0x0, 0x0, 0xc37a2d09031d1c5c, 1
    .dword 0xe5, 0x0, 0x0, 0x406ca00000000000, 0
    .dword 0xffffffffffe946d0, 0x0, 0x0, 0xc136b93000000000, 0
    .dword 0x10f3206b, 0x0, 0x0, 0x41b0f3206b000000, 0
    .dword 0x100e49c5e3e728, 0x0, 0x0, 0x43300e49c5e3e728, 0
    .dword 0xfffffffb4104a874, 0x0, 0x0, 0xc212fbed5e300000, 0
    .dword 0x1b08f55cac444e, 0x0, 0x0, 0x433b08f55cac444e, 0
    .dword 0xfffdc873f0cb678d, 0x0, 0x0, 0xc301bc6079a4c398, 0
    .dword 0xfffffc13b8998ee4, 0x0, 0x0, 0xc28f623b3388e000, 0
    .dword 0x27137, 0x0, 0x0, 0x410389b800000000, 0
    .dword 0x34f, 0x0, 0x0, 0x408a780000000000, 0
    .dword 0xe00a8c07, 0x0, 0x0, 0x41ec015180e00000, 0
    .dword 0xfe155ab9b5588721, 0x0, 0x0, 0xc37eaa5464aa778d, 1
    .dword 0xffffeba20ad7dfd7, 0x0, 0x0, 0xc2b45df528202900, 0
    .dword 0x3bcb, 0x0, 0x0, 0x40cde58000000000, 0
table_64: /* fcvt.lu.d a0, fa1, rup */
    .dword 0xbfcf9dfa4c830730, 0x0, 0x0, 0x0, 1
    .dword 0x43ef1548e27f0ec3, 0x0, 0x0, 0xf8aa4713f8761800, 0
    .dword 0x716ff26baee968bd, 0x0, 0x0, 0xffffffffffffffff, 16
    .dword 0x43e1247e227bd9d2, 0x0, 0x0, 0x8923f113dece9000, 0
    .dword 0x54faac68783b027e, 0x0, 0x0, 0xffffffffffffffff, 16
    .dword 0x43d8b9d95a022603, 0x0, 0x0, 0x62e7656808980c00, 0
    .dword 0x402626807f0ee74c, 0x0, 0x0, 0xc, 1
    .dword 0x43e909d563f3122c, 0x0, 0x0, 0xc84eab1f98916000, 0
    .dword 0xc0126e757e8c4430, 0x0, 0x0, 0x0, 16
    .dword 0x43cc0be556030317, 0x0, 0x0, 0x3817caac06062e00, 0
    .dword 0xc032467ff825d7f9, 0x0, 0x0, 0x0, 16
    .dword 0x43ea78cb66656c5e, 0x0, 0x0, 0xd3c65b332b62f000, 0
    .dword 0x377e559011646c, 0x0, 0x0, 0x1, 1
    .dword 0x43e69948e070d165, 0x0, 0x0, 0xb4ca4703868b2800, 0
    .dword 0xbff50bca16a2daec, 0x0, 0x0, 0x0, 16
    .dword 0x43e5e9fbda995fe8, 0x0, 0x0, 0xaf4fded4caff4000, 0
    .dword 0x7fd000000000000f, 0x0, 0x0, 0xffffffffffffffff, 16
    .dword 0x43ee6279e4c60896, 0x0, 0x0, 0xf313cf263044b000, 0
    .dword 0x3fbffffffffffffb, 0x0, 0x0, 0x1, 1
    .dword 0x438869719cbaf84e, 0x0, 0x0, 0x30d2e33975f09c0, 0
table_65: /* fcvt.d.lu fa0, a2, rup */
    .dword 0xffd4e7a309cb6f3e, 0x0, 0x0, 0x43effa9cf461396e, 1
    .dword 0x91379a2e37d9ec47, 0x0, 0x0, 0x43e226f345c6fb3e, 1
    .dword 0xfffedd2bc723d371, 0x0, 0x0, 0x43efffdba578e47b, 1
    .dword 0xffc4bd013882529e, 0x0, 0x0, 0x43eff897a027104b, 1
    .dword 0xfffffffffffdd583, 0x0, 0x0, 0x43efffffffffffbb, 1
    .dword 0xeb01537edadabe62, 0x0, 0x0, 0x43ed602a6fdb5b58, 1
    .dword 0x1575db7ccf, 0x0, 0x0, 0x423575db7ccf0000, 0
    .dword 0xfffff8a7c03ea875, 0x0, 0x0, 0x43efffff14f807d6, 1
    .dword 0x35f211, 0x0, 0x0, 0x414af90880000000, 0
    .dword 0x0, 0x0, 0x0, 0x0, 0
    .dword 0xee8, 0x0, 0x0, 0x40add00000000000, 0
    .dword 0x19275d8d7038c7, 0x0, 0x0, 0x4339275d8d7038c7, 0
    .dword 0x43718d3fa080ad06, 0x0, 0x0, 0x43d0dc634fe8202c, 1
    .dword 0x1d766dac1bfb4092, 0x0, 0x0, 0x43bd766dac1bfb41, 1
    .dword 0x1467, 0x0, 0x0, 0x40b4670000000000, 0
    .dword 0xffffffff2cf1329a, 0x0, 0x0, 0x43efffffffe59e27, 1
    .dword 0x85effd0d1621b1b4, 0x0, 0x0, 0x43e0bdffa1a2c437, 1
    .dword 0xfffffffffff23513, 0x0, 0x0, 0x43effffffffffe47, 1
    .dword 0xffffff3c4b93efce, 0x0, 0x0, 0x43efffffe789727e, 1
    .dword 0xfffffffffd650931, 0x0, 0x0, 0x43efffffffffaca2, 1
table_66: /* fcvt.s.d fa0, fa1, rup */
    .dword 0xbff507a427da90ee, 0x0, 0x0, 0xffffffffbfa83d21, 1
    .dword 0x40c8000000000000, 0x0, 0x0, 0xffffffff46400000, 0
    .dword 0x2d7565542daae9, 0x0, 0x0, 0xffffffff00000001, 3
    .dword 0xba7c92fbd58007e5, 0x0, 0x0, 0xffffffff93e497de, 1
    .dword 0xbfcfffffffffffff, 0x0, 0x0, 0xffffffffbe7fffff, 1
    .dword 0xc33000000000000f, 0x0, 0x0, 0xffffffffd9800000, 1
    .dword 0x81a91ecddeecbf25, 0x0, 0x0, 0xffffffff80000000, 3
    .dword 0xc3ea198fe5c1d0c4, 0x0, 0x0, 0xffffffffdf50cc7f, 1
    .dword 0x6f7fced57321ddeb, 0x0, 0x0, 0xffffffff7f800000, 5
    .dword 0x3d5000000000000f, 0x0, 0x0, 0xffffffff2a800001, 1
    .dword 0x3ffe22b0214e6b68, 0x0, 0x0, 0xffffffff3ff11582, 1
    .dword 0xb81a4f4d6b117c14, 0x0, 0x0, 0xffffffff80d27a6b, 1
    .dword 0x292ed76bb9c564d4, 0x0, 0x0, 0xffffffff00000001, 3
    .dword 0xb90a5c860b36ca96, 0x0, 0x0, 0xffffffff8852e430, 1
    .dword 0x3ff1a484e41f40c1, 0x0, 0x0, 0xffffffff3f8d2428, 1
    .dword 0x3f99767a9595a037, 0x0, 0x0, 0xffffffff3ccbb3d5, 1
    .dword 0x7fd1e210bd0534be, 0x0, 0x0, 0xffffffff7f800000, 5
    .dword 0x4040000000000000, 0x0, 0x0, 0xffffffff42000000, 0
    .dword 0x3fc9bb296e49bb9f, 0x0, 0x0, 0xffffffff3e4dd94c, 1
    .dword 0xc26a775c5312ff7f, 0x0, 0x0, 0xffffffffd353bae2, 1
table_67: /* fadd.d fa0, fa1, fa2, rmm */
    .dword 0xffbd63b0ee7806ab, 0x7fbd63b0ee7806a8, 0x0, 0xfc88000000000000, 0
    .dword 0x4034aff798a7e3a8, 0x3fbffffffffffffc, 0x3fc0000000000005, 0x4034cff798a7e3a8, 1
    .dword 0x4012507e9b4f3125, 0x403225491e0c2ad5, 0xbfcffffffffffffb, 0x4036b968c4dff71e, 1
    .dword 0x284c20c65931fa, 0x80284c20c65931fc, 0xa1e0a64cdd533, 0x8000000000000004, 0
    .dword 0x945000000000000a, 0xc00000000000000f, 0x802000000000000d, 0xc00000000000000f, 1
    .dword 0xffdfb47dae93944a, 0x252fb3003ac33985, 0x801973a8e5828a56, 0xffdfb47dae93944a, 1
    .dword 0xe983e511d37a3276, 0x6983e511d37a3273, 0xbffb5f93e28da64f, 0xe658000000000000, 0
    .dword 0x7fc4b636d425b550, 0x7fec43567364cb2f, 0x4003c17f09d73050, 0x7ff0000000000000, 5
    .dword 0xbff9a148c41db3a5, 0x4580000000000001, 0x802cd774a0a12928, 0x4580000000000001, 1
    .dword 0x34a61ebef67ae946, 0xb4a61ebef67ae949, 0x3ff000000000000f, 0xb178000000000000, 0
    .dword 0x3feffffffffffff8, 0xbfd19d61cd422efd, 0x6ea0000000000004, 0x3fe7314f195ee87a, 1
    .dword 0x7fdfffffffffffff, 0x4009d6a6dbf56af5, 0x3fb0000000000007, 0x7fdfffffffffffff, 1
    .dword 0x8010000000000007, 0x10000000000009, 0xbfb85c9515e834cf, 0x2, 0
    .dword 0xffc0d2f0ff65035e, 0x49a7dd4e17fa50d1, 0xf8add5ef4ffcdcd4, 0xffc0d2f0ff65035e, 1
    .dword 0x800128337abd1c3c, 0xd2dfffffffffffff, 0xcf3ffffffffffffa, 0xd2dfffffffffffff, 1
    .dword 0x3fdfffffffffffff, 0xbfdfffffffffffff, 0x3fc5f388f389099e, 0x0, 0
    .dword 0xffeb73af872535f0, 0x3ffffffffffffffe, 0x3fc9553b19c7ec66, 0xffeb73af872535f0, 1
    .dword 0x62cc52501558c634, 0xe25ffffffffffff8, 0x7fc9e8c111739f2b, 0x62cc12501558c634, 1
    .dword 0x3aeffffffffffffe, 0xbaeffffffffffffb, 0xfff0000000000000, 0x37b8000000000000, 0
    .dword 0x1cdc94a9a9dac0, 0xc01f5dc7d43b812c, 0x7ff0000000000000, 0xc01f5dc7d43b812c, 1
table_68: /* fsub.d fa0, fa1, fa2, rmm */
    .dword 0x3110000000000009, 0x3110000000000008, 0xc0009871e015ddfc, 0x2dd0000000000000, 0
    .dword 0x93a74450afd27895, 0xffd00bd0a58c388c, 0x800000000000000c, 0x7fd00bd0a58c388c, 1
    .dword 0x802c8c193edd635d, 0x64bffffffffffffe, 0xfff4000000000000, 0xe4bffffffffffffe, 1
    .dword 0x3feffffffffffffc, 0x3feffffffffffffd, 0xc028f7d4bab564b0, 0xbca0000000000000, 0
    .dword 0x80376c5514d387eb, 0x7fb3985e6874327b, 0xbff3af656e4b510d, 0xffb3985e6874327b, 1
    .dword 0xa579e0a98d81ae9d, 0x7fe000000000000e, 0x7fb0000000000002, 0xffe000000000000e, 1
    .dword 0xfecdf07107d12366, 0xfecdf07107d12364, 0xbfeffffffffffffd, 0xfb90000000000000, 0
    .dword 0x8016cee0ae2f3058, 0x7ff8000000000000, 0xc020000000000007, 0x7ff8000000000000, 0
    .dword 0x7fcef9563a4d9a47, 0x7fbffffffffffff8, 0x144200d4cf816937, 0x7fbdf2ac749b3496, 0
    .dword 0x1a91e1fae8be52, 0x1a91e1fae8be52, 0x7fc3f1f593e5d0ff, 0x0, 0
    .dword 0xdf3d361b7acd880, 0x1000000000000a, 0x3ff4d378dde86e23, 0xdf3d361b7acd880, 1
    .dword 0x262e865c85286828, 0x403bb8d5f3ebe87c, 0x7ff4000000000000, 0xc03bb8d5f3ebe87c, 1
    .dword 0x3fc0000000000003, 0x3fc0000000000003, 0x744ffffffffffffb, 0x0, 0
    .dword 0x8c25e5e6ae79a728, 0x55cafbc5c2d5004a, 0x6f4048e2b48b18c7, 0xd5cafbc5c2d5004a, 1
    .dword 0x3fec9006120d4b2b, 0xde4c07761fb781ed, 0x3fcaab192eb4e89d, 0x5e4c07761fb781ed, 1
    .dword 0x3edae6445fd6427, 0x3edae6445fd6429, 0x134032e8b17ff6e4, 0x80b0000000000000, 0
    .dword 0x7c20000000000009, 0x7fe0000000000005, 0xc021d7ea0ea2d583, 0xffe0000000000005, 1
    .dword 0x401100d4249f840c, 0x80374c767cc2125f, 0xade97a0912ace7b8, 0x401100d4249f840c, 1
    .dword 0x8000000000000000, 0x8000000000000000, 0x953ffffffffffff8, 0x0, 0
    .dword 0xfff8000000000000, 0xffb0515f5fbc1e41, 0x9fa0000000000004, 0x7ff8000000000000, 0
table_69: /* fmul.d fa0, fa1, fa2, rmm */
    .dword 0x1481796341c96648, 0x149ffffffffffffe, 0xc0034821ee1ef8c3, 0x0, 3
    .dword 0xbfcf13cc51527a95, 0x4033edd408fff446, 0xbfd0000000000004, 0xc0135ab9dd6a647a, 1
    .dword 0x434e8a6cc586eb5d, 0x8030637643d24baa, 0xbfd1ecdb6b0628a5, 0x838f484704e45fac, 1
    .dword 0x6f5ffffffffffff8, 0x803ffffffffffffc, 0x8025478ed31edfc0, 0xafaffffffffffff4, 1
    .dword 0xc0396147833eb962, 0xbffffffffffffff8, 0x3fbb095047b438d9, 0x40496147833eb95c, 1
    .dword 0x8000000000000000, 0x8c0680b4cc8e42ec, 0x4010000000000009, 0x0, 0
    .dword 0x18248456dbe81b4c, 0xffb40e69bfbef10c, 0x7fb1d008e440a8b0, 0xd7e9b7e7f93d35db, 1
    .dword 0xbfb8a259aa2ffcdf, 0x187f8cfbfd8912, 0x24dfffffffffffff, 0x80025b7e83788a23, 3
    .dword 0x3eaf7cd1ede040, 0x7fef38dd29a10dbf, 0xc00720560b27c9ee, 0x403df08819af2361, 1
    .dword 0x3fe000000000000f, 0xc603e0e0656683b8, 0x3fbaf892cef2b748, 0xc5f3e0e0656683cb, 1
    .dword 0xffcffffffffffffb, 0x401f505959c30748, 0xae86a153f7440454, 0xfff0000000000000, 5
    .dword 0xc030000000000007, 0xf7ffffffffffffc, 0x3fca3090df4d4b1d, 0x8fc0000000000005, 1
    .dword 0x7fc0db2da6f3eb4f, 0x3fc10f58f901d9f7, 0xa, 0x7f91f90bb7ffaeb8, 1
    .dword 0xbfb0000000000002, 0xc020000000000001, 0x31c4185572df0e, 0x3fe0000000000003, 1
    .dword 0x8018c12b3af81e1d, 0x802d959dc030b2a4, 0x8c7d311e2a061, 0x0, 3
    .dword 0x28b3347ca0a492, 0x7fd40d7ed0dad64c, 0xc01fa0e50968ca81, 0x400ef4d6fc16e47f, 1
    .dword 0x803000000000000e, 0x4000536783ce4bdd, 0x3fb77a236a581dff, 0x8040536783ce4beb, 1
    .dword 0x4adbaec54182cf58, 0x801e9947efa32702, 0xfa8bcc0a5832bef8, 0x8b0a7872c79ffa69, 1
    .dword 0xc01653736b9a513a, 0xffbe3e0d8854d52f, 0x401e9892f7dcf67e, 0x7fe519875585e52f, 1
    .dword 0x20edb1c6058d15, 0xc02ffffffffffffb, 0xe3fffffffffffff9, 0x8060edb1c6058d12, 1
table_70: /* fdiv.d fa0, fa1, fa2, rmm */
    .dword 0x58effffffffffff9, 0x3000000000000e, 0x7feffffffffffffe, 0x7ff0000000000000, 5
    .dword 0xbfc4a1b87c95ed2a, 0xfff8000000000000, 0x403af09dbba591e8, 0x7ff8000000000000, 0
    .dword 0xc01ffffffffffffe, 0x7fbffffffffffffb, 0x7ff8000000000000, 0x8050000000000002, 1
    .dword 0x846bd31ec089c43e, 0x7fe076151535da9a, 0xbfb0000000000009, 0x8000000000000000, 3
    .dword 0x21463019198c953f, 0x5ed1de39ccc4b8fc, 0x40353886790559fb, 0x263de41707cd81a, 1
    .dword 0xeb5e496e1b2ecde7, 0xff5000000000000f, 0x4033fde0b3e857ff, 0x2bfe496e1b2ecdcb, 1
    .dword 0x8006f6bb29d1d40b, 0x134fffffffffffff, 0xfff4000000000000, 0xac9bdaeca747502d, 1
    .dword 0x803ffffffffffffc, 0x94e0000000000000, 0xffcb2e7aaa2c2421, 0x2b4ffffffffffffc, 0
    .dword 0xbfe0000000000007, 0xffbffffffffffffc, 0x3cb47d0970d069, 0x10000000000009, 1
    .dword 0x0, 0xa6ee6c30a9c91, 0x3ffa14647e1ba5eb, 0x0, 0
    .dword 0xddb0000000000006, 0x926baa71b79b688a, 0x4a0ffffffffffffa, 0x7ff0000000000000, 5
    .dword 0x4f8000000000000e, 0xfcf0000000000009, 0x8a367df3c6672f11, 0x9280000000000005, 1
    .dword 0x3fd9111a189775ac, 0x8037a2de49db5275, 0xfff4000000000000, 0xff90f7e9e5bd6f5c, 1
    .dword 0xebc8016b325c0ed9, 0x7fe0000000000006, 0x3fd55846bcdc89c8, 0xabd8016b325c0ed0, 1
    .dword 0x9650000000000002, 0x3fcd3ece1113f02f, 0x3fbda84940fb8f5a, 0x967181cf2de725a6, 1
    .dword 0xd6ffffffffffffa, 0x7fe4a6d0459c0200, 0xc02000000000000e, 0x0, 3
    .dword 0x3fb218c3f643032c, 0xb31e79ee252d097e, 0x91d4e79814a0a9b2, 0xcc8300634a83d2b1, 1
    .dword 0xc3bc1eac9097338a, 0x9d39f09bd19f1b0a, 0xffc1eb3378ad70ac, 0x6671583889627a35, 1
    .dword 0x801ffffffffffffd, 0x400f093323ed949d, 0x9c1d825545afed06, 0x80083f9ddbd25718, 3
    .dword 0x10000000000003, 0x7fcffffffffffffe, 0xbfbffffffffffff8, 0x0, 3
table_71: /* fsqrt.d fa0, fa1, rmm */
    .dword 0xbff35fc2303e6076, 0xfff0000000000000, 0x4000000000000004, 0x7ff8000000000000, 16
    .dword 0x7fce8f9cb95fc12b, 0xeabaca3d08d272ac, 0xffeb1ff7dc5fb410, 0x5fdf45affb2fdab4, 1
    .dword 0x7e30000000000009, 0xbfee7cfee395cd74, 0x840a151dd102c, 0x5f10000000000004, 1
    .dword 0x1a2abe062c033a, 0xbffaddcd1421ba36, 0xbfc87ff7a0ae8575, 0x200476225179da66, 1
    .dword 0xc030000000000001, 0x800448e430fff386, 0xae00000000000008, 0x7ff8000000000000, 16
    .dword 0x3fc2498f84ccdf92, 0x705c90ef34af8403, 0x710407f460a5426d, 0x3fd830d8a36ff408, 1
    .dword 0x0, 0x3fbace90b2e0edf2, 0xccbffffffffffffb, 0x0, 0
    .dword 0x38c6295b31aaca, 0xbff5f512066fc786, 0x3fc7461a53461a6d, 0x2013e8cfe6898bb8, 1
    .dword 0x7feb35a9ee9d43aa, 0xfff8000000000000, 0x2e239109cb0425d2, 0x5fed81fca45b5161, 1
    .dword 0xf0ff5f4f99c0c25, 0xc03ffffffffffffe, 0x7fdf3613fb3ac90b, 0x277ffafa17e135b4, 1
    .dword 0x7fe000000000000e, 0x402ffffffffffffa, 0xdb30000000000005, 0x5fe6a09e667f3bd6, 1
    .dword 0x290fffffffffffff, 0xffd11bafdaed5f0b, 0x7fd96700b65bbec8, 0x347fffffffffffff, 1
    .dword 0x3fbffffffffffffc, 0x1156c3add604d0d9, 0x8009dd4eaf419463, 0x3fd6a09e667f3bcb, 1
    .dword 0x3ff63afd57768a47, 0xffed6d87e30dece5, 0x8018b5f001aa2704, 0x3ff2dc12cf2a638c, 1
    .dword 0x0, 0x801bf0c1e6467ed3, 0xbfc000000000000a, 0x0, 0
    .dword 0x15d66320db3d2a, 0x8000000000000000, 0x7fcffffffffffff8, 0x2002b135870c892e, 1
    .dword 0x2000000000000c, 0xbfbad8798b9b4942, 0x7fd8009b9005995e, 0x2006a09e667f3bd5, 1
    .dword 0x402a09bbad21f39a, 0xc02149de056706cb, 0xc0156adcebbf42e4, 0x400cdd90e541db8d, 1
    .dword 0x4aa0000000000000, 0xffe62b51e935d9ab, 0x8029ffca6c54b0f6, 0x4546a09e667f3bcd, 1
    .dword 0x6fddc1d75264d43d, 0x2fecbd4103d31b, 0xf7aa688b7714c318, 0x57e5d1ef8721c63b, 1
table_72: /* fmadd.d fa0, fa1, fa2, fa3, rmm */
    .dword 0x29fffffffffffff9, 0x7fb2ae28a45113b8, 0xe9c2ae28a45113b6, 0xe690b0c71f8de282, 0
    .dword 0x8000000000000000, 0x336a0fcc6ede4f69, 0x7fd8b70b9bd23cf9, 0x7fd8b70b9bd23cf9, 0
    .dword 0xc00ffffffffffffe, 0x400ffffffffffffa, 0x403ffffffffffffb, 0x402ffffffffffffe, 1
    .dword 0x7fe86df3cea11ad8, 0x2cb17712958c59, 0xc025e7b0686e8f3e, 0x3cf83e34b01a1d46, 0
    .dword 0x3ffffffffffffa, 0xbfb000000000000a, 0x80229493af6270bb, 0x80269493af6270bd, 1
    .dword 0xbfdffffffffffffe, 0xbfbffffffffffffc, 0x3fffffffffffffff, 0x40007fffffffffff, 1
    .dword 0xf2bb4e789918ea42, 0xec9af4945ad54823, 0xfff0000000000000, 0xfff0000000000000, 0
    .dword 0x403ff84c9fb220a3, 0x4002d092c0f18c91, 0x403000000000000c, 0x4056cc0ba982eefe, 1
    .dword 0xc00b66f3aabc9b71, 0x3feecc7b42318789, 0xbfe822fc8ad670da, 0xc010342eb8471c6d, 1
    .dword 0x3ff0c349d21c285a, 0x729a87ad88ba16ba, 0xf29bcb7d8317a87d, 0xef62b5cbe557794e, 0
    .dword 0xffc7d5e2ed8ee965, 0xbfe25e7129796409, 0x68657262726fdda6, 0x7fbb5d5074d007f9, 1
    .dword 0xbfe94b3f42c5231f, 0x800c974fd8fd4e73, 0x7d7000000000000a, 0x7d7000000000000a, 1
    .dword 0xf730000000000002, 0x403000000000000d, 0x7770000000000012, 0x7447fffffffffff3, 0
    .dword 0x47e31344e0e6b69a, 0x3fd5d98794a37f6a, 0x402bff3307ac5bec, 0x47ca0ca161235ba7, 1
    .dword 0x803264911486b530, 0x66d000000000000c, 0xffc9e8a5338348db, 0xffc9e8a5338348db, 1
    .dword 0x80067c8c933ed6d9, 0x40126db5dde76651, 0x1de26178f8d370, 0x8000000000000003, 3
    .dword 0x3fc3102b09a95c22, 0xa6e59dbe0a227d0c, 0x133ffffffffffffe, 0xa6b9c1298f0f5bbe, 1
    .dword 0x402785cea8822bbb, 0xbfcd47f16db58229, 0xb7234ca134028ebb, 0xc0058625a39d71fb, 1
    .dword 0xffe5de4db9915930, 0x1000000000000b, 0x4005de4db9915941, 0x3ccf72a906c12af0, 0
    .dword 0xc42490b4c4fba, 0xbff0307932087c27, 0xe0902aac4289eeac, 0xe0902aac4289eeac, 1
table_73: /* fmsub.d fa0, fa1, fa2, fa3, rmm */
    .dword 0x802a4b259792224f, 0x3fbfffffffffffff, 0x800692c965e48891, 0x8000000000000003, 3
    .dword 0xe5d108814acb58f, 0x5b3fffffffffffff, 0x7ff0000000000000, 0xfff0000000000000, 0
    .dword 0x6d8bc5fe28926115, 0x7fc6f6bb4b8b89f9, 0x1f1ca5469f5497, 0x7ff0000000000000, 5
    .dword 0x27b02e154fed4264, 0xa9dffffffffffffc, 0x91a02e154fed4265, 0xe782e154fed4264, 0
    .dword 0xbfe51c6640ca38ed, 0x7febf01227641013, 0xe03000000000000b, 0xffe26e573f86b11e, 1
    .dword 0x20000000000007, 0xbfdffffffffffffb, 0xbd6c3638991f2, 0x801bd6c3638991f6, 1
    .dword 0x8039c5262e3d4227, 0xbfdffffffffffffd, 0x29c5262e3d4223, 0x3, 3
    .dword 0x80244a8fe821fafd, 0x403ffffffffffff9, 0x80302bb3af51136b, 0x807347d4ad2ce9c2, 1
    .dword 0xbfbb4e99dc09e603, 0x802000000000000a, 0x4004ee10f0295cfe, 0xc004ee10f0295cfe, 1
    .dword 0x7fcffffffffffffd, 0x4029fc84e584b0fd, 0x7ff0000000000000, 0xfff0000000000000, 0
    .dword 0x2b5ffffffffffffe, 0x38e2c11093fc1f, 0x402211dd02ae9146, 0xc02211dd02ae9146, 1
    .dword 0x7fbffffffffffffd, 0x3bf564fa5220d1, 0x11f0f37563763c, 0x400bf564fa5220ce, 1
    .dword 0xc0095b975970a8f4, 0x400ffffffffffffa, 0xc0295b975970a8ef, 0xbcbf69cf9d702920, 0
    .dword 0xc020000000000002, 0x3caaf62b54fcc904, 0xc03c0be368e0c8a7, 0x403c0be368e0c8a7, 1
    .dword 0x347d77e8f94722c9, 0xc03055270cf3de4f, 0xc026116c3d5b1bd6, 0x4026116c3d5b1bd6, 1
    .dword 0xbfd4951a6fdb31b3, 0x0, 0x8000000000000000, 0x0, 0
    .dword 0xbfc07042dab27d30, 0xffe5aec071bdeecb, 0x9488e9c2b324f, 0x7fb646e24e12d553, 1
    .dword 0xbfb3cafa6dbec85d, 0x77cc712fd1f5a096, 0x800cf89b5d1c18d9, 0xf791979d7857eb33, 1
    .dword 0x505ffffffffffffb, 0x7ff4000000000000, 0x7ff8000000000000, 0x7ff8000000000000, 16
    .dword 0xbfeb5e36bf884973, 0xcf7891fbc9e80796, 0x801ffffffffffffa, 0x4f7503834f65c065, 1
table_74: /* fnmsub.d fa0, fa1, fa2, fa3, rmm */
    .dword 0x7fd000000000000a, 0xffc34b404fe6e327, 0xfff0000000000000, 0xfff0000000000000, 0
    .dword 0x40168a5d38aa0861, 0xe110000000000002, 0x3fd92e3b3e36dd86, 0x61368a5d38aa0864, 1
    .dword 0xbffc9c87a8fd8b9f, 0x7fb88aef3886ba28, 0x8000000000000005, 0x7fc5f19eab668798, 1
    .dword 0x3fc751a694e08af9, 0xbfb0000000000009, 0xbf8751a694e08b04, 0x3c50ef6d9df27161, 1
    .dword 0xbff32f7a94a1e6cf, 0x5a1c0e57dc288556, 0xfff4000000000000, 0x7ff8000000000000, 16
    .dword 0x286639d2cb76dc, 0x3feffffffffffffc, 0x677c0c6d4c3970a6, 0x677c0c6d4c3970a6, 1
    .dword 0xbfcb795351c41bc0, 0x1ef2c17cb55164, 0x8006a48a7064a24c, 0x2, 3
    .dword 0x3fb78ae99524b444, 0x80094e324f056530, 0x7fb91d20e9ecbe1d, 0x7fb91d20e9ecbe1d, 1
    .dword 0x4a30000000000005, 0x400000000000000a, 0x7fc0000000000003, 0x7fc0000000000003, 1
    .dword 0x7fbc19f2c55427e9, 0x19c6a71d85ade9, 0x3fe6a2b8f9a6964c, 0x3cb8c19cd9988dfc, 1
    .dword 0x8000000000000000, 0x7fc3c5c116d6f1b5, 0x24c968c1d1ec38, 0x24c968c1d1ec38, 0
    .dword 0x3fe9979af9926032, 0xbfdffffffffffffc, 0x5980000000000007, 0x5980000000000007, 1
    .dword 0x7fc04acb2f83ae4d, 0xffc8b3646a6498a2, 0xfff0000000000000, 0xfff0000000000000, 0
    .dword 0x846ffffffffffffd, 0xc030000000000003, 0x919830cd861795e9, 0x919830cd861795e9, 1
    .dword 0x389c3f94a84daae7, 0x3ec30c0795ea44, 0xbfcf936c5ba97670, 0xbfcf936c5ba97670, 1
    .dword 0xfff8000000000000, 0x7fbfffffffffffff, 0x7ff8000000000000, 0x7ff8000000000000, 0
    .dword 0xc00ffffffffffffd, 0x3fbe179978875fa4, 0x18ba0765af59fdd4, 0x3fde179978875fa1, 1
    .dword 0x2a8de82c951dcdff, 0x7fee0978d898becf, 0xbfd0000000000004, 0xea8c1284096afec7, 1
    .dword 0x7fe2ff4208dfbe05, 0x0, 0x0, 0x0, 0
    .dword 0xbff4db407b45b000, 0x7ff0000000000000, 0xbfedc6a5402715b4, 0x7ff0000000000000, 0
table_75: /* fnmadd.d fa0, fa1, fa2, fa3, rmm */
    .dword 0x3fb39acccc2ef2f5, 0x3a1ffffffffffffd, 0xb9e39acccc2ef2f4, 0x369ad066648cd8df, 0
    .dword 0xaa8dbc7bb57fb881, 0x802617e5efc956a5, 0x80017af19adcc3a1, 0x17af19adcc3a1, 3
    .dword 0x3fbac8b877d2542a, 0x9f901732fbee6c5f, 0x803c57964459308c, 0x1f5aef8e59faf5ee, 1
    .dword 0x8000000000000004, 0x8435a1bb5101b153, 0x8000000000000000, 0x8000000000000000, 3
    .dword 0xc01a2a03ffc9a3a8, 0x286b6c63bc7b28, 0x1862e23bba841420, 0x9862e23bba841420, 1
    .dword 0x1b7fab602393f922, 0x4030000000000005, 0x7fbae9c61ca1b68f, 0xffbae9c61ca1b68f, 1
    .dword 0x803ebd89b4506e69, 0x93e1afc03c04f, 0x0, 0x0, 3
    .dword 0xbfef4334ff7bca6b, 0x3fbf0caa35f1903b, 0x1d5996aaaef8d550, 0x3fbe557ad51c969c, 1
    .dword 0xbfca72432e3cde47, 0xbe62624ae0a1b0af, 0x3ffe53920120c868, 0xbffe53920306f89b, 1
    .dword 0xbfbfc96a55770e2d, 0x80328eaf4847ef46, 0x80093783da9c2fbe, 0x8000000000000001, 3
    .dword 0xb42ffffffffffff9, 0xc02f13e86a7005ff, 0x1a56050e463af2, 0xb46f13e86a7005f8, 1
    .dword 0xc020000000000002, 0x3bc9026916c92db, 0x4021c90f50cd6eb8, 0xc021c90f50cd6eb8, 1
    .dword 0xbfdffffffffffffa, 0xbfe6b59a911cf972, 0xbfd6b59a911cf96d, 0xbc87be6099522754, 0
    .dword 0x402ffffffffffffa, 0x400000000000000f, 0x803573c1cadf7131, 0xc04000000000000c, 1
    .dword 0x177d4d0d1113de76, 0xc030000000000001, 0xaae000000000000b, 0x2ae000000000000b, 1
    .dword 0x3fd000000000000e, 0x801000000000000e, 0x4000000000006, 0x1, 3
    .dword 0x3fc9920308d0ff1e, 0xbfea7502314ad25e, 0xd270000000000005, 0x5270000000000005, 1
    .dword 0xc000000000000003, 0xc00639f48c8178b4, 0x3ffffffffffff9, 0xc01639f48c8178b8, 1
    .dword 0x95fdd4f73dbc480a, 0xc00000000000000d, 0x960dd4f73dbc481f, 0x92d9e8471147d441, 0
    .dword 0x2ffffffffffff9, 0xffcc9ba08ae001b6, 0x4038cdce6f0787b6, 0xc0353a5a5dab8780, 1
table_76: /* fcvt.w.d a0, fa1, rmm */
    .dword 0x2ac0000000000000, 0x0, 0x0, 0x0, 1
    .dword 0xc1cec77b93c00000, 0x0, 0x0, 0xffffffffc27108d8, 1
    .dword 0x3fc62911b6a15599, 0x0, 0x0, 0x0, 1
    .dword 0x41d2198b6c580000, 0x0, 0x0, 0x48662db1, 1
    .dword 0x20000000000009, 0x0, 0x0, 0x0, 1
    .dword 0x41ec0415eb400000, 0x0, 0x0, 0x7fffffff, 16
    .dword 0x3fe09909bc736e38, 0x0, 0x0, 0x1, 1
    .dword 0x41e694786a3c0000, 0x0, 0x0, 0x7fffffff, 16
    .dword 0xc01712583d79c2df, 0x0, 0x0, 0xfffffffffffffffa, 1
    .dword 0xc1c7904174600000, 0x0, 0x0, 0xffffffffd0df7d17, 1
    .dword 0x3fe66d1009c87761, 0x0, 0x0, 0x1, 1
    .dword 0x41e774f5dff00000, 0x0, 0x0, 0x7fffffff, 16
    .dword 0xbffa4d108c34339f, 0x0, 0x0, 0xfffffffffffffffe, 1
    .dword 0xc1aeb8676f000000, 0x0, 0x0, 0xfffffffff0a3cc48, 1
    .dword 0x400a8f03a21e3353, 0x0, 0x0, 0x3, 1
    .dword 0xc1d5588705a00000, 0x0, 0x0, 0xffffffffaa9de3e9, 1
    .dword 0xffb51ff2c1f737f9, 0x0, 0x0, 0xffffffff80000000, 16
    .dword 0xc1cfb8d552800000, 0x0, 0x0, 0xffffffffc08e555b, 0
    .dword 0x8001ca8b81399b6a, 0x0, 0x0, 0x0, 1
    .dword 0x41e5b3e1c5d80000, 0x0, 0x0, 0x7fffffff, 16
table_77: /* fcvt.wu.d a0, fa1, rmm */
    .dword 0x803352d9d10d671c, 0x0, 0x0, 0x0, 1
    .dword 0x41e1ab442ea40000, 0x0, 0x0, 0xffffffff8d5a2175, 1
    .dword 0xb68b63664903d, 0x0, 0x0, 0x0, 1
    .dword 0x41e1b4cf6ba00000, 0x0, 0x0, 0xffffffff8da67b5d, 0
    .dword 0xc03ffffffffffffd, 0x0, 0x0, 0x0, 16
    .dword 0x41eaddd0ebc00000, 0x0, 0x0, 0xffffffffd6ee875e, 0
    .dword 0xc016b1bb984a7e48, 0x0, 0x0, 0x0, 16
    .dword 0x41a54c09c2000000, 0x0, 0x0, 0xaa604e1, 0
    .dword 0xcd9d2c53d717ca80, 0x0, 0x0, 0x0, 16
    .dword 0x41ce39a311600000, 0x0, 0x0, 0x3c734623, 1
    .dword 0x693df2c140cb77, 0x0, 0x0, 0x0, 1
    .dword 0x41ec7b70f52c0000, 0x0, 0x0, 0xffffffffe3db87a9, 1
    .dword 0x7fbacf7f28d29762, 0x0, 0x0, 0xffffffffffffffff, 16
    .dword 0x41cf42cb00700000, 0x0, 0x0, 0x3e859601, 1
    .dword 0x17303ac01b8cacea, 0x0, 0x0, 0x0, 1
    .dword 0x41eeaaab1df00000, 0x0, 0x0, 0xfffffffff55558f0, 1
    .dword 0x3fbf84d12162f83d, 0x0, 0x0, 0x0, 1
    .dword 0x41e18d0ee5700000, 0x0, 0x0, 0xffffffff8c68772c, 1
    .dword 0x7ff4000000000000, 0x0, 0x0, 0xffffffffffffffff, 16
    .dword 0x41e1e15628740000, 0x0, 0x0, 0xffffffff8f0ab144, 1
table_78: /* fcvt.l.d a0, fa1, rmm */
    .dword 0xcb5ffffffffffffc, 0x0, 0x0, 0x8000000000000000, 16
    .dword 0x43e7f599cdd8499f, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0x800c02a930547cc6, 0x0, 0x0, 0x0, 1
    .dword 0x43e7f3cd323bfb81, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0xfb7ff50b04902, 0x0, 0x0, 0x0, 1
    .dword 0x43d01470a0101506, 0x0, 0x0, 0x4051c28040541800, 0
    .dword 0x3fd6aee1405e561d, 0x0, 0x0, 0x0, 1
    .dword 0x43d835a3b067bbd2, 0x0, 0x0, 0x60d68ec19eef4800, 0
    .dword 0x3b0120c7d20a9f, 0x0, 0x0, 0x0, 1
    .dword 0x43e2da7211a0be6c, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0x40362ce90a1114b7, 0x0, 0x0, 0x16, 1
    .dword 0xc3d81fcecd491fa8, 0x0, 0x0, 0x9f80c4cadb816000, 0
    .dword 0xb410000000000001, 0x0, 0x0, 0x0, 1
    .dword 0x43ecdd72fc25269b, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0xffd0000000000002, 0x0, 0x0, 0x8000000000000000, 16
    .dword 0x43e19dcfd6658afa, 0x0, 0x0, 0x7fffffffffffffff, 16
    .dword 0xffeca04c81a3298b, 0x0, 0x0, 0x8000000000000000, 16
    .dword 0xc3d93ede7190a9f5, 0x0, 0x0, 0x9b048639bd582c00, 0
    .dword 0x401000000000000a, 0x0, 0x0, 0x4, 1
    .dword 0x43c109ce3a51af75, 0x0, 0x0, 0x22139c74a35eea00, 0
table_79: /* fcvt.d.l fa0, a2, rmm */
    .dword 0x1, 0x0, 0x0, 0x3ff0000000000000, 0
    .dword 0xffff91be44e76e66, 0x0, 0x0, 0xc2db906ec6246680, 0
    .dword 0xfef2cbb9d6564d97, 0x0, 0x0, 0xc370d344629a9b27, 1
    .dword 0x62ac315, 0x0, 0x0, 0x4198ab0c54000000, 0
    .dword 0x6b58e45899e243cc, 0x0, 0x0, 0x43dad63916267891, 1
    .dword 0x664bf582357, 0x0, 0x0, 0x429992fd608d5c00, 0
    .dword 0x32, 0x0, 0x0, 0x4049000000000000, 0
    .dword 0xffffffffd562630a, 0x0, 0x0, 0xc1c54ece7b000000, 0
    .dword 0x1, 0x0, 0x0, 0x3ff0000000000000, 0
    .dword 0xfffff299dd64be3f, 0x0, 0x0, 0xc2aacc4536838200, 0
    .dword 0xffffff28408460c2, 0x0, 0x0, 0xc26af7ef73e7c000, 0
    .dword 0xffffe0b17589c055, 0x0, 0x0, 0xc2bf4e8a763fab00, 0
    .dword 0xf86db912baf80187, 0x0, 0x0, 0xc39e491bb5141ffa, 1
    .dword 0xffffe43fb4a1fbf7, 0x0, 0x0, 0xc2bbc04b5e040900, 0
    .dword 0xfffffffc9c1bddd4, 0x0, 0x0, 0xc20b1f2111600000, 0
    .dword 0x55ac, 0x0, 0x0, 0x40d56b0000000000, 0
    .dword 0xfffff98aebe0c89a, 0x0, 0x0, 0xc299d4507cdd9800, 0
    .dword 0xfffffffffe181dff, 0x0, 0x0, 0xc17e7e2010000000, 0
    .dword 0xffffffffe946935a, 0x0, 0x0, 0xc1b6b96ca6000000, 0
    .dword 0x619d, 0x0, 0x0, 0x40d8674000000000, 0
table_80: /* fcvt.lu.d a0, fa1, rmm */
    .dword 0xfaa0000000000008, 0x0, 0x0, 0x0, 16
    .dword 0x43e323f394b51a0e, 0x0, 0x0, 0x991f9ca5a8d07000, 0
    .dword 0x3ffffffffffffffb, 0x0, 0x0, 0x2, 1
    .dword 0x43d2c85bf85d650e, 0x0, 0x0, 0x4b216fe175943800, 0
    .dword 0xc01d06799b2080d5, 0x0, 0x0, 0x0, 16
    .dword 0x43c934fe59cd596f, 0x0, 0x0, 0x3269fcb39ab2de00, 0
    .dword 0xc010000000000008, 0x0, 0x0, 0x0, 16
    .dword 0x43c11395b95bbe45, 0x0, 0x0, 0x22272b72b77c8a00, 0
    .dword 0xbfb6add41d4286f6, 0x0, 0x0, 0x0, 1
    .dword 0x43dd8c32638da469, 0x0, 0x0, 0x7630c98e3691a400, 0
    .dword 0x801794f0864e46ba, 0x0, 0x0, 0x0, 1
    .dword 0x43eeb141ccb62791, 0x0, 0x0, 0xf58a0e65b13c8800, 0
    .dword 0x3fbffffffffffffb, 0x0, 0x0, 0x0, 1
    .dword 0x43e7c6645c22a1f2, 0x0, 0x0, 0xbe3322e1150f9000, 0
    .dword 0xbffffffffffffffa, 0x0, 0x0, 0x0, 16
    .dword 0x43d92867b8dcbed5, 0x0, 0x0, 0x64a19ee372fb5400, 0
    .dword 0xd1f62aafc7964648, 0x0, 0x0, 0x0, 16
    .dword 0x43ebfa8649908f18, 0x0, 0x0, 0xdfd4324c8478c000, 0
    .dword 0x4033553e322a0744, 0x0, 0x0, 0x13, 1
    .dword 0x43e2c41e5ca9975e, 0x0, 0x0, 0x9620f2e54cbaf000, 0
table_81: /* fcvt.d.lu fa0, a2, rmm */
    .dword 0xffffffffffffffb3, 0x0, 0x0, 0x43f0000000000000, 1
    .dword 0xc70, 0x0, 0x0, 0x40a8e00000000000, 0
    .dword 0xb, 0x0, 0x0, 0x4026000000000000, 0
    .dword 0xfa7cde0be5303c33, 0x0, 0x0, 0x43ef4f9bc17ca608, 1
    .dword 0x0, 0x0, 0x0, 0x0, 0
    .dword 0x75e, 0x0, 0x0, 0x409d780000000000, 0
    .dword 0xdc9e1f4, 0x0, 0x0, 0x41ab93c3e8000000, 0
    .dword 0x3d5216c730a46, 0x0, 0x0, 0x430ea90b63985230, 0
    .dword 0x4a9c798, 0x0, 0x0, 0x4192a71e60000000, 0
    .dword 0xfffffdcfc7e0bb2d, 0x0, 0x0, 0x43efffffb9f8fc17, 1
    .dword 0xaf, 0x0, 0x0, 0x4065e00000000000, 0
    .dword 0x509, 0x0, 0x0, 0x4094240000000000, 0
    .dword 0x6eba798853b, 0x0, 0x0, 0x429bae9e6214ec00, 0
    .dword 0xfffffc43cff1a860, 0x0, 0x0, 0x43efffff8879fe35, 1
    .dword 0xffffd020aa20ce9d, 0x0, 0x0, 0x43effffa0415441a, 1
    .dword 0x16f062ca, 0x0, 0x0, 0x41b6f062ca000000, 0
    .dword 0xffffffffe48d6ce7, 0x0, 0x0, 0x43effffffffc91ae, 1
    .dword 0xfffffffffe79780f, 0x0, 0x0, 0x43efffffffffcf2f, 1
    .dword 0xaf2f6227eb, 0x0, 0x0, 0x4265e5ec44fd6000, 0
    .dword 0x3bc4e, 0x0, 0x0, 0x410de27000000000, 0
table_82: /* fcvt.s.d fa0, fa1, rmm */
    .dword 0xbfe0834b299104b8, 0x0, 0x0, 0xffffffffbf041a59, 1
    .dword 0x478a8c4d7eeb5637, 0x0, 0x0, 0xffffffff7c54626c, 1
    .dword 0xbfb8cc1ac7963317, 0x0, 0x0, 0xffffffffbdc660d6, 1
    .dword 0xba1ffffffffffffb, 0x0, 0x0, 0xffffffff91000000, 1
    .dword 0x5bcbbd70fa6c6f85, 0x0, 0x0, 0xffffffff7f800000, 5
    .dword 0x457e6bfd210bcb7e, 0x0, 0x0, 0xffffffff6bf35fe9, 1
    .dword 0x3fe0f7affd7d204d, 0x0, 0x0, 0xffffffff3f07bd80, 1
    .dword 0xc72aab607f574317, 0x0, 0x0, 0xfffffffff9555b04, 1
    .dword 0x801f96af2844c846, 0x0, 0x0, 0xffffffff80000000, 3
    .dword 0xc205fabb5fa23923, 0x0, 0x0, 0xffffffffd02fd5db, 1
    .dword 0x7ff8000000000000, 0x0, 0x0, 0xffffffff7fc00000, 0
    .dword 0x3eeffffffffffff9, 0x0, 0x0, 0xffffffff37800000, 1
    .dword 0x8000000000000000, 0x0, 0x0, 0xffffffff80000000, 0
    .dword 0xc320000000000007, 0x0, 0x0, 0xffffffffd9000000, 1
    .dword 0xf490000000000006, 0x0, 0x0, 0xffffffffff800000, 5
    .dword 0x4037fad7090d040f, 0x0, 0x0, 0xffffffff41bfd6b8, 1
    .dword 0xc013ba531a163ee5, 0x0, 0x0, 0xffffffffc09dd299, 1
    .dword 0x3b1ad2739adf4a9d, 0x0, 0x0, 0xffffffff18d6939d, 1
    .dword 0xc01e72a58163c2c0, 0x0, 0x0, 0xffffffffc0f3952c, 1
    .dword 0xb690000000000001, 0x0, 0x0, 0xffffffff80000001, 3
