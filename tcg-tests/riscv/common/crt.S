/* SPDX-License-Identifier: MIT */
/*
 * crt.S: start-up code and HTIF services shared by every guest test.
 *
 * _start (the ELF entry, M-mode) zeroes the integer registers, sets sp to
 * the top of the stack section, points mtvec at rv_trap_unexpected, clears
 * .bss and calls test_main. A return from test_main passes if a0 == 0 and
 * otherwise fails with case a0. Exit and console output go through the HTIF
 * words tohost/fromhost: (code << 1) | 1 ends the run with status code, and
 * (1 << 56) | (1 << 48) | ch prints ch, after which tohost reads 0 again.
 *
 * The console routines follow the C calling convention and touch only
 * a0 and t0-t5, so the trap handler may use them with any register state.
 */
#include "test.h"

    .section .text.init, "ax", @progbits
    .balign 4
    .globl _start
_start:
    /* The loader may pass anything (QEMU: a0 = hart id, a1 = DTB). */
#ifdef RV_VIRT_BOARD
    la t0, rv_boot_args         /* virt tests look at a0 and a1 */
    sd a0, 0(t0)
    sd a1, 8(t0)
#endif
    li x1, 0
    li x2, 0
    li x3, 0
    li x4, 0
    li x5, 0
    li x6, 0
    li x7, 0
    li x8, 0
    li x9, 0
    li x10, 0
    li x11, 0
    li x12, 0
    li x13, 0
    li x14, 0
    li x15, 0
    li x16, 0
    li x17, 0
    li x18, 0
    li x19, 0
    li x20, 0
    li x21, 0
    li x22, 0
    li x23, 0
    li x24, 0
    li x25, 0
    li x26, 0
    li x27, 0
    li x28, 0
    li x29, 0
    li x30, 0
    li x31, 0

    la sp, rv_stack_top
    la t0, rv_trap_unexpected
    csrw mtvec, t0
    csrw mscratch, zero

    la t0, __bss_start
    la t1, __bss_end
1:
    bgeu t0, t1, 2f
    sd zero, 0(t0)
    addi t0, t0, 8
    j 1b
2:
    call test_main
    beqz a0, rv_pass
    mv TESTNUM, a0
    j rv_fail

    .text
/* Exit with status 0. */
    .balign 4
    .globl rv_pass
rv_pass:
    li a0, 0
    j rv_exit

/* Print "FAIL: case N" and exit with status N (255 if N is 0 or > 255). */
    .balign 4
    .globl rv_fail
rv_fail:
    la a0, msg_fail
    call rv_puts
    mv a0, TESTNUM
    call rv_putdec
    li a0, '\n'
    call rv_putc
    mv a0, TESTNUM
    addi t0, a0, -1
    li t1, 255
    bltu t0, t1, rv_exit
    li a0, 255
    /* fall through */

#ifdef RV_VIRT_BOARD            /* crt-virt.S has its own exit and putc */
    j rv_exit
#else
/* Exit with status a0: never returns. */
    .globl rv_exit
rv_exit:
    slli a0, a0, 1
    ori a0, a0, 1
    la t0, tohost
    sd a0, 0(t0)
1:
    j 1b

/* Print the character a0 (clobbers t0, t1). */
    .balign 4
    .globl rv_putc
rv_putc:
    andi t0, a0, 0xff
    li t1, 0x0101
    slli t1, t1, 48
    or t0, t0, t1
    la t1, tohost
    sd t0, 0(t1)
1:
    ld t0, 0(t1)
    bnez t0, 1b
    la t1, fromhost
    sd zero, 0(t1)
    ret
#endif

/* Print the NUL-terminated string at a0 (clobbers a0, t0-t4). */
    .balign 4
    .globl rv_puts
rv_puts:
    mv t3, ra
    mv t4, a0
1:
    lbu a0, 0(t4)
    beqz a0, 2f
    call rv_putc
    addi t4, t4, 1
    j 1b
2:
    mv ra, t3
    ret

/* Print a0 as 0x followed by 16 hex digits (clobbers a0, t0-t5). */
    .balign 4
    .globl rv_puthex
rv_puthex:
    mv t3, ra
    mv t4, a0
    li a0, '0'
    call rv_putc
    li a0, 'x'
    call rv_putc
    li t5, 60
1:
    srl a0, t4, t5
    andi a0, a0, 15
    addi a0, a0, '0'
    li t0, '9'
    bleu a0, t0, 2f
    addi a0, a0, 'a' - '0' - 10
2:
    call rv_putc
    addi t5, t5, -4
    bgez t5, 1b
    mv ra, t3
    ret

/*
 * Print a0 in decimal (clobbers a0, t0-t5). No M extension: each digit
 * is found by subtracting its power of ten until the rest is smaller.
 */
    .balign 4
    .globl rv_putdec
rv_putdec:
    mv t3, ra
    mv t4, a0
    la t5, pow10
    li t2, 0                    /* a digit has been printed */
1:
    ld t1, 0(t5)
    li a0, '0'
2:
    bltu t4, t1, 3f
    sub t4, t4, t1
    addi a0, a0, 1
    j 2b
3:
    li t0, '0'
    bne a0, t0, 4f
    bnez t2, 4f
    li t0, 1
    bne t1, t0, 5f              /* skip a leading zero, but not "0" */
4:
    li t2, 1
    call rv_putc
5:
    ld t1, 0(t5)                /* rv_putc clobbered t1 */
    addi t5, t5, 8
    li t0, 1
    bne t1, t0, 1b
    mv ra, t3
    ret

/*
 * Default trap handler: report the trap and fail the current case. It
 * first points mtvec at rv_trap_nested, so a trap while reporting exits
 * at once instead of looping.
 */
    .balign 4
    .globl rv_trap_unexpected
rv_trap_unexpected:
    la t0, rv_trap_nested
    csrw mtvec, t0
    la a0, msg_trap
    call rv_puts
    csrr a0, mcause
    call rv_puthex
    la a0, msg_mepc
    call rv_puts
    csrr a0, mepc
    call rv_puthex
    la a0, msg_mtval
    call rv_puts
    csrr a0, mtval
    call rv_puthex
    li a0, '\n'
    call rv_putc
    j rv_fail

    .balign 4
rv_trap_nested:
    mv a0, TESTNUM
    addi t0, a0, -1
    li t1, 255
    bltu t0, t1, rv_exit
    li a0, 255
    j rv_exit

    .section .rodata
    .balign 8
pow10:
    .dword 10000000000000000000, 1000000000000000000, 100000000000000000
    .dword 10000000000000000, 1000000000000000, 100000000000000
    .dword 10000000000000, 1000000000000, 100000000000, 10000000000
    .dword 1000000000, 100000000, 10000000, 1000000, 100000, 10000
    .dword 1000, 100, 10, 1
msg_fail:
    .asciz "FAIL: case "
msg_trap:
    .asciz "unexpected trap: mcause="
msg_mepc:
    .asciz " mepc="
msg_mtval:
    .asciz " mtval="

/* HTIF words; QEMU's -M spike wants both as 8-byte symbols. */
    .section .tohost, "aw", @progbits
    .balign 8
    .globl tohost
    .type tohost, @object
    .size tohost, 8
tohost:
    .dword 0
    .globl fromhost
    .type fromhost, @object
    .size fromhost, 8
fromhost:
    .dword 0
