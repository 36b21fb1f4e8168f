/* SPDX-License-Identifier: MIT */
/*
 * Fuzz target: the boot-image loaders on hostile files. The first input
 * byte chooses the path -- a kernel (ELF, Linux Image, either gzipped;
 * hw/image-loader.c), firmware (ELF or raw), an initrd loaded high, or a
 * bare-metal ELF with its symbols (hw/elf-loader.c, as -M spike loads
 * it) -- and the rest is the file. A bad file must end in fatal(), caught
 * here (fuzz/fatal-catch.h); anything loaded must lie in guest RAM.
 */
#define _GNU_SOURCE
#include <assert.h>
#include <elf.h>
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

#include "hw/elf-loader.h"
#include "hw/image-loader.h"

#include "fuzz/fatal-catch.h"

enum {
    RAM_BASE = 0x80000000,
    RAM_SIZE = 4 << 20, /* small: a made-up .bss is zeroed up to here */
};

static AddressSpace as;
static int file_fd;
static char path[64];

typedef struct Job {
    uint8_t kind;
} Job;

static void in_ram(LoadedImage li)
{
    assert(li.start >= RAM_BASE && li.start <= li.end &&
           li.end <= RAM_BASE + (uint64_t)RAM_SIZE);
}

static void load(void *arg)
{
    const Job *j = arg;
    ElfFile elf;
    uint64_t v, sz;

    switch (j->kind % 4) {
    case 0:
        in_ram(image_load_kernel(path, &as, RAM_BASE, RAM_BASE + RAM_SIZE,
                                 RAM_BASE + (2 << 20)));
        break;
    case 1:
        in_ram(image_load_firmware(path, &as, RAM_BASE,
                                   RAM_BASE + RAM_SIZE));
        break;
    case 2:
        in_ram(image_load_high(path, "initrd", &as, RAM_BASE + (1 << 20),
                               RAM_BASE + RAM_SIZE - (512 << 10)));
        break;
    default:
        elf_open(&elf, path);
        (void)elf_load(&elf, &as, EM_RISCV);
        (void)elf_symbol(&elf, "tohost", &v, &sz);
        (void)elf_symbol(&elf, "begin_signature", &v, NULL);
        elf_close(&elf);
        break;
    }
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    (void)as_add_ram(&as, "ram", RAM_BASE, RAM_SIZE);
    file_fd = memfd_create("fuzz-image", 0);
    if (file_fd < 0) {
        perror("fuzz-loaders: memfd");
        return 1;
    }
    snprintf(path, sizeof(path), "/proc/self/fd/%d", file_fd);
    fc_init();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || ftruncate(file_fd, 0) != 0 ||
        pwrite(file_fd, data + 1, size - 1, 0) != (ssize_t)(size - 1)) {
        return 0;
    }
    Job j = { .kind = data[0] };
    (void)fc_try(load, &j);
    return 0;
}
