/* SPDX-License-Identifier: MIT */
/*
 * policy.c: how the differential tester may generate each instruction of
 * insn32.def. Most rules follow from the major opcode and the format, so
 * a new pattern needs no entry here; the tables below list the exceptions,
 * each with its one reason: instructions never generated, and those
 * generated only when emu is compared with itself because QEMU 7.2 (the
 * reference) does not follow the specification there.
 */
#include <string.h>

#include "tcg-tests/difftest/difftest.h"

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

typedef struct DtNote {
    const char *name;
    const char *reason;
} DtNote;

static const DtNote excluded[] = {
    { "jalr", "indirect jump: the target would be a random register value" },
    { "mret", "returns to a random mepc in the privilege mode held by MPP" },
    { "sret", "returns to a random sepc, possibly leaving M-mode" },
    { "wfi", "may wait for an interrupt, and none is ever raised" },
    { "cbo_inval", "Zicbom: QEMU 7.2 lacks it; rs1 is a random address" },
    { "cbo_clean", "Zicbom: QEMU 7.2 lacks it; rs1 is a random address" },
    { "cbo_flush", "Zicbom: QEMU 7.2 lacks it; rs1 is a random address" },
    { "cbo_zero", "Zicboz: QEMU 7.2 lacks it; rs1 is a random address" },
};

static const DtNote qemu_diverges[] = {
    { "ctzw", "QEMU 7.2 counts 63 when bits 31:0 are zero; the spec says 32" },
    { "czero_eqz", "QEMU 7.2 has no Zicond" },
    { "czero_nez", "QEMU 7.2 has no Zicond" },
    { "ebreak", "QEMU 7.2 writes mtval 0, emu the pc (both allowed)" },
};

/* SYSTEM-opcode instructions other than Zicsr that are safe in M-mode:
 * the trap handler logs and skips ecall; sfence.vma with satp = Bare
 * only flushes. */
static const char *const system_ok[] = { "ecall", "sfence_vma" };

static const char *lookup(const DtNote *t, size_t n, const char *name)
{
    for (size_t i = 0; i < n; i++) {
        if (strcmp(t[i].name, name) == 0) {
            return t[i].reason;
        }
    }
    return NULL;
}

/* Does an OP-FP instruction (major opcode 0x53) write an x register?
 * Compares (funct5 10100), conversions to integer (11000), fmv.x and
 * fclass (11100). */
static bool op_fp_writes_x(uint32_t match)
{
    unsigned funct5 = match >> 27;
    return funct5 == 0x14 || funct5 == 0x18 || funct5 == 0x1c;
}

void dt_rule(int id, DtRule *r)
{
    const RvPattern *p = &rv_patterns[id];
    unsigned opcode = p->match & 0x7f;
    unsigned funct3 = (p->match >> 12) & 7;

    memset(r, 0, sizeof(*r));
    r->kind = DT_PLAIN;
    r->writes_x = true;
    r->excluded = lookup(excluded, ARRAY_LEN(excluded), p->name);
    r->qemu_diverges =
        lookup(qemu_diverges, ARRAY_LEN(qemu_diverges), p->name);

    switch (p->fmt) {
    case RV_FMT_S:
    case RV_FMT_B:
    case RV_FMT_N:
    case RV_FMT_SS:
    case RV_FMT_FENCE:
        r->writes_x = false;
        break;
    case RV_FMT_R_RM:
    case RV_FMT_R2_RM:
    case RV_FMT_R4_RM:
        r->kind = DT_FP_RM;
        break;
    default:
        break;
    }

    switch (opcode) {
    case 0x03: /* LOAD */
    case 0x07: /* LOAD-FP */
        r->kind = DT_LOAD;
        r->mem_size = 1u << (funct3 & 3);
        r->writes_x = opcode == 0x03;
        break;
    case 0x23: /* STORE */
    case 0x27: /* STORE-FP */
        r->kind = DT_STORE;
        r->mem_size = 1u << (funct3 & 3);
        break;
    case 0x2f: /* AMO */
        r->kind = (p->match >> 27) == 0x03 ? DT_STORE_COND : DT_AMO;
        r->mem_size = 1u << (funct3 & 3);
        break;
    case 0x43: /* the fused multiply-adds */
    case 0x47:
    case 0x4b:
    case 0x4f:
        r->writes_x = false;
        break;
    case 0x53: /* OP-FP */
        r->writes_x = op_fp_writes_x(p->match);
        break;
    case 0x63: /* BRANCH */
    case 0x6f: /* JAL */
        r->kind = DT_BRANCH;
        break;
    case 0x0f: /* MISC-MEM */
        r->kind = p->fmt == RV_FMT_FENCE ? DT_FENCE : DT_FENCE_I;
        break;
    case 0x73: /* SYSTEM */
        if (p->fmt == RV_FMT_CSR) {
            r->kind = DT_CSR_FP;
        } else if (!r->excluded && !r->qemu_diverges) {
            bool ok = false;
            for (size_t i = 0; i < ARRAY_LEN(system_ok); i++) {
                ok |= strcmp(system_ok[i], p->name) == 0;
            }
            if (!ok) {
                r->excluded = "a system instruction without a rule in "
                              "tcg-tests/difftest/policy.c";
            }
        }
        break;
    default:
        break;
    }
    if (r->excluded) {
        r->kind = DT_EXCLUDED;
    }
}
