/* SPDX-License-Identifier: MIT */
/*
 * Differential test of the two backends: the x86-64 JIT against the IR
 * interpreter. It checks that every IR op has a JIT emitter, then runs
 * directed and random blocks (every pure op with edge constants in register,
 * immediate and global operand forms, env loads and stores, forward branches
 * and counted loops, helper calls of every flag kind, register pressure past
 * the allocatable registers, guest loads and stores of every size through
 * the soft MMU: aligned, misaligned, page-crossing, MMIO and faulting) on
 * both backends, with and without ir_optimize(), from the same CPU state.
 * The final env, CPU pc, guest RAM, helper/MMIO trace, exit value and any
 * fault (kind, address and the guest pc recovered for it) must agree.
 * Chaining (a patched goto_tb, lookup_tb's jump-cache probe) is checked
 * against the interpreter running the blocks one after the other. A crash
 * or a runaway loop in generated code becomes a failed case. Prints one
 * line per failed case (and the block, shrunk, on the first mismatch of
 * each kind) and ends with `N passed, M failed`.
 */
#include <inttypes.h>
#include <setjmp.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>

#include "backend-x86_64/jit.h"
#include "core/backend.h"
#include "core/cpu.h"
#include "core/tb.h"
#include "ir/helper.h"
#include "ir/ir-arith.h"
#include "ir/ir-fp.h"
#include "ir/ir.h"
#include "softmmu/softmmu.h"

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* ---- The test CPU: CPUState, then env, as generated code expects. */

#define ENV_BYTES 2048
#define NG64 8
#define NG32 3
#define G32_OFF 64   /* three adjacent 4-byte globals at 64, 68, 72 */
#define CNT_OFF 80   /* the loop counter: written by loop control only */
#define SCR_OFF 88   /* [SCR_OFF, SCR_END): random ldenv/stenv */
#define SCR_END 320
#define VAL_OFF 512  /* directed cases: the operand table */
#define NVAL 64
#define RES_OFF 1024 /* directed cases: one 8-byte result slot each */
#define NRES ((ENV_BYTES - RES_OFF) / 8)

typedef struct TestCpu {
    CPUState cs;
    uint8_t env[ENV_BYTES];
} TestCpu;

static TestCpu cpu __attribute__((aligned(64)));

static IrTemp g64[NG64], g32[NG32], g_cnt, g_pc;

/* ---- Guest memory: two RAM regions whose pages share TLB indices, and
 * one MMIO page that records its accesses. */

#define RAM_PAGES 8
#define RAM_SIZE (RAM_PAGES * PAGE_SIZE)
#define NRAM 2
#define MMIO_BASE 0x90000000ull

static const uint64_t ram_base[NRAM] = { 0x80000000ull, 0x100100000ull };
static MemRegion *ram_mr[NRAM];
static uint8_t ram_init[NRAM][RAM_SIZE];
static AddressSpace test_as;

#define TRACE_MAX 256
static uint64_t trace[TRACE_MAX];
static unsigned ntrace;

static void trace_put(uint64_t v)
{
    if (ntrace < TRACE_MAX) {
        trace[ntrace] = v;
    }
    ntrace++;
}

static uint64_t mmio_read(void *opaque, uint64_t off, unsigned size)
{
    uint64_t v = (off + 1) * 0x9e3779b97f4a7c15ull ^ (uint64_t)ntrace << 40;

    (void)opaque;
    trace_put(0x4d520000u | off << 4 | size);
    return size == 8 ? v : v & ((1ull << (8 * size)) - 1);
}

static void mmio_write(void *opaque, uint64_t off, uint64_t val, unsigned size)
{
    (void)opaque;
    trace_put(0x4d570000u | off << 4 | size);
    trace_put(val);
}

static const MmioOps mmio_ops = {
    .name = "test-mmio",
    .read = mmio_read,
    .write = mmio_write,
};

static bool mapped(uint64_t addr)
{
    for (unsigned i = 0; i < NRAM; i++) {
        if (addr - ram_base[i] < RAM_SIZE) {
            return true;
        }
    }
    return addr - MMIO_BASE < PAGE_SIZE;
}

/* ---- Faults: recorded, then unwound to the runner. */

enum {
    FAULT_NONE,
    FAULT_BUS,
    FAULT_ALIGN,
    FAULT_HELPER,
    FAULT_TIMEOUT, /* ran for more than 0.5 s */
    FAULT_CRASH,   /* SIGSEGV or SIGBUS inside the block */
};

typedef struct Fault {
    int kind;
    int access;
    uint64_t addr;
    uint64_t pc; /* guest pc recovered as cpu_loop_exit_restore() would */
} Fault;

static Fault fault;
static sigjmp_buf fault_jmp;
static const TB *cur_tb; /* the block being run */

/* The guest pc of a fault at host return address ra: the interpreter's
 * own, or the JIT's host-offset map (ra - 1 is inside the call). */
static uint64_t fault_pc(uintptr_t ra)
{
    if (cpu.cs.in_interp) {
        return cpu.cs.interp_pc;
    }
    if (!cur_tb || ra <= (uintptr_t)cur_tb->host_code ||
        ra > (uintptr_t)cur_tb->host_code + cur_tb->host_size) {
        return ~0ull; /* not inside the block */
    }
    return tb_pc_of_host(cur_tb, ra - 1);
}

static void __attribute__((noreturn))
raise_fault(int kind, uint64_t addr, int access, uintptr_t ra)
{
    fault = (Fault){
        .kind = kind,
        .access = access,
        .addr = addr,
        .pc = kind >= FAULT_TIMEOUT ? 0 : fault_pc(ra),
    };
    siglongjmp(fault_jmp, 1);
}

/* Even MMU indices map identically; odd ones swap each pair of RAM pages,
 * so that bytes contiguous for the guest across a page boundary are not
 * contiguous in host memory (a page-crossing access must be split). */
static uint64_t translate(uint64_t vaddr, int mmu_idx)
{
    if ((mmu_idx & 1) && vaddr - MMIO_BASE >= PAGE_SIZE) {
        return vaddr ^ PAGE_SIZE;
    }
    return vaddr;
}

static void test_tlb_fill(CPUState *cs, uint64_t vaddr, AccessType access,
                          int mmu_idx, uintptr_t ra)
{
    if (!mapped(vaddr)) {
        raise_fault(FAULT_BUS, vaddr, access, ra);
    }
    tlb_set_page(cs, vaddr, translate(vaddr, mmu_idx),
                 PROT_R | PROT_W | PROT_X, mmu_idx);
}

static void __attribute__((noreturn))
test_bus_error(CPUState *cs, uint64_t vaddr, AccessType access, uintptr_t ra)
{
    (void)cs;
    raise_fault(FAULT_BUS, vaddr, access, ra);
}

static void __attribute__((noreturn))
test_unaligned(CPUState *cs, uint64_t vaddr, AccessType access, uintptr_t ra)
{
    (void)cs;
    raise_fault(FAULT_ALIGN, vaddr, access, ra);
}

static const CPUClass test_cc = {
    .name = "jit-vs-interp",
    .tlb_fill = test_tlb_fill,
    .bus_error = test_bus_error,
    .unaligned = test_unaligned,
};

/* ---- Helpers, one per flag combination. */

static uint64_t env_ld(const void *env, int off, unsigned size)
{
    uint64_t v = 0;

    memcpy(&v, (const uint8_t *)env + off, size);
    return v;
}

static void env_st(void *env, int off, unsigned size, uint64_t v)
{
    memcpy((uint8_t *)env + off, &v, size);
}

static uint64_t h_mix(uint64_t a, uint64_t b)
{
    return a * 0x9e3779b97f4a7c15ull + (b ^ (b >> 29));
}

static uint32_t h_mix32(uint32_t a, uint32_t b)
{
    return (a ^ 0xa5a5a5a5u) * 0x01000193u + b;
}

static uint64_t h_six(uint64_t a, uint64_t b, uint64_t c, uint64_t d,
                      uint64_t e, uint64_t f)
{
    return a + 3 * b + 5 * c + 7 * d + 11 * e + 13 * f + ((a ^ f) >> 7);
}

static uint64_t h_widths(uint32_t a, uint64_t b, uint32_t c)
{
    return ((uint64_t)a << 32 | c) ^ b;
}

static uint64_t h_const(void)
{
    return 0x0123456789abcdefull;
}

static uint64_t h_read(void *env)
{
    uint64_t h = 0;

    for (int off = 0; off < SCR_END; off += 8) {
        h = h * 31 + env_ld(env, off, 8);
    }
    return h;
}

static uint32_t h_write(void *env, uint64_t a, uint32_t c)
{
    int from = 8 * (int)(a & 7), to = 8 * (int)((a >> 3) & 7);
    uint64_t old = env_ld(env, from, 8);

    env_st(env, to, 8, old ^ a);
    env_st(env, G32_OFF + 4 * (int)(c % 3), 4, c * 7 + old);
    env_st(env, SCR_OFF + 8 * (int)(c & 7), 8, old + c);
    return (uint32_t)old ^ c;
}

static void h_clobber(void *env, uint64_t a)
{
    env_st(env, 8 * (int)(a % NG64), 8, a * 5);
    env_st(env, G32_OFF + 4 * (int)((a >> 8) % NG32), 4, ~a);
}

static void h_trace(uint64_t a, uint32_t b)
{
    trace_put(a);
    trace_put(b);
}

static uint64_t h_trace_ret(uint64_t a)
{
    trace_put(~a);
    return a + ntrace;
}

static uint64_t h_check(void *env, uint64_t a)
{
    if ((a & 63) == 0x29) {
        raise_fault(FAULT_HELPER, a, 0,
                    (uintptr_t)__builtin_return_address(0));
    }
    return a ^ env_ld(env, 0, 8);
}

static void __attribute__((noreturn)) h_raise(void *env, uint64_t a)
{
    raise_fault(FAULT_HELPER, a ^ env_ld(env, 8, 8), 1,
                (uintptr_t)__builtin_return_address(0));
}

#define HELPER(fname, fl, r, n, ...)                                         \
    static IrHelper hi_##fname = {                                            \
        .name = #fname,                                                       \
        .fn = (void *)fname,                                                  \
        .flags = fl,                                                          \
        .ret = IR_HT_##r,                                                     \
        .nargs = n,                                                           \
        .args = { __VA_ARGS__ },                                              \
    }

HELPER(h_mix, H_PURE, i64, 2, IR_HT_i64, IR_HT_i64);
HELPER(h_mix32, H_PURE, i32, 2, IR_HT_i32, IR_HT_i32);
HELPER(h_six, H_PURE, i64, 6, IR_HT_i64, IR_HT_i64, IR_HT_i64, IR_HT_i64,
       IR_HT_i64, IR_HT_i64);
HELPER(h_widths, H_PURE, i64, 3, IR_HT_i32, IR_HT_i64, IR_HT_i32);
HELPER(h_const, H_PURE, i64, 0);
HELPER(h_read, H_READS_GUEST, i64, 1, IR_HT_env);
HELPER(h_write, H_READS_GUEST | H_WRITES_GUEST, i32, 3, IR_HT_env, IR_HT_i64,
       IR_HT_i32);
HELPER(h_clobber, H_WRITES_GUEST, void, 2, IR_HT_env, IR_HT_i64);
HELPER(h_trace, 0, void, 2, IR_HT_i64, IR_HT_i32);
HELPER(h_trace_ret, 0, i64, 1, IR_HT_i64);
HELPER(h_check, H_READS_GUEST | H_MAY_RAISE, i64, 2, IR_HT_env, IR_HT_i64);
HELPER(h_raise, H_NORETURN, void, 2, IR_HT_env, IR_HT_i64);

static IrHelper *const call_helpers[] = {
    &hi_h_mix,   &hi_h_mix32,   &hi_h_six,       &hi_h_widths,
    &hi_h_const, &hi_h_read,    &hi_h_write,     &hi_h_clobber,
    &hi_h_trace, &hi_h_trace_ret, &hi_h_check,
};

/* ---- Case bookkeeping. */

static unsigned n_passed, n_failed;
static char cur_case[160];
static char cur_fail[1024];

static void case_begin(const char *name)
{
    snprintf(cur_case, sizeof(cur_case), "%s", name);
    cur_fail[0] = 0;
}

static void case_fail(const char *msg)
{
    if (!cur_fail[0]) {
        snprintf(cur_fail, sizeof(cur_fail), "%s", msg);
    }
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

static void check(const char *name, bool ok, const char *why)
{
    case_begin(name);
    if (!ok) {
        case_fail(why);
    }
    case_end();
}

static uint64_t rng_next(uint64_t *s)
{
    uint64_t z = (*s += 0x9e3779b97f4a7c15ull);

    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

/* ---- Initial state, running a block, and the outcome. */

typedef struct InitState {
    uint8_t env[ENV_BYTES];
    uint64_t pc;
    uint32_t tb_flags;
    bool warm_tlb;
    uint64_t code_page; /* when set, this page's TLB entries say it has
                         * translated code (TLB_NOTDIRTY) */
} InitState;

typedef struct Outcome {
    bool gen_ok;
    uintptr_t exit;
    Fault fault;
    uint64_t pc;
    unsigned ntrace;
    uint64_t trace[TRACE_MAX];
    uint8_t env[ENV_BYTES];
    uint8_t ram[NRAM][RAM_SIZE];
} Outcome;

#define TB_PC 0x1000
/* Exit values naming the running TB itself are compared as this | slot. */
#define EXIT_SELF ((uintptr_t)0x5e1f000)

static void load_state(const InitState *s)
{
    memcpy(cpu.env, s->env, ENV_BYTES);
    cpu.cs.pc = s->pc;
    cpu.cs.tb_flags = s->tb_flags;
    cpu.cs.exit_request = 0;
    cpu.cs.in_interp = false;
    for (unsigned i = 0; i < NRAM; i++) {
        memcpy(ram_mr[i]->host, ram_init[i], RAM_SIZE);
    }
    tlb_flush(&cpu.cs);
    if (s->warm_tlb) {
        /* Region 1's pages evict region 0's: both kinds of entry occur. */
        for (int m = 0; m < NB_MMU_MODES; m++) {
            for (unsigned i = 0; i < NRAM; i += (unsigned)(m & 1) + 1) {
                for (uint64_t p = 0; p < RAM_SIZE; p += PAGE_SIZE) {
                    tlb_set_page(&cpu.cs, ram_base[i] + p,
                                 translate(ram_base[i] + p, m),
                                 PROT_R | PROT_W | PROT_X, m);
                }
            }
            tlb_set_page(&cpu.cs, MMIO_BASE, MMIO_BASE, PROT_R | PROT_W, m);
        }
    }
    if (s->code_page) {
        tlb_mark_code_page(&cpu.cs, s->code_page);
    }
    ntrace = 0;
    fault = (Fault){ .kind = FAULT_NONE };
}

static uintptr_t exec_ret;

static volatile sig_atomic_t in_exec;
static struct sigaction old_segv, old_bus;

/* A block that runs away (a corrupted loop counter) ends as a fault. */
static void watchdog(int sig)
{
    (void)sig;
    raise_fault(FAULT_TIMEOUT, 0, 0, 0);
}

/* So does a crash while a block runs; any other goes to the previous
 * handler (the sanitizers' or the default one). */
static void crash(int sig, siginfo_t *si, void *uc)
{
    (void)uc;
    if (!in_exec) {
        sigaction(sig, sig == SIGSEGV ? &old_segv : &old_bus, NULL);
        return;
    }
    in_exec = 0;
    raise_fault(FAULT_CRASH, (uintptr_t)si->si_addr, sig, 0);
}

static void watchdog_set(long usec)
{
    struct itimerval it = { .it_value = { .tv_usec = usec } };

    setitimer(ITIMER_REAL, &it, NULL);
}

/* Runs tb; false when it unwound through raise_fault(). */
static bool exec_guarded(const Backend *be, TB *tb)
{
    if (sigsetjmp(fault_jmp, 0)) {
        watchdog_set(0);
        in_exec = 0;
        cpu.cs.in_interp = false;
        return false;
    }
    watchdog_set(500000);
    in_exec = 1;
    exec_ret = be->exec(&cpu.cs, tb);
    in_exec = 0;
    watchdog_set(0);
    return true;
}

static void capture(Outcome *o, const TB *tb)
{
    o->exit = exec_ret;
    if ((exec_ret & ~(uintptr_t)TB_EXIT_MASK) == (uintptr_t)tb) {
        o->exit = EXIT_SELF | (exec_ret & TB_EXIT_MASK);
    }
    o->fault = fault;
    o->pc = cpu.cs.pc;
    o->ntrace = ntrace;
    memcpy(o->trace, trace, sizeof(trace));
    memcpy(o->env, cpu.env, ENV_BYTES);
    for (unsigned i = 0; i < NRAM; i++) {
        memcpy(o->ram[i], ram_mr[i]->host, RAM_SIZE);
    }
}

static void run_block(const Backend *be, IrBlock *b, const InitState *s,
                      Outcome *o)
{
    TB *tb;

    backend = be;
    load_state(s);
    if (be == &backend_jit) {
        backend_jit.flush();
    }
    tb = tb_alloc(TB_PC, TB_PC, 0);
    cur_tb = tb;
    o->gen_ok = be->gen(tb, b);
    exec_ret = 0;
    if (o->gen_ok) {
        exec_guarded(be, tb);
    }
    capture(o, tb);
}

static const char *env_name(unsigned off)
{
    static char buf[32];

    if (off < 8 * NG64) {
        snprintf(buf, sizeof(buf), "g%u", off / 8);
    } else if (off < CNT_OFF) {
        snprintf(buf, sizeof(buf), "w%u", (off - G32_OFF) / 4);
    } else if (off < SCR_OFF) {
        snprintf(buf, sizeof(buf), "cnt");
    } else {
        snprintf(buf, sizeof(buf), "env+0x%x", off);
    }
    return buf;
}

static const char *const fault_names[] = {
    [FAULT_NONE] = "none",       [FAULT_BUS] = "bus",
    [FAULT_ALIGN] = "alignment", [FAULT_HELPER] = "helper",
    [FAULT_TIMEOUT] = "timeout", [FAULT_CRASH] = "host crash",
};

/* Describes the first difference between a and b; false when none. */
static bool outcome_diff(const Outcome *a, const Outcome *b, const char *an,
                         const char *bn, char *msg, size_t n)
{
    if (a->gen_ok != b->gen_ok) {
        snprintf(msg, n, "%s code generation %s", a->gen_ok ? bn : an,
                 "failed");
        return true;
    }
    if (a->fault.kind != b->fault.kind || a->fault.addr != b->fault.addr ||
        a->fault.access != b->fault.access || a->fault.pc != b->fault.pc) {
        snprintf(msg, n,
                 "fault: %s %s at 0x%" PRIx64 " (access %d, pc 0x%" PRIx64
                 "), %s %s at 0x%" PRIx64 " (access %d, pc 0x%" PRIx64 ")",
                 an, fault_names[a->fault.kind], a->fault.addr,
                 a->fault.access, a->fault.pc, bn, fault_names[b->fault.kind],
                 b->fault.addr, b->fault.access, b->fault.pc);
        return true;
    }
    if (a->exit != b->exit) {
        snprintf(msg, n, "exit value: %s 0x%" PRIxPTR ", %s 0x%" PRIxPTR, an,
                 a->exit, bn, b->exit);
        return true;
    }
    if (a->pc != b->pc) {
        snprintf(msg, n, "pc: %s 0x%" PRIx64 ", %s 0x%" PRIx64, an, a->pc, bn,
                 b->pc);
        return true;
    }
    for (unsigned i = 0; i < ENV_BYTES; i++) {
        if (a->env[i] != b->env[i]) {
            unsigned w = i & ~7u;
            uint64_t x, y;

            memcpy(&x, a->env + w, 8);
            memcpy(&y, b->env + w, 8);
            snprintf(msg, n,
                     "env byte 0x%x (%s): word %s 0x%016" PRIx64
                     ", %s 0x%016" PRIx64,
                     i, env_name(i), an, x, bn, y);
            return true;
        }
    }
    for (unsigned r = 0; r < NRAM; r++) {
        for (unsigned i = 0; i < RAM_SIZE; i++) {
            if (a->ram[r][i] != b->ram[r][i]) {
                snprintf(msg, n, "RAM 0x%" PRIx64 ": %s 0x%02x, %s 0x%02x",
                         ram_base[r] + i, an, a->ram[r][i], bn, b->ram[r][i]);
                return true;
            }
        }
    }
    if (a->ntrace != b->ntrace ||
        memcmp(a->trace, b->trace,
               sizeof(uint64_t) *
                   (a->ntrace < TRACE_MAX ? a->ntrace : TRACE_MAX))) {
        snprintf(msg, n, "helper/MMIO trace differs (%u vs %u entries)",
                 a->ntrace, b->ntrace);
        return true;
    }
    return false;
}

/* ---- Block copies and the differential runner. */

static void block_copy(IrBlock *d, const IrBlock *s, unsigned skip)
{
    unsigned n = 0;

    if (d->cap_ops < s->nops + 1) {
        d->cap_ops = s->nops + 16;
        d->ops = realloc(d->ops, d->cap_ops * sizeof(IrOp));
    }
    if (d->cap_temps < s->ntemps + 1) {
        d->cap_temps = s->ntemps + 16;
        d->temps = realloc(d->temps, d->cap_temps * sizeof(IrTempInfo));
    }
    if (!d->ops || !d->temps) {
        abort();
    }
    for (unsigned i = 0; i < s->nops; i++) {
        if (i != skip) {
            d->ops[n++] = s->ops[i];
        }
    }
    d->nops = n;
    memcpy(d->temps, s->temps, s->ntemps * sizeof(IrTempInfo));
    d->ntemps = s->ntemps;
    d->nglobals = s->nglobals;
    d->nlabels = s->nlabels;
}

enum {
    K_JIT_RAW,  /* JIT against the interpreter, block as generated */
    K_JIT_OPT,  /* the same after ir_optimize() */
    K_OPT,      /* interpreter: optimized against as generated */
    K_VERIFY,   /* the generated block does not verify */
    K_VERIFY_OPT, /* the optimized block does not verify */
    K_COUNT,
};

static const char *const kind_names[K_COUNT] = {
    [K_JIT_RAW] = "jit vs interp",
    [K_JIT_OPT] = "jit vs interp, optimized",
    [K_OPT] = "optimized vs unoptimized (interp)",
    [K_VERIFY] = "generated block does not verify",
    [K_VERIFY_OPT] = "optimized block does not verify",
};

static bool dumped[K_COUNT];
static Outcome outs[4];
static IrBlock blk_opt, blk_try, blk_best;
static char diff_msg[512];

/* Whether block b shows a mismatch of kind k from s (into diff_msg). */
static bool mismatch(IrBlock *b, const InitState *s, int k)
{
    if (ir_verify(b, NULL)) {
        return false;
    }
    if (k == K_JIT_RAW) {
        run_block(&backend_interp, b, s, &outs[0]);
        run_block(&backend_jit, b, s, &outs[1]);
        return outcome_diff(&outs[1], &outs[0], "jit", "interp", diff_msg,
                            sizeof(diff_msg));
    }
    block_copy(&blk_opt, b, ~0u);
    ir_optimize(&blk_opt);
    if (ir_verify(&blk_opt, NULL)) {
        return false;
    }
    if (k == K_JIT_OPT) {
        run_block(&backend_interp, &blk_opt, s, &outs[2]);
        run_block(&backend_jit, &blk_opt, s, &outs[3]);
        return outcome_diff(&outs[3], &outs[2], "jit", "interp", diff_msg,
                            sizeof(diff_msg));
    }
    run_block(&backend_interp, b, s, &outs[0]);
    run_block(&backend_interp, &blk_opt, s, &outs[2]);
    return outcome_diff(&outs[2], &outs[0], "optimized", "unoptimized",
                        diff_msg, sizeof(diff_msg));
}

static double now(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* Deletes ops one at a time while the mismatch stays (for up to 20 s);
 * prints the result. */
static void shrink_and_dump(const IrBlock *b, const InitState *s, int k)
{
    bool changed = true;
    double deadline = now() + 20;

    block_copy(&blk_best, b, ~0u);
    for (unsigned pass = 0; changed && pass < 8; pass++) {
        changed = false;
        for (unsigned i = blk_best.nops - 1; i-- > 0 && now() < deadline;) {
            block_copy(&blk_try, &blk_best, i);
            if (mismatch(&blk_try, s, k)) {
                block_copy(&blk_best, &blk_try, ~0u);
                changed = true;
            }
        }
    }
    if (mismatch(&blk_best, s, k)) {
        printf("  shrunk to %u ops (%s):\n", blk_best.nops, diff_msg);
        ir_dump(&blk_best, stdout);
        if (k == K_JIT_OPT) {
            block_copy(&blk_opt, &blk_best, ~0u);
            ir_optimize(&blk_opt);
            printf("  which optimizes to:\n");
            ir_dump(&blk_opt, stdout);
        }
    }
}

static void report(int k, const IrBlock *b, const IrBlock *shown,
                   const InitState *s, const char *detail)
{
    char msg[640];

    snprintf(msg, sizeof(msg), "%s: %s", kind_names[k], detail);
    case_fail(msg);
    if (dumped[k]) {
        return;
    }
    dumped[k] = true;
    printf("first \"%s\" mismatch, in %s; block (%u ops):\n", kind_names[k],
           cur_case, shown->nops);
    ir_dump(shown, stdout);
    if (k <= K_OPT) {
        shrink_and_dump(b, s, k);
    }
}

/* Runs b and its optimized copy on both backends from s; records a case
 * failure on the first disagreement. Returns true when all agree. */
static bool diff_block(IrBlock *b, const InitState *s)
{
    static IrBlock raw;
    char detail[512];
    unsigned bad = 0;
    const char *v = ir_verify(b, &bad);

    if (v) {
        snprintf(detail, sizeof(detail), "op %u: %s", bad, v);
        report(K_VERIFY, b, b, s, detail);
        return false;
    }
    /* Keep the block as generated: the JIT writes liveness into it. */
    block_copy(&raw, b, ~0u);
    block_copy(&blk_opt, b, ~0u);
    ir_optimize(&blk_opt);
    v = ir_verify(&blk_opt, &bad);
    if (v) {
        snprintf(detail, sizeof(detail), "op %u: %s", bad, v);
        report(K_VERIFY_OPT, &raw, &blk_opt, s, detail);
        return false;
    }
    run_block(&backend_interp, b, s, &outs[0]);
    run_block(&backend_jit, b, s, &outs[1]);
    run_block(&backend_interp, &blk_opt, s, &outs[2]);
    run_block(&backend_jit, &blk_opt, s, &outs[3]);
    if (outcome_diff(&outs[1], &outs[0], "jit", "interp", detail,
                     sizeof(detail))) {
        report(K_JIT_RAW, &raw, &raw, s, detail);
        return false;
    }
    if (outcome_diff(&outs[3], &outs[2], "jit", "interp", detail,
                     sizeof(detail))) {
        report(K_JIT_OPT, &raw, &raw, s, detail);
        return false;
    }
    if (outcome_diff(&outs[2], &outs[0], "optimized", "unoptimized", detail,
                     sizeof(detail))) {
        report(K_OPT, &raw, &raw, s, detail);
        return false;
    }
    return true;
}

static bool host_bmi2;
static bool host_lzcnt, host_tzcnt, host_popcnt, host_bitcnt;

/* The host's optional instructions as found, or all off (the fallbacks). */
static void set_host_features(bool on)
{
    jit_have_bmi2 = on && host_bmi2;
    jit_have_lzcnt = on && host_lzcnt;
    jit_have_tzcnt = on && host_tzcnt;
    jit_have_popcnt = on && host_popcnt;
}

/* diff_block, on the JIT's BMI2 shift forms and on its cl-count forms. */
static bool diff_block_both_shifts(IrBlock *b, const InitState *s)
{
    bool ok;

    jit_have_bmi2 = host_bmi2;
    ok = diff_block(b, s);
    if (ok && (host_bmi2 || host_bitcnt)) {
        set_host_features(false);
        ok = diff_block(b, s);
        set_host_features(true);
    }
    return ok;
}

/* ---- Values. */

static const uint64_t edge64[] = {
    0,
    1,
    2,
    31,
    32,
    33,
    63,
    64,
    0x7f,
    0x80,
    0xff,
    0x7fff,
    0x8000,
    0xffff,
    0x7fffffff,
    0x80000000,
    0xffffffff,
    0x100000000ull,
    0x123456789abcdef0ull,
    0x7fffffffffffffffull,
    0x8000000000000000ull,
    0xffffffff80000000ull, /* fits a sign-extended imm32 */
    0xffffffff7fffffffull, /* does not */
    0xfffffffffffffffeull,
    0xffffffffffffffffull,
    0x00000000fffffffeull,
};

static const uint64_t edge32[] = {
    0,          1,          2,          31,         32,
    33,         63,         64,         0x7f,       0x80,
    0xff,       0x7fff,     0x8000,     0xffff,     0x10000,
    0x7fffffff, 0x80000000, 0x80000001, 0xfffffffe, 0xffffffff,
    0x12345678, 0xdeadbeef,
};

/* Shift counts: in range, at and past the width, and huge. */
static const uint64_t counts[] = {
    0,     1,          7,                     8,          15, 16,
    31,    32,         33,                    63,         64, 65,
    127,   ~0ull,      0x100000001ull,        0x80000000,
    0xffffffe0,        0xffffffffffffffc1ull,
};

static uint64_t rand_val(uint64_t *rng, IrType ty)
{
    uint64_t r = rng_next(rng), v;

    switch (r % 10) {
    case 0:
    case 1:
    case 2:
    case 3:
        v = ty == IR_I64 ? edge64[(r >> 8) % ARRAY_LEN(edge64)]
                         : edge32[(r >> 8) % ARRAY_LEN(edge32)];
        break;
    case 4:
        v = (r >> 8) % 72;
        break;
    case 5:
        v = -((r >> 8) % 72);
        break;
    case 6:
        v = (uint64_t)(int64_t)(int32_t)(r >> 16);
        break;
    default:
        v = rng_next(rng);
        break;
    }
    return ty == IR_I64 ? v : (uint32_t)v;
}

/* ---- The random block generator. */

/* Within the JIT's limits: JIT_NSLOTS spill slots (plus twelve registers)
 * for live locals, JIT_MAX_LABELS labels, JIT_MAX_SLOW guest accesses and
 * MAX_USES forward jumps to one label. MAX_LIVE is per type. */
#define MAX_LIVE 60
#define MAX_PRESSURE 80
#define MAX_LABELS 48
#define MAX_MEM 200
#define MAX_USES 8

typedef struct Gen {
    IrBlock *b;
    uint64_t rng;
    IrTemp live[2][MAX_LIVE];
    unsigned nlive[2];
    unsigned pend[MAX_LABELS], pend_uses[MAX_LABELS], npend;
    unsigned nmem;
    bool pressure, in_loop, in_branch, may_fault;
    uint64_t hot[6];
    uint64_t insn_pc;
} Gen;

static unsigned rn(Gen *g, unsigned n)
{
    return (unsigned)(rng_next(&g->rng) % n);
}

static bool chance(Gen *g, unsigned pct)
{
    return rn(g, 100) < pct;
}

static IrTemp new_local(Gen *g, IrType ty)
{
    IrTemp t = ir_temp_new(g->b, ty);

    if (g->nlive[ty] < MAX_LIVE) {
        g->live[ty][g->nlive[ty]++] = t;
    } else {
        g->live[ty][rn(g, MAX_LIVE)] = t;
    }
    return t;
}

static void movi(IrBlock *b, IrTemp t, uint64_t v)
{
    if (b->temps[t].type == IR_I64) {
        ir_movi_i64(b, t, v);
    } else {
        ir_movi_i32(b, t, (uint32_t)v);
    }
}

static IrTemp const_local(Gen *g, IrType ty, uint64_t v)
{
    IrTemp t = new_local(g, ty);

    movi(g->b, t, v);
    return t;
}

static IrTemp pick_global(Gen *g, IrType ty, bool dst)
{
    unsigned n;

    if (ty == IR_I32) {
        return g32[rn(g, NG32)];
    }
    n = rn(g, NG64 + 2);
    if (n < NG64) {
        return g64[n];
    }
    if (n == NG64) {
        return g_pc;
    }
    return dst ? g64[NG64 - 1] : g_cnt;
}

static IrTemp src(Gen *g, IrType ty)
{
    unsigned p = rn(g, 100);

    if (g->nlive[ty] && p < (g->pressure ? 80u : 45u)) {
        return g->live[ty][rn(g, g->nlive[ty])];
    }
    if (p < 85) {
        return pick_global(g, ty, false);
    }
    return const_local(g, ty, rand_val(&g->rng, ty));
}

static IrTemp dst(Gen *g, IrType ty)
{
    unsigned p = rn(g, 100);

    if (p < (g->pressure ? 10u : 25u)) {
        return pick_global(g, ty, true);
    }
    if (p < 35 && g->nlive[ty]) {
        return g->live[ty][rn(g, g->nlive[ty])];
    }
    return new_local(g, ty);
}

/* Locals die at basic-block ends. */
static void end_bb(Gen *g)
{
    g->nlive[0] = g->nlive[1] = 0;
}

/* Fold every live local into a global, so all stay live until here. */
static void consume_locals(Gen *g)
{
    for (int ty = 0; ty < 2; ty++) {
        for (unsigned i = g->nlive[ty]; i-- > 0;) {
            IrTemp t = g->live[ty][i];
            IrTemp gl = pick_global(g, (IrType)ty, true);
            IrOpc opc;

            if (ty == IR_I64) {
                opc = (i & 1) ? IR_OP_add_i64 : IR_OP_xor_i64;
            } else {
                opc = (i & 1) ? IR_OP_add_i32 : IR_OP_xor_i32;
            }
            ir_op2(g->b, opc, gl, gl, t);
        }
    }
}

typedef enum OpKind {
    K_BIN,
    K_SHIFT,
    K_UN,
    K_SETCOND,
    K_MOVCOND,
    K_MOVI,
    K_LDENV,
    K_STENV,
    K_GLD,
    K_GST,
    K_CALL,
    K_MB,
    K_INSN,
    K_DIV,  /* division: operands guarded into its precondition */
    K_FP,   /* floating point: FP-flavoured operands */
} OpKind;

typedef struct OpSpec {
    IrOpc opc;
    uint8_t kind;
    uint8_t tout, tin;
} OpSpec;

#define W IR_I32
#define Q IR_I64

static const OpSpec op_specs[] = {
    { IR_OP_add_i32, K_BIN, W, W },       { IR_OP_add_i64, K_BIN, Q, Q },
    { IR_OP_sub_i32, K_BIN, W, W },       { IR_OP_sub_i64, K_BIN, Q, Q },
    { IR_OP_mul_i32, K_BIN, W, W },       { IR_OP_mul_i64, K_BIN, Q, Q },
    { IR_OP_and_i32, K_BIN, W, W },       { IR_OP_and_i64, K_BIN, Q, Q },
    { IR_OP_or_i32, K_BIN, W, W },        { IR_OP_or_i64, K_BIN, Q, Q },
    { IR_OP_xor_i32, K_BIN, W, W },       { IR_OP_xor_i64, K_BIN, Q, Q },
    { IR_OP_shl_i32, K_SHIFT, W, W },     { IR_OP_shl_i64, K_SHIFT, Q, Q },
    { IR_OP_shr_i32, K_SHIFT, W, W },     { IR_OP_shr_i64, K_SHIFT, Q, Q },
    { IR_OP_sar_i32, K_SHIFT, W, W },     { IR_OP_sar_i64, K_SHIFT, Q, Q },
    { IR_OP_rotl_i32, K_SHIFT, W, W },    { IR_OP_rotl_i64, K_SHIFT, Q, Q },
    { IR_OP_rotr_i32, K_SHIFT, W, W },    { IR_OP_rotr_i64, K_SHIFT, Q, Q },
    { IR_OP_mulsh_i64, K_BIN, Q, Q },     { IR_OP_muluh_i64, K_BIN, Q, Q },
    { IR_OP_div_i64, K_DIV, Q, Q },       { IR_OP_divu_i64, K_DIV, Q, Q },
    { IR_OP_rem_i64, K_DIV, Q, Q },       { IR_OP_remu_i64, K_DIV, Q, Q },
    { IR_OP_clz_i32, K_UN, W, W },        { IR_OP_clz_i64, K_UN, Q, Q },
    { IR_OP_ctz_i32, K_UN, W, W },        { IR_OP_ctz_i64, K_UN, Q, Q },
    { IR_OP_ctpop_i32, K_UN, W, W },      { IR_OP_ctpop_i64, K_UN, Q, Q },
    { IR_OP_bswap_i64, K_UN, Q, Q },
    { IR_OP_neg_i32, K_UN, W, W },        { IR_OP_neg_i64, K_UN, Q, Q },
    { IR_OP_not_i32, K_UN, W, W },        { IR_OP_not_i64, K_UN, Q, Q },
    { IR_OP_mov_i32, K_UN, W, W },        { IR_OP_mov_i64, K_UN, Q, Q },
    { IR_OP_setcond_i32, K_SETCOND, W, W },
    { IR_OP_setcond_i64, K_SETCOND, Q, Q },
    { IR_OP_movcond_i32, K_MOVCOND, W, W },
    { IR_OP_movcond_i64, K_MOVCOND, Q, Q },
    { IR_OP_ext8s_i32, K_UN, W, W },      { IR_OP_ext8u_i32, K_UN, W, W },
    { IR_OP_ext16s_i32, K_UN, W, W },     { IR_OP_ext16u_i32, K_UN, W, W },
    { IR_OP_ext8s_i64, K_UN, Q, Q },      { IR_OP_ext8u_i64, K_UN, Q, Q },
    { IR_OP_ext16s_i64, K_UN, Q, Q },     { IR_OP_ext16u_i64, K_UN, Q, Q },
    { IR_OP_ext32s_i64, K_UN, Q, Q },     { IR_OP_ext32u_i64, K_UN, Q, Q },
    { IR_OP_exts_i32_i64, K_UN, Q, W },   { IR_OP_extu_i32_i64, K_UN, Q, W },
    { IR_OP_extrl_i64_i32, K_UN, W, Q },
    { IR_OP_movi_i32, K_MOVI, W, W },     { IR_OP_movi_i64, K_MOVI, Q, Q },
    { IR_OP_ldenv_i32, K_LDENV, W, W },   { IR_OP_ldenv_i64, K_LDENV, Q, Q },
    { IR_OP_stenv_i32, K_STENV, W, W },   { IR_OP_stenv_i64, K_STENV, Q, Q },
    { IR_OP_guest_ld_i32, K_GLD, W, W },  { IR_OP_guest_ld_i64, K_GLD, Q, Q },
    { IR_OP_guest_ld_i32, K_GLD, W, W },  { IR_OP_guest_ld_i64, K_GLD, Q, Q },
    { IR_OP_guest_st_i32, K_GST, W, W },  { IR_OP_guest_st_i64, K_GST, Q, Q },
    { IR_OP_guest_st_i32, K_GST, W, W },  { IR_OP_guest_st_i64, K_GST, Q, Q },
    { IR_OP_call, K_CALL, 0, 0 },         { IR_OP_call, K_CALL, 0, 0 },
    { IR_OP_mb, K_MB, 0, 0 },             { IR_OP_insn_start, K_INSN, 0, 0 },
    { IR_OP_fadd_f64, K_FP, Q, Q },       { IR_OP_fadd_f32, K_FP, Q, Q },
    { IR_OP_fsub_f64, K_FP, Q, Q },       { IR_OP_fsub_f32, K_FP, Q, Q },
    { IR_OP_fmul_f64, K_FP, Q, Q },       { IR_OP_fmul_f32, K_FP, Q, Q },
    { IR_OP_fdiv_f64, K_FP, Q, Q },       { IR_OP_fdiv_f32, K_FP, Q, Q },
    { IR_OP_fsqrt_f64, K_FP, Q, Q },      { IR_OP_fsqrt_f32, K_FP, Q, Q },
    { IR_OP_fmadd_f64, K_FP, Q, Q },      { IR_OP_fmadd_f32, K_FP, Q, Q },
    { IR_OP_cvt_f64_s64, K_FP, Q, Q },    { IR_OP_cvt_f32_s64, K_FP, Q, Q },
    { IR_OP_cvtt_s32_f64, K_FP, Q, Q },   { IR_OP_cvtt_s64_f64, K_FP, Q, Q },
    { IR_OP_cvtt_s32_f32, K_FP, Q, Q },   { IR_OP_cvtt_s64_f32, K_FP, Q, Q },
    { IR_OP_feq_f64, K_FP, Q, Q },        { IR_OP_feq_f32, K_FP, Q, Q },
    { IR_OP_flt_f64, K_FP, Q, Q },        { IR_OP_flt_f32, K_FP, Q, Q },
    { IR_OP_fle_f64, K_FP, Q, Q },        { IR_OP_fle_f32, K_FP, Q, Q },
};

#undef W
#undef Q

/* An address inside RAM for an access of size bytes: aligned,
 * misaligned, page-crossing, computed from data, or a hot one. */
static uint64_t ram_addr(Gen *g, unsigned size, bool aligned)
{
    uint64_t base = ram_base[rn(g, NRAM)];
    unsigned page, k;

    if (aligned) {
        return base + (uint64_t)rn(g, RAM_SIZE / size) * size;
    }
    switch (rn(g, 3)) {
    case 0:
        return base + (uint64_t)rn(g, RAM_SIZE / size) * size;
    case 1:
        return base + rn(g, RAM_SIZE - 8);
    default:
        page = 1 + rn(g, RAM_PAGES - 1);
        k = 1 + rn(g, 7);
        return base + (uint64_t)page * PAGE_SIZE - k;
    }
}

static IrTemp gen_addr(Gen *g, unsigned size, bool aligned)
{
    unsigned r = rn(g, 100);
    IrTemp x, m, t, base;

    if (g->may_fault && r < 2 && !g->in_loop) {
        return pick_global(g, IR_I64, false); /* most likely unmapped */
    }
    if (r < 8) {
        uint64_t off = (uint64_t)rn(g, PAGE_SIZE / size) * size;
        return const_local(g, IR_I64, MMIO_BASE + off);
    }
    if (r < 30 && !aligned) {
        /* base + (x & mask): in RAM, possibly misaligned or crossing. */
        x = src(g, IR_I64);
        m = const_local(g, IR_I64, (RAM_SIZE - 1) & ~8ull);
        t = new_local(g, IR_I64);
        ir_op2(g->b, IR_OP_and_i64, t, x, m);
        base = const_local(g, IR_I64, ram_base[rn(g, NRAM)]);
        x = new_local(g, IR_I64);
        ir_op2(g->b, IR_OP_add_i64, x, t, base);
        return x;
    }
    if (r < 65) {
        uint64_t a = g->hot[rn(g, ARRAY_LEN(g->hot))];
        if (aligned) {
            a &= ~(uint64_t)(size - 1);
        }
        return const_local(g, IR_I64, a);
    }
    return const_local(g, IR_I64, ram_addr(g, size, aligned));
}

static void gen_mem(Gen *g, const OpSpec *sp)
{
    unsigned size = rn(g, sp->tout == IR_I64 ? 4 : 3);
    unsigned memop = size;
    bool aligned = false;
    uint32_t moi;
    IrTemp a, v;

    if (chance(g, 30)) {
        memop |= IR_MO_SIGN;
    }
    if (chance(g, 4)) {
        memop |= IR_MO_ALIGN;
        aligned = chance(g, 75);
    }
    g->nmem++;
    a = gen_addr(g, 1u << size, aligned);
    moi = ir_memop_idx(memop, rn(g, NB_MMU_MODES));
    v = sp->kind == K_GLD ? dst(g, sp->tout) : src(g, sp->tout);
    ir_emit(g->b, sp->opc, (uint64_t[]){ v, a, moi });
}

static int32_t env_off(Gen *g, unsigned size, bool load)
{
    if (load && size <= 4 && chance(g, 10)) {
        return env_offsetof(tb_flags) + (int32_t)rn(g, 5 - size);
    }
    return SCR_OFF + (int32_t)rn(g, SCR_END - SCR_OFF - size + 1);
}

static void gen_call(Gen *g, const IrHelper *h)
{
    IrTemp a[IR_MAX_CALL_ARGS] = { 0 };
    IrTemp out = IR_NO_TEMP;
    unsigned n = 0;

    for (unsigned i = 0; i < h->nargs; i++) {
        if (h->args[i] != IR_HT_env) {
            a[n++] = src(g, h->args[i] == IR_HT_i32 ? IR_I32 : IR_I64);
        }
    }
    if (h->ret != IR_HT_void) {
        out = dst(g, h->ret == IR_HT_i32 ? IR_I32 : IR_I64);
    }
    ir_call(g->b, h, out, n, a[0], a[1], a[2], a[3], a[4], a[5]);
}

static bool gen_used[IR_OP__COUNT];

/* A division whose divisor is made legal as a frontend would: 0 becomes
 * 1, and for signed ops -1 becomes 1 when the dividend is INT64_MIN. */
static void gen_div(Gen *g, const OpSpec *sp)
{
    IrBlock *b = g->b;
    bool sign = sp->opc == IR_OP_div_i64 || sp->opc == IR_OP_rem_i64;
    IrTemp x = src(g, IR_I64), y = chance(g, 8) ? x : src(g, IR_I64);
    IrTemp one = const_local(g, IR_I64, 1);
    IrTemp zero = const_local(g, IR_I64, 0);
    IrTemp d = new_local(g, IR_I64), o;

    ir_movcond_i64(b, IR_COND_EQ, d, y, zero, one, y);
    if (sign) {
        IrTemp m1 = const_local(g, IR_I64, ~0ull);
        IrTemp min = const_local(g, IR_I64, 1ull << 63);
        IrTemp e = new_local(g, IR_I64), d2 = new_local(g, IR_I64);
        ir_movcond_i64(b, IR_COND_EQ, e, d, m1, one, d);
        ir_movcond_i64(b, IR_COND_EQ, d2, x, min, e, d);
        d = d2;
    }
    o = dst(g, IR_I64);
    ir_op2(b, sp->opc, o, x, d);
}

/* Floating-point operands: special values, extreme exponents (subnormal,
 * overflow and underflow edges), values near 1 (inexact sums and
 * products), raw bits; f32 values mostly NaN-boxed. */
static const uint64_t fp64_vals[] = {
    0, 1ull << 63, 0x3ff0000000000000ull, 0xbff0000000000000ull,
    0x7ff0000000000000ull, 0xfff0000000000000ull, 0x7ff8000000000000ull,
    0xfff8000000000001ull, 0x7ff0000000000001ull, 0x7ff4000000000123ull,
    1, 0x000fffffffffffffull, 0x0010000000000000ull, 0x7fefffffffffffffull,
    0x3ff0000000000001ull, 0x3ca0000000000000ull, 0x4000000000000000ull,
    0x3fe0000000000000ull, 0x0010000000000001ull, 0x8010000000000000ull,
    0x41dfffffffc00000ull, 0x41e0000000000000ull, 0xc1e0000000000000ull,
    0xc1e0000000200000ull, 0xc1e0000000100000ull, 0x43e0000000000000ull,
    0xc3e0000000000000ull, 0x43dfffffffffffffull, 0xbfe8000000000000ull,
};
static const uint32_t fp32_vals[] = {
    0, 0x80000000, 0x3f800000, 0xbf800000, 0x7f800000, 0xff800000,
    0x7fc00000, 0xffc00001, 0x7f800001, 0x7fa00123, 1, 0x007fffff,
    0x00800000, 0x7f7fffff, 0x3f800001, 0x33800000, 0x40000000,
    0x3f000000, 0x00800001, 0x80800000, 0x4f000000, 0xcf000000,
    0x5f000000, 0xdf000000, 0x4effffff, 0xbf400000,
};

static uint64_t fp_val(Gen *g, bool f32)
{
    static const unsigned exps64[] = { 0, 1, 2, 3, 1022, 1023, 1024,
                                       2045, 2046, 2047, 100, 1900 };
    static const unsigned exps32[] = { 0, 1, 2, 3, 126, 127, 128,
                                       253, 254, 255, 20, 230 };
    uint64_t r = rng_next(&g->rng), v;
    unsigned e = rn(g, ARRAY_LEN(exps64));

    switch (rn(g, 4)) {
    case 0:
        v = f32 ? fp32_vals[rn(g, ARRAY_LEN(fp32_vals))]
                : fp64_vals[rn(g, ARRAY_LEN(fp64_vals))];
        break;
    case 1:
        v = f32 ? (r & 0x807fffffull) | (uint64_t)exps32[e] << 23
                : (r & 0x800fffffffffffffull) | (uint64_t)exps64[e] << 52;
        break;
    case 2:
        v = f32 ? (r & 0x807fffffull) | 0x3f800000ull
                : (r & 0x800fffffffffffffull) | 0x3ff0000000000000ull;
        break;
    default:
        v = r;
        break;
    }
    if (f32) {
        v = (uint32_t)v | (chance(g, 95) ? IR_FP_BOX32 : (r & IR_FP_BOX32));
    }
    return v;
}

static void gen_fp(Gen *g, const OpSpec *sp)
{
    unsigned n = ir_op_defs[sp->opc].nin;
    bool f32 = (sp->opc >= IR_OP_fadd_f32 && sp->opc <= IR_OP_fmadd_f32) ||
               (sp->opc >= IR_OP_feq_f32 && sp->opc <= IR_OP_fle_f32) ||
               sp->opc == IR_OP_cvtt_s32_f32 || sp->opc == IR_OP_cvtt_s64_f32;
    uint64_t args[5];

    if ((sp->opc == IR_OP_fmadd_f64 || sp->opc == IR_OP_fmadd_f32) &&
        !ir_host_has_fma()) {
        return;
    }
    for (unsigned i = 0; i < n; i++) {
        bool cvt = sp->opc == IR_OP_cvt_f64_s64 || sp->opc == IR_OP_cvt_f32_s64;
        uint64_t v = cvt ? rand_val(&g->rng, IR_I64) : fp_val(g, f32);
        args[1 + i] = chance(g, 25) ? src(g, IR_I64)
                                    : const_local(g, IR_I64, v);
    }
    if (chance(g, 10)) {
        args[2] = args[1]; /* equal operands */
    }
    args[0] = dst(g, IR_I64);
    args[1 + n] = SCR_OFF + rn(g, SCR_END - SCR_OFF);
    ir_emit(g->b, sp->opc, args);
}

static void gen_op(Gen *g)
{
    const OpSpec *sp = &op_specs[rn(g, ARRAY_LEN(op_specs))];
    IrBlock *b = g->b;
    IrTemp o, x, y, vt, vf;
    unsigned size, memop;

    switch ((OpKind)sp->kind) {
    case K_BIN:
        x = src(g, sp->tin);
        y = chance(g, 8) ? x : src(g, sp->tin);
        o = dst(g, sp->tout);
        ir_op2(b, sp->opc, o, x, y);
        break;
    case K_SHIFT:
        x = src(g, sp->tin);
        y = chance(g, 50) ? const_local(g, sp->tin,
                                        counts[rn(g, ARRAY_LEN(counts))])
                          : src(g, sp->tin);
        o = dst(g, sp->tout);
        ir_op2(b, sp->opc, o, x, y);
        break;
    case K_UN:
        x = src(g, sp->tin);
        o = dst(g, sp->tout);
        ir_op1(b, sp->opc, o, x);
        break;
    case K_DIV:
        gen_div(g, sp);
        break;
    case K_FP:
        gen_fp(g, sp);
        break;
    case K_SETCOND:
        x = src(g, sp->tin);
        y = chance(g, 10) ? x : src(g, sp->tin);
        o = dst(g, sp->tout);
        ir_emit(b, sp->opc, (uint64_t[]){ o, x, y, rn(g, IR_COND_NEVER + 1) });
        break;
    case K_MOVCOND:
        x = src(g, sp->tin);
        y = chance(g, 10) ? x : src(g, sp->tin);
        vt = src(g, sp->tin);
        vf = src(g, sp->tin);
        o = dst(g, sp->tout);
        ir_emit(b, sp->opc,
                (uint64_t[]){ o, x, y, vt, vf, rn(g, IR_COND_NEVER + 1) });
        break;
    case K_MOVI:
        o = dst(g, sp->tout);
        movi(b, o, rand_val(&g->rng, sp->tout));
        break;
    case K_LDENV:
        size = rn(g, sp->tout == IR_I64 ? 4 : 3);
        memop = size | (chance(g, 40) ? IR_MO_SIGN : 0);
        o = dst(g, sp->tout);
        ir_emit(b, sp->opc,
                (uint64_t[]){ o, (uint64_t)env_off(g, 1u << size, true),
                              memop });
        break;
    case K_STENV:
        size = rn(g, sp->tin == IR_I64 ? 4 : 3);
        x = src(g, sp->tin);
        ir_emit(b, sp->opc,
                (uint64_t[]){ x, (uint64_t)env_off(g, 1u << size, false),
                              size });
        break;
    case K_GLD:
    case K_GST:
        if (g->nmem >= MAX_MEM) {
            return;
        }
        gen_mem(g, sp);
        break;
    case K_CALL:
        gen_call(g, call_helpers[rn(g, ARRAY_LEN(call_helpers))]);
        break;
    case K_MB:
        ir_mb(b, rn(g, IR_MB_ALL + 1));
        break;
    case K_INSN:
        /* As in frontends, no branch crosses an instruction boundary: the
         * JIT maps host offsets to pcs by position, the interpreter by the
         * last insn_start it ran. */
        if (!g->npend && !g->in_branch) {
            ir_insn_start(b, g->insn_pc += 4);
        }
        break;
    }
}

static unsigned new_label(Gen *g)
{
    unsigned l = ir_label_new(g->b);

    g->pend[g->npend] = l;
    g->pend_uses[g->npend] = 0;
    g->npend++;
    return l;
}

/* A pending forward label with room for one more jump, or a new one. */
static int branch_target(Gen *g)
{
    if (g->npend && chance(g, 60)) {
        unsigned i = rn(g, g->npend);
        if (g->pend_uses[i] < MAX_USES) {
            g->pend_uses[i]++;
            return (int)g->pend[i];
        }
    }
    if (g->b->nlabels >= MAX_LABELS - 2 || g->npend >= MAX_LABELS / 2) {
        return -1;
    }
    new_label(g);
    g->pend_uses[g->npend - 1] = 1;
    return (int)g->pend[g->npend - 1];
}

static void emit_brcond(Gen *g, unsigned label)
{
    IrType ty = chance(g, 50) ? IR_I64 : IR_I32;
    IrTemp x = src(g, ty), y = chance(g, 10) ? x : src(g, ty);

    ir_emit(g->b, ty == IR_I64 ? IR_OP_brcond_i64 : IR_OP_brcond_i32,
            (uint64_t[]){ x, y, rn(g, IR_COND_NEVER + 1), label });
}

static void gen_branch(Gen *g)
{
    int l = branch_target(g);

    if (l < 0) {
        return;
    }
    if (g->pressure || chance(g, 40)) {
        consume_locals(g);
    }
    if (chance(g, 15)) {
        ir_br(g->b, (unsigned)l);
    } else {
        emit_brcond(g, (unsigned)l);
    }
    end_bb(g);
}

static void set_pending(Gen *g, unsigned i)
{
    ir_set_label(g->b, g->pend[i]);
    g->pend[i] = g->pend[g->npend - 1];
    g->pend_uses[i] = g->pend_uses[g->npend - 1];
    g->npend--;
    end_bb(g);
}

static void gen_terminal(Gen *g, bool last)
{
    IrTemp x;

    switch (rn(g, 10)) {
    case 0:
    case 1:
    case 2:
    case 3:
        ir_exit_tb(g->b, 0);
        break;
    case 4:
    case 5:
    case 6:
        ir_goto_tb(g->b, rn(g, 2), rng_next(&g->rng) & ~1ull);
        break;
    case 7:
    case 8:
        ir_lookup_tb(g->b);
        break;
    default:
        x = src(g, IR_I64);
        ir_call(g->b, &hi_h_raise, IR_NO_TEMP, 1, x);
        break;
    }
    if (!last) {
        end_bb(g);
    }
}

/* brcond over a terminal: the frontends' conditional-exit shape. */
static void gen_side_exit(Gen *g)
{
    unsigned skip;

    if (g->b->nlabels >= MAX_LABELS - 2) {
        return;
    }
    skip = ir_label_new(g->b);
    if (chance(g, 50)) {
        consume_locals(g);
    }
    emit_brcond(g, skip);
    end_bb(g);
    g->in_branch = true;
    for (unsigned i = rn(g, 4); i-- > 0;) {
        gen_op(g);
    }
    gen_terminal(g, false);
    g->in_branch = false;
    ir_set_label(g->b, skip);
    end_bb(g);
}

/* A counted loop: a backward branch over a straight-line body. */
static void gen_loop(Gen *g)
{
    unsigned top;
    IrTemp one, zero;

    if (g->b->nlabels >= MAX_LABELS - 2) {
        return;
    }
    if (chance(g, 50)) {
        consume_locals(g);
    }
    ir_movi_i64(g->b, g_cnt, 1 + rn(g, 4));
    top = ir_label_new(g->b);
    ir_set_label(g->b, top);
    end_bb(g);
    g->in_loop = g->in_branch = true;
    for (unsigned i = 2 + rn(g, 12); i-- > 0;) {
        gen_op(g);
    }
    g->in_loop = g->in_branch = false;
    if (chance(g, 50)) {
        consume_locals(g);
    }
    one = const_local(g, IR_I64, 1);
    ir_op2(g->b, IR_OP_sub_i64, g_cnt, g_cnt, one);
    zero = const_local(g, IR_I64, 0);
    ir_emit(g->b, IR_OP_brcond_i64,
            (uint64_t[]){ g_cnt, zero, IR_COND_NE, top });
    end_bb(g);
}

/* Many locals at once: more than the allocator has registers. */
static void gen_pressure_prefix(Gen *g)
{
    unsigned n = 15 + rn(g, 50);

    for (unsigned i = 0; i < n; i++) {
        IrType ty = chance(g, 75) ? IR_I64 : IR_I32;
        IrTemp t;

        switch (rn(g, 4)) {
        case 0:
            const_local(g, ty, rand_val(&g->rng, ty));
            break;
        case 1:
            t = new_local(g, ty);
            ir_emit(g->b, ty == IR_I64 ? IR_OP_ldenv_i64 : IR_OP_ldenv_i32,
                    (uint64_t[]){ t, (uint64_t)env_off(g, 4, true),
                                  IR_MO_32 | IR_MO_SIGN });
            break;
        default: {
            IrTemp x = pick_global(g, ty, false);
            IrTemp y = src(g, ty);
            t = new_local(g, ty);
            ir_op2(g->b, ty == IR_I64 ? IR_OP_add_i64 : IR_OP_xor_i32, t, x,
                   y);
            break;
        }
        }
    }
}

static void gen_block(IrBlock *b, uint64_t seed, bool pressure)
{
    Gen g = { .b = b, .rng = seed, .pressure = pressure };
    unsigned budget;

    ir_block_reset(b);
    g.may_fault = chance(&g, 30);
    g.insn_pc = TB_PC;
    for (unsigned i = 0; i < ARRAY_LEN(g.hot); i++) {
        g.hot[i] = ram_addr(&g, 8, false);
    }
    budget = pressure ? 80 + rn(&g, 200) : 10 + rn(&g, 250);
    if (chance(&g, 50)) {
        ir_insn_start(b, g.insn_pc);
    }
    while (b->nops < budget) {
        unsigned r = rn(&g, 100);

        unsigned nlive = g.nlive[0] + g.nlive[1];

        if (pressure && (nlive < 15 || (r < 4 && nlive < MAX_PRESSURE))) {
            gen_pressure_prefix(&g);
        } else if (r < 5) {
            gen_branch(&g);
        } else if (r < 8 && g.npend) {
            if (g.pressure || chance(&g, 40)) {
                consume_locals(&g);
            }
            set_pending(&g, rn(&g, g.npend));
        } else if (r < 9) {
            gen_side_exit(&g);
        } else if (r < 10) {
            gen_loop(&g);
        } else {
            gen_op(&g);
        }
    }
    if (pressure || chance(&g, 60)) {
        consume_locals(&g);
    }
    while (g.npend) {
        set_pending(&g, g.npend - 1);
    }
    gen_terminal(&g, true);
}

static void random_state(InitState *s, uint64_t seed)
{
    uint64_t r = seed ^ 0x5eed5eed5eedull;

    for (unsigned i = 0; i < ENV_BYTES; i += 8) {
        uint64_t v = rng_next(&r);
        if (v % 4 == 0) {
            v = edge64[(v >> 8) % ARRAY_LEN(edge64)];
        }
        memcpy(s->env + i, &v, 8);
    }
    s->pc = rng_next(&r);
    s->tb_flags = (uint32_t)rng_next(&r);
    s->warm_tlb = rng_next(&r) & 1;
    s->code_page = 0;
}

static void note_ops(const IrBlock *b)
{
    for (unsigned i = 0; i < b->nops; i++) {
        gen_used[b->ops[i].opc] = true;
    }
}

static void test_random(unsigned first, unsigned n)
{
    static IrBlock b;
    static InitState s;
    char name[96];
    unsigned nops = 0, faults[FAULT_CRASH + 1] = { 0 }, nmmio = 0;

    if (!b.temps) {
        ir_block_init(&b);
    }
    for (unsigned seed = first; seed < first + n; seed++) {
        bool pressure = seed % 4 == 0;

        snprintf(name, sizeof(name), "random seed %u%s%s", seed,
                 pressure ? " pressure" : "",
                 seed % 3 == 0 ? " no-bmi2/bitcount" : "");
        case_begin(name);
        gen_block(&b, seed * 0x2545f4914f6cdd1dull, pressure);
        note_ops(&b);
        if (getenv("TJV_DUMP")) {
            printf("%s:\n", name);
            ir_dump(&b, stdout);
            fflush(stdout);
        }
        random_state(&s, seed);
        set_host_features(seed % 3 != 0);
        diff_block(&b, &s);
        set_host_features(true);
        case_end();
        nops += b.nops;
        faults[outs[0].fault.kind]++;
        nmmio += outs[0].ntrace != 0;
    }
    printf("random blocks: %u, %u ops on average; ended by a fault: bus %u, "
           "alignment %u, helper %u; with helper or MMIO trace: %u\n",
           n, n ? nops / n : 0, faults[FAULT_BUS], faults[FAULT_ALIGN],
           faults[FAULT_HELPER], nmmio);
}

/* ---- Directed cases: every pure op over edge values. */

typedef enum OperandMode {
    M_RR,   /* both from env: registers */
    M_RI,   /* second a constant: an immediate when it fits */
    M_IR,
    M_II,
    M_GG,   /* globals: out = op(g, h) into g */
    M_SAME, /* one temp twice */
    M_COUNT,
} OperandMode;

static const char *const mode_names[M_COUNT] = {
    [M_RR] = "reg,reg", [M_RI] = "reg,imm",   [M_IR] = "imm,reg",
    [M_II] = "imm,imm", [M_GG] = "glob,glob", [M_SAME] = "same",
};

static void directed_state(InitState *s, const uint64_t *vals, unsigned n)
{
    uint64_t r = 42;

    for (unsigned i = 0; i < ENV_BYTES; i += 8) {
        uint64_t v = rng_next(&r);
        memcpy(s->env + i, &v, 8);
    }
    for (unsigned i = 0; i < n && i < NVAL; i++) {
        memcpy(s->env + VAL_OFF + 8 * i, &vals[i], 8);
    }
    s->pc = 0x1234;
    s->tb_flags = 0x89abcdef;
    s->warm_tlb = false;
    s->code_page = 0;
}

/* An operand: vals[i] in a register (ldenv), a constant, or a global. */
static IrTemp operand(IrBlock *b, IrType ty, uint64_t v, unsigned i,
                      bool imm, IrTemp global)
{
    IrTemp t = global != IR_NO_TEMP ? global : ir_temp_new(b, ty);

    if (imm) {
        movi(b, t, v);
    } else {
        ir_emit(b, ty == IR_I64 ? IR_OP_ldenv_i64 : IR_OP_ldenv_i32,
                (uint64_t[]){ t, VAL_OFF + 8 * i,
                              ty == IR_I64 ? IR_MO_64 : IR_MO_32 });
    }
    return t;
}

static void store_result(IrBlock *b, IrTemp t, unsigned slot)
{
    bool w64 = b->temps[t].type == IR_I64;

    ir_emit(b, w64 ? IR_OP_stenv_i64 : IR_OP_stenv_i32,
            (uint64_t[]){ t, RES_OFF + 8 * slot, w64 ? IR_MO_64 : IR_MO_32 });
}

/* One instance of sp in mode m with operands vals[i], vals[j] (a count
 * from ctab[j] for shifts) and condition c; the result goes to slot. */
static void emit_instance(IrBlock *b, const OpSpec *sp, OperandMode m,
                          const uint64_t *vals, unsigned i, unsigned j,
                          unsigned c, unsigned slot)
{
    IrType ti = sp->tin, to = sp->tout;
    bool glob = m == M_GG;
    IrTemp x, y, o;

    x = operand(b, ti, vals[i], i, m == M_II || m == M_IR,
                glob ? (ti == IR_I64 ? g64[0] : g32[0]) : IR_NO_TEMP);
    if (sp->kind == K_UN) {
        o = glob ? (to == IR_I64 ? g64[2] : g32[2]) : ir_temp_new(b, to);
        if (glob && to == ti) {
            o = x;
        }
        ir_op1(b, sp->opc, o, x);
        store_result(b, o, slot);
        return;
    }
    if (m == M_SAME) {
        y = x;
    } else {
        y = operand(b, ti, vals[j], j, m == M_II || m == M_RI,
                    glob ? (ti == IR_I64 ? g64[1] : g32[1]) : IR_NO_TEMP);
    }
    o = glob ? x : ir_temp_new(b, to);
    if (sp->kind == K_SETCOND) {
        ir_emit(b, sp->opc, (uint64_t[]){ o, x, y, c });
    } else if (sp->kind == K_MOVCOND) {
        IrTemp vt = operand(b, ti, vals[(i + 5) % NVAL], (i + 5) % NVAL,
                            false, IR_NO_TEMP);
        IrTemp vf = operand(b, ti, vals[(j + 9) % NVAL], (j + 9) % NVAL,
                            m == M_II, IR_NO_TEMP);
        ir_emit(b, sp->opc, (uint64_t[]){ o, x, y, vt, vf, c });
    } else {
        ir_op2(b, sp->opc, o, x, y);
    }
    store_result(b, o, slot);
}

static void test_directed_op(const OpSpec *sp, OperandMode m)
{
    static IrBlock b;
    static InitState s;
    uint64_t vals[NVAL];
    const uint64_t *e = sp->tin == IR_I64 ? edge64 : edge32;
    unsigned ne = sp->tin == IR_I64 ? ARRAY_LEN(edge64) : ARRAY_LEN(edge32);
    bool shift = sp->kind == K_SHIFT;
    unsigned nj, nc, slot = 0;
    char name[96];

    if (!b.temps) {
        ir_block_init(&b);
    }
    snprintf(name, sizeof(name), "op %s %s", ir_op_defs[sp->opc].name,
             sp->kind != K_UN ? mode_names[m]
             : m == M_RR      ? "reg"
             : m == M_II      ? "imm"
                              : "glob");
    case_begin(name);
    /* Operand table: the edge values, then (for shifts) the counts. */
    for (unsigned k = 0; k < NVAL; k++) {
        vals[k] = e[k % ne];
    }
    for (unsigned k = 0; k < ARRAY_LEN(counts); k++) {
        vals[ne + k] = counts[k];
    }
    for (unsigned k = 0; k < NVAL; k++) {
        vals[k] = sp->tin == IR_I32 ? (uint32_t)vals[k] : vals[k];
    }
    nj = m == M_SAME || sp->kind == K_UN ? 1
         : shift                         ? ARRAY_LEN(counts)
                                         : ne;
    nc = sp->kind == K_SETCOND || sp->kind == K_MOVCOND ? IR_COND_NEVER + 1
                                                         : 1;
    directed_state(&s, vals, NVAL);
    ir_block_reset(&b);
    for (unsigned i = 0; i < ne; i++) {
        for (unsigned j = 0; j < nj; j++) {
            uint64_t y = m == M_SAME ? vals[i] : vals[shift ? ne + j : j];
            if (sp->kind == K_DIV &&
                !ir_div_ok(vals[i], y, sp->opc == IR_OP_div_i64 ||
                                           sp->opc == IR_OP_rem_i64)) {
                continue; /* outside the op's precondition */
            }
            for (unsigned c = 0; c < nc; c++) {
                emit_instance(&b, sp, m, vals, i, shift ? ne + j : j, c,
                              slot++);
                if (slot == NRES) {
                    ir_exit_tb(&b, 0);
                    if (!diff_block_both_shifts(&b, &s)) {
                        goto out;
                    }
                    ir_block_reset(&b);
                    slot = 0;
                }
            }
        }
    }
    if (slot) {
        ir_exit_tb(&b, 0);
        diff_block_both_shifts(&b, &s);
    }
out:
    case_end();
}

static void test_directed_ops(void)
{
    for (unsigned k = 0; k < ARRAY_LEN(op_specs); k++) {
        const OpSpec *sp = &op_specs[k];

        if (sp->kind == K_UN) {
            test_directed_op(sp, M_RR);
            test_directed_op(sp, M_II);
            test_directed_op(sp, M_GG);
        } else if (sp->kind == K_BIN || sp->kind == K_SHIFT ||
                   sp->kind == K_DIV ||
                   sp->kind == K_SETCOND || sp->kind == K_MOVCOND) {
            for (int m = 0; m < M_COUNT; m++) {
                test_directed_op(sp, (OperandMode)m);
            }
        }
    }
}

/* ---- Directed cases: env accesses of every size and sign. */

static void test_directed_env(void)
{
    static IrBlock b;
    static InitState s;
    uint64_t vals[NVAL];

    if (!b.temps) {
        ir_block_init(&b);
    }
    for (unsigned k = 0; k < NVAL; k++) {
        vals[k] = edge64[k % ARRAY_LEN(edge64)];
    }
    for (int w64 = 0; w64 < 2; w64++) {
        for (unsigned size = 0; size < (w64 ? 4u : 3u); size++) {
            for (int sign = 0; sign < 2; sign++) {
                char name[64];
                unsigned slot = 0;
                IrType ty = w64 ? IR_I64 : IR_I32;

                snprintf(name, sizeof(name), "env ldenv/stenv i%d %c%u",
                         w64 ? 64 : 32, sign ? 's' : 'u', 8u << size);
                case_begin(name);
                directed_state(&s, vals, NVAL);
                ir_block_reset(&b);
                for (unsigned off = VAL_OFF; off < VAL_OFF + 48; off++) {
                    IrTemp t = ir_temp_new(&b, ty);
                    unsigned mo = size | (sign ? IR_MO_SIGN : 0);

                    ir_emit(&b, w64 ? IR_OP_ldenv_i64 : IR_OP_ldenv_i32,
                            (uint64_t[]){ t, off, mo });
                    store_result(&b, t, slot++);
                    /* A narrow store into the middle of a result slot. */
                    ir_emit(&b, w64 ? IR_OP_stenv_i64 : IR_OP_stenv_i32,
                            (uint64_t[]){ t, RES_OFF + 8 * slot++ + 1, size });
                }
                for (int32_t off = env_offsetof(tb_flags);
                     off + (1 << size) <= env_offsetof(tb_flags) + 4; off++) {
                    IrTemp t = ir_temp_new(&b, ty);

                    ir_emit(&b, w64 ? IR_OP_ldenv_i64 : IR_OP_ldenv_i32,
                            (uint64_t[]){ t, (uint64_t)off,
                                          size | (sign ? IR_MO_SIGN : 0) });
                    store_result(&b, t, slot++);
                }
                ir_exit_tb(&b, 0);
                diff_block(&b, &s);
                case_end();
            }
        }
    }
}

/* ---- Directed cases: guest memory of every size, sign and alignment. */

static void test_directed_mem(void)
{
    static IrBlock b;
    static InitState s;
    static const uint64_t offs[] = {
        0,      8,      0x7f8,  0xff8,  0xffc, 0xffe,  0xfff,  0x1000,
        0x1001, 0x1ffd, 0x2003, 0x3ffb, 0x4005, 0x7ff8, 0x5555, 0x6aab,
    };
    uint64_t vals[NVAL];

    if (!b.temps) {
        ir_block_init(&b);
    }
    for (unsigned k = 0; k < NVAL; k++) {
        vals[k] = edge64[k % ARRAY_LEN(edge64)];
    }
    for (int w64 = 0; w64 < 2; w64++) {
        for (unsigned size = 0; size < (w64 ? 4u : 3u); size++) {
            for (unsigned flags = 0; flags < 4; flags++) {
                bool sign = flags & 1, align = flags & 2;
                unsigned mo = size | (sign ? IR_MO_SIGN : 0) |
                              (align ? IR_MO_ALIGN : 0);
                IrType ty = w64 ? IR_I64 : IR_I32;
                unsigned sz = 1u << size, slot = 0;
                char name[80];

                snprintf(name, sizeof(name), "mem ld/st i%d %c%u%s",
                         w64 ? 64 : 32, sign ? 's' : 'u', 8 * sz,
                         align ? " align" : "");
                case_begin(name);
                ir_block_reset(&b);
                for (unsigned r = 0; r < NRAM; r++) {
                    for (unsigned k = 0; k < ARRAY_LEN(offs); k++) {
                        uint64_t a = ram_base[r] + offs[k];
                        IrTemp ta, tv, tl;

                        if (align && (a & (sz - 1))) {
                            continue;
                        }
                        ta = ir_temp_new(&b, IR_I64);
                        ir_movi_i64(&b, ta, a);
                        tl = ir_temp_new(&b, ty);
                        ir_emit(&b, w64 ? IR_OP_guest_ld_i64
                                        : IR_OP_guest_ld_i32,
                                (uint64_t[]){ tl, ta,
                                              ir_memop_idx(mo, k % 3) });
                        store_result(&b, tl, slot++);
                        tv = operand(&b, ty, vals[k], k, k & 1, IR_NO_TEMP);
                        ir_emit(&b, w64 ? IR_OP_guest_st_i64
                                        : IR_OP_guest_st_i32,
                                (uint64_t[]){ tv, ta,
                                              ir_memop_idx(mo, k % 3) });
                        tl = ir_temp_new(&b, ty);
                        ir_emit(&b, w64 ? IR_OP_guest_ld_i64
                                        : IR_OP_guest_ld_i32,
                                (uint64_t[]){ tl, ta,
                                              ir_memop_idx(mo, 1 + k % 3) });
                        store_result(&b, tl, slot++);
                    }
                }
                /* MMIO, aligned. */
                for (unsigned k = 0; k < 4; k++) {
                    IrTemp ta = ir_temp_new(&b, IR_I64), tl;

                    ir_movi_i64(&b, ta, MMIO_BASE + 0x40 + k * 8);
                    tl = ir_temp_new(&b, ty);
                    ir_emit(&b, w64 ? IR_OP_guest_ld_i64 : IR_OP_guest_ld_i32,
                            (uint64_t[]){ tl, ta, ir_memop_idx(mo, 0) });
                    store_result(&b, tl, slot++);
                    ir_emit(&b, w64 ? IR_OP_guest_st_i64 : IR_OP_guest_st_i32,
                            (uint64_t[]){ tl, ta, ir_memop_idx(mo, 0) });
                }
                ir_exit_tb(&b, 0);
                for (int warm = 0; warm < 2; warm++) {
                    directed_state(&s, vals, NVAL);
                    s.warm_tlb = warm;
                    if (!diff_block(&b, &s)) {
                        break;
                    }
                }
                case_end();
            }
        }
    }
    /* Faults: misaligned with IR_MO_ALIGN, and unmapped, with dirty
     * globals that must reach env before the fault. */
    for (unsigned size = 0; size < 4; size++) {
        for (int kind = 0; kind < 4; kind++) {
            bool store = kind & 1, unmapped = kind & 2;
            IrTemp ta, tv;
            char name[80];

            if (!unmapped && size == 0) {
                continue;
            }
            snprintf(name, sizeof(name), "mem fault %s %s u%u",
                     unmapped ? "unmapped" : "misaligned",
                     store ? "store" : "load", 8u << size);
            case_begin(name);
            ir_block_reset(&b);
            for (unsigned k = 0; k < NG64; k++) {
                IrTemp c = ir_temp_new(&b, IR_I64);
                ir_movi_i64(&b, c, 0x1111111111111111ull * (k + 1));
                ir_op2(&b, IR_OP_add_i64, g64[k], g64[k], c);
            }
            ir_op1(&b, IR_OP_not_i32, g32[1], g32[1]);
            ta = ir_temp_new(&b, IR_I64);
            ir_movi_i64(&b, ta, unmapped ? 0x12345000ull + (1u << size)
                                         : ram_base[1] + 0x101);
            tv = ir_temp_new(&b, IR_I64);
            ir_movi_i64(&b, tv, 0xfeedfacecafebeefull);
            ir_emit(&b, store ? IR_OP_guest_st_i64 : IR_OP_guest_ld_i64,
                    (uint64_t[]){ tv, ta,
                                  ir_memop_idx(size | IR_MO_ALIGN, 2) });
            ir_op1(&b, IR_OP_mov_i64, g64[3], tv);
            ir_exit_tb(&b, 0);
            directed_state(&s, vals, NVAL);
            if (diff_block(&b, &s) && outs[1].fault.kind == FAULT_NONE) {
                case_fail("the access did not fault");
            }
            case_end();
        }
    }
}

/* IR_MO_ALIGN accesses whose misaligned low address bits equal a TLB
 * entry's flag bits (TLB_INVALID, TLB_MMIO, TLB_NOTDIRTY): the access
 * must fault as misaligned, never take the fast path. */
static void test_align_vs_tlb_flags(void)
{
    static IrBlock b;
    static InitState s;
    static const struct {
        const char *name;
        uint64_t addr;
        unsigned size; /* log2 */
        bool store, warm, code_page;
    } cases[] = {
        { "invalid entry, page 0, u16 load at 1", 1, IR_MO_16, false, false,
          false },
        { "invalid entry, page 0, u64 store at 1", 1, IR_MO_64, true, false,
          false },
        { "MMIO entry, u32 load at +2", MMIO_BASE + 2, IR_MO_32, false, true,
          false },
        { "MMIO entry, u64 store at +2", MMIO_BASE + 2, IR_MO_64, true, true,
          false },
        { "code page entry, u64 store at +4", 0x100100000ull + 0x3004,
          IR_MO_64, true, true, true },
    };
    uint64_t vals[NVAL] = { 0 };

    if (!b.temps) {
        ir_block_init(&b);
    }
    for (unsigned k = 0; k < ARRAY_LEN(cases); k++) {
        char name[96];
        IrTemp a, v;

        snprintf(name, sizeof(name), "align fault vs TLB flag bits: %s",
                 cases[k].name);
        case_begin(name);
        ir_block_reset(&b);
        ir_op1(&b, IR_OP_not_i64, g64[0], g64[0]);
        a = ir_temp_new(&b, IR_I64);
        ir_movi_i64(&b, a, cases[k].addr);
        v = ir_temp_new(&b, IR_I64);
        ir_movi_i64(&b, v, 0x1122334455667788ull);
        ir_emit(&b, cases[k].store ? IR_OP_guest_st_i64 : IR_OP_guest_ld_i64,
                (uint64_t[]){ v, a,
                              ir_memop_idx(cases[k].size | IR_MO_ALIGN, 0) });
        ir_op1(&b, IR_OP_mov_i64, g64[1], v);
        ir_exit_tb(&b, 0);
        directed_state(&s, vals, NVAL);
        s.warm_tlb = cases[k].warm;
        s.code_page = cases[k].code_page ? cases[k].addr & PAGE_MASK : 0;
        if (diff_block(&b, &s) && outs[1].fault.kind != FAULT_ALIGN) {
            case_fail("no misaligned fault");
        }
        case_end();
    }
}

/* ---- Directed cases: register pressure. */

enum { P_PLAIN, P_CALL, P_CALL_WRITES, P_LOAD, P_BRANCH, P_COUNT };
static const char *const pressure_names[P_COUNT] = {
    [P_PLAIN] = "plain",        [P_CALL] = "pure call",
    [P_CALL_WRITES] = "writing call", [P_LOAD] = "guest load",
    [P_BRANCH] = "brcond",
};

static void test_directed_pressure(void)
{
    static const unsigned ns[] = { 4, 8, 11, 12, 13, 14, 15, 16, 20, 32, 64,
                                   100, 120 };
    static IrBlock b;
    static InitState s;
    uint64_t vals[NVAL];

    if (!b.temps) {
        ir_block_init(&b);
    }
    for (unsigned k = 0; k < NVAL; k++) {
        vals[k] = edge64[k % ARRAY_LEN(edge64)] ^ (0x0101010101010101ull * k);
    }
    for (unsigned v = 0; v < P_COUNT; v++) {
        for (unsigned ni = 0; ni < ARRAY_LEN(ns); ni++) {
            unsigned n = ns[ni];
            IrTemp t[128];
            char name[80];

            snprintf(name, sizeof(name), "pressure %u locals, %s", n,
                     pressure_names[v]);
            case_begin(name);
            ir_block_reset(&b);
            /* Dirty globals too: all twelve registers are wanted. */
            for (unsigned k = 0; k < NG64; k++) {
                ir_op2(&b, IR_OP_add_i64, g64[k], g64[k], g64[(k + 1) % NG64]);
            }
            for (unsigned k = 0; k < n; k++) {
                IrTemp x = ir_temp_new(&b, IR_I64);
                t[k] = ir_temp_new(&b, IR_I64);
                ir_emit(&b, IR_OP_ldenv_i64,
                        (uint64_t[]){ x, VAL_OFF + 8 * (k % NVAL), IR_MO_64 });
                ir_op2(&b, k & 1 ? IR_OP_xor_i64 : IR_OP_mul_i64, t[k], x,
                       g64[k % NG64]);
            }
            switch (v) {
            case P_CALL:
                for (unsigned k = 0; k + 6 <= n; k += 6) {
                    ir_call(&b, &hi_h_six, t[k], 6, t[k], t[k + 1], t[k + 2],
                            t[k + 3], t[k + 4], t[k + 5]);
                }
                break;
            case P_CALL_WRITES: {
                IrTemp r = ir_temp_new(&b, IR_I32);
                IrTemp c = ir_temp_new(&b, IR_I32);
                ir_movi_i32(&b, c, 0x55);
                ir_call(&b, &hi_h_write, r, 2, t[0], c);
                ir_op2(&b, IR_OP_add_i32, g32[0], g32[0], r);
                break;
            }
            case P_LOAD:
                for (unsigned k = 0; k < n && k < 8; k++) {
                    IrTemp a = ir_temp_new(&b, IR_I64);
                    ir_movi_i64(&b, a,
                                ram_base[k & 1] + 0xffd + 0x1000 * (k % 7));
                    ir_emit(&b, IR_OP_guest_ld_i64,
                            (uint64_t[]){ t[n - 1 - k], a,
                                          ir_memop_idx(IR_MO_64, 0) });
                    ir_emit(&b, IR_OP_guest_st_i64,
                            (uint64_t[]){ t[k], a, ir_memop_idx(IR_MO_32, 0) });
                }
                break;
            default:
                break;
            }
            /* Consume in reverse order of definition, into globals. */
            for (unsigned k = n; k-- > 0;) {
                ir_op2(&b, IR_OP_add_i64, g64[k % NG64], g64[k % NG64], t[k]);
                ir_emit(&b, IR_OP_stenv_i64,
                        (uint64_t[]){ t[k], RES_OFF + 8 * k, IR_MO_64 });
                if (v == P_BRANCH && k == n / 2) {
                    unsigned l = ir_label_new(&b);
                    ir_brcond_i64(&b, IR_COND_LTU, g64[0], g64[1], l);
                    ir_op1(&b, IR_OP_not_i64, g64[2], g64[2]);
                    ir_set_label(&b, l);
                    break;
                }
            }
            ir_exit_tb(&b, 0);
            directed_state(&s, vals, NVAL);
            s.warm_tlb = ni & 1;
            diff_block(&b, &s);
            case_end();
        }
    }
}

/* ---- Directed cases: helpers, exits, branches, loops. */

static void test_directed_helpers(void)
{
    static IrBlock b;
    static InitState s;
    uint64_t vals[NVAL];

    if (!b.temps) {
        ir_block_init(&b);
    }
    for (unsigned k = 0; k < NVAL; k++) {
        vals[k] = edge64[k % ARRAY_LEN(edge64)];
    }
    vals[3] = 0x1229; /* makes h_check raise */
    for (unsigned h = 0; h < ARRAY_LEN(call_helpers) + 1; h++) {
        const IrHelper *hp = h < ARRAY_LEN(call_helpers) ? call_helpers[h]
                                                         : &hi_h_raise;
        char name[64];
        unsigned slot = 0;

        snprintf(name, sizeof(name), "helper %s", hp->name);
        case_begin(name);
        for (unsigned variant = 0; variant < 3; variant++) {
            ir_block_reset(&b);
            for (unsigned rep = 0; rep < 12; rep++) {
                IrTemp a[IR_MAX_CALL_ARGS] = { 0 }, out = IR_NO_TEMP;
                unsigned n = 0;

                /* Dirty globals before every call. */
                ir_op2(&b, IR_OP_xor_i64, g64[rep % NG64], g64[rep % NG64],
                       g64[(rep + 3) % NG64]);
                ir_op2(&b, IR_OP_sub_i32, g32[rep % NG32], g32[rep % NG32],
                       g32[(rep + 1) % NG32]);
                for (unsigned i = 0; i < hp->nargs; i++) {
                    IrType ty;
                    unsigned vi = (rep * 7 + i * 3) % NVAL;

                    if (hp->args[i] == IR_HT_env) {
                        continue;
                    }
                    if (variant == 1 && rep == 0 && hp == &hi_h_check) {
                        vi = 3;
                    }
                    ty = hp->args[i] == IR_HT_i32 ? IR_I32 : IR_I64;
                    if (variant == 2) {
                        a[n++] = ty == IR_I64 ? g64[(rep + i) % NG64]
                                              : g32[(rep + i) % NG32];
                    } else {
                        a[n++] = operand(&b, ty, vals[vi], vi,
                                         (variant + i) & 1, IR_NO_TEMP);
                    }
                }
                if (hp->ret != IR_HT_void) {
                    IrType ty = hp->ret == IR_HT_i32 ? IR_I32 : IR_I64;
                    out = rep % 3 == 0 ? (ty == IR_I64 ? g64[rep % NG64]
                                                       : g32[rep % NG32])
                                       : ir_temp_new(&b, ty);
                }
                ir_call(&b, hp, out, n, a[0], a[1], a[2], a[3], a[4], a[5]);
                if (hp->flags & H_NORETURN) {
                    break;
                }
                if (out != IR_NO_TEMP) {
                    store_result(&b, out, slot++ % NRES);
                }
            }
            if (!(hp->flags & H_NORETURN)) {
                ir_exit_tb(&b, 0);
            }
            directed_state(&s, vals, NVAL);
            if (!diff_block(&b, &s)) {
                break;
            }
        }
        case_end();
    }
}

static void test_directed_exits(void)
{
    static IrBlock b;
    static InitState s;
    uint64_t vals[NVAL] = { 0 };
    static const struct {
        const char *name;
        int op;
        uint64_t arg;
    } exits[] = {
        { "exit_tb 0", 0, 0 },
        { "exit_tb nochain", 0, TB_EXIT_NOCHAIN },
        { "goto_tb slot 0", 1, 0 },
        { "goto_tb slot 1", 1, 1 },
        { "lookup_tb", 2, 0 },
    };

    if (!b.temps) {
        ir_block_init(&b);
    }
    for (unsigned k = 0; k < ARRAY_LEN(exits); k++) {
        char name[64];

        snprintf(name, sizeof(name), "exit %s", exits[k].name);
        case_begin(name);
        ir_block_reset(&b);
        ir_op2(&b, IR_OP_add_i64, g64[0], g64[0], g64[1]);
        ir_movi_i64(&b, g_pc, 0xabcdef0123ull);
        switch (exits[k].op) {
        case 0:
            ir_exit_tb(&b, exits[k].arg);
            break;
        case 1:
            ir_goto_tb(&b, (unsigned)exits[k].arg, 0x8000000000001000ull);
            break;
        default:
            ir_lookup_tb(&b);
            break;
        }
        directed_state(&s, vals, NVAL);
        diff_block(&b, &s);
        case_end();
    }
}

/* Every condition on brcond_i32/i64, taken and not, around dirty globals. */
static void test_directed_branches(void)
{
    static IrBlock b;
    static InitState s;
    uint64_t vals[NVAL];

    if (!b.temps) {
        ir_block_init(&b);
    }
    for (int w64 = 0; w64 < 2; w64++) {
        for (int m = 0; m < 4; m++) {
            char name[64];
            IrType ty = w64 ? IR_I64 : IR_I32;
            const uint64_t *e = w64 ? edge64 : edge32;
            unsigned ne = w64 ? ARRAY_LEN(edge64) : ARRAY_LEN(edge32);
            unsigned slot = 0;

            snprintf(name, sizeof(name), "brcond_i%d %s", w64 ? 64 : 32,
                     mode_names[m]);
            case_begin(name);
            for (unsigned k = 0; k < NVAL; k++) {
                vals[k] = w64 ? e[k % ne] : (uint32_t)e[k % ne];
            }
            directed_state(&s, vals, NVAL);
            ir_block_reset(&b);
            for (unsigned i = 0; i < ne; i += 3) {
                for (unsigned j = 0; j < ne; j += 2) {
                    for (unsigned c = 0; c <= IR_COND_NEVER; c++) {
                        unsigned l = ir_label_new(&b);
                        IrTemp x, y, one;

                        if (b.nlabels >= JIT_MAX_LABELS - 1 ||
                            slot >= NRES) {
                            ir_exit_tb(&b, 0);
                            if (!diff_block(&b, &s)) {
                                goto out;
                            }
                            ir_block_reset(&b);
                            slot = 0;
                            l = ir_label_new(&b);
                        }
                        ir_op1(&b, IR_OP_not_i64, g64[c % NG64],
                               g64[c % NG64]);
                        x = operand(&b, ty, vals[i], i, m == M_II || m == M_IR,
                                    IR_NO_TEMP);
                        y = operand(&b, ty, vals[j], j, m == M_II || m == M_RI,
                                    IR_NO_TEMP);
                        ir_emit(&b, w64 ? IR_OP_brcond_i64 : IR_OP_brcond_i32,
                                (uint64_t[]){ x, y, c, l });
                        one = ir_temp_new(&b, IR_I64);
                        ir_movi_i64(&b, one, 1ull << (slot % 64));
                        ir_op2(&b, IR_OP_or_i64, g64[7], g64[7], one);
                        ir_set_label(&b, l);
                        slot++;
                    }
                }
            }
            ir_exit_tb(&b, 0);
            diff_block(&b, &s);
out:
            case_end();
        }
    }
}

/* Counted loops with a body that keeps globals dirty across the edge. */
static void test_directed_loops(void)
{
    static IrBlock b;
    static InitState s;
    uint64_t vals[NVAL];

    if (!b.temps) {
        ir_block_init(&b);
    }
    for (unsigned k = 0; k < NVAL; k++) {
        vals[k] = edge64[k % ARRAY_LEN(edge64)];
    }
    for (unsigned iters = 1; iters <= 9; iters += 4) {
        char name[64];
        unsigned top = 0;
        IrTemp one, zero, a, v;

        snprintf(name, sizeof(name), "loop %u iterations", iters);
        case_begin(name);
        ir_block_reset(&b);
        ir_movi_i64(&b, g_cnt, iters);
        top = ir_label_new(&b);
        ir_set_label(&b, top);
        ir_op2(&b, IR_OP_mul_i64, g64[0], g64[0], g64[1]);
        ir_op2(&b, IR_OP_add_i64, g64[1], g64[1], g_cnt);
        ir_op2(&b, IR_OP_rotl_i64, g64[2], g64[2], g64[1]);
        a = ir_temp_new(&b, IR_I64);
        ir_movi_i64(&b, a, ram_base[0] + 0xffc);
        v = ir_temp_new(&b, IR_I64);
        ir_emit(&b, IR_OP_guest_ld_i64,
                (uint64_t[]){ v, a, ir_memop_idx(IR_MO_64, 0) });
        ir_op2(&b, IR_OP_add_i64, v, v, g64[0]);
        ir_emit(&b, IR_OP_guest_st_i64,
                (uint64_t[]){ v, a, ir_memop_idx(IR_MO_64, 0) });
        ir_call(&b, &hi_h_trace, IR_NO_TEMP, 2, g64[2], g32[0]);
        one = ir_temp_new(&b, IR_I64);
        ir_movi_i64(&b, one, 1);
        ir_op2(&b, IR_OP_sub_i64, g_cnt, g_cnt, one);
        zero = ir_temp_new(&b, IR_I64);
        ir_movi_i64(&b, zero, 0);
        ir_brcond_i64(&b, IR_COND_NE, g_cnt, zero, top);
        ir_exit_tb(&b, 0);
        directed_state(&s, vals, NVAL);
        diff_block(&b, &s);
        case_end();
    }
}

/* The JIT's limits: JIT_MAX_LABELS labels in a block, MAX_USES forward
 * jumps to one label. A block at both limits must still work. */
static void test_directed_limits(void)
{
    static IrBlock b;
    static InitState s;
    uint64_t vals[NVAL] = { 0 };

    if (!b.temps) {
        ir_block_init(&b);
    }
    case_begin("limits: 64 labels, 8 forward jumps to each");
    ir_block_reset(&b);
    for (unsigned l = 0; l < JIT_MAX_LABELS; l++) {
        unsigned label = ir_label_new(&b);

        for (unsigned u = 0; u < MAX_USES; u++) {
            ir_brcond_i64(&b, (IrCond)((l + u) % (IR_COND_NEVER + 1)),
                          g64[u % NG64], g64[(l + u + 1) % NG64], label);
            ir_op2(&b, IR_OP_add_i64, g64[(l + u) % NG64],
                   g64[(l + u) % NG64], g64[(u + 3) % NG64]);
        }
        ir_set_label(&b, label);
    }
    ir_exit_tb(&b, 0);
    directed_state(&s, vals, NVAL);
    diff_block(&b, &s);
    case_end();
}

/* ---- Chaining: a patched goto_tb runs the next block, and unpatching
 * restores the exit. */

static TbInsn chain_insns[2][64];

static void chain_tb(TB *tb, uint64_t pc, TbInsn *insns)
{
    IrBlock ir = tb->ir;

    memset(tb, 0, sizeof(*tb));
    tb->ir = ir;
    tb->pc = tb->phys_pc = pc;
    tb->page_addr[1] = (uint64_t)-1;
    tb->jmp_insn_off[0] = tb->jmp_insn_off[1] = 0xffff;
    tb->insns = insns;
}

/* Block a: some work, then goto_tb(slot, pc_b); block b: more work. */
static void chain_blocks(IrBlock *a, IrBlock *bb, unsigned slot,
                         unsigned filler)
{
    IrTemp t;

    ir_block_reset(a);
    ir_op2(a, IR_OP_add_i64, g64[0], g64[0], g64[1]);
    for (unsigned k = 0; k < filler; k++) {
        t = ir_temp_new(a, IR_I64);
        ir_movi_i64(a, t, 0x0123456789abcdefull * (k + 1));
        ir_op2(a, IR_OP_xor_i64, g64[k % NG64], g64[k % NG64], t);
    }
    ir_goto_tb(a, slot, 0x2000);
    /* b sets pc itself, as frontends do before exit_tb: a chained goto_tb
     * does not store it. */
    ir_block_reset(bb);
    ir_op2(bb, IR_OP_mul_i64, g64[1], g64[1], g64[0]);
    ir_op1(bb, IR_OP_not_i32, g32[0], g32[0]);
    ir_movi_i64(bb, g_pc, 0x3000);
    ir_exit_tb(bb, 0);
}

/* A recorded slot names a jmp's rel32 field, 4-byte aligned, with the
 * reset path right after it. */
static bool code_is_jmp_field(const TB *tb, unsigned slot)
{
    unsigned off = tb->jmp_insn_off[slot];

    return off >= 1 && off + 4 <= tb->host_size &&
           tb->host_code[off - 1] == 0xE9 &&
           ((uintptr_t)tb->host_code + off) % 4 == 0 &&
           tb->jmp_reset_off[slot] == off + 4;
}

static void test_chaining(void)
{
    static IrBlock a, bb;
    static TB ia, ib, ja, jb;
    static InitState s;
    static Outcome ref_a, ref_ab, got;
    uint64_t vals[NVAL] = { 0 };
    char detail[512];

    if (!a.temps) {
        ir_block_init(&a);
        ir_block_init(&bb);
    }
    for (unsigned big = 0; big < 2; big++) {
        for (unsigned slot = 0; slot < 2; slot++) {
            char name[64];
            /* The large variant puts the jump past 64 KiB of host code. */
            unsigned filler = big ? 6000 : 3;

            snprintf(name, sizeof(name), "chain goto_tb slot %u%s", slot,
                     big ? ", jump past 64 KiB" : "");
            case_begin(name);
            chain_blocks(&a, &bb, slot, filler);
            directed_state(&s, vals, NVAL);

            /* Reference: the interpreter runs a, then b. */
            backend = &backend_interp;
            chain_tb(&ia, TB_PC, chain_insns[0]);
            chain_tb(&ib, 0x2000, chain_insns[1]);
            backend_interp.gen(&ia, &a);
            backend_interp.gen(&ib, &bb);
            load_state(&s);
            exec_guarded(&backend_interp, &ia);
            capture(&ref_a, &ia);
            exec_guarded(&backend_interp, &ib);
            capture(&ref_ab, &ib);
            if (ref_a.exit != (EXIT_SELF | slot)) {
                case_fail("interp: goto_tb exit value");
            }

            backend = &backend_jit;
            backend_jit.flush();
            chain_tb(&ja, TB_PC, chain_insns[0]);
            chain_tb(&jb, 0x2000, chain_insns[1]);
            if (!backend_jit.gen(&ja, &a) || !backend_jit.gen(&jb, &bb)) {
                case_fail("jit: code generation failed");
                case_end();
                continue;
            }
            if (big && ja.jmp_insn_off[slot] == 0xffff) {
                /* Unchainable is fine: it must still exit correctly. */
                load_state(&s);
                exec_guarded(&backend_jit, &ja);
                capture(&got, &ja);
                if (outcome_diff(&got, &ref_a, "jit", "interp", detail,
                                 sizeof(detail))) {
                    case_fail(detail);
                }
                case_end();
                continue;
            }
            if (!code_is_jmp_field(&ja, slot)) {
                snprintf(detail, sizeof(detail),
                         "jmp_insn_off[%u] = 0x%x does not point at the "
                         "goto_tb jump's rel32 (host code is 0x%x bytes)",
                         slot, ja.jmp_insn_off[slot], ja.host_size);
                case_fail(detail);
                case_end();
                continue;
            }
            load_state(&s);
            exec_guarded(&backend_jit, &ja);
            capture(&got, &ja);
            if (outcome_diff(&got, &ref_a, "jit", "interp", detail,
                             sizeof(detail))) {
                case_fail(detail);
            }
            backend_jit.set_jump(&ja, (int)slot, &jb);
            load_state(&s);
            exec_guarded(&backend_jit, &ja);
            capture(&got, &jb);
            if (outcome_diff(&got, &ref_ab, "jit chained", "interp a, b",
                             detail, sizeof(detail))) {
                case_fail(detail);
            }
            backend_jit.set_jump(&ja, (int)slot, NULL);
            load_state(&s);
            exec_guarded(&backend_jit, &ja);
            capture(&got, &ja);
            if (outcome_diff(&got, &ref_a, "jit unchained", "interp a",
                             detail, sizeof(detail))) {
                case_fail(detail);
            }
            case_end();
        }
    }
}

/* lookup_tb: a jump-cache hit runs the next block from generated code
 * (the interpreter returns 0 and the loop would run it); misses exit. */
static void test_lookup_tb(void)
{
    static IrBlock a, bb;
    static TB ia, ib, ja, jb;
    static InitState s;
    static Outcome ref_a, ref_ab, got;
    static const char *const names[] = { "hit", "miss on flags", "miss on pc",
                                         "empty" };
    uint64_t vals[NVAL] = { 0 };
    char detail[512];

    if (!a.temps) {
        ir_block_init(&a);
        ir_block_init(&bb);
    }
    for (unsigned v = 0; v < ARRAY_LEN(names); v++) {
        char name[64];

        snprintf(name, sizeof(name), "lookup_tb jump cache %s", names[v]);
        case_begin(name);
        chain_blocks(&a, &bb, 0, 2);
        a.nops--; /* replace goto_tb with pc = 0x2000; lookup_tb */
        ir_movi_i64(&a, g_pc, 0x2000);
        ir_lookup_tb(&a);
        directed_state(&s, vals, NVAL);

        backend = &backend_interp;
        chain_tb(&ia, TB_PC, chain_insns[0]);
        chain_tb(&ib, 0x2000, chain_insns[1]);
        backend_interp.gen(&ia, &a);
        backend_interp.gen(&ib, &bb);
        load_state(&s);
        exec_guarded(&backend_interp, &ia);
        capture(&ref_a, &ia);
        exec_guarded(&backend_interp, &ib);
        capture(&ref_ab, &ib);

        backend = &backend_jit;
        backend_jit.flush();
        chain_tb(&ja, TB_PC, chain_insns[0]);
        chain_tb(&jb, v == 2 ? 0x2004 : 0x2000, chain_insns[1]);
        jb.flags = s.tb_flags ^ (v == 1);
        backend_jit.gen(&ja, &a);
        backend_jit.gen(&jb, &bb);
        load_state(&s);
        if (v != 3) {
            cpu.cs.tb_jmp_cache[tb_jmp_cache_hash(0x2000)] = &jb;
        }
        cur_tb = &ja;
        exec_guarded(&backend_jit, &ja);
        capture(&got, v == 0 ? &jb : &ja);
        if (outcome_diff(&got, v == 0 ? &ref_ab : &ref_a, "jit",
                         v == 0 ? "interp a, b" : "interp a", detail,
                         sizeof(detail))) {
            case_fail(detail);
        }
        case_end();
    }
}

/* Faults at an exact guest pc: the k-th of eight instructions faults, and
 * both backends must recover its pc (and have written what came before). */
static void test_fault_pc(void)
{
    static IrBlock b;
    static InitState s;
    static const char *const hows[] = { "unmapped load", "unmapped store",
                                        "misaligned load", "helper raise" };
    uint64_t vals[NVAL] = { 0 };

    if (!b.temps) {
        ir_block_init(&b);
    }
    for (unsigned how = 0; how < ARRAY_LEN(hows); how++) {
        for (unsigned k = 0; k < 8; k++) {
            char name[64], detail[128];

            snprintf(name, sizeof(name), "fault pc: %s in insn %u", hows[how],
                     k);
            case_begin(name);
            ir_block_reset(&b);
            for (unsigned i = 0; i < 8; i++) {
                IrTemp a = ir_temp_new(&b, IR_I64), v;
                uint64_t addr = ram_base[i & 1] + 0x100 * i;

                ir_insn_start(&b, TB_PC + 4 * i);
                ir_op2(&b, IR_OP_add_i64, g64[i], g64[i], g64[(i + 1) % NG64]);
                if (i == k) {
                    addr = how == 2 ? addr + 3 : 0x7000000000000000ull + i;
                }
                ir_movi_i64(&b, a, how == 3 ? (i == k ? 0x29 : 0x10) : addr);
                v = ir_temp_new(&b, IR_I64);
                switch (how) {
                case 0:
                case 2:
                    ir_guest_ld_i64(
                        &b, v, a, ir_memop_idx(IR_MO_64 | IR_MO_ALIGN, i % 3));
                    ir_op2(&b, IR_OP_xor_i64, g64[(i + 2) % NG64],
                           g64[(i + 2) % NG64], v);
                    break;
                case 1:
                    ir_guest_st_i64(&b, g64[i], a, ir_memop_idx(IR_MO_32, 0));
                    break;
                default:
                    ir_call(&b, &hi_h_check, v, 1, a);
                    ir_op2(&b, IR_OP_sub_i64, g64[(i + 3) % NG64],
                           g64[(i + 3) % NG64], v);
                    break;
                }
            }
            ir_exit_tb(&b, 0);
            directed_state(&s, vals, NVAL);
            if (diff_block(&b, &s)) {
                for (unsigned o = 0; o < 4; o++) {
                    if (outs[o].fault.kind == FAULT_NONE ||
                        outs[o].fault.pc != TB_PC + 4 * k) {
                        snprintf(detail, sizeof(detail),
                                 "run %u: fault kind %d at pc 0x%" PRIx64
                                 ", want pc 0x%x",
                                 o, outs[o].fault.kind, outs[o].fault.pc,
                                 TB_PC + 4 * k);
                        case_fail(detail);
                        break;
                    }
                }
            }
            case_end();
        }
    }
}

/* ---- Emitter table. */

static void test_emitters(void)
{
    for (unsigned op = 0; op < IR_OP__COUNT; op++) {
        char name[64];
        const EmitDef *d = &jit_emit_defs[op];

        snprintf(name, sizeof(name), "emitter %s", ir_op_defs[op].name);
        check(name, d->emit || d->emit_custom, "no JIT emitter");
    }
}

static void test_coverage(void)
{
    for (unsigned op = 0; op < IR_OP__COUNT; op++) {
        char name[64];

        snprintf(name, sizeof(name), "random blocks use %s",
                 ir_op_defs[op].name);
        check(name,
              gen_used[op] || ((op == IR_OP_fmadd_f64 ||
                                op == IR_OP_fmadd_f32) && !ir_host_has_fma()),
              "the generator never emitted it");
    }
}

/* ---- Set-up. */

static void setup(void)
{
    uint64_t r = 7;

    for (unsigned i = 0; i < NG64; i++) {
        static char names[NG64][8];
        snprintf(names[i], sizeof(names[i]), "g%u", i);
        g64[i] = ir_global_new(IR_I64, (int32_t)(8 * i), names[i]);
    }
    for (unsigned i = 0; i < NG32; i++) {
        static char names[NG32][8];
        snprintf(names[i], sizeof(names[i]), "w%u", i);
        g32[i] = ir_global_new(IR_I32, (int32_t)(G32_OFF + 4 * i), names[i]);
    }
    g_cnt = ir_global_new(IR_I64, CNT_OFF, "cnt");
    g_pc = ir_global_new(IR_I64, env_offsetof(pc), "pc");

    struct sigaction sa = { .sa_handler = watchdog, .sa_flags = SA_NODEFER };
    struct sigaction sc = { .sa_sigaction = crash,
                            .sa_flags = SA_SIGINFO | SA_NODEFER };
    sigaction(SIGALRM, &sa, NULL);
    sigaction(SIGSEGV, &sc, &old_segv);
    sigaction(SIGBUS, &sc, &old_bus);

    softmmu_as = &test_as;
    for (unsigned i = 0; i < NRAM; i++) {
        ram_mr[i] = as_add_ram(&test_as, "ram", ram_base[i], RAM_SIZE);
        for (unsigned k = 0; k < RAM_SIZE; k += 8) {
            uint64_t v = rng_next(&r);
            memcpy(&ram_init[i][k], &v, 8);
        }
    }
    as_add_mmio(&test_as, "test-mmio", MMIO_BASE, PAGE_SIZE, 1, &mmio_ops,
                NULL);

    tb_cache_init();
    backend_interp.init(0);
    backend_jit.init(64u << 20);
    host_bmi2 = jit_have_bmi2;
    host_lzcnt = jit_have_lzcnt;
    host_tzcnt = jit_have_tzcnt;
    host_popcnt = jit_have_popcnt;
    host_bitcnt = host_lzcnt || host_tzcnt || host_popcnt;
    cpu_init_common(&cpu.cs, &test_cc, NULL, 0);
    ir_block_init(&blk_opt);
    ir_block_init(&blk_try);
    ir_block_init(&blk_best);
}

/* Usage: test-jit-vs-interp [random-count [first-seed]]; TJV_DUMP=1 in
 * the environment prints every random block before it runs. */
int main(int argc, char **argv)
{
    unsigned nrandom = argc > 1 ? (unsigned)strtoul(argv[1], NULL, 0) : 3000;
    unsigned first = argc > 2 ? (unsigned)strtoul(argv[2], NULL, 0) : 1;

    setup();
    check("layout: env directly follows CPUState",
          offsetof(TestCpu, env) == sizeof(CPUState) &&
              (void *)cpu.env == cpu_env(&cpu.cs),
          "env is not at cpu_env()");
    test_emitters();
    test_directed_ops();
    test_directed_env();
    test_directed_mem();
    test_align_vs_tlb_flags();
    test_directed_pressure();
    test_directed_helpers();
    test_directed_exits();
    test_directed_branches();
    test_directed_loops();
    test_directed_limits();
    test_chaining();
    test_lookup_tb();
    test_fault_pc();
    test_random(first, nrandom);
    test_coverage();
    printf("%u passed, %u failed\n", n_passed, n_failed);
    return n_failed == 0 ? 0 : 1;
}
