/* SPDX-License-Identifier: MIT */
/*
 * gdb-target.S: the program tests/gdbstub.sh debugs. Run alone it passes
 * (exit 0); its global labels are where the script stops, steps and
 * watches. gdb_step starts with a compressed instruction and reaches a
 * taken branch within a few steps; gdb_store stores the loop counter to
 * gdb_counter (watched). The exit status is the counter's excess over 3
 * plus gdb_input (0): setting a1 to 5 after its c.li and gdb_input to 40
 * from the debugger makes the program exit with 42. gdb_fault traps to
 * gdb_handler, which returns past it. (Not an ecall: gdb steps over
 * those with a breakpoint after them.) minstret must count the loop
 * exactly, debugger stops or not (exit 98 otherwise). QEMU 7.2 counts
 * host ticks in minstret: validate there with -icount shift=0.
 */
#include "test.h"

    .data
    .balign 8
    .globl gdb_counter
gdb_counter:
    .dword 0
    .globl gdb_input
gdb_input:
    .dword 0
fp_one_half:
    .double 1.5

TEST_BEGIN
    li t0, 1 << 13 /* mstatus.FS = Initial */
    csrs mstatus, t0
    la t0, fp_one_half
    fld fa0, 0(t0)
    .globl gdb_step
gdb_step:
    c.li a1, 3
    lui a2, 0x12
    c.addi a2, 5
    beqz zero, 1f
    li a2, 0 /* skipped */
1:  .globl gdb_after_branch
gdb_after_branch:
    add a3, a1, a2
    la t1, gdb_counter
    li t2, 0
    csrr s4, minstret
2:  addi t2, t2, 1
    .globl gdb_store
gdb_store:
    sd t2, 0(t1)
    blt t2, a1, 2b
    /* minstret counted the first csrr and 3 per round, exactly, however
     * often the debugger stopped the loop. */
    csrr s5, minstret
    sub s5, s5, s4
    add t0, a1, a1
    add t0, t0, a1
    addi t0, t0, 1
    li TESTNUM, 2
    bne s5, t0, 4f
    /* a0 = counter - 3 + gdb_input */
    ld a0, 0(t1)
    addi a0, a0, -3
    la t0, gdb_input
    ld t0, 0(t0)
    .globl gdb_input_load /* just after the load */
gdb_input_load:
    add a0, a0, t0
    li t0, 0x12005
    sub t0, a2, t0
    li TESTNUM, 1
    bnez t0, 3f
    /* A trap the program handles: stepping into it stops at the
     * handler's first instruction. */
    la t0, gdb_handler
    csrw mtvec, t0
    .globl gdb_fault
gdb_fault:
    ld t0, 0(zero) /* nothing at 0: a load access fault */
    ret
3:  li a0, 99 /* a2 or the branch went wrong */
    ret
4:  li a0, 98 /* minstret is off */
    ret

    .balign 4
    .globl gdb_handler
gdb_handler:
    csrr t0, mepc
    addi t0, t0, 4
    csrw mepc, t0
    mret
