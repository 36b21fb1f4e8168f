/* SPDX-License-Identifier: MIT */
/*
 * Split virtqueues, device side; see virtqueue.h. Ring layout (little-
 * endian): descriptor {le64 addr, le32 len, le16 flags, le16 next}; avail
 * {le16 flags, le16 idx, le16 ring[num], le16 used_event}; used {le16
 * flags, le16 idx, {le32 id, le32 len} ring[num], le16 avail_event}.
 *
 * Devices run in the vCPU thread that wrote QueueNotify, so today the
 * driver never touches a ring while we read it. The fences mark where a
 * device running on its own thread would need them: acquire after reading
 * avail->idx, release before publishing used->idx, full before reading the
 * driver's suppression fields.
 */
#include <stdatomic.h>
#include <string.h>

#include "core/log.h"
#include "hw/virtqueue.h"

enum {
    DESC_F_NEXT = 1,
    DESC_F_WRITE = 2,
    DESC_F_INDIRECT = 4,
    AVAIL_F_NO_INTERRUPT = 1,
    DESC_SIZE = 16,
};

static uint16_t le16(const uint8_t *p) { return p[0] | p[1] << 8; }

static uint32_t le32(const uint8_t *p)
{
    return le16(p) | (uint32_t)le16(p + 2) << 16;
}

static uint64_t le64(const uint8_t *p)
{
    return le32(p) | (uint64_t)le32(p + 4) << 32;
}

static void put_le16(uint8_t *p, uint16_t v)
{
    p[0] = v;
    p[1] = v >> 8;
}

static void put_le32(uint8_t *p, uint32_t v)
{
    put_le16(p, v);
    put_le16(p + 2, v >> 16);
}

bool vq_ram_range(const AddressSpace *as, uint64_t addr, uint64_t len)
{
    if (len == 0) {
        return true;
    }
    if (len - 1 > UINT64_MAX - addr) {
        return false;
    }
    while (len) {
        MemRegion *mr = as_lookup(as, addr);
        if (!mr || mr->kind != MR_RAM) {
            return false;
        }
        uint64_t n = mr->size - (addr - mr->base);
        n = n < len ? n : len;
        /* A region starting inside may outrank mr there: look again. */
        for (unsigned i = 0; i < as->n; i++) {
            uint64_t start = as->regions[i]->base;
            if (start > addr && start - addr < n) {
                n = start - addr;
            }
        }
        addr += n;
        len -= n;
    }
    return true;
}

static bool rd16(const VirtQueue *vq, uint64_t addr, uint16_t *v)
{
    uint8_t b[2];
    if (!as_read_bytes(vq->as, addr, b, 2)) {
        return false;
    }
    *v = le16(b);
    return true;
}

static bool wr16(const VirtQueue *vq, uint64_t addr, uint16_t v)
{
    uint8_t b[2];
    put_le16(b, v);
    return as_write_bytes(vq->as, addr, b, 2);
}

void vq_reset(VirtQueue *vq)
{
    const AddressSpace *as = vq->as;
    uint16_t num_max = vq->num_max;
    *vq = (VirtQueue){ .as = as, .num_max = num_max, .num = num_max };
}

bool vq_setup_ok(const VirtQueue *vq)
{
    uint64_t n = vq->num;
    return n && n <= vq->num_max && !(n & (n - 1)) && !(vq->desc & 15) &&
           !(vq->avail & 1) && !(vq->used & 3) &&
           vq_ram_range(vq->as, vq->desc, DESC_SIZE * n) &&
           vq_ram_range(vq->as, vq->avail, 6 + 2 * n) &&
           vq_ram_range(vq->as, vq->used, 6 + 8 * n);
}

static VqPop broken(const char *why, unsigned head)
{
    log_guest_error("virtqueue: chain at head %u: %s", head, why);
    return VQ_BROKEN;
}

static bool add_seg(VirtqElem *e, bool write, uint64_t addr, uint32_t len)
{
    if (e->n_out + e->n_in == VQ_MAX_SIZE) {
        return false;
    }
    if (write) {
        e->in[e->n_in++] = (VirtqSeg){ addr, len };
        e->in_len += len;
    } else {
        e->out[e->n_out++] = (VirtqSeg){ addr, len };
        e->out_len += len;
    }
    return true;
}

/* Walks the chain from head, through at most one indirect table. Each
 * table bounds its own walk by its size, so loops end. */
static VqPop walk(VirtQueue *vq, VirtqElem *e, uint16_t head)
{
    uint64_t table = vq->desc;
    unsigned tsize = vq->num, i = head, count = 0;
    bool indirect = false;

    for (;;) {
        uint8_t d[DESC_SIZE];
        if (++count > tsize) {
            return broken("loop or chain longer than its table", head);
        }
        if (!as_read_bytes(vq->as, table + (uint64_t)i * DESC_SIZE, d,
                           DESC_SIZE)) {
            return broken("descriptor table not in RAM", head);
        }
        uint64_t addr = le64(d);
        uint32_t len = le32(d + 8);
        uint16_t flags = le16(d + 12), next = le16(d + 14);

        if (flags & DESC_F_INDIRECT) {
            if (!vq->indirect) {
                return broken("indirect descriptor not negotiated", head);
            }
            if (indirect) {
                return broken("indirect descriptor in an indirect table",
                              head);
            }
            if (flags & DESC_F_NEXT) {
                return broken("indirect descriptor with NEXT", head);
            }
            if (len == 0 || len % DESC_SIZE ||
                len / DESC_SIZE > VQ_MAX_SIZE) {
                return broken("bad indirect table length", head);
            }
            if (!vq_ram_range(vq->as, addr, len)) {
                return broken("indirect table not in RAM", head);
            }
            table = addr;
            tsize = len / DESC_SIZE;
            i = 0;
            count = 0;
            indirect = true;
            continue;
        }
        if (!vq_ram_range(vq->as, addr, len)) {
            return broken("buffer not in RAM", head);
        }
        bool write = flags & DESC_F_WRITE;
        if (!write && e->n_in) {
            return broken("readable descriptor after a writable one", head);
        }
        if (!add_seg(e, write, addr, len)) {
            return broken("too many segments", head);
        }
        if (!(flags & DESC_F_NEXT)) {
            return VQ_OK;
        }
        if (next >= tsize) {
            return broken("next index out of range", head);
        }
        i = next;
    }
}

VqPop vq_pop(VirtQueue *vq, VirtqElem *e)
{
    uint16_t avail_idx, head;

    if (!vq->ready) {
        return VQ_EMPTY;
    }
    if (!rd16(vq, vq->avail + 2, &avail_idx)) {
        return broken("avail ring not in RAM", 0);
    }
    uint16_t pending = avail_idx - vq->last_avail;
    if (pending == 0) {
        return VQ_EMPTY;
    }
    if (pending > vq->num) {
        return broken("avail idx ran ahead by more than the queue size", 0);
    }
    atomic_thread_fence(memory_order_acquire);
    if (!rd16(vq, vq->avail + 4 + 2 * (uint64_t)(vq->last_avail % vq->num),
              &head)) {
        return broken("avail ring not in RAM", 0);
    }
    if (head >= vq->num) {
        return broken("head index out of range", head);
    }
    e->head = head;
    e->n_out = e->n_in = 0;
    e->out_len = e->in_len = 0;
    VqPop r = walk(vq, e, head);
    if (r != VQ_OK) {
        return r;
    }
    vq->last_avail++;
    /* Ask to be notified once the driver adds past what we have taken. */
    if (vq->event_idx &&
        !wr16(vq, vq->used + 4 + 8 * (uint64_t)vq->num, vq->last_avail)) {
        return broken("used ring not in RAM", head);
    }
    return VQ_OK;
}

bool vq_push(VirtQueue *vq, const VirtqElem *e, uint32_t written)
{
    uint8_t u[8];
    put_le32(u, e->head);
    put_le32(u + 4, written);
    if (!vq->ready ||
        !as_write_bytes(vq->as,
                        vq->used + 4 + 8 * (uint64_t)(vq->used_idx % vq->num),
                        u, 8)) {
        return false;
    }
    atomic_thread_fence(memory_order_release);
    if (!wr16(vq, vq->used + 2, vq->used_idx + 1)) {
        return false;
    }
    vq->used_idx++;
    return true;
}

bool vq_should_notify(VirtQueue *vq)
{
    uint16_t v;

    atomic_thread_fence(memory_order_seq_cst);
    if (!vq->event_idx) {
        return !rd16(vq, vq->avail, &v) || !(v & AVAIL_F_NO_INTERRUPT);
    }
    uint16_t old = vq->signalled, now = vq->used_idx;
    bool valid = vq->signalled_valid;
    vq->signalled = now;
    vq->signalled_valid = true;
    if (!valid || !rd16(vq, vq->avail + 4 + 2 * (uint64_t)vq->num, &v)) {
        return true;
    }
    /* Did used->idx step past used_event with this batch? */
    return (uint16_t)(now - v - 1) < (uint16_t)(now - old);
}

static bool copy(const VirtQueue *vq, const VirtqSeg *seg, unsigned n,
                 uint64_t off, uint8_t *buf, size_t len, bool write)
{
    for (unsigned i = 0; i < n && len; i++) {
        if (off >= seg[i].len) {
            off -= seg[i].len;
            continue;
        }
        size_t k = seg[i].len - off < len ? seg[i].len - off : len;
        bool ok = write ? as_write_bytes(vq->as, seg[i].addr + off, buf, k)
                        : as_read_bytes(vq->as, seg[i].addr + off, buf, k);
        if (!ok) {
            return false;
        }
        buf += k;
        len -= k;
        off = 0;
    }
    return len == 0;
}

bool vq_read(const VirtQueue *vq, const VirtqElem *e, uint64_t off,
             void *buf, size_t len)
{
    return copy(vq, e->out, e->n_out, off, buf, len, false);
}

bool vq_write(const VirtQueue *vq, const VirtqElem *e, uint64_t off,
              const void *buf, size_t len)
{
    return copy(vq, e->in, e->n_in, off, (uint8_t *)buf, len, true);
}
