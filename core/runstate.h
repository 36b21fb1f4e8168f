/* SPDX-License-Identifier: MIT */
/*
 * The run state and the pause protocol between the CPU thread and the
 * monitor thread. A pause is wanted while the VM is stopped (monitor or
 * QMP `stop`) or while a monitor command holds it to inspect state; the
 * asker sets the flag, calls cpu_exit(), and waits until the CPU thread
 * is parked at a block boundary (or outside the execution loop, or
 * stopped in the GDB stub). While parked, the CPU thread touches no guest
 * state, so the monitor may read and write it.
 */
#ifndef CORE_RUNSTATE_H
#define CORE_RUNSTATE_H

#include <stdbool.h>

#include "core/cpu.h"

struct Machine;

/* Nonzero when the CPU thread should call runstate_park(). */
extern int runstate_pause_wanted;

void runstate_init(struct Machine *m);

/* CPU thread: park until no pause is wanted or the machine stops. */
void runstate_park(void);
/* CPU thread: entering and leaving cpu_exec() (outside it the CPU counts
 * as parked). */
void runstate_cpu_enter(void);
void runstate_cpu_leave(void);
/* CPU thread: the GDB stub holds the CPU (true) or lets it go (false). */
void runstate_set_debug_stop(bool stopped);

/* Monitor thread: hold the CPU parked for an inspection; nests. */
void runstate_hold(void);
void runstate_release(void);
/* Monitor thread: stop the VM (false when it was stopped already) and
 * resume it. */
bool runstate_stop(void);
void runstate_cont(void);
/* Not stopped by a monitor (a GDB stop does not count). */
bool runstate_is_running(void);
/* "running", "paused" (stop) or "debug" (held by the GDB stub). */
const char *runstate_status(void);
/* Any thread: a machine stop (shutdown, reset) must end a park now. */
void runstate_kick(void);

#endif
