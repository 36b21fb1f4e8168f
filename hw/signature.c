/* SPDX-License-Identifier: MIT */
/*
 * Test signature dump; see signature.h. A last line shorter than the
 * granularity is padded with 00 bytes above the signature's end, as Spike
 * does.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/log.h"
#include "hw/signature.h"

void signature_setup(Machine *m, const ElfFile *elf)
{
    if (!m->opts.signature) {
        return;
    }
    if (!elf_symbol(elf, "begin_signature", &m->sig_begin, NULL) ||
        !elf_symbol(elf, "end_signature", &m->sig_end, NULL)) {
        fatal("'%s' has no begin_signature/end_signature symbols for the "
              "signature", elf->path);
    }
    if (m->sig_end < m->sig_begin) {
        fatal("'%s': end_signature lies before begin_signature", elf->path);
    }
}

void signature_write(const Machine *m)
{
    const char *path = m->opts.signature;
    unsigned g = m->opts.signature_granularity;
    uint64_t len = m->sig_end - m->sig_begin;

    if (!path) {
        return;
    }
    uint8_t *buf = malloc(len ? len : 1);
    if (!buf) {
        fatal("signature of %llu bytes is too large",
              (unsigned long long)len);
    }
    if (!as_read_bytes(&m->as, m->sig_begin, buf, len)) {
        fatal("signature at 0x%llx is not in guest memory",
              (unsigned long long)m->sig_begin);
    }
    FILE *f = fopen(path, "w");
    if (!f) {
        fatal("cannot write signature file '%s': %s", path, strerror(errno));
    }
    for (uint64_t line = 0; line < len; line += g) {
        for (uint64_t i = g; i-- > 0;) {
            fprintf(f, "%02x", line + i < len ? buf[line + i] : 0);
        }
        fputc('\n', f);
    }
    free(buf);
    if (fclose(f) != 0) {
        fatal("cannot write signature file '%s'", path);
    }
}
