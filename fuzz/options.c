/* SPDX-License-Identifier: MIT */
/*
 * Fuzz target: the command-line parser (core/options.c). The input is an
 * argument vector, words separated by NUL bytes. A bad command line must
 * end in one fatal() line (caught here, fuzz/fatal-catch.h); a good one
 * must give a machine name and options within their documented ranges.
 * Words that make emu print help and exit 0 (-help, -version, `help`
 * lists) and -D (which creates its file) are left out of the inputs.
 */
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "core/options.h"

#include "fuzz/fatal-catch.h"

enum {
    MAX_ARGS = 64,
};

typedef struct Job {
    int argc;
    char **argv;
    Options o;
} Job;

static void parse(void *arg)
{
    Job *j = arg;
    options_parse(&j->o, j->argc, j->argv);
}

/* A word that makes the parser exit(0) or touch the file system. */
static bool unwanted(const char *w)
{
    const char *name = w + (w[0] == '-') + (w[0] == '-' && w[1] == '-');
    return !strcmp(w, "help") ||
           (w[0] == '-' && (!strcmp(name, "help") || !strcmp(name, "h") ||
                            !strcmp(name, "version") || !strcmp(name, "D")));
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    fc_init();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* A private NUL-terminated copy: the parser splits words in place. */
    char *buf = malloc(size + 1);
    char *args[MAX_ARGS + 1];
    Job j = { .argc = 1, .argv = args };
    if (!buf) {
        return 0;
    }
    memcpy(buf, data, size);
    buf[size] = 0;
    args[0] = "emu";
    for (size_t i = 0; i < size && j.argc < MAX_ARGS; i++) {
        char *w = buf + i;
        i += strlen(w);
        if (unwanted(w)) {
            free(buf);
            return -1;
        }
        args[j.argc++] = w;
    }
    args[j.argc] = NULL;
    if (!fc_try(parse, &j)) {
        const MachineOptions *mo = &j.o.mo;
        assert(j.o.machine && j.o.accel);
        assert(mo->smp >= 1 && mo->smp <= 8);
        assert(mo->ndrives >= 0 && mo->ndrives <= 8);
        assert(!j.o.ram_given || (mo->ram_size >= (1u << 20) &&
                                  mo->ram_size <= (64ull << 30)));
        assert(j.o.tb_size >= (128u << 10) && j.o.tb_size <= (1ull << 31));
        assert(mo->signature_granularity >= 1 &&
               mo->signature_granularity <= 4096);
        for (int i = 0; i < mo->ndrives; i++) {
            assert(mo->drives[i].file);
        }
    }
    log_mask = 0;
    free(buf);
    return 0;
}
