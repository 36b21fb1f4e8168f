/* SPDX-License-Identifier: MIT */
/*
 * Fuzz target: the -dtb path. The input is a user's flattened device tree;
 * it goes through the same steps as on `-M virt -dtb FILE -append ...
 * -initrd ...`: checked and opened (fdt_load), /chosen given bootargs and
 * the initrd placeholders, packed, the initrd bounds filled in, packed
 * again. A tree emu cannot use must end in one fatal() line (caught here,
 * fuzz/fatal-catch.h), never in a crash.
 */
#include <stdlib.h>
#include <string.h>

#include "hw/fdt.h"

#include "fuzz/fatal-catch.h"

typedef struct Job {
    const uint8_t *data;
    size_t size;
    Fdt fdt;
} Job;

static void edit(void *arg)
{
    Job *j = arg;
    size_t size;

    fdt_load(&j->fdt, j->data, j->size, "fuzz.dtb");
    fdt_prop_str(&j->fdt, "/chosen", "bootargs", "console=ttyS0 rw");
    fdt_prop_u64(&j->fdt, "/chosen", "linux,initrd-start", 0);
    fdt_prop_u64(&j->fdt, "/chosen", "linux,initrd-end", 0);
    (void)fdt_finish_blob(&j->fdt, &size);
    fdt_prop_u64(&j->fdt, "/chosen", "linux,initrd-start", 0x88000000);
    fdt_prop_u64(&j->fdt, "/chosen", "linux,initrd-end", 0x88100000);
    (void)fdt_finish_blob(&j->fdt, &size);
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
    /* A heap copy, aligned as the file emu reads would be. */
    uint8_t *copy = malloc(size ? size : 1);
    if (!copy) {
        return 0;
    }
    memcpy(copy, data, size);
    Job j = { .data = copy, .size = size };
    (void)fc_try(edit, &j);
    free(j.fdt.blob);
    free(copy);
    return 0;
}
