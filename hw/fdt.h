/* SPDX-License-Identifier: MIT */
/*
 * The device tree a board builds for its guest, with libfdt: a board
 * creates it with the root, cpus and memory nodes, each device's *_create
 * adds its own node, and the board finishes it (-M virt,dumpdtb=FILE
 * writes the result).
 */
#ifndef HW_FDT_H
#define HW_FDT_H

#include <stddef.h>
#include <stdint.h>

typedef struct Fdt {
    void *blob;       /* libfdt read-write tree */
    size_t size;      /* its buffer size */
    uint32_t next_phandle;
} Fdt;

void fdt_init(Fdt *f);
/* A user's tree (-dtb FILE, size bytes read from path), checked and opened
 * for edits; one fatal line when it is not a valid flattened tree. */
void fdt_load(Fdt *f, const void *blob, size_t size, const char *path);
/* Offset of the node at path, created (with parents) if missing. */
int fdt_node(Fdt *f, const char *path);
void fdt_prop_str(Fdt *f, const char *path, const char *name,
                  const char *val);
void fdt_prop_u32(Fdt *f, const char *path, const char *name, uint32_t val);
void fdt_prop_u64(Fdt *f, const char *path, const char *name, uint64_t val);
/* An array of 32-bit cells. */
void fdt_prop_cells(Fdt *f, const char *path, const char *name,
                    const uint32_t *cells, unsigned n);
/* "reg" = <addr size> with 2 address and 2 size cells. */
void fdt_prop_reg(Fdt *f, const char *path, uint64_t addr, uint64_t size);
/* A property with no value (interrupt-controller, ranges). */
void fdt_prop_empty(Fdt *f, const char *path, const char *name);
/* A string list ("compatible" with several entries). */
void fdt_prop_strlist(Fdt *f, const char *path, const char *name,
                      const char *const *strs, unsigned n);
uint32_t fdt_alloc_phandle(Fdt *f);
/* Packs the tree; returns the blob and its size. (Not fdt_finish: libfdt
 * has that name.) */
const void *fdt_finish_blob(Fdt *f, size_t *size);

#endif
