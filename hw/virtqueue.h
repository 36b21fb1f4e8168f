/* SPDX-License-Identifier: MIT */
/*
 * Split virtqueues (virtio 1.1, section 2.6) seen from the device: pop the
 * next available descriptor chain into a checked scatter-gather list, copy
 * bytes out of and into it, and return it through the used ring. Every
 * guest-controlled value is checked before use: ring indices, descriptor
 * indices, chain lengths, buffer addresses (RAM only) and lengths. A chain
 * that breaks a rule makes vq_pop() answer VQ_BROKEN; the device then marks
 * itself DEVICE_NEEDS_RESET (virtio_error()).
 */
#ifndef HW_VIRTQUEUE_H
#define HW_VIRTQUEUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "softmmu/memory.h"

/* Split rings hold at most 32768 entries; we offer at most this many, and
 * a chain (indirect tables included) is never longer than the queue. */
#define VQ_MAX_SIZE 1024

typedef struct VirtQueue {
    const AddressSpace *as;
    uint16_t num_max;       /* what the device offers (power of two) */
    uint16_t num;           /* what the driver chose */
    bool ready;
    bool indirect;          /* VIRTIO_F_INDIRECT_DESC negotiated */
    bool event_idx;         /* VIRTIO_F_EVENT_IDX negotiated */
    uint64_t desc, avail, used;
    uint16_t last_avail;    /* next available ring entry to pop */
    uint16_t used_idx;      /* our copy of used->idx */
    uint16_t signalled;     /* used_idx at the last interrupt */
    bool signalled_valid;
} VirtQueue;

typedef struct VirtqSeg {
    uint64_t addr;
    uint32_t len;
} VirtqSeg;

/* One popped chain: the device-readable segments, then the writable ones. */
typedef struct VirtqElem {
    uint16_t head;
    unsigned n_out, n_in;
    uint64_t out_len, in_len;
    VirtqSeg out[VQ_MAX_SIZE];
    VirtqSeg in[VQ_MAX_SIZE];
} VirtqElem;

typedef enum VqPop {
    VQ_EMPTY,
    VQ_OK,
    VQ_BROKEN,
} VqPop;

/* Back to the state after reset: not ready, no rings. */
void vq_reset(VirtQueue *vq);
/* Checks the driver's queue setup when it sets QueueReady: size a power of
 * two within num_max, rings aligned and wholly in RAM. */
bool vq_setup_ok(const VirtQueue *vq) __attribute__((warn_unused_result));

VqPop vq_pop(VirtQueue *vq, VirtqElem *e) __attribute__((warn_unused_result));
/* Hands a chain back with the number of bytes written into it. */
bool vq_push(VirtQueue *vq, const VirtqElem *e, uint32_t written)
    __attribute__((warn_unused_result));
/* After one or more pushes: does the driver want an interrupt? */
bool vq_should_notify(VirtQueue *vq);

/* Copy out of the readable / into the writable segments from byte offset
 * off; false when a segment is no longer RAM (the chain was checked when
 * popped, so only a changed memory map can cause that). */
bool vq_read(const VirtQueue *vq, const VirtqElem *e, uint64_t off,
             void *buf, size_t len) __attribute__((warn_unused_result));
bool vq_write(const VirtQueue *vq, const VirtqElem *e, uint64_t off,
              const void *buf, size_t len) __attribute__((warn_unused_result));

/* True when [addr, addr + len) is guest RAM, nothing else (ROM, MMIO, a
 * hole, an overlaid MMIO window) and does not wrap. */
bool vq_ram_range(const AddressSpace *as, uint64_t addr, uint64_t len);

#endif
