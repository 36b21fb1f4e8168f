/* SPDX-License-Identifier: MIT */
/*
 * Unit test for the x86-64 encoder: every emitter is checked against literal
 * byte strings. The expected bytes were produced once by GNU as 2.40
 * (`as --64`) from the AT&T text in the comment above each case; nothing is
 * assembled at run time. Then hand-written checks for rip-relative lea and
 * branch patching through a W^X alias (nonzero exec_delta), and for the
 * overflow guard. Prints one line per failure, then "N passed, M failed".
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "backend-x86_64/x86-encode.h"

/* Every case writes into test_mem[0..TEST_LIMIT); the rest is a guard. */
#define TEST_LIMIT 48
#define TEST_FILL 0xAA

static uint8_t test_mem[64];
static X86Buf test_buf;
static unsigned test_passed, test_failed;

static void test_hex(const uint8_t *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        printf(" %02x", p[i]);
    }
}

static void test_fail_bytes(const char *name, const uint8_t *exp,
                            size_t exp_len, const uint8_t *got, size_t got_len)
{
    test_failed++;
    printf("FAIL %s: expected", name);
    test_hex(exp, exp_len);
    printf(", got");
    test_hex(got, got_len);
    printf("\n");
}

static void test_check(bool ok, const char *name)
{
    if (ok) {
        test_passed++;
    } else {
        test_failed++;
        printf("FAIL %s\n", name);
    }
}

static bool test_untouched(const uint8_t *from, const uint8_t *to)
{
    for (const uint8_t *q = from; q < to; q++) {
        if (*q != TEST_FILL) {
            return false;
        }
    }
    return true;
}

static X86Buf *test_begin(size_t size, ptrdiff_t exec_delta)
{
    memset(test_mem, TEST_FILL, sizeof(test_mem));
    x86_buf_init(&test_buf, test_mem, size, exec_delta);
    return &test_buf;
}

/* Compare what one case emitted with exp; nothing else may be written. */
static void test_end(const char *name, const uint8_t *exp, size_t len)
{
    size_t got = (size_t)(test_buf.p - test_mem);
    const uint8_t *all_end = test_mem + sizeof(test_mem);

    if (got == len && memcmp(exp, test_mem, len) == 0 && !test_buf.overflow &&
        test_untouched(test_buf.p, all_end)) {
        test_passed++;
    } else {
        test_fail_bytes(name, exp, len, test_mem, got);
    }
}

/* One literal case: run `call` on a fresh buffer `b`, expect the bytes. */
#define T(call, ...)                                                           \
    do {                                                                       \
        static const uint8_t exp_[] = { __VA_ARGS__ };                         \
        X86Buf *b = test_begin(TEST_LIMIT, 0);                                 \
        call;                                                                  \
        test_end(#call, exp_, sizeof(exp_));                                   \
    } while (0)

/* ---- Literal cases (from GNU as) ---- */

static void test_alu(void)
{
    /* add %rbx,%rax */
    T(x86_alu_rr(b, true, X86_ADD, X86_RAX, X86_RBX), 0x48, 0x01, 0xd8);
    /* add %ebx,%eax */
    T(x86_alu_rr(b, false, X86_ADD, X86_RAX, X86_RBX), 0x01, 0xd8);
    /* or %rbx,%rax */
    T(x86_alu_rr(b, true, X86_OR, X86_RAX, X86_RBX), 0x48, 0x09, 0xd8);
    /* or %ebx,%eax */
    T(x86_alu_rr(b, false, X86_OR, X86_RAX, X86_RBX), 0x09, 0xd8);
    /* adc %rbx,%rax */
    T(x86_alu_rr(b, true, X86_ADC, X86_RAX, X86_RBX), 0x48, 0x11, 0xd8);
    /* adc %ebx,%eax */
    T(x86_alu_rr(b, false, X86_ADC, X86_RAX, X86_RBX), 0x11, 0xd8);
    /* sbb %rbx,%rax */
    T(x86_alu_rr(b, true, X86_SBB, X86_RAX, X86_RBX), 0x48, 0x19, 0xd8);
    /* sbb %ebx,%eax */
    T(x86_alu_rr(b, false, X86_SBB, X86_RAX, X86_RBX), 0x19, 0xd8);
    /* and %rbx,%rax */
    T(x86_alu_rr(b, true, X86_AND, X86_RAX, X86_RBX), 0x48, 0x21, 0xd8);
    /* and %ebx,%eax */
    T(x86_alu_rr(b, false, X86_AND, X86_RAX, X86_RBX), 0x21, 0xd8);
    /* sub %rbx,%rax */
    T(x86_alu_rr(b, true, X86_SUB, X86_RAX, X86_RBX), 0x48, 0x29, 0xd8);
    /* sub %ebx,%eax */
    T(x86_alu_rr(b, false, X86_SUB, X86_RAX, X86_RBX), 0x29, 0xd8);
    /* xor %rbx,%rax */
    T(x86_alu_rr(b, true, X86_XOR, X86_RAX, X86_RBX), 0x48, 0x31, 0xd8);
    /* xor %ebx,%eax */
    T(x86_alu_rr(b, false, X86_XOR, X86_RAX, X86_RBX), 0x31, 0xd8);
    /* cmp %rbx,%rax */
    T(x86_alu_rr(b, true, X86_CMP, X86_RAX, X86_RBX), 0x48, 0x39, 0xd8);
    /* cmp %ebx,%eax */
    T(x86_alu_rr(b, false, X86_CMP, X86_RAX, X86_RBX), 0x39, 0xd8);
    /* sub %rax,%r15 */
    T(x86_alu_rr(b, true, X86_SUB, X86_R15, X86_RAX), 0x49, 0x29, 0xc7);
    /* sub %r15,%rax */
    T(x86_alu_rr(b, true, X86_SUB, X86_RAX, X86_R15), 0x4c, 0x29, 0xf8);
    /* sub %r13,%r12 */
    T(x86_alu_rr(b, true, X86_SUB, X86_R12, X86_R13), 0x4d, 0x29, 0xec);
    /* sub %rbp,%rsp */
    T(x86_alu_rr(b, true, X86_SUB, X86_RSP, X86_RBP), 0x48, 0x29, 0xec);
    /* sub %rcx,%r8 */
    T(x86_alu_rr(b, true, X86_SUB, X86_R8, X86_RCX), 0x49, 0x29, 0xc8);
    /* sub %eax,%r15d */
    T(x86_alu_rr(b, false, X86_SUB, X86_R15, X86_RAX), 0x41, 0x29, 0xc7);
    /* sub %r15d,%eax */
    T(x86_alu_rr(b, false, X86_SUB, X86_RAX, X86_R15), 0x44, 0x29, 0xf8);
    /* sub %r13d,%r12d */
    T(x86_alu_rr(b, false, X86_SUB, X86_R12, X86_R13), 0x45, 0x29, 0xec);
    /* sub %ebp,%esp */
    T(x86_alu_rr(b, false, X86_SUB, X86_RSP, X86_RBP), 0x29, 0xec);
    /* sub %ecx,%r8d */
    T(x86_alu_rr(b, false, X86_SUB, X86_R8, X86_RCX), 0x41, 0x29, 0xc8);
    /* addq $1,%rcx */
    T(x86_alu_ri(b, true, X86_ADD, X86_RCX, 1), 0x48, 0x83, 0xc1, 0x01);
    /* addl $0x1000,%eax */
    T(x86_alu_ri(b, false, X86_ADD, X86_RAX, 0x1000),
      0x05, 0x00, 0x10, 0x00, 0x00);
    /* orq $1,%rcx */
    T(x86_alu_ri(b, true, X86_OR, X86_RCX, 1), 0x48, 0x83, 0xc9, 0x01);
    /* orl $0x1000,%eax */
    T(x86_alu_ri(b, false, X86_OR, X86_RAX, 0x1000),
      0x0d, 0x00, 0x10, 0x00, 0x00);
    /* adcq $1,%rcx */
    T(x86_alu_ri(b, true, X86_ADC, X86_RCX, 1), 0x48, 0x83, 0xd1, 0x01);
    /* adcl $0x1000,%eax */
    T(x86_alu_ri(b, false, X86_ADC, X86_RAX, 0x1000),
      0x15, 0x00, 0x10, 0x00, 0x00);
    /* sbbq $1,%rcx */
    T(x86_alu_ri(b, true, X86_SBB, X86_RCX, 1), 0x48, 0x83, 0xd9, 0x01);
    /* sbbl $0x1000,%eax */
    T(x86_alu_ri(b, false, X86_SBB, X86_RAX, 0x1000),
      0x1d, 0x00, 0x10, 0x00, 0x00);
    /* andq $1,%rcx */
    T(x86_alu_ri(b, true, X86_AND, X86_RCX, 1), 0x48, 0x83, 0xe1, 0x01);
    /* andl $0x1000,%eax */
    T(x86_alu_ri(b, false, X86_AND, X86_RAX, 0x1000),
      0x25, 0x00, 0x10, 0x00, 0x00);
    /* subq $1,%rcx */
    T(x86_alu_ri(b, true, X86_SUB, X86_RCX, 1), 0x48, 0x83, 0xe9, 0x01);
    /* subl $0x1000,%eax */
    T(x86_alu_ri(b, false, X86_SUB, X86_RAX, 0x1000),
      0x2d, 0x00, 0x10, 0x00, 0x00);
    /* xorq $1,%rcx */
    T(x86_alu_ri(b, true, X86_XOR, X86_RCX, 1), 0x48, 0x83, 0xf1, 0x01);
    /* xorl $0x1000,%eax */
    T(x86_alu_ri(b, false, X86_XOR, X86_RAX, 0x1000),
      0x35, 0x00, 0x10, 0x00, 0x00);
    /* cmpq $1,%rcx */
    T(x86_alu_ri(b, true, X86_CMP, X86_RCX, 1), 0x48, 0x83, 0xf9, 0x01);
    /* cmpl $0x1000,%eax */
    T(x86_alu_ri(b, false, X86_CMP, X86_RAX, 0x1000),
      0x3d, 0x00, 0x10, 0x00, 0x00);
    /* addq $127,%rax */
    T(x86_alu_ri(b, true, X86_ADD, X86_RAX, 127), 0x48, 0x83, 0xc0, 0x7f);
    /* addq $128,%rax */
    T(x86_alu_ri(b, true, X86_ADD, X86_RAX, 128),
      0x48, 0x05, 0x80, 0x00, 0x00, 0x00);
    /* addq $-128,%rax */
    T(x86_alu_ri(b, true, X86_ADD, X86_RAX, -128), 0x48, 0x83, 0xc0, 0x80);
    /* addq $-129,%rax */
    T(x86_alu_ri(b, true, X86_ADD, X86_RAX, -129),
      0x48, 0x05, 0x7f, 0xff, 0xff, 0xff);
    /* addq $2147483647,%rax */
    T(x86_alu_ri(b, true, X86_ADD, X86_RAX, 0x7fffffff),
      0x48, 0x05, 0xff, 0xff, 0xff, 0x7f);
    /* addq $-2147483648,%rax */
    T(x86_alu_ri(b, true, X86_ADD, X86_RAX, INT32_MIN),
      0x48, 0x05, 0x00, 0x00, 0x00, 0x80);
    /* addq $0,%rax */
    T(x86_alu_ri(b, true, X86_ADD, X86_RAX, 0), 0x48, 0x83, 0xc0, 0x00);
    /* addq $127,%rcx */
    T(x86_alu_ri(b, true, X86_ADD, X86_RCX, 127), 0x48, 0x83, 0xc1, 0x7f);
    /* addq $128,%rcx */
    T(x86_alu_ri(b, true, X86_ADD, X86_RCX, 128),
      0x48, 0x81, 0xc1, 0x80, 0x00, 0x00, 0x00);
    /* addq $-128,%rcx */
    T(x86_alu_ri(b, true, X86_ADD, X86_RCX, -128), 0x48, 0x83, 0xc1, 0x80);
    /* addq $-129,%rcx */
    T(x86_alu_ri(b, true, X86_ADD, X86_RCX, -129),
      0x48, 0x81, 0xc1, 0x7f, 0xff, 0xff, 0xff);
    /* addq $2147483647,%rcx */
    T(x86_alu_ri(b, true, X86_ADD, X86_RCX, 0x7fffffff),
      0x48, 0x81, 0xc1, 0xff, 0xff, 0xff, 0x7f);
    /* addq $-2147483648,%rcx */
    T(x86_alu_ri(b, true, X86_ADD, X86_RCX, INT32_MIN),
      0x48, 0x81, 0xc1, 0x00, 0x00, 0x00, 0x80);
    /* addq $0,%rcx */
    T(x86_alu_ri(b, true, X86_ADD, X86_RCX, 0), 0x48, 0x83, 0xc1, 0x00);
    /* addq $127,%r12 */
    T(x86_alu_ri(b, true, X86_ADD, X86_R12, 127), 0x49, 0x83, 0xc4, 0x7f);
    /* addq $128,%r12 */
    T(x86_alu_ri(b, true, X86_ADD, X86_R12, 128),
      0x49, 0x81, 0xc4, 0x80, 0x00, 0x00, 0x00);
    /* addq $-128,%r12 */
    T(x86_alu_ri(b, true, X86_ADD, X86_R12, -128), 0x49, 0x83, 0xc4, 0x80);
    /* addq $-129,%r12 */
    T(x86_alu_ri(b, true, X86_ADD, X86_R12, -129),
      0x49, 0x81, 0xc4, 0x7f, 0xff, 0xff, 0xff);
    /* addq $2147483647,%r12 */
    T(x86_alu_ri(b, true, X86_ADD, X86_R12, 0x7fffffff),
      0x49, 0x81, 0xc4, 0xff, 0xff, 0xff, 0x7f);
    /* addq $-2147483648,%r12 */
    T(x86_alu_ri(b, true, X86_ADD, X86_R12, INT32_MIN),
      0x49, 0x81, 0xc4, 0x00, 0x00, 0x00, 0x80);
    /* addq $0,%r12 */
    T(x86_alu_ri(b, true, X86_ADD, X86_R12, 0), 0x49, 0x83, 0xc4, 0x00);
    /* cmpq $-1,%r13 */
    T(x86_alu_ri(b, true, X86_CMP, X86_R13, -1), 0x49, 0x83, 0xfd, 0xff);
    /* andq $0xff,%rax */
    T(x86_alu_ri(b, true, X86_AND, X86_RAX, 0xff),
      0x48, 0x25, 0xff, 0x00, 0x00, 0x00);
    /* addl $127,%eax */
    T(x86_alu_ri(b, false, X86_ADD, X86_RAX, 127), 0x83, 0xc0, 0x7f);
    /* addl $128,%eax */
    T(x86_alu_ri(b, false, X86_ADD, X86_RAX, 128),
      0x05, 0x80, 0x00, 0x00, 0x00);
    /* addl $-128,%eax */
    T(x86_alu_ri(b, false, X86_ADD, X86_RAX, -128), 0x83, 0xc0, 0x80);
    /* addl $-129,%eax */
    T(x86_alu_ri(b, false, X86_ADD, X86_RAX, -129),
      0x05, 0x7f, 0xff, 0xff, 0xff);
    /* addl $2147483647,%eax */
    T(x86_alu_ri(b, false, X86_ADD, X86_RAX, 0x7fffffff),
      0x05, 0xff, 0xff, 0xff, 0x7f);
    /* addl $-2147483648,%eax */
    T(x86_alu_ri(b, false, X86_ADD, X86_RAX, INT32_MIN),
      0x05, 0x00, 0x00, 0x00, 0x80);
    /* addl $0,%eax */
    T(x86_alu_ri(b, false, X86_ADD, X86_RAX, 0), 0x83, 0xc0, 0x00);
    /* addl $127,%ecx */
    T(x86_alu_ri(b, false, X86_ADD, X86_RCX, 127), 0x83, 0xc1, 0x7f);
    /* addl $128,%ecx */
    T(x86_alu_ri(b, false, X86_ADD, X86_RCX, 128),
      0x81, 0xc1, 0x80, 0x00, 0x00, 0x00);
    /* addl $-128,%ecx */
    T(x86_alu_ri(b, false, X86_ADD, X86_RCX, -128), 0x83, 0xc1, 0x80);
    /* addl $-129,%ecx */
    T(x86_alu_ri(b, false, X86_ADD, X86_RCX, -129),
      0x81, 0xc1, 0x7f, 0xff, 0xff, 0xff);
    /* addl $2147483647,%ecx */
    T(x86_alu_ri(b, false, X86_ADD, X86_RCX, 0x7fffffff),
      0x81, 0xc1, 0xff, 0xff, 0xff, 0x7f);
    /* addl $-2147483648,%ecx */
    T(x86_alu_ri(b, false, X86_ADD, X86_RCX, INT32_MIN),
      0x81, 0xc1, 0x00, 0x00, 0x00, 0x80);
    /* addl $0,%ecx */
    T(x86_alu_ri(b, false, X86_ADD, X86_RCX, 0), 0x83, 0xc1, 0x00);
    /* addl $127,%r12d */
    T(x86_alu_ri(b, false, X86_ADD, X86_R12, 127), 0x41, 0x83, 0xc4, 0x7f);
    /* addl $128,%r12d */
    T(x86_alu_ri(b, false, X86_ADD, X86_R12, 128),
      0x41, 0x81, 0xc4, 0x80, 0x00, 0x00, 0x00);
    /* addl $-128,%r12d */
    T(x86_alu_ri(b, false, X86_ADD, X86_R12, -128), 0x41, 0x83, 0xc4, 0x80);
    /* addl $-129,%r12d */
    T(x86_alu_ri(b, false, X86_ADD, X86_R12, -129),
      0x41, 0x81, 0xc4, 0x7f, 0xff, 0xff, 0xff);
    /* addl $2147483647,%r12d */
    T(x86_alu_ri(b, false, X86_ADD, X86_R12, 0x7fffffff),
      0x41, 0x81, 0xc4, 0xff, 0xff, 0xff, 0x7f);
    /* addl $-2147483648,%r12d */
    T(x86_alu_ri(b, false, X86_ADD, X86_R12, INT32_MIN),
      0x41, 0x81, 0xc4, 0x00, 0x00, 0x00, 0x80);
    /* addl $0,%r12d */
    T(x86_alu_ri(b, false, X86_ADD, X86_R12, 0), 0x41, 0x83, 0xc4, 0x00);
    /* cmpl $-1,%r13d */
    T(x86_alu_ri(b, false, X86_CMP, X86_R13, -1), 0x41, 0x83, 0xfd, 0xff);
    /* andl $0xff,%eax */
    T(x86_alu_ri(b, false, X86_AND, X86_RAX, 0xff),
      0x25, 0xff, 0x00, 0x00, 0x00);
}

static void test_alu_mem(void)
{
    /* add (%rax),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_RAX, 0)),
      0x48, 0x03, 0x10);
    /* add 8(%rax),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_RAX, 8)),
      0x48, 0x03, 0x50, 0x08);
    /* add 127(%rax),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_RAX, 127)),
      0x48, 0x03, 0x50, 0x7f);
    /* add 128(%rax),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_RAX, 128)),
      0x48, 0x03, 0x90, 0x80, 0x00, 0x00, 0x00);
    /* add -128(%rax),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_RAX, -128)),
      0x48, 0x03, 0x50, 0x80);
    /* add -129(%rax),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_RAX, -129)),
      0x48, 0x03, 0x90, 0x7f, 0xff, 0xff, 0xff);
    /* add 0x12345678(%rax),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_RAX, 0x12345678)),
      0x48, 0x03, 0x90, 0x78, 0x56, 0x34, 0x12);
    /* add (%rsp),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_RSP, 0)),
      0x48, 0x03, 0x14, 0x24);
    /* add 8(%rsp),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_RSP, 8)),
      0x48, 0x03, 0x54, 0x24, 0x08);
    /* add 127(%rsp),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_RSP, 127)),
      0x48, 0x03, 0x54, 0x24, 0x7f);
    /* add 128(%rsp),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_RSP, 128)),
      0x48, 0x03, 0x94, 0x24, 0x80, 0x00, 0x00, 0x00);
    /* add -128(%rsp),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_RSP, -128)),
      0x48, 0x03, 0x54, 0x24, 0x80);
    /* add -129(%rsp),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_RSP, -129)),
      0x48, 0x03, 0x94, 0x24, 0x7f, 0xff, 0xff, 0xff);
    /* add 0x12345678(%rsp),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_RSP, 0x12345678)),
      0x48, 0x03, 0x94, 0x24, 0x78, 0x56, 0x34, 0x12);
    /* add (%rbp),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_RBP, 0)),
      0x48, 0x03, 0x55, 0x00);
    /* add 8(%rbp),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_RBP, 8)),
      0x48, 0x03, 0x55, 0x08);
    /* add 127(%rbp),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_RBP, 127)),
      0x48, 0x03, 0x55, 0x7f);
    /* add 128(%rbp),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_RBP, 128)),
      0x48, 0x03, 0x95, 0x80, 0x00, 0x00, 0x00);
    /* add -128(%rbp),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_RBP, -128)),
      0x48, 0x03, 0x55, 0x80);
    /* add -129(%rbp),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_RBP, -129)),
      0x48, 0x03, 0x95, 0x7f, 0xff, 0xff, 0xff);
    /* add 0x12345678(%rbp),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_RBP, 0x12345678)),
      0x48, 0x03, 0x95, 0x78, 0x56, 0x34, 0x12);
    /* add (%r12),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_R12, 0)),
      0x49, 0x03, 0x14, 0x24);
    /* add 8(%r12),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_R12, 8)),
      0x49, 0x03, 0x54, 0x24, 0x08);
    /* add 127(%r12),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_R12, 127)),
      0x49, 0x03, 0x54, 0x24, 0x7f);
    /* add 128(%r12),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_R12, 128)),
      0x49, 0x03, 0x94, 0x24, 0x80, 0x00, 0x00, 0x00);
    /* add -128(%r12),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_R12, -128)),
      0x49, 0x03, 0x54, 0x24, 0x80);
    /* add -129(%r12),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_R12, -129)),
      0x49, 0x03, 0x94, 0x24, 0x7f, 0xff, 0xff, 0xff);
    /* add 0x12345678(%r12),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_R12, 0x12345678)),
      0x49, 0x03, 0x94, 0x24, 0x78, 0x56, 0x34, 0x12);
    /* add (%r13),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_R13, 0)),
      0x49, 0x03, 0x55, 0x00);
    /* add 8(%r13),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_R13, 8)),
      0x49, 0x03, 0x55, 0x08);
    /* add 127(%r13),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_R13, 127)),
      0x49, 0x03, 0x55, 0x7f);
    /* add 128(%r13),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_R13, 128)),
      0x49, 0x03, 0x95, 0x80, 0x00, 0x00, 0x00);
    /* add -128(%r13),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_R13, -128)),
      0x49, 0x03, 0x55, 0x80);
    /* add -129(%r13),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_R13, -129)),
      0x49, 0x03, 0x95, 0x7f, 0xff, 0xff, 0xff);
    /* add 0x12345678(%r13),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_R13, 0x12345678)),
      0x49, 0x03, 0x95, 0x78, 0x56, 0x34, 0x12);
    /* add (%r15),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_R15, 0)),
      0x49, 0x03, 0x17);
    /* add 8(%r15),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_R15, 8)),
      0x49, 0x03, 0x57, 0x08);
    /* add 127(%r15),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_R15, 127)),
      0x49, 0x03, 0x57, 0x7f);
    /* add 128(%r15),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_R15, 128)),
      0x49, 0x03, 0x97, 0x80, 0x00, 0x00, 0x00);
    /* add -128(%r15),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_R15, -128)),
      0x49, 0x03, 0x57, 0x80);
    /* add -129(%r15),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_R15, -129)),
      0x49, 0x03, 0x97, 0x7f, 0xff, 0xff, 0xff);
    /* add 0x12345678(%r15),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_R15, 0x12345678)),
      0x49, 0x03, 0x97, 0x78, 0x56, 0x34, 0x12);
    /* add (%rbx),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_RBX, 0)),
      0x48, 0x03, 0x13);
    /* add 8(%rbx),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_RBX, 8)),
      0x48, 0x03, 0x53, 0x08);
    /* add 127(%rbx),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_RBX, 127)),
      0x48, 0x03, 0x53, 0x7f);
    /* add 128(%rbx),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_RBX, 128)),
      0x48, 0x03, 0x93, 0x80, 0x00, 0x00, 0x00);
    /* add -128(%rbx),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_RBX, -128)),
      0x48, 0x03, 0x53, 0x80);
    /* add -129(%rbx),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_RBX, -129)),
      0x48, 0x03, 0x93, 0x7f, 0xff, 0xff, 0xff);
    /* add 0x12345678(%rbx),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_RBX, 0x12345678)),
      0x48, 0x03, 0x93, 0x78, 0x56, 0x34, 0x12);
    /* add (%rdi),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_RDI, 0)),
      0x48, 0x03, 0x17);
    /* add 8(%rdi),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_RDI, 8)),
      0x48, 0x03, 0x57, 0x08);
    /* add 127(%rdi),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_RDI, 127)),
      0x48, 0x03, 0x57, 0x7f);
    /* add 128(%rdi),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_RDI, 128)),
      0x48, 0x03, 0x97, 0x80, 0x00, 0x00, 0x00);
    /* add -128(%rdi),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_RDI, -128)),
      0x48, 0x03, 0x57, 0x80);
    /* add -129(%rdi),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_RDI, -129)),
      0x48, 0x03, 0x97, 0x7f, 0xff, 0xff, 0xff);
    /* add 0x12345678(%rdi),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX, x86_mem(X86_RDI, 0x12345678)),
      0x48, 0x03, 0x97, 0x78, 0x56, 0x34, 0x12);
    /* add (%rax,%rcx,1),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX,
      x86_mem_idx(X86_RAX, X86_RCX, 1, 0)),
      0x48, 0x03, 0x14, 0x08);
    /* add 16(%rax,%r9,8),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX,
      x86_mem_idx(X86_RAX, X86_R9, 8, 16)),
      0x4a, 0x03, 0x54, 0xc8, 0x10);
    /* add (%r13,%r12,2),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX,
      x86_mem_idx(X86_R13, X86_R12, 2, 0)),
      0x4b, 0x03, 0x54, 0x65, 0x00);
    /* add (%rbp,%rax,4),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX,
      x86_mem_idx(X86_RBP, X86_RAX, 4, 0)),
      0x48, 0x03, 0x54, 0x85, 0x00);
    /* add (%rsp,%rbp,8),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX,
      x86_mem_idx(X86_RSP, X86_RBP, 8, 0)),
      0x48, 0x03, 0x14, 0xec);
    /* add -200(%r12,%r15,4),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX,
      x86_mem_idx(X86_R12, X86_R15, 4, -200)),
      0x4b, 0x03, 0x94, 0xbc, 0x38, 0xff, 0xff, 0xff);
    /* add 0x1000(%rbx,%rsi,2),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX,
      x86_mem_idx(X86_RBX, X86_RSI, 2, 0x1000)),
      0x48, 0x03, 0x94, 0x73, 0x00, 0x10, 0x00, 0x00);
    /* add 16(,%rcx,4),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX,
      x86_mem_idx(X86_NOREG, X86_RCX, 4, 16)),
      0x48, 0x03, 0x14, 0x8d, 0x10, 0x00, 0x00, 0x00);
    /* add -8(,%r12,8),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX,
      x86_mem_idx(X86_NOREG, X86_R12, 8, -8)),
      0x4a, 0x03, 0x14, 0xe5, 0xf8, 0xff, 0xff, 0xff);
    /* add 0(,%rax,1),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX,
      x86_mem_idx(X86_NOREG, X86_RAX, 1, 0)),
      0x48, 0x03, 0x14, 0x05, 0x00, 0x00, 0x00, 0x00);
    /* add 127(%r8,%rbp,1),%rdx */
    T(x86_alu_rm(b, true, X86_ADD, X86_RDX,
      x86_mem_idx(X86_R8, X86_RBP, 1, 127)),
      0x49, 0x03, 0x54, 0x28, 0x7f);
    /* add (%rax),%edx */
    T(x86_alu_rm(b, false, X86_ADD, X86_RDX, x86_mem(X86_RAX, 0)), 0x03, 0x10);
    /* add -129(%rax),%edx */
    T(x86_alu_rm(b, false, X86_ADD, X86_RDX, x86_mem(X86_RAX, -129)),
      0x03, 0x90, 0x7f, 0xff, 0xff, 0xff);
    /* add 128(%rsp),%edx */
    T(x86_alu_rm(b, false, X86_ADD, X86_RDX, x86_mem(X86_RSP, 128)),
      0x03, 0x94, 0x24, 0x80, 0x00, 0x00, 0x00);
    /* add 8(%rbp),%edx */
    T(x86_alu_rm(b, false, X86_ADD, X86_RDX, x86_mem(X86_RBP, 8)),
      0x03, 0x55, 0x08);
    /* add 0x12345678(%rbp),%edx */
    T(x86_alu_rm(b, false, X86_ADD, X86_RDX, x86_mem(X86_RBP, 0x12345678)),
      0x03, 0x95, 0x78, 0x56, 0x34, 0x12);
    /* add -128(%r12),%edx */
    T(x86_alu_rm(b, false, X86_ADD, X86_RDX, x86_mem(X86_R12, -128)),
      0x41, 0x03, 0x54, 0x24, 0x80);
    /* add 127(%r13),%edx */
    T(x86_alu_rm(b, false, X86_ADD, X86_RDX, x86_mem(X86_R13, 127)),
      0x41, 0x03, 0x55, 0x7f);
    /* add (%r15),%edx */
    T(x86_alu_rm(b, false, X86_ADD, X86_RDX, x86_mem(X86_R15, 0)),
      0x41, 0x03, 0x17);
    /* add -129(%r15),%edx */
    T(x86_alu_rm(b, false, X86_ADD, X86_RDX, x86_mem(X86_R15, -129)),
      0x41, 0x03, 0x97, 0x7f, 0xff, 0xff, 0xff);
    /* add 128(%rbx),%edx */
    T(x86_alu_rm(b, false, X86_ADD, X86_RDX, x86_mem(X86_RBX, 128)),
      0x03, 0x93, 0x80, 0x00, 0x00, 0x00);
    /* add 8(%rdi),%edx */
    T(x86_alu_rm(b, false, X86_ADD, X86_RDX, x86_mem(X86_RDI, 8)),
      0x03, 0x57, 0x08);
    /* add 0x12345678(%rdi),%edx */
    T(x86_alu_rm(b, false, X86_ADD, X86_RDX, x86_mem(X86_RDI, 0x12345678)),
      0x03, 0x97, 0x78, 0x56, 0x34, 0x12);
    /* add (%rsp,%rbp,8),%edx */
    T(x86_alu_rm(b, false, X86_ADD, X86_RDX,
      x86_mem_idx(X86_RSP, X86_RBP, 8, 0)),
      0x03, 0x14, 0xec);
    /* add 0(,%rax,1),%edx */
    T(x86_alu_rm(b, false, X86_ADD, X86_RDX,
      x86_mem_idx(X86_NOREG, X86_RAX, 1, 0)),
      0x03, 0x14, 0x05, 0x00, 0x00, 0x00, 0x00);
    /* xor (%rax),%r11 */
    T(x86_alu_rm(b, true, X86_XOR, X86_R11, x86_mem(X86_RAX, 0)),
      0x4c, 0x33, 0x18);
    /* or %r10,(%rax) */
    T(x86_alu_mr(b, true, X86_OR, x86_mem(X86_RAX, 0), X86_R10),
      0x4c, 0x09, 0x10);
    /* sub %esi,(%rax) */
    T(x86_alu_mr(b, false, X86_SUB, x86_mem(X86_RAX, 0), X86_RSI), 0x29, 0x30);
    /* xor 0x12345678(%rax),%r11 */
    T(x86_alu_rm(b, true, X86_XOR, X86_R11, x86_mem(X86_RAX, 0x12345678)),
      0x4c, 0x33, 0x98, 0x78, 0x56, 0x34, 0x12);
    /* or %r10,0x12345678(%rax) */
    T(x86_alu_mr(b, true, X86_OR, x86_mem(X86_RAX, 0x12345678), X86_R10),
      0x4c, 0x09, 0x90, 0x78, 0x56, 0x34, 0x12);
    /* sub %esi,0x12345678(%rax) */
    T(x86_alu_mr(b, false, X86_SUB, x86_mem(X86_RAX, 0x12345678), X86_RSI),
      0x29, 0xb0, 0x78, 0x56, 0x34, 0x12);
    /* xor -129(%rsp),%r11 */
    T(x86_alu_rm(b, true, X86_XOR, X86_R11, x86_mem(X86_RSP, -129)),
      0x4c, 0x33, 0x9c, 0x24, 0x7f, 0xff, 0xff, 0xff);
    /* or %r10,-129(%rsp) */
    T(x86_alu_mr(b, true, X86_OR, x86_mem(X86_RSP, -129), X86_R10),
      0x4c, 0x09, 0x94, 0x24, 0x7f, 0xff, 0xff, 0xff);
    /* sub %esi,-129(%rsp) */
    T(x86_alu_mr(b, false, X86_SUB, x86_mem(X86_RSP, -129), X86_RSI),
      0x29, 0xb4, 0x24, 0x7f, 0xff, 0xff, 0xff);
    /* xor -128(%rbp),%r11 */
    T(x86_alu_rm(b, true, X86_XOR, X86_R11, x86_mem(X86_RBP, -128)),
      0x4c, 0x33, 0x5d, 0x80);
    /* or %r10,-128(%rbp) */
    T(x86_alu_mr(b, true, X86_OR, x86_mem(X86_RBP, -128), X86_R10),
      0x4c, 0x09, 0x55, 0x80);
    /* sub %esi,-128(%rbp) */
    T(x86_alu_mr(b, false, X86_SUB, x86_mem(X86_RBP, -128), X86_RSI),
      0x29, 0x75, 0x80);
    /* xor 128(%r12),%r11 */
    T(x86_alu_rm(b, true, X86_XOR, X86_R11, x86_mem(X86_R12, 128)),
      0x4d, 0x33, 0x9c, 0x24, 0x80, 0x00, 0x00, 0x00);
    /* or %r10,128(%r12) */
    T(x86_alu_mr(b, true, X86_OR, x86_mem(X86_R12, 128), X86_R10),
      0x4d, 0x09, 0x94, 0x24, 0x80, 0x00, 0x00, 0x00);
    /* sub %esi,128(%r12) */
    T(x86_alu_mr(b, false, X86_SUB, x86_mem(X86_R12, 128), X86_RSI),
      0x41, 0x29, 0xb4, 0x24, 0x80, 0x00, 0x00, 0x00);
    /* xor 127(%r13),%r11 */
    T(x86_alu_rm(b, true, X86_XOR, X86_R11, x86_mem(X86_R13, 127)),
      0x4d, 0x33, 0x5d, 0x7f);
    /* or %r10,127(%r13) */
    T(x86_alu_mr(b, true, X86_OR, x86_mem(X86_R13, 127), X86_R10),
      0x4d, 0x09, 0x55, 0x7f);
    /* sub %esi,127(%r13) */
    T(x86_alu_mr(b, false, X86_SUB, x86_mem(X86_R13, 127), X86_RSI),
      0x41, 0x29, 0x75, 0x7f);
    /* xor 8(%r15),%r11 */
    T(x86_alu_rm(b, true, X86_XOR, X86_R11, x86_mem(X86_R15, 8)),
      0x4d, 0x33, 0x5f, 0x08);
    /* or %r10,8(%r15) */
    T(x86_alu_mr(b, true, X86_OR, x86_mem(X86_R15, 8), X86_R10),
      0x4d, 0x09, 0x57, 0x08);
    /* sub %esi,8(%r15) */
    T(x86_alu_mr(b, false, X86_SUB, x86_mem(X86_R15, 8), X86_RSI),
      0x41, 0x29, 0x77, 0x08);
    /* xor (%rbx),%r11 */
    T(x86_alu_rm(b, true, X86_XOR, X86_R11, x86_mem(X86_RBX, 0)),
      0x4c, 0x33, 0x1b);
    /* or %r10,(%rbx) */
    T(x86_alu_mr(b, true, X86_OR, x86_mem(X86_RBX, 0), X86_R10),
      0x4c, 0x09, 0x13);
    /* sub %esi,(%rbx) */
    T(x86_alu_mr(b, false, X86_SUB, x86_mem(X86_RBX, 0), X86_RSI), 0x29, 0x33);
    /* xor 0x12345678(%rbx),%r11 */
    T(x86_alu_rm(b, true, X86_XOR, X86_R11, x86_mem(X86_RBX, 0x12345678)),
      0x4c, 0x33, 0x9b, 0x78, 0x56, 0x34, 0x12);
    /* or %r10,0x12345678(%rbx) */
    T(x86_alu_mr(b, true, X86_OR, x86_mem(X86_RBX, 0x12345678), X86_R10),
      0x4c, 0x09, 0x93, 0x78, 0x56, 0x34, 0x12);
    /* sub %esi,0x12345678(%rbx) */
    T(x86_alu_mr(b, false, X86_SUB, x86_mem(X86_RBX, 0x12345678), X86_RSI),
      0x29, 0xb3, 0x78, 0x56, 0x34, 0x12);
    /* xor -129(%rdi),%r11 */
    T(x86_alu_rm(b, true, X86_XOR, X86_R11, x86_mem(X86_RDI, -129)),
      0x4c, 0x33, 0x9f, 0x7f, 0xff, 0xff, 0xff);
    /* or %r10,-129(%rdi) */
    T(x86_alu_mr(b, true, X86_OR, x86_mem(X86_RDI, -129), X86_R10),
      0x4c, 0x09, 0x97, 0x7f, 0xff, 0xff, 0xff);
    /* sub %esi,-129(%rdi) */
    T(x86_alu_mr(b, false, X86_SUB, x86_mem(X86_RDI, -129), X86_RSI),
      0x29, 0xb7, 0x7f, 0xff, 0xff, 0xff);
    /* xor (%rsp,%rbp,8),%r11 */
    T(x86_alu_rm(b, true, X86_XOR, X86_R11,
      x86_mem_idx(X86_RSP, X86_RBP, 8, 0)),
      0x4c, 0x33, 0x1c, 0xec);
    /* or %r10,(%rsp,%rbp,8) */
    T(x86_alu_mr(b, true, X86_OR, x86_mem_idx(X86_RSP, X86_RBP, 8, 0), X86_R10),
      0x4c, 0x09, 0x14, 0xec);
    /* sub %esi,(%rsp,%rbp,8) */
    T(x86_alu_mr(b, false, X86_SUB,
      x86_mem_idx(X86_RSP, X86_RBP, 8, 0), X86_RSI),
      0x29, 0x34, 0xec);
    /* xor 127(%r8,%rbp,1),%r11 */
    T(x86_alu_rm(b, true, X86_XOR, X86_R11,
      x86_mem_idx(X86_R8, X86_RBP, 1, 127)),
      0x4d, 0x33, 0x5c, 0x28, 0x7f);
    /* or %r10,127(%r8,%rbp,1) */
    T(x86_alu_mr(b, true, X86_OR,
      x86_mem_idx(X86_R8, X86_RBP, 1, 127), X86_R10),
      0x4d, 0x09, 0x54, 0x28, 0x7f);
    /* sub %esi,127(%r8,%rbp,1) */
    T(x86_alu_mr(b, false, X86_SUB,
      x86_mem_idx(X86_R8, X86_RBP, 1, 127), X86_RSI),
      0x41, 0x29, 0x74, 0x28, 0x7f);
    /* add -8(%rbp),%r9d */
    T(x86_alu_rm(b, false, X86_ADD, X86_R9, x86_mem(X86_RBP, -8)),
      0x44, 0x03, 0x4d, 0xf8);
    /* add %rcx,-8(%rbp) */
    T(x86_alu_mr(b, true, X86_ADD, x86_mem(X86_RBP, -8), X86_RCX),
      0x48, 0x01, 0x4d, 0xf8);
    /* addq $3,-8(%rbp) */
    T(x86_alu_mi(b, true, X86_ADD, x86_mem(X86_RBP, -8), 3),
      0x48, 0x83, 0x45, 0xf8, 0x03);
    /* or -8(%rbp),%r9d */
    T(x86_alu_rm(b, false, X86_OR, X86_R9, x86_mem(X86_RBP, -8)),
      0x44, 0x0b, 0x4d, 0xf8);
    /* or %rcx,-8(%rbp) */
    T(x86_alu_mr(b, true, X86_OR, x86_mem(X86_RBP, -8), X86_RCX),
      0x48, 0x09, 0x4d, 0xf8);
    /* orq $3,-8(%rbp) */
    T(x86_alu_mi(b, true, X86_OR, x86_mem(X86_RBP, -8), 3),
      0x48, 0x83, 0x4d, 0xf8, 0x03);
    /* adc -8(%rbp),%r9d */
    T(x86_alu_rm(b, false, X86_ADC, X86_R9, x86_mem(X86_RBP, -8)),
      0x44, 0x13, 0x4d, 0xf8);
    /* adc %rcx,-8(%rbp) */
    T(x86_alu_mr(b, true, X86_ADC, x86_mem(X86_RBP, -8), X86_RCX),
      0x48, 0x11, 0x4d, 0xf8);
    /* adcq $3,-8(%rbp) */
    T(x86_alu_mi(b, true, X86_ADC, x86_mem(X86_RBP, -8), 3),
      0x48, 0x83, 0x55, 0xf8, 0x03);
    /* sbb -8(%rbp),%r9d */
    T(x86_alu_rm(b, false, X86_SBB, X86_R9, x86_mem(X86_RBP, -8)),
      0x44, 0x1b, 0x4d, 0xf8);
    /* sbb %rcx,-8(%rbp) */
    T(x86_alu_mr(b, true, X86_SBB, x86_mem(X86_RBP, -8), X86_RCX),
      0x48, 0x19, 0x4d, 0xf8);
    /* sbbq $3,-8(%rbp) */
    T(x86_alu_mi(b, true, X86_SBB, x86_mem(X86_RBP, -8), 3),
      0x48, 0x83, 0x5d, 0xf8, 0x03);
    /* and -8(%rbp),%r9d */
    T(x86_alu_rm(b, false, X86_AND, X86_R9, x86_mem(X86_RBP, -8)),
      0x44, 0x23, 0x4d, 0xf8);
    /* and %rcx,-8(%rbp) */
    T(x86_alu_mr(b, true, X86_AND, x86_mem(X86_RBP, -8), X86_RCX),
      0x48, 0x21, 0x4d, 0xf8);
    /* andq $3,-8(%rbp) */
    T(x86_alu_mi(b, true, X86_AND, x86_mem(X86_RBP, -8), 3),
      0x48, 0x83, 0x65, 0xf8, 0x03);
    /* sub -8(%rbp),%r9d */
    T(x86_alu_rm(b, false, X86_SUB, X86_R9, x86_mem(X86_RBP, -8)),
      0x44, 0x2b, 0x4d, 0xf8);
    /* sub %rcx,-8(%rbp) */
    T(x86_alu_mr(b, true, X86_SUB, x86_mem(X86_RBP, -8), X86_RCX),
      0x48, 0x29, 0x4d, 0xf8);
    /* subq $3,-8(%rbp) */
    T(x86_alu_mi(b, true, X86_SUB, x86_mem(X86_RBP, -8), 3),
      0x48, 0x83, 0x6d, 0xf8, 0x03);
    /* xor -8(%rbp),%r9d */
    T(x86_alu_rm(b, false, X86_XOR, X86_R9, x86_mem(X86_RBP, -8)),
      0x44, 0x33, 0x4d, 0xf8);
    /* xor %rcx,-8(%rbp) */
    T(x86_alu_mr(b, true, X86_XOR, x86_mem(X86_RBP, -8), X86_RCX),
      0x48, 0x31, 0x4d, 0xf8);
    /* xorq $3,-8(%rbp) */
    T(x86_alu_mi(b, true, X86_XOR, x86_mem(X86_RBP, -8), 3),
      0x48, 0x83, 0x75, 0xf8, 0x03);
    /* cmp -8(%rbp),%r9d */
    T(x86_alu_rm(b, false, X86_CMP, X86_R9, x86_mem(X86_RBP, -8)),
      0x44, 0x3b, 0x4d, 0xf8);
    /* cmp %rcx,-8(%rbp) */
    T(x86_alu_mr(b, true, X86_CMP, x86_mem(X86_RBP, -8), X86_RCX),
      0x48, 0x39, 0x4d, 0xf8);
    /* cmpq $3,-8(%rbp) */
    T(x86_alu_mi(b, true, X86_CMP, x86_mem(X86_RBP, -8), 3),
      0x48, 0x83, 0x7d, 0xf8, 0x03);
    /* cmpq $127,(%rsp) */
    T(x86_alu_mi(b, true, X86_CMP, x86_mem(X86_RSP, 0), 127),
      0x48, 0x83, 0x3c, 0x24, 0x7f);
    /* cmpq $128,(%rsp) */
    T(x86_alu_mi(b, true, X86_CMP, x86_mem(X86_RSP, 0), 128),
      0x48, 0x81, 0x3c, 0x24, 0x80, 0x00, 0x00, 0x00);
    /* cmpq $-128,(%rsp) */
    T(x86_alu_mi(b, true, X86_CMP, x86_mem(X86_RSP, 0), -128),
      0x48, 0x83, 0x3c, 0x24, 0x80);
    /* cmpq $-129,(%rsp) */
    T(x86_alu_mi(b, true, X86_CMP, x86_mem(X86_RSP, 0), -129),
      0x48, 0x81, 0x3c, 0x24, 0x7f, 0xff, 0xff, 0xff);
    /* cmpq $2147483647,(%rsp) */
    T(x86_alu_mi(b, true, X86_CMP, x86_mem(X86_RSP, 0), 0x7fffffff),
      0x48, 0x81, 0x3c, 0x24, 0xff, 0xff, 0xff, 0x7f);
    /* cmpq $127,(%r13) */
    T(x86_alu_mi(b, true, X86_CMP, x86_mem(X86_R13, 0), 127),
      0x49, 0x83, 0x7d, 0x00, 0x7f);
    /* cmpq $128,(%r13) */
    T(x86_alu_mi(b, true, X86_CMP, x86_mem(X86_R13, 0), 128),
      0x49, 0x81, 0x7d, 0x00, 0x80, 0x00, 0x00, 0x00);
    /* cmpq $-128,(%r13) */
    T(x86_alu_mi(b, true, X86_CMP, x86_mem(X86_R13, 0), -128),
      0x49, 0x83, 0x7d, 0x00, 0x80);
    /* cmpq $-129,(%r13) */
    T(x86_alu_mi(b, true, X86_CMP, x86_mem(X86_R13, 0), -129),
      0x49, 0x81, 0x7d, 0x00, 0x7f, 0xff, 0xff, 0xff);
    /* cmpq $2147483647,(%r13) */
    T(x86_alu_mi(b, true, X86_CMP, x86_mem(X86_R13, 0), 0x7fffffff),
      0x49, 0x81, 0x7d, 0x00, 0xff, 0xff, 0xff, 0x7f);
    /* cmpq $127,200(%r12) */
    T(x86_alu_mi(b, true, X86_CMP, x86_mem(X86_R12, 200), 127),
      0x49, 0x83, 0xbc, 0x24, 0xc8, 0x00, 0x00, 0x00, 0x7f);
    /* cmpq $128,200(%r12) */
    T(x86_alu_mi(b, true, X86_CMP, x86_mem(X86_R12, 200), 128),
      0x49, 0x81, 0xbc, 0x24, 0xc8, 0x00, 0x00, 0x00, 0x80, 0x00, 0x00, 0x00);
    /* cmpq $-128,200(%r12) */
    T(x86_alu_mi(b, true, X86_CMP, x86_mem(X86_R12, 200), -128),
      0x49, 0x83, 0xbc, 0x24, 0xc8, 0x00, 0x00, 0x00, 0x80);
    /* cmpq $-129,200(%r12) */
    T(x86_alu_mi(b, true, X86_CMP, x86_mem(X86_R12, 200), -129),
      0x49, 0x81, 0xbc, 0x24, 0xc8, 0x00, 0x00, 0x00, 0x7f, 0xff, 0xff, 0xff);
    /* cmpq $2147483647,200(%r12) */
    T(x86_alu_mi(b, true, X86_CMP, x86_mem(X86_R12, 200), 0x7fffffff),
      0x49, 0x81, 0xbc, 0x24, 0xc8, 0x00, 0x00, 0x00, 0xff, 0xff, 0xff, 0x7f);
    /* cmpq $127,(%rax,%r11,8) */
    T(x86_alu_mi(b, true, X86_CMP, x86_mem_idx(X86_RAX, X86_R11, 8, 0), 127),
      0x4a, 0x83, 0x3c, 0xd8, 0x7f);
    /* cmpq $128,(%rax,%r11,8) */
    T(x86_alu_mi(b, true, X86_CMP, x86_mem_idx(X86_RAX, X86_R11, 8, 0), 128),
      0x4a, 0x81, 0x3c, 0xd8, 0x80, 0x00, 0x00, 0x00);
    /* cmpq $-128,(%rax,%r11,8) */
    T(x86_alu_mi(b, true, X86_CMP, x86_mem_idx(X86_RAX, X86_R11, 8, 0), -128),
      0x4a, 0x83, 0x3c, 0xd8, 0x80);
    /* cmpq $-129,(%rax,%r11,8) */
    T(x86_alu_mi(b, true, X86_CMP, x86_mem_idx(X86_RAX, X86_R11, 8, 0), -129),
      0x4a, 0x81, 0x3c, 0xd8, 0x7f, 0xff, 0xff, 0xff);
    /* cmpq $2147483647,(%rax,%r11,8) */
    T(x86_alu_mi(b, true, X86_CMP,
      x86_mem_idx(X86_RAX, X86_R11, 8, 0), 0x7fffffff),
      0x4a, 0x81, 0x3c, 0xd8, 0xff, 0xff, 0xff, 0x7f);
    /* cmpl $127,(%rsp) */
    T(x86_alu_mi(b, false, X86_CMP, x86_mem(X86_RSP, 0), 127),
      0x83, 0x3c, 0x24, 0x7f);
    /* cmpl $128,(%rsp) */
    T(x86_alu_mi(b, false, X86_CMP, x86_mem(X86_RSP, 0), 128),
      0x81, 0x3c, 0x24, 0x80, 0x00, 0x00, 0x00);
    /* cmpl $-128,(%rsp) */
    T(x86_alu_mi(b, false, X86_CMP, x86_mem(X86_RSP, 0), -128),
      0x83, 0x3c, 0x24, 0x80);
    /* cmpl $-129,(%rsp) */
    T(x86_alu_mi(b, false, X86_CMP, x86_mem(X86_RSP, 0), -129),
      0x81, 0x3c, 0x24, 0x7f, 0xff, 0xff, 0xff);
    /* cmpl $2147483647,(%rsp) */
    T(x86_alu_mi(b, false, X86_CMP, x86_mem(X86_RSP, 0), 0x7fffffff),
      0x81, 0x3c, 0x24, 0xff, 0xff, 0xff, 0x7f);
    /* cmpl $127,(%r13) */
    T(x86_alu_mi(b, false, X86_CMP, x86_mem(X86_R13, 0), 127),
      0x41, 0x83, 0x7d, 0x00, 0x7f);
    /* cmpl $128,(%r13) */
    T(x86_alu_mi(b, false, X86_CMP, x86_mem(X86_R13, 0), 128),
      0x41, 0x81, 0x7d, 0x00, 0x80, 0x00, 0x00, 0x00);
    /* cmpl $-128,(%r13) */
    T(x86_alu_mi(b, false, X86_CMP, x86_mem(X86_R13, 0), -128),
      0x41, 0x83, 0x7d, 0x00, 0x80);
    /* cmpl $-129,(%r13) */
    T(x86_alu_mi(b, false, X86_CMP, x86_mem(X86_R13, 0), -129),
      0x41, 0x81, 0x7d, 0x00, 0x7f, 0xff, 0xff, 0xff);
    /* cmpl $2147483647,(%r13) */
    T(x86_alu_mi(b, false, X86_CMP, x86_mem(X86_R13, 0), 0x7fffffff),
      0x41, 0x81, 0x7d, 0x00, 0xff, 0xff, 0xff, 0x7f);
    /* cmpl $127,200(%r12) */
    T(x86_alu_mi(b, false, X86_CMP, x86_mem(X86_R12, 200), 127),
      0x41, 0x83, 0xbc, 0x24, 0xc8, 0x00, 0x00, 0x00, 0x7f);
    /* cmpl $128,200(%r12) */
    T(x86_alu_mi(b, false, X86_CMP, x86_mem(X86_R12, 200), 128),
      0x41, 0x81, 0xbc, 0x24, 0xc8, 0x00, 0x00, 0x00, 0x80, 0x00, 0x00, 0x00);
    /* cmpl $-128,200(%r12) */
    T(x86_alu_mi(b, false, X86_CMP, x86_mem(X86_R12, 200), -128),
      0x41, 0x83, 0xbc, 0x24, 0xc8, 0x00, 0x00, 0x00, 0x80);
    /* cmpl $-129,200(%r12) */
    T(x86_alu_mi(b, false, X86_CMP, x86_mem(X86_R12, 200), -129),
      0x41, 0x81, 0xbc, 0x24, 0xc8, 0x00, 0x00, 0x00, 0x7f, 0xff, 0xff, 0xff);
    /* cmpl $2147483647,200(%r12) */
    T(x86_alu_mi(b, false, X86_CMP, x86_mem(X86_R12, 200), 0x7fffffff),
      0x41, 0x81, 0xbc, 0x24, 0xc8, 0x00, 0x00, 0x00, 0xff, 0xff, 0xff, 0x7f);
    /* cmpl $127,(%rax,%r11,8) */
    T(x86_alu_mi(b, false, X86_CMP, x86_mem_idx(X86_RAX, X86_R11, 8, 0), 127),
      0x42, 0x83, 0x3c, 0xd8, 0x7f);
    /* cmpl $128,(%rax,%r11,8) */
    T(x86_alu_mi(b, false, X86_CMP, x86_mem_idx(X86_RAX, X86_R11, 8, 0), 128),
      0x42, 0x81, 0x3c, 0xd8, 0x80, 0x00, 0x00, 0x00);
    /* cmpl $-128,(%rax,%r11,8) */
    T(x86_alu_mi(b, false, X86_CMP, x86_mem_idx(X86_RAX, X86_R11, 8, 0), -128),
      0x42, 0x83, 0x3c, 0xd8, 0x80);
    /* cmpl $-129,(%rax,%r11,8) */
    T(x86_alu_mi(b, false, X86_CMP, x86_mem_idx(X86_RAX, X86_R11, 8, 0), -129),
      0x42, 0x81, 0x3c, 0xd8, 0x7f, 0xff, 0xff, 0xff);
    /* cmpl $2147483647,(%rax,%r11,8) */
    T(x86_alu_mi(b, false, X86_CMP,
      x86_mem_idx(X86_RAX, X86_R11, 8, 0), 0x7fffffff),
      0x42, 0x81, 0x3c, 0xd8, 0xff, 0xff, 0xff, 0x7f);
}

static void test_mov(void)
{
    /* mov %rbx,%rax */
    T(x86_mov_rr(b, true, X86_RAX, X86_RBX), 0x48, 0x89, 0xd8);
    /* mov %rax,%r15 */
    T(x86_mov_rr(b, true, X86_R15, X86_RAX), 0x49, 0x89, 0xc7);
    /* mov %r15,%rax */
    T(x86_mov_rr(b, true, X86_RAX, X86_R15), 0x4c, 0x89, 0xf8);
    /* mov %rbp,%rsp */
    T(x86_mov_rr(b, true, X86_RSP, X86_RBP), 0x48, 0x89, 0xec);
    /* mov %r13,%r12 */
    T(x86_mov_rr(b, true, X86_R12, X86_R13), 0x4d, 0x89, 0xec);
    /* mov %rdi,%rdi */
    T(x86_mov_rr(b, true, X86_RDI, X86_RDI), 0x48, 0x89, 0xff);
    /* mov %ebx,%eax */
    T(x86_mov_rr(b, false, X86_RAX, X86_RBX), 0x89, 0xd8);
    /* mov %eax,%r15d */
    T(x86_mov_rr(b, false, X86_R15, X86_RAX), 0x41, 0x89, 0xc7);
    /* mov %r15d,%eax */
    T(x86_mov_rr(b, false, X86_RAX, X86_R15), 0x44, 0x89, 0xf8);
    /* mov %ebp,%esp */
    T(x86_mov_rr(b, false, X86_RSP, X86_RBP), 0x89, 0xec);
    /* mov %r13d,%r12d */
    T(x86_mov_rr(b, false, X86_R12, X86_R13), 0x45, 0x89, 0xec);
    /* mov %edi,%edi */
    T(x86_mov_rr(b, false, X86_RDI, X86_RDI), 0x89, 0xff);
    /* mov $0x0,%eax */
    T(x86_mov_ri(b, X86_RAX, 0x0u), 0xb8, 0x00, 0x00, 0x00, 0x00);
    /* mov $0x1,%eax */
    T(x86_mov_ri(b, X86_RAX, 0x1u), 0xb8, 0x01, 0x00, 0x00, 0x00);
    /* mov $0x7fffffff,%eax */
    T(x86_mov_ri(b, X86_RAX, 0x7fffffffu), 0xb8, 0xff, 0xff, 0xff, 0x7f);
    /* mov $0x80000000,%eax */
    T(x86_mov_ri(b, X86_RAX, 0x80000000u), 0xb8, 0x00, 0x00, 0x00, 0x80);
    /* mov $0xffffffff,%eax */
    T(x86_mov_ri(b, X86_RAX, 0xffffffffu), 0xb8, 0xff, 0xff, 0xff, 0xff);
    /* movq $-1,%rax */
    T(x86_mov_ri(b, X86_RAX, 0xffffffffffffffffu),
      0x48, 0xc7, 0xc0, 0xff, 0xff, 0xff, 0xff);
    /* movq $-0x80000000,%rax */
    T(x86_mov_ri(b, X86_RAX, 0xffffffff80000000u),
      0x48, 0xc7, 0xc0, 0x00, 0x00, 0x00, 0x80);
    /* movq $-2,%rax */
    T(x86_mov_ri(b, X86_RAX, 0xfffffffffffffffeu),
      0x48, 0xc7, 0xc0, 0xfe, 0xff, 0xff, 0xff);
    /* movabs $0x100000000,%rax */
    T(x86_mov_ri(b, X86_RAX, 0x100000000u),
      0x48, 0xb8, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00);
    /* movabs $0x10000000000,%rax */
    T(x86_mov_ri(b, X86_RAX, 0x10000000000u),
      0x48, 0xb8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00);
    /* movabs $0x123456789abcdef0,%rax */
    T(x86_mov_ri(b, X86_RAX, 0x123456789abcdef0u),
      0x48, 0xb8, 0xf0, 0xde, 0xbc, 0x9a, 0x78, 0x56, 0x34, 0x12);
    /* movabs $0x8000000000000000,%rax */
    T(x86_mov_ri(b, X86_RAX, 0x8000000000000000u),
      0x48, 0xb8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80);
    /* movabs $0x7fffffff80000000,%rax */
    T(x86_mov_ri(b, X86_RAX, 0x7fffffff80000000u),
      0x48, 0xb8, 0x00, 0x00, 0x00, 0x80, 0xff, 0xff, 0xff, 0x7f);
    /* mov $0x0,%edi */
    T(x86_mov_ri(b, X86_RDI, 0x0u), 0xbf, 0x00, 0x00, 0x00, 0x00);
    /* mov $0x1,%edi */
    T(x86_mov_ri(b, X86_RDI, 0x1u), 0xbf, 0x01, 0x00, 0x00, 0x00);
    /* mov $0x7fffffff,%edi */
    T(x86_mov_ri(b, X86_RDI, 0x7fffffffu), 0xbf, 0xff, 0xff, 0xff, 0x7f);
    /* mov $0x80000000,%edi */
    T(x86_mov_ri(b, X86_RDI, 0x80000000u), 0xbf, 0x00, 0x00, 0x00, 0x80);
    /* mov $0xffffffff,%edi */
    T(x86_mov_ri(b, X86_RDI, 0xffffffffu), 0xbf, 0xff, 0xff, 0xff, 0xff);
    /* movq $-1,%rdi */
    T(x86_mov_ri(b, X86_RDI, 0xffffffffffffffffu),
      0x48, 0xc7, 0xc7, 0xff, 0xff, 0xff, 0xff);
    /* movq $-0x80000000,%rdi */
    T(x86_mov_ri(b, X86_RDI, 0xffffffff80000000u),
      0x48, 0xc7, 0xc7, 0x00, 0x00, 0x00, 0x80);
    /* movq $-2,%rdi */
    T(x86_mov_ri(b, X86_RDI, 0xfffffffffffffffeu),
      0x48, 0xc7, 0xc7, 0xfe, 0xff, 0xff, 0xff);
    /* movabs $0x100000000,%rdi */
    T(x86_mov_ri(b, X86_RDI, 0x100000000u),
      0x48, 0xbf, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00);
    /* movabs $0x10000000000,%rdi */
    T(x86_mov_ri(b, X86_RDI, 0x10000000000u),
      0x48, 0xbf, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00);
    /* movabs $0x123456789abcdef0,%rdi */
    T(x86_mov_ri(b, X86_RDI, 0x123456789abcdef0u),
      0x48, 0xbf, 0xf0, 0xde, 0xbc, 0x9a, 0x78, 0x56, 0x34, 0x12);
    /* movabs $0x8000000000000000,%rdi */
    T(x86_mov_ri(b, X86_RDI, 0x8000000000000000u),
      0x48, 0xbf, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80);
    /* movabs $0x7fffffff80000000,%rdi */
    T(x86_mov_ri(b, X86_RDI, 0x7fffffff80000000u),
      0x48, 0xbf, 0x00, 0x00, 0x00, 0x80, 0xff, 0xff, 0xff, 0x7f);
    /* mov $0x0,%r8d */
    T(x86_mov_ri(b, X86_R8, 0x0u), 0x41, 0xb8, 0x00, 0x00, 0x00, 0x00);
    /* mov $0x1,%r8d */
    T(x86_mov_ri(b, X86_R8, 0x1u), 0x41, 0xb8, 0x01, 0x00, 0x00, 0x00);
    /* mov $0x7fffffff,%r8d */
    T(x86_mov_ri(b, X86_R8, 0x7fffffffu), 0x41, 0xb8, 0xff, 0xff, 0xff, 0x7f);
    /* mov $0x80000000,%r8d */
    T(x86_mov_ri(b, X86_R8, 0x80000000u), 0x41, 0xb8, 0x00, 0x00, 0x00, 0x80);
    /* mov $0xffffffff,%r8d */
    T(x86_mov_ri(b, X86_R8, 0xffffffffu), 0x41, 0xb8, 0xff, 0xff, 0xff, 0xff);
    /* movq $-1,%r8 */
    T(x86_mov_ri(b, X86_R8, 0xffffffffffffffffu),
      0x49, 0xc7, 0xc0, 0xff, 0xff, 0xff, 0xff);
    /* movq $-0x80000000,%r8 */
    T(x86_mov_ri(b, X86_R8, 0xffffffff80000000u),
      0x49, 0xc7, 0xc0, 0x00, 0x00, 0x00, 0x80);
    /* movq $-2,%r8 */
    T(x86_mov_ri(b, X86_R8, 0xfffffffffffffffeu),
      0x49, 0xc7, 0xc0, 0xfe, 0xff, 0xff, 0xff);
    /* movabs $0x100000000,%r8 */
    T(x86_mov_ri(b, X86_R8, 0x100000000u),
      0x49, 0xb8, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00);
    /* movabs $0x10000000000,%r8 */
    T(x86_mov_ri(b, X86_R8, 0x10000000000u),
      0x49, 0xb8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00);
    /* movabs $0x123456789abcdef0,%r8 */
    T(x86_mov_ri(b, X86_R8, 0x123456789abcdef0u),
      0x49, 0xb8, 0xf0, 0xde, 0xbc, 0x9a, 0x78, 0x56, 0x34, 0x12);
    /* movabs $0x8000000000000000,%r8 */
    T(x86_mov_ri(b, X86_R8, 0x8000000000000000u),
      0x49, 0xb8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80);
    /* movabs $0x7fffffff80000000,%r8 */
    T(x86_mov_ri(b, X86_R8, 0x7fffffff80000000u),
      0x49, 0xb8, 0x00, 0x00, 0x00, 0x80, 0xff, 0xff, 0xff, 0x7f);
    /* mov $0x0,%r15d */
    T(x86_mov_ri(b, X86_R15, 0x0u), 0x41, 0xbf, 0x00, 0x00, 0x00, 0x00);
    /* mov $0x1,%r15d */
    T(x86_mov_ri(b, X86_R15, 0x1u), 0x41, 0xbf, 0x01, 0x00, 0x00, 0x00);
    /* mov $0x7fffffff,%r15d */
    T(x86_mov_ri(b, X86_R15, 0x7fffffffu), 0x41, 0xbf, 0xff, 0xff, 0xff, 0x7f);
    /* mov $0x80000000,%r15d */
    T(x86_mov_ri(b, X86_R15, 0x80000000u), 0x41, 0xbf, 0x00, 0x00, 0x00, 0x80);
    /* mov $0xffffffff,%r15d */
    T(x86_mov_ri(b, X86_R15, 0xffffffffu), 0x41, 0xbf, 0xff, 0xff, 0xff, 0xff);
    /* movq $-1,%r15 */
    T(x86_mov_ri(b, X86_R15, 0xffffffffffffffffu),
      0x49, 0xc7, 0xc7, 0xff, 0xff, 0xff, 0xff);
    /* movq $-0x80000000,%r15 */
    T(x86_mov_ri(b, X86_R15, 0xffffffff80000000u),
      0x49, 0xc7, 0xc7, 0x00, 0x00, 0x00, 0x80);
    /* movq $-2,%r15 */
    T(x86_mov_ri(b, X86_R15, 0xfffffffffffffffeu),
      0x49, 0xc7, 0xc7, 0xfe, 0xff, 0xff, 0xff);
    /* movabs $0x100000000,%r15 */
    T(x86_mov_ri(b, X86_R15, 0x100000000u),
      0x49, 0xbf, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00);
    /* movabs $0x10000000000,%r15 */
    T(x86_mov_ri(b, X86_R15, 0x10000000000u),
      0x49, 0xbf, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00);
    /* movabs $0x123456789abcdef0,%r15 */
    T(x86_mov_ri(b, X86_R15, 0x123456789abcdef0u),
      0x49, 0xbf, 0xf0, 0xde, 0xbc, 0x9a, 0x78, 0x56, 0x34, 0x12);
    /* movabs $0x8000000000000000,%r15 */
    T(x86_mov_ri(b, X86_R15, 0x8000000000000000u),
      0x49, 0xbf, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80);
    /* movabs $0x7fffffff80000000,%r15 */
    T(x86_mov_ri(b, X86_R15, 0x7fffffff80000000u),
      0x49, 0xbf, 0x00, 0x00, 0x00, 0x80, 0xff, 0xff, 0xff, 0x7f);
}

static void test_load(void)
{
    /* movzbl (%r13),%eax */
    T(x86_load(b, X86_RAX, x86_mem(X86_R13, 0), 1, false, false),
      0x41, 0x0f, 0xb6, 0x45, 0x00);
    /* movzbl (%r13),%eax */
    T(x86_load(b, X86_RAX, x86_mem(X86_R13, 0), 1, false, true),
      0x41, 0x0f, 0xb6, 0x45, 0x00);
    /* movsbl (%r13),%eax */
    T(x86_load(b, X86_RAX, x86_mem(X86_R13, 0), 1, true, false),
      0x41, 0x0f, 0xbe, 0x45, 0x00);
    /* movsbq (%r13),%rax */
    T(x86_load(b, X86_RAX, x86_mem(X86_R13, 0), 1, true, true),
      0x49, 0x0f, 0xbe, 0x45, 0x00);
    /* movzwl (%r13),%eax */
    T(x86_load(b, X86_RAX, x86_mem(X86_R13, 0), 2, false, false),
      0x41, 0x0f, 0xb7, 0x45, 0x00);
    /* movzwl (%r13),%eax */
    T(x86_load(b, X86_RAX, x86_mem(X86_R13, 0), 2, false, true),
      0x41, 0x0f, 0xb7, 0x45, 0x00);
    /* movswl (%r13),%eax */
    T(x86_load(b, X86_RAX, x86_mem(X86_R13, 0), 2, true, false),
      0x41, 0x0f, 0xbf, 0x45, 0x00);
    /* movswq (%r13),%rax */
    T(x86_load(b, X86_RAX, x86_mem(X86_R13, 0), 2, true, true),
      0x49, 0x0f, 0xbf, 0x45, 0x00);
    /* movl (%r13),%eax */
    T(x86_load(b, X86_RAX, x86_mem(X86_R13, 0), 4, false, false),
      0x41, 0x8b, 0x45, 0x00);
    /* movl (%r13),%eax */
    T(x86_load(b, X86_RAX, x86_mem(X86_R13, 0), 4, false, true),
      0x41, 0x8b, 0x45, 0x00);
    /* movl (%r13),%eax */
    T(x86_load(b, X86_RAX, x86_mem(X86_R13, 0), 4, true, false),
      0x41, 0x8b, 0x45, 0x00);
    /* movslq (%r13),%rax */
    T(x86_load(b, X86_RAX, x86_mem(X86_R13, 0), 4, true, true),
      0x49, 0x63, 0x45, 0x00);
    /* movq (%r13),%rax */
    T(x86_load(b, X86_RAX, x86_mem(X86_R13, 0), 8, false, true),
      0x49, 0x8b, 0x45, 0x00);
    /* movzbl (%r13),%esi */
    T(x86_load(b, X86_RSI, x86_mem(X86_R13, 0), 1, false, false),
      0x41, 0x0f, 0xb6, 0x75, 0x00);
    /* movzbl (%r13),%esi */
    T(x86_load(b, X86_RSI, x86_mem(X86_R13, 0), 1, false, true),
      0x41, 0x0f, 0xb6, 0x75, 0x00);
    /* movsbl (%r13),%esi */
    T(x86_load(b, X86_RSI, x86_mem(X86_R13, 0), 1, true, false),
      0x41, 0x0f, 0xbe, 0x75, 0x00);
    /* movsbq (%r13),%rsi */
    T(x86_load(b, X86_RSI, x86_mem(X86_R13, 0), 1, true, true),
      0x49, 0x0f, 0xbe, 0x75, 0x00);
    /* movzwl (%r13),%esi */
    T(x86_load(b, X86_RSI, x86_mem(X86_R13, 0), 2, false, false),
      0x41, 0x0f, 0xb7, 0x75, 0x00);
    /* movzwl (%r13),%esi */
    T(x86_load(b, X86_RSI, x86_mem(X86_R13, 0), 2, false, true),
      0x41, 0x0f, 0xb7, 0x75, 0x00);
    /* movswl (%r13),%esi */
    T(x86_load(b, X86_RSI, x86_mem(X86_R13, 0), 2, true, false),
      0x41, 0x0f, 0xbf, 0x75, 0x00);
    /* movswq (%r13),%rsi */
    T(x86_load(b, X86_RSI, x86_mem(X86_R13, 0), 2, true, true),
      0x49, 0x0f, 0xbf, 0x75, 0x00);
    /* movl (%r13),%esi */
    T(x86_load(b, X86_RSI, x86_mem(X86_R13, 0), 4, false, false),
      0x41, 0x8b, 0x75, 0x00);
    /* movl (%r13),%esi */
    T(x86_load(b, X86_RSI, x86_mem(X86_R13, 0), 4, false, true),
      0x41, 0x8b, 0x75, 0x00);
    /* movl (%r13),%esi */
    T(x86_load(b, X86_RSI, x86_mem(X86_R13, 0), 4, true, false),
      0x41, 0x8b, 0x75, 0x00);
    /* movslq (%r13),%rsi */
    T(x86_load(b, X86_RSI, x86_mem(X86_R13, 0), 4, true, true),
      0x49, 0x63, 0x75, 0x00);
    /* movq (%r13),%rsi */
    T(x86_load(b, X86_RSI, x86_mem(X86_R13, 0), 8, false, true),
      0x49, 0x8b, 0x75, 0x00);
    /* movzbl (%rax),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_RAX, 0), 1, false, false),
      0x44, 0x0f, 0xb6, 0x08);
    /* movzbl (%rax),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_RAX, 0), 1, false, true),
      0x44, 0x0f, 0xb6, 0x08);
    /* movsbl (%rax),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_RAX, 0), 1, true, false),
      0x44, 0x0f, 0xbe, 0x08);
    /* movsbq (%rax),%r9 */
    T(x86_load(b, X86_R9, x86_mem(X86_RAX, 0), 1, true, true),
      0x4c, 0x0f, 0xbe, 0x08);
    /* movzwl (%rax),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_RAX, 0), 2, false, false),
      0x44, 0x0f, 0xb7, 0x08);
    /* movzwl (%rax),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_RAX, 0), 2, false, true),
      0x44, 0x0f, 0xb7, 0x08);
    /* movswl (%rax),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_RAX, 0), 2, true, false),
      0x44, 0x0f, 0xbf, 0x08);
    /* movswq (%rax),%r9 */
    T(x86_load(b, X86_R9, x86_mem(X86_RAX, 0), 2, true, true),
      0x4c, 0x0f, 0xbf, 0x08);
    /* movl (%rax),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_RAX, 0), 4, false, false),
      0x44, 0x8b, 0x08);
    /* movl (%rax),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_RAX, 0), 4, false, true),
      0x44, 0x8b, 0x08);
    /* movl (%rax),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_RAX, 0), 4, true, false),
      0x44, 0x8b, 0x08);
    /* movslq (%rax),%r9 */
    T(x86_load(b, X86_R9, x86_mem(X86_RAX, 0), 4, true, true),
      0x4c, 0x63, 0x08);
    /* movq (%rax),%r9 */
    T(x86_load(b, X86_R9, x86_mem(X86_RAX, 0), 8, false, true),
      0x4c, 0x8b, 0x08);
    /* movzbl 8(%rsp),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_RSP, 8), 1, false, false),
      0x44, 0x0f, 0xb6, 0x4c, 0x24, 0x08);
    /* movzbl 8(%rsp),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_RSP, 8), 1, false, true),
      0x44, 0x0f, 0xb6, 0x4c, 0x24, 0x08);
    /* movsbl 8(%rsp),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_RSP, 8), 1, true, false),
      0x44, 0x0f, 0xbe, 0x4c, 0x24, 0x08);
    /* movsbq 8(%rsp),%r9 */
    T(x86_load(b, X86_R9, x86_mem(X86_RSP, 8), 1, true, true),
      0x4c, 0x0f, 0xbe, 0x4c, 0x24, 0x08);
    /* movzwl 8(%rsp),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_RSP, 8), 2, false, false),
      0x44, 0x0f, 0xb7, 0x4c, 0x24, 0x08);
    /* movzwl 8(%rsp),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_RSP, 8), 2, false, true),
      0x44, 0x0f, 0xb7, 0x4c, 0x24, 0x08);
    /* movswl 8(%rsp),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_RSP, 8), 2, true, false),
      0x44, 0x0f, 0xbf, 0x4c, 0x24, 0x08);
    /* movswq 8(%rsp),%r9 */
    T(x86_load(b, X86_R9, x86_mem(X86_RSP, 8), 2, true, true),
      0x4c, 0x0f, 0xbf, 0x4c, 0x24, 0x08);
    /* movl 8(%rsp),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_RSP, 8), 4, false, false),
      0x44, 0x8b, 0x4c, 0x24, 0x08);
    /* movl 8(%rsp),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_RSP, 8), 4, false, true),
      0x44, 0x8b, 0x4c, 0x24, 0x08);
    /* movl 8(%rsp),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_RSP, 8), 4, true, false),
      0x44, 0x8b, 0x4c, 0x24, 0x08);
    /* movslq 8(%rsp),%r9 */
    T(x86_load(b, X86_R9, x86_mem(X86_RSP, 8), 4, true, true),
      0x4c, 0x63, 0x4c, 0x24, 0x08);
    /* movq 8(%rsp),%r9 */
    T(x86_load(b, X86_R9, x86_mem(X86_RSP, 8), 8, false, true),
      0x4c, 0x8b, 0x4c, 0x24, 0x08);
    /* movzbl (%rbp),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_RBP, 0), 1, false, false),
      0x44, 0x0f, 0xb6, 0x4d, 0x00);
    /* movzbl (%rbp),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_RBP, 0), 1, false, true),
      0x44, 0x0f, 0xb6, 0x4d, 0x00);
    /* movsbl (%rbp),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_RBP, 0), 1, true, false),
      0x44, 0x0f, 0xbe, 0x4d, 0x00);
    /* movsbq (%rbp),%r9 */
    T(x86_load(b, X86_R9, x86_mem(X86_RBP, 0), 1, true, true),
      0x4c, 0x0f, 0xbe, 0x4d, 0x00);
    /* movzwl (%rbp),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_RBP, 0), 2, false, false),
      0x44, 0x0f, 0xb7, 0x4d, 0x00);
    /* movzwl (%rbp),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_RBP, 0), 2, false, true),
      0x44, 0x0f, 0xb7, 0x4d, 0x00);
    /* movswl (%rbp),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_RBP, 0), 2, true, false),
      0x44, 0x0f, 0xbf, 0x4d, 0x00);
    /* movswq (%rbp),%r9 */
    T(x86_load(b, X86_R9, x86_mem(X86_RBP, 0), 2, true, true),
      0x4c, 0x0f, 0xbf, 0x4d, 0x00);
    /* movl (%rbp),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_RBP, 0), 4, false, false),
      0x44, 0x8b, 0x4d, 0x00);
    /* movl (%rbp),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_RBP, 0), 4, false, true),
      0x44, 0x8b, 0x4d, 0x00);
    /* movl (%rbp),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_RBP, 0), 4, true, false),
      0x44, 0x8b, 0x4d, 0x00);
    /* movslq (%rbp),%r9 */
    T(x86_load(b, X86_R9, x86_mem(X86_RBP, 0), 4, true, true),
      0x4c, 0x63, 0x4d, 0x00);
    /* movq (%rbp),%r9 */
    T(x86_load(b, X86_R9, x86_mem(X86_RBP, 0), 8, false, true),
      0x4c, 0x8b, 0x4d, 0x00);
    /* movzbl -129(%r12),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_R12, -129), 1, false, false),
      0x45, 0x0f, 0xb6, 0x8c, 0x24, 0x7f, 0xff, 0xff, 0xff);
    /* movzbl -129(%r12),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_R12, -129), 1, false, true),
      0x45, 0x0f, 0xb6, 0x8c, 0x24, 0x7f, 0xff, 0xff, 0xff);
    /* movsbl -129(%r12),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_R12, -129), 1, true, false),
      0x45, 0x0f, 0xbe, 0x8c, 0x24, 0x7f, 0xff, 0xff, 0xff);
    /* movsbq -129(%r12),%r9 */
    T(x86_load(b, X86_R9, x86_mem(X86_R12, -129), 1, true, true),
      0x4d, 0x0f, 0xbe, 0x8c, 0x24, 0x7f, 0xff, 0xff, 0xff);
    /* movzwl -129(%r12),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_R12, -129), 2, false, false),
      0x45, 0x0f, 0xb7, 0x8c, 0x24, 0x7f, 0xff, 0xff, 0xff);
    /* movzwl -129(%r12),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_R12, -129), 2, false, true),
      0x45, 0x0f, 0xb7, 0x8c, 0x24, 0x7f, 0xff, 0xff, 0xff);
    /* movswl -129(%r12),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_R12, -129), 2, true, false),
      0x45, 0x0f, 0xbf, 0x8c, 0x24, 0x7f, 0xff, 0xff, 0xff);
    /* movswq -129(%r12),%r9 */
    T(x86_load(b, X86_R9, x86_mem(X86_R12, -129), 2, true, true),
      0x4d, 0x0f, 0xbf, 0x8c, 0x24, 0x7f, 0xff, 0xff, 0xff);
    /* movl -129(%r12),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_R12, -129), 4, false, false),
      0x45, 0x8b, 0x8c, 0x24, 0x7f, 0xff, 0xff, 0xff);
    /* movl -129(%r12),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_R12, -129), 4, false, true),
      0x45, 0x8b, 0x8c, 0x24, 0x7f, 0xff, 0xff, 0xff);
    /* movl -129(%r12),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_R12, -129), 4, true, false),
      0x45, 0x8b, 0x8c, 0x24, 0x7f, 0xff, 0xff, 0xff);
    /* movslq -129(%r12),%r9 */
    T(x86_load(b, X86_R9, x86_mem(X86_R12, -129), 4, true, true),
      0x4d, 0x63, 0x8c, 0x24, 0x7f, 0xff, 0xff, 0xff);
    /* movq -129(%r12),%r9 */
    T(x86_load(b, X86_R9, x86_mem(X86_R12, -129), 8, false, true),
      0x4d, 0x8b, 0x8c, 0x24, 0x7f, 0xff, 0xff, 0xff);
    /* movzbl (%r13),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_R13, 0), 1, false, false),
      0x45, 0x0f, 0xb6, 0x4d, 0x00);
    /* movzbl (%r13),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_R13, 0), 1, false, true),
      0x45, 0x0f, 0xb6, 0x4d, 0x00);
    /* movsbl (%r13),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_R13, 0), 1, true, false),
      0x45, 0x0f, 0xbe, 0x4d, 0x00);
    /* movsbq (%r13),%r9 */
    T(x86_load(b, X86_R9, x86_mem(X86_R13, 0), 1, true, true),
      0x4d, 0x0f, 0xbe, 0x4d, 0x00);
    /* movzwl (%r13),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_R13, 0), 2, false, false),
      0x45, 0x0f, 0xb7, 0x4d, 0x00);
    /* movzwl (%r13),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_R13, 0), 2, false, true),
      0x45, 0x0f, 0xb7, 0x4d, 0x00);
    /* movswl (%r13),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_R13, 0), 2, true, false),
      0x45, 0x0f, 0xbf, 0x4d, 0x00);
    /* movswq (%r13),%r9 */
    T(x86_load(b, X86_R9, x86_mem(X86_R13, 0), 2, true, true),
      0x4d, 0x0f, 0xbf, 0x4d, 0x00);
    /* movl (%r13),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_R13, 0), 4, false, false),
      0x45, 0x8b, 0x4d, 0x00);
    /* movl (%r13),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_R13, 0), 4, false, true),
      0x45, 0x8b, 0x4d, 0x00);
    /* movl (%r13),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_R13, 0), 4, true, false),
      0x45, 0x8b, 0x4d, 0x00);
    /* movslq (%r13),%r9 */
    T(x86_load(b, X86_R9, x86_mem(X86_R13, 0), 4, true, true),
      0x4d, 0x63, 0x4d, 0x00);
    /* movq (%r13),%r9 */
    T(x86_load(b, X86_R9, x86_mem(X86_R13, 0), 8, false, true),
      0x4d, 0x8b, 0x4d, 0x00);
    /* movzbl 0x400(%r15),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_R15, 0x400), 1, false, false),
      0x45, 0x0f, 0xb6, 0x8f, 0x00, 0x04, 0x00, 0x00);
    /* movzbl 0x400(%r15),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_R15, 0x400), 1, false, true),
      0x45, 0x0f, 0xb6, 0x8f, 0x00, 0x04, 0x00, 0x00);
    /* movsbl 0x400(%r15),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_R15, 0x400), 1, true, false),
      0x45, 0x0f, 0xbe, 0x8f, 0x00, 0x04, 0x00, 0x00);
    /* movsbq 0x400(%r15),%r9 */
    T(x86_load(b, X86_R9, x86_mem(X86_R15, 0x400), 1, true, true),
      0x4d, 0x0f, 0xbe, 0x8f, 0x00, 0x04, 0x00, 0x00);
    /* movzwl 0x400(%r15),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_R15, 0x400), 2, false, false),
      0x45, 0x0f, 0xb7, 0x8f, 0x00, 0x04, 0x00, 0x00);
    /* movzwl 0x400(%r15),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_R15, 0x400), 2, false, true),
      0x45, 0x0f, 0xb7, 0x8f, 0x00, 0x04, 0x00, 0x00);
    /* movswl 0x400(%r15),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_R15, 0x400), 2, true, false),
      0x45, 0x0f, 0xbf, 0x8f, 0x00, 0x04, 0x00, 0x00);
    /* movswq 0x400(%r15),%r9 */
    T(x86_load(b, X86_R9, x86_mem(X86_R15, 0x400), 2, true, true),
      0x4d, 0x0f, 0xbf, 0x8f, 0x00, 0x04, 0x00, 0x00);
    /* movl 0x400(%r15),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_R15, 0x400), 4, false, false),
      0x45, 0x8b, 0x8f, 0x00, 0x04, 0x00, 0x00);
    /* movl 0x400(%r15),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_R15, 0x400), 4, false, true),
      0x45, 0x8b, 0x8f, 0x00, 0x04, 0x00, 0x00);
    /* movl 0x400(%r15),%r9d */
    T(x86_load(b, X86_R9, x86_mem(X86_R15, 0x400), 4, true, false),
      0x45, 0x8b, 0x8f, 0x00, 0x04, 0x00, 0x00);
    /* movslq 0x400(%r15),%r9 */
    T(x86_load(b, X86_R9, x86_mem(X86_R15, 0x400), 4, true, true),
      0x4d, 0x63, 0x8f, 0x00, 0x04, 0x00, 0x00);
    /* movq 0x400(%r15),%r9 */
    T(x86_load(b, X86_R9, x86_mem(X86_R15, 0x400), 8, false, true),
      0x4d, 0x8b, 0x8f, 0x00, 0x04, 0x00, 0x00);
    /* movzbl 4(%rbx,%r14,8),%r9d */
    T(x86_load(b, X86_R9, x86_mem_idx(X86_RBX, X86_R14, 8, 4), 1, false, false),
      0x46, 0x0f, 0xb6, 0x4c, 0xf3, 0x04);
    /* movzbl 4(%rbx,%r14,8),%r9d */
    T(x86_load(b, X86_R9, x86_mem_idx(X86_RBX, X86_R14, 8, 4), 1, false, true),
      0x46, 0x0f, 0xb6, 0x4c, 0xf3, 0x04);
    /* movsbl 4(%rbx,%r14,8),%r9d */
    T(x86_load(b, X86_R9, x86_mem_idx(X86_RBX, X86_R14, 8, 4), 1, true, false),
      0x46, 0x0f, 0xbe, 0x4c, 0xf3, 0x04);
    /* movsbq 4(%rbx,%r14,8),%r9 */
    T(x86_load(b, X86_R9, x86_mem_idx(X86_RBX, X86_R14, 8, 4), 1, true, true),
      0x4e, 0x0f, 0xbe, 0x4c, 0xf3, 0x04);
    /* movzwl 4(%rbx,%r14,8),%r9d */
    T(x86_load(b, X86_R9, x86_mem_idx(X86_RBX, X86_R14, 8, 4), 2, false, false),
      0x46, 0x0f, 0xb7, 0x4c, 0xf3, 0x04);
    /* movzwl 4(%rbx,%r14,8),%r9d */
    T(x86_load(b, X86_R9, x86_mem_idx(X86_RBX, X86_R14, 8, 4), 2, false, true),
      0x46, 0x0f, 0xb7, 0x4c, 0xf3, 0x04);
    /* movswl 4(%rbx,%r14,8),%r9d */
    T(x86_load(b, X86_R9, x86_mem_idx(X86_RBX, X86_R14, 8, 4), 2, true, false),
      0x46, 0x0f, 0xbf, 0x4c, 0xf3, 0x04);
    /* movswq 4(%rbx,%r14,8),%r9 */
    T(x86_load(b, X86_R9, x86_mem_idx(X86_RBX, X86_R14, 8, 4), 2, true, true),
      0x4e, 0x0f, 0xbf, 0x4c, 0xf3, 0x04);
    /* movl 4(%rbx,%r14,8),%r9d */
    T(x86_load(b, X86_R9, x86_mem_idx(X86_RBX, X86_R14, 8, 4), 4, false, false),
      0x46, 0x8b, 0x4c, 0xf3, 0x04);
    /* movl 4(%rbx,%r14,8),%r9d */
    T(x86_load(b, X86_R9, x86_mem_idx(X86_RBX, X86_R14, 8, 4), 4, false, true),
      0x46, 0x8b, 0x4c, 0xf3, 0x04);
    /* movl 4(%rbx,%r14,8),%r9d */
    T(x86_load(b, X86_R9, x86_mem_idx(X86_RBX, X86_R14, 8, 4), 4, true, false),
      0x46, 0x8b, 0x4c, 0xf3, 0x04);
    /* movslq 4(%rbx,%r14,8),%r9 */
    T(x86_load(b, X86_R9, x86_mem_idx(X86_RBX, X86_R14, 8, 4), 4, true, true),
      0x4e, 0x63, 0x4c, 0xf3, 0x04);
    /* movq 4(%rbx,%r14,8),%r9 */
    T(x86_load(b, X86_R9, x86_mem_idx(X86_RBX, X86_R14, 8, 4), 8, false, true),
      0x4e, 0x8b, 0x4c, 0xf3, 0x04);
}

static void test_store(void)
{
    /* movb %al,(%rax) */
    T(x86_store(b, x86_mem(X86_RAX, 0), X86_RAX, 1), 0x88, 0x00);
    /* movw %ax,(%rax) */
    T(x86_store(b, x86_mem(X86_RAX, 0), X86_RAX, 2), 0x66, 0x89, 0x00);
    /* movl %eax,(%rax) */
    T(x86_store(b, x86_mem(X86_RAX, 0), X86_RAX, 4), 0x89, 0x00);
    /* movq %rax,(%rax) */
    T(x86_store(b, x86_mem(X86_RAX, 0), X86_RAX, 8), 0x48, 0x89, 0x00);
    /* movb %al,(%rsp) */
    T(x86_store(b, x86_mem(X86_RSP, 0), X86_RAX, 1), 0x88, 0x04, 0x24);
    /* movw %ax,(%rsp) */
    T(x86_store(b, x86_mem(X86_RSP, 0), X86_RAX, 2), 0x66, 0x89, 0x04, 0x24);
    /* movl %eax,(%rsp) */
    T(x86_store(b, x86_mem(X86_RSP, 0), X86_RAX, 4), 0x89, 0x04, 0x24);
    /* movq %rax,(%rsp) */
    T(x86_store(b, x86_mem(X86_RSP, 0), X86_RAX, 8), 0x48, 0x89, 0x04, 0x24);
    /* movb %spl,(%rax) */
    T(x86_store(b, x86_mem(X86_RAX, 0), X86_RSP, 1), 0x40, 0x88, 0x20);
    /* movw %sp,(%rax) */
    T(x86_store(b, x86_mem(X86_RAX, 0), X86_RSP, 2), 0x66, 0x89, 0x20);
    /* movl %esp,(%rax) */
    T(x86_store(b, x86_mem(X86_RAX, 0), X86_RSP, 4), 0x89, 0x20);
    /* movq %rsp,(%rax) */
    T(x86_store(b, x86_mem(X86_RAX, 0), X86_RSP, 8), 0x48, 0x89, 0x20);
    /* movb %spl,(%rsp) */
    T(x86_store(b, x86_mem(X86_RSP, 0), X86_RSP, 1), 0x40, 0x88, 0x24, 0x24);
    /* movw %sp,(%rsp) */
    T(x86_store(b, x86_mem(X86_RSP, 0), X86_RSP, 2), 0x66, 0x89, 0x24, 0x24);
    /* movl %esp,(%rsp) */
    T(x86_store(b, x86_mem(X86_RSP, 0), X86_RSP, 4), 0x89, 0x24, 0x24);
    /* movq %rsp,(%rsp) */
    T(x86_store(b, x86_mem(X86_RSP, 0), X86_RSP, 8), 0x48, 0x89, 0x24, 0x24);
    /* movb %bpl,(%rax) */
    T(x86_store(b, x86_mem(X86_RAX, 0), X86_RBP, 1), 0x40, 0x88, 0x28);
    /* movw %bp,(%rax) */
    T(x86_store(b, x86_mem(X86_RAX, 0), X86_RBP, 2), 0x66, 0x89, 0x28);
    /* movl %ebp,(%rax) */
    T(x86_store(b, x86_mem(X86_RAX, 0), X86_RBP, 4), 0x89, 0x28);
    /* movq %rbp,(%rax) */
    T(x86_store(b, x86_mem(X86_RAX, 0), X86_RBP, 8), 0x48, 0x89, 0x28);
    /* movb %bpl,(%rsp) */
    T(x86_store(b, x86_mem(X86_RSP, 0), X86_RBP, 1), 0x40, 0x88, 0x2c, 0x24);
    /* movw %bp,(%rsp) */
    T(x86_store(b, x86_mem(X86_RSP, 0), X86_RBP, 2), 0x66, 0x89, 0x2c, 0x24);
    /* movl %ebp,(%rsp) */
    T(x86_store(b, x86_mem(X86_RSP, 0), X86_RBP, 4), 0x89, 0x2c, 0x24);
    /* movq %rbp,(%rsp) */
    T(x86_store(b, x86_mem(X86_RSP, 0), X86_RBP, 8), 0x48, 0x89, 0x2c, 0x24);
    /* movb %sil,(%rax) */
    T(x86_store(b, x86_mem(X86_RAX, 0), X86_RSI, 1), 0x40, 0x88, 0x30);
    /* movw %si,(%rax) */
    T(x86_store(b, x86_mem(X86_RAX, 0), X86_RSI, 2), 0x66, 0x89, 0x30);
    /* movl %esi,(%rax) */
    T(x86_store(b, x86_mem(X86_RAX, 0), X86_RSI, 4), 0x89, 0x30);
    /* movq %rsi,(%rax) */
    T(x86_store(b, x86_mem(X86_RAX, 0), X86_RSI, 8), 0x48, 0x89, 0x30);
    /* movb %sil,(%rsp) */
    T(x86_store(b, x86_mem(X86_RSP, 0), X86_RSI, 1), 0x40, 0x88, 0x34, 0x24);
    /* movw %si,(%rsp) */
    T(x86_store(b, x86_mem(X86_RSP, 0), X86_RSI, 2), 0x66, 0x89, 0x34, 0x24);
    /* movl %esi,(%rsp) */
    T(x86_store(b, x86_mem(X86_RSP, 0), X86_RSI, 4), 0x89, 0x34, 0x24);
    /* movq %rsi,(%rsp) */
    T(x86_store(b, x86_mem(X86_RSP, 0), X86_RSI, 8), 0x48, 0x89, 0x34, 0x24);
    /* movb %sil,16(%rbp) */
    T(x86_store(b, x86_mem(X86_RBP, 16), X86_RSI, 1), 0x40, 0x88, 0x75, 0x10);
    /* movw %si,16(%rbp) */
    T(x86_store(b, x86_mem(X86_RBP, 16), X86_RSI, 2), 0x66, 0x89, 0x75, 0x10);
    /* movl %esi,16(%rbp) */
    T(x86_store(b, x86_mem(X86_RBP, 16), X86_RSI, 4), 0x89, 0x75, 0x10);
    /* movq %rsi,16(%rbp) */
    T(x86_store(b, x86_mem(X86_RBP, 16), X86_RSI, 8), 0x48, 0x89, 0x75, 0x10);
    /* movb %sil,(%r12) */
    T(x86_store(b, x86_mem(X86_R12, 0), X86_RSI, 1), 0x41, 0x88, 0x34, 0x24);
    /* movw %si,(%r12) */
    T(x86_store(b, x86_mem(X86_R12, 0), X86_RSI, 2),
      0x66, 0x41, 0x89, 0x34, 0x24);
    /* movl %esi,(%r12) */
    T(x86_store(b, x86_mem(X86_R12, 0), X86_RSI, 4), 0x41, 0x89, 0x34, 0x24);
    /* movq %rsi,(%r12) */
    T(x86_store(b, x86_mem(X86_R12, 0), X86_RSI, 8), 0x49, 0x89, 0x34, 0x24);
    /* movb %sil,-8(%r13) */
    T(x86_store(b, x86_mem(X86_R13, -8), X86_RSI, 1), 0x41, 0x88, 0x75, 0xf8);
    /* movw %si,-8(%r13) */
    T(x86_store(b, x86_mem(X86_R13, -8), X86_RSI, 2),
      0x66, 0x41, 0x89, 0x75, 0xf8);
    /* movl %esi,-8(%r13) */
    T(x86_store(b, x86_mem(X86_R13, -8), X86_RSI, 4), 0x41, 0x89, 0x75, 0xf8);
    /* movq %rsi,-8(%r13) */
    T(x86_store(b, x86_mem(X86_R13, -8), X86_RSI, 8), 0x49, 0x89, 0x75, 0xf8);
    /* movb %sil,512(%rdi,%rcx,2) */
    T(x86_store(b, x86_mem_idx(X86_RDI, X86_RCX, 2, 512), X86_RSI, 1),
      0x40, 0x88, 0xb4, 0x4f, 0x00, 0x02, 0x00, 0x00);
    /* movw %si,512(%rdi,%rcx,2) */
    T(x86_store(b, x86_mem_idx(X86_RDI, X86_RCX, 2, 512), X86_RSI, 2),
      0x66, 0x89, 0xb4, 0x4f, 0x00, 0x02, 0x00, 0x00);
    /* movl %esi,512(%rdi,%rcx,2) */
    T(x86_store(b, x86_mem_idx(X86_RDI, X86_RCX, 2, 512), X86_RSI, 4),
      0x89, 0xb4, 0x4f, 0x00, 0x02, 0x00, 0x00);
    /* movq %rsi,512(%rdi,%rcx,2) */
    T(x86_store(b, x86_mem_idx(X86_RDI, X86_RCX, 2, 512), X86_RSI, 8),
      0x48, 0x89, 0xb4, 0x4f, 0x00, 0x02, 0x00, 0x00);
    /* movb %dil,(%rax) */
    T(x86_store(b, x86_mem(X86_RAX, 0), X86_RDI, 1), 0x40, 0x88, 0x38);
    /* movw %di,(%rax) */
    T(x86_store(b, x86_mem(X86_RAX, 0), X86_RDI, 2), 0x66, 0x89, 0x38);
    /* movl %edi,(%rax) */
    T(x86_store(b, x86_mem(X86_RAX, 0), X86_RDI, 4), 0x89, 0x38);
    /* movq %rdi,(%rax) */
    T(x86_store(b, x86_mem(X86_RAX, 0), X86_RDI, 8), 0x48, 0x89, 0x38);
    /* movb %dil,(%rsp) */
    T(x86_store(b, x86_mem(X86_RSP, 0), X86_RDI, 1), 0x40, 0x88, 0x3c, 0x24);
    /* movw %di,(%rsp) */
    T(x86_store(b, x86_mem(X86_RSP, 0), X86_RDI, 2), 0x66, 0x89, 0x3c, 0x24);
    /* movl %edi,(%rsp) */
    T(x86_store(b, x86_mem(X86_RSP, 0), X86_RDI, 4), 0x89, 0x3c, 0x24);
    /* movq %rdi,(%rsp) */
    T(x86_store(b, x86_mem(X86_RSP, 0), X86_RDI, 8), 0x48, 0x89, 0x3c, 0x24);
    /* movb %r8b,(%rax) */
    T(x86_store(b, x86_mem(X86_RAX, 0), X86_R8, 1), 0x44, 0x88, 0x00);
    /* movw %r8w,(%rax) */
    T(x86_store(b, x86_mem(X86_RAX, 0), X86_R8, 2), 0x66, 0x44, 0x89, 0x00);
    /* movl %r8d,(%rax) */
    T(x86_store(b, x86_mem(X86_RAX, 0), X86_R8, 4), 0x44, 0x89, 0x00);
    /* movq %r8,(%rax) */
    T(x86_store(b, x86_mem(X86_RAX, 0), X86_R8, 8), 0x4c, 0x89, 0x00);
    /* movb %r8b,(%rsp) */
    T(x86_store(b, x86_mem(X86_RSP, 0), X86_R8, 1), 0x44, 0x88, 0x04, 0x24);
    /* movw %r8w,(%rsp) */
    T(x86_store(b, x86_mem(X86_RSP, 0), X86_R8, 2),
      0x66, 0x44, 0x89, 0x04, 0x24);
    /* movl %r8d,(%rsp) */
    T(x86_store(b, x86_mem(X86_RSP, 0), X86_R8, 4), 0x44, 0x89, 0x04, 0x24);
    /* movq %r8,(%rsp) */
    T(x86_store(b, x86_mem(X86_RSP, 0), X86_R8, 8), 0x4c, 0x89, 0x04, 0x24);
    /* movb %r15b,(%rax) */
    T(x86_store(b, x86_mem(X86_RAX, 0), X86_R15, 1), 0x44, 0x88, 0x38);
    /* movw %r15w,(%rax) */
    T(x86_store(b, x86_mem(X86_RAX, 0), X86_R15, 2), 0x66, 0x44, 0x89, 0x38);
    /* movl %r15d,(%rax) */
    T(x86_store(b, x86_mem(X86_RAX, 0), X86_R15, 4), 0x44, 0x89, 0x38);
    /* movq %r15,(%rax) */
    T(x86_store(b, x86_mem(X86_RAX, 0), X86_R15, 8), 0x4c, 0x89, 0x38);
    /* movb %r15b,(%rsp) */
    T(x86_store(b, x86_mem(X86_RSP, 0), X86_R15, 1), 0x44, 0x88, 0x3c, 0x24);
    /* movw %r15w,(%rsp) */
    T(x86_store(b, x86_mem(X86_RSP, 0), X86_R15, 2),
      0x66, 0x44, 0x89, 0x3c, 0x24);
    /* movl %r15d,(%rsp) */
    T(x86_store(b, x86_mem(X86_RSP, 0), X86_R15, 4), 0x44, 0x89, 0x3c, 0x24);
    /* movq %r15,(%rsp) */
    T(x86_store(b, x86_mem(X86_RSP, 0), X86_R15, 8), 0x4c, 0x89, 0x3c, 0x24);
    /* movb $0,(%rax) */
    T(x86_store_imm(b, x86_mem(X86_RAX, 0), 0, 1), 0xc6, 0x00, 0x00);
    /* movb $127,(%rax) */
    T(x86_store_imm(b, x86_mem(X86_RAX, 0), 127, 1), 0xc6, 0x00, 0x7f);
    /* movb $-128,(%rax) */
    T(x86_store_imm(b, x86_mem(X86_RAX, 0), -128, 1), 0xc6, 0x00, 0x80);
    /* movb $255,(%rax) */
    T(x86_store_imm(b, x86_mem(X86_RAX, 0), 255, 1), 0xc6, 0x00, 0xff);
    /* movw $0,(%rax) */
    T(x86_store_imm(b, x86_mem(X86_RAX, 0), 0, 2),
      0x66, 0xc7, 0x00, 0x00, 0x00);
    /* movw $-1,(%rax) */
    T(x86_store_imm(b, x86_mem(X86_RAX, 0), -1, 2),
      0x66, 0xc7, 0x00, 0xff, 0xff);
    /* movw $4660,(%rax) */
    T(x86_store_imm(b, x86_mem(X86_RAX, 0), 0x1234, 2),
      0x66, 0xc7, 0x00, 0x34, 0x12);
    /* movl $0,(%rax) */
    T(x86_store_imm(b, x86_mem(X86_RAX, 0), 0, 4),
      0xc7, 0x00, 0x00, 0x00, 0x00, 0x00);
    /* movl $127,(%rax) */
    T(x86_store_imm(b, x86_mem(X86_RAX, 0), 127, 4),
      0xc7, 0x00, 0x7f, 0x00, 0x00, 0x00);
    /* movl $128,(%rax) */
    T(x86_store_imm(b, x86_mem(X86_RAX, 0), 128, 4),
      0xc7, 0x00, 0x80, 0x00, 0x00, 0x00);
    /* movl $-129,(%rax) */
    T(x86_store_imm(b, x86_mem(X86_RAX, 0), -129, 4),
      0xc7, 0x00, 0x7f, 0xff, 0xff, 0xff);
    /* movl $2147483647,(%rax) */
    T(x86_store_imm(b, x86_mem(X86_RAX, 0), 0x7fffffff, 4),
      0xc7, 0x00, 0xff, 0xff, 0xff, 0x7f);
    /* movq $0,(%rax) */
    T(x86_store_imm(b, x86_mem(X86_RAX, 0), 0, 8),
      0x48, 0xc7, 0x00, 0x00, 0x00, 0x00, 0x00);
    /* movq $-1,(%rax) */
    T(x86_store_imm(b, x86_mem(X86_RAX, 0), -1, 8),
      0x48, 0xc7, 0x00, 0xff, 0xff, 0xff, 0xff);
    /* movq $128,(%rax) */
    T(x86_store_imm(b, x86_mem(X86_RAX, 0), 128, 8),
      0x48, 0xc7, 0x00, 0x80, 0x00, 0x00, 0x00);
    /* movq $-2147483648,(%rax) */
    T(x86_store_imm(b, x86_mem(X86_RAX, 0), INT32_MIN, 8),
      0x48, 0xc7, 0x00, 0x00, 0x00, 0x00, 0x80);
    /* movb $0,(%rsp) */
    T(x86_store_imm(b, x86_mem(X86_RSP, 0), 0, 1), 0xc6, 0x04, 0x24, 0x00);
    /* movb $127,(%rsp) */
    T(x86_store_imm(b, x86_mem(X86_RSP, 0), 127, 1), 0xc6, 0x04, 0x24, 0x7f);
    /* movb $-128,(%rsp) */
    T(x86_store_imm(b, x86_mem(X86_RSP, 0), -128, 1), 0xc6, 0x04, 0x24, 0x80);
    /* movb $255,(%rsp) */
    T(x86_store_imm(b, x86_mem(X86_RSP, 0), 255, 1), 0xc6, 0x04, 0x24, 0xff);
    /* movw $0,(%rsp) */
    T(x86_store_imm(b, x86_mem(X86_RSP, 0), 0, 2),
      0x66, 0xc7, 0x04, 0x24, 0x00, 0x00);
    /* movw $-1,(%rsp) */
    T(x86_store_imm(b, x86_mem(X86_RSP, 0), -1, 2),
      0x66, 0xc7, 0x04, 0x24, 0xff, 0xff);
    /* movw $4660,(%rsp) */
    T(x86_store_imm(b, x86_mem(X86_RSP, 0), 0x1234, 2),
      0x66, 0xc7, 0x04, 0x24, 0x34, 0x12);
    /* movl $0,(%rsp) */
    T(x86_store_imm(b, x86_mem(X86_RSP, 0), 0, 4),
      0xc7, 0x04, 0x24, 0x00, 0x00, 0x00, 0x00);
    /* movl $127,(%rsp) */
    T(x86_store_imm(b, x86_mem(X86_RSP, 0), 127, 4),
      0xc7, 0x04, 0x24, 0x7f, 0x00, 0x00, 0x00);
    /* movl $128,(%rsp) */
    T(x86_store_imm(b, x86_mem(X86_RSP, 0), 128, 4),
      0xc7, 0x04, 0x24, 0x80, 0x00, 0x00, 0x00);
    /* movl $-129,(%rsp) */
    T(x86_store_imm(b, x86_mem(X86_RSP, 0), -129, 4),
      0xc7, 0x04, 0x24, 0x7f, 0xff, 0xff, 0xff);
    /* movl $2147483647,(%rsp) */
    T(x86_store_imm(b, x86_mem(X86_RSP, 0), 0x7fffffff, 4),
      0xc7, 0x04, 0x24, 0xff, 0xff, 0xff, 0x7f);
    /* movq $0,(%rsp) */
    T(x86_store_imm(b, x86_mem(X86_RSP, 0), 0, 8),
      0x48, 0xc7, 0x04, 0x24, 0x00, 0x00, 0x00, 0x00);
    /* movq $-1,(%rsp) */
    T(x86_store_imm(b, x86_mem(X86_RSP, 0), -1, 8),
      0x48, 0xc7, 0x04, 0x24, 0xff, 0xff, 0xff, 0xff);
    /* movq $128,(%rsp) */
    T(x86_store_imm(b, x86_mem(X86_RSP, 0), 128, 8),
      0x48, 0xc7, 0x04, 0x24, 0x80, 0x00, 0x00, 0x00);
    /* movq $-2147483648,(%rsp) */
    T(x86_store_imm(b, x86_mem(X86_RSP, 0), INT32_MIN, 8),
      0x48, 0xc7, 0x04, 0x24, 0x00, 0x00, 0x00, 0x80);
    /* movb $127,16(%rbp) */
    T(x86_store_imm(b, x86_mem(X86_RBP, 16), 127, 1), 0xc6, 0x45, 0x10, 0x7f);
    /* movw $-1,16(%rbp) */
    T(x86_store_imm(b, x86_mem(X86_RBP, 16), -1, 2),
      0x66, 0xc7, 0x45, 0x10, 0xff, 0xff);
    /* movl $127,16(%rbp) */
    T(x86_store_imm(b, x86_mem(X86_RBP, 16), 127, 4),
      0xc7, 0x45, 0x10, 0x7f, 0x00, 0x00, 0x00);
    /* movq $-1,16(%rbp) */
    T(x86_store_imm(b, x86_mem(X86_RBP, 16), -1, 8),
      0x48, 0xc7, 0x45, 0x10, 0xff, 0xff, 0xff, 0xff);
    /* movb $127,(%r12) */
    T(x86_store_imm(b, x86_mem(X86_R12, 0), 127, 1),
      0x41, 0xc6, 0x04, 0x24, 0x7f);
    /* movw $-1,(%r12) */
    T(x86_store_imm(b, x86_mem(X86_R12, 0), -1, 2),
      0x66, 0x41, 0xc7, 0x04, 0x24, 0xff, 0xff);
    /* movl $127,(%r12) */
    T(x86_store_imm(b, x86_mem(X86_R12, 0), 127, 4),
      0x41, 0xc7, 0x04, 0x24, 0x7f, 0x00, 0x00, 0x00);
    /* movq $-1,(%r12) */
    T(x86_store_imm(b, x86_mem(X86_R12, 0), -1, 8),
      0x49, 0xc7, 0x04, 0x24, 0xff, 0xff, 0xff, 0xff);
    /* movb $127,-8(%r13) */
    T(x86_store_imm(b, x86_mem(X86_R13, -8), 127, 1),
      0x41, 0xc6, 0x45, 0xf8, 0x7f);
    /* movw $-1,-8(%r13) */
    T(x86_store_imm(b, x86_mem(X86_R13, -8), -1, 2),
      0x66, 0x41, 0xc7, 0x45, 0xf8, 0xff, 0xff);
    /* movl $127,-8(%r13) */
    T(x86_store_imm(b, x86_mem(X86_R13, -8), 127, 4),
      0x41, 0xc7, 0x45, 0xf8, 0x7f, 0x00, 0x00, 0x00);
    /* movq $-1,-8(%r13) */
    T(x86_store_imm(b, x86_mem(X86_R13, -8), -1, 8),
      0x49, 0xc7, 0x45, 0xf8, 0xff, 0xff, 0xff, 0xff);
    /* movb $127,512(%rdi,%rcx,2) */
    T(x86_store_imm(b, x86_mem_idx(X86_RDI, X86_RCX, 2, 512), 127, 1),
      0xc6, 0x84, 0x4f, 0x00, 0x02, 0x00, 0x00, 0x7f);
    /* movw $-1,512(%rdi,%rcx,2) */
    T(x86_store_imm(b, x86_mem_idx(X86_RDI, X86_RCX, 2, 512), -1, 2),
      0x66, 0xc7, 0x84, 0x4f, 0x00, 0x02, 0x00, 0x00, 0xff, 0xff);
    /* movl $127,512(%rdi,%rcx,2) */
    T(x86_store_imm(b, x86_mem_idx(X86_RDI, X86_RCX, 2, 512), 127, 4),
      0xc7, 0x84, 0x4f, 0x00, 0x02, 0x00, 0x00, 0x7f, 0x00, 0x00, 0x00);
    /* movq $-1,512(%rdi,%rcx,2) */
    T(x86_store_imm(b, x86_mem_idx(X86_RDI, X86_RCX, 2, 512), -1, 8),
      0x48, 0xc7, 0x84, 0x4f, 0x00, 0x02, 0x00, 0x00, 0xff, 0xff, 0xff, 0xff);
}

static void test_lea(void)
{
    /* lea (%rax),%r13 */
    T(x86_lea(b, true, X86_R13, x86_mem(X86_RAX, 0)), 0x4c, 0x8d, 0x28);
    /* lea 128(%rax),%r13 */
    T(x86_lea(b, true, X86_R13, x86_mem(X86_RAX, 128)),
      0x4c, 0x8d, 0xa8, 0x80, 0x00, 0x00, 0x00);
    /* lea 0x12345678(%rax),%r13 */
    T(x86_lea(b, true, X86_R13, x86_mem(X86_RAX, 0x12345678)),
      0x4c, 0x8d, 0xa8, 0x78, 0x56, 0x34, 0x12);
    /* lea 127(%rsp),%r13 */
    T(x86_lea(b, true, X86_R13, x86_mem(X86_RSP, 127)),
      0x4c, 0x8d, 0x6c, 0x24, 0x7f);
    /* lea -129(%rsp),%r13 */
    T(x86_lea(b, true, X86_R13, x86_mem(X86_RSP, -129)),
      0x4c, 0x8d, 0xac, 0x24, 0x7f, 0xff, 0xff, 0xff);
    /* lea 8(%rbp),%r13 */
    T(x86_lea(b, true, X86_R13, x86_mem(X86_RBP, 8)), 0x4c, 0x8d, 0x6d, 0x08);
    /* lea -128(%rbp),%r13 */
    T(x86_lea(b, true, X86_R13, x86_mem(X86_RBP, -128)),
      0x4c, 0x8d, 0x6d, 0x80);
    /* lea (%r12),%r13 */
    T(x86_lea(b, true, X86_R13, x86_mem(X86_R12, 0)), 0x4d, 0x8d, 0x2c, 0x24);
    /* lea 128(%r12),%r13 */
    T(x86_lea(b, true, X86_R13, x86_mem(X86_R12, 128)),
      0x4d, 0x8d, 0xac, 0x24, 0x80, 0x00, 0x00, 0x00);
    /* lea 0x12345678(%r12),%r13 */
    T(x86_lea(b, true, X86_R13, x86_mem(X86_R12, 0x12345678)),
      0x4d, 0x8d, 0xac, 0x24, 0x78, 0x56, 0x34, 0x12);
    /* lea 127(%r13),%r13 */
    T(x86_lea(b, true, X86_R13, x86_mem(X86_R13, 127)), 0x4d, 0x8d, 0x6d, 0x7f);
    /* lea -129(%r13),%r13 */
    T(x86_lea(b, true, X86_R13, x86_mem(X86_R13, -129)),
      0x4d, 0x8d, 0xad, 0x7f, 0xff, 0xff, 0xff);
    /* lea 8(%r15),%r13 */
    T(x86_lea(b, true, X86_R13, x86_mem(X86_R15, 8)), 0x4d, 0x8d, 0x6f, 0x08);
    /* lea -128(%r15),%r13 */
    T(x86_lea(b, true, X86_R13, x86_mem(X86_R15, -128)),
      0x4d, 0x8d, 0x6f, 0x80);
    /* lea (%rbx),%r13 */
    T(x86_lea(b, true, X86_R13, x86_mem(X86_RBX, 0)), 0x4c, 0x8d, 0x2b);
    /* lea 128(%rbx),%r13 */
    T(x86_lea(b, true, X86_R13, x86_mem(X86_RBX, 128)),
      0x4c, 0x8d, 0xab, 0x80, 0x00, 0x00, 0x00);
    /* lea 0x12345678(%rbx),%r13 */
    T(x86_lea(b, true, X86_R13, x86_mem(X86_RBX, 0x12345678)),
      0x4c, 0x8d, 0xab, 0x78, 0x56, 0x34, 0x12);
    /* lea 127(%rdi),%r13 */
    T(x86_lea(b, true, X86_R13, x86_mem(X86_RDI, 127)), 0x4c, 0x8d, 0x6f, 0x7f);
    /* lea -129(%rdi),%r13 */
    T(x86_lea(b, true, X86_R13, x86_mem(X86_RDI, -129)),
      0x4c, 0x8d, 0xaf, 0x7f, 0xff, 0xff, 0xff);
    /* lea 16(%rax,%r9,8),%r13 */
    T(x86_lea(b, true, X86_R13, x86_mem_idx(X86_RAX, X86_R9, 8, 16)),
      0x4e, 0x8d, 0x6c, 0xc8, 0x10);
    /* lea (%rsp,%rbp,8),%r13 */
    T(x86_lea(b, true, X86_R13, x86_mem_idx(X86_RSP, X86_RBP, 8, 0)),
      0x4c, 0x8d, 0x2c, 0xec);
    /* lea 16(,%rcx,4),%r13 */
    T(x86_lea(b, true, X86_R13, x86_mem_idx(X86_NOREG, X86_RCX, 4, 16)),
      0x4c, 0x8d, 0x2c, 0x8d, 0x10, 0x00, 0x00, 0x00);
    /* lea 127(%r8,%rbp,1),%r13 */
    T(x86_lea(b, true, X86_R13, x86_mem_idx(X86_R8, X86_RBP, 1, 127)),
      0x4d, 0x8d, 0x6c, 0x28, 0x7f);
    /* lea (%rsp),%rax */
    T(x86_lea(b, true, X86_RAX, x86_mem(X86_RSP, 0)), 0x48, 0x8d, 0x04, 0x24);
    /* lea (%rax),%r13d */
    T(x86_lea(b, false, X86_R13, x86_mem(X86_RAX, 0)), 0x44, 0x8d, 0x28);
    /* lea 128(%rax),%r13d */
    T(x86_lea(b, false, X86_R13, x86_mem(X86_RAX, 128)),
      0x44, 0x8d, 0xa8, 0x80, 0x00, 0x00, 0x00);
    /* lea 0x12345678(%rax),%r13d */
    T(x86_lea(b, false, X86_R13, x86_mem(X86_RAX, 0x12345678)),
      0x44, 0x8d, 0xa8, 0x78, 0x56, 0x34, 0x12);
    /* lea 127(%rsp),%r13d */
    T(x86_lea(b, false, X86_R13, x86_mem(X86_RSP, 127)),
      0x44, 0x8d, 0x6c, 0x24, 0x7f);
    /* lea -129(%rsp),%r13d */
    T(x86_lea(b, false, X86_R13, x86_mem(X86_RSP, -129)),
      0x44, 0x8d, 0xac, 0x24, 0x7f, 0xff, 0xff, 0xff);
    /* lea 8(%rbp),%r13d */
    T(x86_lea(b, false, X86_R13, x86_mem(X86_RBP, 8)), 0x44, 0x8d, 0x6d, 0x08);
    /* lea -128(%rbp),%r13d */
    T(x86_lea(b, false, X86_R13, x86_mem(X86_RBP, -128)),
      0x44, 0x8d, 0x6d, 0x80);
    /* lea (%r12),%r13d */
    T(x86_lea(b, false, X86_R13, x86_mem(X86_R12, 0)), 0x45, 0x8d, 0x2c, 0x24);
    /* lea 128(%r12),%r13d */
    T(x86_lea(b, false, X86_R13, x86_mem(X86_R12, 128)),
      0x45, 0x8d, 0xac, 0x24, 0x80, 0x00, 0x00, 0x00);
    /* lea 0x12345678(%r12),%r13d */
    T(x86_lea(b, false, X86_R13, x86_mem(X86_R12, 0x12345678)),
      0x45, 0x8d, 0xac, 0x24, 0x78, 0x56, 0x34, 0x12);
    /* lea 127(%r13),%r13d */
    T(x86_lea(b, false, X86_R13, x86_mem(X86_R13, 127)),
      0x45, 0x8d, 0x6d, 0x7f);
    /* lea -129(%r13),%r13d */
    T(x86_lea(b, false, X86_R13, x86_mem(X86_R13, -129)),
      0x45, 0x8d, 0xad, 0x7f, 0xff, 0xff, 0xff);
    /* lea 8(%r15),%r13d */
    T(x86_lea(b, false, X86_R13, x86_mem(X86_R15, 8)), 0x45, 0x8d, 0x6f, 0x08);
    /* lea -128(%r15),%r13d */
    T(x86_lea(b, false, X86_R13, x86_mem(X86_R15, -128)),
      0x45, 0x8d, 0x6f, 0x80);
    /* lea (%rbx),%r13d */
    T(x86_lea(b, false, X86_R13, x86_mem(X86_RBX, 0)), 0x44, 0x8d, 0x2b);
    /* lea 128(%rbx),%r13d */
    T(x86_lea(b, false, X86_R13, x86_mem(X86_RBX, 128)),
      0x44, 0x8d, 0xab, 0x80, 0x00, 0x00, 0x00);
    /* lea 0x12345678(%rbx),%r13d */
    T(x86_lea(b, false, X86_R13, x86_mem(X86_RBX, 0x12345678)),
      0x44, 0x8d, 0xab, 0x78, 0x56, 0x34, 0x12);
    /* lea 127(%rdi),%r13d */
    T(x86_lea(b, false, X86_R13, x86_mem(X86_RDI, 127)),
      0x44, 0x8d, 0x6f, 0x7f);
    /* lea -129(%rdi),%r13d */
    T(x86_lea(b, false, X86_R13, x86_mem(X86_RDI, -129)),
      0x44, 0x8d, 0xaf, 0x7f, 0xff, 0xff, 0xff);
    /* lea 16(%rax,%r9,8),%r13d */
    T(x86_lea(b, false, X86_R13, x86_mem_idx(X86_RAX, X86_R9, 8, 16)),
      0x46, 0x8d, 0x6c, 0xc8, 0x10);
    /* lea (%rsp,%rbp,8),%r13d */
    T(x86_lea(b, false, X86_R13, x86_mem_idx(X86_RSP, X86_RBP, 8, 0)),
      0x44, 0x8d, 0x2c, 0xec);
    /* lea 16(,%rcx,4),%r13d */
    T(x86_lea(b, false, X86_R13, x86_mem_idx(X86_NOREG, X86_RCX, 4, 16)),
      0x44, 0x8d, 0x2c, 0x8d, 0x10, 0x00, 0x00, 0x00);
    /* lea 127(%r8,%rbp,1),%r13d */
    T(x86_lea(b, false, X86_R13, x86_mem_idx(X86_R8, X86_RBP, 1, 127)),
      0x45, 0x8d, 0x6c, 0x28, 0x7f);
    /* lea (%rsp),%eax */
    T(x86_lea(b, false, X86_RAX, x86_mem(X86_RSP, 0)), 0x8d, 0x04, 0x24);
}

static void test_shift(void)
{
    /* rol $1,%rax */
    T(x86_shift_ri(b, true, X86_ROL, X86_RAX, 1), 0x48, 0xd1, 0xc0);
    /* rol $7,%rax */
    T(x86_shift_ri(b, true, X86_ROL, X86_RAX, 7), 0x48, 0xc1, 0xc0, 0x07);
    /* rol %cl,%rax */
    T(x86_shift_rcl(b, true, X86_ROL, X86_RAX), 0x48, 0xd3, 0xc0);
    /* rol $1,%r9 */
    T(x86_shift_ri(b, true, X86_ROL, X86_R9, 1), 0x49, 0xd1, 0xc1);
    /* rol $7,%r9 */
    T(x86_shift_ri(b, true, X86_ROL, X86_R9, 7), 0x49, 0xc1, 0xc1, 0x07);
    /* rol %cl,%r9 */
    T(x86_shift_rcl(b, true, X86_ROL, X86_R9), 0x49, 0xd3, 0xc1);
    /* rol $1,%eax */
    T(x86_shift_ri(b, false, X86_ROL, X86_RAX, 1), 0xd1, 0xc0);
    /* rol $7,%eax */
    T(x86_shift_ri(b, false, X86_ROL, X86_RAX, 7), 0xc1, 0xc0, 0x07);
    /* rol %cl,%eax */
    T(x86_shift_rcl(b, false, X86_ROL, X86_RAX), 0xd3, 0xc0);
    /* rol $1,%r9d */
    T(x86_shift_ri(b, false, X86_ROL, X86_R9, 1), 0x41, 0xd1, 0xc1);
    /* rol $7,%r9d */
    T(x86_shift_ri(b, false, X86_ROL, X86_R9, 7), 0x41, 0xc1, 0xc1, 0x07);
    /* rol %cl,%r9d */
    T(x86_shift_rcl(b, false, X86_ROL, X86_R9), 0x41, 0xd3, 0xc1);
    /* ror $1,%rax */
    T(x86_shift_ri(b, true, X86_ROR, X86_RAX, 1), 0x48, 0xd1, 0xc8);
    /* ror $7,%rax */
    T(x86_shift_ri(b, true, X86_ROR, X86_RAX, 7), 0x48, 0xc1, 0xc8, 0x07);
    /* ror %cl,%rax */
    T(x86_shift_rcl(b, true, X86_ROR, X86_RAX), 0x48, 0xd3, 0xc8);
    /* ror $1,%r9 */
    T(x86_shift_ri(b, true, X86_ROR, X86_R9, 1), 0x49, 0xd1, 0xc9);
    /* ror $7,%r9 */
    T(x86_shift_ri(b, true, X86_ROR, X86_R9, 7), 0x49, 0xc1, 0xc9, 0x07);
    /* ror %cl,%r9 */
    T(x86_shift_rcl(b, true, X86_ROR, X86_R9), 0x49, 0xd3, 0xc9);
    /* ror $1,%eax */
    T(x86_shift_ri(b, false, X86_ROR, X86_RAX, 1), 0xd1, 0xc8);
    /* ror $7,%eax */
    T(x86_shift_ri(b, false, X86_ROR, X86_RAX, 7), 0xc1, 0xc8, 0x07);
    /* ror %cl,%eax */
    T(x86_shift_rcl(b, false, X86_ROR, X86_RAX), 0xd3, 0xc8);
    /* ror $1,%r9d */
    T(x86_shift_ri(b, false, X86_ROR, X86_R9, 1), 0x41, 0xd1, 0xc9);
    /* ror $7,%r9d */
    T(x86_shift_ri(b, false, X86_ROR, X86_R9, 7), 0x41, 0xc1, 0xc9, 0x07);
    /* ror %cl,%r9d */
    T(x86_shift_rcl(b, false, X86_ROR, X86_R9), 0x41, 0xd3, 0xc9);
    /* shl $1,%rax */
    T(x86_shift_ri(b, true, X86_SHL, X86_RAX, 1), 0x48, 0xd1, 0xe0);
    /* shl $2,%rax */
    T(x86_shift_ri(b, true, X86_SHL, X86_RAX, 2), 0x48, 0xc1, 0xe0, 0x02);
    /* shl $31,%rax */
    T(x86_shift_ri(b, true, X86_SHL, X86_RAX, 31), 0x48, 0xc1, 0xe0, 0x1f);
    /* shl $63,%rax */
    T(x86_shift_ri(b, true, X86_SHL, X86_RAX, 63), 0x48, 0xc1, 0xe0, 0x3f);
    /* shl %cl,%rax */
    T(x86_shift_rcl(b, true, X86_SHL, X86_RAX), 0x48, 0xd3, 0xe0);
    /* shl $1,%rsp */
    T(x86_shift_ri(b, true, X86_SHL, X86_RSP, 1), 0x48, 0xd1, 0xe4);
    /* shl $2,%rsp */
    T(x86_shift_ri(b, true, X86_SHL, X86_RSP, 2), 0x48, 0xc1, 0xe4, 0x02);
    /* shl $31,%rsp */
    T(x86_shift_ri(b, true, X86_SHL, X86_RSP, 31), 0x48, 0xc1, 0xe4, 0x1f);
    /* shl $63,%rsp */
    T(x86_shift_ri(b, true, X86_SHL, X86_RSP, 63), 0x48, 0xc1, 0xe4, 0x3f);
    /* shl %cl,%rsp */
    T(x86_shift_rcl(b, true, X86_SHL, X86_RSP), 0x48, 0xd3, 0xe4);
    /* shl $1,%r9 */
    T(x86_shift_ri(b, true, X86_SHL, X86_R9, 1), 0x49, 0xd1, 0xe1);
    /* shl $2,%r9 */
    T(x86_shift_ri(b, true, X86_SHL, X86_R9, 2), 0x49, 0xc1, 0xe1, 0x02);
    /* shl $31,%r9 */
    T(x86_shift_ri(b, true, X86_SHL, X86_R9, 31), 0x49, 0xc1, 0xe1, 0x1f);
    /* shl $63,%r9 */
    T(x86_shift_ri(b, true, X86_SHL, X86_R9, 63), 0x49, 0xc1, 0xe1, 0x3f);
    /* shl %cl,%r9 */
    T(x86_shift_rcl(b, true, X86_SHL, X86_R9), 0x49, 0xd3, 0xe1);
    /* shl $1,%r15 */
    T(x86_shift_ri(b, true, X86_SHL, X86_R15, 1), 0x49, 0xd1, 0xe7);
    /* shl $2,%r15 */
    T(x86_shift_ri(b, true, X86_SHL, X86_R15, 2), 0x49, 0xc1, 0xe7, 0x02);
    /* shl $31,%r15 */
    T(x86_shift_ri(b, true, X86_SHL, X86_R15, 31), 0x49, 0xc1, 0xe7, 0x1f);
    /* shl $63,%r15 */
    T(x86_shift_ri(b, true, X86_SHL, X86_R15, 63), 0x49, 0xc1, 0xe7, 0x3f);
    /* shl %cl,%r15 */
    T(x86_shift_rcl(b, true, X86_SHL, X86_R15), 0x49, 0xd3, 0xe7);
    /* shl $1,%eax */
    T(x86_shift_ri(b, false, X86_SHL, X86_RAX, 1), 0xd1, 0xe0);
    /* shl $2,%eax */
    T(x86_shift_ri(b, false, X86_SHL, X86_RAX, 2), 0xc1, 0xe0, 0x02);
    /* shl $31,%eax */
    T(x86_shift_ri(b, false, X86_SHL, X86_RAX, 31), 0xc1, 0xe0, 0x1f);
    /* shl $7,%eax */
    T(x86_shift_ri(b, false, X86_SHL, X86_RAX, 7), 0xc1, 0xe0, 0x07);
    /* shl %cl,%eax */
    T(x86_shift_rcl(b, false, X86_SHL, X86_RAX), 0xd3, 0xe0);
    /* shl $1,%esp */
    T(x86_shift_ri(b, false, X86_SHL, X86_RSP, 1), 0xd1, 0xe4);
    /* shl $2,%esp */
    T(x86_shift_ri(b, false, X86_SHL, X86_RSP, 2), 0xc1, 0xe4, 0x02);
    /* shl $31,%esp */
    T(x86_shift_ri(b, false, X86_SHL, X86_RSP, 31), 0xc1, 0xe4, 0x1f);
    /* shl $7,%esp */
    T(x86_shift_ri(b, false, X86_SHL, X86_RSP, 7), 0xc1, 0xe4, 0x07);
    /* shl %cl,%esp */
    T(x86_shift_rcl(b, false, X86_SHL, X86_RSP), 0xd3, 0xe4);
    /* shl $1,%r9d */
    T(x86_shift_ri(b, false, X86_SHL, X86_R9, 1), 0x41, 0xd1, 0xe1);
    /* shl $2,%r9d */
    T(x86_shift_ri(b, false, X86_SHL, X86_R9, 2), 0x41, 0xc1, 0xe1, 0x02);
    /* shl $31,%r9d */
    T(x86_shift_ri(b, false, X86_SHL, X86_R9, 31), 0x41, 0xc1, 0xe1, 0x1f);
    /* shl $7,%r9d */
    T(x86_shift_ri(b, false, X86_SHL, X86_R9, 7), 0x41, 0xc1, 0xe1, 0x07);
    /* shl %cl,%r9d */
    T(x86_shift_rcl(b, false, X86_SHL, X86_R9), 0x41, 0xd3, 0xe1);
    /* shl $1,%r15d */
    T(x86_shift_ri(b, false, X86_SHL, X86_R15, 1), 0x41, 0xd1, 0xe7);
    /* shl $2,%r15d */
    T(x86_shift_ri(b, false, X86_SHL, X86_R15, 2), 0x41, 0xc1, 0xe7, 0x02);
    /* shl $31,%r15d */
    T(x86_shift_ri(b, false, X86_SHL, X86_R15, 31), 0x41, 0xc1, 0xe7, 0x1f);
    /* shl $7,%r15d */
    T(x86_shift_ri(b, false, X86_SHL, X86_R15, 7), 0x41, 0xc1, 0xe7, 0x07);
    /* shl %cl,%r15d */
    T(x86_shift_rcl(b, false, X86_SHL, X86_R15), 0x41, 0xd3, 0xe7);
    /* shr $1,%rax */
    T(x86_shift_ri(b, true, X86_SHR, X86_RAX, 1), 0x48, 0xd1, 0xe8);
    /* shr $7,%rax */
    T(x86_shift_ri(b, true, X86_SHR, X86_RAX, 7), 0x48, 0xc1, 0xe8, 0x07);
    /* shr %cl,%rax */
    T(x86_shift_rcl(b, true, X86_SHR, X86_RAX), 0x48, 0xd3, 0xe8);
    /* shr $1,%r9 */
    T(x86_shift_ri(b, true, X86_SHR, X86_R9, 1), 0x49, 0xd1, 0xe9);
    /* shr $7,%r9 */
    T(x86_shift_ri(b, true, X86_SHR, X86_R9, 7), 0x49, 0xc1, 0xe9, 0x07);
    /* shr %cl,%r9 */
    T(x86_shift_rcl(b, true, X86_SHR, X86_R9), 0x49, 0xd3, 0xe9);
    /* shr $1,%eax */
    T(x86_shift_ri(b, false, X86_SHR, X86_RAX, 1), 0xd1, 0xe8);
    /* shr $7,%eax */
    T(x86_shift_ri(b, false, X86_SHR, X86_RAX, 7), 0xc1, 0xe8, 0x07);
    /* shr %cl,%eax */
    T(x86_shift_rcl(b, false, X86_SHR, X86_RAX), 0xd3, 0xe8);
    /* shr $1,%r9d */
    T(x86_shift_ri(b, false, X86_SHR, X86_R9, 1), 0x41, 0xd1, 0xe9);
    /* shr $7,%r9d */
    T(x86_shift_ri(b, false, X86_SHR, X86_R9, 7), 0x41, 0xc1, 0xe9, 0x07);
    /* shr %cl,%r9d */
    T(x86_shift_rcl(b, false, X86_SHR, X86_R9), 0x41, 0xd3, 0xe9);
    /* sar $1,%rax */
    T(x86_shift_ri(b, true, X86_SAR, X86_RAX, 1), 0x48, 0xd1, 0xf8);
    /* sar $7,%rax */
    T(x86_shift_ri(b, true, X86_SAR, X86_RAX, 7), 0x48, 0xc1, 0xf8, 0x07);
    /* sar %cl,%rax */
    T(x86_shift_rcl(b, true, X86_SAR, X86_RAX), 0x48, 0xd3, 0xf8);
    /* sar $1,%r9 */
    T(x86_shift_ri(b, true, X86_SAR, X86_R9, 1), 0x49, 0xd1, 0xf9);
    /* sar $7,%r9 */
    T(x86_shift_ri(b, true, X86_SAR, X86_R9, 7), 0x49, 0xc1, 0xf9, 0x07);
    /* sar %cl,%r9 */
    T(x86_shift_rcl(b, true, X86_SAR, X86_R9), 0x49, 0xd3, 0xf9);
    /* sar $1,%eax */
    T(x86_shift_ri(b, false, X86_SAR, X86_RAX, 1), 0xd1, 0xf8);
    /* sar $7,%eax */
    T(x86_shift_ri(b, false, X86_SAR, X86_RAX, 7), 0xc1, 0xf8, 0x07);
    /* sar %cl,%eax */
    T(x86_shift_rcl(b, false, X86_SAR, X86_RAX), 0xd3, 0xf8);
    /* sar $1,%r9d */
    T(x86_shift_ri(b, false, X86_SAR, X86_R9, 1), 0x41, 0xd1, 0xf9);
    /* sar $7,%r9d */
    T(x86_shift_ri(b, false, X86_SAR, X86_R9, 7), 0x41, 0xc1, 0xf9, 0x07);
    /* sar %cl,%r9d */
    T(x86_shift_rcl(b, false, X86_SAR, X86_R9), 0x41, 0xd3, 0xf9);
    /* shlx %rdx,%rcx,%rax */
    T(x86_shiftx(b, true, X86_SHL, X86_RAX, X86_RCX, X86_RDX),
      0xc4, 0xe2, 0xe9, 0xf7, 0xc1);
    /* shlx %rcx,%rax,%r8 */
    T(x86_shiftx(b, true, X86_SHL, X86_R8, X86_RAX, X86_RCX),
      0xc4, 0x62, 0xf1, 0xf7, 0xc0);
    /* shlx %rcx,%r9,%rax */
    T(x86_shiftx(b, true, X86_SHL, X86_RAX, X86_R9, X86_RCX),
      0xc4, 0xc2, 0xf1, 0xf7, 0xc1);
    /* shlx %r10,%rcx,%rax */
    T(x86_shiftx(b, true, X86_SHL, X86_RAX, X86_RCX, X86_R10),
      0xc4, 0xe2, 0xa9, 0xf7, 0xc1);
    /* shlx %r13,%r14,%r15 */
    T(x86_shiftx(b, true, X86_SHL, X86_R15, X86_R14, X86_R13),
      0xc4, 0x42, 0x91, 0xf7, 0xfe);
    /* shlx %rsi,%rbp,%rsp */
    T(x86_shiftx(b, true, X86_SHL, X86_RSP, X86_RBP, X86_RSI),
      0xc4, 0xe2, 0xc9, 0xf7, 0xe5);
    /* shlx %edx,%ecx,%eax */
    T(x86_shiftx(b, false, X86_SHL, X86_RAX, X86_RCX, X86_RDX),
      0xc4, 0xe2, 0x69, 0xf7, 0xc1);
    /* shlx %ecx,%eax,%r8d */
    T(x86_shiftx(b, false, X86_SHL, X86_R8, X86_RAX, X86_RCX),
      0xc4, 0x62, 0x71, 0xf7, 0xc0);
    /* shlx %ecx,%r9d,%eax */
    T(x86_shiftx(b, false, X86_SHL, X86_RAX, X86_R9, X86_RCX),
      0xc4, 0xc2, 0x71, 0xf7, 0xc1);
    /* shlx %r10d,%ecx,%eax */
    T(x86_shiftx(b, false, X86_SHL, X86_RAX, X86_RCX, X86_R10),
      0xc4, 0xe2, 0x29, 0xf7, 0xc1);
    /* shlx %r13d,%r14d,%r15d */
    T(x86_shiftx(b, false, X86_SHL, X86_R15, X86_R14, X86_R13),
      0xc4, 0x42, 0x11, 0xf7, 0xfe);
    /* shlx %esi,%ebp,%esp */
    T(x86_shiftx(b, false, X86_SHL, X86_RSP, X86_RBP, X86_RSI),
      0xc4, 0xe2, 0x49, 0xf7, 0xe5);
    /* shrx %rdx,%rcx,%rax */
    T(x86_shiftx(b, true, X86_SHR, X86_RAX, X86_RCX, X86_RDX),
      0xc4, 0xe2, 0xeb, 0xf7, 0xc1);
    /* shrx %rcx,%rax,%r8 */
    T(x86_shiftx(b, true, X86_SHR, X86_R8, X86_RAX, X86_RCX),
      0xc4, 0x62, 0xf3, 0xf7, 0xc0);
    /* shrx %rcx,%r9,%rax */
    T(x86_shiftx(b, true, X86_SHR, X86_RAX, X86_R9, X86_RCX),
      0xc4, 0xc2, 0xf3, 0xf7, 0xc1);
    /* shrx %r10,%rcx,%rax */
    T(x86_shiftx(b, true, X86_SHR, X86_RAX, X86_RCX, X86_R10),
      0xc4, 0xe2, 0xab, 0xf7, 0xc1);
    /* shrx %r13,%r14,%r15 */
    T(x86_shiftx(b, true, X86_SHR, X86_R15, X86_R14, X86_R13),
      0xc4, 0x42, 0x93, 0xf7, 0xfe);
    /* shrx %rsi,%rbp,%rsp */
    T(x86_shiftx(b, true, X86_SHR, X86_RSP, X86_RBP, X86_RSI),
      0xc4, 0xe2, 0xcb, 0xf7, 0xe5);
    /* shrx %edx,%ecx,%eax */
    T(x86_shiftx(b, false, X86_SHR, X86_RAX, X86_RCX, X86_RDX),
      0xc4, 0xe2, 0x6b, 0xf7, 0xc1);
    /* shrx %ecx,%eax,%r8d */
    T(x86_shiftx(b, false, X86_SHR, X86_R8, X86_RAX, X86_RCX),
      0xc4, 0x62, 0x73, 0xf7, 0xc0);
    /* shrx %ecx,%r9d,%eax */
    T(x86_shiftx(b, false, X86_SHR, X86_RAX, X86_R9, X86_RCX),
      0xc4, 0xc2, 0x73, 0xf7, 0xc1);
    /* shrx %r10d,%ecx,%eax */
    T(x86_shiftx(b, false, X86_SHR, X86_RAX, X86_RCX, X86_R10),
      0xc4, 0xe2, 0x2b, 0xf7, 0xc1);
    /* shrx %r13d,%r14d,%r15d */
    T(x86_shiftx(b, false, X86_SHR, X86_R15, X86_R14, X86_R13),
      0xc4, 0x42, 0x13, 0xf7, 0xfe);
    /* shrx %esi,%ebp,%esp */
    T(x86_shiftx(b, false, X86_SHR, X86_RSP, X86_RBP, X86_RSI),
      0xc4, 0xe2, 0x4b, 0xf7, 0xe5);
    /* sarx %rdx,%rcx,%rax */
    T(x86_shiftx(b, true, X86_SAR, X86_RAX, X86_RCX, X86_RDX),
      0xc4, 0xe2, 0xea, 0xf7, 0xc1);
    /* sarx %rcx,%rax,%r8 */
    T(x86_shiftx(b, true, X86_SAR, X86_R8, X86_RAX, X86_RCX),
      0xc4, 0x62, 0xf2, 0xf7, 0xc0);
    /* sarx %rcx,%r9,%rax */
    T(x86_shiftx(b, true, X86_SAR, X86_RAX, X86_R9, X86_RCX),
      0xc4, 0xc2, 0xf2, 0xf7, 0xc1);
    /* sarx %r10,%rcx,%rax */
    T(x86_shiftx(b, true, X86_SAR, X86_RAX, X86_RCX, X86_R10),
      0xc4, 0xe2, 0xaa, 0xf7, 0xc1);
    /* sarx %r13,%r14,%r15 */
    T(x86_shiftx(b, true, X86_SAR, X86_R15, X86_R14, X86_R13),
      0xc4, 0x42, 0x92, 0xf7, 0xfe);
    /* sarx %rsi,%rbp,%rsp */
    T(x86_shiftx(b, true, X86_SAR, X86_RSP, X86_RBP, X86_RSI),
      0xc4, 0xe2, 0xca, 0xf7, 0xe5);
    /* sarx %edx,%ecx,%eax */
    T(x86_shiftx(b, false, X86_SAR, X86_RAX, X86_RCX, X86_RDX),
      0xc4, 0xe2, 0x6a, 0xf7, 0xc1);
    /* sarx %ecx,%eax,%r8d */
    T(x86_shiftx(b, false, X86_SAR, X86_R8, X86_RAX, X86_RCX),
      0xc4, 0x62, 0x72, 0xf7, 0xc0);
    /* sarx %ecx,%r9d,%eax */
    T(x86_shiftx(b, false, X86_SAR, X86_RAX, X86_R9, X86_RCX),
      0xc4, 0xc2, 0x72, 0xf7, 0xc1);
    /* sarx %r10d,%ecx,%eax */
    T(x86_shiftx(b, false, X86_SAR, X86_RAX, X86_RCX, X86_R10),
      0xc4, 0xe2, 0x2a, 0xf7, 0xc1);
    /* sarx %r13d,%r14d,%r15d */
    T(x86_shiftx(b, false, X86_SAR, X86_R15, X86_R14, X86_R13),
      0xc4, 0x42, 0x12, 0xf7, 0xfe);
    /* sarx %esi,%ebp,%esp */
    T(x86_shiftx(b, false, X86_SAR, X86_RSP, X86_RBP, X86_RSI),
      0xc4, 0xe2, 0x4a, 0xf7, 0xe5);
}

static void test_muldiv(void)
{
    /* imul %rbx,%rax */
    T(x86_imul_rr(b, true, X86_RAX, X86_RBX), 0x48, 0x0f, 0xaf, 0xc3);
    /* imul $-1,%rbx,%rax */
    T(x86_imul_rri(b, true, X86_RAX, X86_RBX, -1), 0x48, 0x6b, 0xc3, 0xff);
    /* imul %rax,%r15 */
    T(x86_imul_rr(b, true, X86_R15, X86_RAX), 0x4c, 0x0f, 0xaf, 0xf8);
    /* imul $3,%rax,%r15 */
    T(x86_imul_rri(b, true, X86_R15, X86_RAX, 3), 0x4c, 0x6b, 0xf8, 0x03);
    /* imul $127,%rax,%r15 */
    T(x86_imul_rri(b, true, X86_R15, X86_RAX, 127), 0x4c, 0x6b, 0xf8, 0x7f);
    /* imul $128,%rax,%r15 */
    T(x86_imul_rri(b, true, X86_R15, X86_RAX, 128),
      0x4c, 0x69, 0xf8, 0x80, 0x00, 0x00, 0x00);
    /* imul $-128,%rax,%r15 */
    T(x86_imul_rri(b, true, X86_R15, X86_RAX, -128), 0x4c, 0x6b, 0xf8, 0x80);
    /* imul $-129,%rax,%r15 */
    T(x86_imul_rri(b, true, X86_R15, X86_RAX, -129),
      0x4c, 0x69, 0xf8, 0x7f, 0xff, 0xff, 0xff);
    /* imul $305419896,%rax,%r15 */
    T(x86_imul_rri(b, true, X86_R15, X86_RAX, 0x12345678),
      0x4c, 0x69, 0xf8, 0x78, 0x56, 0x34, 0x12);
    /* imul %r15,%rax */
    T(x86_imul_rr(b, true, X86_RAX, X86_R15), 0x49, 0x0f, 0xaf, 0xc7);
    /* imul $-1,%r15,%rax */
    T(x86_imul_rri(b, true, X86_RAX, X86_R15, -1), 0x49, 0x6b, 0xc7, 0xff);
    /* imul %r13,%r12 */
    T(x86_imul_rr(b, true, X86_R12, X86_R13), 0x4d, 0x0f, 0xaf, 0xe5);
    /* imul $3,%r13,%r12 */
    T(x86_imul_rri(b, true, X86_R12, X86_R13, 3), 0x4d, 0x6b, 0xe5, 0x03);
    /* imul $127,%r13,%r12 */
    T(x86_imul_rri(b, true, X86_R12, X86_R13, 127), 0x4d, 0x6b, 0xe5, 0x7f);
    /* imul $128,%r13,%r12 */
    T(x86_imul_rri(b, true, X86_R12, X86_R13, 128),
      0x4d, 0x69, 0xe5, 0x80, 0x00, 0x00, 0x00);
    /* imul $-128,%r13,%r12 */
    T(x86_imul_rri(b, true, X86_R12, X86_R13, -128), 0x4d, 0x6b, 0xe5, 0x80);
    /* imul $-129,%r13,%r12 */
    T(x86_imul_rri(b, true, X86_R12, X86_R13, -129),
      0x4d, 0x69, 0xe5, 0x7f, 0xff, 0xff, 0xff);
    /* imul $305419896,%r13,%r12 */
    T(x86_imul_rri(b, true, X86_R12, X86_R13, 0x12345678),
      0x4d, 0x69, 0xe5, 0x78, 0x56, 0x34, 0x12);
    /* neg %rax */
    T(x86_neg(b, true, X86_RAX), 0x48, 0xf7, 0xd8);
    /* not %rax */
    T(x86_not(b, true, X86_RAX), 0x48, 0xf7, 0xd0);
    /* mul %rax */
    T(x86_mul_r(b, true, false, X86_RAX), 0x48, 0xf7, 0xe0);
    /* imul %rax */
    T(x86_mul_r(b, true, true, X86_RAX), 0x48, 0xf7, 0xe8);
    /* div %rax */
    T(x86_div_r(b, true, false, X86_RAX), 0x48, 0xf7, 0xf0);
    /* idiv %rax */
    T(x86_div_r(b, true, true, X86_RAX), 0x48, 0xf7, 0xf8);
    /* neg %rsp */
    T(x86_neg(b, true, X86_RSP), 0x48, 0xf7, 0xdc);
    /* not %rsp */
    T(x86_not(b, true, X86_RSP), 0x48, 0xf7, 0xd4);
    /* mul %rsp */
    T(x86_mul_r(b, true, false, X86_RSP), 0x48, 0xf7, 0xe4);
    /* imul %rsp */
    T(x86_mul_r(b, true, true, X86_RSP), 0x48, 0xf7, 0xec);
    /* div %rsp */
    T(x86_div_r(b, true, false, X86_RSP), 0x48, 0xf7, 0xf4);
    /* idiv %rsp */
    T(x86_div_r(b, true, true, X86_RSP), 0x48, 0xf7, 0xfc);
    /* neg %r8 */
    T(x86_neg(b, true, X86_R8), 0x49, 0xf7, 0xd8);
    /* not %r8 */
    T(x86_not(b, true, X86_R8), 0x49, 0xf7, 0xd0);
    /* mul %r8 */
    T(x86_mul_r(b, true, false, X86_R8), 0x49, 0xf7, 0xe0);
    /* imul %r8 */
    T(x86_mul_r(b, true, true, X86_R8), 0x49, 0xf7, 0xe8);
    /* div %r8 */
    T(x86_div_r(b, true, false, X86_R8), 0x49, 0xf7, 0xf0);
    /* idiv %r8 */
    T(x86_div_r(b, true, true, X86_R8), 0x49, 0xf7, 0xf8);
    /* neg %r13 */
    T(x86_neg(b, true, X86_R13), 0x49, 0xf7, 0xdd);
    /* not %r13 */
    T(x86_not(b, true, X86_R13), 0x49, 0xf7, 0xd5);
    /* mul %r13 */
    T(x86_mul_r(b, true, false, X86_R13), 0x49, 0xf7, 0xe5);
    /* imul %r13 */
    T(x86_mul_r(b, true, true, X86_R13), 0x49, 0xf7, 0xed);
    /* div %r13 */
    T(x86_div_r(b, true, false, X86_R13), 0x49, 0xf7, 0xf5);
    /* idiv %r13 */
    T(x86_div_r(b, true, true, X86_R13), 0x49, 0xf7, 0xfd);
    /* imul %ebx,%eax */
    T(x86_imul_rr(b, false, X86_RAX, X86_RBX), 0x0f, 0xaf, 0xc3);
    /* imul $-1,%ebx,%eax */
    T(x86_imul_rri(b, false, X86_RAX, X86_RBX, -1), 0x6b, 0xc3, 0xff);
    /* imul %eax,%r15d */
    T(x86_imul_rr(b, false, X86_R15, X86_RAX), 0x44, 0x0f, 0xaf, 0xf8);
    /* imul $3,%eax,%r15d */
    T(x86_imul_rri(b, false, X86_R15, X86_RAX, 3), 0x44, 0x6b, 0xf8, 0x03);
    /* imul $127,%eax,%r15d */
    T(x86_imul_rri(b, false, X86_R15, X86_RAX, 127), 0x44, 0x6b, 0xf8, 0x7f);
    /* imul $128,%eax,%r15d */
    T(x86_imul_rri(b, false, X86_R15, X86_RAX, 128),
      0x44, 0x69, 0xf8, 0x80, 0x00, 0x00, 0x00);
    /* imul $-128,%eax,%r15d */
    T(x86_imul_rri(b, false, X86_R15, X86_RAX, -128), 0x44, 0x6b, 0xf8, 0x80);
    /* imul $-129,%eax,%r15d */
    T(x86_imul_rri(b, false, X86_R15, X86_RAX, -129),
      0x44, 0x69, 0xf8, 0x7f, 0xff, 0xff, 0xff);
    /* imul $305419896,%eax,%r15d */
    T(x86_imul_rri(b, false, X86_R15, X86_RAX, 0x12345678),
      0x44, 0x69, 0xf8, 0x78, 0x56, 0x34, 0x12);
    /* imul %r15d,%eax */
    T(x86_imul_rr(b, false, X86_RAX, X86_R15), 0x41, 0x0f, 0xaf, 0xc7);
    /* imul $-1,%r15d,%eax */
    T(x86_imul_rri(b, false, X86_RAX, X86_R15, -1), 0x41, 0x6b, 0xc7, 0xff);
    /* imul %r13d,%r12d */
    T(x86_imul_rr(b, false, X86_R12, X86_R13), 0x45, 0x0f, 0xaf, 0xe5);
    /* imul $3,%r13d,%r12d */
    T(x86_imul_rri(b, false, X86_R12, X86_R13, 3), 0x45, 0x6b, 0xe5, 0x03);
    /* imul $127,%r13d,%r12d */
    T(x86_imul_rri(b, false, X86_R12, X86_R13, 127), 0x45, 0x6b, 0xe5, 0x7f);
    /* imul $128,%r13d,%r12d */
    T(x86_imul_rri(b, false, X86_R12, X86_R13, 128),
      0x45, 0x69, 0xe5, 0x80, 0x00, 0x00, 0x00);
    /* imul $-128,%r13d,%r12d */
    T(x86_imul_rri(b, false, X86_R12, X86_R13, -128), 0x45, 0x6b, 0xe5, 0x80);
    /* imul $-129,%r13d,%r12d */
    T(x86_imul_rri(b, false, X86_R12, X86_R13, -129),
      0x45, 0x69, 0xe5, 0x7f, 0xff, 0xff, 0xff);
    /* imul $305419896,%r13d,%r12d */
    T(x86_imul_rri(b, false, X86_R12, X86_R13, 0x12345678),
      0x45, 0x69, 0xe5, 0x78, 0x56, 0x34, 0x12);
    /* neg %eax */
    T(x86_neg(b, false, X86_RAX), 0xf7, 0xd8);
    /* not %eax */
    T(x86_not(b, false, X86_RAX), 0xf7, 0xd0);
    /* mul %eax */
    T(x86_mul_r(b, false, false, X86_RAX), 0xf7, 0xe0);
    /* imul %eax */
    T(x86_mul_r(b, false, true, X86_RAX), 0xf7, 0xe8);
    /* div %eax */
    T(x86_div_r(b, false, false, X86_RAX), 0xf7, 0xf0);
    /* idiv %eax */
    T(x86_div_r(b, false, true, X86_RAX), 0xf7, 0xf8);
    /* neg %esp */
    T(x86_neg(b, false, X86_RSP), 0xf7, 0xdc);
    /* not %esp */
    T(x86_not(b, false, X86_RSP), 0xf7, 0xd4);
    /* mul %esp */
    T(x86_mul_r(b, false, false, X86_RSP), 0xf7, 0xe4);
    /* imul %esp */
    T(x86_mul_r(b, false, true, X86_RSP), 0xf7, 0xec);
    /* div %esp */
    T(x86_div_r(b, false, false, X86_RSP), 0xf7, 0xf4);
    /* idiv %esp */
    T(x86_div_r(b, false, true, X86_RSP), 0xf7, 0xfc);
    /* neg %r8d */
    T(x86_neg(b, false, X86_R8), 0x41, 0xf7, 0xd8);
    /* not %r8d */
    T(x86_not(b, false, X86_R8), 0x41, 0xf7, 0xd0);
    /* mul %r8d */
    T(x86_mul_r(b, false, false, X86_R8), 0x41, 0xf7, 0xe0);
    /* imul %r8d */
    T(x86_mul_r(b, false, true, X86_R8), 0x41, 0xf7, 0xe8);
    /* div %r8d */
    T(x86_div_r(b, false, false, X86_R8), 0x41, 0xf7, 0xf0);
    /* idiv %r8d */
    T(x86_div_r(b, false, true, X86_R8), 0x41, 0xf7, 0xf8);
    /* neg %r13d */
    T(x86_neg(b, false, X86_R13), 0x41, 0xf7, 0xdd);
    /* not %r13d */
    T(x86_not(b, false, X86_R13), 0x41, 0xf7, 0xd5);
    /* mul %r13d */
    T(x86_mul_r(b, false, false, X86_R13), 0x41, 0xf7, 0xe5);
    /* imul %r13d */
    T(x86_mul_r(b, false, true, X86_R13), 0x41, 0xf7, 0xed);
    /* div %r13d */
    T(x86_div_r(b, false, false, X86_R13), 0x41, 0xf7, 0xf5);
    /* idiv %r13d */
    T(x86_div_r(b, false, true, X86_R13), 0x41, 0xf7, 0xfd);
    /* cqto */
    T(x86_cqo(b, true), 0x48, 0x99);
    /* cltd */
    T(x86_cqo(b, false), 0x99);
}

static void test_flags(void)
{
    /* test %rax,%rax */
    T(x86_test_rr(b, true, X86_RAX, X86_RAX), 0x48, 0x85, 0xc0);
    /* test %rcx,%rax */
    T(x86_test_rr(b, true, X86_RAX, X86_RCX), 0x48, 0x85, 0xc8);
    /* test %rax,%rcx */
    T(x86_test_rr(b, true, X86_RCX, X86_RAX), 0x48, 0x85, 0xc1);
    /* test %rsp,%r12 */
    T(x86_test_rr(b, true, X86_R12, X86_RSP), 0x49, 0x85, 0xe4);
    /* test %r12,%rsp */
    T(x86_test_rr(b, true, X86_RSP, X86_R12), 0x4c, 0x85, 0xe4);
    /* test %r15,%r15 */
    T(x86_test_rr(b, true, X86_R15, X86_R15), 0x4d, 0x85, 0xff);
    /* testq $1,%rax */
    T(x86_test_ri(b, true, X86_RAX, 1), 0x48, 0xa9, 0x01, 0x00, 0x00, 0x00);
    /* testq $255,%rax */
    T(x86_test_ri(b, true, X86_RAX, 255), 0x48, 0xa9, 0xff, 0x00, 0x00, 0x00);
    /* testq $-1,%rax */
    T(x86_test_ri(b, true, X86_RAX, -1), 0x48, 0xa9, 0xff, 0xff, 0xff, 0xff);
    /* testq $2147483647,%rax */
    T(x86_test_ri(b, true, X86_RAX, 0x7fffffff),
      0x48, 0xa9, 0xff, 0xff, 0xff, 0x7f);
    /* testq $1,%rcx */
    T(x86_test_ri(b, true, X86_RCX, 1),
      0x48, 0xf7, 0xc1, 0x01, 0x00, 0x00, 0x00);
    /* testq $1,%rsp */
    T(x86_test_ri(b, true, X86_RSP, 1),
      0x48, 0xf7, 0xc4, 0x01, 0x00, 0x00, 0x00);
    /* testq $1,%r9 */
    T(x86_test_ri(b, true, X86_R9, 1),
      0x49, 0xf7, 0xc1, 0x01, 0x00, 0x00, 0x00);
    /* testq $255,%r9 */
    T(x86_test_ri(b, true, X86_R9, 255),
      0x49, 0xf7, 0xc1, 0xff, 0x00, 0x00, 0x00);
    /* testq $-1,%r9 */
    T(x86_test_ri(b, true, X86_R9, -1),
      0x49, 0xf7, 0xc1, 0xff, 0xff, 0xff, 0xff);
    /* testq $2147483647,%r9 */
    T(x86_test_ri(b, true, X86_R9, 0x7fffffff),
      0x49, 0xf7, 0xc1, 0xff, 0xff, 0xff, 0x7f);
    /* test %eax,%eax */
    T(x86_test_rr(b, false, X86_RAX, X86_RAX), 0x85, 0xc0);
    /* test %ecx,%eax */
    T(x86_test_rr(b, false, X86_RAX, X86_RCX), 0x85, 0xc8);
    /* test %eax,%ecx */
    T(x86_test_rr(b, false, X86_RCX, X86_RAX), 0x85, 0xc1);
    /* test %esp,%r12d */
    T(x86_test_rr(b, false, X86_R12, X86_RSP), 0x41, 0x85, 0xe4);
    /* test %r12d,%esp */
    T(x86_test_rr(b, false, X86_RSP, X86_R12), 0x44, 0x85, 0xe4);
    /* test %r15d,%r15d */
    T(x86_test_rr(b, false, X86_R15, X86_R15), 0x45, 0x85, 0xff);
    /* testl $1,%eax */
    T(x86_test_ri(b, false, X86_RAX, 1), 0xa9, 0x01, 0x00, 0x00, 0x00);
    /* testl $255,%eax */
    T(x86_test_ri(b, false, X86_RAX, 255), 0xa9, 0xff, 0x00, 0x00, 0x00);
    /* testl $-1,%eax */
    T(x86_test_ri(b, false, X86_RAX, -1), 0xa9, 0xff, 0xff, 0xff, 0xff);
    /* testl $2147483647,%eax */
    T(x86_test_ri(b, false, X86_RAX, 0x7fffffff), 0xa9, 0xff, 0xff, 0xff, 0x7f);
    /* testl $1,%ecx */
    T(x86_test_ri(b, false, X86_RCX, 1), 0xf7, 0xc1, 0x01, 0x00, 0x00, 0x00);
    /* testl $1,%esp */
    T(x86_test_ri(b, false, X86_RSP, 1), 0xf7, 0xc4, 0x01, 0x00, 0x00, 0x00);
    /* testl $1,%r9d */
    T(x86_test_ri(b, false, X86_R9, 1),
      0x41, 0xf7, 0xc1, 0x01, 0x00, 0x00, 0x00);
    /* testl $255,%r9d */
    T(x86_test_ri(b, false, X86_R9, 255),
      0x41, 0xf7, 0xc1, 0xff, 0x00, 0x00, 0x00);
    /* testl $-1,%r9d */
    T(x86_test_ri(b, false, X86_R9, -1),
      0x41, 0xf7, 0xc1, 0xff, 0xff, 0xff, 0xff);
    /* testl $2147483647,%r9d */
    T(x86_test_ri(b, false, X86_R9, 0x7fffffff),
      0x41, 0xf7, 0xc1, 0xff, 0xff, 0xff, 0x7f);
    /* seto %dil */
    T(x86_setcc(b, X86_CC_O, X86_RDI), 0x40, 0x0f, 0x90, 0xc7);
    /* seto %r15b */
    T(x86_setcc(b, X86_CC_O, X86_R15), 0x41, 0x0f, 0x90, 0xc7);
    /* cmovo %r8,%rdx */
    T(x86_cmov(b, true, X86_CC_O, X86_RDX, X86_R8), 0x49, 0x0f, 0x40, 0xd0);
    /* setno %al */
    T(x86_setcc(b, X86_CC_NO, X86_RAX), 0x0f, 0x91, 0xc0);
    /* setno %sil */
    T(x86_setcc(b, X86_CC_NO, X86_RSI), 0x40, 0x0f, 0x91, 0xc6);
    /* cmovno %r8d,%edx */
    T(x86_cmov(b, false, X86_CC_NO, X86_RDX, X86_R8), 0x41, 0x0f, 0x41, 0xd0);
    /* setb %dil */
    T(x86_setcc(b, X86_CC_B, X86_RDI), 0x40, 0x0f, 0x92, 0xc7);
    /* setb %r15b */
    T(x86_setcc(b, X86_CC_B, X86_R15), 0x41, 0x0f, 0x92, 0xc7);
    /* cmovb %r8,%rdx */
    T(x86_cmov(b, true, X86_CC_B, X86_RDX, X86_R8), 0x49, 0x0f, 0x42, 0xd0);
    /* setae %al */
    T(x86_setcc(b, X86_CC_AE, X86_RAX), 0x0f, 0x93, 0xc0);
    /* setae %sil */
    T(x86_setcc(b, X86_CC_AE, X86_RSI), 0x40, 0x0f, 0x93, 0xc6);
    /* cmovae %r8d,%edx */
    T(x86_cmov(b, false, X86_CC_AE, X86_RDX, X86_R8), 0x41, 0x0f, 0x43, 0xd0);
    /* sete %dil */
    T(x86_setcc(b, X86_CC_E, X86_RDI), 0x40, 0x0f, 0x94, 0xc7);
    /* sete %r15b */
    T(x86_setcc(b, X86_CC_E, X86_R15), 0x41, 0x0f, 0x94, 0xc7);
    /* cmove %r8,%rdx */
    T(x86_cmov(b, true, X86_CC_E, X86_RDX, X86_R8), 0x49, 0x0f, 0x44, 0xd0);
    /* setne %al */
    T(x86_setcc(b, X86_CC_NE, X86_RAX), 0x0f, 0x95, 0xc0);
    /* setne %sil */
    T(x86_setcc(b, X86_CC_NE, X86_RSI), 0x40, 0x0f, 0x95, 0xc6);
    /* cmovne %r8d,%edx */
    T(x86_cmov(b, false, X86_CC_NE, X86_RDX, X86_R8), 0x41, 0x0f, 0x45, 0xd0);
    /* setbe %dil */
    T(x86_setcc(b, X86_CC_BE, X86_RDI), 0x40, 0x0f, 0x96, 0xc7);
    /* setbe %r15b */
    T(x86_setcc(b, X86_CC_BE, X86_R15), 0x41, 0x0f, 0x96, 0xc7);
    /* cmovbe %r8,%rdx */
    T(x86_cmov(b, true, X86_CC_BE, X86_RDX, X86_R8), 0x49, 0x0f, 0x46, 0xd0);
    /* seta %al */
    T(x86_setcc(b, X86_CC_A, X86_RAX), 0x0f, 0x97, 0xc0);
    /* seta %sil */
    T(x86_setcc(b, X86_CC_A, X86_RSI), 0x40, 0x0f, 0x97, 0xc6);
    /* cmova %r8d,%edx */
    T(x86_cmov(b, false, X86_CC_A, X86_RDX, X86_R8), 0x41, 0x0f, 0x47, 0xd0);
    /* sets %dil */
    T(x86_setcc(b, X86_CC_S, X86_RDI), 0x40, 0x0f, 0x98, 0xc7);
    /* sets %r15b */
    T(x86_setcc(b, X86_CC_S, X86_R15), 0x41, 0x0f, 0x98, 0xc7);
    /* cmovs %r8,%rdx */
    T(x86_cmov(b, true, X86_CC_S, X86_RDX, X86_R8), 0x49, 0x0f, 0x48, 0xd0);
    /* setns %al */
    T(x86_setcc(b, X86_CC_NS, X86_RAX), 0x0f, 0x99, 0xc0);
    /* setns %sil */
    T(x86_setcc(b, X86_CC_NS, X86_RSI), 0x40, 0x0f, 0x99, 0xc6);
    /* cmovns %r8d,%edx */
    T(x86_cmov(b, false, X86_CC_NS, X86_RDX, X86_R8), 0x41, 0x0f, 0x49, 0xd0);
    /* setp %dil */
    T(x86_setcc(b, X86_CC_P, X86_RDI), 0x40, 0x0f, 0x9a, 0xc7);
    /* setp %r15b */
    T(x86_setcc(b, X86_CC_P, X86_R15), 0x41, 0x0f, 0x9a, 0xc7);
    /* cmovp %r8,%rdx */
    T(x86_cmov(b, true, X86_CC_P, X86_RDX, X86_R8), 0x49, 0x0f, 0x4a, 0xd0);
    /* setnp %al */
    T(x86_setcc(b, X86_CC_NP, X86_RAX), 0x0f, 0x9b, 0xc0);
    /* setnp %sil */
    T(x86_setcc(b, X86_CC_NP, X86_RSI), 0x40, 0x0f, 0x9b, 0xc6);
    /* cmovnp %r8d,%edx */
    T(x86_cmov(b, false, X86_CC_NP, X86_RDX, X86_R8), 0x41, 0x0f, 0x4b, 0xd0);
    /* setl %dil */
    T(x86_setcc(b, X86_CC_L, X86_RDI), 0x40, 0x0f, 0x9c, 0xc7);
    /* setl %r15b */
    T(x86_setcc(b, X86_CC_L, X86_R15), 0x41, 0x0f, 0x9c, 0xc7);
    /* cmovl %r8,%rdx */
    T(x86_cmov(b, true, X86_CC_L, X86_RDX, X86_R8), 0x49, 0x0f, 0x4c, 0xd0);
    /* setge %al */
    T(x86_setcc(b, X86_CC_GE, X86_RAX), 0x0f, 0x9d, 0xc0);
    /* setge %sil */
    T(x86_setcc(b, X86_CC_GE, X86_RSI), 0x40, 0x0f, 0x9d, 0xc6);
    /* cmovge %r8d,%edx */
    T(x86_cmov(b, false, X86_CC_GE, X86_RDX, X86_R8), 0x41, 0x0f, 0x4d, 0xd0);
    /* setle %dil */
    T(x86_setcc(b, X86_CC_LE, X86_RDI), 0x40, 0x0f, 0x9e, 0xc7);
    /* setle %r15b */
    T(x86_setcc(b, X86_CC_LE, X86_R15), 0x41, 0x0f, 0x9e, 0xc7);
    /* cmovle %r8,%rdx */
    T(x86_cmov(b, true, X86_CC_LE, X86_RDX, X86_R8), 0x49, 0x0f, 0x4e, 0xd0);
    /* setg %al */
    T(x86_setcc(b, X86_CC_G, X86_RAX), 0x0f, 0x9f, 0xc0);
    /* setg %sil */
    T(x86_setcc(b, X86_CC_G, X86_RSI), 0x40, 0x0f, 0x9f, 0xc6);
    /* cmovg %r8d,%edx */
    T(x86_cmov(b, false, X86_CC_G, X86_RDX, X86_R8), 0x41, 0x0f, 0x4f, 0xd0);
    /* sete %cl */
    T(x86_setcc(b, X86_CC_E, X86_RCX), 0x0f, 0x94, 0xc1);
    /* sete %bl */
    T(x86_setcc(b, X86_CC_E, X86_RBX), 0x0f, 0x94, 0xc3);
    /* sete %spl */
    T(x86_setcc(b, X86_CC_E, X86_RSP), 0x40, 0x0f, 0x94, 0xc4);
    /* sete %bpl */
    T(x86_setcc(b, X86_CC_E, X86_RBP), 0x40, 0x0f, 0x94, 0xc5);
    /* sete %r8b */
    T(x86_setcc(b, X86_CC_E, X86_R8), 0x41, 0x0f, 0x94, 0xc0);
    /* sete %r12b */
    T(x86_setcc(b, X86_CC_E, X86_R12), 0x41, 0x0f, 0x94, 0xc4);
    /* cmovl %rax,%r15 */
    T(x86_cmov(b, true, X86_CC_L, X86_R15, X86_RAX), 0x4c, 0x0f, 0x4c, 0xf8);
    /* cmovl %r15,%rax */
    T(x86_cmov(b, true, X86_CC_L, X86_RAX, X86_R15), 0x49, 0x0f, 0x4c, 0xc7);
    /* cmovl %rbp,%rsp */
    T(x86_cmov(b, true, X86_CC_L, X86_RSP, X86_RBP), 0x48, 0x0f, 0x4c, 0xe5);
    /* cmovl %eax,%r15d */
    T(x86_cmov(b, false, X86_CC_L, X86_R15, X86_RAX), 0x44, 0x0f, 0x4c, 0xf8);
    /* cmovl %r15d,%eax */
    T(x86_cmov(b, false, X86_CC_L, X86_RAX, X86_R15), 0x41, 0x0f, 0x4c, 0xc7);
    /* cmovl %ebp,%esp */
    T(x86_cmov(b, false, X86_CC_L, X86_RSP, X86_RBP), 0x0f, 0x4c, 0xe5);
}

static void test_ext(void)
{
    /* movzbl %al,%eax */
    T(x86_ext(b, X86_RAX, X86_RAX, 1, false, false), 0x0f, 0xb6, 0xc0);
    /* movzbl %al,%eax */
    T(x86_ext(b, X86_RAX, X86_RAX, 1, false, true), 0x0f, 0xb6, 0xc0);
    /* movsbl %al,%eax */
    T(x86_ext(b, X86_RAX, X86_RAX, 1, true, false), 0x0f, 0xbe, 0xc0);
    /* movsbq %al,%rax */
    T(x86_ext(b, X86_RAX, X86_RAX, 1, true, true), 0x48, 0x0f, 0xbe, 0xc0);
    /* movzwl %ax,%eax */
    T(x86_ext(b, X86_RAX, X86_RAX, 2, false, false), 0x0f, 0xb7, 0xc0);
    /* movzwl %ax,%eax */
    T(x86_ext(b, X86_RAX, X86_RAX, 2, false, true), 0x0f, 0xb7, 0xc0);
    /* movswl %ax,%eax */
    T(x86_ext(b, X86_RAX, X86_RAX, 2, true, false), 0x0f, 0xbf, 0xc0);
    /* movswq %ax,%rax */
    T(x86_ext(b, X86_RAX, X86_RAX, 2, true, true), 0x48, 0x0f, 0xbf, 0xc0);
    /* mov %eax,%eax */
    T(x86_ext(b, X86_RAX, X86_RAX, 4, false, false), 0x89, 0xc0);
    /* mov %eax,%eax */
    T(x86_ext(b, X86_RAX, X86_RAX, 4, false, true), 0x89, 0xc0);
    /* mov %eax,%eax */
    T(x86_ext(b, X86_RAX, X86_RAX, 4, true, false), 0x89, 0xc0);
    /* movslq %eax,%rax */
    T(x86_ext(b, X86_RAX, X86_RAX, 4, true, true), 0x48, 0x63, 0xc0);
    /* movzbl %sil,%eax */
    T(x86_ext(b, X86_RAX, X86_RSI, 1, false, false), 0x40, 0x0f, 0xb6, 0xc6);
    /* movzbl %sil,%eax */
    T(x86_ext(b, X86_RAX, X86_RSI, 1, false, true), 0x40, 0x0f, 0xb6, 0xc6);
    /* movsbl %sil,%eax */
    T(x86_ext(b, X86_RAX, X86_RSI, 1, true, false), 0x40, 0x0f, 0xbe, 0xc6);
    /* movsbq %sil,%rax */
    T(x86_ext(b, X86_RAX, X86_RSI, 1, true, true), 0x48, 0x0f, 0xbe, 0xc6);
    /* movzwl %si,%eax */
    T(x86_ext(b, X86_RAX, X86_RSI, 2, false, false), 0x0f, 0xb7, 0xc6);
    /* movzwl %si,%eax */
    T(x86_ext(b, X86_RAX, X86_RSI, 2, false, true), 0x0f, 0xb7, 0xc6);
    /* movswl %si,%eax */
    T(x86_ext(b, X86_RAX, X86_RSI, 2, true, false), 0x0f, 0xbf, 0xc6);
    /* movswq %si,%rax */
    T(x86_ext(b, X86_RAX, X86_RSI, 2, true, true), 0x48, 0x0f, 0xbf, 0xc6);
    /* mov %esi,%eax */
    T(x86_ext(b, X86_RAX, X86_RSI, 4, false, false), 0x89, 0xf0);
    /* mov %esi,%eax */
    T(x86_ext(b, X86_RAX, X86_RSI, 4, false, true), 0x89, 0xf0);
    /* mov %esi,%eax */
    T(x86_ext(b, X86_RAX, X86_RSI, 4, true, false), 0x89, 0xf0);
    /* movslq %esi,%rax */
    T(x86_ext(b, X86_RAX, X86_RSI, 4, true, true), 0x48, 0x63, 0xc6);
    /* movzbl %spl,%ecx */
    T(x86_ext(b, X86_RCX, X86_RSP, 1, false, false), 0x40, 0x0f, 0xb6, 0xcc);
    /* movzbl %spl,%ecx */
    T(x86_ext(b, X86_RCX, X86_RSP, 1, false, true), 0x40, 0x0f, 0xb6, 0xcc);
    /* movsbl %spl,%ecx */
    T(x86_ext(b, X86_RCX, X86_RSP, 1, true, false), 0x40, 0x0f, 0xbe, 0xcc);
    /* movsbq %spl,%rcx */
    T(x86_ext(b, X86_RCX, X86_RSP, 1, true, true), 0x48, 0x0f, 0xbe, 0xcc);
    /* movzwl %sp,%ecx */
    T(x86_ext(b, X86_RCX, X86_RSP, 2, false, false), 0x0f, 0xb7, 0xcc);
    /* movzwl %sp,%ecx */
    T(x86_ext(b, X86_RCX, X86_RSP, 2, false, true), 0x0f, 0xb7, 0xcc);
    /* movswl %sp,%ecx */
    T(x86_ext(b, X86_RCX, X86_RSP, 2, true, false), 0x0f, 0xbf, 0xcc);
    /* movswq %sp,%rcx */
    T(x86_ext(b, X86_RCX, X86_RSP, 2, true, true), 0x48, 0x0f, 0xbf, 0xcc);
    /* mov %esp,%ecx */
    T(x86_ext(b, X86_RCX, X86_RSP, 4, false, false), 0x89, 0xe1);
    /* mov %esp,%ecx */
    T(x86_ext(b, X86_RCX, X86_RSP, 4, false, true), 0x89, 0xe1);
    /* mov %esp,%ecx */
    T(x86_ext(b, X86_RCX, X86_RSP, 4, true, false), 0x89, 0xe1);
    /* movslq %esp,%rcx */
    T(x86_ext(b, X86_RCX, X86_RSP, 4, true, true), 0x48, 0x63, 0xcc);
    /* movzbl %dil,%r8d */
    T(x86_ext(b, X86_R8, X86_RDI, 1, false, false), 0x44, 0x0f, 0xb6, 0xc7);
    /* movzbl %dil,%r8d */
    T(x86_ext(b, X86_R8, X86_RDI, 1, false, true), 0x44, 0x0f, 0xb6, 0xc7);
    /* movsbl %dil,%r8d */
    T(x86_ext(b, X86_R8, X86_RDI, 1, true, false), 0x44, 0x0f, 0xbe, 0xc7);
    /* movsbq %dil,%r8 */
    T(x86_ext(b, X86_R8, X86_RDI, 1, true, true), 0x4c, 0x0f, 0xbe, 0xc7);
    /* movzwl %di,%r8d */
    T(x86_ext(b, X86_R8, X86_RDI, 2, false, false), 0x44, 0x0f, 0xb7, 0xc7);
    /* movzwl %di,%r8d */
    T(x86_ext(b, X86_R8, X86_RDI, 2, false, true), 0x44, 0x0f, 0xb7, 0xc7);
    /* movswl %di,%r8d */
    T(x86_ext(b, X86_R8, X86_RDI, 2, true, false), 0x44, 0x0f, 0xbf, 0xc7);
    /* movswq %di,%r8 */
    T(x86_ext(b, X86_R8, X86_RDI, 2, true, true), 0x4c, 0x0f, 0xbf, 0xc7);
    /* mov %edi,%r8d */
    T(x86_ext(b, X86_R8, X86_RDI, 4, false, false), 0x41, 0x89, 0xf8);
    /* mov %edi,%r8d */
    T(x86_ext(b, X86_R8, X86_RDI, 4, false, true), 0x41, 0x89, 0xf8);
    /* mov %edi,%r8d */
    T(x86_ext(b, X86_R8, X86_RDI, 4, true, false), 0x41, 0x89, 0xf8);
    /* movslq %edi,%r8 */
    T(x86_ext(b, X86_R8, X86_RDI, 4, true, true), 0x4c, 0x63, 0xc7);
    /* movzbl %r12b,%r15d */
    T(x86_ext(b, X86_R15, X86_R12, 1, false, false), 0x45, 0x0f, 0xb6, 0xfc);
    /* movzbl %r12b,%r15d */
    T(x86_ext(b, X86_R15, X86_R12, 1, false, true), 0x45, 0x0f, 0xb6, 0xfc);
    /* movsbl %r12b,%r15d */
    T(x86_ext(b, X86_R15, X86_R12, 1, true, false), 0x45, 0x0f, 0xbe, 0xfc);
    /* movsbq %r12b,%r15 */
    T(x86_ext(b, X86_R15, X86_R12, 1, true, true), 0x4d, 0x0f, 0xbe, 0xfc);
    /* movzwl %r12w,%r15d */
    T(x86_ext(b, X86_R15, X86_R12, 2, false, false), 0x45, 0x0f, 0xb7, 0xfc);
    /* movzwl %r12w,%r15d */
    T(x86_ext(b, X86_R15, X86_R12, 2, false, true), 0x45, 0x0f, 0xb7, 0xfc);
    /* movswl %r12w,%r15d */
    T(x86_ext(b, X86_R15, X86_R12, 2, true, false), 0x45, 0x0f, 0xbf, 0xfc);
    /* movswq %r12w,%r15 */
    T(x86_ext(b, X86_R15, X86_R12, 2, true, true), 0x4d, 0x0f, 0xbf, 0xfc);
    /* mov %r12d,%r15d */
    T(x86_ext(b, X86_R15, X86_R12, 4, false, false), 0x45, 0x89, 0xe7);
    /* mov %r12d,%r15d */
    T(x86_ext(b, X86_R15, X86_R12, 4, false, true), 0x45, 0x89, 0xe7);
    /* mov %r12d,%r15d */
    T(x86_ext(b, X86_R15, X86_R12, 4, true, false), 0x45, 0x89, 0xe7);
    /* movslq %r12d,%r15 */
    T(x86_ext(b, X86_R15, X86_R12, 4, true, true), 0x4d, 0x63, 0xfc);
}

static void test_bits(void)
{
    /* bswap %rax */
    T(x86_bswap(b, true, X86_RAX), 0x48, 0x0f, 0xc8);
    /* bswap %rsp */
    T(x86_bswap(b, true, X86_RSP), 0x48, 0x0f, 0xcc);
    /* bswap %rdi */
    T(x86_bswap(b, true, X86_RDI), 0x48, 0x0f, 0xcf);
    /* bswap %r8 */
    T(x86_bswap(b, true, X86_R8), 0x49, 0x0f, 0xc8);
    /* bswap %r15 */
    T(x86_bswap(b, true, X86_R15), 0x49, 0x0f, 0xcf);
    /* lzcnt %rcx,%rax */
    T(x86_lzcnt(b, true, X86_RAX, X86_RCX), 0xf3, 0x48, 0x0f, 0xbd, 0xc1);
    /* lzcnt %rax,%r11 */
    T(x86_lzcnt(b, true, X86_R11, X86_RAX), 0xf3, 0x4c, 0x0f, 0xbd, 0xd8);
    /* lzcnt %r11,%rax */
    T(x86_lzcnt(b, true, X86_RAX, X86_R11), 0xf3, 0x49, 0x0f, 0xbd, 0xc3);
    /* lzcnt %r12,%r13 */
    T(x86_lzcnt(b, true, X86_R13, X86_R12), 0xf3, 0x4d, 0x0f, 0xbd, 0xec);
    /* tzcnt %rcx,%rax */
    T(x86_tzcnt(b, true, X86_RAX, X86_RCX), 0xf3, 0x48, 0x0f, 0xbc, 0xc1);
    /* tzcnt %rax,%r11 */
    T(x86_tzcnt(b, true, X86_R11, X86_RAX), 0xf3, 0x4c, 0x0f, 0xbc, 0xd8);
    /* tzcnt %r11,%rax */
    T(x86_tzcnt(b, true, X86_RAX, X86_R11), 0xf3, 0x49, 0x0f, 0xbc, 0xc3);
    /* tzcnt %r12,%r13 */
    T(x86_tzcnt(b, true, X86_R13, X86_R12), 0xf3, 0x4d, 0x0f, 0xbc, 0xec);
    /* popcnt %rcx,%rax */
    T(x86_popcnt(b, true, X86_RAX, X86_RCX), 0xf3, 0x48, 0x0f, 0xb8, 0xc1);
    /* popcnt %rax,%r11 */
    T(x86_popcnt(b, true, X86_R11, X86_RAX), 0xf3, 0x4c, 0x0f, 0xb8, 0xd8);
    /* popcnt %r11,%rax */
    T(x86_popcnt(b, true, X86_RAX, X86_R11), 0xf3, 0x49, 0x0f, 0xb8, 0xc3);
    /* popcnt %r12,%r13 */
    T(x86_popcnt(b, true, X86_R13, X86_R12), 0xf3, 0x4d, 0x0f, 0xb8, 0xec);
    /* bsr %rcx,%rax */
    T(x86_bsr(b, true, X86_RAX, X86_RCX), 0x48, 0x0f, 0xbd, 0xc1);
    /* bsr %rax,%r11 */
    T(x86_bsr(b, true, X86_R11, X86_RAX), 0x4c, 0x0f, 0xbd, 0xd8);
    /* bsr %r12,%r13 */
    T(x86_bsr(b, true, X86_R13, X86_R12), 0x4d, 0x0f, 0xbd, 0xec);
    /* bsr %ecx,%eax */
    T(x86_bsr(b, false, X86_RAX, X86_RCX), 0x0f, 0xbd, 0xc1);
    /* bsr %r11d,%eax */
    T(x86_bsr(b, false, X86_RAX, X86_R11), 0x41, 0x0f, 0xbd, 0xc3);
    /* bsf %rcx,%rax */
    T(x86_bsf(b, true, X86_RAX, X86_RCX), 0x48, 0x0f, 0xbc, 0xc1);
    /* bsf %rax,%r11 */
    T(x86_bsf(b, true, X86_R11, X86_RAX), 0x4c, 0x0f, 0xbc, 0xd8);
    /* bsf %r12,%r13 */
    T(x86_bsf(b, true, X86_R13, X86_R12), 0x4d, 0x0f, 0xbc, 0xec);
    /* bsf %ecx,%eax */
    T(x86_bsf(b, false, X86_RAX, X86_RCX), 0x0f, 0xbc, 0xc1);
    /* bsf %r11d,%eax */
    T(x86_bsf(b, false, X86_RAX, X86_R11), 0x41, 0x0f, 0xbc, 0xc3);
    /* bswap %eax */
    T(x86_bswap(b, false, X86_RAX), 0x0f, 0xc8);
    /* bswap %esp */
    T(x86_bswap(b, false, X86_RSP), 0x0f, 0xcc);
    /* bswap %edi */
    T(x86_bswap(b, false, X86_RDI), 0x0f, 0xcf);
    /* bswap %r8d */
    T(x86_bswap(b, false, X86_R8), 0x41, 0x0f, 0xc8);
    /* bswap %r15d */
    T(x86_bswap(b, false, X86_R15), 0x41, 0x0f, 0xcf);
    /* lzcnt %ecx,%eax */
    T(x86_lzcnt(b, false, X86_RAX, X86_RCX), 0xf3, 0x0f, 0xbd, 0xc1);
    /* lzcnt %eax,%r11d */
    T(x86_lzcnt(b, false, X86_R11, X86_RAX), 0xf3, 0x44, 0x0f, 0xbd, 0xd8);
    /* lzcnt %r11d,%eax */
    T(x86_lzcnt(b, false, X86_RAX, X86_R11), 0xf3, 0x41, 0x0f, 0xbd, 0xc3);
    /* lzcnt %r12d,%r13d */
    T(x86_lzcnt(b, false, X86_R13, X86_R12), 0xf3, 0x45, 0x0f, 0xbd, 0xec);
    /* tzcnt %ecx,%eax */
    T(x86_tzcnt(b, false, X86_RAX, X86_RCX), 0xf3, 0x0f, 0xbc, 0xc1);
    /* tzcnt %eax,%r11d */
    T(x86_tzcnt(b, false, X86_R11, X86_RAX), 0xf3, 0x44, 0x0f, 0xbc, 0xd8);
    /* tzcnt %r11d,%eax */
    T(x86_tzcnt(b, false, X86_RAX, X86_R11), 0xf3, 0x41, 0x0f, 0xbc, 0xc3);
    /* tzcnt %r12d,%r13d */
    T(x86_tzcnt(b, false, X86_R13, X86_R12), 0xf3, 0x45, 0x0f, 0xbc, 0xec);
    /* popcnt %ecx,%eax */
    T(x86_popcnt(b, false, X86_RAX, X86_RCX), 0xf3, 0x0f, 0xb8, 0xc1);
    /* popcnt %eax,%r11d */
    T(x86_popcnt(b, false, X86_R11, X86_RAX), 0xf3, 0x44, 0x0f, 0xb8, 0xd8);
    /* popcnt %r11d,%eax */
    T(x86_popcnt(b, false, X86_RAX, X86_R11), 0xf3, 0x41, 0x0f, 0xb8, 0xc3);
    /* popcnt %r12d,%r13d */
    T(x86_popcnt(b, false, X86_R13, X86_R12), 0xf3, 0x45, 0x0f, 0xb8, 0xec);
}

static void test_atomic(void)
{
    /* xchg %sil,(%rdi) */
    T(x86_xchg_mr(b, x86_mem(X86_RDI, 0), X86_RSI, 1), 0x40, 0x86, 0x37);
    /* lock cmpxchg %sil,(%rdi) */
    T(x86_lock_cmpxchg(b, x86_mem(X86_RDI, 0), X86_RSI, 1),
      0xf0, 0x40, 0x0f, 0xb0, 0x37);
    /* lock xadd %sil,(%rdi) */
    T(x86_lock_xadd(b, x86_mem(X86_RDI, 0), X86_RSI, 1),
      0xf0, 0x40, 0x0f, 0xc0, 0x37);
    /* xchg %si,(%rdi) */
    T(x86_xchg_mr(b, x86_mem(X86_RDI, 0), X86_RSI, 2), 0x66, 0x87, 0x37);
    /* lock cmpxchg %si,(%rdi) */
    T(x86_lock_cmpxchg(b, x86_mem(X86_RDI, 0), X86_RSI, 2),
      0x66, 0xf0, 0x0f, 0xb1, 0x37);
    /* lock xadd %si,(%rdi) */
    T(x86_lock_xadd(b, x86_mem(X86_RDI, 0), X86_RSI, 2),
      0x66, 0xf0, 0x0f, 0xc1, 0x37);
    /* xchg %esi,(%rdi) */
    T(x86_xchg_mr(b, x86_mem(X86_RDI, 0), X86_RSI, 4), 0x87, 0x37);
    /* lock cmpxchg %esi,(%rdi) */
    T(x86_lock_cmpxchg(b, x86_mem(X86_RDI, 0), X86_RSI, 4),
      0xf0, 0x0f, 0xb1, 0x37);
    /* lock xadd %esi,(%rdi) */
    T(x86_lock_xadd(b, x86_mem(X86_RDI, 0), X86_RSI, 4),
      0xf0, 0x0f, 0xc1, 0x37);
    /* xchg %rsi,(%rdi) */
    T(x86_xchg_mr(b, x86_mem(X86_RDI, 0), X86_RSI, 8), 0x48, 0x87, 0x37);
    /* lock cmpxchg %rsi,(%rdi) */
    T(x86_lock_cmpxchg(b, x86_mem(X86_RDI, 0), X86_RSI, 8),
      0xf0, 0x48, 0x0f, 0xb1, 0x37);
    /* lock xadd %rsi,(%rdi) */
    T(x86_lock_xadd(b, x86_mem(X86_RDI, 0), X86_RSI, 8),
      0xf0, 0x48, 0x0f, 0xc1, 0x37);
    /* xchg %r9b,(%rdi) */
    T(x86_xchg_mr(b, x86_mem(X86_RDI, 0), X86_R9, 1), 0x44, 0x86, 0x0f);
    /* lock cmpxchg %r9b,(%rdi) */
    T(x86_lock_cmpxchg(b, x86_mem(X86_RDI, 0), X86_R9, 1),
      0xf0, 0x44, 0x0f, 0xb0, 0x0f);
    /* lock xadd %r9b,(%rdi) */
    T(x86_lock_xadd(b, x86_mem(X86_RDI, 0), X86_R9, 1),
      0xf0, 0x44, 0x0f, 0xc0, 0x0f);
    /* xchg %r9w,(%rdi) */
    T(x86_xchg_mr(b, x86_mem(X86_RDI, 0), X86_R9, 2), 0x66, 0x44, 0x87, 0x0f);
    /* lock cmpxchg %r9w,(%rdi) */
    T(x86_lock_cmpxchg(b, x86_mem(X86_RDI, 0), X86_R9, 2),
      0x66, 0xf0, 0x44, 0x0f, 0xb1, 0x0f);
    /* lock xadd %r9w,(%rdi) */
    T(x86_lock_xadd(b, x86_mem(X86_RDI, 0), X86_R9, 2),
      0x66, 0xf0, 0x44, 0x0f, 0xc1, 0x0f);
    /* xchg %r9d,(%rdi) */
    T(x86_xchg_mr(b, x86_mem(X86_RDI, 0), X86_R9, 4), 0x44, 0x87, 0x0f);
    /* lock cmpxchg %r9d,(%rdi) */
    T(x86_lock_cmpxchg(b, x86_mem(X86_RDI, 0), X86_R9, 4),
      0xf0, 0x44, 0x0f, 0xb1, 0x0f);
    /* lock xadd %r9d,(%rdi) */
    T(x86_lock_xadd(b, x86_mem(X86_RDI, 0), X86_R9, 4),
      0xf0, 0x44, 0x0f, 0xc1, 0x0f);
    /* xchg %r9,(%rdi) */
    T(x86_xchg_mr(b, x86_mem(X86_RDI, 0), X86_R9, 8), 0x4c, 0x87, 0x0f);
    /* lock cmpxchg %r9,(%rdi) */
    T(x86_lock_cmpxchg(b, x86_mem(X86_RDI, 0), X86_R9, 8),
      0xf0, 0x4c, 0x0f, 0xb1, 0x0f);
    /* lock xadd %r9,(%rdi) */
    T(x86_lock_xadd(b, x86_mem(X86_RDI, 0), X86_R9, 8),
      0xf0, 0x4c, 0x0f, 0xc1, 0x0f);
    /* xchg %sil,8(%r12) */
    T(x86_xchg_mr(b, x86_mem(X86_R12, 8), X86_RSI, 1),
      0x41, 0x86, 0x74, 0x24, 0x08);
    /* lock cmpxchg %sil,8(%r12) */
    T(x86_lock_cmpxchg(b, x86_mem(X86_R12, 8), X86_RSI, 1),
      0xf0, 0x41, 0x0f, 0xb0, 0x74, 0x24, 0x08);
    /* lock xadd %sil,8(%r12) */
    T(x86_lock_xadd(b, x86_mem(X86_R12, 8), X86_RSI, 1),
      0xf0, 0x41, 0x0f, 0xc0, 0x74, 0x24, 0x08);
    /* xchg %si,8(%r12) */
    T(x86_xchg_mr(b, x86_mem(X86_R12, 8), X86_RSI, 2),
      0x66, 0x41, 0x87, 0x74, 0x24, 0x08);
    /* lock cmpxchg %si,8(%r12) */
    T(x86_lock_cmpxchg(b, x86_mem(X86_R12, 8), X86_RSI, 2),
      0x66, 0xf0, 0x41, 0x0f, 0xb1, 0x74, 0x24, 0x08);
    /* lock xadd %si,8(%r12) */
    T(x86_lock_xadd(b, x86_mem(X86_R12, 8), X86_RSI, 2),
      0x66, 0xf0, 0x41, 0x0f, 0xc1, 0x74, 0x24, 0x08);
    /* xchg %esi,8(%r12) */
    T(x86_xchg_mr(b, x86_mem(X86_R12, 8), X86_RSI, 4),
      0x41, 0x87, 0x74, 0x24, 0x08);
    /* lock cmpxchg %esi,8(%r12) */
    T(x86_lock_cmpxchg(b, x86_mem(X86_R12, 8), X86_RSI, 4),
      0xf0, 0x41, 0x0f, 0xb1, 0x74, 0x24, 0x08);
    /* lock xadd %esi,8(%r12) */
    T(x86_lock_xadd(b, x86_mem(X86_R12, 8), X86_RSI, 4),
      0xf0, 0x41, 0x0f, 0xc1, 0x74, 0x24, 0x08);
    /* xchg %rsi,8(%r12) */
    T(x86_xchg_mr(b, x86_mem(X86_R12, 8), X86_RSI, 8),
      0x49, 0x87, 0x74, 0x24, 0x08);
    /* lock cmpxchg %rsi,8(%r12) */
    T(x86_lock_cmpxchg(b, x86_mem(X86_R12, 8), X86_RSI, 8),
      0xf0, 0x49, 0x0f, 0xb1, 0x74, 0x24, 0x08);
    /* lock xadd %rsi,8(%r12) */
    T(x86_lock_xadd(b, x86_mem(X86_R12, 8), X86_RSI, 8),
      0xf0, 0x49, 0x0f, 0xc1, 0x74, 0x24, 0x08);
    /* xchg %r9b,8(%r12) */
    T(x86_xchg_mr(b, x86_mem(X86_R12, 8), X86_R9, 1),
      0x45, 0x86, 0x4c, 0x24, 0x08);
    /* lock cmpxchg %r9b,8(%r12) */
    T(x86_lock_cmpxchg(b, x86_mem(X86_R12, 8), X86_R9, 1),
      0xf0, 0x45, 0x0f, 0xb0, 0x4c, 0x24, 0x08);
    /* lock xadd %r9b,8(%r12) */
    T(x86_lock_xadd(b, x86_mem(X86_R12, 8), X86_R9, 1),
      0xf0, 0x45, 0x0f, 0xc0, 0x4c, 0x24, 0x08);
    /* xchg %r9w,8(%r12) */
    T(x86_xchg_mr(b, x86_mem(X86_R12, 8), X86_R9, 2),
      0x66, 0x45, 0x87, 0x4c, 0x24, 0x08);
    /* lock cmpxchg %r9w,8(%r12) */
    T(x86_lock_cmpxchg(b, x86_mem(X86_R12, 8), X86_R9, 2),
      0x66, 0xf0, 0x45, 0x0f, 0xb1, 0x4c, 0x24, 0x08);
    /* lock xadd %r9w,8(%r12) */
    T(x86_lock_xadd(b, x86_mem(X86_R12, 8), X86_R9, 2),
      0x66, 0xf0, 0x45, 0x0f, 0xc1, 0x4c, 0x24, 0x08);
    /* xchg %r9d,8(%r12) */
    T(x86_xchg_mr(b, x86_mem(X86_R12, 8), X86_R9, 4),
      0x45, 0x87, 0x4c, 0x24, 0x08);
    /* lock cmpxchg %r9d,8(%r12) */
    T(x86_lock_cmpxchg(b, x86_mem(X86_R12, 8), X86_R9, 4),
      0xf0, 0x45, 0x0f, 0xb1, 0x4c, 0x24, 0x08);
    /* lock xadd %r9d,8(%r12) */
    T(x86_lock_xadd(b, x86_mem(X86_R12, 8), X86_R9, 4),
      0xf0, 0x45, 0x0f, 0xc1, 0x4c, 0x24, 0x08);
    /* xchg %r9,8(%r12) */
    T(x86_xchg_mr(b, x86_mem(X86_R12, 8), X86_R9, 8),
      0x4d, 0x87, 0x4c, 0x24, 0x08);
    /* lock cmpxchg %r9,8(%r12) */
    T(x86_lock_cmpxchg(b, x86_mem(X86_R12, 8), X86_R9, 8),
      0xf0, 0x4d, 0x0f, 0xb1, 0x4c, 0x24, 0x08);
    /* lock xadd %r9,8(%r12) */
    T(x86_lock_xadd(b, x86_mem(X86_R12, 8), X86_R9, 8),
      0xf0, 0x4d, 0x0f, 0xc1, 0x4c, 0x24, 0x08);
    /* xchg %sil,(%rbp,%r13,4) */
    T(x86_xchg_mr(b, x86_mem_idx(X86_RBP, X86_R13, 4, 0), X86_RSI, 1),
      0x42, 0x86, 0x74, 0xad, 0x00);
    /* lock cmpxchg %sil,(%rbp,%r13,4) */
    T(x86_lock_cmpxchg(b, x86_mem_idx(X86_RBP, X86_R13, 4, 0), X86_RSI, 1),
      0xf0, 0x42, 0x0f, 0xb0, 0x74, 0xad, 0x00);
    /* lock xadd %sil,(%rbp,%r13,4) */
    T(x86_lock_xadd(b, x86_mem_idx(X86_RBP, X86_R13, 4, 0), X86_RSI, 1),
      0xf0, 0x42, 0x0f, 0xc0, 0x74, 0xad, 0x00);
    /* xchg %si,(%rbp,%r13,4) */
    T(x86_xchg_mr(b, x86_mem_idx(X86_RBP, X86_R13, 4, 0), X86_RSI, 2),
      0x66, 0x42, 0x87, 0x74, 0xad, 0x00);
    /* lock cmpxchg %si,(%rbp,%r13,4) */
    T(x86_lock_cmpxchg(b, x86_mem_idx(X86_RBP, X86_R13, 4, 0), X86_RSI, 2),
      0x66, 0xf0, 0x42, 0x0f, 0xb1, 0x74, 0xad, 0x00);
    /* lock xadd %si,(%rbp,%r13,4) */
    T(x86_lock_xadd(b, x86_mem_idx(X86_RBP, X86_R13, 4, 0), X86_RSI, 2),
      0x66, 0xf0, 0x42, 0x0f, 0xc1, 0x74, 0xad, 0x00);
    /* xchg %esi,(%rbp,%r13,4) */
    T(x86_xchg_mr(b, x86_mem_idx(X86_RBP, X86_R13, 4, 0), X86_RSI, 4),
      0x42, 0x87, 0x74, 0xad, 0x00);
    /* lock cmpxchg %esi,(%rbp,%r13,4) */
    T(x86_lock_cmpxchg(b, x86_mem_idx(X86_RBP, X86_R13, 4, 0), X86_RSI, 4),
      0xf0, 0x42, 0x0f, 0xb1, 0x74, 0xad, 0x00);
    /* lock xadd %esi,(%rbp,%r13,4) */
    T(x86_lock_xadd(b, x86_mem_idx(X86_RBP, X86_R13, 4, 0), X86_RSI, 4),
      0xf0, 0x42, 0x0f, 0xc1, 0x74, 0xad, 0x00);
    /* xchg %rsi,(%rbp,%r13,4) */
    T(x86_xchg_mr(b, x86_mem_idx(X86_RBP, X86_R13, 4, 0), X86_RSI, 8),
      0x4a, 0x87, 0x74, 0xad, 0x00);
    /* lock cmpxchg %rsi,(%rbp,%r13,4) */
    T(x86_lock_cmpxchg(b, x86_mem_idx(X86_RBP, X86_R13, 4, 0), X86_RSI, 8),
      0xf0, 0x4a, 0x0f, 0xb1, 0x74, 0xad, 0x00);
    /* lock xadd %rsi,(%rbp,%r13,4) */
    T(x86_lock_xadd(b, x86_mem_idx(X86_RBP, X86_R13, 4, 0), X86_RSI, 8),
      0xf0, 0x4a, 0x0f, 0xc1, 0x74, 0xad, 0x00);
    /* xchg %r9b,(%rbp,%r13,4) */
    T(x86_xchg_mr(b, x86_mem_idx(X86_RBP, X86_R13, 4, 0), X86_R9, 1),
      0x46, 0x86, 0x4c, 0xad, 0x00);
    /* lock cmpxchg %r9b,(%rbp,%r13,4) */
    T(x86_lock_cmpxchg(b, x86_mem_idx(X86_RBP, X86_R13, 4, 0), X86_R9, 1),
      0xf0, 0x46, 0x0f, 0xb0, 0x4c, 0xad, 0x00);
    /* lock xadd %r9b,(%rbp,%r13,4) */
    T(x86_lock_xadd(b, x86_mem_idx(X86_RBP, X86_R13, 4, 0), X86_R9, 1),
      0xf0, 0x46, 0x0f, 0xc0, 0x4c, 0xad, 0x00);
    /* xchg %r9w,(%rbp,%r13,4) */
    T(x86_xchg_mr(b, x86_mem_idx(X86_RBP, X86_R13, 4, 0), X86_R9, 2),
      0x66, 0x46, 0x87, 0x4c, 0xad, 0x00);
    /* lock cmpxchg %r9w,(%rbp,%r13,4) */
    T(x86_lock_cmpxchg(b, x86_mem_idx(X86_RBP, X86_R13, 4, 0), X86_R9, 2),
      0x66, 0xf0, 0x46, 0x0f, 0xb1, 0x4c, 0xad, 0x00);
    /* lock xadd %r9w,(%rbp,%r13,4) */
    T(x86_lock_xadd(b, x86_mem_idx(X86_RBP, X86_R13, 4, 0), X86_R9, 2),
      0x66, 0xf0, 0x46, 0x0f, 0xc1, 0x4c, 0xad, 0x00);
    /* xchg %r9d,(%rbp,%r13,4) */
    T(x86_xchg_mr(b, x86_mem_idx(X86_RBP, X86_R13, 4, 0), X86_R9, 4),
      0x46, 0x87, 0x4c, 0xad, 0x00);
    /* lock cmpxchg %r9d,(%rbp,%r13,4) */
    T(x86_lock_cmpxchg(b, x86_mem_idx(X86_RBP, X86_R13, 4, 0), X86_R9, 4),
      0xf0, 0x46, 0x0f, 0xb1, 0x4c, 0xad, 0x00);
    /* lock xadd %r9d,(%rbp,%r13,4) */
    T(x86_lock_xadd(b, x86_mem_idx(X86_RBP, X86_R13, 4, 0), X86_R9, 4),
      0xf0, 0x46, 0x0f, 0xc1, 0x4c, 0xad, 0x00);
    /* xchg %r9,(%rbp,%r13,4) */
    T(x86_xchg_mr(b, x86_mem_idx(X86_RBP, X86_R13, 4, 0), X86_R9, 8),
      0x4e, 0x87, 0x4c, 0xad, 0x00);
    /* lock cmpxchg %r9,(%rbp,%r13,4) */
    T(x86_lock_cmpxchg(b, x86_mem_idx(X86_RBP, X86_R13, 4, 0), X86_R9, 8),
      0xf0, 0x4e, 0x0f, 0xb1, 0x4c, 0xad, 0x00);
    /* lock xadd %r9,(%rbp,%r13,4) */
    T(x86_lock_xadd(b, x86_mem_idx(X86_RBP, X86_R13, 4, 0), X86_R9, 8),
      0xf0, 0x4e, 0x0f, 0xc1, 0x4c, 0xad, 0x00);
    /* mfence */
    T(x86_mfence(b), 0x0f, 0xae, 0xf0);
}

static void test_stack(void)
{
    /* push %rax */
    T(x86_push(b, X86_RAX), 0x50);
    /* pop %rax */
    T(x86_pop(b, X86_RAX), 0x58);
    /* call *%rax */
    T(x86_call_r(b, X86_RAX), 0xff, 0xd0);
    /* jmp *%rax */
    T(x86_jmp_r(b, X86_RAX), 0xff, 0xe0);
    /* push %rbx */
    T(x86_push(b, X86_RBX), 0x53);
    /* pop %rbx */
    T(x86_pop(b, X86_RBX), 0x5b);
    /* call *%rbx */
    T(x86_call_r(b, X86_RBX), 0xff, 0xd3);
    /* jmp *%rbx */
    T(x86_jmp_r(b, X86_RBX), 0xff, 0xe3);
    /* push %rsp */
    T(x86_push(b, X86_RSP), 0x54);
    /* pop %rsp */
    T(x86_pop(b, X86_RSP), 0x5c);
    /* call *%rsp */
    T(x86_call_r(b, X86_RSP), 0xff, 0xd4);
    /* jmp *%rsp */
    T(x86_jmp_r(b, X86_RSP), 0xff, 0xe4);
    /* push %rbp */
    T(x86_push(b, X86_RBP), 0x55);
    /* pop %rbp */
    T(x86_pop(b, X86_RBP), 0x5d);
    /* call *%rbp */
    T(x86_call_r(b, X86_RBP), 0xff, 0xd5);
    /* jmp *%rbp */
    T(x86_jmp_r(b, X86_RBP), 0xff, 0xe5);
    /* push %rdi */
    T(x86_push(b, X86_RDI), 0x57);
    /* pop %rdi */
    T(x86_pop(b, X86_RDI), 0x5f);
    /* call *%rdi */
    T(x86_call_r(b, X86_RDI), 0xff, 0xd7);
    /* jmp *%rdi */
    T(x86_jmp_r(b, X86_RDI), 0xff, 0xe7);
    /* push %r8 */
    T(x86_push(b, X86_R8), 0x41, 0x50);
    /* pop %r8 */
    T(x86_pop(b, X86_R8), 0x41, 0x58);
    /* call *%r8 */
    T(x86_call_r(b, X86_R8), 0x41, 0xff, 0xd0);
    /* jmp *%r8 */
    T(x86_jmp_r(b, X86_R8), 0x41, 0xff, 0xe0);
    /* push %r12 */
    T(x86_push(b, X86_R12), 0x41, 0x54);
    /* pop %r12 */
    T(x86_pop(b, X86_R12), 0x41, 0x5c);
    /* call *%r12 */
    T(x86_call_r(b, X86_R12), 0x41, 0xff, 0xd4);
    /* jmp *%r12 */
    T(x86_jmp_r(b, X86_R12), 0x41, 0xff, 0xe4);
    /* push %r13 */
    T(x86_push(b, X86_R13), 0x41, 0x55);
    /* pop %r13 */
    T(x86_pop(b, X86_R13), 0x41, 0x5d);
    /* call *%r13 */
    T(x86_call_r(b, X86_R13), 0x41, 0xff, 0xd5);
    /* jmp *%r13 */
    T(x86_jmp_r(b, X86_R13), 0x41, 0xff, 0xe5);
    /* push %r15 */
    T(x86_push(b, X86_R15), 0x41, 0x57);
    /* pop %r15 */
    T(x86_pop(b, X86_R15), 0x41, 0x5f);
    /* call *%r15 */
    T(x86_call_r(b, X86_R15), 0x41, 0xff, 0xd7);
    /* jmp *%r15 */
    T(x86_jmp_r(b, X86_R15), 0x41, 0xff, 0xe7);
    /* jmp *(%rax) */
    T(x86_jmp_m(b, x86_mem(X86_RAX, 0)), 0xff, 0x20);
    /* jmp *8(%rsp) */
    T(x86_jmp_m(b, x86_mem(X86_RSP, 8)), 0xff, 0x64, 0x24, 0x08);
    /* jmp *(%rbp) */
    T(x86_jmp_m(b, x86_mem(X86_RBP, 0)), 0xff, 0x65, 0x00);
    /* jmp *(%r12) */
    T(x86_jmp_m(b, x86_mem(X86_R12, 0)), 0x41, 0xff, 0x24, 0x24);
    /* jmp *256(%r13) */
    T(x86_jmp_m(b, x86_mem(X86_R13, 256)),
      0x41, 0xff, 0xa5, 0x00, 0x01, 0x00, 0x00);
    /* jmp *(%r14,%rcx,8) */
    T(x86_jmp_m(b, x86_mem_idx(X86_R14, X86_RCX, 8, 0)),
      0x41, 0xff, 0x24, 0xce);
    /* jmp *0x1000(,%r15,8) */
    T(x86_jmp_m(b, x86_mem_idx(X86_NOREG, X86_R15, 8, 0x1000)),
      0x42, 0xff, 0x24, 0xfd, 0x00, 0x10, 0x00, 0x00);
    /* ret */
    T(x86_ret(b), 0xc3);
    /* ud2 */
    T(x86_ud2(b), 0x0f, 0x0b);
    /* int3 */
    T(x86_int3(b), 0xcc);
}

static void test_nop(void)
{
    /* nop */
    T(x86_nop(b, 1), 0x90);
    /* xchg %ax,%ax */
    T(x86_nop(b, 2), 0x66, 0x90);
    /* nopl (%rax) */
    T(x86_nop(b, 3), 0x0f, 0x1f, 0x00);
    /* {disp8} nopl 0(%rax) */
    T(x86_nop(b, 4), 0x0f, 0x1f, 0x40, 0x00);
    /* {disp8} nopl 0(%rax,%rax,1) */
    T(x86_nop(b, 5), 0x0f, 0x1f, 0x44, 0x00, 0x00);
    /* {disp8} nopw 0(%rax,%rax,1) */
    T(x86_nop(b, 6), 0x66, 0x0f, 0x1f, 0x44, 0x00, 0x00);
    /* {disp32} nopl 0(%rax) */
    T(x86_nop(b, 7), 0x0f, 0x1f, 0x80, 0x00, 0x00, 0x00, 0x00);
    /* {disp32} nopl 0(%rax,%rax,1) */
    T(x86_nop(b, 8), 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00);
    /* {disp32} nopw 0(%rax,%rax,1) */
    T(x86_nop(b, 9), 0x66, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00);
    /* .byte 0x66; {disp32} nopw 0(%rax,%rax,1) */
    T(x86_nop(b, 10),
      0x66, 0x66, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00);
    /* .byte 0x66, 0x66; {disp32} nopw 0(%rax,%rax,1) */
    T(x86_nop(b, 11),
      0x66, 0x66, 0x66, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00);
    /* .byte 0x66, 0x66; {disp32} nopw 0(%rax,%rax,1); nop */
    T(x86_nop(b, 12),
      0x66, 0x66, 0x66, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00, 0x90);
    /* .byte 0x66, 0x66; {disp32} nopw 0(%rax,%rax,1); xchg %ax,%ax */
    T(x86_nop(b, 13),
      0x66, 0x66, 0x66, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00, 0x66,
      0x90);
    /* .byte 0x66, 0x66; {disp32} nopw 0(%rax,%rax,1); nopl (%rax) */
    T(x86_nop(b, 14),
      0x66, 0x66, 0x66, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0f,
      0x1f, 0x00);
    /* .byte 0x66, 0x66; {disp32} nopw 0(%rax,%rax,1); {disp8} nopl 0(%rax) */
    T(x86_nop(b, 15),
      0x66, 0x66, 0x66, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0f,
      0x1f, 0x40, 0x00);
}

static void test_branch(void)
{
    /* {disp32} jmp .+5 */
    T(x86_jmp_rel32(b), 0xe9, 0x00, 0x00, 0x00, 0x00);
    /* call .+5 */
    T(x86_call_rel32(b), 0xe8, 0x00, 0x00, 0x00, 0x00);
    /* jmp .+2 */
    T(x86_jmp_rel8(b), 0xeb, 0x00);
    /* {disp32} jo .+6 */
    T(x86_jcc_rel32(b, X86_CC_O), 0x0f, 0x80, 0x00, 0x00, 0x00, 0x00);
    /* jo .+2 */
    T(x86_jcc_rel8(b, X86_CC_O), 0x70, 0x00);
    /* {disp32} jno .+6 */
    T(x86_jcc_rel32(b, X86_CC_NO), 0x0f, 0x81, 0x00, 0x00, 0x00, 0x00);
    /* jno .+2 */
    T(x86_jcc_rel8(b, X86_CC_NO), 0x71, 0x00);
    /* {disp32} jb .+6 */
    T(x86_jcc_rel32(b, X86_CC_B), 0x0f, 0x82, 0x00, 0x00, 0x00, 0x00);
    /* jb .+2 */
    T(x86_jcc_rel8(b, X86_CC_B), 0x72, 0x00);
    /* {disp32} jae .+6 */
    T(x86_jcc_rel32(b, X86_CC_AE), 0x0f, 0x83, 0x00, 0x00, 0x00, 0x00);
    /* jae .+2 */
    T(x86_jcc_rel8(b, X86_CC_AE), 0x73, 0x00);
    /* {disp32} je .+6 */
    T(x86_jcc_rel32(b, X86_CC_E), 0x0f, 0x84, 0x00, 0x00, 0x00, 0x00);
    /* je .+2 */
    T(x86_jcc_rel8(b, X86_CC_E), 0x74, 0x00);
    /* {disp32} jne .+6 */
    T(x86_jcc_rel32(b, X86_CC_NE), 0x0f, 0x85, 0x00, 0x00, 0x00, 0x00);
    /* jne .+2 */
    T(x86_jcc_rel8(b, X86_CC_NE), 0x75, 0x00);
    /* {disp32} jbe .+6 */
    T(x86_jcc_rel32(b, X86_CC_BE), 0x0f, 0x86, 0x00, 0x00, 0x00, 0x00);
    /* jbe .+2 */
    T(x86_jcc_rel8(b, X86_CC_BE), 0x76, 0x00);
    /* {disp32} ja .+6 */
    T(x86_jcc_rel32(b, X86_CC_A), 0x0f, 0x87, 0x00, 0x00, 0x00, 0x00);
    /* ja .+2 */
    T(x86_jcc_rel8(b, X86_CC_A), 0x77, 0x00);
    /* {disp32} js .+6 */
    T(x86_jcc_rel32(b, X86_CC_S), 0x0f, 0x88, 0x00, 0x00, 0x00, 0x00);
    /* js .+2 */
    T(x86_jcc_rel8(b, X86_CC_S), 0x78, 0x00);
    /* {disp32} jns .+6 */
    T(x86_jcc_rel32(b, X86_CC_NS), 0x0f, 0x89, 0x00, 0x00, 0x00, 0x00);
    /* jns .+2 */
    T(x86_jcc_rel8(b, X86_CC_NS), 0x79, 0x00);
    /* {disp32} jp .+6 */
    T(x86_jcc_rel32(b, X86_CC_P), 0x0f, 0x8a, 0x00, 0x00, 0x00, 0x00);
    /* jp .+2 */
    T(x86_jcc_rel8(b, X86_CC_P), 0x7a, 0x00);
    /* {disp32} jnp .+6 */
    T(x86_jcc_rel32(b, X86_CC_NP), 0x0f, 0x8b, 0x00, 0x00, 0x00, 0x00);
    /* jnp .+2 */
    T(x86_jcc_rel8(b, X86_CC_NP), 0x7b, 0x00);
    /* {disp32} jl .+6 */
    T(x86_jcc_rel32(b, X86_CC_L), 0x0f, 0x8c, 0x00, 0x00, 0x00, 0x00);
    /* jl .+2 */
    T(x86_jcc_rel8(b, X86_CC_L), 0x7c, 0x00);
    /* {disp32} jge .+6 */
    T(x86_jcc_rel32(b, X86_CC_GE), 0x0f, 0x8d, 0x00, 0x00, 0x00, 0x00);
    /* jge .+2 */
    T(x86_jcc_rel8(b, X86_CC_GE), 0x7d, 0x00);
    /* {disp32} jle .+6 */
    T(x86_jcc_rel32(b, X86_CC_LE), 0x0f, 0x8e, 0x00, 0x00, 0x00, 0x00);
    /* jle .+2 */
    T(x86_jcc_rel8(b, X86_CC_LE), 0x7e, 0x00);
    /* {disp32} jg .+6 */
    T(x86_jcc_rel32(b, X86_CC_G), 0x0f, 0x8f, 0x00, 0x00, 0x00, 0x00);
    /* jg .+2 */
    T(x86_jcc_rel8(b, X86_CC_G), 0x7f, 0x00);
}

/* ---- Hand-written checks ---- */

/* An address as an integer offset from p, for exec addresses we never use. */
static const uint8_t *test_addr(const void *p, intptr_t off)
{
    return (const uint8_t *)((uintptr_t)p + (uintptr_t)off);
}

static int32_t test_get32(const uint8_t *p)
{
    return (int32_t)((uint32_t)p[0] | (uint32_t)p[1] << 8 |
                     (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24);
}

static void test_sse(void)
{
    /* addsd %xmm1,%xmm0 */
    T(x86_sse_op(b, X86_SSE_ADD, true, X86_RAX, X86_RCX), 0xf2, 0x0f, 0x58,
      0xc1);
    /* addss %xmm1,%xmm0 */
    T(x86_sse_op(b, X86_SSE_ADD, false, X86_RAX, X86_RCX), 0xf3, 0x0f, 0x58,
      0xc1);
    /* subsd %xmm9,%xmm2 */
    T(x86_sse_op(b, X86_SSE_SUB, true, X86_RDX, X86_R9), 0xf2, 0x41, 0x0f,
      0x5c, 0xd1);
    /* mulss %xmm2,%xmm10 */
    T(x86_sse_op(b, X86_SSE_MUL, false, X86_R10, X86_RDX), 0xf3, 0x44, 0x0f,
      0x59, 0xd2);
    /* divsd %xmm1,%xmm0 */
    T(x86_sse_op(b, X86_SSE_DIV, true, X86_RAX, X86_RCX), 0xf2, 0x0f, 0x5e,
      0xc1);
    /* sqrtss %xmm1,%xmm0 */
    T(x86_sse_op(b, X86_SSE_SQRT, false, X86_RAX, X86_RCX), 0xf3, 0x0f, 0x51,
      0xc1);
    /* movq %r11,%xmm1 */
    T(x86_movq_xr(b, true, X86_RCX, X86_R11), 0x66, 0x49, 0x0f, 0x6e, 0xcb);
    /* movd %r9d,%xmm2 */
    T(x86_movq_xr(b, false, X86_RDX, X86_R9), 0x66, 0x41, 0x0f, 0x6e, 0xd1);
    /* movq %xmm0,%r12 */
    T(x86_movq_rx(b, true, X86_R12, X86_RAX), 0x66, 0x49, 0x0f, 0x7e, 0xc4);
    /* movd %xmm0,%ecx */
    T(x86_movq_rx(b, false, X86_RCX, X86_RAX), 0x66, 0x0f, 0x7e, 0xc1);
    /* cvtsi2sd %rax,%xmm0 */
    T(x86_cvtsi2s(b, true, X86_RAX, X86_RAX), 0xf2, 0x48, 0x0f, 0x2a, 0xc0);
    /* cvtsi2ss %r9,%xmm2 */
    T(x86_cvtsi2s(b, false, X86_RDX, X86_R9), 0xf3, 0x49, 0x0f, 0x2a, 0xd1);
    /* cvttsd2si %xmm0,%rax */
    T(x86_cvtts2si(b, true, true, X86_RAX, X86_RAX), 0xf2, 0x48, 0x0f, 0x2c,
      0xc0);
    /* cvttss2si %xmm1,%r9d */
    T(x86_cvtts2si(b, false, false, X86_R9, X86_RCX), 0xf3, 0x44, 0x0f, 0x2c,
      0xc9);
    /* ucomisd %xmm0,%xmm0 */
    T(x86_ucomis(b, true, X86_RAX, X86_RAX), 0x66, 0x0f, 0x2e, 0xc0);
    /* ucomiss %xmm1,%xmm0 */
    T(x86_ucomis(b, false, X86_RAX, X86_RCX), 0x0f, 0x2e, 0xc1);
    /* vfmadd231sd %xmm1,%xmm0,%xmm2 */
    T(x86_vfmadd231(b, true, X86_RDX, X86_RAX, X86_RCX), 0xc4, 0xe2, 0xf9,
      0xb9, 0xd1);
    /* vfmadd231ss %xmm1,%xmm0,%xmm2 */
    T(x86_vfmadd231(b, false, X86_RDX, X86_RAX, X86_RCX), 0xc4, 0xe2, 0x79,
      0xb9, 0xd1);
    /* ldmxcsr 0x400(%rsp) */
    T(x86_ldmxcsr(b, x86_mem(X86_RSP, 0x400)), 0x0f, 0xae, 0x94, 0x24, 0x00,
      0x04, 0x00, 0x00);
    /* stmxcsr 0x400(%rsp) */
    T(x86_stmxcsr(b, x86_mem(X86_RSP, 0x400)), 0x0f, 0xae, 0x9c, 0x24, 0x00,
      0x04, 0x00, 0x00);
    /* testb $0x1,0x271(%rbp) */
    T(x86_test_mi8(b, x86_mem(X86_RBP, 0x271), 1), 0xf6, 0x85, 0x71, 0x02,
      0x00, 0x00, 0x01);
    /* orb $0x1,0x123(%rbp) */
    T(x86_or_mi8(b, x86_mem(X86_RBP, 0x123), 1), 0x80, 0x8d, 0x23, 0x01,
      0x00, 0x00, 0x01);
}

static void test_lea_rip(void)
{
    X86Buf *b;

    /* lea rax,[rip+0x100], 7 bytes: the target is 0x107 past the lea. */
    b = test_begin(TEST_LIMIT, 0x1000);
    x86_lea_rip(b, X86_RAX, test_addr(x86_buf_exec(b), 7 + 0x100));
    test_end("lea_rip rax forward, exec_delta 0x1000",
             (const uint8_t[]){ 0x48, 0x8d, 0x05, 0x00, 0x01, 0x00, 0x00 }, 7);

    /* Backward, a high register, a negative delta and a prior insn. */
    b = test_begin(TEST_LIMIT, -0x12345670);
    x86_ret(b);
    x86_lea_rip(b, X86_R12, test_addr(x86_buf_exec(b), 7 - 0x20));
    test_end(
        "lea_rip r12 backward, exec_delta -0x12345670",
        (const uint8_t[]){ 0xc3, 0x4c, 0x8d, 0x25, 0xe0, 0xff, 0xff, 0xff }, 8);

    /* The target is the exec address: pointing at the write alias is off. */
    b = test_begin(TEST_LIMIT, 0x10000);
    x86_lea_rip(b, X86_RCX, test_mem + 7);
    test_end("lea_rip rcx to the write alias, exec_delta 0x10000",
             (const uint8_t[]){ 0x48, 0x8d, 0x0d, 0x00, 0x00, 0xff, 0xff }, 7);
}

static void test_patch(void)
{
    const ptrdiff_t delta = 0x40000000;
    const uint8_t *base_exec, *target;
    uint8_t *f, *f2;
    X86Buf *b;

    /* jmp rel32 patched forward to exec base + 0x100: rel = 0x100 - 5. */
    b = test_begin(TEST_LIMIT, delta);
    base_exec = x86_buf_exec(b);
    test_check(base_exec == test_addr(test_mem, delta),
               "x86_buf_exec is write address + exec_delta");
    f = x86_jmp_rel32(b);
    test_check(f == test_mem + 1, "jmp_rel32 returns its field");
    target = test_addr(base_exec, 0x100);
    x86_patch_rel32(f, x86_exec_addr(b, f), target);
    test_end("patch_rel32 jmp forward, exec_delta 1 GiB",
             (const uint8_t[]){ 0xe9, 0xfb, 0x00, 0x00, 0x00 }, 5);
    test_check(test_addr(x86_exec_addr(b, f), 4 + test_get32(f)) == target,
               "patch_rel32 round trip forward");

    /* jcc rel32 after 8 bytes of nop, patched back to the buffer start. */
    b = test_begin(TEST_LIMIT, delta);
    x86_nop(b, 8);
    f = x86_jcc_rel32(b, X86_CC_NE);
    x86_patch_rel32(f, x86_exec_addr(b, f), base_exec);
    test_end("patch_rel32 jne backward, exec_delta 1 GiB",
             (const uint8_t[]){ 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00,
                                0x0f, 0x85, 0xf2, 0xff, 0xff, 0xff },
             14);
    test_check(test_addr(x86_exec_addr(b, f), 4 + test_get32(f)) == base_exec,
               "patch_rel32 round trip backward");

    /* Near the rel32 limit, through a huge delta: exec addresses only. */
    b = test_begin(TEST_LIMIT, (ptrdiff_t)0x7f0000000000);
    f = x86_call_rel32(b);
    target = test_addr(x86_buf_exec(b), -0x7fff0000);
    x86_patch_rel32(f, x86_exec_addr(b, f), target);
    test_end("patch_rel32 call far backward",
             (const uint8_t[]){ 0xe8, 0x00, 0x00, 0x01, 0x80 }, 5);
    test_check(x86_rel32_reachable(b, target), "rel32_reachable near");
    test_check(!x86_rel32_reachable(b, test_addr(x86_buf_exec(b), 0xC0000000)),
               "rel32_reachable 3 GiB away");

    /* Forward labels: jcc rel8 and jmp rel32 bound after some code. */
    b = test_begin(TEST_LIMIT, delta);
    f = x86_jcc_rel8(b, X86_CC_E);
    f2 = x86_jmp_rel32(b);
    x86_nop(b, 3);
    x86_bind_rel8(b, f);
    x86_bind_rel32(b, f2);
    x86_ret(b);
    test_end("bind_rel8 + bind_rel32",
             (const uint8_t[]){ 0x74, 0x08, 0xe9, 0x03, 0x00, 0x00, 0x00, 0x0f,
                                0x1f, 0x00, 0xc3 },
             11);

    /* patch_rel8 backward to itself: jmp $ is eb fe. */
    b = test_begin(TEST_LIMIT, -delta);
    f = x86_jmp_rel8(b);
    x86_patch_rel8(f, x86_exec_addr(b, f), x86_exec_addr(b, test_mem));
    test_end("patch_rel8 jmp to itself", (const uint8_t[]){ 0xeb, 0xfe }, 2);
    test_check(x86_exec_addr(b, NULL) == NULL, "exec_addr(NULL) is NULL");
}

static void test_overflow(void)
{
    X86Buf *b;
    uint8_t *f;

    /* 20 bytes: room for 16-byte reservations at offsets 0..4 only. */
    b = test_begin(20, 0);
    x86_ret(b);
    x86_nop(b, 3);
    x86_alu_ri(b, true, X86_ADD, X86_RCX, 0x1000); /* 7 bytes, 16 left */
    test_check(!b->overflow && b->p == test_mem + 11,
               "overflow: exactly 16 bytes left still fits");
    x86_mov_ri(b, X86_RAX, 0x123456789abcdef0u);
    test_check(b->overflow, "overflow: set when under 16 bytes left");
    test_check(b->p == test_mem + 11, "overflow: p does not move");
    test_check(test_untouched(b->p, test_mem + sizeof(test_mem)),
               "overflow: nothing written past p");
    f = x86_jmp_rel32(b);
    test_check(f == NULL, "overflow: branch returns NULL");
    x86_patch_rel32(f, NULL, test_mem);
    x86_patch_rel8(f, NULL, test_mem);
    x86_bind_rel32(b, f);
    x86_bind_rel8(b, f);
    test_check(test_untouched(b->p, test_mem + sizeof(test_mem)),
               "overflow: NULL patches do nothing");
    b->end = test_mem + sizeof(test_mem);
    x86_ret(b);
    test_check(b->overflow && b->p == test_mem + 11,
               "overflow: sticky even after room appears");
    test_check(memcmp(test_mem,
                      (const uint8_t[]){ 0xc3, 0x0f, 0x1f, 0x00, 0x48, 0x81,
                                         0xc1, 0x00, 0x10, 0x00, 0x00 },
                      11) == 0,
               "overflow: earlier output intact");

    /* x86_nop needs max(16, n): 40 bytes fit exactly, 41 do not. */
    b = test_begin(40, 0);
    x86_nop(b, 40);
    test_end("nop 40 in a 40-byte buffer",
             (const uint8_t[]){
                 0x66, 0x66, 0x66, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00,
                 0x00, 0x66, 0x66, 0x66, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00,
                 0x00, 0x00, 0x66, 0x66, 0x66, 0x0f, 0x1f, 0x84, 0x00, 0x00,
                 0x00, 0x00, 0x00, 0x0f, 0x1f, 0x80, 0x00, 0x00, 0x00, 0x00 },
             40);
    b = test_begin(40, 0);
    x86_nop(b, 41);
    test_check(b->overflow && b->p == test_mem &&
                   test_untouched(test_mem, test_mem + sizeof(test_mem)),
               "nop 41 in a 40-byte buffer overflows, writes nothing");
}

static void test_cond_invert(void)
{
    static const X86Cond pairs[][2] = {
        { X86_CC_O, X86_CC_NO }, { X86_CC_B, X86_CC_AE },
        { X86_CC_E, X86_CC_NE }, { X86_CC_BE, X86_CC_A },
        { X86_CC_S, X86_CC_NS }, { X86_CC_P, X86_CC_NP },
        { X86_CC_L, X86_CC_GE }, { X86_CC_LE, X86_CC_G },
    };

    for (size_t i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++) {
        test_check(x86_cond_invert(pairs[i][0]) == pairs[i][1] &&
                       x86_cond_invert(pairs[i][1]) == pairs[i][0],
                   "cond_invert pair");
    }
}

int main(void)
{
    test_alu();
    test_alu_mem();
    test_mov();
    test_load();
    test_store();
    test_lea();
    test_shift();
    test_muldiv();
    test_flags();
    test_ext();
    test_bits();
    test_sse();
    test_atomic();
    test_stack();
    test_nop();
    test_branch();
    test_lea_rip();
    test_patch();
    test_overflow();
    test_cond_invert();

    printf("%u passed, %u failed\n", test_passed, test_failed);
    return test_failed == 0 ? 0 : 1;
}
