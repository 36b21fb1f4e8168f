/* SPDX-License-Identifier: MIT */
/*
 * The GDB remote stub (-gdb tcp::PORT, -s, -S). The core owns the
 * protocol, the breakpoints and watchpoints and the stop/resume state; a
 * frontend supplies GdbArchOps (registers, the target description, the
 * debugger's view of virtual memory). The execution loop, the translator
 * and the soft MMU call the hooks below; with no -gdb option they cost one
 * test of gdbstub_enabled.
 */
#ifndef CORE_GDBSTUB_H
#define CORE_GDBSTUB_H

#include <stdbool.h>
#include <stdint.h>

#include "core/cpu.h"

struct Machine;

typedef struct GdbArchOps {
    /* Registers in the target description's numbering. Each returns the
     * register's size in bytes (little-endian in buf), 0 when there is no
     * register n. The 'g' packet holds registers 0 .. g_regs - 1. */
    int (*read_reg)(CPUState *cs, int n, uint8_t *buf);
    int (*write_reg)(CPUState *cs, int n, const uint8_t *buf);
    int g_regs;
    /* The target description document called name, or NULL. */
    const char *(*xml)(CPUState *cs, const char *name);
    /* Physical address of vaddr as the hart's loads and stores translate
     * it now, with no side effect (no A/D update, no fault); false when
     * it is not mapped. */
    bool (*debug_translate)(CPUState *cs, uint64_t vaddr, uint64_t *paddr);
    /* A watchpoint stopped a block before its last n instructions: they
     * did not retire (instruction counting). */
    void (*unretire)(CPUState *cs, unsigned n);
} GdbArchOps;

extern bool gdbstub_enabled;

/* Listen on spec ("tcp::PORT", "tcp:HOST:PORT" or a bare port) for cs;
 * with start_stopped (-S), the CPU waits for the debugger before its
 * first instruction. Errors are fatal (user input). */
void gdbstub_init(struct Machine *m, CPUState *cs, const char *spec,
                  bool start_stopped);
/* emu exits with code: tell the debugger (W packet) and close. */
void gdbstub_exit(int code);

/* Execution-loop hooks (core/cpu-exec.c). At the top of the loop: if a
 * stop is due (attach, Ctrl-C, breakpoint, step done), serve the debugger
 * until it resumes; true when the CPU was stopped. */
bool gdbstub_wait(CPUState *cs);
/* Compile flags the next block needs (stepping, stepping over a
 * breakpoint, re-running an access that hit a watchpoint); 0 normally. */
uint32_t gdbstub_cflags(CPUState *cs);
/* A block run with gdbstub_cflags() != 0, or one that returned
 * TB_EXIT_DEBUG, is done. */
void gdbstub_block_done(CPUState *cs, uintptr_t ret, uint32_t cflags);
/* The CPU just entered a trap handler (exception or interrupt). */
void gdbstub_trap_taken(CPUState *cs);

/* Translator hook: a breakpoint (Z0 or Z1) is set at pc. */
bool gdbstub_breakpoint_at(uint64_t pc);

#endif
