/* SPDX-License-Identifier: MIT */
/*
 * crt-virt.S: crt.S for tests of the `virt` board, which has no HTIF. The
 * console is the 16550 UART at 0x10000000 and the exit is the SiFive test
 * finisher at 0x100000: 0x5555 passes, (code << 16) | 0x3333 fails with
 * exit status code. _start also keeps the loader's a0 (hart id) and a1
 * (device tree) in rv_boot_args[0] and [1].
 */
#define RV_VIRT_BOARD
#include "crt.S"

#define VIRT_UART 0x10000000
#define VIRT_TEST 0x100000

    .text
/* Exit with status a0: never returns. */
    .balign 4
    .globl rv_exit
rv_exit:
    li t0, VIRT_TEST
    li t1, 0x5555
    beqz a0, 1f
    slli t1, a0, 16
    li t2, 0x3333
    or t1, t1, t2
1:
    sw t1, 0(t0)
2:
    j 2b

/* Print the character a0 once the transmitter is empty (clobbers t0, t1). */
    .balign 4
    .globl rv_putc
rv_putc:
    li t0, VIRT_UART
1:
    lbu t1, 5(t0)               /* LSR */
    andi t1, t1, 0x20           /* THR empty */
    beqz t1, 1b
    sb a0, 0(t0)
    ret

    .data
    .balign 8
    .globl rv_boot_args
rv_boot_args:
    .dword 0, 0
