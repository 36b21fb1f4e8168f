/* SPDX-License-Identifier: MIT */
/*
 * difftest.h: the host-side generator of the RISC-V differential tester.
 * It draws random instructions from the decoder's own pattern tables
 * (frontend-riscv/insn32.def, insn16.def), so a new pattern is tested
 * as soon as it is added; policy.c says how each one may be generated
 * (or why not), values.c supplies seed-derived register and memory
 * values, gen.c writes the guest program.
 */
#ifndef DIFFTEST_H
#define DIFFTEST_H

#include <stdbool.h>
#include <stdint.h>

#include "frontend-riscv/decode.h"

/* How an instruction's operands are constrained (policy.c). */
typedef enum DtKind {
    DT_PLAIN,    /* any register and immediate fields */
    DT_FP_RM,    /* a rounding mode: a valid one (rarely a reserved one) */
    DT_LOAD,     /* rs1 a base register, address inside the data window */
    DT_STORE,
    DT_AMO,      /* LR and AMOs: rs1 a base register (8-byte aligned) */
    DT_STORE_COND, /* SC: as DT_AMO, right after an LR of the same
                    * address and size: the only pairing whose outcome
                    * the spec constrains enough to compare */
    DT_BRANCH,   /* a short forward branch or jump inside the sequence */
    DT_CSR_FP,   /* Zicsr on fflags, frm and fcsr only */
    DT_FENCE,    /* rd = rs1 = 0, fm = 0 */
    DT_FENCE_I,  /* all operand fields 0 */
    DT_EXCLUDED, /* never generated (reason in DtRule) */
} DtKind;

typedef struct DtRule {
    DtKind kind;
    bool writes_x;      /* rd names an integer register */
    unsigned mem_size;  /* bytes accessed by loads, stores and AMOs */
    /* Why the instruction is not generated, or why it is generated only
     * when emu is compared with itself (QEMU 7.2 is not the reference). */
    const char *excluded;
    const char *qemu_diverges;
} DtRule;

/* The rule of the 32-bit instruction id (RvInsnId). */
void dt_rule(int id, DtRule *r);

/* The seed-derived random stream (splitmix64). */
typedef struct DtRng {
    uint64_t s;
} DtRng;

uint64_t dt_rand(DtRng *r);
/* A number in [0, n). */
unsigned dt_below(DtRng *r, unsigned n);

/* Values to start from, biased towards the edges of each type. */
uint64_t dt_int_value(DtRng *r);
uint64_t dt_fp_value(DtRng *r);
uint64_t dt_mem_value(DtRng *r);

#endif
