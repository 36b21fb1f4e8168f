/* SPDX-License-Identifier: MIT */
/*
 * hostile-sweep.c: a hostile guest that executes a systematic sample of
 * 32-bit instruction words (every major opcode x funct3 x funct7 x eight
 * register-field patterns: 2^20 words; -DSWEEP_FULL: all 2^32) in M-mode.
 * Each word runs alone at SLOT, in the middle of a 2 MiB sled of c.ebreak
 * parcels, with every register zero (so loads and stores hit nothing
 * mapped, and whatever the word jumps to is a c.ebreak or a hole), and
 * ends in a trap. The handler records mcause/mepc/mtval and returns to
 * the driver, which checks that the cause is legal where it happened:
 *   breakpoint   at SLOT + 4 (the word ran), elsewhere in the sled (it
 *                jumped), or at the word when it is an ebreak
 *   illegal      at the word, mtval = the offending parcel's bits
 *   load/store   at the word, mtval = the small address it computed
 *   fetch fault  mtval = mepc = a target outside RAM
 *   ecall        at the word, which is ecall
 *   M timer      a word that loops on itself, stopped by the CLINT timer
 * Anything else fails with a case number (see the checks below). Words
 * that would take the driver's own control away are not run, and counted:
 * mret, sret, wfi and writes to mtvec. Cases 9 and 10 jump into MMIO (the
 * CLINT, the HTIF page): instruction access faults. Unmapped holes are
 * tcg-tests/riscv/access-faults.S's.
 */
#include "test.h"

typedef unsigned long u64;
typedef unsigned int u32;

#define SLED_BASE 0x84000000ul
#define SLED_SIZE (2ul << 20)
#define SLOT (SLED_BASE + SLED_SIZE / 2)
#define RAM_BASE 0x80000000ul
#define RAM_END (RAM_BASE + (128ul << 20))
#define CLINT 0x2000000ul
#define MTIMECMP (CLINT + 0x4000)
#define MTIME (CLINT + 0xbff8)
#define TICK 10000ul /* 1 ms of the 10 MHz timebase */
#define C_EBREAK 0x9002u
#define IRQ_M_TIMER ((1ul << 63) | 7)

#ifdef SWEEP_FULL
#define SWEEP_WORDS (1ul << 32)
#else
#define SWEEP_WORDS (1ul << 20)
#endif

/* Written by sweep_trap. */
volatile u64 rec_cause, rec_epc, rec_tval;
u64 saved_ctx[16];

void run_word(u64 pc);
void rv_puts(const char *s);
void rv_putdec(u64 v);
extern char tohost[];

/* run_word: from pc, in M-mode with MIE (the CLINT timer enabled), FP on,
 * all registers zero, until the first trap; sweep_trap records it and
 * returns from run_word. Addresses are formed with auipc (no gp). */
__asm__(
    "    .option push\n"
    "    .option norelax\n"
    "    .text\n"
    "    .balign 4\n"
    "    .globl run_word\n"
    "run_word:\n"
    "    lla t0, saved_ctx\n"
    "    sd ra, 0(t0)\n    sd sp, 8(t0)\n    sd gp, 16(t0)\n"
    "    sd tp, 24(t0)\n   sd s0, 32(t0)\n   sd s1, 40(t0)\n"
    "    sd s2, 48(t0)\n   sd s3, 56(t0)\n   sd s4, 64(t0)\n"
    "    sd s5, 72(t0)\n   sd s6, 80(t0)\n   sd s7, 88(t0)\n"
    "    sd s8, 96(t0)\n   sd s9, 104(t0)\n  sd s10, 112(t0)\n"
    "    sd s11, 120(t0)\n"
    "    csrw mepc, a0\n"
    "    lla t1, sweep_trap\n"
    "    csrw mtvec, t1\n"
    "    li t1, (3 << 11) | (1 << 7) | (1 << 13)\n" /* MPP=M, MPIE, FS */
    "    csrw mstatus, t1\n"
    "    li t1, 1 << 7\n"
    "    csrw mie, t1\n"
    "    csrw medeleg, zero\n"
    "    csrw mideleg, zero\n"
    "    li x1, 0\n  li x2, 0\n  li x3, 0\n  li x4, 0\n  li x5, 0\n"
    "    li x6, 0\n  li x7, 0\n  li x8, 0\n  li x9, 0\n  li x10, 0\n"
    "    li x11, 0\n li x12, 0\n li x13, 0\n li x14, 0\n li x15, 0\n"
    "    li x16, 0\n li x17, 0\n li x18, 0\n li x19, 0\n li x20, 0\n"
    "    li x21, 0\n li x22, 0\n li x23, 0\n li x24, 0\n li x25, 0\n"
    "    li x26, 0\n li x27, 0\n li x28, 0\n li x29, 0\n li x30, 0\n"
    "    li x31, 0\n"
    "    mret\n"
    "\n"
    "    .balign 4\n"
    "sweep_trap:\n"
    "    lla t0, rec_cause\n"
    "    csrr t1, mcause\n"
    "    sd t1, 0(t0)\n"
    "    lla t0, rec_epc\n"
    "    csrr t1, mepc\n"
    "    sd t1, 0(t0)\n"
    "    lla t0, rec_tval\n"
    "    csrr t1, mtval\n"
    "    sd t1, 0(t0)\n"
    "    lla t0, saved_ctx\n"
    "    ld ra, 0(t0)\n    ld sp, 8(t0)\n    ld gp, 16(t0)\n"
    "    ld tp, 24(t0)\n   ld s0, 32(t0)\n   ld s1, 40(t0)\n"
    "    ld s2, 48(t0)\n   ld s3, 56(t0)\n   ld s4, 64(t0)\n"
    "    ld s5, 72(t0)\n   ld s6, 80(t0)\n   ld s7, 88(t0)\n"
    "    ld s8, 96(t0)\n   ld s9, 104(t0)\n  ld s10, 112(t0)\n"
    "    ld s11, 120(t0)\n"
    "    ret\n"
    "    .option pop\n");

static volatile u64 *const mtimecmp = (volatile u64 *)MTIMECMP;
static volatile u64 *const mtime = (volatile u64 *)MTIME;

/* The sample: bits 6:0 opcode, 9:7 funct3, 16:10 funct7, 19:17 one of
 * eight (rd, rs1, rs2) patterns. */
static u32 word_at(u64 i)
{
#ifdef SWEEP_FULL
    return (u32)i;
#else
    static const unsigned char regs[8][3] = {
        { 0, 0, 0 },   { 1, 2, 3 },    { 10, 11, 12 }, { 31, 30, 29 },
        { 5, 0, 31 },  { 0, 31, 5 },   { 2, 2, 2 },    { 8, 9, 15 },
    };
    const unsigned char *r = regs[(i >> 17) & 7];
    return (u32)(i & 127) | (u32)r[0] << 7 | (u32)((i >> 7) & 7) << 12 |
           (u32)r[1] << 15 | (u32)r[2] << 20 | (u32)((i >> 10) & 127) << 25;
#endif
}

/* Words that would take control from the driver: not run. */
static int takes_control(u32 w)
{
    u32 csr = w >> 20, f3 = (w >> 12) & 7;
    if ((w & 0x7f) != 0x73) {
        return 0;
    }
    if (f3 == 0) {
        return csr == 0x302 || csr == 0x102 || csr == 0x105;
    }
    return f3 != 4 && csr == 0x305;
}

static long sext_small(u64 v) { return (long)v; }

/* mtval of an illegal instruction at pc: the parcel's bits (a 32-bit
 * instruction at SLOT + 2 takes its upper half from the sled). */
static u64 parcel_at(u64 pc, u32 w)
{
    u32 lo = pc == SLOT ? w & 0xffff : w >> 16;
    u32 hi = pc == SLOT ? w >> 16 : C_EBREAK;
    return (lo & 3) == 3 ? (lo | hi << 16) : lo;
}

static u64 n_ran, n_jumped, n_illegal, n_faults, n_ecall, n_ebreak, n_fetch,
    n_loops, n_skipped;

/* 0, or the failing case. */
static int check_trap(u32 w)
{
    u64 c = rec_cause, epc = rec_epc, tval = rec_tval;
    int at_word = epc == SLOT || epc == SLOT + 2;
    int in_sled = epc >= SLED_BASE && epc < SLED_BASE + SLED_SIZE;

    switch (c) {
    case 3:
        if (tval != 0 && tval != epc) {
            return 5;
        }
        if (epc == SLOT + 4) {
            n_ran++;
        } else if (at_word) {
            if (parcel_at(epc, w) != C_EBREAK && parcel_at(epc, w) != 0x00100073) {
                return 5;
            }
            n_ebreak++;
        } else if (in_sled) {
            n_jumped++;
        } else {
            return 5;
        }
        return 0;
    case 2:
        if (!at_word || tval != parcel_at(epc, w)) {
            return 2;
        }
        n_illegal++;
        return 0;
    case 4: case 5: case 6: case 7:
        if (!at_word || sext_small(tval) < -(1l << 20) ||
            sext_small(tval) >= (1l << 20)) {
            return 3;
        }
        n_faults++;
        return 0;
    case 1:
        if (tval != epc || (epc >= RAM_BASE && epc < RAM_END)) {
            return 4;
        }
        n_fetch++;
        return 0;
    case 11:
        if (epc != SLOT || w != 0x00000073) {
            return 6;
        }
        n_ecall++;
        return 0;
    default:
        return 1;
    }
}

static void put_count(const char *name, u64 n)
{
    rv_puts(name);
    rv_putdec(n);
}

int test_main(void)
{
    volatile u32 *sled = (volatile u32 *)SLED_BASE;
    for (u64 i = 0; i < SLED_SIZE / 4; i++) {
        sled[i] = C_EBREAK | C_EBREAK << 16;
    }
    *mtimecmp = *mtime + TICK;

    for (u64 i = 0; i < SWEEP_WORDS; i++) {
        u32 w = word_at(i);
#ifdef SWEEP_FULL
        if (!(i & ((1ul << 26) - 1))) {
            put_count("hostile-sweep: at word ", i);
            rv_puts("\n");
        }
#endif
        if (takes_control(w)) {
            n_skipped++;
            continue;
        }
        /* A word cannot overwrite itself or the sled (its registers are
         * zero). A timer interrupt that stops it is retried once; one
         * that stops it again is a word looping on itself. */
        for (int tries = 0;; tries++) {
            *(volatile u32 *)SLOT = w;
            __asm__ volatile("fence.i" ::: "memory");
            run_word(SLOT);
            if (rec_cause != IRQ_M_TIMER) {
                break;
            }
            *mtimecmp = *mtime + TICK;
            if (tries == 1) {
                n_loops++;
                break;
            }
        }
        if (rec_cause == IRQ_M_TIMER) {
            continue;
        }
        int bad = check_trap(w);
        if (bad) {
            put_count("hostile-sweep: word ", w);
            put_count(" mcause ", rec_cause);
            put_count(" mepc-slot ", rec_epc - SLOT);
            put_count(" mtval ", rec_tval);
            rv_puts("\n");
            return bad;
        }
    }
    put_count("hostile-sweep: ran ", n_ran);
    put_count(", jumped ", n_jumped);
    put_count(", illegal ", n_illegal);
    put_count(", load/store faults ", n_faults);
    put_count(", fetch faults ", n_fetch);
    put_count(", ecall ", n_ecall);
    put_count(", ebreak ", n_ebreak);
    put_count(", loops stopped ", n_loops);
    put_count(", not run ", n_skipped);
    rv_puts("\n");
    if (!n_ran || !n_jumped || !n_illegal || !n_faults || !n_fetch ||
        !n_ecall || !n_ebreak) {
        return 8;
    }

    /* Fetching from MMIO: instruction access fault, mtval = the target. */
    *mtimecmp = ~0ul;
    run_word(CLINT);
    if (rec_cause != 1 || rec_epc != CLINT || rec_tval != CLINT) {
        return 9;
    }
    run_word((u64)tohost);
    if (rec_cause != 1 || rec_tval != (u64)tohost) {
        return 10;
    }
    return 0;
}
