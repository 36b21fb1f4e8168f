/* SPDX-License-Identifier: MIT */
/*
 * signature.S: a guest with a test signature, for tests/signature.sh.
 * It writes bytes 0x10, 0x11, ... 0x23 (20 bytes) between begin_signature
 * and end_signature at run time (the ELF holds zeros there), so the dump
 * must come from guest memory at exit. Exits 0.
 */
#include "test.h"

TEST_BEGIN
    la a1, begin_signature
    la a2, end_signature
    li a0, 0x10
1:  sb a0, 0(a1)
    addi a0, a0, 1
    addi a1, a1, 1
    bltu a1, a2, 1b
TEST_END

    .data
    .balign 16
    .globl begin_signature
begin_signature:
    .space 20
    .globl end_signature
end_signature:
    .space 12
