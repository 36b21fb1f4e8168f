/* SPDX-License-Identifier: MIT */
/*
 * What the core asks of a backend: turn an optimized IR block into
 * something runnable, run it, and (for the JIT) patch block chains.
 */
#ifndef CORE_BACKEND_H
#define CORE_BACKEND_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/tb.h"

typedef struct Backend {
    const char *name;
    void (*init)(size_t code_size);
    /* Generate code for tb from b; false when out of room or past a limit
     * of the backend (the caller flushes the cache and translates again,
     * then with fewer instructions per block). */
    bool (*gen)(TB *tb, IrBlock *b);
    /* Run tb and its chained successors; returns the exit value. */
    uintptr_t (*exec)(CPUState *cs, TB *tb);
    /* Point tb's exit slot at dest's code, or back to its reset path when
     * dest is NULL. May be NULL (no chaining). */
    void (*set_jump)(TB *tb, int slot, const TB *dest);
    /* Forget all generated code. */
    void (*flush)(void);
    /* Log host code for -d out_asm. */
    void (*dump)(const TB *tb);
    /* Code buffer bytes in use and in all (the monitor's info jit). May
     * be NULL (no code buffer). */
    void (*usage)(size_t *used, size_t *size);
} Backend;

extern const Backend backend_jit;
extern const Backend backend_interp;
extern const Backend *backend;

#endif
