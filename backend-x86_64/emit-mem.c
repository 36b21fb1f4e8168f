/* SPDX-License-Identifier: MIT */
/*
 * Emitters for CPU-state and guest memory accesses. A guest access is an
 * inline TLB probe: index the entry from the address, compare the page tag
 * (with the last byte's page, so page-crossing accesses miss), add the
 * entry's addend. Misses jump to a slow path emitted after the block.
 */
#include <stddef.h>

#include "backend-x86_64/jit.h"
#include "core/log.h"

static void emit_ldenv(Jit *j, const IrOp *op, const JitArg *a)
{
    unsigned memop = (unsigned)ir_const(op, 1);
    x86_load(&j->buf, a[0].reg, x86_mem(JIT_ENV, (int32_t)ir_const(op, 0)),
             ir_memop_size(memop), memop & IR_MO_SIGN,
             op->opc == IR_OP_ldenv_i64);
}

static void emit_stenv(Jit *j, const IrOp *op, const JitArg *a)
{
    x86_store(&j->buf, x86_mem(JIT_ENV, (int32_t)ir_const(op, 0)), a[0].reg,
              ir_memop_size((unsigned)ir_const(op, 1)));
}

static void record_dirty(Jit *j, IrTemp t, void *arg)
{
    SlowPath *sp = arg;
    const TempState *s = &j->ts[t];
    sp->dirty[sp->ndirty].reg = s->loc == LOC_REG ? s->reg : X86_NOREG;
    sp->dirty[sp->ndirty].val = s->val;
    sp->dirty[sp->ndirty].size = (uint8_t)ra_global_size(j, t);
    sp->dirty[sp->ndirty].off = ra_global_off(j, t);
    sp->ndirty++;
}

/* Probe the TLB for addr; leaves the entry's addend in JIT_TMP0 on a hit
 * and records a slow path whose branch the caller's SlowPath gets. */
static SlowPath *emit_tlb_probe(Jit *j, X86Reg addr, uint32_t moi, bool store)
{
    X86Buf *b = &j->buf;
    unsigned memop = ir_memop_of(moi), size = ir_memop_size(memop);
    int32_t tlb = env_offsetof(tlb) +
                  (int32_t)(ir_mmuidx_of(moi) * TLB_SIZE * sizeof(TlbEntry));
    int32_t tag = store ? offsetof(TlbEntry, addr_write)
                        : offsetof(TlbEntry, addr_read);
    uint8_t *jne_align = NULL;

    if (j->nslow == JIT_MAX_SLOW) {
        j->failed = true;
        return &j->slow[0];
    }
    x86_mov_rr(b, true, JIT_TMP0, addr);
    x86_shift_ri(b, true, X86_SHR, JIT_TMP0, PAGE_BITS - TLB_ENTRY_BITS);
    x86_alu_ri(b, false, X86_AND, JIT_TMP0, (TLB_SIZE - 1) << TLB_ENTRY_BITS);
    if (memop & IR_MO_ALIGN) {
        /* Misalignment takes the slow path by a test of its own: folded
         * into the tag compare, the low address bits could equal the flag
         * bits of a tag (TLB_INVALID, TLB_MMIO, TLB_NOTDIRTY) and hit. */
        if (size > 1) {
            x86_test_ri(b, false, addr, (int32_t)(size - 1));
            jne_align = x86_jcc_rel32(b, X86_CC_NE);
        }
        x86_mov_rr(b, true, JIT_TMP1, addr);
        x86_alu_ri(b, true, X86_AND, JIT_TMP1, (int32_t)PAGE_MASK);
    } else {
        x86_lea(b, true, JIT_TMP1, x86_mem(addr, (int32_t)size - 1));
        x86_alu_ri(b, true, X86_AND, JIT_TMP1, (int32_t)PAGE_MASK);
    }
    x86_alu_rm(b, true, X86_CMP, JIT_TMP1,
               x86_mem_idx(JIT_ENV, JIT_TMP0, 1, tlb + tag));

    SlowPath *sp = &j->slow[j->nslow++];
    *sp = (SlowPath){ .store = store, .moi = moi, .addr = addr };
    sp->jne = x86_jcc_rel32(b, X86_CC_NE);
    sp->jne_align = jne_align;
    sp->ra = jit_exec_addr(j);
    x86_load(b, JIT_TMP0,
             x86_mem_idx(JIT_ENV, JIT_TMP0, 1,
                         tlb + (int32_t)offsetof(TlbEntry, addend)),
             8, false, true);
    if (log_enabled(LOG_STATS)) {
        x86_alu_mi(b, true, X86_ADD,
                   x86_mem(JIT_ENV, env_offsetof(stats.tlb_hits)), 1);
    }

    /* What the slow path must preserve: dirty globals go to env (the
     * access may fault), live caller-saved registers are saved. */
    ra_for_dirty_globals(j, record_dirty, sp);
    for (int r = 0; r < 16; r++) {
        if (j->owner[r] != IR_NO_TEMP && (CALLER_SAVED & REG_MASK(r))) {
            sp->save |= REG_MASK(r);
        }
    }
    return sp;
}

static void emit_guest_ld(Jit *j, const IrOp *op, const JitArg *a)
{
    uint32_t moi = (uint32_t)ir_const(op, 0);
    unsigned memop = ir_memop_of(moi);
    bool w64 = op->opc == IR_OP_guest_ld_i64;
    SlowPath *sp = emit_tlb_probe(j, a[1].reg, moi, false);

    x86_load(&j->buf, a[0].reg, x86_mem_idx(JIT_TMP0, a[1].reg, 1, 0),
             ir_memop_size(memop), memop & IR_MO_SIGN, w64);
    sp->val = a[0].reg;
    sp->w64 = w64;
    sp->save &= ~REG_MASK(a[0].reg);
    sp->resume = jit_exec_addr(j);
}

static void emit_guest_st(Jit *j, const IrOp *op, const JitArg *a)
{
    uint32_t moi = (uint32_t)ir_const(op, 0);
    SlowPath *sp = emit_tlb_probe(j, a[1].reg, moi, true);

    x86_store(&j->buf, x86_mem_idx(JIT_TMP0, a[1].reg, 1, 0), a[0].reg,
              ir_memop_size(ir_memop_of(moi)));
    sp->val = a[0].reg;
    sp->resume = jit_exec_addr(j);
}

void jit_emit_mem_init(EmitDef *defs)
{
    defs[IR_OP_ldenv_i32] = (EmitDef){ .emit = emit_ldenv, .out = O_NEW };
    defs[IR_OP_ldenv_i64] = (EmitDef){ .emit = emit_ldenv, .out = O_NEW };
    defs[IR_OP_stenv_i32] = (EmitDef){ .emit = emit_stenv, .in = { C_R } };
    defs[IR_OP_stenv_i64] = (EmitDef){ .emit = emit_stenv, .in = { C_R } };
    defs[IR_OP_guest_ld_i32] =
        (EmitDef){ .emit = emit_guest_ld, .out = O_NEW, .in = { C_R } };
    defs[IR_OP_guest_ld_i64] =
        (EmitDef){ .emit = emit_guest_ld, .out = O_NEW, .in = { C_R } };
    defs[IR_OP_guest_st_i32] =
        (EmitDef){ .emit = emit_guest_st, .in = { C_R, C_R } };
    defs[IR_OP_guest_st_i64] =
        (EmitDef){ .emit = emit_guest_st, .in = { C_R, C_R } };
}
