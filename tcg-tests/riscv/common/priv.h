/* SPDX-License-Identifier: MIT */
/*
 * priv.h: helpers for the privileged-architecture tests (priv-*.S), on top
 * of test.h: PMP set-up so that S and U may access memory, mode switches,
 * page-table construction and a pair of recording trap handlers.
 *
 * The handlers (PRIV_HANDLERS emits them; PRIV_INIT installs them) record
 * xcause/xepc/xtval/xstatus in s2/s3/s4/s7 and count traps in s5. They
 * then resume at the address in s8 (M handler) or s9 (S handler), staying
 * in the handler's mode, and clear it; when that register is 0 they return
 * after the trapping instruction (xepc + 4) in the trapping mode. They
 * clobber only those registers and t5.
 */
#ifndef TCG_TESTS_RISCV_PRIV_H
#define TCG_TESTS_RISCV_PRIV_H

#include "test.h"

#define MSTATUS_SIE  0x2
#define MSTATUS_MIE  0x8
#define MSTATUS_SPIE 0x20
#define MSTATUS_MPIE 0x80
#define MSTATUS_SPP  0x100
#define MSTATUS_MPP  0x1800
#define MSTATUS_MPP_S 0x800
#define MSTATUS_FS   0x6000
#define MSTATUS_MPRV 0x20000
#define MSTATUS_SUM  0x40000
#define MSTATUS_MXR  0x80000
#define MSTATUS_TVM  0x100000
#define MSTATUS_TW   0x200000
#define MSTATUS_TSR  0x400000

#define PTE_V 0x01
#define PTE_R 0x02
#define PTE_W 0x04
#define PTE_X 0x08
#define PTE_U 0x10
#define PTE_G 0x20
#define PTE_A 0x40
#define PTE_D 0x80

#define SATP_SV39 (8 << 60)
#define SATP_SV48 (9 << 60)
#define SATP_SV57 (10 << 60)

#ifdef __ASSEMBLER__
/* clang-format off */

/* PMP entry 0 covers all of memory with RWX (NAPOT), for S and U. */
#define PMP_ALLOW_ALL                                                       \
    li t0, -1; csrw pmpaddr0, t0; li t0, 0x1f; csrw pmpcfg0, t0

/* Install the recording handlers, allow all memory, clear s5, s8, s9. */
#define PRIV_INIT                                                           \
    la t0, priv_m_trap; csrw mtvec, t0;                                     \
    la t0, priv_s_trap; csrw stvec, t0;                                     \
    PMP_ALLOW_ALL; li s5, 0; li s8, 0; li s9, 0

/* From M-mode, continue at label in S- or U-mode (clobbers t0). */
#define GOTO_MODE(label, mpp)                                               \
    li t0, MSTATUS_MPP; csrc mstatus, t0;                                   \
    li t0, mpp; csrs mstatus, t0;                                           \
    la t0, label; csrw mepc, t0; mret
#define GOTO_S(label) GOTO_MODE(label, MSTATUS_MPP_S)
#define GOTO_U(label) GOTO_MODE(label, 0)
/* From S-mode, continue at label in U-mode (clobbers t0). */
#define S_GOTO_U(label)                                                     \
    li t0, MSTATUS_SPP; csrc sstatus, t0; la t0, label; csrw sepc, t0; sret

/* Back to M-mode from any mode, continuing at the next instruction:
 * an ecall with the M handler's resume address set (ecall from S or U
 * must not be delegated). */
#define TO_M                                                                \
    la s8, 9980f; ecall; 9980:

/* Write the PTE at index idx of table: ppn of target, flags
 * (clobbers t0-t2). */
#define PTE_SET(table, idx, target, flags)                                  \
    la t0, target; srli t0, t0, 12; slli t0, t0, 10; ori t0, t0, flags;     \
    la t1, table; li t2, (idx) * 8; add t1, t1, t2; sd t0, 0(t1)
/* Same with a constant physical address as target. */
#define PTE_SET_PA(table, idx, pa, flags)                                   \
    li t0, pa; srli t0, t0, 12; slli t0, t0, 10; ori t0, t0, flags;         \
    la t1, table; li t2, (idx) * 8; add t1, t1, t2; sd t0, 0(t1)
/* Load the PTE at index idx of table into reg (clobbers t1, t2). */
#define PTE_GET(reg, table, idx)                                            \
    la t1, table; li t2, (idx) * 8; add t1, t1, t2; ld reg, 0(t1)

/* satp = mode | ppn(root), then a full fence (clobbers t0, t1). */
#define SATP_SET(mode, root)                                                \
    la t0, root; srli t0, t0, 12; li t1, mode; or t0, t0, t1;               \
    csrw satp, t0; sfence.vma

#define PRIV_HANDLERS                                                       \
    .balign 4;                                                              \
priv_m_trap:                                                                \
    csrr s2, mcause; csrr s3, mepc; csrr s4, mtval; csrr s7, mstatus;       \
    addi s5, s5, 1;                                                         \
    beqz s8, 9981f;                                                         \
    mv t5, s8; li s8, 0; jr t5;                                             \
9981:                                                                       \
    addi t5, s3, 4; csrw mepc, t5; mret;                                    \
    .balign 4;                                                              \
priv_s_trap:                                                                \
    csrr s2, scause; csrr s3, sepc; csrr s4, stval; csrr s7, sstatus;       \
    addi s5, s5, 1;                                                         \
    beqz s9, 9982f;                                                         \
    mv t5, s9; li s9, 0; jr t5;                                             \
9982:                                                                       \
    addi t5, s3, 4; csrw sepc, t5; sret

/* clang-format on */
#endif /* __ASSEMBLER__ */

#endif /* TCG_TESTS_RISCV_PRIV_H */
