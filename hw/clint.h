/* SPDX-License-Identifier: MIT */
/*
 * The CLINT (core-local interruptor) of SiFive-style RISC-V boards: per
 * hart a software-interrupt word (msip) and a timer compare (mtimecmp)
 * against one 10 MHz mtime, driving the harts' MSIP and MTIP.
 */
#ifndef HW_CLINT_H
#define HW_CLINT_H

#include <stdint.h>

#include "core/machine.h"
#include "frontend-riscv/cpu.h"

#define CLINT_SIZE 0x10000
#define CLINT_TIMEBASE_HZ 10000000
#define CLINT_MAX_HARTS 8

/* Maps the CLINT at base for harts 0..nharts-1 (cpus[i] is hart i) and
 * wires each hart's lines (its env.irq_src). */
void clint_create(Machine *m, uint64_t base, RVCPU *const *cpus,
                  unsigned nharts);

#endif
