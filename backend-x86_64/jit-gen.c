/* SPDX-License-Identifier: MIT */
/*
 * The x86-64 backend's driver: the W^X code buffer (one memfd mapped
 * twice), the prologue and epilogue that enter and leave generated code,
 * liveness, the per-op allocation that the emitter table's constraints
 * describe, block chaining patches, and -d out_asm.
 */
#define _GNU_SOURCE
#include <assert.h>
#include <cpuid.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#ifdef CONFIG_CAPSTONE
#include <capstone/capstone.h>
#endif

#include "backend-x86_64/jit.h"
#include "core/backend.h"
#include "core/log.h"
#include "softmmu/softmmu.h"

/* Frame: six pushes + return address (56 bytes) + this = 16-aligned. */
#define FRAME_SIZE (8 + 8 * JIT_NSLOTS)
/* Room a block may need; when less is left the buffer is flushed. */
#define MAX_BLOCK_BYTES (64 * 1024)

static uint8_t *code_rw;         /* writable view */
static const uint8_t *code_rx;   /* executable view */
static size_t code_size;
static size_t code_used;         /* after the prologue */
static size_t code_start;        /* first byte after the prologue */
static ptrdiff_t exec_delta;

static const uint8_t *jit_prologue;
const uint8_t *jit_epilogue;
bool jit_have_bmi2;
bool jit_have_lzcnt, jit_have_tzcnt, jit_have_popcnt;

EmitDef jit_emit_defs[IR_OP__COUNT];
static Jit jit;

const uint8_t *jit_exec_addr(const Jit *j) { return x86_buf_exec(&j->buf); }

void jit_jmp_to(Jit *j, const uint8_t *target)
{
    uint8_t *field = x86_jmp_rel32(&j->buf);
    if (field) {
        x86_patch_rel32(field, x86_exec_addr(&j->buf, field), target);
    }
}

void jit_call_abs(Jit *j, const void *fn)
{
    x86_mov_ri(&j->buf, JIT_TMP1, (uintptr_t)fn);
    x86_call_r(&j->buf, JIT_TMP1);
}

static void gen_prologue(void)
{
    static const X86Reg saved[] = { X86_RBP, X86_RBX, X86_R12,
                                    X86_R13, X86_R14, X86_R15 };
    X86Buf b;
    x86_buf_init(&b, code_rw, code_size, exec_delta);
    jit_prologue = x86_buf_exec(&b);
    for (unsigned i = 0; i < 6; i++) {
        x86_push(&b, saved[i]);
    }
    x86_alu_ri(&b, true, X86_SUB, X86_RSP, FRAME_SIZE);
    /* MXCSR: nearest-even, all masked, no flags pending (emit-fp.c) */
    x86_store_imm(&b, x86_mem(X86_RSP, JIT_MXCSR_DEFAULT_OFF),
                  JIT_MXCSR_DEFAULT, 4);
    x86_ldmxcsr(&b, x86_mem(X86_RSP, JIT_MXCSR_DEFAULT_OFF));
    x86_mov_rr(&b, true, JIT_ENV, X86_RDI);
    x86_jmp_r(&b, X86_RSI);

    jit_epilogue = x86_buf_exec(&b);
    x86_alu_ri(&b, true, X86_ADD, X86_RSP, FRAME_SIZE);
    for (int i = 5; i >= 0; i--) {
        x86_pop(&b, saved[i]);
    }
    x86_ret(&b);
    code_start = (size_t)(b.p - code_rw + 63) & ~(size_t)63;
    code_used = code_start;
}

static void jit_init(size_t size)
{
    unsigned a, bx, c, d;
    if (__get_cpuid_count(7, 0, &a, &bx, &c, &d)) {
        jit_have_bmi2 = bx & (1u << 8);
        jit_have_tzcnt = bx & (1u << 3); /* BMI1 */
    }
    if (__get_cpuid(1, &a, &bx, &c, &d)) {
        jit_have_popcnt = c & (1u << 23);
    }
    if (__get_cpuid(0x80000001, &a, &bx, &c, &d)) {
        jit_have_lzcnt = c & (1u << 5); /* ABM/LZCNT */
    }
    jit_emit_alu_init(jit_emit_defs);
    jit_emit_mem_init(jit_emit_defs);
    jit_emit_branch_init(jit_emit_defs);
    jit_emit_muldiv_init(jit_emit_defs);
    jit_emit_bits_init(jit_emit_defs);
    jit_emit_fp_init(jit_emit_defs);

    code_size = size;
    int fd = memfd_create("emu-jit", MFD_CLOEXEC);
    if (fd < 0 || ftruncate(fd, (off_t)size) < 0) {
        fatal("cannot create the JIT code buffer");
    }
    code_rw = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    code_rx = mmap(NULL, size, PROT_READ | PROT_EXEC, MAP_SHARED, fd, 0);
    close(fd);
    if (code_rw == MAP_FAILED || code_rx == MAP_FAILED) {
        fatal("cannot map the JIT code buffer");
    }
    exec_delta = code_rx - code_rw;
    gen_prologue();
}

static void jit_flush(void) { code_used = code_start; }

static void jit_usage(size_t *used, size_t *size)
{
    *used = code_used;
    *size = code_size;
}

/* Backward liveness: op->life bit i is set when args[i] (a local) is not
 * read after this op. */
static void liveness(IrBlock *b)
{
    static uint8_t *live;
    static unsigned cap;
    if (cap < b->ntemps) {
        cap = b->ntemps * 2;
        free(live);
        live = malloc(cap);
        if (!live) {
            fatal("out of memory");
        }
    }
    memset(live, 0, b->ntemps);
    for (unsigned i = b->nops; i-- > 0;) {
        IrOp *op = &b->ops[i];
        op->life = 0;
        for (unsigned k = 0; k < op->nout; k++) {
            IrTemp t = ir_out(op, k);
            if (t >= b->nglobals && !live[t]) {
                op->life |= 1u << k;
            }
            live[t] = 0;
        }
        for (unsigned k = 0; k < op->nin; k++) {
            IrTemp t = ir_in(op, k);
            if (t >= b->nglobals && !live[t]) {
                op->life |= 1u << (op->nout + k);
                live[t] = 1;
            }
        }
    }
}

static bool dies(const IrOp *op, unsigned arg) { return op->life & (1u << arg); }

static bool fits_imm(const Jit *j, IrTemp t, int64_t *imm)
{
    const TempState *s = &j->ts[t];
    if (s->loc != LOC_CONST) {
        return false;
    }
    int64_t v = j->b->temps[t].type == IR_I64 ? (int64_t)s->val
                                              : (int32_t)(uint32_t)s->val;
    *imm = v;
    return v == (int32_t)v;
}

/* Allocate per the op's constraints, emit, and settle the results. */
static void gen_standard(Jit *j, const IrOp *op, const EmitDef *d)
{
    JitArg args[5] = { 0 };
    JitArg *in = &args[op->nout];
    bool reuse_in0 = false;

    j->locked = 0;
    for (unsigned i = 0; i < op->nin; i++) {
        IrTemp t = ir_in(op, i);
        if (d->in[i] == C_RI && fits_imm(j, t, &in[i].imm) &&
            !(i == 0 && d->out == O_SAME_IN0)) {
            in[i].is_imm = true;
            continue;
        }
        in[i].reg = ra_load(j, t, 0);
        j->locked |= REG_MASK(in[i].reg);
    }
    if (op->nout) {
        IrTemp out = ir_out(op, 0), in0 = ir_in(op, 0);
        if (d->out == O_SAME_IN0 &&
            (out == in0 || (dies(op, op->nout) && !ra_is_global(j, in0)))) {
            args[0].reg = in[0].reg;
            reuse_in0 = true;
        } else {
            args[0].reg = ra_alloc(j, 0);
            if (d->out == O_SAME_IN0) {
                x86_mov_rr(&j->buf, true, args[0].reg, in[0].reg);
            }
        }
    }
    d->emit(j, op, args);
    j->locked = 0;
    for (unsigned i = 0; i < op->nin; i++) {
        IrTemp t = ir_in(op, i);
        if (dies(op, op->nout + i) && !(reuse_in0 && i == 0)) {
            ra_free_temp(j, t);
        }
    }
    if (op->nout) {
        IrTemp out = ir_out(op, 0);
        if (reuse_in0 && ir_in(op, 0) != out) {
            j->owner[args[0].reg] = IR_NO_TEMP;
            j->ts[ir_in(op, 0)].loc = LOC_DEAD;
            j->ts[ir_in(op, 0)].reg = -1;
            if (j->ts[ir_in(op, 0)].slot >= 0) {
                j->slot_used[j->ts[ir_in(op, 0)].slot] = 0;
                j->ts[ir_in(op, 0)].slot = -1;
            }
        }
        ra_assign(j, out, args[0].reg);
        if (dies(op, 0)) {
            ra_free_temp(j, out);
        }
    }
}

static void emit_slow_paths(Jit *j);

static bool jit_gen(TB *tb, IrBlock *b)
{
    Jit *j = &jit;
    if (code_size - code_used < MAX_BLOCK_BYTES) {
        return false;
    }
    x86_buf_init(&j->buf, code_rw + code_used, code_size - code_used,
                 exec_delta);
    j->b = b;
    j->tb = tb;
    j->nslow = 0;
    j->failed = false;
    if (b->nlabels > JIT_MAX_LABELS) {
        return false; /* the translator retries with a shorter block */
    }
    memset(j->labels, 0, sizeof(j->labels[0]) * b->nlabels);
    liveness(b);
    ra_begin(j);

    const uint8_t *start = jit_exec_addr(j);
    tb->host_code = start;
    tb->ninsns = 0;

    /* Block entry: leave when the loop asked to, with pc exact. */
    if (log_enabled(LOG_STATS)) {
        x86_alu_mi(&j->buf, true, X86_ADD,
                   x86_mem(JIT_ENV, env_offsetof(stats.tb_entries)), 1);
    }
    x86_alu_mi(&j->buf, false, X86_CMP,
               x86_mem(JIT_ENV, env_offsetof(exit_request)), 0);
    uint8_t *to_exit = x86_jcc_rel32(&j->buf, X86_CC_NE);

    for (unsigned i = 0; i < b->nops && !j->failed; i++) {
        const IrOp *op = &b->ops[i];
        const EmitDef *d = &jit_emit_defs[op->opc];
        if (op->opc == IR_OP_insn_start) {
            tb_add_insn(tb, (uint32_t)(jit_exec_addr(j) - start),
                        ir_const(op, 0));
        }
        if (d->emit_custom) {
            d->emit_custom(j, op);
        } else {
            gen_standard(j, op, d);
        }
    }

    x86_bind_rel32(&j->buf, to_exit);
    ra_store_const(j, env_offsetof(pc), tb->pc, 8);
    x86_mov_ri(&j->buf, X86_RAX, 0);
    jit_jmp_to(j, jit_epilogue);
    emit_slow_paths(j);

    if (j->buf.overflow || j->failed) {
        return false;
    }
    tb->host_size = (uint32_t)(jit_exec_addr(j) - start);
    code_used = ((size_t)(j->buf.p - code_rw) + 15) & ~(size_t)15;
    return true;
}

/* Out-of-line soft-MMU calls: write back dirty globals (the access may
 * fault), save the live caller-saved registers, call, restore, resume. */
static void emit_slow_paths(Jit *j)
{
    for (unsigned n = 0; n < j->nslow; n++) {
        const SlowPath *sp = &j->slow[n];
        X86Buf *b = &j->buf;
        x86_bind_rel32(b, sp->jne);
        if (sp->jne_align) {
            x86_bind_rel32(b, sp->jne_align);
        }
        for (unsigned i = 0; i < sp->ndirty; i++) {
            if (sp->dirty[i].reg == X86_NOREG) {
                ra_store_const(j, sp->dirty[i].off, sp->dirty[i].val,
                               sp->dirty[i].size);
            } else {
                x86_store(b, x86_mem(JIT_ENV, sp->dirty[i].off),
                          (X86Reg)sp->dirty[i].reg, sp->dirty[i].size);
            }
        }
        unsigned npush = 0;
        for (int r = 0; r < 16; r++) {
            if (sp->save & REG_MASK(r)) {
                x86_push(b, (X86Reg)r);
                npush++;
            }
        }
        if (npush & 1) {
            x86_alu_ri(b, true, X86_SUB, X86_RSP, 8);
        }
        /* Sources first into scratch: they may sit in argument registers. */
        x86_mov_rr(b, true, JIT_TMP0, sp->addr);
        if (sp->store) {
            x86_mov_rr(b, true, X86_RDX, sp->val);
            x86_mov_ri(b, X86_RCX, sp->moi);
            x86_lea_rip(b, X86_R8, sp->ra);
        } else {
            x86_mov_ri(b, X86_RDX, sp->moi);
            x86_lea_rip(b, X86_RCX, sp->ra);
        }
        x86_mov_rr(b, true, X86_RSI, JIT_TMP0);
        x86_lea(b, true, X86_RDI, x86_mem(JIT_ENV, -(int32_t)sizeof(CPUState)));
        jit_call_abs(j, sp->store ? (const void *)softmmu_st_slow
                                  : (const void *)softmmu_ld_slow);
        if (!sp->store) {
            x86_mov_rr(b, sp->w64, sp->val, X86_RAX);
        }
        if (npush & 1) {
            x86_alu_ri(b, true, X86_ADD, X86_RSP, 8);
        }
        for (int r = 15; r >= 0; r--) {
            if (sp->save & REG_MASK(r)) {
                x86_pop(b, (X86Reg)r);
            }
        }
        jit_jmp_to(j, sp->resume);
    }
}

static uintptr_t jit_exec(CPUState *cs, TB *tb)
{
    uintptr_t (*enter)(void *env, const void *code) =
        (uintptr_t(*)(void *, const void *))(uintptr_t)jit_prologue;
    return enter(cpu_env(cs), tb->host_code);
}

/* Retarget an exit: to dest's code, or back to the exit path. The rel32
 * field is 4-byte aligned, so the store is atomic for other threads. */
static void jit_set_jump(TB *tb, int slot, const TB *dest)
{
    const uint8_t *field = tb->host_code + tb->jmp_insn_off[slot];
    const uint8_t *target =
        dest ? dest->host_code : tb->host_code + tb->jmp_reset_off[slot];
    int32_t rel = (int32_t)(target - (field + 4));
    __atomic_store_n((int32_t *)(uintptr_t)(field - exec_delta), rel,
                     __ATOMIC_RELEASE);
}

static void jit_dump(const TB *tb)
{
#ifdef CONFIG_CAPSTONE
    csh h;
    cs_insn *insn;
    if (cs_open(CS_ARCH_X86, CS_MODE_64, &h) != CS_ERR_OK) {
        return;
    }
    log_printf("OUT: [size=%u]\n", tb->host_size);
    size_t n = cs_disasm(h, tb->host_code, tb->host_size,
                         (uintptr_t)tb->host_code, 0, &insn);
    for (size_t i = 0; i < n; i++) {
        log_printf("  0x%012llx:  %-8s %s\n",
                   (unsigned long long)insn[i].address, insn[i].mnemonic,
                   insn[i].op_str);
    }
    log_printf("\n");
    cs_free(insn, n);
    cs_close(&h);
#else
    log_printf("OUT: [size=%u] (built without capstone)\n", tb->host_size);
#endif
}

const Backend backend_jit = {
    .name = "jit",
    .init = jit_init,
    .gen = jit_gen,
    .exec = jit_exec,
    .set_jump = jit_set_jump,
    .flush = jit_flush,
    .dump = jit_dump,
    .usage = jit_usage,
};
