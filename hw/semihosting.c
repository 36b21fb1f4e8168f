/* SPDX-License-Identifier: MIT */
/*
 * Semihosting operations: SYS_OPEN (":tt" only, the console), SYS_WRITEC,
 * SYS_WRITE0, SYS_WRITE, SYS_EXIT and SYS_EXIT_EXTENDED. Others return -1
 * and are logged under -d unimp.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "core/log.h"
#include "core/machine.h"
#include "hw/semihosting.h"
#include "ir/ir.h"
#include "softmmu/softmmu.h"

enum {
    SYS_OPEN = 0x01,
    SYS_WRITEC = 0x03,
    SYS_WRITE0 = 0x04,
    SYS_WRITE = 0x05,
    SYS_EXIT = 0x18,
    SYS_EXIT_EXTENDED = 0x20,
};

#define ADP_STOPPED_APPLICATION_EXIT 0x20026

typedef struct Guest {
    CPUState *cs;
    unsigned word;
    int mmu_idx;
    uintptr_t ra;
} Guest;

static uint8_t ld8(const Guest *g, uint64_t addr)
{
    return (uint8_t)cpu_ld(g->cs, addr, ir_memop_idx(IR_MO_8, g->mmu_idx),
                           g->ra);
}

static uint64_t ld_word(const Guest *g, uint64_t block, unsigned i)
{
    unsigned memop = g->word == 8 ? IR_MO_64 : IR_MO_32;
    return cpu_ld(g->cs, block + i * g->word,
                  ir_memop_idx(memop, g->mmu_idx), g->ra);
}

/* Host stream of a semihosting handle: 1 is stdout, 2 stderr. */
static FILE *stream(uint64_t handle)
{
    return handle == 1 ? stdout : handle == 2 ? stderr : NULL;
}

static uint64_t sys_open(const Guest *g, uint64_t block)
{
    char name[4];
    uint64_t ptr = ld_word(g, block, 0), mode = ld_word(g, block, 1);
    uint64_t len = ld_word(g, block, 2);
    if (len != 3) {
        return (uint64_t)-1;
    }
    for (unsigned i = 0; i < 3; i++) {
        name[i] = (char)ld8(g, ptr + i);
    }
    name[3] = 0;
    if (strcmp(name, ":tt") || mode > 11) {
        log_unimp("semihosting: open of a file");
        return (uint64_t)-1;
    }
    /* Modes r, w, a (and their variants) name stdin, stdout, stderr. */
    return mode / 4;
}

static uint64_t sys_write(const Guest *g, uint64_t block)
{
    uint64_t handle = ld_word(g, block, 0), buf = ld_word(g, block, 1);
    uint64_t len = ld_word(g, block, 2);
    FILE *f = stream(handle);
    if (!f) {
        return len;
    }
    for (uint64_t i = 0; i < len; i++) {
        fputc(ld8(g, buf + i), f);
    }
    fflush(f);
    return 0; /* bytes not written */
}

static void sys_exit(const Guest *g, uint64_t reason, uint64_t code)
{
    fflush(stdout);
    machine_request_shutdown(g->cs->machine,
                             reason == ADP_STOPPED_APPLICATION_EXIT
                                 ? (int)code
                                 : 1);
}

uint64_t semihosting_call(CPUState *cs, uint64_t op, uint64_t param,
                          unsigned word_size, int mmu_idx, uintptr_t ra)
{
    Guest g = { .cs = cs, .word = word_size, .mmu_idx = mmu_idx, .ra = ra };

    switch (op) {
    case SYS_OPEN:
        return sys_open(&g, param);
    case SYS_WRITEC:
        putchar(ld8(&g, param));
        fflush(stdout);
        return 0;
    case SYS_WRITE0:
        for (uint64_t p = param;; p++) {
            uint8_t c = ld8(&g, p);
            if (!c) {
                break;
            }
            putchar(c);
        }
        fflush(stdout);
        return 0;
    case SYS_WRITE:
        return sys_write(&g, param);
    case SYS_EXIT:
        /* 64-bit guests pass a block (reason, code); 32-bit the reason. */
        if (word_size == 8) {
            sys_exit(&g, ld_word(&g, param, 0), ld_word(&g, param, 1));
        } else {
            sys_exit(&g, param, 0);
        }
        return 0;
    case SYS_EXIT_EXTENDED:
        sys_exit(&g, ld_word(&g, param, 0), ld_word(&g, param, 1));
        return 0;
    default:
        log_unimp("semihosting: operation 0x%llx", (unsigned long long)op);
        return (uint64_t)-1;
    }
}
