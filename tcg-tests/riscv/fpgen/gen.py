# SPDX-License-Identifier: MIT
# Writes the directed F and D tests (rv64[fd]-{arith,fma,fcvt-int,fcvt-fp,misc}.S)
# with expected values from model.py. Run: python3 -B gen.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from model import *
T = Fr(2)
RMS5 = ['rne', 'rtz', 'rdn', 'rup', 'rmm']

def box(f, b):
    return (0xffffffff00000000 | b) if f == 's' else b

def consts(f):
    F = FMT[f]; p = F['p']; emin = F['emin']; emax = F['emax']
    ulp = T ** (1 - p)
    c = {}
    B = lambda x: fbits(f, x)
    c['one'] = B(1); c['mone'] = B(-1); c['two'] = B(2); c['three'] = B(3); c['half'] = B(Fr(1, 2))
    c['onep'] = B(1 + ulp)            # 1 + ulp
    c['onem'] = B(1 - ulp / 2)        # largest below 1
    c['hulp'] = B(T ** -p)            # half an ulp of 1
    c['q3ulp'] = B(3 * T ** -(p + 1)) # 3/4 ulp of 1
    c['third'] = encode(f, Fr(1, 3), 'rne')[0]
    c['tenth'] = encode(f, Fr(1, 10), 'rne')[0]
    c['m25'] = B(Fr(-5, 2))
    c['max'] = B((2 - ulp) * T ** emax)
    c['mmax'] = c['max'] | sbit(f, 1)
    c['minn'] = B(T ** emin)
    c['mins'] = B(T ** (emin - p + 1))
    c['maxs'] = B((1 - ulp) * T ** emin)
    c['big'] = B(T ** (emax - p))     # half an ulp of max
    k = 13 if f == 's' else 28
    c['a_k'] = B(1 + T ** -k)
    c['b_k'] = B((1 - T ** -k) * T ** emin)
    c['inf'] = inf(f, 0); c['minf'] = inf(f, 1)
    c['zero'] = 0; c['mzero'] = sbit(f, 1)
    c['qnan'] = qnan(f)
    c['snan'] = (0x7fa00000 if f == 's' else 0x7ff4000000000000)
    c['nanp'] = (0x7fc12345 if f == 's' else 0x7ff8000000012345)  # payload
    return c

class Out:
    def __init__(self, name, header):
        self.name = name; self.lines = []; self.n = 0; self.header = header
    def add(self, macro, *args):
        self.n += 1
        assert self.n <= 255, self.name
        self.lines.append('    %s(%d, %s)' % (macro, self.n, ', '.join(str(a) for a in args)))
    def comment(self, text):
        self.lines.append('    /* %s */' % text)
    def write(self, path):
        with open(path, 'w') as fh:
            fh.write(self.header)
            fh.write('#include "fp-test.h"\n\nTEST_BEGIN\n    FP_ENABLE\n')
            fh.write('\n'.join(self.lines))
            fh.write('\nTEST_END\n')

def hx(v): return '0x%x' % v

def arith(f, path, title):
    c = consts(f)
    o = Out(path, title)
    sfx = '.' + f
    def r2(op, fn, rm, a, b, sub=False):
        ab, bb = box(f, c[a] if isinstance(a, str) else a), box(f, c[b] if isinstance(b, str) else b)
        av, bv = (c[a] if isinstance(a, str) else a), (c[b] if isinstance(b, str) else b)
        if fn is op_add:
            r, fl = op_add(f, av, bv, rm, sub)
        else:
            r, fl = fn(f, av, bv, rm)
        o.add('TEST_FP_R2', op + sfx, rm, hx(box(f, r)), fl, hx(ab), hx(bb))
    o.comment('fadd: ties and near-ties in every rounding mode')
    for rm in RMS5:
        r2('fadd', op_add, rm, 'one', 'hulp')
        r2('fadd', op_add, rm, 'mone', 'hulp' if False else c['hulp'] | sbit(f, 1))
        r2('fadd', op_add, rm, 'onep', 'hulp')
        r2('fadd', op_add, rm, 'one', 'q3ulp')
        r2('fadd', op_add, rm, 'max', 'max')
        r2('fadd', op_add, rm, 'max', 'big')
        r2('fadd', op_add, rm, 'mmax', c['big'] | sbit(f, 1))
    o.comment('fadd/fsub: exact results, zeros, subnormals, specials')
    r2('fadd', op_add, 'rne', 'one', 'two')
    r2('fadd', op_add, 'rne', 'minn', c['mins'] | sbit(f, 1))
    r2('fadd', op_add, 'rne', 'mins', 'mins')
    for rm in RMS5:
        r2('fsub', op_add, rm, 'one', 'one', True)
    r2('fadd', op_add, 'rne', 'zero', 'mzero')
    r2('fadd', op_add, 'rdn', 'zero', 'mzero')
    r2('fadd', op_add, 'rne', 'mzero', 'mzero')
    r2('fsub', op_add, 'rne', 'mzero', 'zero', True)
    r2('fsub', op_add, 'rup', 'zero', 'zero', True)
    r2('fadd', op_add, 'rne', 'inf', 'minf')
    r2('fsub', op_add, 'rne', 'inf', 'inf', True)
    r2('fadd', op_add, 'rne', 'inf', 'max')
    r2('fsub', op_add, 'rne', 'one', 'inf', True)
    r2('fadd', op_add, 'rne', 'qnan', 'one')
    r2('fadd', op_add, 'rne', 'one', 'snan')
    r2('fadd', op_add, 'rne', 'nanp', 'one')
    r2('fsub', op_add, 'rne', 'snan', 'qnan', True)
    r2('fsub', op_add, 'rtz', 'third', 'tenth', True)
    r2('fsub', op_add, 'rup', 'm25', 'tenth', True)
    o.comment('fmul: rounding, overflow, tininess after rounding')
    for rm in RMS5:
        r2('fmul', op_mul, rm, 'onep', 'onep')
        r2('fmul', op_mul, rm, 'third', 'three')
        r2('fmul', op_mul, rm, 'max', 'two')
        r2('fmul', op_mul, rm, 'onem', 'minn')     # tie at 2^emin: tiny, UF
        r2('fmul', op_mul, rm, 'a_k', 'b_k')       # rounds to 2^emin: not tiny in rne
        r2('fmul', op_mul, rm, 'mins', 'half')     # half the smallest subnormal
        r2('fmul', op_mul, rm, c['third'] | sbit(f, 1), 'minn')
    r2('fmul', op_mul, 'rne', 'minn', 'half')      # exact subnormal: no UF
    r2('fmul', op_mul, 'rne', 'maxs', 'two')
    r2('fmul', op_mul, 'rne', 'inf', 'zero')
    r2('fmul', op_mul, 'rne', 'mzero', 'inf')
    r2('fmul', op_mul, 'rne', 'minf', 'm25')
    r2('fmul', op_mul, 'rne', 'mzero', 'three')
    r2('fmul', op_mul, 'rne', 'snan', 'zero')
    r2('fmul', op_mul, 'rne', 'qnan', 'inf')
    o.comment('fdiv')
    for rm in RMS5:
        r2('fdiv', op_div, rm, 'one', 'three')
        r2('fdiv', op_div, rm, 'm25', 'three')
        r2('fdiv', op_div, rm, 'minn', 'three')
        r2('fdiv', op_div, rm, 'max', 'half')
        r2('fdiv', op_div, rm, 'one', 'max')
    r2('fdiv', op_div, 'rne', 'one', 'zero')
    r2('fdiv', op_div, 'rne', 'one', 'mzero')
    r2('fdiv', op_div, 'rne', 'zero', 'zero')
    r2('fdiv', op_div, 'rne', 'inf', 'minf')
    r2('fdiv', op_div, 'rne', 'minf', 'three')
    r2('fdiv', op_div, 'rne', 'three', 'minf')
    r2('fdiv', op_div, 'rne', 'mzero', 'three')
    r2('fdiv', op_div, 'rne', 'snan', 'zero')
    r2('fdiv', op_div, 'rne', 'qnan', 'zero')
    r2('fdiv', op_div, 'rne', 'inf', 'zero')
    o.comment('fsqrt')
    def r1(rm, a):
        av = c[a] if isinstance(a, str) else a
        r, fl = op_sqrt(f, av, rm)
        o.add('TEST_FP_R1', 'fsqrt' + sfx, rm, hx(box(f, r)), fl, hx(box(f, av)))
    for rm in RMS5:
        r1(rm, 'two'); r1(rm, 'three'); r1(rm, 'max'); r1(rm, 'mins'); r1(rm, 'onep')
    for a in ('half', 'zero', 'mzero', 'mone', 'inf', 'minf', 'qnan', 'snan', 'maxs', c['two'] * 0 + fbits(f, 4)):
        r1('rne', a)
    o.comment('improperly boxed or NaN-payload operands give the canonical NaN')
    if f == 's':
        o.add('TEST_FP_R2', 'fadd.s', 'rne', hx(box(f, qnan(f))), 0, '0x3f800000', hx(box(f, c['one'])))
        o.add('TEST_FP_R2', 'fmul.s', 'rne', hx(box(f, qnan(f))), 0, '0xfffffffe3f800000', hx(box(f, c['one'])))
        o.add('TEST_FP_R1', 'fsqrt.s', 'rne', hx(box(f, qnan(f))), 0, '0x000000007fa00000')
    o.comment('dynamic rounding mode from frm')
    for i, rm in enumerate(RMS5):
        r, fl = op_div(f, c['one'], c['three'], rm)
        o.n += 1
        o.lines.append('    li TESTNUM, %d; fsrmi %d; FP_LOAD(fa1, %s); FP_LOAD(fa2, %s); fsflags zero; fdiv%s fa0, fa1, fa2; FP_CHECK_F(%s, %d)'
                       % (o.n, i, hx(box(f, c['one'])), hx(box(f, c['three'])), sfx, hx(box(f, r)), fl))
    o.lines.append('    fsrmi 0')
    o.write(path)

def fma(f, path, title):
    c = consts(f)
    o = Out(path, title)
    sfx = '.' + f
    ops = [('fmadd', False, False), ('fmsub', False, True), ('fnmsub', True, False), ('fnmadd', True, True)]
    def r3(rm, a, b, cc, which=None):
        vals = [c[x] if isinstance(x, str) else x for x in (a, b, cc)]
        for name, negp, negc in ops:
            if which and name not in which:
                continue
            r, fl = op_fma(f, *vals, rm, negp, negc)
            o.add('TEST_FP_R3', name + sfx, rm, hx(box(f, r)), fl, *[hx(box(f, v)) for v in vals])
    o.comment('one rounding: the exact product survives cancellation')
    for rm in RMS5:
        r3(rm, 'third', 'three', 'mone')
        r3(rm, 'onep', 'onem', 'mone')
    r3('rne', 'onep', 'onep', 'one')
    r3('rne', 'tenth', 'three', 'third')
    for rm in RMS5:
        r3(rm, 'one', 'one', 'hulp', ['fmadd'])
        r3(rm, 'max', 'two', 'mmax', ['fmadd', 'fnmsub'])
        r3(rm, 'onem', 'minn', 'zero', ['fmadd', 'fnmadd'])
        r3(rm, 'mins', 'half', 'mzero', ['fmadd'])
        r3(rm, 'max', 'max', 'minf', ['fmadd'])
    o.comment('zeros: exact zero sums take +0, or -0 in rdn')
    for rm in ('rne', 'rdn'):
        r3(rm, 'one', 'one', 'mone', ['fmadd'])
        r3(rm, 'zero', 'three', 'mzero', ['fmadd', 'fmsub'])
        r3(rm, 'mzero', 'three', 'mzero', ['fmadd'])
    r3('rne', 'zero', 'minf', 'qnan', ['fmadd'])  # inf * 0 + qNaN: NV
    r3('rne', 'inf', 'one', 'minf', ['fmadd', 'fmsub'])
    r3('rne', 'inf', 'mzero', 'one', ['fmadd'])
    r3('rne', 'one', 'one', 'snan', ['fmadd'])
    r3('rne', 'qnan', 'one', 'one', ['fnmadd'])
    r3('rne', 'nanp', 'zero', 'one', ['fmadd'])
    r3('rne', 'three', 'max', 'inf', ['fmadd', 'fnmadd'])
    r3('rne', 'minn', 'minn', 'mins', ['fmadd', 'fmsub'])
    r3('rup', 'minn', 'minn', 'zero', ['fmadd', 'fnmadd'])
    r3('rne', 'maxs', 'onep', 'mins', ['fmadd'])
    o.write(path)

def cvt(f, path, title, path2, title2):
    c = consts(f)
    o = Out(path, title)
    sfx = '.' + f
    vals = ['zero', 'mzero', 'half', c['half'] | sbit(f, 1), fbits(f, Fr(3, 2)), fbits(f, Fr(5, 2)), 'm25',
            fbits(f, Fr(-7, 2)), 'third', fbits(f, T ** 31), fbits(f, -T ** 31), fbits(f, T ** 32),
            fbits(f, T ** 63), fbits(f, -T ** 63), fbits(f, T ** 64), 'max', 'mmax', 'inf', 'minf', 'qnan', 'snan',
            fbits(f, -1), fbits(f, -T ** 32)]
    if f == 'd':
        vals += [fbits(f, T ** 31 - 1), fbits(f, T ** 32 - 1), fbits(f, -T ** 31 - 1), fbits(f, T ** 31 - Fr(1, 2)),
                 fbits(f, T ** 53 - 1)]
    else:
        vals += [fbits(f, T ** 63 - T ** 39), fbits(f, T ** 64 - T ** 40)]
    kinds = [('w', 32, True), ('wu', 32, False), ('l', 64, True), ('lu', 64, False)]
    o.comment('float to integer: rounding, saturation, NaN and infinities')
    for v in vals:
        vb = c[v] if isinstance(v, str) else v
        for k, w, s in kinds:
            rms = RMS5 if v in ('half', 'm25') or vb in (fbits(f, Fr(3, 2)), fbits(f, Fr(5, 2)), c['half'] | sbit(f, 1)) else ['rne']
            if k in ('wu', 'lu') and v == 'third':
                rms = ['rup', 'rdn']
            for rm in rms:
                r, fl = op_toint(f, vb, rm, w, s)
                o.add('TEST_FP_TOX', 'fcvt.%s%s' % (k, sfx), rm, hx(r), fl, hx(box(f, vb)))
    o.write(path)
    o = Out(path2, title2)
    o.comment('integer to float')
    ints = [0, 1, -1, 3, (1 << 24) + 1, (1 << 24) + 3, (1 << 53) + 1, 0x7fffffff, 0x80000000, 0xffffffff,
            0x7fffffffffffffff, 0x8000000000000000, 0xffffffffffffffff, 0x123456789abcdef1 ]
    for x in ints:
        for k, w, s in kinds:
            exact = all(op_fromint(f, x, rm, w, s) == op_fromint(f, x, 'rne', w, s) for rm in RMS5)
            for rm in (['rne'] if exact else RMS5):
                r, fl = op_fromint(f, x, rm, w, s)
                if f == 'd' and k in ('w', 'wu'):
                    if rm != 'rne':
                        continue
                    o.add('TEST_FP_FROMX_N', 'fcvt.%s.%s' % (f, k), hx(box(f, r)), fl, hx(x))
                else:
                    o.add('TEST_FP_FROMX', 'fcvt.%s.%s' % (f, k), rm, hx(box(f, r)), fl, hx(x))
    if f == 'd':
        o.comment('fcvt.s.d rounds, fcvt.d.s is exact; NaNs become canonical')
        cs = consts('s')
        dv = [fbits('d', 1), encode('d', Fr(1, 3), 'rne')[0], fbits('d', T ** 200), fbits('d', -T ** 200),
              fbits('d', T ** -149), fbits('d', T ** -150), fbits('d', T ** -151), fbits('d', T ** -126 * (1 - T ** -24)),
              fbits('d', T ** -126 * (1 - T ** -26)), fbits('d', (2 - T ** -23) * T ** 127), 
              fbits('d', (2 - T ** -24) * T ** 127), 0, sbit('d', 1), inf('d', 1), qnan('d'), 0x7ff0000000000001,
              0xfff8000000000123, fbits('d', 1 + T ** -24), fbits('d', 1 + T ** -24 + T ** -40)]
        for v in dv:
            for rm in RMS5:
                r, fl = op_cvt('s', 'd', v, rm)
                o.add('TEST_FP_R1', 'fcvt.s.d', rm, hx(box('s', r)), fl, hx(v))
        sv = [cs['one'], cs['third'], cs['mins'], cs['maxs'], cs['max'], cs['minf'], cs['mzero'], cs['qnan'], cs['snan'], cs['nanp']]
        for v in sv:
            r, fl = op_cvt('d', 's', v, 'rne')
            o.add('TEST_FP_N1', 'fcvt.d.s', hx(r), fl, hx(box('s', v)))
        o.add('TEST_FP_N1', 'fcvt.d.s', hx(qnan('d')), 0, '0x000000003f800000')
    o.write(path2)

def misc(f, path, title):
    c = consts(f)
    o = Out(path, title)
    sfx = '.' + f
    sb = sbit(f, 1)
    o.comment('sign injection (an improperly boxed single reads as the canonical NaN)')
    pairs = [('one', 'mone'), ('mone', 'one'), ('m25', 'm25'), ('qnan', 'minf'), ('snan', 'one'), ('mzero', 'zero')]
    for a, b in pairs:
        av, bv = c[a], c[b]
        mag = av & (sb - 1)
        o.add('TEST_FP_N2', 'fsgnj' + sfx, hx(box(f, mag | (bv & sb))), 0, hx(box(f, av)), hx(box(f, bv)))
        o.add('TEST_FP_N2', 'fsgnjn' + sfx, hx(box(f, mag | (~bv & sb))), 0, hx(box(f, av)), hx(box(f, bv)))
        o.add('TEST_FP_N2', 'fsgnjx' + sfx, hx(box(f, mag | ((av ^ bv) & sb))), 0, hx(box(f, av)), hx(box(f, bv)))
    if f == 's':
        o.add('TEST_FP_N2', 'fsgnj.s', hx(box(f, qnan(f))), 0, '0x00000000bf800000', hx(box(f, c['one'])))
        o.add('TEST_FP_N2', 'fsgnjn.s', hx(box(f, qnan(f) | sb)), 0, '0x7fffffffbf800000', hx(box(f, c['one'])))
        o.add('TEST_FP_N2', 'fsgnjx.s', hx(box(f, c['one'])), 0, hx(box(f, c['one'])), '0x3f800000')
    o.comment('fmin/fmax: -0 < +0, one NaN gives the other operand, sNaN raises NV')
    def mm(a, b):
        A, B = decode(f, a), decode(f, b)
        fl = NV if issnan(A) or issnan(B) else 0
        if isnan(A) and isnan(B): return qnan(f), qnan(f), fl
        if isnan(A): return b, b, fl
        if isnan(B): return a, a, fl
        if A[0] == 'zero' and B[0] == 'zero':
            return (a if A[1] else b), (b if A[1] else a), fl
        va = 0 if A[0] == 'zero' else (A[1] if A[0] == 'num' else (-(Fr(10)**400) if A[1] else Fr(10)**400))
        vb = 0 if B[0] == 'zero' else (B[1] if B[0] == 'num' else (-(Fr(10)**400) if B[1] else Fr(10)**400))
        return (a, b, fl) if va <= vb else (b, a, fl)
    pairs = [('one', 'two'), ('two', 'one'), ('mone', 'one'), ('zero', 'mzero'), ('mzero', 'zero'), ('qnan', 'one'),
             ('one', 'qnan'), ('snan', 'one'), ('mone', 'snan'), ('qnan', 'qnan'), ('snan', 'qnan'), ('minf', 'mmax'),
             ('inf', 'max'), ('mins', 'mzero'), ('nanp', 'm25')]
    for a, b in pairs:
        lo, hi, fl = mm(c[a], c[b])
        o.add('TEST_FP_N2', 'fmin' + sfx, hx(box(f, lo)), fl, hx(box(f, c[a])), hx(box(f, c[b])))
        o.add('TEST_FP_N2', 'fmax' + sfx, hx(box(f, hi)), fl, hx(box(f, c[a])), hx(box(f, c[b])))
    o.comment('feq is quiet (NV for sNaN only); flt and fle signal on any NaN')
    def cmpv(x):
        X = decode(f, x)
        if X[0] == 'zero': return Fr(0)
        if X[0] == 'inf': return -(Fr(10)**400) if X[1] else Fr(10)**400
        return X[1]
    pairs = [('one', 'one'), ('one', 'two'), ('two', 'one'), ('zero', 'mzero'), ('mone', 'mins'), ('minf', 'mmax'),
             ('qnan', 'one'), ('one', 'snan'), ('qnan', 'qnan'), ('inf', 'inf')]
    for a, b in pairs:
        A, B = decode(f, c[a]), decode(f, c[b])
        anynan = isnan(A) or isnan(B); anys = issnan(A) or issnan(B)
        for op in ('feq', 'flt', 'fle'):
            if anynan:
                r = 0; fl = NV if (anys or op != 'feq') else 0
            else:
                va, vb = cmpv(c[a]), cmpv(c[b])
                r = int({'feq': va == vb, 'flt': va < vb, 'fle': va <= vb}[op]); fl = 0
            o.add('TEST_FP_CMP', op + sfx, r, fl, hx(box(f, c[a])), hx(box(f, c[b])))
    if f == 's':
        o.add('TEST_FP_CMP', 'feq.s', 0, 0, '0x3f800000', hx(box(f, c['one'])))
        o.add('TEST_FP_CMP', 'fle.s', 0, NV, '0x3f800000', hx(box(f, c['one'])))
    o.comment('fclass: the ten classes')
    for v, k in (('minf', 0), ('mone', 1), (c['mins'] | sb, 2), ('mzero', 3), ('zero', 4), ('mins', 5),
                 ('one', 6), ('inf', 7), ('snan', 8), ('qnan', 9), ('nanp', 9), ('maxs', 5), ('max', 6)):
        vb = c[v] if isinstance(v, str) else v
        o.add('TEST_FP_CLASS', 'fclass' + sfx, hx(1 << k), hx(box(f, vb)))
    if f == 's':
        o.add('TEST_FP_CLASS', 'fclass.s', hx(1 << 9), '0x00000000ff800000')
    o.write(path)

HDR = '''/* SPDX-License-Identifier: MIT */
/*
 * %s
 * Generated by fpgen/gen.py. Expected values come from the exact rational
 * model of IEEE 754 in fpgen/model.py (tininess after rounding), and
 * qemu-system-riscv64 7.2 (-M spike) agrees on every case.
 */
'''
d = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..') + '/'
arith('s', d + 'rv64f-arith.S', HDR % 'rv64f-arith.S: fadd/fsub/fmul/fdiv/fsqrt.s in every rounding mode:\n * ties, overflow, underflow at the tininess boundary, zeros, NaNs.')
arith('d', d + 'rv64d-arith.S', HDR % 'rv64d-arith.S: fadd/fsub/fmul/fdiv/fsqrt.d in every rounding mode:\n * ties, overflow, underflow at the tininess boundary, zeros, NaNs.')
fma('s', d + 'rv64f-fma.S', HDR % 'rv64f-fma.S: fmadd/fmsub/fnmsub/fnmadd.s with one rounding.')
fma('d', d + 'rv64d-fma.S', HDR % 'rv64d-fma.S: fmadd/fmsub/fnmsub/fnmadd.d with one rounding.')
cvt('s', d + 'rv64f-fcvt-int.S', HDR % 'rv64f-fcvt-int.S: fcvt.{w,wu,l,lu}.s: rounding, saturation with NV,\n * NX for inexact in-range results, sign-extended 32-bit results.',
    d + 'rv64f-fcvt-fp.S', HDR % 'rv64f-fcvt-fp.S: fcvt.s.{w,wu,l,lu} in every rounding mode.')
cvt('d', d + 'rv64d-fcvt-int.S', HDR % 'rv64d-fcvt-int.S: fcvt.{w,wu,l,lu}.d: rounding, saturation with NV,\n * NX for inexact in-range results, sign-extended 32-bit results.',
    d + 'rv64d-fcvt-fp.S', HDR % 'rv64d-fcvt-fp.S: fcvt.d.{w,wu,l,lu}, and fcvt.s.d (rounding, overflow,\n * underflow at the tininess boundary) and fcvt.d.s (exact); NaNs become canonical.')
misc('s', d + 'rv64f-misc.S', HDR % 'rv64f-misc.S: fsgnj/fsgnjn/fsgnjx, fmin/fmax, feq/flt/fle and fclass\n * on single values, NaN boxing of their operands.')
misc('d', d + 'rv64d-misc.S', HDR % 'rv64d-misc.S: fsgnj/fsgnjn/fsgnjx, fmin/fmax, feq/flt/fle and fclass\n * on double values.')
