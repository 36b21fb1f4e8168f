/* SPDX-License-Identifier: MIT */
/*
 * runtime.S: the guest side of the differential tester, linked into every
 * generated program with common/crt.S. dt_trap is the trap handler of the
 * random sequences: it logs mcause, mepc and mtval in dt_state (the first
 * DT_LOG_MAX traps; all are counted) and resumes after the trapping
 * instruction. Every register may hold anything when a trap comes, so it
 * works through mscratch, which always points at dt_state.
 */
#include "state.h"

    .text
    .balign 4
    .globl dt_trap
dt_trap:
    csrrw x31, mscratch, x31
    sd x30, DT_SAVE0(x31)
    sd x29, DT_SAVE1(x31)
    /* Drop any LR reservation, as the privileged spec advises a handler
     * to do: an implementation may or may not clear it on a trap or MRET. */
    addi x30, x31, DT_SCRATCH
    sc.d x0, x0, (x30)

    ld x29, DT_NTRAPS(x31)
    addi x30, x29, 1
    sd x30, DT_NTRAPS(x31)
    li x30, DT_LOG_MAX
    bgeu x29, x30, 1f
    slli x30, x29, 4            /* entry n at DT_LOG + 24 * n */
    slli x29, x29, 3
    add x29, x29, x30
    add x29, x29, x31
    csrr x30, mcause
    sd x30, DT_LOG(x29)
    csrr x30, mepc
    sd x30, DT_LOG + 8(x29)
    csrr x30, mtval
    sd x30, DT_LOG + 16(x29)
1:
    /* Resume after the instruction: 4 bytes if bits 1:0 are 11, else 2. */
    csrr x30, mepc
    lhu x29, 0(x30)
    addi x30, x30, 2
    andi x29, x29, 3
    xori x29, x29, 3
    bnez x29, 2f
    addi x30, x30, 2
2:
    csrw mepc, x30
    ld x30, DT_SAVE0(x31)
    ld x29, DT_SAVE1(x31)
    csrrw x31, mscratch, x31
    mret

    .bss
    .balign 8
    .globl dt_state
dt_state:
    .space DT_SIZE
