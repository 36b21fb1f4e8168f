/* SPDX-License-Identifier: MIT */
/*
 * emu's embedded SBI (-bios builtin): the Supervisor Binary Interface of
 * the RISC-V SBI specification 2.0, implemented in C in place of M-mode
 * firmware. The harts run S-mode code only; an ECALL from S-mode reaches
 * sbi_ecall() (RVEnv.ecall_s) with a7 = extension, a6 = function, and
 * returns error/value in a0/a1. Extensions: base, TIME, IPI, RFENCE, HSM,
 * SRST, DBCN and the legacy console putchar/getchar. docs/sbi.md.
 */
#ifndef HW_SBI_H
#define HW_SBI_H

#include <stdint.h>

#include "core/chardev.h"
#include "core/machine.h"
#include "frontend-riscv/cpu.h"

typedef struct Sbi Sbi;

/* The SBI for harts cpus[0..nharts-1] (hart id = index), with the debug
 * console on chr. Installs itself as each hart's ECALL handler. */
Sbi *sbi_create(Machine *m, RVCPU *const *cpus, unsigned nharts,
                CharBackend *chr);
/* Power-on and reset: hart 0 enters entry in S-mode with a0 = 0 and
 * a1 = fdt, as firmware hands over; the other harts are STOPPED until an
 * HSM hart_start. */
void sbi_boot(Sbi *s, uint64_t entry, uint64_t fdt);

#endif
