/* SPDX-License-Identifier: MIT */
/*
 * The embedded SBI's shared state and numbers (SBI specification 2.0),
 * for hw/sbi-builtin.c (dispatch and the small extensions) and
 * hw/sbi-hsm.c (hart state management and S-mode entry).
 */
#ifndef HW_SBI_INTERNAL_H
#define HW_SBI_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "hw/sbi.h"

enum {
    SBI_MAX_HARTS = 8,
};

/* Error codes (sbiret.error). */
enum {
    SBI_SUCCESS = 0,
    SBI_ERR_FAILED = -1,
    SBI_ERR_NOT_SUPPORTED = -2,
    SBI_ERR_INVALID_PARAM = -3,
    SBI_ERR_DENIED = -4,
    SBI_ERR_INVALID_ADDRESS = -5,
    SBI_ERR_ALREADY_AVAILABLE = -6,
};

/* HSM hart states. */
enum {
    SBI_HSM_STARTED = 0,
    SBI_HSM_STOPPED = 1,
    SBI_HSM_SUSPENDED = 4,
};

typedef struct SbiRet {
    int64_t error;
    uint64_t value;
    bool keep_regs; /* the call does not return: a0/a1 are not written */
} SbiRet;

struct Sbi {
    Machine *m;
    CharBackend *chr;
    unsigned nharts;
    RVCPU *cpu[SBI_MAX_HARTS];
    /* HSM state per hart; SUSPENDED lasts while the hart is halted. */
    int state[SBI_MAX_HARTS];
};

/* The HSM extension's functions (hw/sbi-hsm.c). */
SbiRet sbi_hsm_call(Sbi *s, RVCPU *cpu, unsigned fid, const uint64_t *a);
/* Enters S-mode at pc with a0 = the hart id and a1 = arg, M-mode state
 * set as firmware leaves it (delegation, counters, PMP, Sstc). */
void sbi_hart_enter(Sbi *s, RVCPU *cpu, uint64_t pc, uint64_t arg);
/* Whether S-mode may fetch instructions at physical address pc. */
bool sbi_exec_addr_ok(Sbi *s, uint64_t pc);

#endif
