# SPDX-License-Identifier: MIT
# Writes rv64f-random.S and rv64d-random.S (tables of random operands per
# instruction and rounding mode) with expected values from model.py.
import os, sys, random
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from model import *
T = Fr(2)
RMS5 = ['rne', 'rtz', 'rdn', 'rup', 'rmm']

def box(f, b):
    return (0xffffffff00000000 | b) if f == 's' else b

def rnd_val(f, rng):
    F = FMT[f]; p = F['p']; eb = F['eb']; bias = F['emax']
    r = rng.random()
    s = rng.getrandbits(1)
    if r < 0.05:
        return rng.choice([0, inf(f, 0), qnan(f), (0x7fa00000 if f == 's' else 0x7ff4000000000000)]) | sbit(f, s)
    if r < 0.25:
        e = rng.randint(0, 3)              # subnormal / lowest normals
    elif r < 0.40:
        e = rng.randint((1 << eb) - 5, (1 << eb) - 2)
    elif r < 0.75:
        e = bias + rng.randint(-4, 4)
    else:
        e = rng.randint(1, (1 << eb) - 2)
    m = rng.getrandbits(p - 1)
    k = rng.random()
    if k < 0.15:
        m = (1 << (p - 1)) - 1 - rng.getrandbits(3)
    elif k < 0.3:
        m = rng.getrandbits(4)
    return sbit(f, s) | (e << (p - 1)) | m

def near_neg(f, x, rng):
    # a value close to -x: for cancellation
    if decode(f, x)[0] != 'num':
        return x ^ sbit(f, 1)
    d = rng.randint(-3, 3)
    return (x ^ sbit(f, 1)) + d if (x & ((1 << (FMT[f]['w'] - 1)) - 1)) > 4 else x ^ sbit(f, 1)

def gen(f, path, seed, n):
    rng = random.Random(seed)
    sfx = '.' + f
    groups = []
    fmas = [('fmadd', False, False), ('fmsub', False, True), ('fnmsub', True, False), ('fnmadd', True, True)]
    for rm in RMS5:
        for op in ('fadd', 'fsub', 'fmul', 'fdiv', 'fsqrt') + tuple(x[0] for x in fmas):
            vecs = []
            for i in range(n):
                a, b, c = rnd_val(f, rng), rnd_val(f, rng), rnd_val(f, rng)
                if op in ('fadd', 'fsub') and i % 3 == 0:
                    b = near_neg(f, a, rng) ^ (sbit(f, 1) if op == 'fsub' else 0)
                if op == 'fadd': r = op_add(f, a, b, rm)
                elif op == 'fsub': r = op_add(f, a, b, rm, True)
                elif op == 'fmul': r = op_mul(f, a, b, rm)
                elif op == 'fdiv': r = op_div(f, a, b, rm)
                elif op == 'fsqrt': r = op_sqrt(f, a & ~sbit(f, 1) if i % 4 else a, rm); a = a & ~sbit(f, 1) if i % 4 else a
                else:
                    _, negp, negc = [x for x in fmas if x[0] == op][0]
                    if i % 3 == 0:
                        pr = op_mul(f, a, b, 'rne')[0]
                        c = near_neg(f, pr, rng) ^ (sbit(f, 1) if negp != negc else 0)
                        if negp: c ^= 0  # keep
                    r = op_fma(f, a, b, c, rm, negp, negc)
                vecs.append((box(f, a), box(f, b), box(f, c), box(f, r[0]), r[1]))
            if op == 'fsqrt':
                insn = '%s%s fa0, fa1, %s' % (op, sfx, rm)
            elif op in ('fmadd', 'fmsub', 'fnmsub', 'fnmadd'):
                insn = '%s%s fa0, fa1, fa2, fa3, %s' % (op, sfx, rm)
            else:
                insn = '%s%s fa0, fa1, fa2, %s' % (op, sfx, rm)
            groups.append((insn, 'f', vecs))
        for k, w, s in (('w', 32, True), ('wu', 32, False), ('l', 64, True), ('lu', 64, False)):
            vecs = []
            for i in range(n):
                a = rnd_val(f, rng)
                if i % 2:
                    # values in integer range
                    v = Fr(rng.randint(-(1 << (w - 1)) if s else -3, (1 << w) + 3)) + Fr(rng.randint(0, 7), 8)
                    try:
                        a = encode(f, v, 'rne')[0] if v != 0 else 0
                    except Exception:
                        a = 0
                r = op_toint(f, a, rm, w, s)
                vecs.append((box(f, a), 0, 0, r[0], r[1]))
            groups.append(('fcvt.%s%s a0, fa1, %s' % (k, sfx, rm), 'x', vecs))
            vecs = []
            for i in range(n):
                x = rng.getrandbits(64) >> rng.randint(0, 63)
                if rng.random() < 0.5: x = (-x) & ((1 << 64) - 1)
                r = op_fromint(f, x, rm, w, s)
                vecs.append((x, 0, 0, box(f, r[0]), r[1]))
            if f == 'd' and k in ('w', 'wu'):
                if rm != 'rne': continue
                groups.append(('fcvt.%s.%s fa0, a2' % (f, k), 'i', vecs))
            else:
                groups.append(('fcvt.%s.%s fa0, a2, %s' % (f, k, rm), 'i', vecs))
        if f == 'd':
            vecs = []
            for i in range(n):
                a = rnd_val('d', rng)
                if i % 2:
                    e = rng.randint(1023 - 160, 1023 + 130)
                    a = (a & ~(((1 << 11) - 1) << 52)) | (e << 52)
                r = op_cvt('s', 'd', a, rm)
                vecs.append((a, 0, 0, box('s', r[0]), r[1]))
            groups.append(('fcvt.s.d fa0, fa1, %s' % rm, 'f', vecs))
    assert len(groups) < 255
    with open(path, 'w') as fh:
        fh.write('''/* SPDX-License-Identifier: MIT */
/*
 * %s: %d random operand sets (seed %d) per
 * instruction and rounding mode, biased toward subnormals, the overflow
 * edge, cancellation and specials; case N is the Nth (instruction, mode)
 * table. Generated by fpgen/genrand.py. Expected values come from the
 * exact rational model of IEEE 754 in fpgen/model.py, and
 * qemu-system-riscv64 7.2 (-M spike) agrees on every one.
 */
#include "fp-test.h"

/* Runs insn over table: {a, b, c, result, fflags} records; kind f: fa0
 * = insn(fa1, fa2, fa3); x: a0 = insn(fa1); i: fa0 = insn(a2). */
#define RUN_TABLE(n, table, count, kind, ...)                                \\
    li TESTNUM, n; la s0, table; li s1, count;                              \\
1:  ld t0, 0(s0); fmv.d.x fa1, t0; mv a2, t0; ld t0, 8(s0); fmv.d.x fa2, t0; \\
    ld t0, 16(s0); fmv.d.x fa3, t0; fsflags zero; __VA_ARGS__;              \\
    RESULT_##kind; frflags a1; ld t0, 24(s0); bne a0, t0, rv_fail;           \\
    ld t0, 32(s0); bne a1, t0, rv_fail; addi s0, s0, 40; addi s1, s1, -1;   \\
    bnez s1, 1b
#define RESULT_f fmv.x.d a0, fa0
#define RESULT_i fmv.x.d a0, fa0
#define RESULT_x

TEST_BEGIN
    FP_ENABLE
''' % (path.split('/')[-1], n, seed))
        for g, (insn, kind, vecs) in enumerate(groups):
            fh.write('    RUN_TABLE(%d, table_%d, %d, %s, %s)\n' % (g + 1, g + 1, len(vecs), kind, insn))
        fh.write('TEST_END\n\n    .section .rodata\n    .balign 8\n')
        for g, (insn, kind, vecs) in enumerate(groups):
            fh.write('table_%d: /* %s */\n' % (g + 1, insn))
            for v in vecs:
                fh.write('    .dword 0x%x, 0x%x, 0x%x, 0x%x, %d\n' % v)
d = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..') + '/'
gen('s', d + 'rv64f-random.S', 1, 20)
gen('d', d + 'rv64d-random.S', 2, 20)
