/* SPDX-License-Identifier: MIT */
/*
 * Unit tests for the SiFive test finisher (hw/test-finisher.c) on a bare
 * Machine: pass, fail with a code, reset, 16-bit writes, unknown values,
 * other offsets, refused sizes, reads; and its device-tree nodes (the
 * syscon and the poweroff/reboot nodes pointing at it). Ends with
 * `N passed, M failed`.
 */
#include <libfdt.h>
#include <string.h>

#include "core/machine.h"
#include "hw/test-finisher.h"

#include "tests/test-check.h"

enum {
    BASE = 0x100000,
};

static Machine m;

static void wr(uint64_t addr, unsigned size, uint64_t v)
{
    if (as_write(&m.as, addr, size, v) != MEMTX_OK) {
        check(false, "write to %#llx not answered", (unsigned long long)addr);
    }
}

static void clear(void)
{
    m.shutdown = false;
    m.reset_requested = false;
    m.exit_code = -1;
}

static void test_registers(void)
{
    clear();
    wr(BASE, 4, TEST_FINISHER_PASS);
    check(m.shutdown && m.exit_code == 0 && !m.reset_requested,
          "PASS powers off with status 0");
    clear();
    wr(BASE, 4, TEST_FINISHER_FAIL | 42 << 16);
    check(m.shutdown && m.exit_code == 42, "FAIL exits with its code");
    clear();
    wr(BASE, 4, TEST_FINISHER_FAIL | 0xffffu << 16);
    check(m.shutdown && m.exit_code == 0xffff, "FAIL with code 0xffff");
    clear();
    wr(BASE, 4, TEST_FINISHER_PASS | 7 << 16);
    check(m.shutdown && m.exit_code == 0, "PASS ignores the code bits");
    clear();
    wr(BASE, 4, TEST_FINISHER_RESET);
    check(m.reset_requested && !m.shutdown, "RESET requests a reset");
    check(machine_should_stop(&m), "a reset request stops the CPUs");
    clear();
    wr(BASE, 2, TEST_FINISHER_PASS);
    check(m.shutdown && m.exit_code == 0, "16-bit PASS");

    /* Mistakes: nothing happens. */
    clear();
    wr(BASE, 4, 0x1234);
    wr(BASE, 4, 0);
    wr(BASE + 4, 4, TEST_FINISHER_PASS);
    wr(BASE + 0xffc, 4, TEST_FINISHER_PASS);
    wr(BASE, 1, 0x55);
    wr(BASE, 8, TEST_FINISHER_PASS);
    wr(BASE + 1, 2, TEST_FINISHER_PASS);
    check(!m.shutdown && !m.reset_requested,
          "unknown values, other offsets, bad sizes do nothing");
    uint64_t v = 1;
    check(as_read(&m.as, BASE, 4, &v) == MEMTX_OK && v == 0, "reads 0");
    check(as_read(&m.as, BASE, 1, &v) == MEMTX_OK && v == 0,
          "refused read size reads 0");
    check(!machine_should_stop(&m), "machine runs on");
}

static void test_fdt(void)
{
    /* Static: the machine and its devices live to the end, as in emu. */
    static Machine m2;
    static Fdt f;
    fdt_init(&f);
    fdt_alloc_phandle(&f); /* phandle 1 taken by someone else */
    test_finisher_create(&m2, BASE, &f);
    const void *blob = fdt_finish_blob(&f, NULL);
    int off = fdt_path_offset(blob, "/soc/test@100000");
    check(off > 0, "node /soc/test@100000");
    int len;
    const char *p = fdt_getprop(blob, off, "compatible", &len);
    check(p && len == 33 &&
              !memcmp(p, "sifive,test1\0sifive,test0\0syscon", 33),
          "compatible list");
    const fdt32_t *reg = fdt_getprop(blob, off, "reg", &len);
    check(reg && len == 16 && fdt32_to_cpu(reg[1]) == BASE &&
              fdt32_to_cpu(reg[3]) == TEST_FINISHER_SIZE,
          "reg");
    uint32_t ph = fdt_get_phandle(blob, off);
    check_eq(ph, 2, "phandle allocated");
    static const struct {
        const char *path, *compat;
        uint32_t value;
    } sc[] = {
        { "/poweroff", "syscon-poweroff", TEST_FINISHER_PASS },
        { "/reboot", "syscon-reboot", TEST_FINISHER_RESET },
    };
    for (int i = 0; i < 2; i++) {
        int o = fdt_path_offset(blob, sc[i].path);
        check(o > 0 && !fdt_node_check_compatible(blob, o, sc[i].compat),
              "%s compatible", sc[i].path);
        const fdt32_t *c = fdt_getprop(blob, o, "regmap", &len);
        check(c && len == 4 && fdt32_to_cpu(*c) == ph, "%s regmap",
              sc[i].path);
        c = fdt_getprop(blob, o, "offset", &len);
        check(c && len == 4 && fdt32_to_cpu(*c) == 0, "%s offset",
              sc[i].path);
        c = fdt_getprop(blob, o, "value", &len);
        check(c && len == 4 && fdt32_to_cpu(*c) == sc[i].value, "%s value",
              sc[i].path);
    }
    /* The region is there too. */
    MemRegion *mr = as_lookup(&m2.as, BASE);
    check(mr && mr->size == TEST_FINISHER_SIZE, "region mapped");
}

int main(void)
{
    test_finisher_create(&m, BASE, NULL);
    test_registers();
    test_fdt();
    return check_summary();
}
