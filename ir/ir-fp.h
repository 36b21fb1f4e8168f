/* SPDX-License-Identifier: MIT */
/*
 * The floating-point IR ops (ops.def: arithmetic, conversions,
 * comparisons): their common-case contract and its C implementation for
 * the interpreter. The JIT (backend-x86_64/emit-fp.c) implements the same
 * contract with SSE. Whether a result is the common case depends on the
 * result and the operands only; the one host flag read is inexact, which
 * IEEE 754 defines exactly, so both backends agree bit for bit.
 */
#ifndef IR_IR_FP_H
#define IR_IR_FP_H

#include <stdbool.h>
#include <stdint.h>

#include "ir/ir.h"

/* The result of an op that left the common case. */
#define IR_FP_SLOW_NAN64 0x7ff8000000000000ull
#define IR_FP_SLOW_NAN32 0xffffffff7fc00000ull
/* f32 values are boxed: bits 63:32 all ones. */
#define IR_FP_BOX32 0xffffffff00000000ull

/* Whether the host has FMA3 (the fmadd ops exist only then). */
bool ir_host_has_fma(void);

/* A conversion from a signed integer (cvt_f64_s64, cvt_f32_s64). */
uint64_t ir_fp_cvt(IrOpc opc, uint64_t a, uint8_t *inexact);

/* A truncating conversion to an integer (cvtt_*) and its slow results. */
#define IR_FP_CVT_SLOW32 0xffffffff80000000ull
#define IR_FP_CVT_SLOW64 0x8000000000000000ull
uint64_t ir_fp_cvtt(IrOpc opc, uint64_t a, uint8_t *inexact);

/* The result of a comparison with a NaN or unboxed operand. */
#define IR_FP_CMP_SLOW 2

/* A comparison's value. */
uint64_t ir_fp_cmp(IrOpc opc, uint64_t a, uint64_t b);

/* One FP op on inputs in[0..nin); sets bit 0 of *inexact when the result
 * is inexact (common case only). */
uint64_t ir_fp_eval(IrOpc opc, const uint64_t *in, uint8_t *inexact);

#endif
