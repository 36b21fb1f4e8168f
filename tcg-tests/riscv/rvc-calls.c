/* SPDX-License-Identifier: MIT */
/*
 * rvc-calls.c: the calls-recursion.c workload (deep recursion, Ackermann,
 * tail calls, stack arguments, three interpreters with function pointers,
 * a jump table and computed gotos) compiled by gcc for RV64IC, so that
 * the compiler's own choice of compressed instructions (c.addi16sp
 * prologues, c.sdsp/c.ldsp spills, c.jr ra returns, c.beqz, c.mv, ...)
 * does real work, mixed with 32-bit instructions at any 2-byte alignment.
 * The workload and its checks are the same source as calls-recursion.c.
 */
#include "calls-recursion.c"
