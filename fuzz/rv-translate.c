/* SPDX-License-Identifier: MIT */
/*
 * Fuzz target: random RISC-V instruction words, run under the x86-64 JIT
 * and under the IR interpreter from the same start state; the two must end
 * in the same architectural state (registers, pc, CSRs, memory). The words
 * sit at the start of a small RAM; the hart starts in M-mode with
 * registers pointing into that RAM, and the run ends when the pc reaches
 * the trap vector (any exception ends it), the hart sleeps, or after
 * MAX_BLOCKS blocks. Chaining is off (-d nochain), so each block returns
 * to this loop and the bound holds. Input: byte 0 selects the start state
 * (FP on or off, register seed), the rest are little-endian words.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/backend.h"
#include "core/log.h"
#include "core/machine.h"
#include "core/tb.h"
#include "core/translate.h"
#include "frontend-riscv/cpu.h"
#include "softmmu/softmmu.h"

enum {
    RAM_BASE = 0x80000000,
    RAM_SIZE = 64 << 10,
    STOP_PC = RAM_BASE + RAM_SIZE - 0x1000, /* mtvec: the run ends there */
    MAX_WORDS = (RAM_SIZE - 0x2000) / 4,
    MAX_BLOCKS = 48,
};

static Machine machine;
static MemRegion *ram;
static RVCPU *cpu;
static RVEnv start_env;
static uint8_t start_ram[RAM_SIZE];
static unsigned blocks; /* survives the fault longjmp: static */

typedef struct Result {
    RVEnv env;
    uint64_t pc;
    bool halted;
    uint8_t ram[RAM_SIZE];
} Result;

static Result results[2];

/* No interrupt lines and a fixed clock, so both runs see the same time. */
static uint64_t no_pending(void *opaque)
{
    (void)opaque;
    return 0;
}

static uint64_t fixed_time(void *opaque)
{
    (void)opaque;
    return 0x12345678;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    ram = as_add_ram(&machine.as, "ram", RAM_BASE, RAM_SIZE);
    softmmu_as = &machine.as;
    backend_jit.init(16u << 20);
    backend_interp.init(0);
    backend = &backend_jit;
    tb_cache_init();
    log_mask = LOG_NOCHAIN;
    cpu = rv_cpu_new(&machine, 0);
    machine.cpus[0] = &cpu->cs;
    machine.ncpus = 1;
    return 0;
}

static uint64_t splitmix(uint64_t *s)
{
    uint64_t z = (*s += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

/* The start state: M-mode at RAM_BASE, mtvec at STOP_PC, a third of the
 * registers pointing into RAM (so loads and stores land), the rest random
 * from the input's seed byte and small values. */
static void make_start(uint8_t mode, const uint8_t *words, size_t len)
{
    rv_cpu_reset(cpu, RAM_BASE);
    RVEnv *env = &cpu->env;
    uint64_t seed = mode;
    for (int i = 1; i < 32; i++) {
        uint64_t r = splitmix(&seed);
        switch (i % 3) {
        case 0: env->gpr[i] = RAM_BASE + (r & (RAM_SIZE / 2 - 1)); break;
        case 1: env->gpr[i] = r; break;
        default: env->gpr[i] = r & 0xff; break;
        }
        env->fpr[i] = splitmix(&seed);
    }
    if (mode & 1) {
        env->mstatus |= 1ull << 13; /* FS = Initial: FP allowed */
    }
    env->mtvec = STOP_PC;
    env->mepc = RAM_BASE + 0x40;
    env->irq_src = (RvIrqSource){ .pending = no_pending,
                                  .mtime = fixed_time };
    rv_update_tb_flags(env);
    start_env = *env;

    memset(start_ram, 0, sizeof(start_ram));
    memcpy(start_ram, words, len);
}

static TB *find_tb(CPUState *cs)
{
    uint64_t pc = cs->pc;
    uint64_t phys = softmmu_code_paddr(cs, pc, cs->cc->mmu_index(cs, true));
    TB *tb = tb_lookup(pc, phys, cs->tb_flags);
    return tb ? tb : tb_gen_code(cs, pc, phys, cs->tb_flags);
}

static void run(const Backend *be, Result *out)
{
    CPUState *cs = &cpu->cs;
    backend = be;
    tb_flush_all();
    memcpy(ram->host, start_ram, RAM_SIZE);
    cpu->env = start_env;
    cs->pc = RAM_BASE;
    cs->exception_index = EXCP_NONE;
    cs->halted = false;
    cs->exit_request = 0;
    rv_update_tb_flags(&cpu->env);
    tlb_flush(cs);
    blocks = 0;

    if (sigsetjmp(cs->jmp_env, 0)) {
        cs->in_interp = false;
    }
    while (blocks < MAX_BLOCKS) {
        blocks++;
        if (cs->exception_index >= 0) {
            cs->cc->do_interrupt(cs);
            cs->exception_index = EXCP_NONE;
        }
        if (cs->pc == STOP_PC) {
            break;
        }
        if (cs->cc->exec_interrupt(cs)) {
            continue;
        }
        if (cs->halted) {
            break;
        }
        (void)backend->exec(cs, find_tb(cs));
    }
    out->env = cpu->env;
    out->env.trap_tb = NULL;          /* host pointers, not state */
    out->pc = cs->pc;
    out->halted = cs->halted;
    memcpy(out->ram, ram->host, RAM_SIZE);
}

static void report(const Result *a, const Result *b)
{
    fprintf(stderr, "rv-translate: JIT and interpreter differ\n");
    fprintf(stderr, "  pc %#llx / %#llx, halted %d / %d\n",
            (unsigned long long)a->pc, (unsigned long long)b->pc, a->halted,
            b->halted);
    for (int i = 0; i < 32; i++) {
        if (a->env.gpr[i] != b->env.gpr[i]) {
            fprintf(stderr, "  x%d %#llx / %#llx\n", i,
                    (unsigned long long)a->env.gpr[i],
                    (unsigned long long)b->env.gpr[i]);
        }
    }
    const uint8_t *ea = (const uint8_t *)&a->env;
    const uint8_t *eb = (const uint8_t *)&b->env;
    for (size_t i = 0; i < sizeof(RVEnv); i++) {
        if (ea[i] != eb[i]) {
            fprintf(stderr, "  first differing env byte at offset %zu\n", i);
            break;
        }
    }
    for (size_t i = 0; i < RAM_SIZE; i++) {
        if (a->ram[i] != b->ram[i]) {
            fprintf(stderr, "  first differing RAM byte at %#llx\n",
                    (unsigned long long)(RAM_BASE + i));
            break;
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 5) {
        return -1;
    }
    size_t len = (size - 1) & ~(size_t)3;
    if (len > MAX_WORDS * 4) {
        len = MAX_WORDS * 4;
    }
    make_start(data[0], data + 1, len);
    run(&backend_jit, &results[0]);
    run(&backend_interp, &results[1]);
    if (results[0].pc != results[1].pc ||
        results[0].halted != results[1].halted ||
        memcmp(&results[0].env, &results[1].env, sizeof(RVEnv)) ||
        memcmp(results[0].ram, results[1].ram, RAM_SIZE)) {
        report(&results[0], &results[1]);
        abort();
    }
    return 0;
}
