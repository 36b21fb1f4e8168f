/* SPDX-License-Identifier: MIT */
/*
 * state.h: the layout of a differential-test sequence's state block, shared
 * by the generated guest programs, runtime.S and report.c. The same layout
 * holds a sequence's initial values (dt_init_<seed>) and, at its end, the
 * final register state (dt_state); dt_state also logs the traps taken.
 */
#ifndef DIFFTEST_STATE_H
#define DIFFTEST_STATE_H

#define DT_X      0     /* x0..x31, 8 bytes each (x0's slot unused) */
#define DT_F      256   /* f0..f31 */
#define DT_FCSR   512
#define DT_NTRAPS 520   /* traps taken so far in this sequence */
#define DT_SAVE0  528   /* the trap handler's spill slots */
#define DT_SAVE1  536
#define DT_SCRATCH 544  /* target of the handler's reservation-clearing SC */
#define DT_LOG    552   /* DT_LOG_MAX entries: mcause, mepc, mtval */
#define DT_LOG_MAX 8
#define DT_SIZE   (DT_LOG + DT_LOG_MAX * 24)

/* The data window every load, store and AMO stays inside. */
#define DT_WIN_SIZE 2048

#endif
