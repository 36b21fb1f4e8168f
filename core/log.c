/* SPDX-License-Identifier: MIT */
/*
 * Logging categories and sinks; see log.h.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "core/log.h"

unsigned log_mask;
FILE *log_file;
void (*fatal_hook)(void);

static const struct {
    const char *name;
    unsigned mask;
    const char *help;
} log_items[] = {
    { "in_asm", LOG_IN_ASM, "guest instructions of each translated block" },
    { "op", LOG_OP, "IR as the frontend built it" },
    { "op_opt", LOG_OP_OPT, "IR after the optimizer" },
    { "out_asm", LOG_OUT_ASM, "generated host code" },
    { "exec", LOG_EXEC, "each block entered from the execution loop" },
    { "cpu", LOG_CPU, "CPU state before each block (with exec)" },
    { "int", LOG_INT, "exceptions and interrupts" },
    { "mmu", LOG_MMU, "page-table walks and translation faults" },
    { "nochain", LOG_NOCHAIN, "never chain blocks (every exit traced)" },
    { "stats", LOG_STATS, "translation and TLB statistics at exit" },
    { "guest_errors", LOG_GUEST_ERRORS, "guest misuse of devices" },
    { "unimp", LOG_UNIMP, "unimplemented features the guest used" },
};

bool log_parse_mask(const char *list)
{
    char *copy = strdup(list), *save = NULL;
    bool ok = true;
    for (char *t = strtok_r(copy, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
        size_t i;
        for (i = 0; i < sizeof(log_items) / sizeof(log_items[0]); i++) {
            if (!strcmp(t, log_items[i].name)) {
                log_mask |= log_items[i].mask;
                break;
            }
        }
        if (i == sizeof(log_items) / sizeof(log_items[0])) {
            fprintf(stderr, "emu: unknown -d item '%s' (try -d help)\n", t);
            ok = false;
            break;
        }
    }
    free(copy);
    return ok;
}

void log_help(void)
{
    printf("Log items (comma separated, for -d):\n");
    for (size_t i = 0; i < sizeof(log_items) / sizeof(log_items[0]); i++) {
        printf("  %-13s %s\n", log_items[i].name, log_items[i].help);
    }
}

void log_set_file(const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f) {
        fatal("cannot open log file '%s'", path);
    }
    log_file = f;
}

static void vlog(const char *fmt, va_list ap)
{
    vfprintf(log_file ? log_file : stderr, fmt, ap);
}

void log_printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vlog(fmt, ap);
    va_end(ap);
}

/* One line in a -d category, when that category is on. */
static void log_line(unsigned mask, const char *fmt, va_list ap)
{
    if (log_enabled(mask)) {
        vlog(fmt, ap);
        log_printf("\n");
    }
}

void log_guest_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    log_line(LOG_GUEST_ERRORS, fmt, ap);
    va_end(ap);
}

void log_unimp(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    log_line(LOG_UNIMP, fmt, ap);
    va_end(ap);
}

void fatal(const char *fmt, ...)
{
    va_list ap;
    fflush(stdout);
    fprintf(stderr, "emu: ");
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\n");
    fatal_exit();
}

void fatal_exit(void)
{
    if (fatal_hook) {
        fatal_hook();
    }
    exit(1);
}
