/* SPDX-License-Identifier: MIT */
/*
 * virtio-blk; see virtio-blk.h. A request is a chain of a 16-byte header
 * {le32 type, le32 reserved, le64 sector} the device reads, the data, and
 * one status byte the device writes last. Requests are served at once, in
 * the notifying vCPU's thread. Data moves through a bounce buffer in 64 KiB
 * pieces, so a request's size costs time, not memory. Whatever the guest
 * asks, it gets a status: out-of-range sectors, partial sectors, writes to
 * a read-only disk and host I/O errors (a full disk too) are IOERR;
 * unknown types UNSUPP. Only a chain with no room for the status byte
 * breaks the device (virtio_error()).
 */
#include <stdlib.h>
#include <string.h>

#include "core/log.h"
#include "hw/block-image.h"
#include "hw/virtio-blk.h"

enum {
    BLK_F_SIZE_MAX = 1 << 1,
    BLK_F_SEG_MAX = 1 << 2,
    BLK_F_RO = 1 << 5,
    BLK_F_BLK_SIZE = 1 << 6,
    BLK_F_FLUSH = 1 << 9,
    BLK_F_DISCARD = 1 << 13,
    BLK_F_WRITE_ZEROES = 1 << 14,

    T_IN = 0,
    T_OUT = 1,
    T_FLUSH = 4,
    T_GET_ID = 8,
    T_DISCARD = 11,
    T_WRITE_ZEROES = 13,
    RANGE_F_UNMAP = 1,
    RANGE_BYTES = 16,      /* {le64 sector, le32 num_sectors, le32 flags} */
    MAX_RANGE_SECTORS = 1 << 15, /* 16 MiB: bounds a snapshot's growth */

    S_OK = 0,
    S_IOERR = 1,
    S_UNSUPP = 2,

    SECTOR = 512,
    HDR_SIZE = 16,
    ID_BYTES = 20,
    QUEUE_SIZE = 256,
    SIZE_MAX_BYTES = 1 << 20,
    BOUNCE = 64 << 10,
    CONFIG_SIZE = 60,          /* through write_zeroes_may_unmap, padded */
};

typedef struct VirtioBlk {
    VirtioDevice vdev;      /* first: the ops receive &vdev */
    BlockImage *img;
    bool readonly;
    uint64_t sectors;
    VirtqElem elem;
    uint8_t bounce[BOUNCE];
} VirtioBlk;

/* ---- Requests. */

static uint64_t ld_le(const uint8_t *p, unsigned n)
{
    uint64_t v = 0;
    for (unsigned i = n; i-- > 0;) {
        v = v << 8 | p[i];
    }
    return v;
}

static bool in_disk(const VirtioBlk *b, uint64_t sector, uint64_t n)
{
    return sector <= b->sectors && n <= b->sectors - sector;
}

/* Moves len bytes between the chain (from byte chain_off) and the disk. */
static uint8_t transfer(VirtioBlk *b, VirtqElem *e, uint64_t sector,
                        uint64_t chain_off, uint64_t len, bool write)
{
    VirtQueue *vq = &b->vdev.vq[0];
    if (len % SECTOR || !in_disk(b, sector, len / SECTOR)) {
        log_guest_error("virtio-blk: %s of %llu bytes at sector %llu "
                        "outside the disk or not whole sectors",
                        write ? "write" : "read", (unsigned long long)len,
                        (unsigned long long)sector);
        return S_IOERR;
    }
    for (uint64_t pos = 0; pos < len; pos += BOUNCE) {
        size_t n = len - pos < BOUNCE ? len - pos : BOUNCE;
        uint64_t off = sector * SECTOR + pos;
        if (write) {
            if (!vq_read(vq, e, chain_off + pos, b->bounce, n) ||
                !block_image_write(b->img, off, b->bounce, n)) {
                return S_IOERR;
            }
        } else if (!block_image_read(b->img, off, b->bounce, n) ||
                   !vq_write(vq, e, chain_off + pos, b->bounce, n)) {
            return S_IOERR;
        }
    }
    return S_OK;
}

/* DISCARD and WRITE_ZEROES: one range segment after the header. */
static uint8_t ranges(VirtioBlk *b, VirtqElem *e, bool zero)
{
    uint8_t r[RANGE_BYTES];
    if (b->readonly || e->out_len != HDR_SIZE + RANGE_BYTES ||
        !vq_read(&b->vdev.vq[0], e, HDR_SIZE, r, RANGE_BYTES)) {
        log_guest_error("virtio-blk: %s needs one range on a writable disk",
                        zero ? "write-zeroes" : "discard");
        return S_IOERR;
    }
    uint64_t sector = ld_le(r, 8);
    uint32_t n = ld_le(r + 8, 4), flags = ld_le(r + 12, 4);
    if (flags & ~(uint32_t)RANGE_F_UNMAP || (!zero && flags)) {
        return S_UNSUPP;
    }
    if (n > MAX_RANGE_SECTORS || !in_disk(b, sector, n)) {
        log_guest_error("virtio-blk: range of %u sectors at %llu refused", n,
                        (unsigned long long)sector);
        return S_IOERR;
    }
    if (!zero) {
        block_image_discard(b->img, sector * SECTOR, (uint64_t)n * SECTOR);
        return S_OK;
    }
    return block_image_zero(b->img, sector * SECTOR, (uint64_t)n * SECTOR)
               ? S_OK
               : S_IOERR;
}

/* Serves one request; *written is the bytes put into its data part. */
static uint8_t serve(VirtioBlk *b, VirtqElem *e, uint64_t *written)
{
    uint8_t hdr[HDR_SIZE];
    uint64_t data_in = e->in_len - 1;

    *written = 0;
    if (!vq_read(&b->vdev.vq[0], e, 0, hdr, HDR_SIZE)) {
        log_guest_error("virtio-blk: request without a header");
        return S_IOERR;
    }
    uint32_t type = ld_le(hdr, 4);
    uint64_t sector = ld_le(hdr + 8, 8);
    switch (type) {
    case T_IN: {
        uint8_t s = transfer(b, e, sector, 0, data_in, false);
        *written = s == S_OK ? data_in : 0;
        return s;
    }
    case T_OUT:
        if (b->readonly) {
            log_guest_error("virtio-blk: write to a read-only disk");
            return S_IOERR;
        }
        return transfer(b, e, sector, HDR_SIZE, e->out_len - HDR_SIZE, true);
    case T_FLUSH:
        return block_image_flush(b->img) ? S_OK : S_IOERR;
    case T_GET_ID: {
        char id[ID_BYTES] = { 0 };
        const char *name = block_image_name(b->img);
        memcpy(id, name, strnlen(name, ID_BYTES));
        size_t n = data_in < ID_BYTES ? data_in : ID_BYTES;
        if (!vq_write(&b->vdev.vq[0], e, 0, id, n)) {
            return S_IOERR;
        }
        *written = n;
        return S_OK;
    }
    case T_DISCARD:
    case T_WRITE_ZEROES:
        return ranges(b, e, type == T_WRITE_ZEROES);
    default:
        log_unimp("virtio-blk: request type %u", type);
        return S_UNSUPP;
    }
}

/* The data bytes written plus the status byte, as the used ring holds it. */
static uint32_t used_len(uint64_t written)
{
    return written < UINT32_MAX ? written + 1 : UINT32_MAX;
}

static void blk_notify(VirtioDevice *d, unsigned q)
{
    VirtioBlk *b = (VirtioBlk *)d;
    VirtQueue *vq = &d->vq[q];
    VirtqElem *e = &b->elem;
    bool pushed = false;
    VqPop r;

    /* Bounded: each pop consumes one avail entry the driver published. */
    while ((r = vq_pop(vq, e)) == VQ_OK) {
        if (e->in_len == 0) {
            virtio_error(d, "request %u has no status byte", e->head);
            return;
        }
        uint64_t written;
        uint8_t status = serve(b, e, &written);
        if (!vq_write(vq, e, e->in_len - 1, &status, 1) ||
            !vq_push(vq, e, used_len(written))) {
            virtio_error(d, "used ring or status byte not writable");
            return;
        }
        pushed = true;
    }
    if (r == VQ_BROKEN) {
        virtio_error(d, "malformed request on queue %u", q);
    }
    if (pushed) {
        virtio_notify(d, q);
    }
}

static uint32_t blk_config_read(VirtioDevice *d, uint32_t off, unsigned size)
{
    VirtioBlk *b = (VirtioBlk *)d;
    uint8_t c[CONFIG_SIZE] = { 0 };
    uint64_t fields[][3] = {
        /* offset, bytes, value */
        { 0, 8, b->sectors },
        { 8, 4, SIZE_MAX_BYTES },
        { 12, 4, QUEUE_SIZE - 2 },  /* seg_max: header and status aside */
        { 20, 4, SECTOR },          /* blk_size */
        { 34, 2, 1 },               /* num_queues */
        { 36, 4, MAX_RANGE_SECTORS },  /* max_discard_sectors */
        { 40, 4, 1 },               /* max_discard_seg */
        { 44, 4, 1 },               /* discard_sector_alignment */
        { 48, 4, MAX_RANGE_SECTORS },  /* max_write_zeroes_sectors */
        { 52, 4, 1 },               /* max_write_zeroes_seg */
        { 56, 1, 0 },               /* write_zeroes_may_unmap */
    };
    for (unsigned i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
        for (unsigned k = 0; k < fields[i][1]; k++) {
            c[fields[i][0] + k] = fields[i][2] >> (8 * k);
        }
    }
    return ld_le(c + off, size);
}

static const VirtioDeviceOps blk_ops = {
    .name = "virtio-blk",
    .device_id = VIRTIO_ID_BLOCK,
    .num_queues = 1,
    .config_size = CONFIG_SIZE,
    .config_read = blk_config_read,
    .queue_notify = blk_notify,
};

VirtioDevice *virtio_blk_new(const char *path, unsigned flags)
{
    VirtioBlk *b = calloc(1, sizeof(*b));
    if (!b) {
        fatal("out of memory");
    }
    b->img = block_image_open(path, flags);
    b->readonly = block_image_readonly(b->img);
    b->sectors = block_image_size(b->img) / SECTOR;
    virtio_init(&b->vdev, &blk_ops,
                BLK_F_SIZE_MAX | BLK_F_SEG_MAX | BLK_F_BLK_SIZE | BLK_F_FLUSH |
                    (b->readonly ? BLK_F_RO
                                 : BLK_F_DISCARD | BLK_F_WRITE_ZEROES),
                QUEUE_SIZE);
    return &b->vdev;
}
