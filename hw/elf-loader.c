/* SPDX-License-Identifier: MIT */
/*
 * ELF64 loader; see elf-loader.h.
 */
#include <elf.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/log.h"
#include "hw/elf-loader.h"

void elf_open(ElfFile *f, const char *path)
{
    FILE *fp = fopen(path, "rb");
    struct stat st;
    if (!fp) {
        fatal("cannot open '%s': %s", path, strerror(errno));
    }
    if (fstat(fileno(fp), &st) != 0 || !S_ISREG(st.st_mode)) {
        fatal("'%s' is not a regular file", path);
    }
    if (fseek(fp, 0, SEEK_END) != 0) {
        fatal("cannot read '%s'", path);
    }
    long n = ftell(fp);
    if (n < 0 || fseek(fp, 0, SEEK_SET) != 0) {
        fatal("cannot read '%s'", path);
    }
    f->path = path;
    f->size = (size_t)n;
    f->data = malloc(f->size ? f->size : 1);
    if (!f->data) {
        fatal("'%s' is too large to load", path);
    }
    if (fread(f->data, 1, f->size, fp) != f->size) {
        fatal("cannot read '%s'", path);
    }
    fclose(fp);
}

void elf_close(ElfFile *f)
{
    free(f->data);
    f->data = NULL;
}

bool elf_is_elf(const ElfFile *f)
{
    return f->size >= 4 && !memcmp(f->data, ELFMAG, SELFMAG);
}

/* [off, off + len) lies inside the file. */
static bool in_file(const ElfFile *f, uint64_t off, uint64_t len)
{
    return off <= f->size && len <= f->size - off;
}

static const Elf64_Ehdr *header(const ElfFile *f)
{
    if (!elf_is_elf(f) || f->size < sizeof(Elf64_Ehdr)) {
        fatal("'%s' is not an ELF file", f->path);
    }
    const Elf64_Ehdr *eh = (const Elf64_Ehdr *)f->data;
    if (eh->e_ident[EI_CLASS] != ELFCLASS64 ||
        eh->e_ident[EI_DATA] != ELFDATA2LSB) {
        fatal("'%s' is not a 64-bit little-endian ELF file", f->path);
    }
    return eh;
}

/* Zeroes [addr, addr + len) (a segment's .bss) in pieces, so a size the
 * file made up costs no allocation; false when it leaves RAM/ROM. */
static bool zero_fill(const AddressSpace *as, uint64_t addr, uint64_t len)
{
    static const uint8_t zeros[64 << 10];
    while (len) {
        size_t n = len < sizeof(zeros) ? len : sizeof(zeros);
        if (!as_load_bytes(as, addr, zeros, n)) {
            return false;
        }
        addr += n;
        len -= n;
    }
    return true;
}

uint64_t elf_load(const ElfFile *f, const AddressSpace *as, uint16_t machine)
{
    const Elf64_Ehdr *eh = header(f);
    if (eh->e_machine != machine) {
        fatal("'%s' is built for another architecture (ELF machine %u)",
              f->path, eh->e_machine);
    }
    if (eh->e_type != ET_EXEC) {
        fatal("'%s' is not an executable ELF file", f->path);
    }
    if (eh->e_phentsize != sizeof(Elf64_Phdr) ||
        !in_file(f, eh->e_phoff, (uint64_t)eh->e_phnum * sizeof(Elf64_Phdr))) {
        fatal("'%s' is truncated or corrupt (program headers)", f->path);
    }
    unsigned loaded = 0;
    for (unsigned i = 0; i < eh->e_phnum; i++) {
        Elf64_Phdr ph;
        memcpy(&ph, f->data + eh->e_phoff + i * sizeof(ph), sizeof(ph));
        if (ph.p_type != PT_LOAD || ph.p_memsz == 0) {
            continue;
        }
        if (ph.p_filesz > ph.p_memsz || !in_file(f, ph.p_offset, ph.p_filesz)) {
            fatal("'%s' is truncated or corrupt (segment %u)", f->path, i);
        }
        if (!as_load_bytes(as, ph.p_paddr, f->data + ph.p_offset,
                            ph.p_filesz)) {
            fatal("'%s': segment %u at 0x%llx is outside guest memory",
                  f->path, i, (unsigned long long)ph.p_paddr);
        }
        if (!zero_fill(as, ph.p_paddr + ph.p_filesz,
                       ph.p_memsz - ph.p_filesz)) {
            fatal("'%s': segment %u at 0x%llx is outside guest memory",
                  f->path, i, (unsigned long long)ph.p_paddr);
        }
        loaded++;
    }
    if (!loaded) {
        fatal("'%s' has nothing to load", f->path);
    }
    return eh->e_entry;
}

/* Section header i (in the file: the caller checked the table), copied:
 * the file need not align it. */
static Elf64_Shdr section(const ElfFile *f, const Elf64_Ehdr *eh, unsigned i)
{
    Elf64_Shdr sh;
    memcpy(&sh, f->data + eh->e_shoff + (uint64_t)i * sizeof(sh), sizeof(sh));
    return sh;
}

bool elf_symbol(const ElfFile *f, const char *name, uint64_t *value,
                uint64_t *size)
{
    const Elf64_Ehdr *eh = header(f);
    if (eh->e_shentsize != sizeof(Elf64_Shdr) ||
        !in_file(f, eh->e_shoff, (uint64_t)eh->e_shnum * sizeof(Elf64_Shdr))) {
        return false;
    }
    for (unsigned i = 0; i < eh->e_shnum; i++) {
        Elf64_Shdr sh = section(f, eh, i);
        if (sh.sh_type != SHT_SYMTAB || sh.sh_link >= eh->e_shnum ||
            sh.sh_entsize != sizeof(Elf64_Sym) ||
            !in_file(f, sh.sh_offset, sh.sh_size)) {
            continue;
        }
        Elf64_Shdr str = section(f, eh, sh.sh_link);
        if (!in_file(f, str.sh_offset, str.sh_size)) {
            continue;
        }
        const char *strtab = (const char *)f->data + str.sh_offset;
        size_t n = sh.sh_size / sizeof(Elf64_Sym);
        for (size_t k = 0; k < n; k++) {
            Elf64_Sym sym;
            memcpy(&sym, f->data + sh.sh_offset + k * sizeof(sym),
                   sizeof(sym));
            if (sym.st_name >= str.sh_size) {
                continue;
            }
            size_t max = str.sh_size - sym.st_name;
            if (strnlen(strtab + sym.st_name, max) < max &&
                !strcmp(strtab + sym.st_name, name)) {
                *value = sym.st_value;
                if (size) {
                    *size = sym.st_size;
                }
                return true;
            }
        }
    }
    return false;
}
