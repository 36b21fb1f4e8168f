/* SPDX-License-Identifier: MIT */
/*
 * The multi-hart scheduler: one host thread runs every CPU of the machine
 * round-robin. A CPU's slice ends at the first exit request after it ran
 * a block, or when it halts (WFI): the loop then returns here and the
 * next CPU runs. The board's ticker asks every millisecond, and an exit
 * request for another CPU (an interrupt, an IPI: cpu_sched_kick) ends the
 * running CPU's slice at once, so a hart that waits for another's answer
 * to an IPI does not spin through a whole slice. When a whole round
 * found every CPU halted, the thread sleeps on m->sched_seq until a
 * wake-up bumps it. Because only one CPU runs at a time, one hart may
 * change another's state (IPIs, TLB flushes) from the loop or a helper
 * without locks; devices' own threads only ever call cpu_exit().
 */
#include <linux/futex.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "core/cpu-sched.h"

void cpu_sched_kick(Machine *m, CPUState *cs)
{
    if (!m || m->ncpus < 2) {
        return;
    }
    CPUState *run = __atomic_load_n(&m->sched_running, __ATOMIC_ACQUIRE);
    if (run == cs) {
        return;
    }
    __atomic_fetch_add(&m->sched_seq, 1, __ATOMIC_RELEASE);
    syscall(SYS_futex, &m->sched_seq, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
    if (run) {
        __atomic_store_n(&run->exit_request, 1, __ATOMIC_RELEASE);
    }
}

/* Every CPU slept through a round: wait for a wake-up newer than seq.
 * The timeout only bounds the damage of a source that forgets to kick. */
static void sched_idle(Machine *m, uint32_t seq)
{
    struct timespec timeout = { .tv_sec = 0, .tv_nsec = 10 * 1000 * 1000 };
    syscall(SYS_futex, &m->sched_seq, FUTEX_WAIT_PRIVATE, seq, &timeout,
            NULL, 0);
}

void cpu_sched_run(Machine *m)
{
    if (m->ncpus == 1) {
        cpu_exec(m->cpus[0]);
        return;
    }
    for (;;) {
        uint32_t seq = __atomic_load_n(&m->sched_seq, __ATOMIC_ACQUIRE);
        bool all_halted = true;
        for (int i = 0; i < m->ncpus; i++) {
            CPUState *cs = m->cpus[i];
            __atomic_store_n(&m->sched_running, cs, __ATOMIC_RELEASE);
            cpu_exec(cs);
            __atomic_store_n(&m->sched_running, NULL, __ATOMIC_RELEASE);
            if (machine_should_stop(m)) {
                return;
            }
            all_halted &= cs->halted;
        }
        if (all_halted) {
            sched_idle(m, seq);
        }
    }
}
