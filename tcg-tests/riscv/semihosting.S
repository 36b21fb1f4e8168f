/* SPDX-License-Identifier: MIT */
/*
 * semihosting.S: console output and exit through RISC-V semihosting, for
 * tests/semihosting.sh (run with -semihosting). Prints "ok: writec",
 * "ok: write0" and "ok: write" lines, then exits through SYS_EXIT with the
 * code in exit_code (ADP_Stopped_ApplicationExit), or, if that returns,
 * through HTIF with 99. Without -semihosting the ebreak traps and the run
 * fails through the unexpected-trap handler.
 */
#include "test.h"

#define SYS_OPEN 0x01
#define SYS_WRITEC 0x03
#define SYS_WRITE0 0x04
#define SYS_WRITE 0x05
#define SYS_EXIT 0x18

/* a0 = operation, a1 = parameter; result in a0 */
#define SEMIHOST(op, param)                                                 \
    li a0, op; la a1, param;                                                \
    .balign 16; .option push; .option norvc;                                \
    slli zero, zero, 0x1f; ebreak; srai zero, zero, 7; .option pop

TEST_BEGIN
    la t0, letters
    li s0, 0
1:  add a1, t0, s0
    li a0, SYS_WRITEC
    .balign 16
    slli zero, zero, 0x1f
    ebreak
    srai zero, zero, 7
    addi s0, s0, 1
    li t1, 11
    bltu s0, t1, 1b

    /* SYS_WRITE0's result is unspecified (QEMU returns something else). */
    SEMIHOST(SYS_WRITE0, str0)

    SEMIHOST(SYS_OPEN, open_block)
    TEST_CASE(1, a0, 1, nop)
    la t0, write_block
    sd a0, 0(t0)
    SEMIHOST(SYS_WRITE, write_block)
    TEST_CASE(2, a0, 0, nop)

    SEMIHOST(SYS_EXIT, exit_block)
    li a0, 99
    j rv_exit

    .data
letters:
    .ascii "ok: writec\n"
str0:
    .asciz "ok: write0\n"
tt:
    .asciz ":tt"
str1:
    .ascii "ok: write\n"
    .balign 8
open_block:
    .dword tt, 4, 3
write_block:
    .dword 0, str1, 10
    .globl exit_block
exit_block:
    .dword 0x20026
    .globl exit_code
exit_code:
    .dword 0
