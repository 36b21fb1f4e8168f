/* SPDX-License-Identifier: MIT */
/*
 * Unit tests for the device-tree builder (hw/fdt.c): build a tree with
 * every property kind, nested nodes created on first use, phandles, and
 * enough nodes to force the buffer to grow several times; finish it and
 * read everything back with libfdt; a finished tree loaded as a user's
 * (-dtb) and edited. Ends with `N passed, M failed`.
 */
#include <libfdt.h>
#include <stdio.h>
#include <string.h>

#include "hw/fdt.h"

#include "tests/test-check.h"

static const void *prop(const void *blob, const char *path, const char *name,
                        int *len)
{
    int off = fdt_path_offset(blob, path);
    if (off < 0) {
        *len = -1;
        return NULL;
    }
    return fdt_getprop(blob, off, name, len);
}

static uint32_t cell(const void *p, int i)
{
    return fdt32_to_cpu(((const fdt32_t *)p)[i]);
}

int main(void)
{
    static Fdt f; /* lives to the end, as a board's tree does */
    fdt_init(&f);
    size_t initial = f.size;

    fdt_prop_u32(&f, "/", "#address-cells", 2);
    fdt_prop_str(&f, "/", "model", "emu test");
    fdt_prop_str(&f, "/chosen", "bootargs", "console=ttyS0");
    fdt_prop_u64(&f, "/chosen", "linux,initrd-start", 0x88000000ull);
    fdt_prop_reg(&f, "/memory@80000000", 0x80000000ull, 0x123456789ull);
    const char *const compat[] = { "sifive,plic-1.0.0", "riscv,plic0" };
    fdt_prop_strlist(&f, "/soc/plic@c000000", "compatible", compat, 2);
    fdt_prop_empty(&f, "/soc/plic@c000000", "interrupt-controller");
    const uint32_t ie[] = { 1, 11, 1, 9 };
    fdt_prop_cells(&f, "/soc/plic@c000000", "interrupts-extended", ie, 4);
    uint32_t ph1 = fdt_alloc_phandle(&f), ph2 = fdt_alloc_phandle(&f);
    fdt_prop_u32(&f, "/soc/plic@c000000", "phandle", ph1);
    int off_a = fdt_node(&f, "/soc/a/b/c");
    int off_b = fdt_node(&f, "/soc/a/b/c");
    check(off_a > 0 && off_a == off_b, "fdt_node finds an existing node");
    check_eq(fdt_node(&f, "/"), 0, "fdt_node of the root");

    /* Enough to grow the 4 KiB start buffer several times. */
    char path[64];
    for (int i = 0; i < 200; i++) {
        snprintf(path, sizeof(path), "/many/node@%x", i);
        fdt_prop_u32(&f, path, "index", (uint32_t)i);
        fdt_prop_str(&f, path, "compatible", "emu,filler-with-long-name");
    }
    /* Earlier properties survive, and overwriting works. */
    fdt_prop_str(&f, "/", "model", "emu test board");
    check(f.size > initial, "buffer grew (%zu > %zu)", f.size, initial);

    size_t size = 0;
    const void *blob = fdt_finish_blob(&f, &size);
    check_eq(fdt_check_header(blob), 0, "header is valid");
    check_eq(size, fdt_totalsize(blob), "finish returns the total size");
    check(size <= f.size, "packed size fits");

    int len;
    const void *p = prop(blob, "/", "model", &len);
    check(p && len == 15 && !strcmp(p, "emu test board"), "string property");
    p = prop(blob, "/", "#address-cells", &len);
    check(p && len == 4 && cell(p, 0) == 2, "u32 property");
    p = prop(blob, "/chosen", "bootargs", &len);
    check(p && !strcmp(p, "console=ttyS0"), "string in a created node");
    p = prop(blob, "/chosen", "linux,initrd-start", &len);
    fdt64_t v64 = 0;
    if (p && len == 8) {
        memcpy(&v64, p, 8); /* properties are only 4-byte aligned */
    }
    check(fdt64_to_cpu(v64) == 0x88000000ull, "u64 property");
    p = prop(blob, "/memory@80000000", "reg", &len);
    check(p && len == 16 && cell(p, 0) == 0 && cell(p, 1) == 0x80000000u &&
              cell(p, 2) == 1 && cell(p, 3) == 0x23456789u,
          "reg property (2+2 cells)");
    p = prop(blob, "/soc/plic@c000000", "compatible", &len);
    check(p && len == 30 && !memcmp(p, "sifive,plic-1.0.0\0riscv,plic0", 30),
          "string list property");
    int plic = fdt_path_offset(blob, "/soc/plic@c000000");
    check_eq(fdt_stringlist_count(blob, plic, "compatible"), 2,
             "string list count");
    check(fdt_node_check_compatible(blob, plic, "riscv,plic0") == 0,
          "second compatible matches");
    p = prop(blob, "/soc/plic@c000000", "interrupt-controller", &len);
    check(p && len == 0, "empty property");
    p = prop(blob, "/soc/plic@c000000", "interrupts-extended", &len);
    check(p && len == 16 && cell(p, 0) == 1 && cell(p, 1) == 11 &&
              cell(p, 2) == 1 && cell(p, 3) == 9,
          "cells property");
    check(ph1 == 1 && ph2 == 2, "phandles count from 1");
    check_eq(fdt_get_phandle(blob, plic), ph1, "phandle property");
    check_eq(fdt_node_offset_by_phandle(blob, ph1), plic,
             "node found by phandle");
    check(fdt_path_offset(blob, "/soc/a/b/c") > 0, "nested nodes exist");
    bool all = true;
    for (int i = 0; i < 200; i++) {
        snprintf(path, sizeof(path), "/many/node@%x", i);
        p = prop(blob, path, "index", &len);
        all = all && p && len == 4 && cell(p, 0) == (uint32_t)i;
    }
    check(all, "all 200 filler nodes read back");

    /* Editing after finishing grows the packed tree again. */
    fdt_prop_str(&f, "/chosen", "stdout-path", "/soc/serial@10000000");
    blob = fdt_finish_blob(&f, &size);
    p = prop(blob, "/chosen", "stdout-path", &len);
    check(p && !strcmp(p, "/soc/serial@10000000"), "edit after finish");
    p = prop(blob, "/chosen", "bootargs", &len);
    check(p && !strcmp(p, "console=ttyS0"), "edit after finish keeps data");

    /* A user's tree (-dtb) opened for edits: the finished tree reloaded,
     * edited, packed; a corrupt one is refused in tests/bad-input.sh. */
    static Fdt user;
    fdt_load(&user, blob, size, "test.dtb");
    fdt_prop_str(&user, "/chosen", "bootargs", "root=/dev/vda");
    const void *ub = fdt_finish_blob(&user, &size);
    p = prop(ub, "/chosen", "bootargs", &len);
    check(p && !strcmp(p, "root=/dev/vda"), "loaded tree edited");
    p = prop(ub, "/many/node@c7", "index", &len);
    check(p && len == 4 && cell(p, 0) == 199, "loaded tree keeps its nodes");

    return check_summary();
}
