/* SPDX-License-Identifier: MIT */
/*
 * HTIF, the host-target interface of Spike-style test machines: the guest
 * writes commands to `tohost` and reads answers from `fromhost`.
 */
#ifndef HW_HTIF_H
#define HW_HTIF_H

#include <stdbool.h>
#include <stdint.h>

#include "core/machine.h"

/* Maps tohost (an MMIO window over RAM) and remembers fromhost. */
void htif_create(Machine *m, uint64_t tohost, bool has_fromhost,
                 uint64_t fromhost);

#endif
