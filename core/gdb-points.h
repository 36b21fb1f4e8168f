/* SPDX-License-Identifier: MIT */
/*
 * The debugger's breakpoints and watchpoints (Z0-Z4): the table, what a
 * change invalidates (the block cache for breakpoints, the TLB for
 * watchpoints), and the queries of the translator and the soft MMU.
 */
#ifndef CORE_GDB_POINTS_H
#define CORE_GDB_POINTS_H

#include <stdbool.h>
#include <stdint.h>

#include "core/cpu.h"

typedef enum GdbPointType {
    GDB_BP_SW = 0,
    GDB_BP_HW = 1,
    GDB_WP_WRITE = 2,
    GDB_WP_READ = 3,
    GDB_WP_ACCESS = 4,
} GdbPointType;

typedef struct GdbPoint {
    GdbPointType type;
    uint64_t addr, len;
} GdbPoint;

/* False when the table is full or the range is empty or wraps. */
bool gdb_point_insert(CPUState *cs, GdbPointType type, uint64_t addr,
                      uint64_t len) __attribute__((warn_unused_result));
/* False when there is no such point. */
bool gdb_point_remove(CPUState *cs, GdbPointType type, uint64_t addr,
                      uint64_t len) __attribute__((warn_unused_result));
void gdb_points_clear(CPUState *cs);

/* Which accesses (PROT_R, PROT_W) to the virtual page vpage are watched
 * (softmmu_watch_page). */
int gdb_watch_page(CPUState *cs, uint64_t vpage);
/* The watchpoint an access of size bytes at addr (prot: PROT_R and/or
 * PROT_W) triggers, or NULL. */
const GdbPoint *gdb_watch_match(uint64_t addr, unsigned size, int prot);

#endif
