/* SPDX-License-Identifier: MIT */
/*
 * Disk images; see block-image.h. The snapshot layer keeps 4 KiB clusters
 * in a two-level table (512 clusters per second-level table, allocated on
 * first write), so a large image costs memory only for what the guest
 * wrote. Flush is fdatasync() on a writable image and trivially true
 * otherwise.
 */
#define _GNU_SOURCE /* fallocate() */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/log.h"
#include "hw/block-image.h"

enum {
    CLUSTER = 4096,
    L2_ENTRIES = 512,
    ZERO_CHUNK = 64 << 10,
};

struct BlockImage {
    char *path;
    int fd;
    bool readonly, snapshot;
    uint64_t size;
    uint8_t ***cow;     /* [l1][l2] -> cluster, NULL while unwritten */
};

static bool pread_all(int fd, uint8_t *buf, size_t len, uint64_t off)
{
    while (len) {
        ssize_t n = pread(fd, buf, len, off);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return false;
        }
        buf += n;
        len -= n;
        off += n;
    }
    return true;
}

static bool pwrite_all(int fd, const uint8_t *buf, size_t len, uint64_t off)
{
    while (len) {
        ssize_t n = pwrite(fd, buf, len, off);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return false;
        }
        buf += n;
        len -= n;
        off += n;
    }
    return true;
}

BlockImage *block_image_open(const char *path, unsigned flags)
{
    BlockImage *img = calloc(1, sizeof(*img));
    if (!img || !(img->path = strdup(path))) {
        fatal("out of memory");
    }
    img->readonly = flags & BLOCK_IMAGE_READONLY;
    img->snapshot = flags & BLOCK_IMAGE_SNAPSHOT;
    img->fd = open(path, (img->readonly || img->snapshot ? O_RDONLY : O_RDWR) |
                             O_CLOEXEC);
    if (img->fd < 0) {
        fatal("cannot open disk image '%s': %s", path, strerror(errno));
    }
    struct stat st;
    if (fstat(img->fd, &st) != 0 ||
        !(S_ISREG(st.st_mode) || S_ISBLK(st.st_mode))) {
        fatal("disk image '%s' is not a file or block device", path);
    }
    off_t size = lseek(img->fd, 0, SEEK_END);
    if (size < 0) {
        fatal("cannot size disk image '%s': %s", path, strerror(errno));
    }
    img->size = size;
    if (img->snapshot) {
        uint64_t clusters = (img->size + CLUSTER - 1) / CLUSTER;
        uint64_t l1 = (clusters + L2_ENTRIES - 1) / L2_ENTRIES;
        img->cow = calloc(l1 ? l1 : 1, sizeof(*img->cow));
        if (!img->cow) {
            fatal("out of memory");
        }
    }
    return img;
}

uint64_t block_image_size(const BlockImage *img) { return img->size; }

bool block_image_readonly(const BlockImage *img) { return img->readonly; }

const char *block_image_name(const BlockImage *img)
{
    const char *base = strrchr(img->path, '/');
    return base ? base + 1 : img->path;
}

/* The snapshot copy of the cluster holding byte off, made if asked (from
 * the file's contents); NULL when there is none or memory ran out. */
static uint8_t *cow_cluster(BlockImage *img, uint64_t off, bool make)
{
    uint64_t c = off / CLUSTER, l1 = c / L2_ENTRIES, l2 = c % L2_ENTRIES;
    if (!img->cow[l1] && make) {
        img->cow[l1] = calloc(L2_ENTRIES, sizeof(uint8_t *));
    }
    if (!img->cow[l1]) {
        return NULL;
    }
    uint8_t *p = img->cow[l1][l2];
    if (!p && make) {
        uint64_t start = c * CLUSTER;
        size_t n = img->size - start < CLUSTER ? img->size - start : CLUSTER;
        p = calloc(1, CLUSTER);
        if (p && !pread_all(img->fd, p, n, start)) {
            free(p);
            p = NULL;
        }
        img->cow[l1][l2] = p;
    }
    return p;
}

static bool cow_io(BlockImage *img, uint64_t off, uint8_t *buf, size_t len,
                   bool write)
{
    while (len) {
        size_t in = off % CLUSTER;
        size_t n = CLUSTER - in < len ? CLUSTER - in : len;
        uint8_t *c = cow_cluster(img, off, write);
        if (write) {
            if (!c) {
                return false;
            }
            memcpy(c + in, buf, n);
        } else if (c) {
            memcpy(buf, c + in, n);
        } else if (!pread_all(img->fd, buf, n, off)) {
            return false;
        }
        off += n;
        buf += n;
        len -= n;
    }
    return true;
}

bool block_image_read(BlockImage *img, uint64_t off, void *buf, size_t len)
{
    return img->snapshot ? cow_io(img, off, buf, len, false)
                         : pread_all(img->fd, buf, len, off);
}

bool block_image_write(BlockImage *img, uint64_t off, const void *buf,
                       size_t len)
{
    if (img->readonly) {
        return false;
    }
    return img->snapshot ? cow_io(img, off, (uint8_t *)buf, len, true)
                         : pwrite_all(img->fd, buf, len, off);
}

bool block_image_zero(BlockImage *img, uint64_t off, uint64_t len)
{
    static const uint8_t zeros[ZERO_CHUNK];
    if (img->readonly) {
        return false;
    }
    if (!img->snapshot &&
        fallocate(img->fd, FALLOC_FL_ZERO_RANGE, off, len) == 0) {
        return true;
    }
    for (uint64_t pos = 0; pos < len; pos += ZERO_CHUNK) {
        size_t n = len - pos < ZERO_CHUNK ? len - pos : ZERO_CHUNK;
        if (!block_image_write(img, off + pos, zeros, n)) {
            return false;
        }
    }
    return true;
}

void block_image_discard(BlockImage *img, uint64_t off, uint64_t len)
{
    /* Where the host cannot punch holes nothing happens; a snapshot keeps
     * what it has. */
    if (!img->readonly && !img->snapshot) {
        (void)fallocate(img->fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE,
                        off, len);
    }
}

bool block_image_flush(BlockImage *img)
{
    return img->snapshot || img->readonly || fdatasync(img->fd) == 0;
}
