/* SPDX-License-Identifier: MIT */
/*
 * The CSR table: one RvCsr entry per CSR (or per run of numbered CSRs such
 * as pmpaddr0-15), with its read and write functions and an optional extra
 * access predicate. The number's bits 9:8 give the lowest privilege that
 * may access it and bits 11:10 == 3 make it read-only; csr.c checks both.
 */
#ifndef RISCV_CSR_H
#define RISCV_CSR_H

#include "frontend-riscv/cpu.h"

typedef struct RvCsr {
    const char *name;
    uint16_t num;   /* first CSR number */
    uint16_t count; /* numbers covered (0 means 1) */
    /* Extra rule beyond the number's privilege bits (NULL: none). */
    bool (*allowed)(RVEnv *env, unsigned csr, bool write);
    uint64_t (*read)(RVEnv *env, unsigned csr);
    /* Applies the WARL rules; NULL for read-only CSRs. */
    void (*write)(RVEnv *env, unsigned csr, uint64_t val);
} RvCsr;

/* The tables, each ended by an entry with num == 0. */
extern const RvCsr rv_csr_m_table[];
extern const RvCsr rv_csr_s_table[];
extern const RvCsr rv_csr_counter_table[];
extern const RvCsr rv_csr_pmp_table[];

/* Value that only changes bits in mask. */
static inline uint64_t csr_merge(uint64_t old, uint64_t val, uint64_t mask)
{
    return (old & ~mask) | (val & mask);
}

/* mstatus with SD computed. */
uint64_t rv_mstatus_read(const RVEnv *env);
/* mstatus write with the WARL rules through mask; flushes as needed. */
void rv_mstatus_write(RVEnv *env, uint64_t val, uint64_t mask);
/* IALIGN mask for xepc. */
uint64_t rv_epc_mask(const RVEnv *env);
/* An mtvec/stvec write: modes 2 and 3 are reserved, so such a write keeps
 * the base in direct mode. */
uint64_t rv_tvec_legal(uint64_t val);

#endif
