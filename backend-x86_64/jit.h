/* SPDX-License-Identifier: MIT */
/*
 * Internal interface of the x86-64 backend: the per-block code generation
 * state, the register allocator, and the emitter table.
 *
 * Register use: rbp holds env for the whole block; r10 and r11 are scratch
 * for emitters and never allocated; the other twelve general registers
 * hold temps. A temp lives in a register, in memory (its env slot for a
 * global, a stack slot for a spilled local), or is a known constant.
 */
#ifndef BACKEND_JIT_H
#define BACKEND_JIT_H

#include <stdbool.h>
#include <stdint.h>

#include "backend-x86_64/x86-encode.h"
#include "core/tb.h"
#include "ir/ir.h"

#define JIT_ENV X86_RBP
#define JIT_TMP0 X86_R10
#define JIT_TMP1 X86_R11
#define JIT_NSLOTS 128   /* spill slots for locals, at [rsp + 8 * n] */
/* The frame's 8 bytes after the slots, for emit-fp.c: a scratch MXCSR
 * image, and 0x1f80 (stored by the prologue) to load MXCSR from. */
#define JIT_MXCSR_OFF (8 * JIT_NSLOTS)
#define JIT_MXCSR_DEFAULT_OFF (8 * JIT_NSLOTS + 4)
#define JIT_MXCSR_DEFAULT 0x1f80
#define JIT_MAX_LABELS 64
#define JIT_MAX_SLOW 256

#define REG_MASK(r) (1u << (r))
#define CALLER_SAVED                                                          \
    (REG_MASK(X86_RAX) | REG_MASK(X86_RCX) | REG_MASK(X86_RDX) |              \
     REG_MASK(X86_RSI) | REG_MASK(X86_RDI) | REG_MASK(X86_R8) |               \
     REG_MASK(X86_R9) | REG_MASK(X86_R10) | REG_MASK(X86_R11))

typedef enum TempLoc {
    LOC_DEAD,
    LOC_REG,
    LOC_MEM,
    LOC_CONST,
} TempLoc;

typedef struct TempState {
    uint8_t loc;
    int8_t reg;
    bool dirty;     /* globals in a register or constant: env is stale */
    int16_t slot;   /* locals: stack slot, -1 = none */
    uint64_t val;   /* LOC_CONST */
} TempState;

/* An inline soft-MMU access whose slow path goes at the end of the block. */
typedef struct SlowPath {
    bool store;
    bool w64;         /* load result width */
    uint32_t moi;
    X86Reg addr, val; /* val: data register (store) or result (load) */
    uint16_t save;    /* caller-saved registers live across the call */
    uint8_t ndirty;
    struct {
        int8_t reg;   /* X86_NOREG: the global is the constant val */
        uint8_t size;
        int32_t off;
        uint64_t val;
    } dirty[IR_MAX_GLOBALS]; /* globals to write back: the call may fault */
    uint8_t *jne;     /* branch from the fast path to patch */
    uint8_t *jne_align; /* and the misalignment branch (IR_MO_ALIGN) */
    const uint8_t *resume; /* exec address to return to */
    const uint8_t *ra;     /* host address reported for the access */
} SlowPath;

typedef struct Jit {
    X86Buf buf;
    IrBlock *b;
    TB *tb;
    TempState *ts;
    unsigned ts_cap;
    IrTemp owner[16];   /* temp in each register, IR_NO_TEMP if free */
    uint16_t locked;    /* registers the current op's operands occupy */
    uint8_t slot_used[JIT_NSLOTS];
    struct {
        const uint8_t *bound;   /* exec address once set */
        uint8_t *pending[8];    /* rel32 fields waiting for it */
        unsigned npending;
    } labels[JIT_MAX_LABELS];
    SlowPath slow[JIT_MAX_SLOW];
    unsigned nslow;
    bool failed;        /* a limit was hit: the block must be retried */
} Jit;

/* Operands of an op after allocation. */
typedef struct JitArg {
    X86Reg reg;
    bool is_imm;
    int64_t imm;
} JitArg;

enum {
    C_R,            /* input in a register */
    C_RI,           /* input in a register or a sign-extended imm32 */
};

enum {
    O_NONE,
    O_NEW,          /* output in a register distinct from the inputs */
    O_SAME_IN0,     /* output overwrites input 0 (two-address form) */
};

typedef struct EmitDef {
    /* Standard ops: args[0] is the output (if any), then the inputs. */
    void (*emit)(Jit *j, const IrOp *op, const JitArg *args);
    /* Ops that drive the allocator themselves (moves, calls, control). */
    void (*emit_custom)(Jit *j, const IrOp *op);
    uint8_t out;
    uint8_t in[4];
} EmitDef;

extern EmitDef jit_emit_defs[IR_OP__COUNT];

/* Per-category tables merged into jit_emit_defs (emit-*.c). */
void jit_emit_alu_init(EmitDef *defs);
void jit_emit_mem_init(EmitDef *defs);
void jit_emit_branch_init(EmitDef *defs);
void jit_emit_muldiv_init(EmitDef *defs);
void jit_emit_bits_init(EmitDef *defs);
void jit_emit_fp_init(EmitDef *defs);

/* Register allocator (jit-regalloc.c). */
void ra_begin(Jit *j);
X86Reg ra_alloc(Jit *j, uint16_t avoid);
X86Reg ra_load(Jit *j, IrTemp t, uint16_t avoid);
void ra_load_to(Jit *j, IrTemp t, X86Reg r);
void ra_assign(Jit *j, IrTemp t, X86Reg r);
void ra_free_temp(Jit *j, IrTemp t);
void ra_set_const(Jit *j, IrTemp t, uint64_t val);
void ra_sync_globals(Jit *j);
void ra_forget_globals(Jit *j);
void ra_drop_all(Jit *j);
void ra_spill_caller_saved(Jit *j);
bool ra_is_global(const Jit *j, IrTemp t);
int32_t ra_global_off(const Jit *j, IrTemp t);
unsigned ra_global_size(const Jit *j, IrTemp t);
/* Store a 64-bit constant to [rbp + off] (size 4 or 8). */
void ra_store_const(Jit *j, int32_t off, uint64_t val, unsigned size);
/* Calls fn(j, global, arg) for every global whose env slot is stale. */
void ra_for_dirty_globals(Jit *j, void (*fn)(Jit *, IrTemp, void *),
                          void *arg);

/* Shared emit helpers (jit-gen.c). */
const uint8_t *jit_exec_addr(const Jit *j);
void jit_call_abs(Jit *j, const void *fn);
void jit_jmp_to(Jit *j, const uint8_t *target_exec);
X86Cond jit_cond(IrCond c);
void jit_cmp(Jit *j, bool w64, const JitArg *a, const JitArg *b);
extern const uint8_t *jit_epilogue;
extern bool jit_have_bmi2;
/* Host bit-count instructions (cpuid); tests may clear them to exercise
 * the fallbacks. */
extern bool jit_have_lzcnt, jit_have_tzcnt, jit_have_popcnt;

#endif
