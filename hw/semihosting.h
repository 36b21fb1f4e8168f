/* SPDX-License-Identifier: MIT */
/*
 * Semihosting: the guest asks the host for console output and to exit,
 * with the operation numbers and parameter blocks of the Arm semihosting
 * specification that RISC-V semihosting adopts. Frontends detect their
 * trap sequence and call semihosting_call().
 */
#ifndef HW_SEMIHOSTING_H
#define HW_SEMIHOSTING_H

#include <stdint.h>

#include "core/cpu.h"

/* Performs operation op with parameter param (a pointer to a block of
 * words of word_size bytes, or a value, as the operation says); guest
 * memory is read as the CPU sees it (mmu_idx; faults unwind through ra).
 * Returns the value for the guest's result register. */
uint64_t semihosting_call(CPUState *cs, uint64_t op, uint64_t param,
                          unsigned word_size, int mmu_idx, uintptr_t ra);

#endif
