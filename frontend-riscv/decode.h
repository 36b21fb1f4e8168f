/* SPDX-License-Identifier: MIT */
/*
 * RISC-V instruction decoding from the pattern table in insn32.def: each
 * pattern becomes a (mask, match) pair at start-up, grouped by major
 * opcode; operands are extracted per format into RvArgs.
 */
#ifndef RISCV_DECODE_H
#define RISCV_DECODE_H

#include <stdbool.h>
#include <stdint.h>

typedef enum RvFormat {
    RV_FMT_R,     /* rd, rs1, rs2 */
    RV_FMT_I,     /* rd, rs1, imm[11:0] sign-extended */
    RV_FMT_S,     /* rs1, rs2, imm[11:0] */
    RV_FMT_B,     /* rs1, rs2, imm[12:1] */
    RV_FMT_U,     /* rd, imm[31:12] (already shifted, sign-extended) */
    RV_FMT_J,     /* rd, imm[20:1] */
    RV_FMT_SH6,   /* rd, rs1, shamt[5:0] in imm */
    RV_FMT_SH5,   /* rd, rs1, shamt[4:0] in imm */
    RV_FMT_CSR,   /* rd, rs1 (or uimm), csr in imm */
    RV_FMT_FENCE, /* pred/succ/fm in imm, rd, rs1 */
    RV_FMT_N,     /* no operands */
    RV_FMT_SS,    /* rs1, rs2 (sfence.vma) */
} RvFormat;

typedef struct RvArgs {
    uint8_t rd, rs1, rs2;
    int64_t imm;
} RvArgs;

typedef enum RvInsnId {
#define INSN(name, fmt, pat) RV_INSN_##name,
#include "frontend-riscv/insn32.def"
#undef INSN
    RV_INSN__COUNT
} RvInsnId;

typedef struct RvPattern {
    const char *name;
    RvFormat fmt;
    const char *pattern;
    uint32_t mask, match;
} RvPattern;

extern RvPattern rv_patterns[RV_INSN__COUNT];

/* Builds the tables (idempotent). */
void rv_decode_init(void);
/* The instruction id of a 32-bit word, or -1 when no pattern matches. */
int rv_decode32(uint32_t insn, RvArgs *a);
void rv_decode_args(RvFormat fmt, uint32_t insn, RvArgs *a);

#endif
