# SPDX-License-Identifier: MIT
# Exact IEEE 754 model (Python fractions) for the F and D tests: decode,
# round with tininess after rounding, and the operations with their
# special cases. Used by gen.py and genrand.py to compute expected values.
from fractions import Fraction as Fr
from math import isqrt
FMT = {'s': dict(p=24, eb=8, emin=-126, emax=127, w=32, qnan=0x7fc00000),
       'd': dict(p=53, eb=11, emin=-1022, emax=1023, w=64, qnan=0x7ff8000000000000)}
NX, UF, OF, DZ, NV = 1, 2, 4, 8, 16
RMS = {'rne': 0, 'rtz': 1, 'rdn': 2, 'rup': 3, 'rmm': 4}

def decode(f, bits):
    F = FMT[f]; p = F['p']; eb = F['eb']
    sign = (bits >> (F['w'] - 1)) & 1
    e = (bits >> (p - 1)) & ((1 << eb) - 1)
    m = bits & ((1 << (p - 1)) - 1)
    if e == (1 << eb) - 1:
        return ('inf', sign) if m == 0 else ('nan', (m >> (p - 2)) & 1 == 0)
    if e == 0:
        v = Fr(m) * Fr(2) ** (F['emin'] - p + 1)
    else:
        v = Fr(m | (1 << (p - 1))) * Fr(2) ** (e - F['emax'] - p + 1)
    if v == 0:
        return ('zero', sign)
    return ('num', -v if sign else v)

def rint(q, sign, rm):
    fl = q.numerator // q.denominator
    r = q - fl
    if r == 0:
        return fl, False
    up = {'rne': r > Fr(1, 2) or (r == Fr(1, 2) and fl % 2 == 1),
          'rtz': False, 'rdn': sign, 'rup': not sign,
          'rmm': r >= Fr(1, 2)}[rm]
    return fl + (1 if up else 0), True

def ilog2(a):
    e = a.numerator.bit_length() - a.denominator.bit_length()
    while Fr(2) ** e > a:
        e -= 1
    while Fr(2) ** (e + 1) <= a:
        e += 1
    return e

def encode(f, x, rm):
    """x nonzero Fraction -> (bits, flags)"""
    F = FMT[f]; p = F['p']; emin = F['emin']; emax = F['emax']
    sign = x < 0; a = -x if sign else x
    sb = (1 << (F['w'] - 1)) if sign else 0
    e = ilog2(a)
    m, ix = rint(a / Fr(2) ** (e - p + 1), sign, rm)
    eu = e
    if m == 1 << p:
        m >>= 1; eu += 1
    if eu >= emin:
        if eu > emax:
            inf = rm in ('rne', 'rmm') or (rm == 'rup' and not sign) or (rm == 'rdn' and sign)
            bits = ((((1 << F['eb']) - 1) << (p - 1)) if inf else ((((1 << F['eb']) - 2) << (p - 1)) | ((1 << (p - 1)) - 1)))
            return sb | bits, OF | NX
        return sb | ((eu + emax) << (p - 1)) | (m - (1 << (p - 1))), (NX if ix else 0)
    tiny = True
    m, ix = rint(a / Fr(2) ** (emin - p + 1), sign, rm)
    return sb | m, ((NX | UF) if ix else 0)

def fsqrt_num(a, p):
    # round-to-odd approximation of sqrt(a) with many extra bits
    t = 2 * p + 10 - ilog2(a) // 2
    N = a * Fr(4) ** t
    k = isqrt(N.numerator // N.denominator)
    sticky = 0 if (k * k == N) else 1
    return Fr(2 * k + sticky) / Fr(2) ** (t + 1)

def fbits(f, x):
    """exact Fraction (representable) -> bits"""
    b, fl = encode(f, Fr(x), 'rne')
    assert fl == 0, (f, x)
    return b

def qnan(f):
    return FMT[f]['qnan']

def sbit(f, s):
    return (1 << (FMT[f]['w'] - 1)) if s else 0

def inf(f, s):
    F = FMT[f]
    return sbit(f, s) | (((1 << F['eb']) - 1) << (F['p'] - 1))

def isnan(d): return d[0] == 'nan'
def issnan(d): return d[0] == 'nan' and d[1]
def sgn(d):
    if d[0] in ('inf', 'zero'): return d[1]
    return 1 if d[1] < 0 else 0

def res(f, x, rm):
    if x == 0:
        raise ValueError
    return encode(f, x, rm)

def op_fma(f, a, b, c, rm, negp=False, negc=False):
    A, B, C = decode(f, a), decode(f, b), decode(f, c)
    infzero = (A[0] == 'inf' and B[0] == 'zero') or (A[0] == 'zero' and B[0] == 'inf')
    if isnan(A) or isnan(B) or isnan(C) or infzero:
        return qnan(f), (NV if (issnan(A) or issnan(B) or issnan(C) or infzero) else 0)
    sp = sgn(A) ^ sgn(B) ^ negp; sc = sgn(C) ^ negc
    if A[0] == 'inf' or B[0] == 'inf':
        if C[0] == 'inf' and sc != sp: return qnan(f), NV
        return inf(f, sp), 0
    if C[0] == 'inf': return inf(f, sc), 0
    pv = Fr(0) if (A[0] == 'zero' or B[0] == 'zero') else A[1] * B[1] * (-1 if negp else 1)
    cv = Fr(0) if C[0] == 'zero' else C[1] * (-1 if negc else 1)
    if pv == 0 and cv == 0:
        return sbit(f, sp if sp == sc else rm == 'rdn'), 0
    s = pv + cv
    if s == 0:
        return sbit(f, rm == 'rdn'), 0
    return encode(f, s, rm)

def op_add(f, a, b, rm, sub=False):
    A, B = decode(f, a), decode(f, b)
    if isnan(A) or isnan(B):
        return qnan(f), (NV if issnan(A) or issnan(B) else 0)
    one = fbits(f, 1)
    return op_fma(f, a, one, b, rm, False, sub)

def op_mul(f, a, b, rm):
    A, B = decode(f, a), decode(f, b)
    if isnan(A) or isnan(B) or ((A[0] == 'inf' and B[0] == 'zero') or (A[0] == 'zero' and B[0] == 'inf')):
        return qnan(f), (NV if issnan(A) or issnan(B) or not (isnan(A) or isnan(B)) else 0)
    s = sgn(A) ^ sgn(B)
    if A[0] == 'inf' or B[0] == 'inf': return inf(f, s), 0
    if A[0] == 'zero' or B[0] == 'zero': return sbit(f, s), 0
    return encode(f, A[1] * B[1], rm)

def op_div(f, a, b, rm):
    A, B = decode(f, a), decode(f, b)
    if isnan(A) or isnan(B):
        return qnan(f), (NV if issnan(A) or issnan(B) else 0)
    s = sgn(A) ^ sgn(B)
    if (A[0] == 'inf' and B[0] == 'inf') or (A[0] == 'zero' and B[0] == 'zero'):
        return qnan(f), NV
    if A[0] == 'inf': return inf(f, s), 0
    if B[0] == 'inf' or A[0] == 'zero': return sbit(f, s), 0
    if B[0] == 'zero': return inf(f, s), DZ
    return encode(f, A[1] / B[1], rm)

def op_sqrt(f, a, rm):
    A = decode(f, a)
    if isnan(A): return qnan(f), (NV if issnan(A) else 0)
    if A[0] == 'zero': return sbit(f, A[1]), 0
    if sgn(A): return qnan(f), NV
    if A[0] == 'inf': return inf(f, 0), 0
    return encode(f, fsqrt_num(A[1], FMT[f]['p']), rm)

def op_toint(f, a, rm, width, signed):
    A = decode(f, a)
    mx = (1 << (width - 1)) - 1 if signed else (1 << width) - 1
    mn = -(1 << (width - 1)) if signed else 0
    if isnan(A): r, fl = mx, NV
    elif A[0] == 'inf': r, fl = (mn if A[1] else mx), NV
    elif A[0] == 'zero': r, fl = 0, 0
    else:
        v = A[1]; s = v < 0
        k, ix = rint(abs(v), s, rm)
        k = -k if s else k
        if k < mn or k > mx: r, fl = (mn if s else mx), NV
        else: r, fl = k, (NX if ix else 0)
    r &= (1 << width) - 1
    if width == 32 and r & 0x80000000: r |= 0xffffffff00000000
    return r, fl

def op_fromint(f, x, rm, width, signed):
    x &= (1 << width) - 1
    if signed and x >> (width - 1): x -= 1 << width
    if x == 0: return 0, 0
    return encode(f, Fr(x), rm)

def op_cvt(ft, ff, a, rm):
    A = decode(ff, a)
    if isnan(A): return qnan(ft), (NV if issnan(A) else 0)
    if A[0] == 'inf': return inf(ft, A[1]), 0
    if A[0] == 'zero': return sbit(ft, A[1]), 0
    return encode(ft, A[1], rm)
