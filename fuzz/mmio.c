/* SPDX-License-Identifier: MIT */
/*
 * Fuzz target: every device register window of the virt board -- test
 * finisher, goldfish RTC, CLINT, PLIC, 16550 UART and the virtio-mmio
 * slots (a virtio-blk disk and a virtio-rng) -- with random offsets
 * (including just past each window), access sizes and values, as a guest
 * would issue them. The board is the real one (virt_init with -bios none
 * and a stub kernel Image), reset before every input; its tick (UART
 * input, RTC alarm) runs between accesses. Each access is 13 input bytes:
 * window, size, 24-bit offset, 64-bit value.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "core/backend.h"
#include "core/machine.h"
#include "core/tb.h"
#include "hw/clint.h"
#include "hw/plic.h"
#include "hw/virt.h"
#include "softmmu/softmmu.h"

static Machine machine;
static char kernel_path[64], disk_path[64];

static const struct {
    uint64_t base, size;
} windows[] = {
    { VIRT_TEST_BASE, 0x1000 },
    { VIRT_RTC_BASE, 0x1000 },
    { VIRT_CLINT_BASE, CLINT_SIZE },
    { VIRT_PLIC_BASE, PLIC_SIZE(1) },
    { VIRT_UART0_BASE, 0x1000 },
    { VIRT_VIRTIO_BASE, 8 * 0x1000 },
    { VIRT_MROM_BASE, VIRT_MROM_SIZE },
};

/* A file with these bytes, named /proc/self/fd/N. */
static void memfd_file(char *path, size_t n, const void *data, size_t size,
                       size_t file_size)
{
    int fd = memfd_create("fuzz-mmio", 0);
    if (fd < 0 || ftruncate(fd, (off_t)file_size) != 0 ||
        pwrite(fd, data, size, 0) != (ssize_t)size) {
        perror("fuzz-mmio: memfd");
        return;
    }
    snprintf(path, n, "/proc/self/fd/%d", fd);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    /* The smallest RISC-V Linux Image: a header with the magic. */
    uint8_t image[64] = { 0 };
    memcpy(image + 48, "RISCV\0\0\0", 8);
    memfd_file(kernel_path, sizeof(kernel_path), image, sizeof(image),
               sizeof(image));
    memfd_file(disk_path, sizeof(disk_path), "", 0, 64 << 10);

    backend = &backend_interp;
    backend->init(0);
    tb_cache_init();
    machine.mc = machine_find("virt");
    machine.opts = (MachineOptions){
        .kernel = kernel_path,
        .bios = "none",
        .ram_size = 16 << 20,
        .smp = 1,
        .serial = "none",
        .drives = { { .file = disk_path } },
        .ndrives = 1,
        .nrng = 1,
    };
    softmmu_as = &machine.as;
    machine.mc->init(&machine);
    return 0;
}

static uint64_t take(const uint8_t **p, unsigned n)
{
    uint64_t v = 0;
    for (unsigned i = 0; i < n; i++) {
        v |= (uint64_t)(*p)[i] << (8 * i);
    }
    *p += n;
    return v;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    machine.shutdown = machine.reset_requested = false;
    machine.mc->reset(&machine);
    for (const uint8_t *p = data; p + 13 <= data + size;) {
        uint8_t sel = take(&p, 1);
        uint8_t sz = take(&p, 1);
        uint64_t off = take(&p, 3);
        uint64_t val = take(&p, 8);
        unsigned w = sel % (sizeof(windows) / sizeof(windows[0]));
        uint64_t addr = windows[w].base + off % (windows[w].size + 16);
        unsigned bytes = 1u << (sz & 3);
        if (sz & 4) {
            (void)as_write(&machine.as, addr, bytes, val);
        } else {
            (void)as_read(&machine.as, addr, bytes, &val);
        }
        if (sz & 8) {
            machine.tick(&machine);
        }
    }
    return 0;
}
