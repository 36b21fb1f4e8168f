/* SPDX-License-Identifier: MIT */
/*
 * The SiFive test finisher. A write to offset 0 carries a status in its
 * low 16 bits: PASS powers off with exit status 0, FAIL exits with the code
 * in bits 31:16, RESET asks the machine for a reset. Other values, other
 * offsets and reads (which return 0) are guest mistakes and do nothing.
 * Linux finds it through the syscon-poweroff and syscon-reboot nodes.
 */
#include <stdio.h>
#include <stdlib.h>

#include "core/log.h"
#include "hw/test-finisher.h"

struct TestFinisher {
    Machine *m;
};

static uint64_t finisher_read(void *opaque, uint64_t off, unsigned size)
{
    (void)opaque;
    (void)size;
    log_guest_error("sifive_test: read at offset 0x%llx",
                    (unsigned long long)off);
    return 0;
}

static void finisher_write(void *opaque, uint64_t off, uint64_t val,
                           unsigned size)
{
    TestFinisher *t = opaque;
    unsigned status = val & 0xffff, code = (val >> 16) & 0xffff;

    (void)size;
    if (off != 0) {
        log_guest_error("sifive_test: write at offset 0x%llx ignored",
                        (unsigned long long)off);
        return;
    }
    switch (status) {
    case TEST_FINISHER_PASS:
        machine_request_shutdown(t->m, 0);
        break;
    case TEST_FINISHER_FAIL:
        machine_request_shutdown(t->m, (int)code);
        break;
    case TEST_FINISHER_RESET:
        machine_request_reset(t->m);
        break;
    default:
        log_guest_error("sifive_test: unknown status 0x%x ignored", status);
        break;
    }
}

static const MmioOps finisher_ops = {
    .name = "sifive_test",
    .read = finisher_read,
    .write = finisher_write,
    .valid = { .min = 2, .max = 4 },
    .impl = { .min = 2, .max = 4 },
};

static void finisher_fdt(Fdt *fdt, uint64_t base)
{
    static const char *const compat[] = { "sifive,test1", "sifive,test0",
                                          "syscon" };
    char path[64];
    uint32_t ph = fdt_alloc_phandle(fdt);

    snprintf(path, sizeof(path), "/soc/test@%llx", (unsigned long long)base);
    fdt_prop_strlist(fdt, path, "compatible", compat, 3);
    fdt_prop_reg(fdt, path, base, TEST_FINISHER_SIZE);
    fdt_prop_u32(fdt, path, "phandle", ph);

    fdt_prop_str(fdt, "/poweroff", "compatible", "syscon-poweroff");
    fdt_prop_u32(fdt, "/poweroff", "regmap", ph);
    fdt_prop_u32(fdt, "/poweroff", "offset", 0);
    fdt_prop_u32(fdt, "/poweroff", "value", TEST_FINISHER_PASS);

    fdt_prop_str(fdt, "/reboot", "compatible", "syscon-reboot");
    fdt_prop_u32(fdt, "/reboot", "regmap", ph);
    fdt_prop_u32(fdt, "/reboot", "offset", 0);
    fdt_prop_u32(fdt, "/reboot", "value", TEST_FINISHER_RESET);
}

TestFinisher *test_finisher_create(Machine *m, uint64_t base, Fdt *fdt)
{
    TestFinisher *t = calloc(1, sizeof(*t));
    if (!t) {
        fatal("out of memory");
    }
    t->m = m;
    as_add_mmio(&m->as, "sifive_test", base, TEST_FINISHER_SIZE, 0,
                &finisher_ops, t);
    if (fdt) {
        finisher_fdt(fdt, base);
    }
    return t;
}
