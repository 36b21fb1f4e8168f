/* SPDX-License-Identifier: MIT */
/*
 * The human monitor's commands: info status/registers/mtree/qtree/tlb/jit,
 * x and xp (QEMU's /NFS formats), stop, cont, system_reset,
 * system_powerdown, quit and help. Commands that read CPU state hold the CPU parked while
 * they run (core/runstate.h). Output goes to a FILE the caller sends on.
 */
#include <ctype.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "core/backend.h"
#include "core/gdbstub.h"
#include "core/machine.h"
#include "core/monitor-int.h"
#include "core/runstate.h"
#include "core/tb.h"

typedef struct HmpCmd {
    const char *name;
    const char *params;
    const char *help;
    void (*fn)(const char *args, FILE *out);
} HmpCmd;

static const char *skip_space(const char *s)
{
    while (*s == ' ' || *s == '\t') {
        s++;
    }
    return s;
}

/* ---- info ---- */

static void info_registers(const char *args, FILE *out)
{
    (void)args;
    struct Machine *m = mon_machine();
    runstate_hold();
    for (int i = 0; i < m->ncpus; i++) {
        if (m->ncpus > 1) {
            fprintf(out, "CPU#%d\n", i);
        }
        m->cpus[i]->cc->dump_state(m->cpus[i], out);
    }
    runstate_release();
}

static const char *const region_kind[] = {
    [MR_RAM] = "ram",
    [MR_ROM] = "rom",
    [MR_MMIO] = "i/o",
};

static int region_cmp(const void *a, const void *b)
{
    const MemRegion *x = *(MemRegion *const *)a;
    const MemRegion *y = *(MemRegion *const *)b;
    return x->base < y->base ? -1 : x->base > y->base;
}

/* The address space's regions by base address. */
static unsigned sorted_regions(MemRegion **out)
{
    const AddressSpace *as = &mon_machine()->as;
    memcpy(out, as->regions, as->n * sizeof(*out));
    qsort(out, as->n, sizeof(*out), region_cmp);
    return as->n;
}

static void info_mtree(const char *args, FILE *out)
{
    (void)args;
    MemRegion *r[AS_MAX_REGIONS];
    unsigned n = sorted_regions(r);
    fprintf(out, "address-space: memory\n");
    for (unsigned i = 0; i < n; i++) {
        fprintf(out, "  %016" PRIx64 "-%016" PRIx64 " (prio %d, %s): %s\n",
                r[i]->base, r[i]->base + r[i]->size - 1, r[i]->priority,
                region_kind[r[i]->kind], r[i]->name);
    }
}

/* The board's devices are its MMIO regions; RAM and ROM are memory. */
static void info_qtree(const char *args, FILE *out)
{
    (void)args;
    struct Machine *m = mon_machine();
    MemRegion *r[AS_MAX_REGIONS];
    unsigned n = sorted_regions(r);
    fprintf(out, "machine: %s (%s)\n", m->mc->name, m->mc->desc);
    for (int i = 0; i < m->ncpus; i++) {
        fprintf(out, "  cpu: %s, index %d\n", m->cpus[i]->cc->name, i);
    }
    fprintf(out, "  bus: system\n");
    for (unsigned i = 0; i < n; i++) {
        fprintf(out, "    %s: %s, addr 0x%" PRIx64 ", size 0x%" PRIx64 "\n",
                r[i]->kind == MR_MMIO ? "dev" : "mem", r[i]->name,
                r[i]->base, r[i]->size);
    }
}

static void tlb_entry(FILE *out, int mmu, const TlbEntry *e,
                      const TlbEntryCold *cold, bool victim)
{
    const uint64_t tags[3] = { e->addr_read, e->addr_write, e->addr_code };
    uint64_t page = 0;
    bool any = false;
    for (int k = 0; k < 3; k++) {
        if (!(tags[k] & TLB_INVALID)) {
            page = tags[k] & PAGE_MASK;
            any = true;
        }
    }
    if (!any) {
        return;
    }
    MemRegion *mr = as_lookup(&mon_machine()->as, cold->paddr);
    fprintf(out, "  %d  %016" PRIx64 "  %016" PRIx64 "  %c%c%c  %s%s\n", mmu,
            page, cold->paddr,
            tags[0] & TLB_INVALID ? '-' : 'r',
            tags[1] & TLB_INVALID ? '-' : 'w',
            tags[2] & TLB_INVALID ? '-' : 'x', mr ? mr->name : "?",
            victim ? " (victim)" : "");
}

static void info_tlb(const char *args, FILE *out)
{
    (void)args;
    struct Machine *m = mon_machine();
    runstate_hold();
    for (int i = 0; i < m->ncpus; i++) {
        CPUState *cs = m->cpus[i];
        fprintf(out, "CPU#%d TLB (mmu index, virtual page, physical page, "
                "access, region)\n", i);
        for (int mmu = 0; mmu < NB_MMU_MODES; mmu++) {
            for (unsigned k = 0; k < TLB_SIZE; k++) {
                tlb_entry(out, mmu, &cs->tlb[mmu][k], &cs->tlb_cold[mmu][k],
                          false);
            }
            for (unsigned k = 0; k < TLB_VICTIMS; k++) {
                tlb_entry(out, mmu, &cs->tlb_victim[mmu][k],
                          &cs->tlb_victim_cold[mmu][k], true);
            }
        }
    }
    runstate_release();
}

static void info_jit(const char *args, FILE *out)
{
    (void)args;
    struct Machine *m = mon_machine();
    runstate_hold();
    fprintf(out, "backend                   %s\n", backend->name);
    if (backend->usage) {
        size_t used, size;
        backend->usage(&used, &size);
        fprintf(out, "code buffer               %zu of %zu bytes (%.1f%%)\n",
                used, size, size ? 100.0 * (double)used / (double)size : 0.0);
    }
    fprintf(out, "code-buffer flushes       %" PRIu64 "\n", tb_flush_count());
    for (int i = 0; i < m->ncpus; i++) {
        const CPUStats *s = &m->cpus[i]->stats;
        fprintf(out,
                "CPU#%d\n"
                "  blocks translated       %" PRIu64 "\n"
                "  jumps chained           %" PRIu64 "\n"
                "  blocks from the loop    %" PRIu64
                " (jump-cache hits %" PRIu64 ")\n"
                "  TLB misses              %" PRIu64
                " (victim TLB hits %" PRIu64 ")\n"
                "  slow-path accesses      %" PRIu64 "\n",
                i, s->tb_translated, s->chains_made, s->loop_entries,
                s->loop_jc_hits, s->tlb_misses, s->tlb_victim_hits,
                s->tlb_slow);
    }
    runstate_release();
}

static void info_status(const char *args, FILE *out)
{
    (void)args;
    fprintf(out, "VM status: %s\n", runstate_status());
}

static const HmpCmd info_cmds[] = {
    { .name = "status", .help = "running, paused or debug (GDB stop)",
      .fn = info_status },
    { .name = "registers", .help = "the CPU registers",
      .fn = info_registers },
    { .name = "mtree", .help = "the physical address space's regions",
      .fn = info_mtree },
    { .name = "qtree", .help = "the machine's CPUs and devices",
      .fn = info_qtree },
    { .name = "tlb", .help = "the valid soft-MMU TLB entries",
      .fn = info_tlb },
    { .name = "jit", .help = "translation statistics", .fn = info_jit },
};

#define N_INFO (sizeof(info_cmds) / sizeof(info_cmds[0]))

static void cmd_info(const char *args, FILE *out)
{
    args = skip_space(args);
    size_t len = strcspn(args, " \t");
    for (size_t i = 0; i < N_INFO; i++) {
        if (len && strlen(info_cmds[i].name) == len &&
            !strncmp(info_cmds[i].name, args, len)) {
            info_cmds[i].fn(args + len, out);
            return;
        }
    }
    if (len) {
        fprintf(out, "unknown info command '%.*s'\n", (int)len, args);
    }
    for (size_t i = 0; i < N_INFO; i++) {
        fprintf(out, "info %-10s -- %s\n", info_cmds[i].name,
                info_cmds[i].help);
    }
}

/* ---- x, xp ---- */

typedef struct MemFmt {
    unsigned count;
    char format;  /* x d u i */
    unsigned size; /* 1 2 4 8 */
} MemFmt;

/* "/[N][FMT][SIZE] ADDR" (the letters in any order); false with a message
 * in out on a syntax error. */
static bool parse_mem_args(const char *args, MemFmt *f, uint64_t *addr,
                           FILE *out)
{
    *f = (MemFmt){ .count = 1, .format = 'x', .size = 4 };
    const char *p = skip_space(args);
    if (*p == '/') {
        p++;
        if (isdigit((unsigned char)*p)) {
            char *end;
            unsigned long n = strtoul(p, &end, 10);
            if (n == 0 || n > 4096) {
                fprintf(out, "count must be 1 to 4096\n");
                return false;
            }
            f->count = (unsigned)n;
            p = end;
        }
        for (; *p && *p != ' ' && *p != '\t'; p++) {
            switch (*p) {
            case 'x': case 'd': case 'u': case 'i':
                f->format = *p;
                break;
            case 'b': f->size = 1; break;
            case 'h': f->size = 2; break;
            case 'w': f->size = 4; break;
            case 'g': f->size = 8; break;
            default:
                fprintf(out, "invalid format character '%c' (x d u i, "
                        "b h w g)\n", *p);
                return false;
            }
        }
        p = skip_space(p);
    }
    if (!strncmp(p, "$pc", 3) && !p[3 + strspn(p + 3, " \t")]) {
        runstate_hold();
        *addr = mon_machine()->cpus[0]->pc;
        runstate_release();
        return true;
    }
    char *end;
    *addr = strtoull(p, &end, 0);
    if (end == p || *skip_space(end)) {
        fprintf(out, "usage: x|xp /FMT ADDR (e.g. x /4xw 0x80000000)\n");
        return false;
    }
    return true;
}

/* Reads len bytes at addr, virtual (through the first CPU's MMU as its
 * loads see it, no side effects) or physical; RAM and ROM only. */
static bool read_guest(uint64_t addr, uint8_t *buf, size_t len, bool virt)
{
    struct Machine *m = mon_machine();
    CPUState *cs = m->cpus[0];
    for (size_t i = 0; i < len; i++) {
        uint64_t pa = addr + i;
        if (virt && (!cs->cc->gdb ||
                     !cs->cc->gdb->debug_translate(cs, addr + i, &pa))) {
            return false;
        }
        if (!as_read_bytes(&m->as, pa, buf + i, 1)) {
            return false;
        }
    }
    return true;
}

static void dump_insns(const MemFmt *f, uint64_t addr, bool virt, FILE *out)
{
    CPUState *cs = mon_machine()->cpus[0];
    for (unsigned i = 0; i < f->count; i++) {
        uint8_t buf[4];
        size_t avail = 4;
        while (avail && !read_guest(addr, buf, avail, virt)) {
            avail -= 2; /* a 16-bit instruction before a hole */
        }
        unsigned n = avail ? cs->cc->disas(out, addr, buf, avail) : 0;
        if (!n) {
            fprintf(out, "Cannot access memory at 0x%016" PRIx64 "\n", addr);
            return;
        }
        addr += n;
    }
}

static void dump_mem(const char *args, FILE *out, bool virt)
{
    MemFmt f;
    uint64_t addr;
    if (!parse_mem_args(args, &f, &addr, out)) {
        return;
    }
    runstate_hold();
    if (f.format == 'i') {
        dump_insns(&f, addr, virt, out);
        runstate_release();
        return;
    }
    unsigned per_line = f.size == 8 ? 2 : f.size == 4 ? 4 : 8;
    for (unsigned i = 0; i < f.count; i++) {
        uint64_t a = addr + (uint64_t)i * f.size;
        uint8_t b[8];
        if (!read_guest(a, b, f.size, virt)) {
            fprintf(out, "%sCannot access memory at 0x%016" PRIx64 "\n",
                    i % per_line ? "\n" : "", a);
            runstate_release();
            return;
        }
        uint64_t v = 0;
        for (unsigned k = 0; k < f.size; k++) {
            v |= (uint64_t)b[k] << (8 * k);
        }
        if (i % per_line == 0) {
            fprintf(out, "%016" PRIx64 ":", a);
        }
        if (f.format == 'x') {
            fprintf(out, " 0x%0*" PRIx64, (int)f.size * 2, v);
        } else if (f.format == 'u') {
            fprintf(out, " %" PRIu64, v);
        } else {
            unsigned shift = 64 - 8 * f.size;
            fprintf(out, " %" PRId64, (int64_t)(v << shift) >> shift);
        }
        if (i % per_line == per_line - 1 || i == f.count - 1) {
            fprintf(out, "\n");
        }
    }
    runstate_release();
}

static void cmd_x(const char *args, FILE *out) { dump_mem(args, out, true); }
static void cmd_xp(const char *args, FILE *out) { dump_mem(args, out, false); }

/* ---- control ---- */

static void cmd_stop(const char *args, FILE *out)
{
    (void)args;
    (void)out;
    mon_stop();
}

static void cmd_cont(const char *args, FILE *out)
{
    (void)args;
    (void)out;
    mon_cont();
}

static void cmd_system_reset(const char *args, FILE *out)
{
    (void)args;
    (void)out;
    mon_system_reset();
}

static void cmd_system_powerdown(const char *args, FILE *out)
{
    (void)args;
    (void)out;
    mon_powerdown();
}

static void cmd_quit(const char *args, FILE *out)
{
    (void)args;
    (void)out;
    mon_quit();
}

static void cmd_help(const char *args, FILE *out);

static const HmpCmd hmp_cmds[] = {
    { .name = "help", .help = "list the commands", .fn = cmd_help },
    { .name = "info", .params = "[subcommand]",
      .help = "show machine state (info alone lists what)", .fn = cmd_info },
    { .name = "x", .params = "/FMT ADDR",
      .help = "virtual memory dump (FMT: count, x d u i, b h w g)",
      .fn = cmd_x },
    { .name = "xp", .params = "/FMT ADDR",
      .help = "physical memory dump (same FMT)", .fn = cmd_xp },
    { .name = "stop", .help = "pause the VM", .fn = cmd_stop },
    { .name = "cont", .help = "resume the VM", .fn = cmd_cont },
    { .name = "system_reset", .help = "reset the machine",
      .fn = cmd_system_reset },
    { .name = "system_powerdown",
      .help = "power down (after a 1 s grace: no guest-visible button)",
      .fn = cmd_system_powerdown },
    { .name = "quit", .help = "exit emu (status 0)", .fn = cmd_quit },
};

#define N_CMDS (sizeof(hmp_cmds) / sizeof(hmp_cmds[0]))

static void cmd_help(const char *args, FILE *out)
{
    (void)args;
    for (size_t i = 0; i < N_CMDS; i++) {
        char head[40];
        snprintf(head, sizeof(head), "%s %s", hmp_cmds[i].name,
                 hmp_cmds[i].params ? hmp_cmds[i].params : "");
        fprintf(out, "%-24s -- %s\n", head, hmp_cmds[i].help);
    }
}

void hmp_run(const char *line, FILE *out)
{
    const char *p = skip_space(line);
    if (!*p) {
        return;
    }
    /* The name ends at a space or, for x and xp, at the '/' of FMT. */
    size_t len = strcspn(p, " \t/");
    for (size_t i = 0; i < N_CMDS; i++) {
        if (strlen(hmp_cmds[i].name) == len &&
            !strncmp(hmp_cmds[i].name, p, len)) {
            hmp_cmds[i].fn(p + len, out);
            return;
        }
    }
    fprintf(out, "unknown command: '%.*s' (try help)\n", (int)len, p);
}
