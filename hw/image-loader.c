/* SPDX-License-Identifier: MIT */
/*
 * Kernel, firmware and initrd loading. Files are read through zlib's gz*
 * functions, which pass uncompressed files through unchanged, so every
 * kind of image may also be gzip-compressed. A Linux Image is recognised
 * by its header (Documentation/arch/riscv/boot-image-header.rst): magic
 * "RISCV\0\0\0" at 48 or "RSC\x05" at 56, text_offset at 8, image_size
 * (the footprint including .bss) at 16.
 */
#include <elf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "core/log.h"
#include "hw/elf-loader.h"
#include "hw/image-loader.h"

enum {
    IMAGE_HDR_SIZE = 64,
    IMAGE_ALIGN = 2 << 20, /* RV64 kernels run from a 2 MiB boundary */
};

uint8_t *image_read(const char *path, size_t max, size_t *size)
{
    enum { READ_OK, READ_NOMEM, READ_TOOBIG, READ_CORRUPT } st = READ_OK;
    char detail[128] = "compressed data";
    int err;
    gzFile gz = gzopen(path, "rb");
    if (!gz) {
        fatal("cannot open '%s'", path);
    }
    size_t cap = 1 << 20, len = 0;
    uint8_t *buf = malloc(cap);
    for (;;) {
        if (!buf) {
            st = READ_NOMEM;
            break;
        }
        if (len == cap) {
            if (cap > max) {
                st = READ_TOOBIG;
                break;
            }
            cap *= 2;
            uint8_t *nb = realloc(buf, cap);
            if (!nb) {
                free(buf);
            }
            buf = nb;
            continue;
        }
        size_t want = cap - len > (1u << 30) ? 1u << 30 : cap - len;
        int n = gzread(gz, buf + len, (unsigned)want);
        if (n < 0) {
            snprintf(detail, sizeof(detail), "%s", gzerror(gz, &err));
            st = READ_CORRUPT;
            break;
        }
        if (n == 0) {
            break;
        }
        len += (size_t)n;
    }
    /* A gzip stream cut short ends with Z_BUF_ERROR, reported here. */
    if (st == READ_OK) {
        gzerror(gz, &err);
        st = err != Z_OK ? READ_CORRUPT : len > max ? READ_TOOBIG : READ_OK;
    }
    if (gzclose_r(gz) != Z_OK && st == READ_OK) {
        st = READ_CORRUPT;
    }
    /* Nothing left behind for fatal(): a harness may carry on (fuzz/). */
    if (st != READ_OK) {
        free(buf);
    }
    switch (st) {
    case READ_NOMEM:
        fatal("out of memory reading '%s'", path);
    case READ_TOOBIG:
        fatal("'%s' is larger than the guest RAM it must fit in", path);
    case READ_CORRUPT:
        fatal("'%s' is truncated or corrupt (%s)", path, detail);
    case READ_OK:
        break;
    }
    /* Only what the file holds stays allocated. */
    uint8_t *fit = realloc(buf, len ? len : 1);
    *size = len;
    return fit ? fit : buf;
}

static void check_fits(const char *path, const char *what, uint64_t start,
                       uint64_t len, uint64_t lo, uint64_t hi)
{
    if (start < lo || len > hi - lo || start - lo > hi - lo - len) {
        fatal("%s '%s' (%llu bytes at 0x%llx) does not fit in RAM "
              "[0x%llx, 0x%llx)",
              what, path, (unsigned long long)len,
              (unsigned long long)start, (unsigned long long)lo,
              (unsigned long long)hi);
    }
}

static void write_ram(const AddressSpace *as, const char *path,
                      uint64_t addr, const void *data, uint64_t len)
{
    if (!as_load_bytes(as, addr, data, len)) {
        fatal("'%s' at 0x%llx is outside guest RAM", path,
              (unsigned long long)addr);
    }
}

/* The span of an ELF's PT_LOAD segments (elf_load has checked them). */
static void elf_span(const ElfFile *f, uint64_t *lo, uint64_t *hi)
{
    Elf64_Ehdr eh;
    memcpy(&eh, f->data, sizeof(eh));
    *lo = ~0ull;
    *hi = 0;
    for (unsigned i = 0; i < eh.e_phnum; i++) {
        Elf64_Phdr ph;
        memcpy(&ph, f->data + eh.e_phoff + i * sizeof(ph), sizeof(ph));
        if (ph.p_type != PT_LOAD || ph.p_memsz == 0) {
            continue;
        }
        if (ph.p_paddr < *lo) {
            *lo = ph.p_paddr;
        }
        if (ph.p_paddr + ph.p_memsz > *hi) {
            *hi = ph.p_paddr + ph.p_memsz;
        }
    }
}

static LoadedImage load_elf(const char *path, uint8_t *data, size_t size,
                            const AddressSpace *as, uint64_t lo,
                            uint64_t hi)
{
    ElfFile f = { .path = path, .data = data, .size = size };
    LoadedImage li;
    li.entry = elf_load(&f, as, EM_RISCV);
    elf_span(&f, &li.start, &li.end);
    check_fits(path, "ELF", li.start, li.end - li.start, lo, hi);
    return li;
}

static bool is_riscv_image(const uint8_t *d, size_t size)
{
    return size >= IMAGE_HDR_SIZE &&
           (!memcmp(d + 48, "RISCV\0\0\0", 8) || !memcmp(d + 56, "RSC\x05", 4));
}

LoadedImage image_load_kernel(const char *path, const AddressSpace *as,
                              uint64_t ram_base, uint64_t ram_end,
                              uint64_t min_addr)
{
    size_t size;
    uint8_t *d = image_read(path, ram_end - ram_base, &size);
    LoadedImage li;

    if (size >= 4 && !memcmp(d, ELFMAG, SELFMAG)) {
        li = load_elf(path, d, size, as, min_addr, ram_end);
    } else if (is_riscv_image(d, size)) {
        uint64_t text_offset, image_size;
        memcpy(&text_offset, d + 8, 8);
        memcpy(&image_size, d + 16, 8);
        uint64_t addr = ram_base + text_offset;
        if (addr < min_addr) {
            addr = min_addr;
        }
        addr = (addr + IMAGE_ALIGN - 1) & ~(uint64_t)(IMAGE_ALIGN - 1);
        uint64_t len = image_size > size ? image_size : size;
        check_fits(path, "kernel Image", addr, len, ram_base, ram_end);
        write_ram(as, path, addr, d, size);
        li = (LoadedImage){ .start = addr, .end = addr + len, .entry = addr };
    } else if (size >= IMAGE_HDR_SIZE && !memcmp(d + 56, "ARM\x64", 4)) {
        fatal("'%s' is an arm64 Linux Image, not a RISC-V one", path);
    } else {
        fatal("'%s' is neither an ELF nor a RISC-V Linux Image "
              "(truncated, or for another architecture?)", path);
    }
    free(d);
    return li;
}

LoadedImage image_load_firmware(const char *path, const AddressSpace *as,
                                uint64_t addr, uint64_t ram_end)
{
    size_t size;
    uint8_t *d = image_read(path, ram_end - addr, &size);
    LoadedImage li;

    if (size >= 4 && !memcmp(d, ELFMAG, SELFMAG)) {
        li = load_elf(path, d, size, as, addr, ram_end);
    } else {
        if (size == 0) {
            fatal("firmware '%s' is empty", path);
        }
        write_ram(as, path, addr, d, size);
        li = (LoadedImage){ .start = addr, .end = addr + size, .entry = addr };
    }
    free(d);
    return li;
}

LoadedImage image_load_high(const char *path, const char *what,
                            const AddressSpace *as, uint64_t floor,
                            uint64_t top)
{
    size_t size;
    uint8_t *d = image_read(path, top > floor ? top - floor : 0, &size);
    uint64_t start = (top - size) & PAGE_MASK;
    if (size > top - floor || start < floor) {
        fatal("%s '%s' (%zu bytes) does not fit in RAM between the kernel "
              "(ends at 0x%llx) and 0x%llx", what, path, size,
              (unsigned long long)floor, (unsigned long long)top);
    }
    write_ram(as, path, start, d, size);
    free(d);
    return (LoadedImage){ .start = start, .end = start + size };
}
