/* SPDX-License-Identifier: MIT */
/*
 * The register allocator: a greedy, one-pass allocator over a block, in
 * the style of a template JIT with state. Globals stay in registers across
 * ops and are written back only when something needs them in env (helper
 * calls, possible faults, block exits); locals spill to stack slots under
 * register pressure.
 */
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "backend-x86_64/jit.h"
#include "core/log.h"

/* Callee-saved first: they survive helper calls and slow paths. */
static const X86Reg alloc_order[] = {
    X86_RBX, X86_R12, X86_R13, X86_R14, X86_R15, X86_RSI,
    X86_RDI, X86_R8,  X86_R9,  X86_RCX, X86_RDX, X86_RAX,
};
#define NALLOC (sizeof(alloc_order) / sizeof(alloc_order[0]))

bool ra_is_global(const Jit *j, IrTemp t) { return t < j->b->nglobals; }

int32_t ra_global_off(const Jit *j, IrTemp t)
{
    return j->b->temps[t].env_off;
}

unsigned ra_global_size(const Jit *j, IrTemp t)
{
    return j->b->temps[t].type == IR_I32 ? 4 : 8;
}

static bool is64(const Jit *j, IrTemp t)
{
    return j->b->temps[t].type == IR_I64;
}

void ra_begin(Jit *j)
{
    if (j->ts_cap < j->b->ntemps) {
        j->ts_cap = j->b->ntemps * 2;
        free(j->ts);
        j->ts = malloc(j->ts_cap * sizeof(TempState));
        if (!j->ts) {
            fatal("out of memory");
        }
    }
    for (unsigned t = 0; t < j->b->ntemps; t++) {
        j->ts[t] = (TempState){
            .loc = t < j->b->nglobals ? LOC_MEM : LOC_DEAD,
            .reg = -1,
            .slot = -1,
        };
    }
    for (int r = 0; r < 16; r++) {
        j->owner[r] = IR_NO_TEMP;
    }
    j->locked = 0;
    memset(j->slot_used, 0, sizeof(j->slot_used));
}

void ra_store_const(Jit *j, int32_t off, uint64_t val, unsigned size)
{
    X86Mem m = x86_mem(JIT_ENV, off);
    if (size == 4 || (int64_t)val == (int32_t)val) {
        x86_store_imm(&j->buf, m, (int32_t)val, size);
    } else {
        x86_mov_ri(&j->buf, JIT_TMP1, val);
        x86_store(&j->buf, m, JIT_TMP1, 8);
    }
}

/* Write a global's register or constant back to env. */
static void sync_temp(Jit *j, IrTemp t)
{
    TempState *s = &j->ts[t];
    if (!s->dirty) {
        return;
    }
    if (s->loc == LOC_REG) {
        x86_store(&j->buf, x86_mem(JIT_ENV, ra_global_off(j, t)), s->reg,
                  ra_global_size(j, t));
    } else if (s->loc == LOC_CONST) {
        ra_store_const(j, ra_global_off(j, t), s->val, ra_global_size(j, t));
    }
    s->dirty = false;
}

void ra_for_dirty_globals(Jit *j, void (*fn)(Jit *, IrTemp, void *),
                          void *arg)
{
    for (IrTemp t = 0; t < j->b->nglobals; t++) {
        if (j->ts[t].dirty) {
            fn(j, t, arg);
        }
    }
}

static void release_reg(Jit *j, IrTemp t)
{
    TempState *s = &j->ts[t];
    if (s->loc == LOC_REG) {
        j->owner[s->reg] = IR_NO_TEMP;
        s->reg = -1;
    }
}

static int slot_alloc(Jit *j)
{
    for (int i = 0; i < JIT_NSLOTS; i++) {
        if (!j->slot_used[i]) {
            j->slot_used[i] = 1;
            return i;
        }
    }
    j->failed = true; /* absurd pressure: the block is retried shorter */
    return 0;
}

/* Move t out of its register into memory. */
static void spill(Jit *j, IrTemp t)
{
    TempState *s = &j->ts[t];
    assert(s->loc == LOC_REG);
    if (ra_is_global(j, t)) {
        sync_temp(j, t);
    } else {
        if (s->slot < 0) {
            s->slot = (int16_t)slot_alloc(j);
        }
        x86_store(&j->buf, x86_mem(X86_RSP, 8 * s->slot), s->reg, 8);
    }
    release_reg(j, t);
    s->loc = LOC_MEM;
}

X86Reg ra_alloc(Jit *j, uint16_t avoid)
{
    avoid |= j->locked;
    for (unsigned i = 0; i < NALLOC; i++) {
        X86Reg r = alloc_order[i];
        if (!(avoid & REG_MASK(r)) && j->owner[r] == IR_NO_TEMP) {
            return r;
        }
    }
    /* Evict: a clean global costs nothing, a dirty one a store. */
    X86Reg victim = X86_NOREG;
    int best = -1;
    for (unsigned i = 0; i < NALLOC; i++) {
        X86Reg r = alloc_order[i];
        if (avoid & REG_MASK(r)) {
            continue;
        }
        IrTemp t = j->owner[r];
        int score = ra_is_global(j, t) ? (j->ts[t].dirty ? 1 : 2) : 0;
        if (score > best) {
            best = score;
            victim = r;
        }
    }
    assert(victim != X86_NOREG);
    spill(j, j->owner[victim]);
    return victim;
}

void ra_load_to(Jit *j, IrTemp t, X86Reg r)
{
    TempState *s = &j->ts[t];
    switch (s->loc) {
    case LOC_REG:
        if (s->reg != r) {
            x86_mov_rr(&j->buf, true, r, s->reg);
        }
        break;
    case LOC_CONST:
        x86_mov_ri(&j->buf, r, s->val);
        break;
    case LOC_MEM:
        if (ra_is_global(j, t)) {
            x86_load(&j->buf, r, x86_mem(JIT_ENV, ra_global_off(j, t)),
                     ra_global_size(j, t), false, is64(j, t));
        } else {
            x86_load(&j->buf, r, x86_mem(X86_RSP, 8 * s->slot), 8, false,
                     true);
        }
        break;
    default:
        /* Reading an undefined local: the verifier forbids it. */
        x86_mov_ri(&j->buf, r, 0);
        break;
    }
}

void ra_assign(Jit *j, IrTemp t, X86Reg r)
{
    TempState *s = &j->ts[t];
    if (s->loc == LOC_REG && s->reg != r) {
        j->owner[s->reg] = IR_NO_TEMP;
    }
    if (j->owner[r] != IR_NO_TEMP && j->owner[r] != t) {
        /* r held a temp that is dead now (the caller checked). */
        j->ts[j->owner[r]].loc = LOC_DEAD;
        j->ts[j->owner[r]].reg = -1;
    }
    s->loc = LOC_REG;
    s->reg = (int8_t)r;
    s->dirty = ra_is_global(j, t);
    j->owner[r] = t;
}

X86Reg ra_load(Jit *j, IrTemp t, uint16_t avoid)
{
    TempState *s = &j->ts[t];
    if (s->loc == LOC_REG && !(avoid & REG_MASK(s->reg))) {
        return s->reg;
    }
    X86Reg r = ra_alloc(j, avoid);
    ra_load_to(j, t, r);
    if (s->loc == LOC_REG) {
        j->owner[s->reg] = IR_NO_TEMP;
    }
    bool dirty = s->dirty;
    s->loc = LOC_REG;
    s->reg = (int8_t)r;
    s->dirty = dirty;
    j->owner[r] = t;
    return r;
}

void ra_free_temp(Jit *j, IrTemp t)
{
    TempState *s = &j->ts[t];
    if (ra_is_global(j, t)) {
        return;
    }
    release_reg(j, t);
    if (s->slot >= 0) {
        j->slot_used[s->slot] = 0;
        s->slot = -1;
    }
    s->loc = LOC_DEAD;
}

/* A global that becomes a constant is written back lazily, like one in a
 * register: a run of `li` steps costs one store, at the next sync. */
void ra_set_const(Jit *j, IrTemp t, uint64_t val)
{
    TempState *s = &j->ts[t];
    release_reg(j, t);
    s->loc = LOC_CONST;
    s->val = is64(j, t) ? val : (uint32_t)val;
    s->dirty = ra_is_global(j, t);
}

void ra_sync_globals(Jit *j)
{
    for (IrTemp t = 0; t < j->b->nglobals; t++) {
        sync_temp(j, t);
    }
}

void ra_forget_globals(Jit *j)
{
    for (IrTemp t = 0; t < j->b->nglobals; t++) {
        sync_temp(j, t);
        release_reg(j, t);
        j->ts[t].loc = LOC_MEM;
    }
}

void ra_drop_all(Jit *j)
{
    ra_forget_globals(j);
    for (int r = 0; r < 16; r++) {
        if (j->owner[r] != IR_NO_TEMP) {
            ra_free_temp(j, j->owner[r]);
        }
    }
}

/* Before a call: nothing live may stay in a register the callee clobbers.
 * Locals move to free callee-saved registers when there are some. */
void ra_spill_caller_saved(Jit *j)
{
    for (int r = 0; r < 16; r++) {
        IrTemp t = j->owner[r];
        if (t == IR_NO_TEMP || !(CALLER_SAVED & REG_MASK(r))) {
            continue;
        }
        if (!ra_is_global(j, t)) {
            X86Reg to = X86_NOREG;
            for (unsigned i = 0; i < 5; i++) {
                if (j->owner[alloc_order[i]] == IR_NO_TEMP) {
                    to = alloc_order[i];
                    break;
                }
            }
            if (to != X86_NOREG) {
                x86_mov_rr(&j->buf, true, to, (X86Reg)r);
                j->owner[r] = IR_NO_TEMP;
                j->owner[to] = t;
                j->ts[t].reg = (int8_t)to;
                continue;
            }
        }
        spill(j, t);
    }
}
