/* SPDX-License-Identifier: MIT */
/*
 * x86-64 instruction encoder: one function per instruction form, writing
 * into an X86Buf. The code buffer is W^X: bytes are written at `p` and
 * later executed at `p + exec_delta`, so every "target" argument and every
 * rel32 computation uses EXECUTABLE addresses.
 *
 * Guarantees: no write ever passes `end`. Each public emitter needs 16 free
 * bytes (x86_nop needs max(16, n)); when they are missing it sets the
 * sticky `overflow` flag and emits nothing, and branch emitters return NULL.
 * Patching a NULL field is a no-op, so a caller may finish a block and check
 * `overflow` once at the end.
 */
#ifndef BACKEND_X86_64_X86_ENCODE_H
#define BACKEND_X86_64_X86_ENCODE_H

#include <assert.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum X86Reg {
    X86_RAX, X86_RCX, X86_RDX, X86_RBX, X86_RSP, X86_RBP, X86_RSI, X86_RDI,
    X86_R8, X86_R9, X86_R10, X86_R11, X86_R12, X86_R13, X86_R14, X86_R15,
    X86_NOREG = -1
} X86Reg;

typedef enum X86Cond {
    X86_CC_O, X86_CC_NO, X86_CC_B, X86_CC_AE, X86_CC_E, X86_CC_NE, X86_CC_BE,
    X86_CC_A, X86_CC_S, X86_CC_NS, X86_CC_P, X86_CC_NP, X86_CC_L, X86_CC_GE,
    X86_CC_LE, X86_CC_G
} X86Cond;

/* Values are the /digit of the 80..83 group and the op<<3 of 00..3D. */
typedef enum X86AluOp {
    X86_ADD, X86_OR, X86_ADC, X86_SBB, X86_AND, X86_SUB, X86_XOR, X86_CMP
} X86AluOp;

/* Values are the /digit of the C0/C1/D1/D3 group. */
typedef enum X86ShiftOp {
    X86_ROL = 0, X86_ROR = 1, X86_SHL = 4, X86_SHR = 5, X86_SAR = 7
} X86ShiftOp;

/* Maximum bytes one emitter may write; checked before every instruction. */
#define X86_RESERVE 16

typedef struct X86Buf {
    uint8_t *start;       /* first byte of the writable region */
    uint8_t *p;           /* next byte to write */
    uint8_t *end;         /* one past the last writable byte */
    ptrdiff_t exec_delta; /* exec address = write address + exec_delta */
    bool overflow;        /* sticky: an emit did not fit, output is junk */
} X86Buf;

/*
 * A memory operand [base + index*scale + disp]. base may be X86_NOREG only
 * when index is set; index may not be RSP; scale is 1, 2, 4 or 8.
 */
typedef struct X86Mem {
    X86Reg base, index;
    uint8_t scale;
    int32_t disp;
} X86Mem;

static inline X86Mem x86_mem(X86Reg base, int32_t disp)
{
    return (X86Mem){ .base = base, .index = X86_NOREG, .scale = 1,
                     .disp = disp };
}

static inline X86Mem x86_mem_idx(X86Reg base, X86Reg index, int scale,
                                 int32_t disp)
{
    return (X86Mem){ .base = base, .index = index, .scale = (uint8_t)scale,
                     .disp = disp };
}

static inline X86Cond x86_cond_invert(X86Cond c)
{
    return (X86Cond)(c ^ 1);
}

/* Start writing `size` bytes at `start`, executed at `start + exec_delta`. */
static inline void x86_buf_init(X86Buf *b, uint8_t *start, size_t size,
                                ptrdiff_t exec_delta)
{
    b->start = start;
    b->p = start;
    b->end = start + size;
    b->exec_delta = exec_delta;
    b->overflow = false;
}

/*
 * The executable address of a write address inside b (NULL stays NULL).
 * Integer arithmetic: the two mappings are different objects to C.
 */
static inline const uint8_t *x86_exec_addr(const X86Buf *b, const uint8_t *w)
{
    if (w == NULL) {
        return NULL;
    }
    return (const uint8_t *)((uintptr_t)w + (uintptr_t)b->exec_delta);
}

/* The executable address of the next instruction to be emitted. */
static inline const uint8_t *x86_buf_exec(const X86Buf *b)
{
    return x86_exec_addr(b, b->p);
}

/* ALU, w64: true = 64-bit (REX.W), false = 32-bit (upper half zeroed). */
void x86_alu_rr(X86Buf *b, bool w64, X86AluOp op, X86Reg dst, X86Reg src);
void x86_alu_ri(X86Buf *b, bool w64, X86AluOp op, X86Reg dst, int32_t imm);
void x86_alu_rm(X86Buf *b, bool w64, X86AluOp op, X86Reg dst, X86Mem m);
void x86_alu_mr(X86Buf *b, bool w64, X86AluOp op, X86Mem m, X86Reg src);
void x86_alu_mi(X86Buf *b, bool w64, X86AluOp op, X86Mem m, int32_t imm);

/* Moves. x86_mov_ri picks the shortest form and never touches flags. */
void x86_mov_rr(X86Buf *b, bool w64, X86Reg dst, X86Reg src);
void x86_mov_ri(X86Buf *b, X86Reg dst, uint64_t imm);

/*
 * Loads of 1, 2, 4 or 8 bytes. sign selects movsx; dst64 a 64-bit result.
 * Zero extension always uses the 32-bit form, which also clears bits 63:32.
 */
void x86_load(X86Buf *b, X86Reg dst, X86Mem m, unsigned size, bool sign,
              bool dst64);
void x86_store(X86Buf *b, X86Mem m, X86Reg src, unsigned size);
/* Size 8 stores the sign-extended imm32; sizes 1 and 2 truncate imm. */
void x86_store_imm(X86Buf *b, X86Mem m, int32_t imm, unsigned size);
void x86_lea(X86Buf *b, bool w64, X86Reg dst, X86Mem m);
/* lea dst, [rip + rel32]; target is an executable address within +-2 GiB. */
void x86_lea_rip(X86Buf *b, X86Reg dst, const uint8_t *target);

/* Shifts and rotates. x86_shiftx takes only SHL, SHR or SAR (BMI2). */
void x86_shift_ri(X86Buf *b, bool w64, X86ShiftOp op, X86Reg r, uint8_t imm);
void x86_shift_rcl(X86Buf *b, bool w64, X86ShiftOp op, X86Reg r);
void x86_shiftx(X86Buf *b, bool w64, X86ShiftOp op, X86Reg dst, X86Reg src,
                X86Reg cnt);

/* Multiply, divide, unary. mul_r/div_r use rdx:rax implicitly. */
void x86_imul_rr(X86Buf *b, bool w64, X86Reg dst, X86Reg src);
void x86_imul_rri(X86Buf *b, bool w64, X86Reg dst, X86Reg src, int32_t imm);
void x86_neg(X86Buf *b, bool w64, X86Reg r);
void x86_not(X86Buf *b, bool w64, X86Reg r);
void x86_mul_r(X86Buf *b, bool w64, bool sign, X86Reg src);
void x86_div_r(X86Buf *b, bool w64, bool sign, X86Reg src);
void x86_cqo(X86Buf *b, bool w64);

/* Flags and conditions. */
void x86_test_rr(X86Buf *b, bool w64, X86Reg a, X86Reg c);
void x86_test_ri(X86Buf *b, bool w64, X86Reg a, int32_t imm);
void x86_setcc(X86Buf *b, X86Cond cc, X86Reg r);
void x86_cmov(X86Buf *b, bool w64, X86Cond cc, X86Reg dst, X86Reg src);

/* Register extension from 1, 2 or 4 bytes; zero 4->64 is a 32-bit mov. */
void x86_ext(X86Buf *b, X86Reg dst, X86Reg src, unsigned from_size,
             bool sign, bool dst64);

/* Bit manipulation (lzcnt: ABM/LZCNT, tzcnt: BMI1, popcnt: POPCNT). */
void x86_bswap(X86Buf *b, bool w64, X86Reg r);
void x86_lzcnt(X86Buf *b, bool w64, X86Reg dst, X86Reg src);
void x86_tzcnt(X86Buf *b, bool w64, X86Reg dst, X86Reg src);
void x86_popcnt(X86Buf *b, bool w64, X86Reg dst, X86Reg src);
/* Bit scans (any x86-64): ZF set and dst undefined when src is 0. */
void x86_bsr(X86Buf *b, bool w64, X86Reg dst, X86Reg src);
void x86_bsf(X86Buf *b, bool w64, X86Reg dst, X86Reg src);

/*
 * SSE scalar floating point. XMM registers are numbered 0-15 like the
 * general ones (an X86Reg value names xmm<n> here); dbl selects the double
 * (F2 / 66) form, else single (F3 / none).
 */
typedef enum X86SseOp {
    X86_SSE_SQRT = 0x51, X86_SSE_ADD = 0x58, X86_SSE_MUL = 0x59,
    X86_SSE_SUB = 0x5C, X86_SSE_DIV = 0x5E
} X86SseOp;
void x86_sse_op(X86Buf *b, X86SseOp op, bool dbl, X86Reg xdst, X86Reg xsrc);
/* movq/movd between a general register and an xmm register (w64: 64 bits;
 * to xmm, the rest of the register is zeroed). */
void x86_movq_xr(X86Buf *b, bool w64, X86Reg xdst, X86Reg src);
void x86_movq_rx(X86Buf *b, bool w64, X86Reg dst, X86Reg xsrc);
/* cvtsi2sd / cvtsi2ss from a 64-bit general register. */
void x86_cvtsi2s(X86Buf *b, bool dbl, X86Reg xdst, X86Reg src);
/* cvttsd2si / cvttss2si (truncating) to a 32- or 64-bit register. */
void x86_cvtts2si(X86Buf *b, bool dbl, bool w64, X86Reg dst, X86Reg xsrc);
/* ucomisd / ucomiss: PF set when either operand is a NaN. */
void x86_ucomis(X86Buf *b, bool dbl, X86Reg xa, X86Reg xb);
/* vfmadd231sd / ss (FMA3): xdst = xa * xb + xdst, one rounding. */
void x86_vfmadd231(X86Buf *b, bool dbl, X86Reg xdst, X86Reg xa, X86Reg xb);
void x86_ldmxcsr(X86Buf *b, X86Mem m);
void x86_stmxcsr(X86Buf *b, X86Mem m);
/* or byte [m], imm8; test byte [m], imm8 */
void x86_or_mi8(X86Buf *b, X86Mem m, uint8_t imm);
void x86_test_mi8(X86Buf *b, X86Mem m, uint8_t imm);

/* Atomics on [m] of size 1, 2, 4 or 8. xchg with memory is always locked. */
void x86_xchg_mr(X86Buf *b, X86Mem m, X86Reg r, unsigned size);
void x86_lock_cmpxchg(X86Buf *b, X86Mem m, X86Reg r, unsigned size);
void x86_lock_xadd(X86Buf *b, X86Mem m, X86Reg r, unsigned size);
void x86_mfence(X86Buf *b);

/* Stack, calls and misc. */
void x86_push(X86Buf *b, X86Reg r);
void x86_pop(X86Buf *b, X86Reg r);
void x86_ret(X86Buf *b);
void x86_call_r(X86Buf *b, X86Reg r);
void x86_jmp_r(X86Buf *b, X86Reg r);
void x86_jmp_m(X86Buf *b, X86Mem m);
void x86_nop(X86Buf *b, unsigned n);
void x86_ud2(X86Buf *b);
void x86_int3(X86Buf *b);

/*
 * Branches. Each returns its displacement field inside the buffer (write
 * address), initially 0 (falls through), or NULL on overflow.
 */
uint8_t *x86_jmp_rel32(X86Buf *b);
uint8_t *x86_jcc_rel32(X86Buf *b, X86Cond cc);
uint8_t *x86_jmp_rel8(X86Buf *b);
uint8_t *x86_jcc_rel8(X86Buf *b, X86Cond cc);
uint8_t *x86_call_rel32(X86Buf *b);

/*
 * Patch a displacement so the branch lands on target_exec. field_exec is the
 * field's executable address; the bytes are written through field_write.
 * Asserts the displacement fits; a NULL field_write does nothing.
 */
void x86_patch_rel32(uint8_t *field_write, const uint8_t *field_exec,
                     const uint8_t *target_exec);
void x86_patch_rel8(uint8_t *field_write, const uint8_t *field_exec,
                    const uint8_t *target_exec);

/* Point a field emitted into b at b's current position (a forward label). */
void x86_bind_rel32(X86Buf *b, uint8_t *field);
void x86_bind_rel8(X86Buf *b, uint8_t *field);

/* Whether a rel32 at b's current position can reach target_exec. */
bool x86_rel32_reachable(const X86Buf *b, const uint8_t *target_exec);

#endif /* BACKEND_X86_64_X86_ENCODE_H */
