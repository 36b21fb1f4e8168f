/* SPDX-License-Identifier: MIT */
/*
 * For fuzz targets that feed user input (files, command lines) to emu's
 * parsers in-process: fatal() -- the one-line user error -- comes back
 * here through core/log.h's fatal_hook instead of exiting, and whatever
 * the abandoned parser had open (emu would have exited) is closed. The
 * memory it held is left behind too, so these targets run without leak
 * detection. Header-only: included once by a fuzz target.
 */
#ifndef FUZZ_FATAL_CATCH_H
#define FUZZ_FATAL_CATCH_H

#include <dirent.h>
#include <setjmp.h>
#include <stdbool.h>
#include <stdlib.h>
#include <unistd.h>

#include "core/log.h"

static sigjmp_buf fc_jmp;
static int fc_fd_floor; /* descriptors at or above it belong to a run */

static void fc_jump(void) { siglongjmp(fc_jmp, 1); }

/* The leaks of abandoned parsers are expected: see above. */
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "detect_leaks=0"; }

/* Call once, from LLVMFuzzerInitialize, after opening long-lived files. */
static void fc_init(void)
{
    fatal_hook = fc_jump;
    fc_fd_floor = dup(0);
    close(fc_fd_floor);
}

/* Closes the descriptors a run left open. */
static void fc_close_fds(void)
{
    DIR *d = opendir("/proc/self/fd");
    if (!d) {
        return;
    }
    int self = dirfd(d);
    for (struct dirent *e; (e = readdir(d));) {
        int fd = atoi(e->d_name);
        if (e->d_name[0] != '.' && fd >= fc_fd_floor && fd != self) {
            close(fd);
        }
    }
    closedir(d);
}

/* Runs fn(arg); true when it ended in fatal(). */
static bool fc_try(void (*fn)(void *), void *arg)
{
    volatile bool failed = true;
    if (sigsetjmp(fc_jmp, 0) == 0) {
        fn(arg);
        failed = false;
    }
    fc_close_fds();
    return failed;
}

#endif
