/* SPDX-License-Identifier: MIT */
/*
 * Logging: the -d categories, the -D file, and the two error exits every
 * module shares: fatal() for bad user input (one line, exit 1) and
 * log_guest_error() for guest mistakes (logged under -d guest_errors,
 * never fatal).
 */
#ifndef CORE_LOG_H
#define CORE_LOG_H

#include <stdbool.h>
#include <stdio.h>

enum {
    LOG_IN_ASM = 1 << 0,
    LOG_OP = 1 << 1,
    LOG_OP_OPT = 1 << 2,
    LOG_OUT_ASM = 1 << 3,
    LOG_EXEC = 1 << 4,
    LOG_CPU = 1 << 5,
    LOG_INT = 1 << 6,
    LOG_NOCHAIN = 1 << 7,
    LOG_STATS = 1 << 8,
    LOG_GUEST_ERRORS = 1 << 9,
    LOG_UNIMP = 1 << 10,
    LOG_MMU = 1 << 11,
};

extern unsigned log_mask;
extern FILE *log_file;

static inline bool log_enabled(unsigned mask) { return log_mask & mask; }

/* Parses a -d list; false (and an error message) on an unknown name. */
bool log_parse_mask(const char *list);
void log_help(void);
/* Opens the -D file; exits with a message when it cannot. */
void log_set_file(const char *path);

void log_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void log_guest_error(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));
void log_unimp(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* One line naming the problem on stderr, then fatal_exit(). */
void fatal(const char *fmt, ...)
    __attribute__((format(printf, 1, 2), noreturn));
/* Exit for a user error whose message is printed already: exit(1), or
 * fatal_hook when one is set. */
void fatal_exit(void) __attribute__((noreturn));
/* A harness that feeds user input to emu's parsers in-process (the fuzz
 * targets) sets this to leave them with longjmp instead of exiting; it
 * must not return. NULL (the default): exit(1). */
extern void (*fatal_hook)(void);

#endif
