/* SPDX-License-Identifier: MIT */
/*
 * test.h: the macro vocabulary of the bare-metal RISC-V guest tests.
 *
 * Every case first loads its number (1..255) into TESTNUM (gp). A failed
 * check jumps to rv_fail, which prints "FAIL: case N" on the HTIF console
 * and exits with status N; an unexpected trap prints mcause/mepc/mtval and
 * exits the same way. A test body starts with TEST_BEGIN and ends with
 * TEST_END (pass, exit status 0).
 *
 * Register use: gp holds the case number and t6 the expected value during a
 * check; a case may use every other register except sp. The fixed operand
 * registers are a1 (rs1), a2 (rs2) and a0 (rd).
 */
#ifndef TCG_TESTS_RISCV_TEST_H
#define TCG_TESTS_RISCV_TEST_H

#define TESTNUM gp
#define TEST_EXP t6

#ifdef __ASSEMBLER__

/* clang-format off */

#define TEST_BEGIN                                                          \
    .text;                                                                  \
    .balign 4;                                                              \
    .globl test_main;                                                       \
test_main:

#define PASS j rv_pass
#define FAIL j rv_fail
#define TEST_END PASS

/* Fail the current case unless reg == expected (a 64-bit constant). */
#define CHECK(reg, expected)                                                \
    li TEST_EXP, expected;                                                  \
    beq reg, TEST_EXP, 9990f;                                               \
    j rv_fail;                                                              \
9990:

/* Case n: run code (instructions separated by ';'), then check reg. */
#define TEST_CASE(n, reg, expected, ...)                                    \
    li TESTNUM, n;                                                          \
    __VA_ARGS__;                                                            \
    CHECK(reg, expected)

/* Case n: only check reg (set by the previous case or a trap handler). */
#define TEST_REG(n, reg, expected)                                          \
    li TESTNUM, n;                                                          \
    CHECK(reg, expected)

/* Register-register ALU: op rd, rs1, rs2 with rs1 = a, rs2 = b. */
#define TEST_RR(n, op, result, a, b)                                        \
    TEST_CASE(n, a0, result, li a1, a; li a2, b; op a0, a1, a2)

/* Same, with rd aliasing rs1, rd aliasing rs2, or rs1 == rs2 (== rd). */
#define TEST_RR_RD_IS_RS1(n, op, result, a, b)                              \
    TEST_CASE(n, a1, result, li a1, a; li a2, b; op a1, a1, a2)
#define TEST_RR_RD_IS_RS2(n, op, result, a, b)                              \
    TEST_CASE(n, a2, result, li a1, a; li a2, b; op a2, a1, a2)
#define TEST_RR_SAME_SRC(n, op, result, a)                                  \
    TEST_CASE(n, a0, result, li a1, a; op a0, a1, a1)
#define TEST_RR_ALL_SAME(n, op, result, a)                                  \
    TEST_CASE(n, a1, result, li a1, a; op a1, a1, a1)

/* x0 as a source (reads 0) or as the destination (stays 0). */
#define TEST_RR_X0_RS1(n, op, result, b)                                    \
    TEST_CASE(n, a0, result, li a2, b; op a0, x0, a2)
#define TEST_RR_X0_RS2(n, op, result, a)                                    \
    TEST_CASE(n, a0, result, li a1, a; op a0, a1, x0)
#define TEST_RR_X0_RD(n, op, a, b)                                          \
    TEST_CASE(n, a0, 0, li a1, a; li a2, b; op x0, a1, a2; mv a0, x0)

/* Register-immediate ALU: op rd, rs1, imm with rs1 = val. */
#define TEST_RI(n, op, result, val, imm)                                    \
    TEST_CASE(n, a0, result, li a1, val; op a0, a1, imm)
#define TEST_RI_RD_IS_RS1(n, op, result, val, imm)                          \
    TEST_CASE(n, a1, result, li a1, val; op a1, a1, imm)
#define TEST_RI_X0_RS1(n, op, result, imm)                                  \
    TEST_CASE(n, a0, result, op a0, x0, imm)
#define TEST_RI_X0_RD(n, op, val, imm)                                      \
    TEST_CASE(n, a0, 0, li a1, val; op x0, a1, imm; mv a0, x0)

/* Load: op rd, offset(rs1) with rs1 = base (an address expression). */
#define TEST_LOAD(n, op, result, offset, base)                              \
    TEST_CASE(n, a0, result, la a1, base; op a0, offset(a1))

/* Store value with st at offset(base), read it back with ld. */
#define TEST_ST_LD(n, st, ld, result, value, offset, base)                  \
    TEST_CASE(n, a0, result,                                                \
              la a1, base; li a2, value; st a2, offset(a1); ld a0, offset(a1))

/*
 * Branch op rs1, rs2 with rs1 = a, rs2 = b must be taken both backward
 * and forward.
 */
#define TEST_BR_TAKEN(n, op, a, b)                                          \
    li TESTNUM, n;                                                          \
    li a1, a;                                                               \
    li a2, b;                                                               \
    j 9992f;                                                                \
9991:                                                                       \
    j 9993f;                                                                \
9992:                                                                       \
    op a1, a2, 9991b;                                                       \
    j rv_fail;                                                              \
9993:                                                                       \
    op a1, a2, 9994f;                                                       \
    j rv_fail;                                                              \
9994:

/* ... must fall through both forward and backward. */
#define TEST_BR_NOT_TAKEN(n, op, a, b)                                      \
    li TESTNUM, n;                                                          \
    li a1, a;                                                               \
    li a2, b;                                                               \
    op a1, a2, 9991f;                                                       \
    j 9992f;                                                                \
9991:                                                                       \
    j rv_fail;                                                              \
9992:                                                                       \
    op a1, a2, 9991b

/* Print a string literal on the HTIF console (clobbers ra, a0, t0-t5). */
#define PRINT(str)                                                          \
    .pushsection .rodata.str1.1, "aMS", @progbits, 1;                       \
9995:                                                                       \
    .asciz str;                                                             \
    .popsection;                                                            \
    la a0, 9995b;                                                           \
    call rv_puts

/* clang-format on */

#else /* C */

#include <stdint.h>

/* Console and exit services of crt.S. */
void rv_putc(int ch);
void rv_puts(const char *s);
void rv_puthex(uint64_t v);
void rv_putdec(uint64_t v);
__attribute__((noreturn)) void rv_exit(uint64_t code);

extern char rv_stack_bottom[], rv_stack_top[];

/* Set the case number an unexpected trap would report. */
#define TEST_SET_CASE(n) __asm__ volatile("li gp, %0" : : "i"(n))

/*
 * In a C test, test_main() returns 0 to pass or the failing case number;
 * CHECK_EQ does that return.
 */
#define CHECK_EQ(n, got, want)                                              \
    do {                                                                    \
        TEST_SET_CASE(n);                                                   \
        if ((uint64_t)(got) != (uint64_t)(want)) {                          \
            return (n);                                                     \
        }                                                                   \
    } while (0)

int test_main(void);

#endif /* __ASSEMBLER__ */

#endif /* TCG_TESTS_RISCV_TEST_H */
