/* SPDX-License-Identifier: MIT */
/*
 * Breakpoints and watchpoints of the GDB stub. Breakpoints are checked by
 * the translator, so a change flushes every translated block (none may
 * run past a new breakpoint, chained or cached). Watchpoints flag their
 * pages in the TLB at refill, so a change flushes the TLB.
 */
#include "core/gdb-points.h"
#include "core/gdbstub.h"
#include "core/tb.h"
#include "softmmu/softmmu.h"

#define MAX_POINTS 64

static GdbPoint points[MAX_POINTS];
static unsigned npoints, nbreak, nwatch;

static bool is_watch(GdbPointType t) { return t >= GDB_WP_WRITE; }

static int watch_prot(GdbPointType t)
{
    return t == GDB_WP_WRITE ? PROT_W : t == GDB_WP_READ ? PROT_R
                                                         : PROT_R | PROT_W;
}

static bool overlaps(const GdbPoint *p, uint64_t addr, uint64_t len)
{
    return p->addr <= addr + len - 1 && addr <= p->addr + p->len - 1;
}

bool gdbstub_breakpoint_at(uint64_t pc)
{
    if (!nbreak) {
        return false;
    }
    for (unsigned i = 0; i < npoints; i++) {
        if (!is_watch(points[i].type) && points[i].addr == pc) {
            return true;
        }
    }
    return false;
}

int gdb_watch_page(CPUState *cs, uint64_t vpage)
{
    int prot = 0;
    (void)cs;
    for (unsigned i = 0; i < npoints; i++) {
        if (is_watch(points[i].type) &&
            overlaps(&points[i], vpage, PAGE_SIZE)) {
            prot |= watch_prot(points[i].type);
        }
    }
    return prot;
}

const GdbPoint *gdb_watch_match(uint64_t addr, unsigned size, int prot)
{
    for (unsigned i = 0; i < npoints; i++) {
        const GdbPoint *p = &points[i];
        if (is_watch(p->type) && (watch_prot(p->type) & prot) &&
            overlaps(p, addr, size)) {
            return p;
        }
    }
    return NULL;
}

static void points_changed(CPUState *cs, bool watch)
{
    if (watch) {
        tlb_flush(cs);
    } else {
        tb_flush_all();
    }
}

bool gdb_point_insert(CPUState *cs, GdbPointType type, uint64_t addr,
                      uint64_t len)
{
    if (npoints == MAX_POINTS) {
        return false;
    }
    if (!is_watch(type)) {
        len = 1; /* the kind (instruction size) does not matter */
    } else if (len == 0 || addr + len - 1 < addr) {
        return false;
    }
    points[npoints++] = (GdbPoint){ .type = type, .addr = addr, .len = len };
    if (is_watch(type)) {
        nwatch++;
    } else {
        nbreak++;
    }
    points_changed(cs, is_watch(type));
    return true;
}

bool gdb_point_remove(CPUState *cs, GdbPointType type, uint64_t addr,
                      uint64_t len)
{
    for (unsigned i = 0; i < npoints; i++) {
        GdbPoint *p = &points[i];
        if (p->type == type && p->addr == addr &&
            (!is_watch(type) || p->len == len)) {
            *p = points[--npoints];
            if (is_watch(type)) {
                nwatch--;
            } else {
                nbreak--;
            }
            points_changed(cs, is_watch(type));
            return true;
        }
    }
    return false;
}

void gdb_points_clear(CPUState *cs)
{
    bool had_break = nbreak, had_watch = nwatch;
    npoints = nbreak = nwatch = 0;
    if (had_break) {
        points_changed(cs, false);
    }
    if (had_watch) {
        points_changed(cs, true);
    }
}
