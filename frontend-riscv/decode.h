/* SPDX-License-Identifier: MIT */
/*
 * RISC-V instruction decoding from the pattern tables insn32.def and
 * insn16.def: each pattern becomes a (mask, match) pair at start-up,
 * grouped by major opcode (32-bit) or quadrant and funct3 (16-bit);
 * operands are extracted per format into RvArgs. A 16-bit parcel decodes
 * to the 32-bit instruction it stands for, with its operands expanded
 * (c.addi rd,imm -> addi rd,rd,imm), so both share one translator.
 */
#ifndef RISCV_DECODE_H
#define RISCV_DECODE_H

#include <stdbool.h>
#include <stdint.h>

typedef enum RvFormat {
    RV_FMT_R,     /* rd, rs1, rs2 */
    RV_FMT_R1,    /* rd, rs1 (the rs2 field is part of the opcode) */
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
    RV_FMT_AMO,   /* rd, rs1, rs2, aq/rl (bits 26:25) in imm */
    RV_FMT_LR,    /* rd, rs1, aq/rl (bits 26:25) in imm */
    RV_FMT_R_RM,  /* rd, rs1, rs2, rounding mode (bits 14:12) in imm */
    RV_FMT_R2_RM, /* rd, rs1, rounding mode in imm (rs2 fixed) */
    RV_FMT_R2,    /* rd, rs1 (rs2 and funct3 fixed) */
    RV_FMT_R4_RM, /* rd, rs1, rs2, rs3, rounding mode in imm */
    RV_FMT_SS,    /* rs1, rs2 (sfence.vma) */
    RV_FMT_CBO,   /* rs1 only (cbo.*: rd and imm are the opcode) */
} RvFormat;

/* The 16-bit formats: register fields rd'/rs1'/rs2' (x8-x15) and the
 * scrambled immediates, expanded to the operands of the 32-bit form. */
typedef enum RvFormat16 {
    RV_CFMT_CIW,     /* c.addi4spn: rd', rs1 = sp, nzuimm[9:2] */
    RV_CFMT_CL_W,    /* rd', rs1', uimm[6:2] */
    RV_CFMT_CL_D,    /* rd', rs1', uimm[7:3] */
    RV_CFMT_CS_W,    /* rs2', rs1', uimm[6:2] */
    RV_CFMT_CS_D,    /* rs2', rs1', uimm[7:3] */
    RV_CFMT_CI,      /* rd = rs1, imm[5:0] sign-extended */
    RV_CFMT_CI_LI,   /* rd, rs1 = x0, imm[5:0] sign-extended */
    RV_CFMT_CI_16SP, /* rd = rs1 = sp, nzimm[9:4] sign-extended */
    RV_CFMT_CI_LUI,  /* rd, nzimm[17:12] sign-extended */
    RV_CFMT_CI_SH,   /* rd = rs1, shamt[5:0] */
    RV_CFMT_CI_LWSP, /* rd, rs1 = sp, uimm[7:2] */
    RV_CFMT_CI_LDSP, /* rd, rs1 = sp, uimm[8:3] */
    RV_CFMT_CB_SH,   /* rd' = rs1', shamt[5:0] */
    RV_CFMT_CB_ANDI, /* rd' = rs1', imm[5:0] sign-extended */
    RV_CFMT_CB_BR,   /* rs1', rs2 = x0, offset[8:1] */
    RV_CFMT_CA,      /* rd' = rs1', rs2' */
    RV_CFMT_CJ,      /* rd = x0, offset[11:1] */
    RV_CFMT_CR_JR,   /* rd = x0, rs1, imm 0 */
    RV_CFMT_CR_MV,   /* rd, rs1 = x0, rs2 */
    RV_CFMT_CR_JALR, /* rd = ra, rs1, imm 0 */
    RV_CFMT_CR_ADD,  /* rd = rs1, rs2 */
    RV_CFMT_CSS_SW,  /* rs1 = sp, rs2, uimm[7:2] */
    RV_CFMT_CSS_SD,  /* rs1 = sp, rs2, uimm[8:3] */
    RV_CFMT_N,       /* no operands */
} RvFormat16;

typedef struct RvArgs {
    uint8_t rd, rs1, rs2, rs3;
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

typedef enum RvInsn16Id {
#define INSN16(name, insn32, fmt, pat) RV_C_##name,
#define RSV16(name, pat) RV_C_##name,
#include "frontend-riscv/insn16.def"
#undef INSN16
#undef RSV16
    RV_C__COUNT
} RvInsn16Id;

typedef struct RvPattern16 {
    const char *name;
    int insn32; /* the RvInsnId it runs as; -1 for a reserved encoding */
    RvFormat16 fmt;
    const char *pattern;
    uint16_t mask, match;
} RvPattern16;

extern RvPattern16 rv_patterns16[RV_C__COUNT];

/* Builds the tables (idempotent). */
void rv_decode_init(void);
/* The instruction id of a 32-bit word, or -1 when no pattern matches. */
int rv_decode32(uint32_t insn, RvArgs *a);
void rv_decode_args(RvFormat fmt, uint32_t insn, RvArgs *a);
/* The insn16.def row of a 16-bit parcel (bits 1:0 != 11), or -1 when no
 * row matches. a gets the 32-bit form's operands; a parcel is illegal when
 * the result is -1 or the row's insn32 is -1 (rv_decode16_insn32()). */
int rv_decode16(uint16_t insn, RvArgs *a);
void rv_decode16_args(RvFormat16 fmt, uint16_t insn, RvArgs *a);
/* The RvInsnId a parcel runs as, or -1 when it is illegal. */
int rv_decode16_insn32(uint16_t insn, RvArgs *a);

#endif
