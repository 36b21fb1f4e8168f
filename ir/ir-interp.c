/* SPDX-License-Identifier: MIT */
/*
 * The IR interpreter: the portable backend (-accel interp) and the oracle
 * for JIT bugs. It runs a block's optimized IR op by op; globals are read
 * and written in env directly, so helpers always see current state; helper
 * calls go through libffi with the signature from the helper table. Guest
 * memory goes through the same soft MMU as the JIT's slow path.
 */
#include <ffi.h>
#include <stdlib.h>
#include <string.h>

#include "core/backend.h"
#include "core/log.h"
#include "ir/helper.h"
#include "ir/ir-arith.h"
#include "ir/ir-fp.h"
#include "ir/ir.h"
#include "softmmu/softmmu.h"

static void interp_init(size_t code_size) { (void)code_size; }

/* The interpreter keeps its own copy of the IR, with branch targets
 * resolved from label numbers to op indices. */
static bool interp_gen(TB *tb, IrBlock *b)
{
    IrBlock *c = &tb->ir;
    if (c->cap_ops < b->nops) {
        free(c->ops);
        c->cap_ops = b->nops;
        c->ops = malloc(b->nops * sizeof(IrOp));
    }
    if (c->cap_temps < b->ntemps) {
        free(c->temps);
        c->cap_temps = b->ntemps;
        c->temps = malloc(b->ntemps * sizeof(IrTempInfo));
    }
    if (!c->ops || !c->temps) {
        fatal("out of memory");
    }
    memcpy(c->ops, b->ops, b->nops * sizeof(IrOp));
    memcpy(c->temps, b->temps, b->ntemps * sizeof(IrTempInfo));
    c->nops = b->nops;
    c->ntemps = b->ntemps;
    c->nglobals = b->nglobals;
    c->nlabels = b->nlabels;

    unsigned *where = calloc(b->nlabels + 1, sizeof(unsigned));
    for (unsigned i = 0; i < c->nops; i++) {
        if (c->ops[i].opc == IR_OP_set_label) {
            where[ir_const(&c->ops[i], 0)] = i;
        }
    }
    for (unsigned i = 0; i < c->nops; i++) {
        IrOp *op = &c->ops[i];
        if (op->opc == IR_OP_br) {
            op->args[0] = where[op->args[0]];
        } else if (op->opc == IR_OP_brcond_i32 || op->opc == IR_OP_brcond_i64) {
            op->args[3] = where[op->args[3]];
        }
    }
    free(where);
    tb->host_code = NULL;
    tb->host_size = 0;
    return true;
}

static ffi_type *ffi_of(uint8_t t)
{
    switch (t) {
    case IR_HT_void: return &ffi_type_void;
    case IR_HT_i32: return &ffi_type_uint32;
    case IR_HT_i64: return &ffi_type_uint64;
    default: return &ffi_type_pointer;
    }
}

static ffi_cif *helper_cif(IrHelper *h)
{
    if (!h->ffi_cif) {
        ffi_cif *cif = malloc(sizeof(*cif) + 6 * sizeof(ffi_type *));
        ffi_type **types = (ffi_type **)(cif + 1);
        for (unsigned i = 0; i < h->nargs; i++) {
            types[i] = ffi_of(h->args[i]);
        }
        if (ffi_prep_cif(cif, FFI_DEFAULT_ABI, h->nargs, ffi_of(h->ret),
                         types) != FFI_OK) {
            fatal("libffi cannot describe helper %s", h->name);
        }
        h->ffi_cif = cif;
    }
    return h->ffi_cif;
}

typedef struct Interp {
    const IrBlock *b;
    uint8_t *env;
    uint64_t *v;
} Interp;

static inline uint64_t get(const Interp *in, IrTemp t)
{
    if (t < in->b->nglobals) {
        const IrTempInfo *ti = &in->b->temps[t];
        uint8_t *p = in->env + ti->env_off;
        if (ti->type == IR_I32) {
            uint32_t x;
            memcpy(&x, p, 4);
            return x;
        }
        uint64_t x;
        memcpy(&x, p, 8);
        return x;
    }
    return in->v[t];
}

static inline void set(const Interp *in, IrTemp t, uint64_t val)
{
    if (t < in->b->nglobals) {
        const IrTempInfo *ti = &in->b->temps[t];
        memcpy(in->env + ti->env_off, &val, ti->type == IR_I32 ? 4 : 8);
    } else {
        in->v[t] = val;
    }
}

static uint64_t do_call(const Interp *in, const IrOp *op)
{
    IrHelper *h = (IrHelper *)(uintptr_t)ir_const(op, 0);
    ffi_cif *cif = helper_cif(h);
    uint64_t vals[6];
    void *ptrs[6];
    void *envp = in->env;
    unsigned k = 0;
    for (unsigned i = 0; i < h->nargs; i++) {
        if (h->args[i] == IR_HT_env) {
            ptrs[i] = &envp;
        } else {
            vals[i] = get(in, ir_in(op, k++));
            ptrs[i] = &vals[i];
        }
    }
    ffi_arg ret = 0;
    ffi_call(cif, FFI_FN(h->fn), &ret, ptrs);
    return h->ret == IR_HT_i32 ? (uint32_t)ret : (uint64_t)ret;
}

static uint64_t ldenv(const uint8_t *p, unsigned memop)
{
    uint64_t x = 0;
    memcpy(&x, p, ir_memop_size(memop));
    if (memop & IR_MO_SIGN) {
        unsigned sh = 64 - 8 * ir_memop_size(memop);
        x = (uint64_t)((int64_t)(x << sh) >> sh);
    }
    return x;
}

#define U32(x) ((uint32_t)(x))
#define S32(x) ((int32_t)(x))

static uintptr_t interp_exec(CPUState *cs, TB *tb)
{
    static uint64_t *vals;
    static unsigned nvals;
    const IrBlock *b = &tb->ir;
    if (nvals < b->ntemps) {
        nvals = b->ntemps * 2;
        free(vals);
        vals = calloc(nvals, sizeof(uint64_t));
        if (!vals) {
            fatal("out of memory");
        }
    }
    Interp in = { .b = b, .env = cpu_env(cs), .v = vals };
    const Interp *I = &in;
    cs->in_interp = true;
    cs->interp_pc = tb->pc;
    cs->interp_tb = tb;

    for (unsigned i = 0;; i++) {
        const IrOp *op = &b->ops[i];
#define A(n) get(I, ir_in(op, n))
#define OUT(x) set(I, ir_out(op, 0), (x))
#define K(n) ir_const(op, n)
        switch ((IrOpc)op->opc) {
        case IR_OP_mov_i32: OUT(U32(A(0))); break;
        case IR_OP_mov_i64: OUT(A(0)); break;
        case IR_OP_movi_i32: OUT(U32(K(0))); break;
        case IR_OP_movi_i64: OUT(K(0)); break;
        case IR_OP_add_i32: OUT(U32(A(0) + A(1))); break;
        case IR_OP_add_i64: OUT(A(0) + A(1)); break;
        case IR_OP_sub_i32: OUT(U32(A(0) - A(1))); break;
        case IR_OP_sub_i64: OUT(A(0) - A(1)); break;
        case IR_OP_mul_i32: OUT(U32(A(0) * A(1))); break;
        case IR_OP_mul_i64: OUT(A(0) * A(1)); break;
        case IR_OP_and_i32: case IR_OP_and_i64: OUT(A(0) & A(1)); break;
        case IR_OP_or_i32: case IR_OP_or_i64: OUT(A(0) | A(1)); break;
        case IR_OP_xor_i32: case IR_OP_xor_i64: OUT(A(0) ^ A(1)); break;
        case IR_OP_shl_i32: OUT(U32(U32(A(0)) << (A(1) & 31))); break;
        case IR_OP_shl_i64: OUT(A(0) << (A(1) & 63)); break;
        case IR_OP_shr_i32: OUT(U32(A(0)) >> (A(1) & 31)); break;
        case IR_OP_shr_i64: OUT(A(0) >> (A(1) & 63)); break;
        case IR_OP_sar_i32: OUT(U32(S32(A(0)) >> (A(1) & 31))); break;
        case IR_OP_sar_i64: OUT((uint64_t)((int64_t)A(0) >> (A(1) & 63))); break;
        case IR_OP_rotl_i32: {
            uint32_t x = U32(A(0)), s = A(1) & 31;
            OUT(U32(s ? (x << s) | (x >> (32 - s)) : x));
            break;
        }
        case IR_OP_rotl_i64: {
            uint64_t x = A(0), s = A(1) & 63;
            OUT(s ? (x << s) | (x >> (64 - s)) : x);
            break;
        }
        case IR_OP_rotr_i32: {
            uint32_t x = U32(A(0)), s = A(1) & 31;
            OUT(U32(s ? (x >> s) | (x << (32 - s)) : x));
            break;
        }
        case IR_OP_rotr_i64: {
            uint64_t x = A(0), s = A(1) & 63;
            OUT(s ? (x >> s) | (x << (64 - s)) : x);
            break;
        }
        case IR_OP_neg_i32: OUT(U32(-A(0))); break;
        case IR_OP_neg_i64: OUT(-A(0)); break;
        case IR_OP_not_i32: OUT(U32(~A(0))); break;
        case IR_OP_not_i64: OUT(~A(0)); break;
        case IR_OP_mulsh_i64: OUT(ir_mulsh64(A(0), A(1))); break;
        case IR_OP_muluh_i64: OUT(ir_muluh64(A(0), A(1))); break;
        case IR_OP_div_i64: OUT(ir_div64(A(0), A(1))); break;
        case IR_OP_divu_i64: OUT(ir_divu64(A(0), A(1))); break;
        case IR_OP_rem_i64: OUT(ir_rem64(A(0), A(1))); break;
        case IR_OP_remu_i64: OUT(ir_remu64(A(0), A(1))); break;
        case IR_OP_clz_i32: OUT(ir_clz32(U32(A(0)))); break;
        case IR_OP_clz_i64: OUT(ir_clz64(A(0))); break;
        case IR_OP_ctz_i32: OUT(ir_ctz32(U32(A(0)))); break;
        case IR_OP_ctz_i64: OUT(ir_ctz64(A(0))); break;
        case IR_OP_ctpop_i32: OUT(ir_ctpop64(U32(A(0)))); break;
        case IR_OP_ctpop_i64: OUT(ir_ctpop64(A(0))); break;
        case IR_OP_bswap_i64: OUT(ir_bswap64(A(0))); break;
        case IR_OP_setcond_i32:
            OUT(ir_cond_eval_i32((IrCond)K(0), U32(A(0)), U32(A(1))));
            break;
        case IR_OP_setcond_i64:
            OUT(ir_cond_eval_i64((IrCond)K(0), A(0), A(1)));
            break;
        case IR_OP_movcond_i32:
            OUT(ir_cond_eval_i32((IrCond)K(0), U32(A(0)), U32(A(1)))
                    ? U32(A(2)) : U32(A(3)));
            break;
        case IR_OP_movcond_i64:
            OUT(ir_cond_eval_i64((IrCond)K(0), A(0), A(1)) ? A(2) : A(3));
            break;
        case IR_OP_ext8s_i32: OUT(U32((int8_t)A(0))); break;
        case IR_OP_ext8u_i32: case IR_OP_ext8u_i64: OUT((uint8_t)A(0)); break;
        case IR_OP_ext16s_i32: OUT(U32((int16_t)A(0))); break;
        case IR_OP_ext16u_i32: case IR_OP_ext16u_i64: OUT((uint16_t)A(0)); break;
        case IR_OP_ext8s_i64: OUT((uint64_t)(int64_t)(int8_t)A(0)); break;
        case IR_OP_ext16s_i64: OUT((uint64_t)(int64_t)(int16_t)A(0)); break;
        case IR_OP_ext32s_i64: case IR_OP_exts_i32_i64:
            OUT((uint64_t)(int64_t)S32(A(0)));
            break;
        case IR_OP_ext32u_i64: case IR_OP_extu_i32_i64: case IR_OP_extrl_i64_i32:
            OUT(U32(A(0)));
            break;
        case IR_OP_fadd_f64: case IR_OP_fsub_f64: case IR_OP_fmul_f64:
        case IR_OP_fdiv_f64: case IR_OP_fsqrt_f64: case IR_OP_fmadd_f64:
        case IR_OP_fadd_f32: case IR_OP_fsub_f32: case IR_OP_fmul_f32:
        case IR_OP_fdiv_f32: case IR_OP_fsqrt_f32: case IR_OP_fmadd_f32: {
            uint64_t x[3];
            for (unsigned k = 0; k < op->nin; k++) {
                x[k] = A(k);
            }
            OUT(ir_fp_eval((IrOpc)op->opc, x, in.env + (int32_t)K(0)));
            break;
        }
        case IR_OP_cvt_f64_s64: case IR_OP_cvt_f32_s64:
            OUT(ir_fp_cvt((IrOpc)op->opc, A(0), in.env + (int32_t)K(0)));
            break;
        case IR_OP_cvtt_s32_f64: case IR_OP_cvtt_s64_f64:
        case IR_OP_cvtt_s32_f32: case IR_OP_cvtt_s64_f32:
            OUT(ir_fp_cvtt((IrOpc)op->opc, A(0), in.env + (int32_t)K(0)));
            break;
        case IR_OP_feq_f64: case IR_OP_flt_f64: case IR_OP_fle_f64:
        case IR_OP_feq_f32: case IR_OP_flt_f32: case IR_OP_fle_f32:
            OUT(ir_fp_cmp((IrOpc)op->opc, A(0), A(1)));
            break;
        case IR_OP_ldenv_i32:
            OUT(U32(ldenv(in.env + (int32_t)K(0), (unsigned)K(1))));
            break;
        case IR_OP_ldenv_i64:
            OUT(ldenv(in.env + (int32_t)K(0), (unsigned)K(1)));
            break;
        case IR_OP_stenv_i32: case IR_OP_stenv_i64: {
            uint64_t x = A(0);
            memcpy(in.env + (int32_t)K(0), &x, ir_memop_size((unsigned)K(1)));
            break;
        }
        case IR_OP_guest_ld_i32:
            OUT(U32(cpu_ld(cs, A(0), (uint32_t)K(0), 0)));
            break;
        case IR_OP_guest_ld_i64:
            OUT(cpu_ld(cs, A(0), (uint32_t)K(0), 0));
            break;
        case IR_OP_guest_st_i32: case IR_OP_guest_st_i64:
            cpu_st(cs, A(1), A(0), (uint32_t)K(0), 0);
            break;
        case IR_OP_call: {
            uint64_t r = do_call(I, op);
            if (op->nout) {
                OUT(r);
            }
            break;
        }
        case IR_OP_mb:
            __atomic_thread_fence(__ATOMIC_SEQ_CST);
            break;
        case IR_OP_insn_start:
            cs->interp_pc = K(0);
            break;
        case IR_OP_set_label:
            break;
        case IR_OP_br:
            i = (unsigned)K(0);
            break;
        case IR_OP_brcond_i32:
            if (ir_cond_eval_i32((IrCond)K(0), U32(A(0)), U32(A(1)))) {
                i = (unsigned)K(1);
            }
            break;
        case IR_OP_brcond_i64:
            if (ir_cond_eval_i64((IrCond)K(0), A(0), A(1))) {
                i = (unsigned)K(1);
            }
            break;
        case IR_OP_goto_tb:
            cs->pc = K(1);
            cs->in_interp = false;
            return (uintptr_t)tb | (unsigned)K(0);
        case IR_OP_lookup_tb:
            cs->in_interp = false;
            return 0;
        case IR_OP_exit_tb:
            cs->in_interp = false;
            return (uintptr_t)K(0);
        case IR_OP__COUNT:
            fatal("interp: bad opcode");
        }
#undef A
#undef OUT
#undef K
    }
}

const Backend backend_interp = {
    .name = "interp",
    .init = interp_init,
    .gen = interp_gen,
    .exec = interp_exec,
    .flush = NULL,
};
