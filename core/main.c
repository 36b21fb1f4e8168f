/* SPDX-License-Identifier: MIT */
/*
 * emu's entry point: parse the command line, build the machine, run its
 * CPU until the guest stops it, and exit with the guest's status.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>

#include "core/backend.h"
#include "core/cpu-sched.h"
#include "core/gdbstub.h"
#include "core/icount.h"
#include "core/log.h"
#include "core/machine.h"
#include "core/monitor.h"
#include "core/options.h"
#include "core/tb.h"
#include "core/translate.h"
#include "hw/signature.h"
#include "softmmu/softmmu.h"


static void print_stats(const Machine *m)
{
    const CPUStats *s = &m->cpus[0]->stats;
    uint64_t from_code = s->tb_entries > s->loop_entries
                             ? s->tb_entries - s->loop_entries : 0;
    uint64_t chained = from_code > s->jc_hits ? from_code - s->jc_hits : 0;
    log_printf("stats: blocks translated    %llu\n"
               "stats: block entries         %llu\n"
               "stats:   chained jumps       %llu\n"
               "stats:   jump-cache (code)   %llu\n"
               "stats:   from the loop       %llu (jump cache %llu)\n"
               "stats: jumps chained         %llu\n"
               "stats: TLB hits (inline)     %llu\n"
               "stats: TLB misses            %llu (victim TLB hits %llu)\n"
               "stats: slow-path accesses    %llu\n"
               "stats: code-buffer flushes   %llu\n"
               "stats: TLB flushes           %llu (single pages %llu)\n",
               (unsigned long long)s->tb_translated,
               (unsigned long long)s->tb_entries,
               (unsigned long long)chained, (unsigned long long)s->jc_hits,
               (unsigned long long)s->loop_entries,
               (unsigned long long)s->loop_jc_hits,
               (unsigned long long)s->chains_made,
               (unsigned long long)s->tlb_hits,
               (unsigned long long)s->tlb_misses,
               (unsigned long long)s->tlb_victim_hits,
               (unsigned long long)s->tlb_slow,
               (unsigned long long)tb_flush_count(),
               (unsigned long long)s->tlb_flushes,
               (unsigned long long)s->tlb_page_flushes);
}

int main(int argc, char **argv)
{
    Options o;
    /* Past a file-size limit (ulimit -f) writes fail with EFBIG -- a disk
     * write is then an I/O error for the guest -- instead of killing emu. */
    signal(SIGXFSZ, SIG_IGN);
    options_parse(&o, argc, argv);

    const MachineClass *mc = machine_find(o.machine);
    if (!mc) {
        fatal("unknown machine '%s' (-M help lists them)", o.machine);
    }
    backend = o.accel[0] == 'i' ? &backend_interp : &backend_jit;
    backend->init(o.tb_size);
    tb_cache_init();
    translate_cflags = o.singlestep ? CF_SINGLE_INSN : 0;
    if (o.singlestep && log_enabled(LOG_EXEC)) {
        /* One record per instruction: every block enters from the loop. */
        log_mask |= LOG_NOCHAIN;
    }

    Machine *m = calloc(1, sizeof(*m));
    if (!m) {
        fatal("out of memory");
    }
    m->mc = mc;
    m->opts = o.mo;
    if (!o.ram_given) {
        m->opts.ram_size = mc->default_ram;
    }
    softmmu_as = &m->as;
    if (icount_enabled && m->opts.smp > 1) {
        fatal("-icount runs a single hart: use -smp 1");
    }
    icount_init(m);
    mc->init(m);
    if (o.gdb) {
        if (m->ncpus > 1) {
            fatal("-gdb debugs a single hart: use -smp 1");
        }
        gdbstub_init(m, m->cpus[0], o.gdb, o.start_stopped);
    }
    monitor_start(m, o.monitor, o.qmp, o.start_stopped && !o.gdb);

    for (;;) {
        cpu_sched_run(m);
        if (m->shutdown || !m->reset_requested || !mc->reset ||
            m->opts.no_reboot) {
            break;
        }
        monitor_reset_event(m);
        m->reset_requested = false;
        mc->reset(m);
    }
    monitor_exit(m);
    gdbstub_exit(m->exit_code);

    fflush(stdout);
    signature_write(m);
    if (log_enabled(LOG_STATS)) {
        print_stats(m);
    }
    if (log_file) {
        fclose(log_file);
    }
    return m->exit_code;
}
