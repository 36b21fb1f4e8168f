/* SPDX-License-Identifier: MIT */
/*
 * monitor-loop.S: the endless guest tests/monitor.sh and tests/qmp.sh
 * inspect (not a self-checking test: it never exits). It maps the first
 * 1 GiB of RAM twice under Sv39, at virtual 0x80000000 (identity) and at
 * virtual 0, enters S-mode and counts monitor_counter up forever. So
 * monitor_magic reads the same at its own address through x and xp, and
 * through x (virtual) only at its address minus 0x80000000.
 */
#include "test.h"

#define PTE_LEAF_RWX 0xcf /* V R W X A D */

    .data
    .balign 8
    .globl monitor_magic
monitor_magic:
    .dword 0x1122334455667788
    .globl monitor_counter
monitor_counter:
    .dword 0

    .bss
    .balign 4096
monitor_root:
    .skip 4096

TEST_BEGIN
    /* PMP: S-mode may access all of memory. */
    li t0, -1
    csrw pmpaddr0, t0
    li t0, 0x1f                 /* NAPOT, R W X */
    csrw pmpcfg0, t0
    /* root[0] and root[2]: 1 GiB leaves onto physical 0x80000000. */
    la t0, monitor_root
    li t1, ((0x80000000 >> 12) << 10) | PTE_LEAF_RWX
    sd t1, 0(t0)
    sd t1, 16(t0)
    srli t0, t0, 12
    li t1, 8 << 60              /* Sv39 */
    or t0, t0, t1
    csrw satp, t0
    sfence.vma
    /* mret to S-mode at 1f. */
    li t0, 3 << 11
    csrc mstatus, t0
    li t0, 1 << 11
    csrs mstatus, t0
    la t0, 1f
    csrw mepc, t0
    mret
1:
    la t0, monitor_counter
    .globl monitor_spin
monitor_spin:
    ld t1, 0(t0)
    addi t1, t1, 1
    sd t1, 0(t0)
    j monitor_spin
