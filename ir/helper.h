/* SPDX-License-Identifier: MIT */
/*
 * Helpers: plain C functions that generated code calls, declared once with
 * their side effects. A module lists its helpers in a .def file of
 *
 *   DEF_HELPER_N(name, flags, ret, arg1, ..., argN)
 *
 * lines (types: void, i32, i64, env, ptr) and expands it twice: with
 * ir/helper-proto.h for the C prototypes `ret helper_name(args)`, and once,
 * in one .c file, with ir/helper-info.h for the `IrHelper ir_helper_name`
 * descriptions. The optimizer and register allocator read the flags; the
 * IR interpreter calls through libffi with the signature.
 */
#ifndef IR_HELPER_H
#define IR_HELPER_H

#include <stdbool.h>
#include <stdint.h>

enum {
    H_READS_GUEST = 1 << 0,  /* reads globals: they must be in env first */
    H_WRITES_GUEST = 1 << 1, /* writes globals: cached copies go stale */
    H_MAY_RAISE = 1 << 2,    /* may raise a guest exception */
    H_NORETURN = 1 << 3,     /* always raises or exits */
    H_PURE = 1 << 4,         /* result depends on the arguments only */
};

typedef enum IrHelperType {
    IR_HT_void,
    IR_HT_i32,
    IR_HT_i64,
    IR_HT_env, /* the env pointer; passed implicitly, not an IR input */
    IR_HT_ptr,
} IrHelperType;

typedef struct IrHelper {
    const char *name;
    void *fn;
    uint32_t flags;
    uint8_t ret;
    uint8_t nargs;
    uint8_t args[6];
    void *ffi_cif; /* prepared lazily by the interpreter */
} IrHelper;

/* Everything a helper call must do about globals, derived from its flags:
 * write them back before the call, and forget cached copies after it. */
static inline bool ir_helper_syncs_globals(const IrHelper *h)
{
    return h->flags & (H_READS_GUEST | H_WRITES_GUEST | H_MAY_RAISE |
                       H_NORETURN);
}
static inline bool ir_helper_clobbers_globals(const IrHelper *h)
{
    return h->flags & H_WRITES_GUEST;
}

#define IR_HC_void void
#define IR_HC_i32 uint32_t
#define IR_HC_i64 uint64_t
#define IR_HC_env void *
#define IR_HC_ptr void *

#endif
