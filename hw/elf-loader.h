/* SPDX-License-Identifier: MIT */
/*
 * ELF64 little-endian loading into a physical address space, and symbol
 * lookup (HTIF's tohost/fromhost, signature bounds). Every offset and size
 * from the file is checked; a malformed file is a fatal user error.
 */
#ifndef HW_ELF_LOADER_H
#define HW_ELF_LOADER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "softmmu/memory.h"

typedef struct ElfFile {
    const char *path;
    uint8_t *data;
    size_t size;
} ElfFile;

/* Reads the whole file; fatal when it cannot. */
void elf_open(ElfFile *f, const char *path);
void elf_close(ElfFile *f);
bool elf_is_elf(const ElfFile *f);
/* Loads the PT_LOAD segments of an ELF for machine (EM_*); returns the
 * entry point. Fatal on a malformed file, another architecture, or a
 * segment outside RAM/ROM. */
uint64_t elf_load(const ElfFile *f, const AddressSpace *as, uint16_t machine);
/* Looks a symbol up in .symtab. */
bool elf_symbol(const ElfFile *f, const char *name, uint64_t *value,
                uint64_t *size);

#endif
