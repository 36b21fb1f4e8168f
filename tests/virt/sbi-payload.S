/* SPDX-License-Identifier: MIT */
/*
 * sbi-payload.S: a tiny S-mode program for OpenSBI's fw_dynamic on the
 * virt board, linked at 0x80200000 where a kernel goes. It checks what
 * OpenSBI hands over (S-mode, a0 = hart id 0, a1 = the device tree), asks
 * the SBI for its version (base extension), takes one supervisor timer
 * interrupt set with the TIME extension, prints through the legacy
 * console putchar and powers off with the SRST extension. A failure
 * prints "payload: FAIL n" and asks SRST for a system failure.
 */
#define SBI_EXT_BASE 0x10
#define SBI_EXT_TIME 0x54494d45
#define SBI_EXT_SRST 0x53525354
#define SBI_LEGACY_PUTCHAR 1

    .section .text
    .globl _start
_start:
    mv s0, a0
    mv s1, a1
    lla sp, stack_top
    lla a0, msg_hello
    call puts

    li s2, 1                    /* case 1: hart id 0 */
    bnez s0, fail
    li s2, 2                    /* case 2: device tree magic (big-endian) */
    lwu t0, 0(s1)
    li t1, 0xedfe0dd0
    bne t0, t1, fail
    li s2, 3                    /* case 3: running in S-mode: sstatus works */
    lla t0, fail
    csrw stvec, t0
    csrr t0, sstatus
    li s2, 4                    /* case 4: SBI spec version >= 0.2 */
    li a7, SBI_EXT_BASE
    li a6, 0
    ecall
    bnez a0, fail
    li t0, 2
    bltu a1, t0, fail

    li s2, 5                    /* case 5: an S timer interrupt via SBI */
    lla t0, on_timer
    csrw stvec, t0
    csrr a0, time
    li t0, 10000                /* 1 ms at 10 MHz */
    add a0, a0, t0
    li a7, SBI_EXT_TIME
    li a6, 0
    ecall
    bnez a0, fail
    li t0, 1 << 5               /* STIE */
    csrs sie, t0
    li t1, 1000000
1:
    /* WFI with SIE clear wakes on the pending interrupt without taking
     * it, so it cannot slip in between the test of s3 and the WFI. */
    wfi
    csrsi sstatus, 2            /* SIE: take it now */
    csrci sstatus, 2
    addi t1, t1, -1
    beqz t1, fail
    beqz s3, 1b

    lla a0, msg_ok
    call puts
    li a7, SBI_EXT_SRST
    li a6, 0
    li a0, 0                    /* shutdown */
    li a1, 0                    /* no reason */
    ecall
    j fail

    .balign 4
on_timer:
    csrr t0, scause
    li t2, 0x8000000000000005
    bne t0, t2, fail
    li a0, -1                   /* no more timer interrupts */
    li a7, SBI_EXT_TIME
    li a6, 0
    ecall
    li s3, 1
    sret

    .balign 4
fail:
    lla a0, msg_fail
    call puts
    addi a0, s2, '0'
    call putc
    li a0, '\n'
    call putc
    li a7, SBI_EXT_SRST
    li a6, 0
    li a0, 0                    /* shutdown */
    li a1, 1                    /* system failure */
    ecall
2:
    j 2b

putc:
    li a7, SBI_LEGACY_PUTCHAR
    ecall
    ret

puts:
    mv t3, ra
    mv t4, a0
1:
    lbu a0, 0(t4)
    beqz a0, 2f
    call putc
    addi t4, t4, 1
    j 1b
2:
    mv ra, t3
    ret

    .section .rodata
msg_hello:
    .asciz "payload: hello from S-mode\n"
msg_ok:
    .asciz "payload: ok\n"
msg_fail:
    .asciz "payload: FAIL "

    .bss
    .balign 16
    .space 4096
stack_top:
