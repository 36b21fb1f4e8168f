/* SPDX-License-Identifier: MIT */
/*
 * gen.c: difftest-gen writes a bare-metal RISC-V program (assembly for
 * riscv64-linux-gnu-gcc, linked with common/crt.S, runtime.S and
 * report.c) that runs one random instruction sequence per seed:
 *
 *   difftest-gen [-e] [-n INSNS] SEED COUNT > prog.S   seeds SEED..+COUNT-1
 *   difftest-gen -l                                    the rules, listed
 *
 * Each sequence loads every x and f register, fcsr and a 2 KiB data window
 * with values derived from its seed, runs INSNS instructions drawn from
 * insn32.def and insn16.def with random operand fields (policy.c says
 * which fields are constrained, and which instructions are left out), and
 * prints its final state (report.c). The output is a pure function of the
 * arguments, so a failing seed is reproduced by generating it alone. -e
 * also draws the instructions on which QEMU 7.2 is known to diverge, for
 * runs that compare emu with itself.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tcg-tests/difftest/difftest.h"
#include "tcg-tests/difftest/state.h"

#define MAX_INSNS 100000
#define MAX_TRIES 1000
#define MAX_BRANCH_SKIP 4

/* Registers that hold pointers into the data window: sp and s0, the
 * bases the compressed loads and stores can name. */
static const unsigned bases[] = { 2, 8 };
#define NBASES 2

typedef struct DtInsn {
    uint32_t word;
    unsigned size;   /* 2 or 4; 8 for an SC with its LR */
    int id;          /* RvInsnId it runs as */
    int row16;       /* insn16.def row, or -1 */
    bool branch;     /* offset to be filled in: to insn target */
    unsigned target;
    uint32_t lr;     /* an SC's LR, emitted just before it */
} DtInsn;

typedef struct DtGen {
    DtRng rng;
    DtRule rules[RV_INSN__COUNT];
    int pool32[RV_INSN__COUNT];
    unsigned n32;
    int pool16[RV_C__COUNT];
    unsigned n16;
    int rsv16[RV_C__COUNT]; /* the reserved insn16.def rows */
    unsigned nrsv16;
    uint64_t base_off[NBASES]; /* base register - window start */
    DtInsn insns[MAX_INSNS + 1];
} DtGen;

static DtGen gen;

static bool is_base(unsigned reg)
{
    for (unsigned i = 0; i < NBASES; i++) {
        if (bases[i] == reg) {
            return true;
        }
    }
    return false;
}

static int base_index(unsigned reg)
{
    for (unsigned i = 0; i < NBASES; i++) {
        if (bases[i] == reg) {
            return (int)i;
        }
    }
    return -1;
}

static bool mem_ok(const DtGen *g, const DtRule *r, const RvArgs *a)
{
    int b = base_index(a->rs1);
    if (b < 0) {
        return false;
    }
    if (r->kind == DT_AMO || r->kind == DT_STORE_COND) {
        return true; /* no offset: imm holds the aq and rl bits */
    }
    int64_t off = (int64_t)g->base_off[b] + a->imm;
    return off >= 0 && off + (int64_t)r->mem_size <= DT_WIN_SIZE;
}

/* May the instruction with these operands be generated? */
static bool operands_ok(DtGen *g, const DtRule *r, const RvArgs *a)
{
    if (r->writes_x && is_base(a->rd)) {
        return false;
    }
    switch (r->kind) {
    case DT_LOAD:
    case DT_STORE:
    case DT_AMO:
    case DT_STORE_COND:
        return mem_ok(g, r, a);
    case DT_FP_RM:
        /* Reserved modes 5 and 6 trap; one in 64 is kept to test that. */
        return (a->imm != 5 && a->imm != 6) || dt_below(&g->rng, 64) == 0;
    case DT_CSR_FP:
        return a->imm >= 1 && a->imm <= 3;
    case DT_FENCE:
        return a->rd == 0 && a->rs1 == 0 && (a->imm & 0xf00) == 0;
    case DT_FENCE_I:
        return a->rd == 0 && a->rs1 == 0 && a->imm == 0;
    default:
        return true;
    }
}

/* A random word of a pattern: '-' bits random, the rest as given. The
 * fields policy.c constrains tightly are drawn from their legal values
 * directly rather than by rejection. */
static uint32_t random_word(DtGen *g, const RvPattern *p, const DtRule *r)
{
    uint32_t w = (p->match & p->mask) | ((uint32_t)dt_rand(&g->rng) & ~p->mask);
    switch (r->kind) {
    case DT_LOAD:
    case DT_STORE:
    case DT_AMO:
    case DT_STORE_COND:
        w = (w & ~0x000f8000u) | bases[dt_below(&g->rng, NBASES)] << 15;
        break;
    case DT_CSR_FP:
        w = (w & ~0xfff00000u) | (1 + dt_below(&g->rng, 3)) << 20;
        break;
    case DT_FENCE:
        w &= ~0xf00f8f80u;
        break;
    case DT_FENCE_I:
        w = p->match;
        break;
    default:
        break;
    }
    return w;
}

static bool gen32(DtGen *g, int id, DtInsn *in)
{
    const RvPattern *p = &rv_patterns[id];
    const DtRule *r = &g->rules[id];
    for (unsigned t = 0; t < MAX_TRIES; t++) {
        uint32_t w = random_word(g, p, r);
        RvArgs a;
        if (rv_decode32(w, &a) != id || !operands_ok(g, r, &a)) {
            continue;
        }
        *in = (DtInsn){ .word = w, .size = 4, .id = id, .row16 = -1,
                        .branch = r->kind == DT_BRANCH };
        if (r->kind == DT_STORE_COND) {
            /* The LR: funct5 00010, rs2 0, the SC's size, rs1 and rd. */
            in->lr = (w & ~0xf9f00000u) | 0x02u << 27;
            if (rv_decode32(in->lr, &a) < 0 ||
                g->rules[rv_decode32(in->lr, &a)].kind != DT_AMO) {
                fprintf(stderr, "difftest-gen: no LR for %s\n", p->name);
                exit(1);
            }
            in->size = 8;
        }
        return true;
    }
    return false;
}

static bool gen16(DtGen *g, int row, DtInsn *in)
{
    const RvPattern16 *p = &rv_patterns16[row];
    const DtRule *r = &g->rules[p->insn32];
    for (unsigned t = 0; t < MAX_TRIES; t++) {
        uint16_t h = (uint16_t)((p->match & p->mask) |
                                ((uint16_t)dt_rand(&g->rng) & ~p->mask));
        RvArgs a;
        if (rv_decode16(h, &a) != row || !operands_ok(g, r, &a)) {
            continue;
        }
        *in = (DtInsn){ .word = h, .size = 2, .id = p->insn32, .row16 = row,
                        .branch = r->kind == DT_BRANCH };
        return true;
    }
    return false;
}

/* On purpose, an encoding emu decodes as illegal: a parcel of a reserved
 * insn16.def row, or a 32-bit word no pattern matches (bits 4:2 != 111,
 * which would announce an instruction longer than 32 bits). Both
 * emulators must raise illegal instruction with the same mtval. */
static void gen_illegal(DtGen *g, DtInsn *in)
{
    RvArgs a;
    if (g->nrsv16 && dt_below(&g->rng, 4) == 0) {
        int row = g->rsv16[dt_below(&g->rng, g->nrsv16)];
        const RvPattern16 *p = &rv_patterns16[row];
        for (;;) {
            uint16_t h = (uint16_t)((p->match & p->mask) |
                                    ((uint16_t)dt_rand(&g->rng) & ~p->mask));
            if (rv_decode16(h, &a) == row) {
                *in = (DtInsn){ .word = h, .size = 2, .id = -1, .row16 = row };
                return;
            }
        }
    }
    for (;;) {
        uint32_t w = (uint32_t)dt_rand(&g->rng) | 3;
        if ((w & 0x1c) != 0x1c && rv_decode32(w, &a) < 0) {
            *in = (DtInsn){ .word = w, .size = 4, .id = -1, .row16 = -1 };
            return;
        }
    }
}

static void gen_one(DtGen *g, DtInsn *in)
{
    if (dt_below(&g->rng, 64) == 0) {
        gen_illegal(g, in);
        return;
    }
    for (;;) {
        /* About one instruction in four is compressed. */
        if (g->n16 && dt_below(&g->rng, 4) == 0) {
            if (gen16(g, g->pool16[dt_below(&g->rng, g->n16)], in)) {
                return;
            }
        } else if (gen32(g, g->pool32[dt_below(&g->rng, g->n32)], in)) {
            return;
        }
    }
}

/* Encoders of the branch offset fields (the decoder checks them). */
static uint32_t set_off32(RvFormat fmt, uint32_t w, uint32_t o)
{
    if (fmt == RV_FMT_B) {
        w &= ~0xfe000f80u;
        return w | ((o >> 12) & 1) << 31 | ((o >> 5) & 0x3f) << 25 |
               ((o >> 1) & 0xf) << 8 | ((o >> 11) & 1) << 7;
    }
    w &= 0xfffu; /* J */
    return w | ((o >> 20) & 1) << 31 | ((o >> 1) & 0x3ff) << 21 |
           ((o >> 11) & 1) << 20 | ((o >> 12) & 0xff) << 12;
}

static uint32_t set_off16(RvFormat16 fmt, uint32_t h, uint32_t o)
{
    if (fmt == RV_CFMT_CB_BR) {
        h &= ~0x1c7cu;
        return h | ((o >> 8) & 1) << 12 | ((o >> 3) & 3) << 10 |
               ((o >> 6) & 3) << 5 | ((o >> 1) & 3) << 3 | ((o >> 5) & 1) << 2;
    }
    h &= ~0x1ffcu; /* CJ */
    return h | ((o >> 11) & 1) << 12 | ((o >> 4) & 1) << 11 |
           ((o >> 8) & 3) << 9 | ((o >> 10) & 1) << 8 | ((o >> 6) & 1) << 7 |
           ((o >> 7) & 1) << 6 | ((o >> 1) & 7) << 3 | ((o >> 5) & 1) << 2;
}

/* Encodes every branch's offset to its target, one of the next few
 * instructions (or the end of the sequence): forward only, so every
 * sequence terminates. */
static void fix_branches(DtGen *g, unsigned n)
{
    static uint32_t pos[MAX_INSNS + 1];
    pos[0] = 0;
    for (unsigned i = 0; i < n; i++) {
        pos[i + 1] = pos[i] + g->insns[i].size;
    }
    for (unsigned i = 0; i < n; i++) {
        DtInsn *in = &g->insns[i];
        if (!in->branch) {
            continue;
        }
        if (in->target > n) {
            in->target = n;
        }
        uint32_t off = pos[in->target] - pos[i];
        RvArgs a;
        if (in->row16 >= 0) {
            in->word = set_off16(rv_patterns16[in->row16].fmt, in->word, off);
            if (rv_decode16((uint16_t)in->word, &a) != in->row16) {
                a.imm = -1;
            }
        } else {
            in->word = set_off32(rv_patterns[in->id].fmt, in->word, off);
            if (rv_decode32(in->word, &a) != in->id) {
                a.imm = -1;
            }
        }
        if (a.imm != (int64_t)off) {
            fprintf(stderr, "difftest-gen: branch encoding of %s broken\n",
                    rv_patterns[in->id].name);
            exit(1);
        }
    }
}

static void emit_dwords(const uint64_t *v, unsigned n)
{
    for (unsigned i = 0; i < n; i++) {
        printf("    .dword 0x%016" PRIx64 "\n", v[i]);
    }
}

static void emit_sequence(DtGen *g, uint64_t seed, unsigned n)
{
    uint64_t init[DT_FCSR / 8 + 1], win[DT_WIN_SIZE / 8];

    g->rng.s = seed;
    for (unsigned i = 0; i < 32; i++) {
        init[DT_X / 8 + i] = dt_int_value(&g->rng);
        init[DT_F / 8 + i] = dt_fp_value(&g->rng);
    }
    init[DT_FCSR / 8] = dt_below(&g->rng, 5) << 5 | dt_below(&g->rng, 32);
    for (unsigned i = 0; i < DT_WIN_SIZE / 8; i++) {
        win[i] = dt_mem_value(&g->rng);
    }
    for (unsigned i = 0; i < NBASES; i++) {
        g->base_off[i] = DT_WIN_SIZE / 4 + 8 * dt_below(&g->rng, 64);
    }
    /* Branch targets are drawn with their instruction, so a sequence of
     * n instructions is a prefix of the longer ones of the same seed (up
     * to branches past its end): a divergence bisects by length. */
    for (unsigned i = 0; i < n; i++) {
        gen_one(g, &g->insns[i]);
        g->insns[i].target = i + 1 + dt_below(&g->rng, MAX_BRANCH_SKIP);
    }
    fix_branches(g, n);

    printf("\n/* seed %" PRIu64 " */\n    .text\ndt_seq_%" PRIu64 ":\n"
           "    la x31, dt_trap\n    csrw mtvec, x31\n"
           "    la x31, dt_state\n    sd zero, %d(x31)\n"
           "    addi x30, x31, %d\n    sc.d x0, x0, (x30)\n"
           "    la x31, dt_init_%" PRIu64 "\n",
           seed, seed, DT_NTRAPS, DT_SCRATCH, seed);
    for (unsigned i = 0; i < 32; i++) {
        printf("    fld f%u, %u(x31)\n", i, DT_F + 8 * i);
    }
    printf("    ld x1, %d(x31)\n    csrw fcsr, x1\n", DT_FCSR);
    for (unsigned i = 1; i < 32; i++) {
        printf("    ld x%u, %u(x31)\n", i, DT_X + 8 * i);
    }
    printf("dt_body_%" PRIu64 ":\n", seed);
    for (unsigned i = 0; i < n; i++) {
        const DtInsn *in = &g->insns[i];
        const char *name = in->row16 >= 0 ? rv_patterns16[in->row16].name
                           : in->id >= 0  ? rv_patterns[in->id].name
                                          : "illegal";
        if (in->lr) {
            printf("    .insn 4, 0x%08" PRIx32 " /* %u: its LR */\n",
                   in->lr, i);
        }
        unsigned bytes = in->row16 >= 0 ? 2 : 4;
        printf("    .insn %u, 0x%0*" PRIx32 " /* %u: %s", bytes,
               (int)bytes * 2, in->word, i, name);
        if (in->branch) {
            printf(" to %u", in->target);
        }
        printf(" */\n");
    }
    printf("dt_end_%" PRIu64 ":\n    csrrw x31, mscratch, x31\n", seed);
    for (unsigned i = 1; i < 31; i++) {
        printf("    sd x%u, %u(x31)\n", i, DT_X + 8 * i);
    }
    printf("    csrr x1, mscratch\n    sd x1, %d(x31)\n"
           "    csrw mscratch, x31\n", DT_X + 8 * 31);
    for (unsigned i = 0; i < 32; i++) {
        printf("    fsd f%u, %u(x31)\n", i, DT_F + 8 * i);
    }
    /* A trap while reporting is a failure, not something to skip. */
    printf("    csrr x1, fcsr\n    sd x1, %d(x31)\n"
           "    la x1, rv_trap_unexpected\n    csrw mtvec, x1\n"
           "    la sp, rv_stack_top\n    li a0, %" PRIu64 "\n"
           "    mv a1, x31\n    la a2, dt_win_%" PRIu64 "\n"
           "    la a3, dt_wini_%" PRIu64 "\n    call dt_report\n",
           DT_FCSR, seed, seed, seed);

    /* The bases point into the window: their initial values are
     * addresses, which only the assembler knows. */
    printf("    .data\n    .balign 8\ndt_init_%" PRIu64 ":\n", seed);
    for (unsigned i = 0; i < 32; i++) {
        int b = base_index(i);
        if (b >= 0) {
            printf("    .dword dt_win_%" PRIu64 " + %" PRIu64 "\n", seed,
                   g->base_off[b]);
        } else {
            printf("    .dword 0x%016" PRIx64 "\n", init[i]);
        }
    }
    emit_dwords(&init[DT_F / 8], 33);
    /* The window's middle is a page boundary, so accesses near it cross
     * pages (misaligned ones split across two TLB entries). */
    printf("    .balign 4096\n    .skip %d\ndt_win_%" PRIu64 ":\n",
           4096 - DT_WIN_SIZE / 2, seed);
    emit_dwords(win, DT_WIN_SIZE / 8);
    printf("    .section .rodata\n    .balign 8\ndt_wini_%" PRIu64 ":\n",
           seed);
    emit_dwords(win, DT_WIN_SIZE / 8);
}

/* Patterns whose operands can never pass the policy (c.addi16sp: its rd
 * is always sp, a base), found by trying each one. */
static bool never32[RV_INSN__COUNT], never16[RV_C__COUNT];

static void make_pools(DtGen *g, bool emu_only)
{
    DtInsn scratch;

    for (unsigned i = 0; i < NBASES; i++) {
        g->base_off[i] = DT_WIN_SIZE / 4;
    }
    for (int id = 0; id < RV_INSN__COUNT; id++) {
        const DtRule *r = &g->rules[id];
        dt_rule(id, &g->rules[id]);
        never32[id] = r->kind != DT_EXCLUDED && !gen32(g, id, &scratch);
        if (r->kind != DT_EXCLUDED && !never32[id] &&
            (emu_only || !r->qemu_diverges)) {
            g->pool32[g->n32++] = id;
        }
    }
    for (int row = 0; row < RV_C__COUNT; row++) {
        int id = rv_patterns16[row].insn32;
        if (id < 0) {
            g->rsv16[g->nrsv16++] = row;
            continue;
        }
        const DtRule *r = &g->rules[id];
        never16[row] = r->kind != DT_EXCLUDED && !gen16(g, row, &scratch);
        if (r->kind != DT_EXCLUDED && !never16[row] &&
            (emu_only || !r->qemu_diverges)) {
            g->pool16[g->n16++] = row;
        }
    }
}

static void list_one(const char *name, const char *as, const DtRule *r,
                     bool never)
{
    char label[64];
    snprintf(label, sizeof(label), "%s%s", name, as);
    if (r->excluded || never) {
        printf("excluded  %-20s %s\n", label,
               never ? "no operands pass the policy (rd is a base register)"
                     : r->excluded);
    } else if (r->qemu_diverges) {
        printf("emu-only  %-20s %s\n", label, r->qemu_diverges);
    }
}

/* One line per instruction left out or compared with emu only. */
static void list_rules(const DtGen *g)
{
    for (int id = 0; id < RV_INSN__COUNT; id++) {
        list_one(rv_patterns[id].name, "", &g->rules[id], never32[id]);
    }
    for (int row = 0; row < RV_C__COUNT; row++) {
        const RvPattern16 *p = &rv_patterns16[row];
        if (p->insn32 >= 0) {
            char as[64];
            snprintf(as, sizeof(as), " (%s)", rv_patterns[p->insn32].name);
            list_one(p->name, as, &g->rules[p->insn32], never16[row]);
        }
    }
    printf("generated for the QEMU comparison: %u of %d 32-bit patterns, "
           "%u of %d 16-bit rows, %u reserved 16-bit rows and unmatched "
           "32-bit words as illegal encodings\n",
           g->n32, RV_INSN__COUNT, g->n16, RV_C__COUNT - (int)g->nrsv16,
           g->nrsv16);
}

static void usage(void)
{
    fprintf(stderr, "usage: difftest-gen [-e] [-n INSNS] SEED COUNT\n"
                    "       difftest-gen -l\n");
    exit(2);
}

int main(int argc, char **argv)
{
    bool emu_only = false, list = false;
    unsigned n = 200;
    int c;

    while ((c = getopt(argc, argv, "eln:")) != -1) {
        switch (c) {
        case 'e':
            emu_only = true;
            break;
        case 'l':
            list = true;
            break;
        case 'n':
            n = (unsigned)strtoul(optarg, NULL, 0);
            if (n > MAX_INSNS) {
                usage();
            }
            break;
        default:
            usage();
        }
    }
    rv_decode_init();
    make_pools(&gen, emu_only);
    if (list) {
        list_rules(&gen);
        return 0;
    }
    if (argc - optind != 2) {
        usage();
    }
    uint64_t seed = strtoull(argv[optind], NULL, 0);
    uint64_t count = strtoull(argv[optind + 1], NULL, 0);

    printf("/* difftest-gen%s -n %u %" PRIu64 " %" PRIu64 " */\n"
           "    .attribute arch, \"rv64gc_zba_zbb_zbc_zbs\"\n"
           "    .text\n    .balign 4\n"
           "    .globl test_main\ntest_main:\n"
           "    la t0, dt_state\n    csrw mscratch, t0\n"
           "    li t0, 0x6000\n    csrs mstatus, t0\n",
           emu_only ? " -e" : "", n, seed, count);
    for (uint64_t s = seed; s < seed + count; s++) {
        emit_sequence(&gen, s, n);
    }
    printf("    .text\n    j rv_pass\n");
    return 0;
}
