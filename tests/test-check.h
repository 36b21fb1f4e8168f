/* SPDX-License-Identifier: MIT */
/*
 * The check vocabulary of the host unit tests: count passes and failures,
 * print one line per failure, and the closing `N passed, M failed` line.
 * Header-only: each test program includes it once.
 */
#ifndef TESTS_TEST_CHECK_H
#define TESTS_TEST_CHECK_H

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

static unsigned npass, nfail;

static void check(bool ok, const char *fmt, ...)
    __attribute__((format(printf, 2, 3), unused));
static void check(bool ok, const char *fmt, ...)
{
    if (ok) {
        npass++;
        return;
    }
    nfail++;
    va_list ap;
    va_start(ap, fmt);
    printf("FAIL ");
    vprintf(fmt, ap);
    printf("\n");
    va_end(ap);
}

static void check_eq(uint64_t got, uint64_t want, const char *fmt, ...)
    __attribute__((format(printf, 3, 4), unused));
static void check_eq(uint64_t got, uint64_t want, const char *fmt, ...)
{
    if (got == want) {
        npass++;
        return;
    }
    nfail++;
    va_list ap;
    va_start(ap, fmt);
    printf("FAIL ");
    vprintf(fmt, ap);
    printf(": got %#llx, want %#llx\n", (unsigned long long)got,
           (unsigned long long)want);
    va_end(ap);
}

/* Prints the summary line; the program's exit status. */
static int check_summary(void) __attribute__((unused));
static int check_summary(void)
{
    printf("%u passed, %u failed\n", npass, nfail);
    return nfail ? 1 : 0;
}

#endif
