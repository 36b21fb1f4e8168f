/* SPDX-License-Identifier: MIT */
/*
 * reset.S: a bare-metal program for -M virt -bios none that prints "boot"
 * on the UART and asks the test finisher for a system reset (0x7777): the
 * board restarts it, so the line repeats; with -no-reboot emu exits 0.
 */
    .section .text
    .globl _start
_start:
    li t0, 0x10000000
    lla t1, msg
1:
    lbu a0, 0(t1)
    beqz a0, 3f
2:
    lbu t2, 5(t0)               /* LSR: wait for THR empty */
    andi t2, t2, 0x20
    beqz t2, 2b
    sb a0, 0(t0)
    addi t1, t1, 1
    j 1b
3:
    li t0, 0x100000
    li t1, 0x7777
    sw t1, 0(t0)
4:
    j 4b

msg:
    .asciz "boot\n"
