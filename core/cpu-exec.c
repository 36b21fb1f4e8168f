/* SPDX-License-Identifier: MIT */
/*
 * The execution loop: take pending exceptions and interrupts, find or
 * translate the next block, run it, and chain the block just left to the
 * one found when it exited through a chainable slot. Guest faults inside a
 * block or the translator come back here with siglongjmp. A halted CPU
 * sleeps until an exit request. With several CPUs the loop also returns
 * at the end of a time slice and when the CPU halts, so that the
 * scheduler (core/cpu-sched.c) runs the next one.
 */
#include <linux/futex.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "core/backend.h"
#include "core/cpu-sched.h"
#include "core/gdbstub.h"
#include "core/icount.h"
#include "core/log.h"
#include "core/machine.h"
#include "core/runstate.h"
#include "core/translate.h"
#include "softmmu/softmmu.h"

void cpu_init_common(CPUState *cs, const CPUClass *cc, struct Machine *m,
                     int index)
{
    memset(cs, 0, sizeof(*cs));
    cs->cc = cc;
    cs->machine = m;
    cs->cpu_index = index;
    cs->exception_index = EXCP_NONE;
    tlb_flush(cs);
    tb_register_cpu(cs);
}

void cpu_loop_exit(CPUState *cs) { siglongjmp(cs->jmp_env, 1); }

void cpu_loop_exit_restore(CPUState *cs, uintptr_t ra)
{
    if (cs->in_interp) {
        /* The interpreter tracks the pc itself (ra is inside libffi). */
        cs->pc = cs->interp_pc;
    } else if (ra) {
        /* ra is a return address: the call's own bytes lie before it. */
        TB *tb = tb_find_by_host(ra - 1);
        if (tb) {
            cs->pc = tb_pc_of_host(tb, ra - 1);
        }
    }
    cpu_loop_exit(cs);
}

void cpu_exit(CPUState *cs)
{
    __atomic_store_n(&cs->exit_request, 1, __ATOMIC_RELEASE);
    if (__atomic_load_n(&cs->halted, __ATOMIC_ACQUIRE)) {
        /* Wake the loop sleeping in cpu_wait(). */
        syscall(SYS_futex, &cs->exit_request, FUTEX_WAKE_PRIVATE, 1, NULL,
                NULL, 0);
    }
    cpu_sched_kick(cs->machine, cs);
}

/* A halted CPU (WFI) sleeps until an exit request: an interrupt source
 * or the machine calls cpu_exit(). The timeout only bounds the damage of
 * a source that forgets to. */
static void cpu_wait(CPUState *cs)
{
    struct timespec timeout = { .tv_sec = 0, .tv_nsec = 10 * 1000 * 1000 };
    syscall(SYS_futex, &cs->exit_request, FUTEX_WAIT_PRIVATE, 0, &timeout,
            NULL, 0);
}

static TB *tb_find(CPUState *cs, uint32_t cflags)
{
    uint64_t pc = cs->pc;
    uint32_t flags = cs->tb_flags | translate_cflags | cflags;
    unsigned h = tb_jmp_cache_hash(pc);
    TB *tb = cs->tb_jmp_cache[h];

    if (tb && tb->pc == pc && tb->flags == flags && !tb->invalid) {
        cs->stats.loop_jc_hits++;
        return tb;
    }
    uint64_t phys_pc = softmmu_code_paddr(cs, pc, cs->cc->mmu_index(cs, true));
    tb = tb_lookup(pc, phys_pc, flags);
    if (!tb) {
        tb = tb_gen_code(cs, pc, phys_pc, flags);
    }
    tb_jmp_cache_set(cs, h, tb, pc);
    return tb;
}

/* docs/trace-format.md: no host addresses, so that two runs of a
 * deterministic guest (-icount) log the same bytes. */
static void log_exec(CPUState *cs, const TB *tb)
{
    uint64_t insns = cs->cc->insn_count ? cs->cc->insn_count(cs) : 0;
    log_printf("Trace %d: %016llx [%016llx/%08x] %u\n", cs->cpu_index,
               (unsigned long long)insns, (unsigned long long)tb->pc,
               tb->flags, tb->ninsns);
    if (log_enabled(LOG_CPU)) {
        cs->cc->dump_state(cs, log_file ? log_file : stderr);
    }
}

/* slice_start: loop_entries when cpu_exec() was called; a CPU that
 * has run no block since does not give up its time slice. */
static void cpu_exec_loop(CPUState *cs, uint64_t slice_start)
{
    TB *last = NULL;
    int slot = 0;

    for (;;) {
        if (cs->exception_index >= 0) {
            cs->cc->do_interrupt(cs);
            cs->exception_index = EXCP_NONE;
            last = NULL;
            if (gdbstub_enabled) {
                gdbstub_trap_taken(cs);
            }
        }
        if (__atomic_load_n(&cs->exit_request, __ATOMIC_ACQUIRE)) {
            cs->exit_request = 0;
            last = NULL;
            /* Under -icount the board's polling runs from an icount
             * timer, at deterministic points, not on host events. */
            if (cs->machine->tick && !icount_enabled) {
                cs->machine->tick(cs->machine);
            }
            if (machine_should_stop(cs->machine)) {
                return;
            }
            if (cs->stats.loop_entries != slice_start &&
                cpu_sched_shared(cs)) {
                return; /* the next hart's turn (core/cpu-sched.c) */
            }
        }
        /* The monitor: stopped, or inspecting state. */
        if (__atomic_load_n(&runstate_pause_wanted, __ATOMIC_ACQUIRE)) {
            runstate_park();
            last = NULL;
            continue;
        }
        if (icount_enabled) {
            icount_update(cs);
        }
        /* The debugger: a due stop, and what the next block needs. */
        uint32_t cflags = 0;
        if (gdbstub_enabled) {
            if (gdbstub_wait(cs)) {
                last = NULL;
                continue; /* re-check everything the debugger changed */
            }
            cflags = gdbstub_cflags(cs);
        }
        /* No interrupt in the middle of a debugger step (unless the hart
         * sleeps in WFI: then the step ends in the handler). */
        if (cs->cc->exec_interrupt && (!cflags || cs->halted) &&
            cs->cc->exec_interrupt(cs)) {
            last = NULL;
            if (gdbstub_enabled) {
                gdbstub_trap_taken(cs);
            }
            continue;
        }
        if (cs->halted) {
            if (cpu_sched_shared(cs)) {
                return; /* other harts run while this one sleeps */
            }
            /* -icount: WFI moves the clock to the next deadline. */
            if (!icount_enabled || !icount_skip_idle(cs)) {
                cpu_wait(cs);
            }
            last = NULL;
            continue;
        }
        uint64_t flushes = tb_flush_count();
        TB *tb = tb_find(cs, cflags);
        unsigned cap = icount_block_cap(cs, tb->ninsns);
        if (cap) {
            /* The block would cross the next deadline: run a cut one. */
            tb = tb_find(cs, cflags | (uint32_t)cap << CF_COUNT_SHIFT);
        }
        if (last && !cflags && tb_flush_count() == flushes && !last->invalid &&
            !tb->invalid && !log_enabled(LOG_NOCHAIN) &&
            !((last->flags | tb->flags) & CF_COUNT_MASK)) {
            tb_chain(last, slot, tb);
        }
        if (log_enabled(LOG_EXEC)) {
            log_exec(cs, tb);
        }
        cs->stats.loop_entries++;
        uintptr_t ret = backend->exec(cs, tb);
        if (gdbstub_enabled && (cflags || ret == TB_EXIT_DEBUG)) {
            gdbstub_block_done(cs, ret, cflags);
            last = NULL;
            continue;
        }
        last = (TB *)(ret & ~(uintptr_t)TB_EXIT_MASK);
        slot = ret & TB_EXIT_MASK;
        if (slot == TB_EXIT_NOCHAIN) {
            last = NULL;
        }
    }
}

void cpu_exec(CPUState *cs)
{
    uint64_t slice_start = cs->stats.loop_entries;
    runstate_cpu_enter();
    if (sigsetjmp(cs->jmp_env, 0)) {
        /* A fault or exit unwound a block or the translator; its exception
         * is taken at the top of the loop. */
        cs->in_interp = false;
    }
    cpu_exec_loop(cs, slice_start);
    runstate_cpu_leave();
}
