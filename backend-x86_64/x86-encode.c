/* SPDX-License-Identifier: MIT */
/*
 * x86-64 instruction encoder. Every instruction goes through x86_op(), the
 * one place that knows legacy prefixes, REX, VEX, opcode maps, ModRM, SIB
 * and displacements; the public functions only pick opcodes and append
 * immediates. Encodings follow the Intel SDM vol. 2 chapter 2 rules and are
 * pinned byte-for-byte by tests/test-x86-encode.c.
 *
 * Every public emitter first checks for X86_RESERVE free bytes (no x86-64
 * instruction is longer than 15), so the writes after the check need none.
 */
#include <string.h>

#include "backend-x86_64/x86-encode.h"

/* Encoding flags for x86_op(). */
enum {
    X86_F_W = 1u << 0,     /* REX.W / VEX.W: 64-bit operand size */
    X86_F_66 = 1u << 1,    /* 66 prefix (VEX.pp = 01) */
    X86_F_F3 = 1u << 2,    /* F3 prefix (VEX.pp = 10) */
    X86_F_F2 = 1u << 3,    /* F2 prefix (VEX.pp = 11) */
    X86_F_LOCK = 1u << 4,  /* F0 prefix */
    X86_F_0F = 1u << 5,    /* opcode map 0F */
    X86_F_0F38 = 1u << 6,  /* opcode map 0F 38 */
    X86_F_BREG = 1u << 7,  /* ModRM.reg is a byte register */
    X86_F_BRM = 1u << 8,   /* ModRM.rm is a byte register */
    X86_F_PLUSR = 1u << 9, /* register in the opcode's low 3 bits, no ModRM */
    X86_F_VEX = 1u << 10,  /* VEX-encoded; VEX.vvvv from X86_F_VVVV() */
};
#define X86_F_VVVV(r) ((unsigned)(r) << 16)

/* Internal base for rip-relative operands; never visible in the API. */
#define X86_RIP ((X86Reg)-2)

#define REX_W 8
#define REX_R 4
#define REX_X 2
#define REX_B 1

static bool x86_room(X86Buf *b, size_t n)
{
    if (b->overflow) {
        return false;
    }
    if ((size_t)(b->end - b->p) < n) {
        b->overflow = true;
        return false;
    }
    return true;
}

static void x86_byte(X86Buf *b, unsigned v)
{
    assert(b->p < b->end);
    *b->p++ = (uint8_t)v;
}

static void x86_put32(uint8_t *p, uint32_t v)
{
    for (int i = 0; i < 4; i++) {
        p[i] = (uint8_t)(v >> (8 * i));
    }
}

static void x86_imm8(X86Buf *b, int32_t v)
{
    x86_byte(b, (uint8_t)v);
}

static void x86_imm16(X86Buf *b, int32_t v)
{
    x86_byte(b, (uint8_t)v);
    x86_byte(b, (uint8_t)(v >> 8));
}

static void x86_imm32(X86Buf *b, uint32_t v)
{
    assert(b->end - b->p >= 4);
    x86_put32(b->p, v);
    b->p += 4;
}

static void x86_imm64(X86Buf *b, uint64_t v)
{
    x86_imm32(b, (uint32_t)v);
    x86_imm32(b, (uint32_t)(v >> 32));
}

static bool x86_fits8(int64_t v)
{
    return v >= INT8_MIN && v <= INT8_MAX;
}

static unsigned x86_w(bool w64)
{
    return w64 ? X86_F_W : 0;
}

/*
 * ModRM, SIB and displacement for a memory operand. RSP/R12 as base need a
 * SIB byte (rm=100 means "SIB follows"); RBP/R13 with mod=00 mean rip/disp32
 * instead, so they take a zero disp8; no base is SIB base=101 with disp32.
 */
static void x86_modrm_mem(X86Buf *b, int reg, const X86Mem *m)
{
    int mod;
    bool sib;

    reg &= 7;
    if (m->base == X86_RIP) {
        x86_byte(b, (unsigned)(reg << 3) | 5);
        x86_imm32(b, (uint32_t)m->disp);
        return;
    }
    assert(m->base != X86_NOREG || m->index != X86_NOREG);
    assert(m->index != X86_RSP);

    sib = m->index != X86_NOREG || m->base == X86_NOREG ||
          (m->base & 7) == X86_RSP;
    if (m->base == X86_NOREG) {
        mod = 0;
    } else if (m->disp == 0 && (m->base & 7) != X86_RBP) {
        mod = 0;
    } else if (x86_fits8(m->disp)) {
        mod = 1;
    } else {
        mod = 2;
    }

    if (!sib) {
        x86_byte(b, (unsigned)((mod << 6) | (reg << 3) | (m->base & 7)));
    } else {
        /* SIB.ss is log2(scale); index=100 is "none" (RSP can't index). */
        static const int8_t ss_of[9] = { -1, 0, 1, -1, 2, -1, -1, -1, 3 };
        int ss = 0, idx = 4, base = 5;

        if (m->index != X86_NOREG) {
            assert(m->scale <= 8 && ss_of[m->scale] >= 0);
            ss = ss_of[m->scale];
            idx = m->index & 7;
        }
        if (m->base != X86_NOREG) {
            base = m->base & 7;
        }
        x86_byte(b, (unsigned)((mod << 6) | (reg << 3) | 4));
        x86_byte(b, (unsigned)((ss << 6) | (idx << 3) | base));
    }

    if (mod == 1) {
        x86_imm8(b, m->disp);
    } else if (mod == 2 || m->base == X86_NOREG) {
        x86_imm32(b, (uint32_t)m->disp);
    }
}

/*
 * The one encoder: prefixes, REX or VEX, opcode map, opcode, then the r/m
 * operand. `reg` is a register or a /digit opcode extension. The r/m
 * operand is memory when m is non-NULL, else register rm; with rm ==
 * X86_NOREG (and no m) the instruction has no ModRM at all.
 */
static void x86_op(X86Buf *b, unsigned flags, uint8_t opc, int reg, X86Reg rm,
                   const X86Mem *m)
{
    unsigned rex = 0;
    bool need_rex = false;

    assert(reg >= 0 && reg < 16);
    assert(rm >= X86_NOREG && rm < 16);

    if (flags & X86_F_W) {
        rex |= REX_W;
    }
    if (reg & 8) {
        rex |= REX_R;
    }
    if (m != NULL) {
        if (m->index != X86_NOREG && (m->index & 8)) {
            rex |= REX_X;
        }
        if (m->base >= 0 && (m->base & 8)) {
            rex |= REX_B;
        }
    } else if (rm != X86_NOREG && (rm & 8)) {
        rex |= REX_B;
    }
    /* Without REX, byte registers 4-7 are AH..BH; with it, SPL..DIL. */
    if ((flags & X86_F_BREG) && reg >= 4 && reg < 8) {
        need_rex = true;
    }
    if ((flags & X86_F_BRM) && m == NULL && rm >= 4 && rm < 8) {
        need_rex = true;
    }

    if (flags & X86_F_VEX) {
        unsigned vvvv = (flags >> 16) & 15;
        unsigned pp = (flags & X86_F_66)   ? 1
                      : (flags & X86_F_F3) ? 2
                      : (flags & X86_F_F2) ? 3
                                           : 0;
        unsigned map = (flags & X86_F_0F38) ? 2 : 1;

        /* Three-byte VEX: R, X, B and vvvv are stored inverted. */
        x86_byte(b, 0xC4);
        x86_byte(b, ((rex & REX_R) ? 0 : 0x80) | ((rex & REX_X) ? 0 : 0x40) |
                        ((rex & REX_B) ? 0 : 0x20) | map);
        x86_byte(b, ((rex & REX_W) ? 0x80 : 0) | ((~vvvv & 15) << 3) | pp);
    } else {
        /*
         * Legacy prefixes in GNU as order (66, F0, then F3/F2, which are
         * mandatory prefixes here); REX must directly precede the opcode.
         */
        if (flags & X86_F_66) {
            x86_byte(b, 0x66);
        }
        if (flags & X86_F_LOCK) {
            x86_byte(b, 0xF0);
        }
        if (flags & X86_F_F3) {
            x86_byte(b, 0xF3);
        }
        if (flags & X86_F_F2) {
            x86_byte(b, 0xF2);
        }
        if (rex != 0 || need_rex) {
            x86_byte(b, 0x40 | rex);
        }
        if (flags & (X86_F_0F | X86_F_0F38)) {
            x86_byte(b, 0x0F);
        }
        if (flags & X86_F_0F38) {
            x86_byte(b, 0x38);
        }
    }

    if (flags & X86_F_PLUSR) {
        assert(m == NULL && rm != X86_NOREG);
        x86_byte(b, opc + (rm & 7));
        return;
    }
    x86_byte(b, opc);
    if (m != NULL) {
        x86_modrm_mem(b, reg, m);
    } else if (rm != X86_NOREG) {
        x86_byte(b, 0xC0 | (unsigned)((reg & 7) << 3) | (rm & 7));
    }
}

/* Register-direct r/m operand, or no ModRM when rm is X86_NOREG. */
static void x86_op_r(X86Buf *b, unsigned flags, uint8_t opc, int reg, X86Reg rm)
{
    x86_op(b, flags, opc, reg, rm, NULL);
}

static void x86_op_m(X86Buf *b, unsigned flags, uint8_t opc, int reg, X86Mem m)
{
    x86_op(b, flags, opc, reg, X86_NOREG, &m);
}

/*
 * Flags and opcode for a sized "w-bit" form: opc is the full-size opcode,
 * the byte form is opc - 1 (88/89, 86/87, B0/B1, C0/C1, C6/C7).
 */
static unsigned x86_sized(unsigned size, uint8_t *opc)
{
    switch (size) {
    case 1:
        *opc -= 1;
        return X86_F_BREG;
    case 2:
        return X86_F_66;
    case 4:
        return 0;
    case 8:
        return X86_F_W;
    default:
        assert(false && "x86: access size must be 1, 2, 4 or 8");
        return 0;
    }
}

/* ---- ALU ---- */

void x86_alu_rr(X86Buf *b, bool w64, X86AluOp op, X86Reg dst, X86Reg src)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    x86_op_r(b, x86_w(w64), (uint8_t)((op << 3) | 1), src, dst);
}

void x86_alu_ri(X86Buf *b, bool w64, X86AluOp op, X86Reg dst, int32_t imm)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    if (x86_fits8(imm)) {
        x86_op_r(b, x86_w(w64), 0x83, op, dst);
        x86_imm8(b, imm);
    } else if (dst == X86_RAX) {
        x86_op_r(b, x86_w(w64), (uint8_t)((op << 3) | 5), 0, X86_NOREG);
        x86_imm32(b, (uint32_t)imm);
    } else {
        x86_op_r(b, x86_w(w64), 0x81, op, dst);
        x86_imm32(b, (uint32_t)imm);
    }
}

void x86_alu_rm(X86Buf *b, bool w64, X86AluOp op, X86Reg dst, X86Mem m)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    x86_op_m(b, x86_w(w64), (uint8_t)((op << 3) | 3), dst, m);
}

void x86_alu_mr(X86Buf *b, bool w64, X86AluOp op, X86Mem m, X86Reg src)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    x86_op_m(b, x86_w(w64), (uint8_t)((op << 3) | 1), src, m);
}

void x86_alu_mi(X86Buf *b, bool w64, X86AluOp op, X86Mem m, int32_t imm)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    if (x86_fits8(imm)) {
        x86_op_m(b, x86_w(w64), 0x83, op, m);
        x86_imm8(b, imm);
    } else {
        x86_op_m(b, x86_w(w64), 0x81, op, m);
        x86_imm32(b, (uint32_t)imm);
    }
}

/* ---- Moves, loads, stores ---- */

void x86_mov_rr(X86Buf *b, bool w64, X86Reg dst, X86Reg src)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    x86_op_r(b, x86_w(w64), 0x89, src, dst);
}

void x86_mov_ri(X86Buf *b, X86Reg dst, uint64_t imm)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    if (imm <= UINT32_MAX) {
        /* mov r32, imm32 zero-extends. */
        x86_op_r(b, X86_F_PLUSR, 0xB8, 0, dst);
        x86_imm32(b, (uint32_t)imm);
    } else if ((int64_t)imm == (int32_t)imm) {
        /* mov r/m64, imm32 sign-extends. */
        x86_op_r(b, X86_F_W, 0xC7, 0, dst);
        x86_imm32(b, (uint32_t)imm);
    } else {
        x86_op_r(b, X86_F_W | X86_F_PLUSR, 0xB8, 0, dst);
        x86_imm64(b, imm);
    }
}

void x86_load(X86Buf *b, X86Reg dst, X86Mem m, unsigned size, bool sign,
              bool dst64)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    switch (size) {
    case 1:
    case 2: {
        /* movzx/movsx r, r/m8 = 0F B6/BE; r/m16 = 0F B7/BF. */
        uint8_t opc = (uint8_t)((sign ? 0xBE : 0xB6) + (size == 2));
        x86_op_m(b, X86_F_0F | x86_w(sign && dst64), opc, dst, m);
        break;
    }
    case 4:
        if (sign && dst64) {
            x86_op_m(b, X86_F_W, 0x63, dst, m); /* movsxd */
        } else {
            x86_op_m(b, 0, 0x8B, dst, m);
        }
        break;
    case 8:
        x86_op_m(b, X86_F_W, 0x8B, dst, m);
        break;
    default:
        assert(false && "x86_load: size must be 1, 2, 4 or 8");
        break;
    }
}

void x86_store(X86Buf *b, X86Mem m, X86Reg src, unsigned size)
{
    uint8_t opc = 0x89;
    unsigned flags;

    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    flags = x86_sized(size, &opc);
    x86_op_m(b, flags, opc, src, m);
}

void x86_store_imm(X86Buf *b, X86Mem m, int32_t imm, unsigned size)
{
    uint8_t opc = 0xC7;
    unsigned flags;

    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    /* No register in ModRM.reg (it is /0), so drop the byte-reg flag. */
    flags = x86_sized(size, &opc) & ~X86_F_BREG;
    x86_op_m(b, flags, opc, 0, m);
    if (size == 1) {
        x86_imm8(b, imm);
    } else if (size == 2) {
        x86_imm16(b, imm);
    } else {
        x86_imm32(b, (uint32_t)imm);
    }
}

void x86_lea(X86Buf *b, bool w64, X86Reg dst, X86Mem m)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    x86_op_m(b, x86_w(w64), 0x8D, dst, m);
}

void x86_lea_rip(X86Buf *b, X86Reg dst, const uint8_t *target)
{
    X86Mem m = { .base = X86_RIP, .index = X86_NOREG, .scale = 1, .disp = 0 };
    uint8_t *field;

    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    x86_op_m(b, X86_F_W, 0x8D, dst, m);
    /* disp32 is the last field, so it is relative to the next insn. */
    field = b->p - 4;
    x86_patch_rel32(field, x86_exec_addr(b, field), target);
}

/* ---- Shifts ---- */

void x86_shift_ri(X86Buf *b, bool w64, X86ShiftOp op, X86Reg r, uint8_t imm)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    if (imm == 1) {
        x86_op_r(b, x86_w(w64), 0xD1, op, r);
    } else {
        x86_op_r(b, x86_w(w64), 0xC1, op, r);
        x86_imm8(b, imm);
    }
}

void x86_shift_rcl(X86Buf *b, bool w64, X86ShiftOp op, X86Reg r)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    x86_op_r(b, x86_w(w64), 0xD3, op, r);
}

void x86_shiftx(X86Buf *b, bool w64, X86ShiftOp op, X86Reg dst, X86Reg src,
                X86Reg cnt)
{
    unsigned pp;

    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    /* VEX.LZ.{66,F3,F2}.0F38.W F7 /r: shlx, sarx, shrx; count in vvvv. */
    switch (op) {
    case X86_SHL:
        pp = X86_F_66;
        break;
    case X86_SAR:
        pp = X86_F_F3;
        break;
    case X86_SHR:
        pp = X86_F_F2;
        break;
    default:
        assert(false && "x86_shiftx: only SHL, SHR and SAR exist");
        return;
    }
    x86_op_r(b, X86_F_VEX | X86_F_0F38 | pp | x86_w(w64) | X86_F_VVVV(cnt),
             0xF7, dst, src);
}

/* ---- Multiply, divide, unary ---- */

void x86_imul_rr(X86Buf *b, bool w64, X86Reg dst, X86Reg src)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    x86_op_r(b, X86_F_0F | x86_w(w64), 0xAF, dst, src);
}

void x86_imul_rri(X86Buf *b, bool w64, X86Reg dst, X86Reg src, int32_t imm)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    if (x86_fits8(imm)) {
        x86_op_r(b, x86_w(w64), 0x6B, dst, src);
        x86_imm8(b, imm);
    } else {
        x86_op_r(b, x86_w(w64), 0x69, dst, src);
        x86_imm32(b, (uint32_t)imm);
    }
}

/* The F7 group: /2 not, /3 neg, /4 mul, /5 imul, /6 div, /7 idiv. */
static void x86_group3(X86Buf *b, bool w64, int digit, X86Reg r)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    x86_op_r(b, x86_w(w64), 0xF7, digit, r);
}

void x86_neg(X86Buf *b, bool w64, X86Reg r)
{
    x86_group3(b, w64, 3, r);
}

void x86_not(X86Buf *b, bool w64, X86Reg r)
{
    x86_group3(b, w64, 2, r);
}

void x86_mul_r(X86Buf *b, bool w64, bool sign, X86Reg src)
{
    x86_group3(b, w64, sign ? 5 : 4, src);
}

void x86_div_r(X86Buf *b, bool w64, bool sign, X86Reg src)
{
    x86_group3(b, w64, sign ? 7 : 6, src);
}

void x86_cqo(X86Buf *b, bool w64)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    x86_op_r(b, x86_w(w64), 0x99, 0, X86_NOREG);
}

/* ---- Flags and conditions ---- */

void x86_test_rr(X86Buf *b, bool w64, X86Reg a, X86Reg c)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    x86_op_r(b, x86_w(w64), 0x85, c, a);
}

void x86_test_ri(X86Buf *b, bool w64, X86Reg a, int32_t imm)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    /* No imm8 form exists for test; rax has a short A9 form. */
    if (a == X86_RAX) {
        x86_op_r(b, x86_w(w64), 0xA9, 0, X86_NOREG);
    } else {
        x86_op_r(b, x86_w(w64), 0xF7, 0, a);
    }
    x86_imm32(b, (uint32_t)imm);
}

void x86_setcc(X86Buf *b, X86Cond cc, X86Reg r)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    x86_op_r(b, X86_F_0F | X86_F_BRM, (uint8_t)(0x90 + cc), 0, r);
}

void x86_cmov(X86Buf *b, bool w64, X86Cond cc, X86Reg dst, X86Reg src)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    x86_op_r(b, X86_F_0F | x86_w(w64), (uint8_t)(0x40 + cc), dst, src);
}

void x86_ext(X86Buf *b, X86Reg dst, X86Reg src, unsigned from_size, bool sign,
             bool dst64)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    switch (from_size) {
    case 1:
    case 2: {
        uint8_t opc = (uint8_t)((sign ? 0xBE : 0xB6) + (from_size == 2));
        unsigned flags = X86_F_0F | x86_w(sign && dst64);
        if (from_size == 1) {
            flags |= X86_F_BRM;
        }
        x86_op_r(b, flags, opc, dst, src);
        break;
    }
    case 4:
        if (sign && dst64) {
            x86_op_r(b, X86_F_W, 0x63, dst, src); /* movsxd */
        } else {
            /* Even mov eax, eax is kept: it clears bits 63:32. */
            x86_op_r(b, 0, 0x89, src, dst);
        }
        break;
    default:
        assert(false && "x86_ext: from_size must be 1, 2 or 4");
        break;
    }
}

/* ---- Bit manipulation ---- */

void x86_bswap(X86Buf *b, bool w64, X86Reg r)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    x86_op_r(b, X86_F_0F | X86_F_PLUSR | x86_w(w64), 0xC8, 0, r);
}

static void x86_f3_0f(X86Buf *b, bool w64, uint8_t opc, X86Reg dst, X86Reg src)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    x86_op_r(b, X86_F_F3 | X86_F_0F | x86_w(w64), opc, dst, src);
}

void x86_lzcnt(X86Buf *b, bool w64, X86Reg dst, X86Reg src)
{
    x86_f3_0f(b, w64, 0xBD, dst, src);
}

void x86_tzcnt(X86Buf *b, bool w64, X86Reg dst, X86Reg src)
{
    x86_f3_0f(b, w64, 0xBC, dst, src);
}

void x86_popcnt(X86Buf *b, bool w64, X86Reg dst, X86Reg src)
{
    x86_f3_0f(b, w64, 0xB8, dst, src);
}

/* bsr/bsf: ZF set and dst undefined when src is 0 (any x86-64). */
void x86_bsr(X86Buf *b, bool w64, X86Reg dst, X86Reg src)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    x86_op_r(b, X86_F_0F | x86_w(w64), 0xBD, dst, src);
}

void x86_bsf(X86Buf *b, bool w64, X86Reg dst, X86Reg src)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    x86_op_r(b, X86_F_0F | x86_w(w64), 0xBC, dst, src);
}

/* ---- Atomics ---- */

void x86_xchg_mr(X86Buf *b, X86Mem m, X86Reg r, unsigned size)
{
    uint8_t opc = 0x87;
    unsigned flags;

    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    flags = x86_sized(size, &opc);
    x86_op_m(b, flags, opc, r, m);
}

void x86_lock_cmpxchg(X86Buf *b, X86Mem m, X86Reg r, unsigned size)
{
    uint8_t opc = 0xB1;
    unsigned flags;

    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    flags = x86_sized(size, &opc);
    x86_op_m(b, flags | X86_F_LOCK | X86_F_0F, opc, r, m);
}

void x86_lock_xadd(X86Buf *b, X86Mem m, X86Reg r, unsigned size)
{
    uint8_t opc = 0xC1;
    unsigned flags;

    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    flags = x86_sized(size, &opc);
    x86_op_m(b, flags | X86_F_LOCK | X86_F_0F, opc, r, m);
}

void x86_mfence(X86Buf *b)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    /* 0F AE /6 with mod=11, rm=000: ModRM F0. */
    x86_op_r(b, X86_F_0F, 0xAE, 6, X86_RAX);
}

/* ---- SSE scalar floating point ---- */

void x86_sse_op(X86Buf *b, X86SseOp op, bool dbl, X86Reg xdst, X86Reg xsrc)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    x86_op_r(b, (dbl ? X86_F_F2 : X86_F_F3) | X86_F_0F, (uint8_t)op, xdst,
             xsrc);
}

void x86_movq_xr(X86Buf *b, bool w64, X86Reg xdst, X86Reg src)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    x86_op_r(b, X86_F_66 | X86_F_0F | x86_w(w64), 0x6E, xdst, src);
}

void x86_movq_rx(X86Buf *b, bool w64, X86Reg dst, X86Reg xsrc)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    x86_op_r(b, X86_F_66 | X86_F_0F | x86_w(w64), 0x7E, xsrc, dst);
}

void x86_cvtsi2s(X86Buf *b, bool dbl, X86Reg xdst, X86Reg src)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    x86_op_r(b, (dbl ? X86_F_F2 : X86_F_F3) | X86_F_0F | X86_F_W, 0x2A, xdst,
             src);
}

void x86_cvtts2si(X86Buf *b, bool dbl, bool w64, X86Reg dst, X86Reg xsrc)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    x86_op_r(b, (dbl ? X86_F_F2 : X86_F_F3) | X86_F_0F | x86_w(w64), 0x2C,
             dst, xsrc);
}

void x86_ucomis(X86Buf *b, bool dbl, X86Reg xa, X86Reg xb)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    x86_op_r(b, (dbl ? X86_F_66 : 0) | X86_F_0F, 0x2E, xa, xb);
}

void x86_vfmadd231(X86Buf *b, bool dbl, X86Reg xdst, X86Reg xa, X86Reg xb)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    /* VEX.LIG.66.0F38.W1 B9 /r (sd), W0 (ss); the first factor in vvvv. */
    x86_op_r(b, X86_F_VEX | X86_F_66 | X86_F_0F38 | x86_w(dbl) |
                    X86_F_VVVV(xa),
             0xB9, xdst, xb);
}

void x86_ldmxcsr(X86Buf *b, X86Mem m)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    x86_op_m(b, X86_F_0F, 0xAE, 2, m);
}

void x86_stmxcsr(X86Buf *b, X86Mem m)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    x86_op_m(b, X86_F_0F, 0xAE, 3, m);
}

void x86_or_mi8(X86Buf *b, X86Mem m, uint8_t imm)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    x86_op_m(b, 0, 0x80, 1, m);
    x86_byte(b, imm);
}

void x86_test_mi8(X86Buf *b, X86Mem m, uint8_t imm)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    x86_op_m(b, 0, 0xF6, 0, m);
    x86_byte(b, imm);
}

/* ---- Stack, calls, misc ---- */

void x86_push(X86Buf *b, X86Reg r)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    x86_op_r(b, X86_F_PLUSR, 0x50, 0, r);
}

void x86_pop(X86Buf *b, X86Reg r)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    x86_op_r(b, X86_F_PLUSR, 0x58, 0, r);
}

void x86_ret(X86Buf *b)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    x86_byte(b, 0xC3);
}

/* Near call/jmp default to 64-bit operand size: no REX.W. */
void x86_call_r(X86Buf *b, X86Reg r)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    x86_op_r(b, 0, 0xFF, 2, r);
}

void x86_jmp_r(X86Buf *b, X86Reg r)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    x86_op_r(b, 0, 0xFF, 4, r);
}

void x86_jmp_m(X86Buf *b, X86Mem m)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    x86_op_m(b, 0, 0xFF, 4, m);
}

/*
 * Recommended multi-byte NOPs (Intel SDM "NOP" table, 1..9 bytes); 10 and 11
 * add 66 prefixes as AMD's optimization guide suggests. Longer runs are
 * split into 11-byte pieces, since many decoders stall on more prefixes.
 */
static const uint8_t x86_nop_forms[9][9] = {
    { 0x90 },
    { 0x66, 0x90 },
    { 0x0F, 0x1F, 0x00 },
    { 0x0F, 0x1F, 0x40, 0x00 },
    { 0x0F, 0x1F, 0x44, 0x00, 0x00 },
    { 0x66, 0x0F, 0x1F, 0x44, 0x00, 0x00 },
    { 0x0F, 0x1F, 0x80, 0x00, 0x00, 0x00, 0x00 },
    { 0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00 },
    { 0x66, 0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00 },
};

void x86_nop(X86Buf *b, unsigned n)
{
    if (!x86_room(b, n > X86_RESERVE ? n : X86_RESERVE)) {
        return;
    }
    while (n > 0) {
        unsigned len = n < 11 ? n : 11;
        unsigned form = len < 9 ? len : 9;

        for (unsigned i = form; i < len; i++) {
            x86_byte(b, 0x66);
        }
        memcpy(b->p, x86_nop_forms[form - 1], form);
        b->p += form;
        n -= len;
    }
}

void x86_ud2(X86Buf *b)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    x86_op_r(b, X86_F_0F, 0x0B, 0, X86_NOREG);
}

void x86_int3(X86Buf *b)
{
    if (!x86_room(b, X86_RESERVE)) {
        return;
    }
    x86_byte(b, 0xCC);
}

/* ---- Branches ---- */

/* Reserve an n-byte zero displacement (branch to the next insn). */
static uint8_t *x86_field(X86Buf *b, unsigned n)
{
    uint8_t *f = b->p;

    for (unsigned i = 0; i < n; i++) {
        x86_byte(b, 0);
    }
    return f;
}

uint8_t *x86_jmp_rel32(X86Buf *b)
{
    if (!x86_room(b, X86_RESERVE)) {
        return NULL;
    }
    x86_byte(b, 0xE9);
    return x86_field(b, 4);
}

uint8_t *x86_jcc_rel32(X86Buf *b, X86Cond cc)
{
    if (!x86_room(b, X86_RESERVE)) {
        return NULL;
    }
    x86_op_r(b, X86_F_0F, (uint8_t)(0x80 + cc), 0, X86_NOREG);
    return x86_field(b, 4);
}

uint8_t *x86_jmp_rel8(X86Buf *b)
{
    if (!x86_room(b, X86_RESERVE)) {
        return NULL;
    }
    x86_byte(b, 0xEB);
    return x86_field(b, 1);
}

uint8_t *x86_jcc_rel8(X86Buf *b, X86Cond cc)
{
    if (!x86_room(b, X86_RESERVE)) {
        return NULL;
    }
    x86_byte(b, 0x70 + cc);
    return x86_field(b, 1);
}

uint8_t *x86_call_rel32(X86Buf *b)
{
    if (!x86_room(b, X86_RESERVE)) {
        return NULL;
    }
    x86_byte(b, 0xE8);
    return x86_field(b, 4);
}

/*
 * The displacement is relative to the end of the instruction, which for
 * every branch here is the end of the field. Integer arithmetic: the
 * addresses may lie in different mappings.
 */
static int64_t x86_rel(const uint8_t *field_exec, unsigned len,
                       const uint8_t *target_exec)
{
    return (int64_t)((uintptr_t)target_exec - (uintptr_t)field_exec - len);
}

void x86_patch_rel32(uint8_t *field_write, const uint8_t *field_exec,
                     const uint8_t *target_exec)
{
    int64_t rel;

    if (field_write == NULL) {
        return;
    }
    rel = x86_rel(field_exec, 4, target_exec);
    assert(rel >= INT32_MIN && rel <= INT32_MAX);
    x86_put32(field_write, (uint32_t)rel);
}

void x86_patch_rel8(uint8_t *field_write, const uint8_t *field_exec,
                    const uint8_t *target_exec)
{
    int64_t rel;

    if (field_write == NULL) {
        return;
    }
    rel = x86_rel(field_exec, 1, target_exec);
    assert(x86_fits8(rel));
    field_write[0] = (uint8_t)rel;
}

void x86_bind_rel32(X86Buf *b, uint8_t *field)
{
    x86_patch_rel32(field, x86_exec_addr(b, field), x86_buf_exec(b));
}

void x86_bind_rel8(X86Buf *b, uint8_t *field)
{
    x86_patch_rel8(field, x86_exec_addr(b, field), x86_buf_exec(b));
}

bool x86_rel32_reachable(const X86Buf *b, const uint8_t *target_exec)
{
    /* Measured from here; the slack covers any branch or lea length. */
    int64_t rel = x86_rel(x86_buf_exec(b), 0, target_exec);

    return rel >= (int64_t)INT32_MIN + X86_RESERVE &&
           rel <= (int64_t)INT32_MAX - X86_RESERVE;
}
