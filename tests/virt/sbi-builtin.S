/* SPDX-License-Identifier: MIT */
/*
 * sbi-builtin.S: an S-mode program for emu's embedded SBI (-bios builtin,
 * -smp 2), linked at 0x80200000. Hart 0 checks the hand-over (a0 = 0,
 * a1 = the device tree), the base extension (version 2.0, emu's
 * implementation id, probes), DBCN writes (and their address checks),
 * TIME (an S timer interrupt), IPI to itself (a hart mask, then
 * hart_mask_base = -1), RFENCE, HSM (hart 1 starts with a0/a1 set and
 * reports back, get_status through STOPPED/STARTED/STOPPED, the start
 * errors, a retentive suspend woken by the timer), SRST's checks, and
 * powers off with SRST. A failure prints "sbi-builtin: FAIL n" (n = the
 * case, as two digits) and asks SRST for a system failure (exit 1).
 */
#define SBI_EXT_BASE 0x10
#define SBI_EXT_TIME 0x54494d45
#define SBI_EXT_IPI 0x735049
#define SBI_EXT_RFENCE 0x52464e43
#define SBI_EXT_HSM 0x48534d
#define SBI_EXT_SRST 0x53525354
#define SBI_EXT_DBCN 0x4442434e

#define ERR_NOT_SUPPORTED -2
#define ERR_INVALID_PARAM -3
#define ERR_INVALID_ADDRESS -5
#define ERR_ALREADY_AVAILABLE -6

#define SIP_SSIP 2
#define SIE_STIE 32

.macro SBI eid, fid
    li a7, \eid
    li a6, \fid
    ecall
.endm

/* case n: the next checks fail as case n */
.macro CASE n
    li s2, \n
.endm

/* a0 must be SBI_SUCCESS */
.macro OK
    bnez a0, fail
.endm

/* reg must equal the constant v */
.macro EXPECT reg, v
    li t6, \v
    bne \reg, t6, fail
.endm

/* Spins with SIE set until flag register becomes non-zero. */
.macro WAIT_IRQ flag
    csrsi sstatus, 2
    li t1, 20000000
1:
    bnez \flag, 2f
    addi t1, t1, -1
    bnez t1, 1b
    j fail
2:
    csrci sstatus, 2
.endm

    .section .text
    .globl _start
_start:
    mv s0, a0
    mv s1, a1
    lla sp, stack0_top
    lla t0, trap
    csrw stvec, t0

    CASE 1                      /* hand-over: hart 0, the device tree */
    bnez s0, fail
    lwu t0, 0(s1)
    EXPECT t0, 0xedfe0dd0

    CASE 2                      /* base: version 2.0 and emu's id */
    SBI SBI_EXT_BASE, 0
    OK
    EXPECT a1, 0x02000000
    SBI SBI_EXT_BASE, 1
    OK
    EXPECT a1, 0x454d55

    CASE 3                      /* probes */
    lla s5, probe_yes
3:
    lwu a0, 0(s5)
    beqz a0, 4f
    SBI SBI_EXT_BASE, 3
    OK
    EXPECT a1, 1
    addi s5, s5, 4
    j 3b
4:
    li a0, 0x0a000000
    SBI SBI_EXT_BASE, 3
    OK
    bnez a1, fail

    CASE 4                      /* an unknown extension and function */
    SBI 0x0a000000, 0
    EXPECT a0, ERR_NOT_SUPPORTED
    SBI SBI_EXT_BASE, 99
    EXPECT a0, ERR_NOT_SUPPORTED

    CASE 5                      /* DBCN write */
    lla a0, msg_hello
    call puts
    li a0, 4                    /* base_addr_hi != 0 */
    lla a1, msg_hello
    li a2, 1
    SBI SBI_EXT_DBCN, 0
    EXPECT a0, ERR_INVALID_PARAM
    li a0, 4                    /* nothing there */
    li a1, 0x40000000
    li a2, 0
    SBI SBI_EXT_DBCN, 0
    EXPECT a0, ERR_INVALID_PARAM
    li a0, 'D'
    SBI SBI_EXT_DBCN, 2
    OK
    li a0, '\n'
    SBI SBI_EXT_DBCN, 2
    OK

    CASE 6                      /* TIME: an S timer interrupt */
    li s3, 0
    csrr a0, time
    li t0, 10000                /* 1 ms at 10 MHz */
    add a0, a0, t0
    SBI SBI_EXT_TIME, 0
    OK
    li t0, SIE_STIE
    csrs sie, t0
    WAIT_IRQ s3

    CASE 7                      /* IPI to itself by mask */
    li t0, SIP_SSIP
    csrs sie, t0
    li s4, 0
    li a0, 1
    li a1, 0
    SBI SBI_EXT_IPI, 0
    OK
    WAIT_IRQ s4

    CASE 8                      /* IPI to all: hart_mask_base = -1 */
    li s4, 0
    li a0, 0
    li a1, -1
    SBI SBI_EXT_IPI, 0
    OK
    WAIT_IRQ s4

    CASE 9                      /* IPI to a hart that does not exist */
    li a0, 1
    li a1, 2
    SBI SBI_EXT_IPI, 0
    EXPECT a0, ERR_INVALID_PARAM

    CASE 10                     /* RFENCE */
    li a0, 0
    li a1, -1
    SBI SBI_EXT_RFENCE, 0
    OK
    li a0, 3
    li a1, 0
    li a2, 0x80200000
    li a3, 0x1000
    SBI SBI_EXT_RFENCE, 1
    OK
    li a0, 1
    li a1, 0
    li a2, 0
    li a3, -1
    li a4, 0
    SBI SBI_EXT_RFENCE, 2
    OK
    li a0, 4
    li a1, 0
    SBI SBI_EXT_RFENCE, 1
    EXPECT a0, ERR_INVALID_PARAM
    SBI SBI_EXT_RFENCE, 3
    EXPECT a0, ERR_NOT_SUPPORTED

    CASE 11                     /* HSM: hart 1 starts STOPPED */
    li a0, 1
    SBI SBI_EXT_HSM, 2
    OK
    EXPECT a1, 1
    li a0, 0
    SBI SBI_EXT_HSM, 2
    OK
    EXPECT a1, 0
    li a0, 2
    SBI SBI_EXT_HSM, 2
    EXPECT a0, ERR_INVALID_PARAM

    CASE 12                     /* HSM: start hart 1 */
    li a0, 1
    lla a1, secondary
    li a2, 0x1234
    SBI SBI_EXT_HSM, 0
    OK
    li a0, 1                    /* again: it is running */
    lla a1, secondary
    SBI SBI_EXT_HSM, 0
    EXPECT a0, ERR_ALREADY_AVAILABLE
    li a0, 1
    SBI SBI_EXT_HSM, 2
    OK
    EXPECT a1, 0
    li a0, 2                    /* no hart 2 */
    lla a1, secondary
    SBI SBI_EXT_HSM, 0
    EXPECT a0, ERR_INVALID_PARAM

    CASE 13                     /* hart 1 reports its a0/a1/satp */
    lla s5, flag
    li t1, 50000000
5:
    lwu t0, 0(s5)
    bnez t0, 6f
    addi t1, t1, -1
    bnez t1, 5b
    j fail
6:
    EXPECT t0, 1

    CASE 14                     /* hart 1 stops itself */
    li t0, 1
    sw t0, 4(s5)                /* go */
    li s6, 50000000
7:
    li a0, 1
    SBI SBI_EXT_HSM, 2
    OK
    li t0, 1
    beq a1, t0, 8f
    addi s6, s6, -1
    bnez s6, 7b
    j fail
8:
    li a0, 1                    /* a bad start address */
    li a1, 0x40000000
    SBI SBI_EXT_HSM, 0
    EXPECT a0, ERR_INVALID_ADDRESS

    CASE 15                     /* retentive suspend, woken by a timer */
    csrr a0, time
    li t0, 10000
    add a0, a0, t0
    SBI SBI_EXT_TIME, 0
    OK
    li t0, SIE_STIE
    csrs sie, t0
    li a0, 0
    li a1, 0
    li a2, 0
    SBI SBI_EXT_HSM, 3
    OK
    csrr t0, sip
    andi t0, t0, SIE_STIE
    beqz t0, fail
    li t0, SIE_STIE
    csrc sie, t0
    li a0, 0x00000001           /* a reserved suspend type */
    SBI SBI_EXT_HSM, 3
    EXPECT a0, ERR_INVALID_PARAM

    CASE 16                     /* SRST: reserved type and reason */
    li a0, 5
    li a1, 0
    SBI SBI_EXT_SRST, 0
    EXPECT a0, ERR_INVALID_PARAM
    li a0, 0
    li a1, 7
    SBI SBI_EXT_SRST, 0
    EXPECT a0, ERR_INVALID_PARAM

    lla a0, msg_ok
    call puts
    li a0, 0                    /* shutdown */
    li a1, 0                    /* no reason */
    SBI SBI_EXT_SRST, 0
    CASE 17
    j fail

/* Hart 1: a0 = 1, a1 = the opaque value, satp = 0; reports 1 (or 2 on a
 * mismatch) in flag, waits for go and stops. */
    .balign 4
secondary:
    li t2, 2
    li t0, 1
    bne a0, t0, 2f
    li t0, 0x1234
    bne a1, t0, 2f
    csrr t0, satp
    bnez t0, 2f
    li t2, 1
2:
    lla t0, flag
    sw t2, 0(t0)
3:
    lwu t1, 4(t0)
    beqz t1, 3b
    SBI SBI_EXT_HSM, 1
    li t2, 3                    /* hart_stop returned */
    sw t2, 0(t0)
4:
    j 4b

/* Interrupts: STI sets s3 and masks STIE; SSI sets s4 and clears SSIP.
 * Anything else fails. */
    .balign 4
trap:
    csrw sscratch, t0
    csrr t0, scause
    bgez t0, fail
    slli t0, t0, 1
    srli t0, t0, 1
    addi t0, t0, -5
    beqz t0, 1f
    addi t0, t0, 4
    bnez t0, fail
    csrci sip, SIP_SSIP
    li s4, 1
    j 2f
1:
    li t0, SIE_STIE
    csrc sie, t0
    li s3, 1
2:
    csrr t0, sscratch
    sret

fail:
    csrci sstatus, 2
    lla sp, stack0_top
    lla a0, msg_fail
    call puts
    li t0, 10
    divu a0, s2, t0
    addi a0, a0, '0'
    SBI SBI_EXT_DBCN, 2
    li t0, 10
    remu a0, s2, t0
    addi a0, a0, '0'
    SBI SBI_EXT_DBCN, 2
    li a0, '\n'
    SBI SBI_EXT_DBCN, 2
    li a0, 0                    /* shutdown */
    li a1, 1                    /* system failure */
    SBI SBI_EXT_SRST, 0
9:
    j 9b

/* DBCN write of the NUL-terminated string at a0; fails unless it all
 * went out. */
puts:
    mv t3, a0
    li t4, 0
1:
    add t5, t3, t4
    lbu t5, 0(t5)
    beqz t5, 2f
    addi t4, t4, 1
    j 1b
2:
    mv a0, t4
    mv a1, t3
    li a2, 0
    SBI SBI_EXT_DBCN, 0
    bnez a0, fail
    bne a1, t4, fail
    ret

    .section .rodata
    .balign 4
probe_yes:
    .word SBI_EXT_BASE, SBI_EXT_TIME, SBI_EXT_IPI, SBI_EXT_RFENCE
    .word SBI_EXT_HSM, SBI_EXT_SRST, SBI_EXT_DBCN, 1, 0
msg_hello:
    .asciz "sbi-builtin: hello through DBCN\n"
msg_ok:
    .asciz "sbi-builtin: ok\n"
msg_fail:
    .asciz "sbi-builtin: FAIL "

    .data
    .balign 8
flag:
    .word 0, 0

    .bss
    .balign 16
    .space 4096
stack0_top:
