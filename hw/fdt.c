/* SPDX-License-Identifier: MIT */
/*
 * The guest's device tree, built with libfdt's read-write API. Nodes are
 * named by path and created on first use; every edit that finds the buffer
 * full doubles it (fdt_open_into) and tries again, so callers never see
 * -FDT_ERR_NOSPACE. Any other libfdt error is an emulator bug (a bad path
 * or name built into a board) and stops emu with a message.
 */
#include <assert.h>
#include <libfdt.h>
#include <stdlib.h>
#include <string.h>

#include "core/log.h"
#include "hw/fdt.h"

enum {
    FDT_INITIAL_SIZE = 4096,
    FDT_PATH_MAX = 256,
};

static void fdt_grow(Fdt *f)
{
    size_t nsize = f->size * 2;
    void *nb = realloc(f->blob, nsize);
    if (!nb) {
        fatal("fdt: out of memory growing the device tree to %zu bytes",
              nsize);
    }
    memset((char *)nb + f->size, 0, nsize - f->size);
    f->blob = nb; /* the old buffer is gone, even if the tree is bad */
    int err = fdt_open_into(nb, nb, (int)nsize);
    if (err < 0) {
        fatal("fdt: cannot grow the device tree: %s", fdt_strerror(err));
    }
    f->size = nsize;
}

/* Result of a libfdt call: retry (after growing) on NOSPACE, else fatal. */
static bool fdt_retry(Fdt *f, int err, const char *what, const char *path)
{
    if (err == -FDT_ERR_NOSPACE) {
        fdt_grow(f);
        return true;
    }
    if (err < 0) {
        fatal("fdt: %s at '%s': %s", what, path, fdt_strerror(err));
    }
    return false;
}

void fdt_init(Fdt *f)
{
    f->size = FDT_INITIAL_SIZE;
    f->blob = calloc(1, f->size);
    f->next_phandle = 1;
    if (!f->blob) {
        fatal("fdt: out of memory");
    }
    int err = fdt_create_empty_tree(f->blob, (int)f->size);
    if (err < 0) {
        fatal("fdt: cannot create the device tree: %s", fdt_strerror(err));
    }
}

/* libfdt 1.6.1's fdt_check_full() dereferences the root node's name
 * without checking it: walk the structure as it does and refuse a root
 * (a node at depth 1) whose name libfdt cannot give. */
static bool fdt_root_names_ok(const void *blob)
{
    int depth = 0, next = 0;
    for (;;) {
        int off = next;
        uint32_t tag = fdt_next_tag(blob, off, &next);
        if (next < 0 || tag == FDT_END) {
            return true; /* fdt_check_full() reports what is wrong */
        }
        if (tag == FDT_BEGIN_NODE && ++depth == 1 &&
            !fdt_get_name(blob, off, NULL)) {
            return false;
        }
        if (tag == FDT_END_NODE && --depth < 0) {
            return true;
        }
    }
}

void fdt_load(Fdt *f, const void *blob, size_t size, const char *path)
{
    /* The whole tree, not just its header: fdt_open_into trusts the
     * block offsets and sizes. */
    if (size < sizeof(struct fdt_header) || fdt_check_header(blob) != 0 ||
        fdt_totalsize(blob) > size || !fdt_root_names_ok(blob) ||
        fdt_check_full(blob, size) != 0) {
        fatal("-dtb: '%s' is not a valid flattened device tree", path);
    }
    f->size = fdt_totalsize(blob) + 0x10000;
    f->blob = malloc(f->size);
    f->next_phandle = 1;
    if (!f->blob || fdt_open_into(blob, f->blob, (int)f->size) != 0) {
        fatal("-dtb: '%s' is not a valid flattened device tree", path);
    }
}

int fdt_node(Fdt *f, const char *path)
{
    char buf[FDT_PATH_MAX];
    int off = 0;

    assert(path[0] == '/' && strlen(path) < sizeof(buf));
    strcpy(buf, path);
    for (char *name = buf + 1; *name;) {
        char *end = strchr(name, '/');
        size_t len = end ? (size_t)(end - name) : strlen(name);
        int sub = fdt_subnode_offset_namelen(f->blob, off, name, (int)len);
        if (sub == -FDT_ERR_NOTFOUND) {
            char save = name[len];
            name[len] = 0;
            do {
                sub = fdt_add_subnode(f->blob, off, name);
            } while (fdt_retry(f, sub, "adding a node", path));
            name[len] = save;
        } else if (sub < 0) {
            fatal("fdt: looking up '%s': %s", path, fdt_strerror(sub));
        }
        off = sub;
        name += len;
        while (*name == '/') {
            name++;
        }
    }
    return off;
}

/* Sets name at path to len bytes of val, creating the node if needed. */
static void fdt_prop_bytes(Fdt *f, const char *path, const char *name,
                           const void *val, int len)
{
    int err;
    do {
        /* Offsets move when the tree grows or a node is added: look again. */
        int off = fdt_node(f, path);
        err = fdt_setprop(f->blob, off, name, val, len);
    } while (fdt_retry(f, err, "setting a property", path));
}

void fdt_prop_str(Fdt *f, const char *path, const char *name,
                  const char *val)
{
    fdt_prop_bytes(f, path, name, val, (int)strlen(val) + 1);
}

void fdt_prop_strlist(Fdt *f, const char *path, const char *name,
                      const char *const *strs, unsigned n)
{
    size_t len = 0;
    for (unsigned i = 0; i < n; i++) {
        len += strlen(strs[i]) + 1;
    }
    char *buf = malloc(len ? len : 1);
    if (!buf) {
        fatal("fdt: out of memory");
    }
    char *p = buf;
    for (unsigned i = 0; i < n; i++) {
        size_t l = strlen(strs[i]) + 1;
        memcpy(p, strs[i], l);
        p += l;
    }
    fdt_prop_bytes(f, path, name, buf, (int)len);
    free(buf);
}

void fdt_prop_empty(Fdt *f, const char *path, const char *name)
{
    fdt_prop_bytes(f, path, name, NULL, 0);
}

void fdt_prop_u32(Fdt *f, const char *path, const char *name, uint32_t val)
{
    fdt32_t v = cpu_to_fdt32(val);
    fdt_prop_bytes(f, path, name, &v, sizeof(v));
}

void fdt_prop_u64(Fdt *f, const char *path, const char *name, uint64_t val)
{
    fdt64_t v = cpu_to_fdt64(val);
    fdt_prop_bytes(f, path, name, &v, sizeof(v));
}

void fdt_prop_cells(Fdt *f, const char *path, const char *name,
                    const uint32_t *cells, unsigned n)
{
    fdt32_t *v = malloc(n ? n * sizeof(*v) : 1);
    if (!v) {
        fatal("fdt: out of memory");
    }
    for (unsigned i = 0; i < n; i++) {
        v[i] = cpu_to_fdt32(cells[i]);
    }
    fdt_prop_bytes(f, path, name, v, (int)(n * sizeof(*v)));
    free(v);
}

void fdt_prop_reg(Fdt *f, const char *path, uint64_t addr, uint64_t size)
{
    const uint32_t cells[4] = {
        (uint32_t)(addr >> 32), (uint32_t)addr,
        (uint32_t)(size >> 32), (uint32_t)size,
    };
    fdt_prop_cells(f, path, "reg", cells, 4);
}

uint32_t fdt_alloc_phandle(Fdt *f) { return f->next_phandle++; }

const void *fdt_finish_blob(Fdt *f, size_t *size)
{
    int err = fdt_pack(f->blob);
    if (err < 0) {
        fatal("fdt: cannot pack the device tree: %s", fdt_strerror(err));
    }
    f->size = fdt_totalsize(f->blob);
    if (size) {
        *size = f->size;
    }
    return f->blob;
}
