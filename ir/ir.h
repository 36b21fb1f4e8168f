/* SPDX-License-Identifier: MIT */
/*
 * The intermediate representation: one translation block as a linear list
 * of ops over typed temps. Guest-architecture neutral: a frontend builds it,
 * the optimizer rewrites it, and a backend (the x86-64 JIT or the IR
 * interpreter) runs it.
 *
 * Temps are numbered. The first ones are globals: named pieces of CPU state
 * at fixed offsets from env, valid across blocks. The rest are locals, which
 * live only between two basic-block boundaries (labels and branches); the
 * verifier enforces that.
 */
#ifndef IR_IR_H
#define IR_IR_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

typedef enum IrOpc {
#define OP(name, nout, nin, nconst, flags) IR_OP_##name,
#include "ir/ops.def"
#undef OP
    IR_OP__COUNT
} IrOpc;

enum {
    IR_F_SIDE_EFFECTS = 1 << 0, /* never removed as dead code */
    IR_F_MAY_FAULT = 1 << 1,    /* may raise a guest exception */
    IR_F_BB_END = 1 << 2,       /* ends a basic block */
    IR_F_NORETURN = 1 << 3,     /* control does not reach the next op */
    IR_F_CALL = 1 << 4,         /* helper call */
    IR_F_VARIADIC = 1 << 5,     /* argument counts live in the op */
};

typedef struct IrOpDef {
    const char *name;
    uint8_t nout, nin, nconst;
    uint32_t flags;
} IrOpDef;

extern const IrOpDef ir_op_defs[IR_OP__COUNT];

typedef enum IrType {
    IR_I32,
    IR_I64,
} IrType;

typedef enum IrCond {
    IR_COND_EQ,
    IR_COND_NE,
    IR_COND_LT,
    IR_COND_GE,
    IR_COND_LE,
    IR_COND_GT,
    IR_COND_LTU,
    IR_COND_GEU,
    IR_COND_LEU,
    IR_COND_GTU,
    IR_COND_ALWAYS,
    IR_COND_NEVER,
} IrCond;

/* Memory access description: log2 size, sign extension, alignment. */
typedef enum IrMemOp {
    IR_MO_8 = 0,
    IR_MO_16 = 1,
    IR_MO_32 = 2,
    IR_MO_64 = 3,
    IR_MO_SIZE = 3,
    IR_MO_SIGN = 1 << 2,
    IR_MO_ALIGN = 1 << 3, /* misaligned access faults instead of splitting */
} IrMemOp;

static inline uint32_t ir_memop_idx(unsigned memop, unsigned mmu_idx)
{
    return memop | (mmu_idx << 8);
}
static inline unsigned ir_memop_of(uint32_t moi) { return moi & 0xff; }
static inline unsigned ir_mmuidx_of(uint32_t moi) { return moi >> 8; }
static inline unsigned ir_memop_size(unsigned memop)
{
    return 1u << (memop & IR_MO_SIZE);
}

/* Orderings a barrier enforces: earlier loads/stores before later ones. */
enum {
    IR_MB_LD_LD = 1 << 0,
    IR_MB_LD_ST = 1 << 1,
    IR_MB_ST_LD = 1 << 2,
    IR_MB_ST_ST = 1 << 3,
    IR_MB_ALL = 15,
};

typedef uint32_t IrTemp;
#define IR_NO_TEMP ((IrTemp)-1)

typedef enum IrTempKind {
    IR_TEMP_GLOBAL,
    IR_TEMP_LOCAL,
} IrTempKind;

typedef struct IrTempInfo {
    uint8_t type; /* IrType */
    uint8_t kind; /* IrTempKind */
    int32_t env_off; /* globals: offset from env */
    const char *name; /* globals only */
} IrTempInfo;

#define IR_MAX_ARGS 8
#define IR_MAX_CALL_ARGS 6

typedef struct IrOp {
    uint16_t opc;
    uint8_t nout, nin, nconst; /* copied from the table, or per call */
    uint8_t pad;
    uint16_t life;    /* backend liveness: bit i = args[i] dies here */
    uint64_t args[IR_MAX_ARGS];
} IrOp;

/* The globals every frontend shares, registered by ir_globals_init(). */
#define IR_MAX_GLOBALS 96

typedef struct IrBlock {
    IrOp *ops;
    unsigned nops, cap_ops;
    IrTempInfo *temps; /* [0, nglobals) are the globals */
    unsigned ntemps, cap_temps, nglobals;
    unsigned nlabels;
} IrBlock;

/* Global temps, process-wide; registered once by the frontend at start-up. */
IrTemp ir_global_new(IrType type, int32_t env_off, const char *name);
unsigned ir_global_count(void);

void ir_block_init(IrBlock *b);
void ir_block_reset(IrBlock *b); /* empty, globals re-added */
void ir_block_free(IrBlock *b);

IrTemp ir_temp_new(IrBlock *b, IrType type);
unsigned ir_label_new(IrBlock *b);

static inline bool ir_temp_is_global(const IrBlock *b, IrTemp t)
{
    return t < b->nglobals;
}

/* Argument accessors. */
static inline IrTemp ir_out(const IrOp *op, unsigned i)
{
    return (IrTemp)op->args[i];
}
static inline IrTemp ir_in(const IrOp *op, unsigned i)
{
    return (IrTemp)op->args[op->nout + i];
}
static inline uint64_t ir_const(const IrOp *op, unsigned i)
{
    return op->args[op->nout + op->nin + i];
}
static inline const IrOpDef *ir_def(const IrOp *op)
{
    return &ir_op_defs[op->opc];
}

/* Appends an op; args are outputs, inputs, then constants, as the table
 * says. Returns the op (valid until the next append). */
IrOp *ir_emit(IrBlock *b, IrOpc opc, const uint64_t *args);

/* Builder shorthands. */
void ir_op1(IrBlock *b, IrOpc opc, IrTemp out, IrTemp in);
void ir_op2(IrBlock *b, IrOpc opc, IrTemp out, IrTemp a, IrTemp c);
void ir_movi_i32(IrBlock *b, IrTemp out, uint32_t val);
void ir_movi_i64(IrBlock *b, IrTemp out, uint64_t val);
IrTemp ir_const_i32(IrBlock *b, uint32_t val);  /* new temp holding val */
IrTemp ir_const_i64(IrBlock *b, uint64_t val);
void ir_setcond_i64(IrBlock *b, IrCond c, IrTemp out, IrTemp x, IrTemp y);
void ir_movcond_i64(IrBlock *b, IrCond c, IrTemp out, IrTemp x, IrTemp y,
                    IrTemp vtrue, IrTemp vfalse);
void ir_brcond_i64(IrBlock *b, IrCond c, IrTemp x, IrTemp y, unsigned label);
void ir_set_label(IrBlock *b, unsigned label);
void ir_br(IrBlock *b, unsigned label);
void ir_ldenv_i64(IrBlock *b, IrTemp out, int32_t off, unsigned memop);
void ir_stenv_i64(IrBlock *b, IrTemp val, int32_t off, unsigned memop);
void ir_ldenv_i32(IrBlock *b, IrTemp out, int32_t off, unsigned memop);
void ir_stenv_i32(IrBlock *b, IrTemp val, int32_t off, unsigned memop);
void ir_guest_ld_i64(IrBlock *b, IrTemp out, IrTemp addr, uint32_t moi);
void ir_guest_st_i64(IrBlock *b, IrTemp val, IrTemp addr, uint32_t moi);
void ir_insn_start(IrBlock *b, uint64_t pc);
void ir_mb(IrBlock *b, unsigned orderings);
void ir_goto_tb(IrBlock *b, unsigned slot, uint64_t pc);
void ir_lookup_tb(IrBlock *b);
void ir_exit_tb(IrBlock *b, uint64_t reason);

struct IrHelper;
/* out may be IR_NO_TEMP; nargs inputs follow. */
void ir_call(IrBlock *b, const struct IrHelper *h, IrTemp out, unsigned nargs,
             ...);

/* Passes over a block (ir/opt-*.c, ir/ir-verify.c). */
void ir_opt_constprop(IrBlock *b);
void ir_opt_copyprop(IrBlock *b);
void ir_opt_dce(IrBlock *b);
void ir_optimize(IrBlock *b); /* the standard pipeline */

/* When set (test builds), ir_optimize() verifies the block after every pass
 * and aborts with a dump on the first failure. Default false. */
extern bool ir_verify_each_pass;

/* Returns NULL when the block is well formed, else a static message and
 * sets *bad_op to the offending op index. */
const char *ir_verify(const IrBlock *b, unsigned *bad_op);

void ir_dump(const IrBlock *b, FILE *f);
void ir_dump_op(const IrBlock *b, const IrOp *op, FILE *f); /* one line */
const char *ir_cond_name(IrCond c);

/* Condition helpers shared by the optimizer and the interpreter. */
bool ir_cond_eval_i64(IrCond c, uint64_t x, uint64_t y);
bool ir_cond_eval_i32(IrCond c, uint32_t x, uint32_t y);

#endif
