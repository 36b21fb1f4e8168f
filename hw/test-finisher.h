/* SPDX-License-Identifier: MIT */
/*
 * The SiFive test finisher ("sifive,test0", a syscon): one register the
 * guest writes to power off, fail with an exit code, or reset.
 */
#ifndef HW_TEST_FINISHER_H
#define HW_TEST_FINISHER_H

#include <stdint.h>

#include "core/machine.h"
#include "hw/fdt.h"

enum {
    TEST_FINISHER_SIZE = 0x1000,
    TEST_FINISHER_FAIL = 0x3333,  /* | code << 16: exit with code */
    TEST_FINISHER_PASS = 0x5555,  /* power off, exit status 0 */
    TEST_FINISHER_RESET = 0x7777, /* system reset */
};

typedef struct TestFinisher TestFinisher;

/* Maps the register at base; with fdt, writes /soc/test@BASE and the
 * /poweroff and /reboot syscon nodes that point at it. */
TestFinisher *test_finisher_create(Machine *m, uint64_t base, Fdt *fdt);

#endif
