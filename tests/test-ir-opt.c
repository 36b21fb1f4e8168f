/* SPDX-License-Identifier: MIT */
/*
 * Unit tests for the IR optimizer, verifier and dumper. Directed cases pin
 * one behaviour each (folding of every op kind, identities, brcond folding,
 * copy-propagation invalidation, DCE's limits, verifier rejections); a
 * randomized property checks that optimized random blocks leave the same
 * CPU state as the originals under a small reference evaluator written here
 * independently of the passes. Prints one line per failed case and ends with
 * `N passed, M failed`; exits 0 only when nothing failed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ir/helper.h"
#include "ir/ir.h"

/* ---- The fake CPU: globals at their env offsets, scratch, guest RAM. */

#define ENV_SIZE 64
#define SCRATCH_OFF 48  /* env bytes [48, 64) belong to no global */
#define GMEM_SIZE 256
#define NG64 4
#define NG32 3

typedef struct Machine {
    uint8_t env[ENV_SIZE];
    uint8_t gmem[GMEM_SIZE];
} Machine;

static IrTemp g64[NG64], g32[NG32];

static uint64_t env_get(const uint8_t *env, int32_t off, unsigned size)
{
    uint64_t v = 0;

    memcpy(&v, env + off, size);
    return v;
}

static void env_put(uint8_t *env, int32_t off, unsigned size, uint64_t v)
{
    memcpy(env + off, &v, size);
}

/* ---- Test helpers, called through the reference evaluator. */

static uint64_t h_bump(void *env, uint64_t a)
{
    uint8_t *e = env;
    uint64_t g0 = env_get(e, 0, 8);

    env_put(e, 0, 8, g0 * 3 + 1);
    env_put(e, 8, 8, env_get(e, 8, 8) + a);
    env_put(e, 32, 4, env_get(e, 32, 4) ^ (uint32_t)a);
    return g0 + a;
}

static uint64_t h_hash(uint64_t a, uint64_t b)
{
    return (a * 0x9e3779b97f4a7c15ull) ^ (b >> 7) ^ b;
}

static uint64_t h_read(void *env)
{
    return env_get(env, 16, 8) ^ env_get(env, 24, 8);
}

static uint32_t h_check(uint32_t a)
{
    return a ^ 0x5a5a5a5a;
}

static void h_raise(void *env, uint64_t cause)
{
    env_put(env, SCRATCH_OFF + 8, 8, cause);
}

static IrHelper hi_bump = {
    .name = "h_bump", .fn = (void *)h_bump,
    .flags = H_READS_GUEST | H_WRITES_GUEST,
    .ret = IR_HT_i64, .nargs = 2, .args = { IR_HT_env, IR_HT_i64 },
};
static IrHelper hi_hash = {
    .name = "h_hash", .fn = (void *)h_hash, .flags = H_PURE,
    .ret = IR_HT_i64, .nargs = 2, .args = { IR_HT_i64, IR_HT_i64 },
};
static IrHelper hi_read = {
    .name = "h_read", .fn = (void *)h_read, .flags = H_READS_GUEST,
    .ret = IR_HT_i64, .nargs = 1, .args = { IR_HT_env },
};
static IrHelper hi_raise = {
    .name = "h_raise", .fn = (void *)h_raise, .flags = H_NORETURN,
    .ret = IR_HT_void, .nargs = 2, .args = { IR_HT_env, IR_HT_i64 },
};
static IrHelper hi_check = {
    .name = "h_check", .fn = (void *)h_check, .flags = H_PURE | H_MAY_RAISE,
    .ret = IR_HT_i32, .nargs = 1, .args = { IR_HT_i32 },
};

/* ---- The reference evaluator. */

static uint64_t sext(uint64_t v, unsigned bits)
{
    return bits >= 64 ? v
                      : (uint64_t)((int64_t)(v << (64 - bits)) >> (64 - bits));
}

static uint64_t width_mask(unsigned w)
{
    return w == 64 ? UINT64_MAX : (1ull << w) - 1;
}

static bool ref_cond(uint64_t c, uint64_t a, uint64_t b, unsigned w)
{
    int64_t sa = (int64_t)sext(a, w), sb = (int64_t)sext(b, w);

    a &= width_mask(w);
    b &= width_mask(w);
    switch (c) {
    case IR_COND_EQ: return a == b;
    case IR_COND_NE: return a != b;
    case IR_COND_LT: return sa < sb;
    case IR_COND_GE: return sa >= sb;
    case IR_COND_LE: return sa <= sb;
    case IR_COND_GT: return sa > sb;
    case IR_COND_LTU: return a < b;
    case IR_COND_GEU: return a >= b;
    case IR_COND_LEU: return a <= b;
    case IR_COND_GTU: return a > b;
    case IR_COND_ALWAYS: return true;
    default: return false;
    }
}

static unsigned temp_width(const IrBlock *b, IrTemp t)
{
    return b->temps[t].type == IR_I32 ? 32 : 64;
}

static void sync_globals(const IrBlock *b, uint64_t *v, uint8_t *env,
                         bool to_env)
{
    for (IrTemp g = 0; g < b->nglobals; g++) {
        unsigned size = temp_width(b, g) / 8;

        if (to_env) {
            env_put(env, b->temps[g].env_off, size, v[g]);
        } else {
            v[g] = env_get(env, b->temps[g].env_off, size);
        }
    }
}

static uint64_t ref_call(const IrHelper *h, const uint64_t *in, uint8_t *env)
{
    if (h == &hi_bump) {
        return h_bump(env, in[0]);
    } else if (h == &hi_hash) {
        return h_hash(in[0], in[1]);
    } else if (h == &hi_read) {
        return h_read(env);
    } else if (h == &hi_raise) {
        h_raise(env, in[0]);
        return 0;
    }
    return h_check((uint32_t)in[0]);
}

static uint64_t ref_mem(Machine *m, uint64_t addr, unsigned mo, bool store,
                        uint64_t val)
{
    unsigned size = ir_memop_size(mo);
    uint64_t v = 0;

    for (unsigned i = 0; i < size; i++) {
        uint8_t *p = &m->gmem[(addr + i) % GMEM_SIZE];

        if (store) {
            *p = (uint8_t)(val >> (8 * i));
        } else {
            v |= (uint64_t)*p << (8 * i);
        }
    }
    return (mo & IR_MO_SIGN) ? sext(v, 8 * size) : v;
}

/* Value ops: false if opc is not one. in[] holds the inputs, k the first
 * constant (a condition), w the input width in bits. */
#define M64_ UINT64_MAX

static bool ref_value(unsigned opc, const uint64_t *in, uint64_t k, unsigned w,
                      uint64_t *r)
{
    uint64_t a = in[0], b = in[1];
    unsigned n = (unsigned)(b & (w - 1));

    switch (opc) {
    case IR_OP_mov_i32: case IR_OP_mov_i64: *r = a; break;
    case IR_OP_add_i32: case IR_OP_add_i64: *r = a + b; break;
    case IR_OP_sub_i32: case IR_OP_sub_i64: *r = a - b; break;
    case IR_OP_mul_i32: case IR_OP_mul_i64: *r = a * b; break;
    case IR_OP_and_i32: case IR_OP_and_i64: *r = a & b; break;
    case IR_OP_or_i32: case IR_OP_or_i64: *r = a | b; break;
    case IR_OP_xor_i32: case IR_OP_xor_i64: *r = a ^ b; break;
    case IR_OP_shl_i32: case IR_OP_shl_i64: *r = a << n; break;
    case IR_OP_shr_i32: case IR_OP_shr_i64: *r = a >> n; break;
    case IR_OP_sar_i32: case IR_OP_sar_i64:
        *r = (uint64_t)((int64_t)sext(a, w) >> n);
        break;
    case IR_OP_rotl_i32: case IR_OP_rotl_i64:
        *r = n ? (a << n) | (a >> (w - n)) : a;
        break;
    case IR_OP_rotr_i32: case IR_OP_rotr_i64:
        *r = n ? (a >> n) | (a << (w - n)) : a;
        break;
    case IR_OP_neg_i32: case IR_OP_neg_i64: *r = 0 - a; break;
    case IR_OP_mulsh_i64:
        *r = (uint64_t)(((__int128)(int64_t)a * (int64_t)b) >> 64);
        break;
    case IR_OP_muluh_i64:
        *r = (uint64_t)(((unsigned __int128)a * b) >> 64);
        break;
    /* Outside the precondition the value is unspecified; any fixed
     * answer will do to compare a block with its optimized copy. */
    case IR_OP_div_i64:
        *r = b == 0 ? M64_ : (a == 1ull << 63 && b == M64_)
                                 ? a
                                 : (uint64_t)((int64_t)a / (int64_t)b);
        break;
    case IR_OP_rem_i64:
        *r = b == 0 ? a : (a == 1ull << 63 && b == M64_)
                              ? 0
                              : (uint64_t)((int64_t)a % (int64_t)b);
        break;
    case IR_OP_divu_i64: *r = b ? a / b : M64_; break;
    case IR_OP_remu_i64: *r = b ? a % b : a; break;
    case IR_OP_clz_i32: case IR_OP_clz_i64:
        *r = 0;
        for (unsigned i = w; i-- > 0 && !((a >> i) & 1);) {
            (*r)++;
        }
        break;
    case IR_OP_ctz_i32: case IR_OP_ctz_i64:
        *r = 0;
        for (unsigned i = 0; i < w && !((a >> i) & 1); i++) {
            (*r)++;
        }
        break;
    case IR_OP_ctpop_i32: case IR_OP_ctpop_i64:
        *r = 0;
        for (unsigned i = 0; i < w; i++) {
            *r += (a >> i) & 1;
        }
        break;
    case IR_OP_bswap_i64:
        *r = 0;
        for (unsigned i = 0; i < 8; i++) {
            *r |= ((a >> (8 * i)) & 0xff) << (56 - 8 * i);
        }
        break;
    case IR_OP_not_i32: case IR_OP_not_i64: *r = ~a; break;
    case IR_OP_setcond_i32: case IR_OP_setcond_i64:
        *r = ref_cond(k, a, b, w);
        break;
    case IR_OP_movcond_i32: case IR_OP_movcond_i64:
        *r = ref_cond(k, a, b, w) ? in[2] : in[3];
        break;
    case IR_OP_ext8s_i32: case IR_OP_ext8s_i64: *r = sext(a, 8); break;
    case IR_OP_ext16s_i32: case IR_OP_ext16s_i64: *r = sext(a, 16); break;
    case IR_OP_ext32s_i64: case IR_OP_exts_i32_i64: *r = sext(a, 32); break;
    case IR_OP_ext8u_i32: case IR_OP_ext8u_i64: *r = a & 0xff; break;
    case IR_OP_ext16u_i32: case IR_OP_ext16u_i64: *r = a & 0xffff; break;
    case IR_OP_ext32u_i64: case IR_OP_extu_i32_i64: case IR_OP_extrl_i64_i32:
        *r = a & 0xffffffffu;
        break;
    default:
        return false;
    }
    return true;
}

/* Runs b on m; returns NULL or what went wrong. */
static const char *ref_run(const IrBlock *b, Machine *m)
{
    uint64_t *v = calloc(b->ntemps, sizeof(uint64_t));
    bool *defd = calloc(b->ntemps, sizeof(bool));
    unsigned *label_pos = calloc(b->nlabels + 1, sizeof(unsigned));
    const char *err = "ran off the end of the block";
    unsigned steps = 0;

    if (!v || !defd || !label_pos) {
        abort();
    }
    for (unsigned i = 0; i < b->nops; i++) {
        if (b->ops[i].opc == IR_OP_set_label) {
            label_pos[ir_const(&b->ops[i], 0)] = i;
        }
    }
    sync_globals(b, v, m->env, false);
    for (unsigned i = 0; i < b->nops && steps++ < 100000; i++) {
        const IrOp *op = &b->ops[i];
        uint64_t in[IR_MAX_ARGS] = { 0 }, r = 0, k = 0;
        unsigned w = op->nin ? temp_width(b, ir_in(op, 0)) : 64;
        bool jump = false;

        for (unsigned j = 0; j < op->nin; j++) {
            IrTemp t = ir_in(op, j);

            if (t >= b->nglobals && !defd[t]) {
                err = "local read before written";
                goto out;
            }
            in[j] = v[t];
        }
        if (op->nconst) {
            k = ir_const(op, 0);
        }
        if (ref_value(op->opc, in, k, w, &r)) {
            /* value op: r is set */
        } else {
            switch (op->opc) {
            case IR_OP_movi_i32: case IR_OP_movi_i64: r = k; break;
            case IR_OP_ldenv_i32: case IR_OP_ldenv_i64:
                r = env_get(m->env, (int32_t)k,
                            ir_memop_size((unsigned)ir_const(op, 1)));
                if (ir_const(op, 1) & IR_MO_SIGN) {
                    r = sext(r, 8 * ir_memop_size((unsigned)ir_const(op, 1)));
                }
                break;
            case IR_OP_stenv_i32: case IR_OP_stenv_i64:
                env_put(m->env, (int32_t)k,
                        ir_memop_size((unsigned)ir_const(op, 1)), in[0]);
                break;
            case IR_OP_guest_ld_i32: case IR_OP_guest_ld_i64:
                r = ref_mem(m, in[0], ir_memop_of((uint32_t)k), false, 0);
                break;
            case IR_OP_guest_st_i32: case IR_OP_guest_st_i64:
                ref_mem(m, in[1], ir_memop_of((uint32_t)k), true, in[0]);
                break;
            case IR_OP_call:
                sync_globals(b, v, m->env, true);
                r = ref_call((const IrHelper *)(uintptr_t)k, in, m->env);
                sync_globals(b, v, m->env, false);
                if (((const IrHelper *)(uintptr_t)k)->flags & H_NORETURN) {
                    err = NULL;
                    goto out;
                }
                break;
            case IR_OP_br:
                jump = true;
                break;
            case IR_OP_brcond_i32: case IR_OP_brcond_i64:
                jump = ref_cond(k, in[0], in[1], w);
                break;
            case IR_OP_exit_tb: case IR_OP_lookup_tb:
                err = NULL;
                goto out;
            default: /* insn_start, set_label, unchained goto_tb */
                break;
            }
        }
        for (unsigned j = 0; j < op->nout; j++) {
            IrTemp t = ir_out(op, j);

            v[t] = r & width_mask(temp_width(b, t));
            defd[t] = true;
        }
        if (jump) {
            i = label_pos[ir_const(op, op->nconst - 1)];
        }
    }
out:
    sync_globals(b, v, m->env, true);
    free(v);
    free(defd);
    free(label_pos);
    return err;
}

/* ---- Case bookkeeping. */

static unsigned n_passed, n_failed;
static const char *cur_case;
static char cur_fail[256];

#define EXPECT(cond)                                                          \
    do {                                                                      \
        if (!(cond)) {                                                        \
            expect_failed(__LINE__, #cond);                                   \
        }                                                                     \
    } while (0)

static void expect_failed(int line, const char *what)
{
    if (!cur_fail[0]) {
        snprintf(cur_fail, sizeof(cur_fail), "line %d: %s", line, what);
    }
}

static void case_begin(const char *name)
{
    cur_case = name;
    cur_fail[0] = 0;
}

static void case_end(void)
{
    if (cur_fail[0]) {
        printf("FAIL %s: %s\n", cur_case, cur_fail);
        n_failed++;
    } else {
        n_passed++;
    }
}

/* ---- Block utilities. */

static uint64_t rng_next(uint64_t *s)
{
    uint64_t z = (*s += 0x9e3779b97f4a7c15ull);

    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

static void block_clone(IrBlock *dst, const IrBlock *src)
{
    *dst = *src;
    dst->ops = malloc((src->nops + 1) * sizeof(IrOp));
    dst->temps = malloc(src->cap_temps * sizeof(IrTempInfo));
    if (!dst->ops || !dst->temps) {
        abort();
    }
    memcpy(dst->ops, src->ops, src->nops * sizeof(IrOp));
    memcpy(dst->temps, src->temps, src->ntemps * sizeof(IrTempInfo));
    dst->cap_ops = src->nops + 1;
}

static const uint64_t interesting[] = {
    0, 1, UINT64_MAX, 31, 32, 63, 64, 0x80000000u, 0x7fffffffu, 0xffffffffu,
    0x8000000000000000ull, 0xff, 0x80, 0xffff8000u,
};
#define N_INTERESTING (sizeof(interesting) / sizeof(interesting[0]))

static void machine_init(Machine *m, uint64_t *s, unsigned kind)
{
    for (unsigned i = 0; i < sizeof(*m); i++) {
        ((uint8_t *)m)[i] = kind == 0 ? 0 : kind == 1 ? 0xff
                                                      : (uint8_t)rng_next(s);
    }
    if (kind < 3) {
        return;
    }
    for (unsigned i = 0; i < NG64; i++) {
        if (rng_next(s) & 1) {
            env_put(m->env, 8 * i, 8, interesting[rng_next(s) % N_INTERESTING]);
        }
    }
    for (unsigned i = 0; i < NG32; i++) {
        if (rng_next(s) & 1) {
            env_put(m->env, 32 + 4 * i, 4,
                    interesting[rng_next(s) % N_INTERESTING]);
        }
    }
}

/* Verifies orig, optimizes a copy into opt and checks both leave the same
 * machine state on several starting states; returns false on a mismatch. */
static bool optimize_checked(const IrBlock *orig, IrBlock *opt, uint64_t seed,
                             char *why, size_t whylen)
{
    const char *msg;
    unsigned bad = 0;

    block_clone(opt, orig);
    if ((msg = ir_verify(orig, &bad))) {
        snprintf(why, whylen, "input fails verify at op %u: %s", bad, msg);
        return false;
    }
    ir_optimize(opt);
    if ((msg = ir_verify(opt, &bad))) {
        snprintf(why, whylen, "output fails verify at op %u: %s", bad, msg);
        return false;
    }
    for (unsigned kind = 0; kind < 6; kind++) {
        Machine m1, m2;
        uint64_t s = seed * 7 + kind;
        const char *e1, *e2;

        machine_init(&m1, &s, kind);
        m2 = m1;
        e1 = ref_run(orig, &m1);
        e2 = ref_run(opt, &m2);
        if (e1 || e2) {
            snprintf(why, whylen, "evaluator: %s", e1 ? e1 : e2);
            return false;
        }
        if (memcmp(&m1, &m2, sizeof(m1))) {
            snprintf(why, whylen, "state differs after optimization (env %u)",
                     kind);
            return false;
        }
    }
    return true;
}

/* Optimizes b in place, after checking equivalence with the original. */
static void optimize_expect(IrBlock *b)
{
    IrBlock opt;
    char why[200];

    if (!optimize_checked(b, &opt, 1, why, sizeof(why)) && !cur_fail[0]) {
        snprintf(cur_fail, sizeof(cur_fail), "%s", why);
    }
    ir_block_free(b);
    *b = opt;
}

/* The last op writing t, or NULL. */
static const IrOp *def_of(const IrBlock *b, IrTemp t)
{
    for (unsigned i = b->nops; i-- > 0;) {
        const IrOp *op = &b->ops[i];

        for (unsigned k = 0; k < op->nout; k++) {
            if (ir_out(op, k) == t) {
                return op;
            }
        }
    }
    return NULL;
}

static unsigned count_writes(const IrBlock *b, IrTemp t)
{
    unsigned n = 0;

    for (unsigned i = 0; i < b->nops; i++) {
        for (unsigned k = 0; k < b->ops[i].nout; k++) {
            n += ir_out(&b->ops[i], k) == t;
        }
    }
    return n;
}

static unsigned count_opc(const IrBlock *b, IrOpc opc)
{
    unsigned n = 0;

    for (unsigned i = 0; i < b->nops; i++) {
        n += b->ops[i].opc == opc;
    }
    return n;
}

static bool is_movi(const IrOp *op, uint64_t v)
{
    return op && (op->opc == IR_OP_movi_i32 || op->opc == IR_OP_movi_i64) &&
           ir_const(op, 0) == v;
}

static bool is_mov_of(const IrOp *op, IrTemp src)
{
    return op && (op->opc == IR_OP_mov_i32 || op->opc == IR_OP_mov_i64) &&
           ir_in(op, 0) == src;
}

static bool reads(const IrOp *op, IrTemp t)
{
    for (unsigned k = 0; op && k < op->nin; k++) {
        if (ir_in(op, k) == t) {
            return true;
        }
    }
    return false;
}

static IrType in_type(IrOpc opc)
{
    const char *n = ir_op_defs[opc].name;

    return strstr(n, "_i32") && !strstr(n, "_i64_i32") ? IR_I32 : IR_I64;
}

static IrType out_type(IrOpc opc)
{
    const char *n = ir_op_defs[opc].name;
    size_t len = strlen(n);

    return strcmp(n + len - 4, "_i32") == 0 ? IR_I32 : IR_I64;
}

/* ---- Directed: folding every op kind over constants. */

typedef struct FoldCase {
    IrOpc opc;
    uint64_t x, y, z, w, cond;
    uint64_t want;
    const char *what;
} FoldCase;

#define M32 0xffffffffull
#define M64 UINT64_MAX

static const FoldCase fold_cases[] = {
    { .opc = IR_OP_add_i32, .x = M32, .y = 1, .want = 0, .what = "wraps" },
    { .opc = IR_OP_add_i64, .x = M64, .y = 2, .want = 1, .what = "wraps" },
    { .opc = IR_OP_sub_i32, .x = 0, .y = 1, .want = M32, .what = "wraps" },
    { .opc = IR_OP_sub_i64, .x = 5, .y = 7, .want = M64 - 1, .what = "neg" },
    { .opc = IR_OP_mul_i32, .x = 0x10000, .y = 0x10001, .want = 0x10000,
      .what = "wraps" },
    { .opc = IR_OP_mul_i64, .x = 1ull << 33, .y = 1ull << 31, .want = 0,
      .what = "wraps" },
    { .opc = IR_OP_and_i32, .x = 0xf0f0, .y = 0xff00, .want = 0xf000 },
    { .opc = IR_OP_and_i64, .x = M64, .y = 1ull << 40, .want = 1ull << 40 },
    { .opc = IR_OP_or_i32, .x = 0xf0, .y = 0x0f, .want = 0xff },
    { .opc = IR_OP_or_i64, .x = 1ull << 63, .y = 1, .want = (1ull << 63) + 1 },
    { .opc = IR_OP_xor_i32, .x = M32, .y = 0x0f, .want = 0xfffffff0u },
    { .opc = IR_OP_xor_i64, .x = M64, .y = 1, .want = M64 - 1 },
    { .opc = IR_OP_shl_i32, .x = 1, .y = 33, .want = 2,
      .what = "count masked to 5 bits" },
    { .opc = IR_OP_shl_i32, .x = 3, .y = 31, .want = 0x80000000u,
      .what = "drops high bits" },
    { .opc = IR_OP_shl_i64, .x = 1, .y = 64, .want = 1,
      .what = "count masked to 6 bits" },
    { .opc = IR_OP_shl_i64, .x = 1, .y = 63, .want = 1ull << 63 },
    { .opc = IR_OP_shr_i32, .x = 0x80000000u, .y = 32, .want = 0x80000000u,
      .what = "count masked" },
    { .opc = IR_OP_shr_i32, .x = 0x80000000u, .y = 31, .want = 1 },
    { .opc = IR_OP_shr_i64, .x = M64, .y = 63, .want = 1 },
    { .opc = IR_OP_sar_i32, .x = 0x80000000u, .y = 31, .want = M32,
      .what = "sign fills 32 bits only" },
    { .opc = IR_OP_sar_i32, .x = 0x40000000u, .y = 62, .want = 0x1,
      .what = "count masked" },
    { .opc = IR_OP_sar_i64, .x = 1ull << 63, .y = 63, .want = M64 },
    { .opc = IR_OP_rotl_i32, .x = 0x80000001u, .y = 1, .want = 3 },
    { .opc = IR_OP_rotl_i32, .x = 0x80000001u, .y = 33, .want = 3,
      .what = "count masked" },
    { .opc = IR_OP_rotl_i64, .x = 1ull << 63, .y = 1, .want = 1 },
    { .opc = IR_OP_rotr_i32, .x = 1, .y = 1, .want = 0x80000000u },
    { .opc = IR_OP_rotr_i64, .x = 1, .y = 65, .want = 1ull << 63,
      .what = "count masked" },
    { .opc = IR_OP_neg_i32, .x = 1, .want = M32 },
    { .opc = IR_OP_neg_i64, .x = 1, .want = M64 },
    { .opc = IR_OP_not_i32, .x = 0, .want = M32, .what = "stays 32-bit" },
    { .opc = IR_OP_not_i64, .x = 0, .want = M64 },
    { .opc = IR_OP_setcond_i32, .x = 0x80000000u, .y = 1, .cond = IR_COND_LT,
      .want = 1, .what = "signed at bit 31" },
    { .opc = IR_OP_setcond_i32, .x = 0x80000000u, .y = 1,
      .cond = IR_COND_LTU, .want = 0 },
    { .opc = IR_OP_setcond_i64, .x = 0x80000000u, .y = 1, .cond = IR_COND_LT,
      .want = 0, .what = "bit 31 is not a sign in i64" },
    { .opc = IR_OP_setcond_i64, .x = M64, .y = 0, .cond = IR_COND_GTU,
      .want = 1 },
    { .opc = IR_OP_setcond_i64, .x = 1, .y = 2, .cond = IR_COND_NEVER,
      .want = 0 },
    { .opc = IR_OP_movcond_i32, .x = 1, .y = 2, .z = 10, .w = 20,
      .cond = IR_COND_LE, .want = 10 },
    { .opc = IR_OP_movcond_i64, .x = 3, .y = 2, .z = 10, .w = 20,
      .cond = IR_COND_LE, .want = 20 },
    { .opc = IR_OP_ext8s_i32, .x = 0x180, .want = 0xffffff80u,
      .what = "sign-extends within 32 bits" },
    { .opc = IR_OP_ext8u_i32, .x = 0x1ff, .want = 0xff },
    { .opc = IR_OP_ext16s_i32, .x = 0x8000, .want = 0xffff8000u },
    { .opc = IR_OP_ext16u_i32, .x = 0x12345678, .want = 0x5678 },
    { .opc = IR_OP_ext8s_i64, .x = 0xff, .want = M64 },
    { .opc = IR_OP_ext8u_i64, .x = M64, .want = 0xff },
    { .opc = IR_OP_ext16s_i64, .x = 0x7fff, .want = 0x7fff },
    { .opc = IR_OP_ext16u_i64, .x = M64, .want = 0xffff },
    { .opc = IR_OP_ext32s_i64, .x = 0x80000000u,
      .want = 0xffffffff80000000ull },
    { .opc = IR_OP_ext32u_i64, .x = M64, .want = M32 },
    { .opc = IR_OP_exts_i32_i64, .x = 0x80000000u,
      .want = 0xffffffff80000000ull },
    { .opc = IR_OP_extu_i32_i64, .x = M32, .want = M32 },
    { .opc = IR_OP_extrl_i64_i32, .x = 0x123456789ull, .want = 0x23456789 },
    { .opc = IR_OP_mov_i32, .x = 7, .want = 7, .what = "propagates" },
    { .opc = IR_OP_mulsh_i64, .x = M64, .y = M64, .want = 0,
      .what = "-1 * -1 is 1" },
    { .opc = IR_OP_mulsh_i64, .x = 1ull << 63, .y = 1ull << 63,
      .want = 1ull << 62, .what = "INT64_MIN squared" },
    { .opc = IR_OP_mulsh_i64, .x = M64, .y = 5, .want = M64,
      .what = "sign of the product" },
    { .opc = IR_OP_muluh_i64, .x = M64, .y = M64, .want = M64 - 1 },
    { .opc = IR_OP_muluh_i64, .x = 1ull << 32, .y = 1ull << 32, .want = 1 },
    { .opc = IR_OP_div_i64, .x = (uint64_t)-7, .y = 2, .want = (uint64_t)-3,
      .what = "truncates toward zero" },
    { .opc = IR_OP_div_i64, .x = 1ull << 63, .y = 2, .want = 3ull << 62 },
    { .opc = IR_OP_divu_i64, .x = M64, .y = 2, .want = M64 >> 1 },
    { .opc = IR_OP_rem_i64, .x = (uint64_t)-7, .y = 2, .want = M64,
      .what = "sign of the dividend" },
    { .opc = IR_OP_rem_i64, .x = 7, .y = (uint64_t)-2, .want = 1 },
    { .opc = IR_OP_remu_i64, .x = M64, .y = 10, .want = 5 },
    { .opc = IR_OP_clz_i32, .x = 0, .want = 32, .what = "zero is the width" },
    { .opc = IR_OP_clz_i32, .x = 0x00010000, .want = 15 },
    { .opc = IR_OP_clz_i64, .x = 0, .want = 64, .what = "zero is the width" },
    { .opc = IR_OP_clz_i64, .x = 0x80000000u, .want = 32 },
    { .opc = IR_OP_ctz_i32, .x = 0, .want = 32, .what = "zero is the width" },
    { .opc = IR_OP_ctz_i32, .x = 0x80000000u, .want = 31 },
    { .opc = IR_OP_ctz_i64, .x = 0, .want = 64, .what = "zero is the width" },
    { .opc = IR_OP_ctz_i64, .x = 1ull << 63, .want = 63 },
    { .opc = IR_OP_ctpop_i32, .x = M32, .want = 32 },
    { .opc = IR_OP_ctpop_i64, .x = M64, .want = 64 },
    { .opc = IR_OP_ctpop_i64, .x = 0x8000000100000001ull, .want = 3 },
    { .opc = IR_OP_bswap_i64, .x = 0x0102030405060708ull,
      .want = 0x0807060504030201ull },
};

static void test_fold(const FoldCase *fc)
{
    IrBlock b;
    IrOpc opc = fc->opc;
    const IrOpDef *def = &ir_op_defs[opc];
    IrTemp dst = out_type(opc) == IR_I32 ? g32[0] : g64[0];
    uint64_t vals[4] = { fc->x, fc->y, fc->z, fc->w };
    uint64_t args[IR_MAX_ARGS];
    unsigned n = 0;

    ir_block_init(&b);
    args[n++] = dst;
    for (unsigned k = 0; k < def->nin; k++) {
        args[n++] = in_type(opc) == IR_I32
                        ? ir_const_i32(&b, (uint32_t)vals[k])
                        : ir_const_i64(&b, vals[k]);
    }
    if (def->nconst) {
        args[n++] = fc->cond;
    }
    ir_emit(&b, opc, args);
    ir_exit_tb(&b, 0);
    optimize_expect(&b);
    EXPECT(is_movi(def_of(&b, dst), fc->want));
    EXPECT(b.nops == 2);
    ir_block_free(&b);
}

/* ---- Directed: identities with one unknown operand. */

typedef struct IdentCase {
    const char *name;
    IrOpc opc;
    bool w32;
    bool const_left;  /* constant is the first operand */
    bool same;        /* both operands are x */
    uint64_t c;
    int expect;       /* 0: mov of x, 1: movi want, 2: op kept */
    uint64_t want;
} IdentCase;

static const IdentCase ident_cases[] = {
    { .name = "x+0", .opc = IR_OP_add_i64, .c = 0, .expect = 0 },
    { .name = "0+x", .opc = IR_OP_add_i32, .w32 = true, .const_left = true,
      .c = 0, .expect = 0 },
    { .name = "x-0", .opc = IR_OP_sub_i32, .w32 = true, .c = 0, .expect = 0 },
    { .name = "x-x", .opc = IR_OP_sub_i64, .same = true, .expect = 1,
      .want = 0 },
    { .name = "x*0", .opc = IR_OP_mul_i64, .c = 0, .expect = 1, .want = 0 },
    { .name = "1*x", .opc = IR_OP_mul_i32, .w32 = true, .const_left = true,
      .c = 1, .expect = 0 },
    { .name = "x&0", .opc = IR_OP_and_i32, .w32 = true, .c = 0, .expect = 1,
      .want = 0 },
    { .name = "x&-1 (i32)", .opc = IR_OP_and_i32, .w32 = true, .c = M32,
      .expect = 0 },
    { .name = "x&-1 (i64)", .opc = IR_OP_and_i64, .c = M64, .expect = 0 },
    { .name = "x&0xffffffff kept (i64)", .opc = IR_OP_and_i64, .c = M32,
      .expect = 2 },
    { .name = "x&x", .opc = IR_OP_and_i64, .same = true, .expect = 0 },
    { .name = "x|0", .opc = IR_OP_or_i64, .c = 0, .expect = 0 },
    { .name = "x|-1 (i32)", .opc = IR_OP_or_i32, .w32 = true, .c = M32,
      .expect = 1, .want = M32 },
    { .name = "x|x", .opc = IR_OP_or_i32, .w32 = true, .same = true,
      .expect = 0 },
    { .name = "x^0", .opc = IR_OP_xor_i32, .w32 = true, .c = 0, .expect = 0 },
    { .name = "x^x", .opc = IR_OP_xor_i64, .same = true, .expect = 1,
      .want = 0 },
    { .name = "x<<0", .opc = IR_OP_shl_i64, .c = 0, .expect = 0 },
    { .name = "x<<32 (i32) is x", .opc = IR_OP_shl_i32, .w32 = true,
      .c = 32, .expect = 0 },
    { .name = "x<<32 (i64) kept", .opc = IR_OP_shl_i64, .c = 32,
      .expect = 2 },
    { .name = "x>>64 (i64) is x", .opc = IR_OP_shr_i64, .c = 64,
      .expect = 0 },
    { .name = "x sar 0", .opc = IR_OP_sar_i32, .w32 = true, .c = 0,
      .expect = 0 },
    { .name = "rotl x,0", .opc = IR_OP_rotl_i32, .w32 = true, .c = 0,
      .expect = 0 },
    { .name = "rotr x,64", .opc = IR_OP_rotr_i64, .c = 64, .expect = 0 },
    { .name = "0<<x", .opc = IR_OP_shl_i64, .const_left = true, .c = 0,
      .expect = 1, .want = 0 },
    { .name = "-1 sar x (i32)", .opc = IR_OP_sar_i32, .w32 = true,
      .const_left = true, .c = M32, .expect = 1, .want = M32 },
    { .name = "x+1 kept", .opc = IR_OP_add_i64, .c = 1, .expect = 2 },
    { .name = "mulsh x,0", .opc = IR_OP_mulsh_i64, .c = 0, .expect = 1,
      .want = 0 },
    { .name = "muluh 0,x", .opc = IR_OP_muluh_i64, .const_left = true,
      .c = 0, .expect = 1, .want = 0 },
    { .name = "muluh x,1 kept", .opc = IR_OP_muluh_i64, .c = 1, .expect = 2 },
    { .name = "x/1", .opc = IR_OP_div_i64, .c = 1, .expect = 0 },
    { .name = "x/1 unsigned", .opc = IR_OP_divu_i64, .c = 1, .expect = 0 },
    { .name = "x%1", .opc = IR_OP_rem_i64, .c = 1, .expect = 1, .want = 0 },
    { .name = "x%1 unsigned", .opc = IR_OP_remu_i64, .c = 1, .expect = 1,
      .want = 0 },
    { .name = "x/0 kept", .opc = IR_OP_div_i64, .c = 0, .expect = 2 },
    { .name = "x%-1 kept", .opc = IR_OP_rem_i64, .c = M64, .expect = 2 },
};

/* Divisions outside their precondition are never folded: the result is
 * unspecified and the frontend's guard may keep the op from mattering. */
static void test_div_not_folded(void)
{
    static const struct {
        IrOpc opc;
        uint64_t x, y;
    } cases[] = {
        { IR_OP_div_i64, 5, 0 },         { IR_OP_divu_i64, 5, 0 },
        { IR_OP_rem_i64, 5, 0 },         { IR_OP_remu_i64, 5, 0 },
        { IR_OP_div_i64, 1ull << 63, M64 }, { IR_OP_rem_i64, 1ull << 63, M64 },
    };

    for (unsigned i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        IrBlock b;
        ir_block_init(&b);
        ir_op2(&b, cases[i].opc, g64[0], ir_const_i64(&b, cases[i].x),
               ir_const_i64(&b, cases[i].y));
        ir_exit_tb(&b, 0);
        optimize_expect(&b);
        EXPECT(def_of(&b, g64[0]) && def_of(&b, g64[0])->opc == cases[i].opc);
        ir_block_free(&b);
    }
}

static void test_identity(const IdentCase *ic)
{
    IrBlock b;
    IrTemp x = ic->w32 ? g32[1] : g64[1], dst = ic->w32 ? g32[0] : g64[0];
    IrTemp c;
    const IrOp *d;

    ir_block_init(&b);
    c = ic->w32 ? ir_const_i32(&b, (uint32_t)ic->c) : ir_const_i64(&b, ic->c);
    if (ic->same) {
        ir_op2(&b, ic->opc, dst, x, x);
    } else if (ic->const_left) {
        ir_op2(&b, ic->opc, dst, c, x);
    } else {
        ir_op2(&b, ic->opc, dst, x, c);
    }
    ir_exit_tb(&b, 0);
    optimize_expect(&b);
    d = def_of(&b, dst);
    if (ic->expect == 0) {
        EXPECT(is_mov_of(d, x));
    } else if (ic->expect == 1) {
        EXPECT(is_movi(d, ic->want));
    } else {
        EXPECT(d && d->opc == ic->opc);
    }
    ir_block_free(&b);
}

/* ---- Directed: conditions. */

static void test_setcond_same_operands(void)
{
    IrBlock b;

    ir_block_init(&b);
    ir_setcond_i64(&b, IR_COND_GEU, g64[0], g64[1], g64[1]);
    ir_setcond_i64(&b, IR_COND_LT, g64[2], g64[1], g64[1]);
    ir_exit_tb(&b, 0);
    optimize_expect(&b);
    EXPECT(is_movi(def_of(&b, g64[0]), 1));
    EXPECT(is_movi(def_of(&b, g64[2]), 0));
    ir_block_free(&b);
}

static void test_setcond_unsigned_zero(void)
{
    IrBlock b;
    IrTemp z;

    ir_block_init(&b);
    z = ir_const_i64(&b, 0);
    ir_setcond_i64(&b, IR_COND_LTU, g64[0], g64[1], z);
    ir_setcond_i64(&b, IR_COND_LEU, g64[2], z, g64[1]);
    ir_setcond_i64(&b, IR_COND_LT, g64[3], g64[1], z);
    ir_exit_tb(&b, 0);
    optimize_expect(&b);
    EXPECT(is_movi(def_of(&b, g64[0]), 0));
    EXPECT(is_movi(def_of(&b, g64[2]), 1));
    EXPECT(def_of(&b, g64[3])->opc == IR_OP_setcond_i64);
    ir_block_free(&b);
}

static void test_movcond_folds(void)
{
    IrBlock b;
    IrTemp one, two;

    ir_block_init(&b);
    one = ir_const_i64(&b, 1);
    two = ir_const_i64(&b, 2);
    ir_movcond_i64(&b, IR_COND_LT, g64[0], one, two, g64[1], g64[2]);
    ir_movcond_i64(&b, IR_COND_EQ, g64[3], g64[0], g64[2], g64[1], g64[1]);
    ir_movcond_i64(&b, IR_COND_EQ, g64[2], g64[1], g64[2], one, g64[1]);
    ir_exit_tb(&b, 0);
    optimize_expect(&b);
    EXPECT(is_mov_of(def_of(&b, g64[0]), g64[1]));
    EXPECT(is_mov_of(def_of(&b, g64[3]), g64[1]));
    EXPECT(def_of(&b, g64[2])->opc == IR_OP_movcond_i64);
    ir_block_free(&b);
}

static void test_brcond_taken(void)
{
    IrBlock b;
    unsigned l;
    IrTemp x;

    ir_block_init(&b);
    l = ir_label_new(&b);
    x = ir_const_i32(&b, M32);
    ir_emit(&b, IR_OP_brcond_i32,
            (uint64_t[]){ x, ir_const_i32(&b, 0), IR_COND_LT, l });
    ir_movi_i64(&b, g64[0], 5);
    ir_set_label(&b, l);
    ir_exit_tb(&b, 0);
    optimize_expect(&b);
    EXPECT(count_opc(&b, IR_OP_brcond_i32) == 0);
    EXPECT(count_opc(&b, IR_OP_br) == 1);
    EXPECT(count_writes(&b, g64[0]) == 0);  /* unreachable after br */
    EXPECT(count_opc(&b, IR_OP_set_label) == 1);
    ir_block_free(&b);
}

static void test_brcond_not_taken(void)
{
    IrBlock b;
    unsigned l;

    ir_block_init(&b);
    l = ir_label_new(&b);
    ir_brcond_i64(&b, IR_COND_NE, g64[1], g64[1], l);
    ir_movi_i64(&b, g64[0], 5);
    ir_set_label(&b, l);
    ir_exit_tb(&b, 0);
    optimize_expect(&b);
    EXPECT(count_opc(&b, IR_OP_brcond_i64) == 0);
    EXPECT(count_opc(&b, IR_OP_br) == 0);
    EXPECT(is_movi(def_of(&b, g64[0]), 5));
    ir_block_free(&b);
}

static void test_brcond_unknown_kept(void)
{
    IrBlock b;
    unsigned l;

    ir_block_init(&b);
    l = ir_label_new(&b);
    ir_brcond_i64(&b, IR_COND_EQ, g64[1], g64[2], l);
    ir_movi_i64(&b, g64[0], 5);
    ir_set_label(&b, l);
    ir_exit_tb(&b, 0);
    optimize_expect(&b);
    EXPECT(count_opc(&b, IR_OP_brcond_i64) == 1);
    EXPECT(count_writes(&b, g64[0]) == 1);
    ir_block_free(&b);
}

/* ---- Directed: propagation and its invalidation. */

static void test_constprop_forgets_at_label(void)
{
    IrBlock b;
    unsigned l;

    ir_block_init(&b);
    l = ir_label_new(&b);
    ir_movi_i64(&b, g64[0], 5);
    ir_brcond_i64(&b, IR_COND_EQ, g64[1], g64[2], l);
    ir_movi_i64(&b, g64[0], 6);
    ir_set_label(&b, l);
    ir_op2(&b, IR_OP_add_i64, g64[3], g64[0], ir_const_i64(&b, 1));
    ir_exit_tb(&b, 0);
    optimize_expect(&b);
    EXPECT(def_of(&b, g64[3])->opc == IR_OP_add_i64);
    ir_block_free(&b);
}

static void test_constprop_call_clobbers(void)
{
    IrBlock b;

    ir_block_init(&b);
    ir_movi_i64(&b, g64[1], 5);
    ir_movi_i64(&b, g64[2], 6);
    ir_call(&b, &hi_read, ir_temp_new(&b, IR_I64), 0);
    ir_op2(&b, IR_OP_add_i64, g64[3], g64[2], ir_const_i64(&b, 0));
    ir_call(&b, &hi_bump, ir_temp_new(&b, IR_I64), 1, g64[0]);
    ir_op2(&b, IR_OP_add_i64, g64[0], g64[1], ir_const_i64(&b, 0));
    ir_exit_tb(&b, 0);
    optimize_expect(&b);
    EXPECT(is_movi(def_of(&b, g64[3]), 6));       /* read-only call */
    EXPECT(is_mov_of(def_of(&b, g64[0]), g64[1])); /* writing call */
    ir_block_free(&b);
}

static void test_global_write_read_rewrite(void)
{
    IrBlock b;
    IrTemp t;

    ir_block_init(&b);
    ir_movi_i64(&b, g64[0], 5);
    ir_op2(&b, IR_OP_add_i64, g64[1], g64[0], ir_const_i64(&b, 3));
    ir_op2(&b, IR_OP_add_i64, g64[0], g64[0], g64[2]);
    ir_op2(&b, IR_OP_add_i64, g64[3], g64[0], ir_const_i64(&b, 0));
    t = ir_temp_new(&b, IR_I64);
    ir_op1(&b, IR_OP_mov_i64, t, g64[0]);
    ir_movi_i64(&b, g64[0], 7);
    ir_op2(&b, IR_OP_xor_i64, g64[2], t, g64[1]);
    ir_exit_tb(&b, 0);
    optimize_expect(&b);
    EXPECT(is_movi(def_of(&b, g64[1]), 8));
    EXPECT(is_mov_of(def_of(&b, g64[3]), g64[0]));
    EXPECT(count_writes(&b, g64[0]) == 3);
    EXPECT(!reads(def_of(&b, g64[2]), g64[0]));   /* g0 was rewritten */
    ir_block_free(&b);
}

static void test_copyprop_replaces_reads(void)
{
    IrBlock b;
    IrTemp t;

    ir_block_init(&b);
    t = ir_temp_new(&b, IR_I64);
    ir_op1(&b, IR_OP_mov_i64, t, g64[0]);
    ir_op2(&b, IR_OP_add_i64, g64[1], t, g64[2]);
    ir_exit_tb(&b, 0);
    optimize_expect(&b);
    EXPECT(reads(def_of(&b, g64[1]), g64[0]));
    EXPECT(b.nops == 2);   /* the mov to the local is dead */
    ir_block_free(&b);
}

static void test_copyprop_source_redefined(void)
{
    IrBlock b;
    IrTemp t;

    ir_block_init(&b);
    t = ir_temp_new(&b, IR_I64);
    ir_op1(&b, IR_OP_mov_i64, t, g64[0]);
    ir_op2(&b, IR_OP_add_i64, g64[0], g64[0], g64[3]);
    ir_op2(&b, IR_OP_add_i64, g64[1], t, g64[2]);
    ir_exit_tb(&b, 0);
    optimize_expect(&b);
    EXPECT(reads(def_of(&b, g64[1]), t));
    ir_block_free(&b);
}

static void test_copyprop_dest_redefined(void)
{
    IrBlock b;
    IrTemp t;

    ir_block_init(&b);
    t = ir_temp_new(&b, IR_I32);
    ir_op1(&b, IR_OP_mov_i32, t, g32[0]);
    ir_op2(&b, IR_OP_add_i32, g32[1], t, g32[2]);
    ir_op2(&b, IR_OP_add_i32, t, g32[1], g32[2]);
    ir_op2(&b, IR_OP_sub_i32, g32[2], t, g32[0]);
    ir_exit_tb(&b, 0);
    optimize_expect(&b);
    EXPECT(reads(def_of(&b, g32[1]), g32[0]));
    EXPECT(reads(def_of(&b, g32[2]), t));
    ir_block_free(&b);
}

static void test_copyprop_global_dest(void)
{
    IrBlock b;

    ir_block_init(&b);
    ir_op1(&b, IR_OP_mov_i64, g64[1], g64[0]);
    ir_op2(&b, IR_OP_add_i64, g64[2], g64[1], g64[3]);
    ir_movi_i64(&b, g64[0], 9);
    ir_op2(&b, IR_OP_add_i64, g64[3], g64[1], g64[2]);
    ir_exit_tb(&b, 0);
    optimize_expect(&b);
    EXPECT(reads(def_of(&b, g64[2]), g64[0]));
    EXPECT(reads(def_of(&b, g64[3]), g64[1]));
    EXPECT(count_writes(&b, g64[1]) == 1);
    ir_block_free(&b);
}

static void test_copyprop_not_across_label(void)
{
    IrBlock b;
    unsigned l;

    ir_block_init(&b);
    l = ir_label_new(&b);
    ir_brcond_i64(&b, IR_COND_EQ, g64[3], g64[0], l);
    ir_op1(&b, IR_OP_mov_i64, g64[1], g64[0]);
    ir_set_label(&b, l);
    ir_op2(&b, IR_OP_add_i64, g64[2], g64[1], g64[3]);
    ir_exit_tb(&b, 0);
    optimize_expect(&b);
    EXPECT(reads(def_of(&b, g64[2]), g64[1]));
    ir_block_free(&b);
}

static void test_copyprop_call_clobbers(void)
{
    IrBlock b;
    IrTemp t, u;

    ir_block_init(&b);
    t = ir_temp_new(&b, IR_I64);
    u = ir_temp_new(&b, IR_I64);
    ir_op1(&b, IR_OP_mov_i64, t, g64[0]);
    ir_op1(&b, IR_OP_mov_i64, u, g64[2]);
    ir_call(&b, &hi_read, g64[3], 0);
    ir_op2(&b, IR_OP_add_i64, g64[2], u, g64[1]);
    ir_call(&b, &hi_bump, g64[3], 1, g64[1]);
    ir_op2(&b, IR_OP_add_i64, g64[1], t, g64[3]);
    ir_exit_tb(&b, 0);
    optimize_expect(&b);
    EXPECT(reads(def_of(&b, g64[2]), g64[2]));  /* read-only call */
    EXPECT(reads(def_of(&b, g64[1]), t));       /* writing call */
    ir_block_free(&b);
}

static void test_copyprop_self_move_removed(void)
{
    IrBlock b;
    IrTemp t;

    ir_block_init(&b);
    t = ir_temp_new(&b, IR_I64);
    ir_op1(&b, IR_OP_mov_i64, t, g64[0]);
    ir_op1(&b, IR_OP_mov_i64, g64[0], t);
    ir_exit_tb(&b, 0);
    optimize_expect(&b);
    EXPECT(b.nops == 1);
    ir_block_free(&b);
}

/* ---- Directed: dead-code elimination. */

static void test_dce_removes_dead_locals(void)
{
    IrBlock b;
    IrTemp t1, t2, t3;

    ir_block_init(&b);
    t1 = ir_temp_new(&b, IR_I64);
    t2 = ir_temp_new(&b, IR_I64);
    t3 = ir_temp_new(&b, IR_I64);
    ir_ldenv_i64(&b, t1, SCRATCH_OFF, IR_MO_64);
    ir_op2(&b, IR_OP_add_i64, t2, t1, g64[0]);
    ir_op2(&b, IR_OP_mul_i64, t3, t2, t2);
    ir_call(&b, &hi_hash, ir_temp_new(&b, IR_I64), 2, t3, t1);
    ir_exit_tb(&b, 0);
    optimize_expect(&b);
    EXPECT(b.nops == 1);
    ir_block_free(&b);
}

static void test_dce_keeps_side_effects(void)
{
    IrBlock b;
    IrTemp a, t;

    ir_block_init(&b);
    ir_insn_start(&b, 0x80000000u);
    a = ir_const_i64(&b, 0x10);
    t = ir_temp_new(&b, IR_I64);
    ir_guest_ld_i64(&b, t, a, ir_memop_idx(IR_MO_32 | IR_MO_SIGN, 1));
    ir_guest_st_i64(&b, g64[1], a, ir_memop_idx(IR_MO_64, 1));
    ir_stenv_i64(&b, g64[2], SCRATCH_OFF, IR_MO_64);
    ir_call(&b, &hi_bump, ir_temp_new(&b, IR_I64), 1, g64[0]);
    ir_call(&b, &hi_check, ir_temp_new(&b, IR_I32), 1, g32[0]);
    ir_exit_tb(&b, 0);
    optimize_expect(&b);
    EXPECT(count_opc(&b, IR_OP_insn_start) == 1);
    EXPECT(count_opc(&b, IR_OP_guest_ld_i64) == 1);
    EXPECT(count_opc(&b, IR_OP_guest_st_i64) == 1);
    EXPECT(count_opc(&b, IR_OP_stenv_i64) == 1);
    EXPECT(count_opc(&b, IR_OP_call) == 2);   /* writes guest; may raise */
    ir_block_free(&b);
}

static void test_dce_keeps_global_writes(void)
{
    IrBlock b;

    ir_block_init(&b);
    ir_movi_i64(&b, g64[0], 1);
    ir_op2(&b, IR_OP_add_i64, g64[1], g64[2], g64[3]);
    ir_movi_i64(&b, g64[0], 2);
    ir_op2(&b, IR_OP_add_i64, g64[1], g64[2], g64[0]);
    ir_exit_tb(&b, 0);
    optimize_expect(&b);
    EXPECT(count_writes(&b, g64[0]) == 2);
    EXPECT(count_writes(&b, g64[1]) == 2);
    ir_block_free(&b);
}

static void test_dce_keeps_ops_after_goto_tb(void)
{
    IrBlock b;

    ir_block_init(&b);
    ir_goto_tb(&b, 0, 0x1000);
    ir_movi_i64(&b, g64[0], 0x1000);
    ir_exit_tb(&b, 0);
    optimize_expect(&b);
    EXPECT(count_writes(&b, g64[0]) == 1);
    EXPECT(b.nops == 3);
    ir_block_free(&b);
}

static void test_dce_unreachable_after_exit(void)
{
    IrBlock b;
    unsigned l;

    ir_block_init(&b);
    l = ir_label_new(&b);
    ir_brcond_i64(&b, IR_COND_EQ, g64[0], g64[1], l);
    ir_exit_tb(&b, 1);
    ir_movi_i64(&b, g64[2], 3);
    ir_set_label(&b, l);
    ir_movi_i64(&b, g64[3], 4);
    ir_exit_tb(&b, 0);
    optimize_expect(&b);
    EXPECT(count_writes(&b, g64[2]) == 0);
    EXPECT(count_writes(&b, g64[3]) == 1);
    EXPECT(b.nops == 5);
    ir_block_free(&b);
}

static void test_dce_backward_branch_keeps_terminal(void)
{
    IrBlock b;
    unsigned top, out;

    ir_block_init(&b);
    top = ir_label_new(&b);
    out = ir_label_new(&b);
    ir_movi_i64(&b, g64[1], 0);
    ir_set_label(&b, top);
    ir_op2(&b, IR_OP_add_i64, g64[0], g64[0], ir_const_i64(&b, 1));
    ir_op2(&b, IR_OP_add_i64, g64[1], g64[1], ir_const_i64(&b, 1));
    ir_brcond_i64(&b, IR_COND_LTU, g64[0], ir_const_i64(&b, 10), out);
    ir_exit_tb(&b, 0);
    ir_set_label(&b, out);
    ir_br(&b, top);
    ir_movi_i64(&b, g64[2], 3);
    ir_exit_tb(&b, 0);
    optimize_expect(&b);
    EXPECT(count_writes(&b, g64[2]) == 0);
    EXPECT(b.nops > 0 && b.ops[b.nops - 1].opc == IR_OP_exit_tb);
    EXPECT(def_of(&b, g64[1])->opc == IR_OP_add_i64);
    ir_block_free(&b);
}

static void test_dce_noreturn_call(void)
{
    IrBlock b;
    unsigned l;

    ir_block_init(&b);
    l = ir_label_new(&b);
    ir_brcond_i64(&b, IR_COND_EQ, g64[0], g64[1], l);
    ir_call(&b, &hi_raise, IR_NO_TEMP, 1, ir_const_i64(&b, 5));
    ir_movi_i64(&b, g64[2], 1);
    ir_set_label(&b, l);
    ir_call(&b, &hi_raise, IR_NO_TEMP, 1, ir_const_i64(&b, 7));
    optimize_expect(&b);
    EXPECT(count_writes(&b, g64[2]) == 0);
    EXPECT(count_opc(&b, IR_OP_call) == 2);
    EXPECT(b.nops > 0 && b.ops[b.nops - 1].opc == IR_OP_call);
    ir_block_free(&b);
}

static void test_dce_tail_after_exit_keeps_noreturn_call(void)
{
    IrBlock b;

    ir_block_init(&b);
    ir_movi_i64(&b, g64[2], 1);
    ir_exit_tb(&b, 0);
    ir_call(&b, &hi_raise, IR_NO_TEMP, 1, ir_const_i64(&b, 7));
    optimize_expect(&b);
    EXPECT(b.nops > 0 && b.ops[b.nops - 1].opc == IR_OP_call);
    ir_block_free(&b);
}

/* ---- Directed: the verifier rejects malformed blocks. */

typedef enum BadKind {
    BAD_TYPE, BAD_LABEL_UNSET, BAD_LABEL_TWICE, BAD_LOCAL_CROSSES_BB,
    BAD_NO_TERMINAL, BAD_CALL_ARGS, BAD_MOVI32, BAD_TEMP, BAD_OPC,
    BAD_EXT_TYPES, BAD_CALL_RET,
} BadKind;

static void test_verify_rejects(BadKind kind)
{
    IrBlock b;
    IrTemp t;
    unsigned l, bad = 99;
    const char *msg;

    ir_block_init(&b);
    t = ir_temp_new(&b, IR_I64);
    l = ir_label_new(&b);
    ir_movi_i64(&b, g64[0], 1);
    switch (kind) {
    case BAD_TYPE:
        ir_op2(&b, IR_OP_add_i64, g64[0], g64[1], g32[0]);
        break;
    case BAD_LABEL_UNSET:
        ir_br(&b, l);
        break;
    case BAD_LABEL_TWICE:
        ir_set_label(&b, l);
        ir_set_label(&b, l);
        break;
    case BAD_LOCAL_CROSSES_BB:
        ir_movi_i64(&b, t, 1);
        ir_set_label(&b, l);
        ir_op1(&b, IR_OP_mov_i64, g64[0], t);
        break;
    case BAD_NO_TERMINAL:
        ir_movi_i64(&b, g64[1], 2);
        break;
    case BAD_CALL_ARGS:
        ir_call(&b, &hi_hash, t, 1, g64[0]);
        break;
    case BAD_MOVI32:
        ir_emit(&b, IR_OP_movi_i32, (uint64_t[]){ g32[0], 1ull << 32 });
        break;
    case BAD_TEMP:
        ir_op1(&b, IR_OP_mov_i64, g64[0], b.ntemps);
        break;
    case BAD_OPC:
        ir_movi_i64(&b, g64[0], 1);
        b.ops[b.nops - 1].opc = IR_OP__COUNT;
        break;
    case BAD_EXT_TYPES:
        ir_op1(&b, IR_OP_exts_i32_i64, g32[0], g64[0]);
        break;
    case BAD_CALL_RET:
        ir_call(&b, &hi_check, g64[0], 1, g32[0]);
        break;
    }
    if (kind != BAD_NO_TERMINAL) {
        ir_exit_tb(&b, 0);
    }
    msg = ir_verify(&b, &bad);
    EXPECT(msg != NULL);
    EXPECT(bad >= 1 && bad < b.nops);
    ir_block_free(&b);
}

static void test_verify_accepts(void)
{
    IrBlock b;
    IrTemp t;
    unsigned l;

    ir_block_init(&b);
    l = ir_label_new(&b);
    ir_insn_start(&b, 0x1000);
    t = ir_const_i64(&b, 4);
    ir_brcond_i64(&b, IR_COND_LTU, g64[0], t, l);
    ir_call(&b, &hi_check, g32[1], 1, g32[0]);
    ir_set_label(&b, l);
    ir_ldenv_i32(&b, ir_temp_new(&b, IR_I32), SCRATCH_OFF, IR_MO_32);
    ir_goto_tb(&b, 0, 0x1004);
    ir_lookup_tb(&b);
    EXPECT(ir_verify(&b, NULL) == NULL);
    ir_call(&b, &hi_raise, IR_NO_TEMP, 1, g64[0]);  /* noreturn terminal */
    EXPECT(ir_verify(&b, NULL) == NULL);
    ir_block_free(&b);
}

/* ---- Directed: the dump. */

static void test_dump_readable(void)
{
    IrBlock b;
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    IrTemp t;
    unsigned l;

    if (!f) {
        abort();
    }
    ir_block_init(&b);
    l = ir_label_new(&b);
    ir_insn_start(&b, 0x80000000u);
    t = ir_const_i64(&b, 0x10);
    ir_setcond_i64(&b, IR_COND_LTU, g64[0], g64[1], t);
    ir_brcond_i64(&b, IR_COND_EQ, g64[0], t, l);
    ir_guest_ld_i64(&b, g64[2], t, ir_memop_idx(IR_MO_32 | IR_MO_SIGN, 1));
    ir_ldenv_i64(&b, g64[3], SCRATCH_OFF, IR_MO_16);
    ir_call(&b, &hi_bump, g64[1], 1, t);
    ir_set_label(&b, l);
    ir_exit_tb(&b, 0);
    ir_dump(&b, f);
    fclose(f);
    EXPECT(strstr(text, " ---- 0x0000000080000000\n"));
    EXPECT(strstr(text, "movi_i64"));
    EXPECT(strstr(text, "$0x10"));
    EXPECT(strstr(text, "g0, g1, tmp"));
    EXPECT(strstr(text, "ltu"));
    EXPECT(strstr(text, "L0"));
    EXPECT(strstr(text, "mo=s32 idx=1"));
    EXPECT(strstr(text, "env+0x30, mo=u16"));
    EXPECT(strstr(text, "g1 = h_bump(tmp"));
    EXPECT(strstr(text, "exit_tb"));
    free(text);
    ir_block_free(&b);
}

/* ---- Randomized equivalence. */

#define N_LOC64 5
#define N_LOC32 4
#define MAX_PENDING 6

typedef struct Gen {
    IrBlock *b;
    uint64_t s;
    bool rich;  /* branches, labels, calls and env accesses too */
    IrTemp loc[2][N_LOC64];  /* [IR_I32] and [IR_I64] */
    bool *defd;              /* per temp: written in this basic block */
    unsigned pending[MAX_PENDING];
    unsigned npending;
} Gen;

static unsigned gen_rand(Gen *g, unsigned n)
{
    return (unsigned)(rng_next(&g->s) % n);
}

static void gen_new_bb(Gen *g)
{
    memset(g->defd, 0, g->b->cap_temps * sizeof(bool));
}

static IrTemp gen_src(Gen *g, IrType type)
{
    IrTemp cand[NG64 + 2 * N_LOC64];
    unsigned n = 0;

    for (unsigned i = 0; i < (type == IR_I32 ? NG32 : NG64); i++) {
        cand[n++] = type == IR_I32 ? g32[i] : g64[i];
    }
    for (unsigned i = 0; i < (type == IR_I32 ? N_LOC32 : N_LOC64); i++) {
        IrTemp t = g->loc[type][i];

        if (g->defd[t]) {
            /* Locals holding fresh constants are the interesting inputs. */
            cand[n++] = t;
            if (gen_rand(g, 2)) {
                cand[n++] = t;
            }
        }
    }
    return cand[gen_rand(g, n)];
}

static IrTemp gen_dst(Gen *g, IrType type)
{
    IrTemp t;

    if (gen_rand(g, 10) < 3) {
        t = type == IR_I32 ? g32[gen_rand(g, NG32)] : g64[gen_rand(g, NG64)];
    } else {
        t = g->loc[type][gen_rand(g, type == IR_I32 ? N_LOC32 : N_LOC64)];
    }
    g->defd[t] = true;
    return t;
}

static const IrOpc gen_binops[] = {
    IR_OP_add_i32, IR_OP_sub_i32, IR_OP_mul_i32, IR_OP_and_i32, IR_OP_or_i32,
    IR_OP_xor_i32, IR_OP_shl_i32, IR_OP_shr_i32, IR_OP_sar_i32,
    IR_OP_rotl_i32, IR_OP_rotr_i32,
    IR_OP_add_i64, IR_OP_sub_i64, IR_OP_mul_i64, IR_OP_and_i64, IR_OP_or_i64,
    IR_OP_xor_i64, IR_OP_shl_i64, IR_OP_shr_i64, IR_OP_sar_i64,
    IR_OP_rotl_i64, IR_OP_rotr_i64,
    IR_OP_mulsh_i64, IR_OP_muluh_i64, IR_OP_div_i64, IR_OP_divu_i64,
    IR_OP_rem_i64, IR_OP_remu_i64,
};
static const IrOpc gen_unops[] = {
    IR_OP_mov_i32, IR_OP_neg_i32, IR_OP_not_i32, IR_OP_ext8s_i32,
    IR_OP_ext8u_i32, IR_OP_ext16s_i32, IR_OP_ext16u_i32, IR_OP_extrl_i64_i32,
    IR_OP_mov_i64, IR_OP_neg_i64, IR_OP_not_i64, IR_OP_ext8s_i64,
    IR_OP_ext8u_i64, IR_OP_ext16s_i64, IR_OP_ext16u_i64, IR_OP_ext32s_i64,
    IR_OP_ext32u_i64, IR_OP_exts_i32_i64, IR_OP_extu_i32_i64,
    IR_OP_clz_i32, IR_OP_ctz_i32, IR_OP_ctpop_i32, IR_OP_clz_i64,
    IR_OP_ctz_i64, IR_OP_ctpop_i64, IR_OP_bswap_i64,
};
#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

static void gen_value_op(Gen *g)
{
    unsigned r = gen_rand(g, 100);
    IrType ty = gen_rand(g, 2) ? IR_I64 : IR_I32;
    IrOpc opc;
    IrTemp x, y, d;
    unsigned cond;

    if (r < 18) {
        uint64_t c = gen_rand(g, 4) ? interesting[gen_rand(g, N_INTERESTING)]
                                    : rng_next(&g->s);
        d = gen_dst(g, ty);
        if (ty == IR_I32) {
            ir_movi_i32(g->b, d, (uint32_t)c);
        } else {
            ir_movi_i64(g->b, d, c);
        }
    } else if (r < 60) {
        opc = gen_binops[gen_rand(g, ARRAY_LEN(gen_binops))];
        ty = in_type(opc);
        x = gen_src(g, ty);
        y = gen_rand(g, 5) ? gen_src(g, ty) : x;
        d = gen_dst(g, ty);
        ir_op2(g->b, opc, d, x, y);
    } else if (r < 78) {
        opc = gen_unops[gen_rand(g, ARRAY_LEN(gen_unops))];
        x = gen_src(g, in_type(opc));
        d = gen_dst(g, out_type(opc));
        ir_op1(g->b, opc, d, x);
    } else if (r < 88) {
        opc = ty == IR_I32 ? IR_OP_setcond_i32 : IR_OP_setcond_i64;
        x = gen_src(g, ty);
        y = gen_rand(g, 5) ? gen_src(g, ty) : x;
        cond = gen_rand(g, IR_COND_NEVER + 1);
        d = gen_dst(g, ty);
        ir_emit(g->b, opc, (uint64_t[]){ d, x, y, cond });
    } else {
        IrTemp v1 = gen_src(g, ty), v2 = gen_rand(g, 4) ? gen_src(g, ty) : v1;

        opc = ty == IR_I32 ? IR_OP_movcond_i32 : IR_OP_movcond_i64;
        x = gen_src(g, ty);
        y = gen_rand(g, 5) ? gen_src(g, ty) : x;
        cond = gen_rand(g, IR_COND_NEVER + 1);
        d = gen_dst(g, ty);
        ir_emit(g->b, opc, (uint64_t[]){ d, x, y, v1, v2, cond });
    }
}

static void gen_control_op(Gen *g)
{
    unsigned r = gen_rand(g, 100);
    IrBlock *b = g->b;

    if (r < 30 && g->npending < MAX_PENDING) {
        unsigned l = ir_label_new(b);
        IrType ty = gen_rand(g, 2) ? IR_I64 : IR_I32;
        IrTemp x = gen_src(g, ty), y = gen_rand(g, 10) ? gen_src(g, ty) : x;
        unsigned cond = gen_rand(g, IR_COND_GTU + 1);

        g->pending[g->npending++] = l;
        ir_emit(b, ty == IR_I32 ? IR_OP_brcond_i32 : IR_OP_brcond_i64,
                (uint64_t[]){ x, y, cond, l });
        gen_new_bb(g);
    } else if (r < 50 && g->npending) {
        unsigned k = gen_rand(g, g->npending);

        ir_set_label(b, g->pending[k]);
        g->pending[k] = g->pending[--g->npending];
        gen_new_bb(g);
    } else if (r < 55 && g->npending < MAX_PENDING) {
        unsigned l = ir_label_new(b);

        g->pending[g->npending++] = l;
        ir_br(b, l);
        gen_new_bb(g);
    } else if (r < 65) {
        IrTemp x = gen_src(g, IR_I64);

        ir_call(b, &hi_bump, gen_dst(g, IR_I64), 1, x);
    } else if (r < 72) {
        IrTemp x = gen_src(g, IR_I64), y = gen_src(g, IR_I64);

        ir_call(b, &hi_hash, gen_dst(g, IR_I64), 2, x, y);
    } else if (r < 78) {
        ir_call(b, &hi_read, gen_dst(g, IR_I64), 0);
    } else if (r < 84) {
        IrTemp x = gen_src(g, IR_I32);

        ir_call(b, &hi_check, gen_dst(g, IR_I32), 1, x);
    } else if (r < 90) {
        IrTemp x = gen_src(g, IR_I64);
        int32_t off = SCRATCH_OFF + 8 * (int32_t)gen_rand(g, 2);

        ir_stenv_i64(b, x, off, IR_MO_64);
    } else if (r < 95) {
        int32_t off = SCRATCH_OFF + 8 * (int32_t)gen_rand(g, 2);
        unsigned mo = gen_rand(g, 4);

        mo |= gen_rand(g, 2) ? IR_MO_SIGN : 0;
        ir_ldenv_i64(b, gen_dst(g, IR_I64), off, mo);
    } else if (r < 98) {
        ir_insn_start(b, 0x80000000u + 4 * gen_rand(g, 64));
    } else {
        ir_call(b, &hi_raise, IR_NO_TEMP, 1, gen_src(g, IR_I64));
    }
}

static void gen_block(IrBlock *b, uint64_t seed, bool rich)
{
    Gen g = { .b = b, .s = seed, .rich = rich };
    unsigned n;

    ir_block_init(b);
    for (unsigned i = 0; i < N_LOC64; i++) {
        g.loc[IR_I64][i] = ir_temp_new(b, IR_I64);
    }
    for (unsigned i = 0; i < N_LOC32; i++) {
        g.loc[IR_I32][i] = ir_temp_new(b, IR_I32);
    }
    g.defd = calloc(b->cap_temps, sizeof(bool));
    if (!g.defd) {
        abort();
    }
    n = 8 + gen_rand(&g, 56);
    for (unsigned i = 0; i < n; i++) {
        if (g.rich && gen_rand(&g, 100) < 25) {
            gen_control_op(&g);
        } else {
            gen_value_op(&g);
        }
    }
    while (g.npending) {
        ir_set_label(b, g.pending[--g.npending]);
    }
    ir_exit_tb(b, 0);
    free(g.defd);
}

static void test_random(const char *name, bool rich, unsigned nseeds)
{
    unsigned fails = 0, first = 0;
    unsigned long ops_before = 0, ops_after = 0;
    char why[200], first_why[200] = "";

    for (unsigned seed = 1; seed <= nseeds; seed++) {
        IrBlock b, opt;

        gen_block(&b, seed * 0x100000001b3ull + rich, rich);
        if (!optimize_checked(&b, &opt, seed, why, sizeof(why))) {
            if (!fails++) {
                first = seed;
                memcpy(first_why, why, sizeof(why));
            }
        }
        ops_before += b.nops;
        ops_after += opt.nops;
        ir_block_free(&b);
        ir_block_free(&opt);
    }
    case_begin(name);
    if (fails) {
        snprintf(cur_fail, sizeof(cur_fail),
                 "%u of %u seeds differ; first seed %u: %s", fails, nseeds,
                 first, first_why);
    } else if (ops_after >= ops_before) {
        snprintf(cur_fail, sizeof(cur_fail),
                 "optimizer removed nothing (%lu ops)", ops_before);
    }
    case_end();
}

/* ---- Driver. */

static void register_globals(void)
{
    static const char *const n64[NG64] = { "g0", "g1", "g2", "g3" };
    static const char *const n32[NG32] = { "w0", "w1", "w2" };

    for (unsigned i = 0; i < NG64; i++) {
        g64[i] = ir_global_new(IR_I64, 8 * i, n64[i]);
    }
    for (unsigned i = 0; i < NG32; i++) {
        g32[i] = ir_global_new(IR_I32, 32 + 4 * i, n32[i]);
    }
}

typedef struct Case {
    const char *name;
    void (*fn)(void);
} Case;

static const Case cases[] = {
    { .name = "setcond_same_operands", .fn = test_setcond_same_operands },
    { .name = "setcond_unsigned_vs_zero", .fn = test_setcond_unsigned_zero },
    { .name = "movcond_constant_cond_and_same_values",
      .fn = test_movcond_folds },
    { .name = "brcond_constant_taken_becomes_br", .fn = test_brcond_taken },
    { .name = "brcond_never_taken_removed", .fn = test_brcond_not_taken },
    { .name = "brcond_unknown_kept", .fn = test_brcond_unknown_kept },
    { .name = "constprop_forgets_at_label",
      .fn = test_constprop_forgets_at_label },
    { .name = "constprop_forgets_globals_at_writing_call",
      .fn = test_constprop_call_clobbers },
    { .name = "global_written_read_rewritten",
      .fn = test_global_write_read_rewrite },
    { .name = "copyprop_replaces_reads", .fn = test_copyprop_replaces_reads },
    { .name = "copyprop_source_redefined",
      .fn = test_copyprop_source_redefined },
    { .name = "copyprop_dest_redefined", .fn = test_copyprop_dest_redefined },
    { .name = "copyprop_global_dest_then_source_rewritten",
      .fn = test_copyprop_global_dest },
    { .name = "copyprop_not_across_label",
      .fn = test_copyprop_not_across_label },
    { .name = "copyprop_invalidated_by_writing_call",
      .fn = test_copyprop_call_clobbers },
    { .name = "copyprop_self_move_removed",
      .fn = test_copyprop_self_move_removed },
    { .name = "dce_removes_dead_local_chain_and_pure_call",
      .fn = test_dce_removes_dead_locals },
    { .name = "dce_keeps_side_effects", .fn = test_dce_keeps_side_effects },
    { .name = "dce_keeps_global_writes", .fn = test_dce_keeps_global_writes },
    { .name = "dce_keeps_ops_after_goto_tb",
      .fn = test_dce_keeps_ops_after_goto_tb },
    { .name = "dce_removes_unreachable_after_exit_tb",
      .fn = test_dce_unreachable_after_exit },
    { .name = "dce_backward_branch_keeps_final_terminal",
      .fn = test_dce_backward_branch_keeps_terminal },
    { .name = "dce_unreachable_after_noreturn_call",
      .fn = test_dce_noreturn_call },
    { .name = "dce_keeps_final_noreturn_call_after_exit",
      .fn = test_dce_tail_after_exit_keeps_noreturn_call },
    { .name = "verify_accepts_well_formed", .fn = test_verify_accepts },
    { .name = "dump_readable", .fn = test_dump_readable },
};

static const char *const bad_names[] = {
    [BAD_TYPE] = "verify_rejects_type_mismatch",
    [BAD_LABEL_UNSET] = "verify_rejects_branch_to_unset_label",
    [BAD_LABEL_TWICE] = "verify_rejects_label_set_twice",
    [BAD_LOCAL_CROSSES_BB] = "verify_rejects_local_across_label",
    [BAD_NO_TERMINAL] = "verify_rejects_missing_terminal",
    [BAD_CALL_ARGS] = "verify_rejects_call_arg_count",
    [BAD_MOVI32] = "verify_rejects_movi_i32_over_32_bits",
    [BAD_TEMP] = "verify_rejects_temp_out_of_range",
    [BAD_OPC] = "verify_rejects_opcode_out_of_range",
    [BAD_EXT_TYPES] = "verify_rejects_ext_type_swap",
    [BAD_CALL_RET] = "verify_rejects_call_return_type",
};

int main(void)
{
    char name[128];

    register_globals();
    ir_verify_each_pass = true;
    for (unsigned i = 0; i < ARRAY_LEN(fold_cases); i++) {
        const FoldCase *fc = &fold_cases[i];

        snprintf(name, sizeof(name), "fold_%s%s%s", ir_op_defs[fc->opc].name,
                 fc->what ? " " : "", fc->what ? fc->what : "");
        case_begin(name);
        test_fold(fc);
        case_end();
    }
    for (unsigned i = 0; i < ARRAY_LEN(ident_cases); i++) {
        snprintf(name, sizeof(name), "identity %s", ident_cases[i].name);
        case_begin(name);
        test_identity(&ident_cases[i]);
        case_end();
    }
    case_begin("div_outside_precondition_not_folded");
    test_div_not_folded();
    case_end();
    for (unsigned i = 0; i < ARRAY_LEN(cases); i++) {
        case_begin(cases[i].name);
        cases[i].fn();
        case_end();
    }
    for (unsigned i = 0; i < ARRAY_LEN(bad_names); i++) {
        case_begin(bad_names[i]);
        test_verify_rejects((BadKind)i);
        case_end();
    }
    test_random("random_straight_line_equivalence", false, 10000);
    test_random("random_branches_calls_env_equivalence", true, 10000);
    printf("%u passed, %u failed\n", n_passed, n_failed);
    return n_failed == 0 ? 0 : 1;
}
