/* SPDX-License-Identifier: MIT */
/*
 * Disk images for block devices: a raw file or host block device, opened
 * read-write, read-only, or as a snapshot (the file is opened read-only and
 * writes go to an in-memory copy-on-write layer, lost at exit). Byte
 * offsets; callers check ranges against block_image_size().
 */
#ifndef HW_BLOCK_IMAGE_H
#define HW_BLOCK_IMAGE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum {
    BLOCK_IMAGE_READONLY = 1 << 0,
    BLOCK_IMAGE_SNAPSHOT = 1 << 1,
};

typedef struct BlockImage BlockImage;

/* An image that cannot be opened is a fatal() user error (one line). */
BlockImage *block_image_open(const char *path, unsigned flags);
uint64_t block_image_size(const BlockImage *img);
bool block_image_readonly(const BlockImage *img);
/* The file name without its directories. */
const char *block_image_name(const BlockImage *img);

/* False on a host I/O error (EIO, a full disk, a shrunken file). */
bool block_image_read(BlockImage *img, uint64_t off, void *buf, size_t len)
    __attribute__((warn_unused_result));
bool block_image_write(BlockImage *img, uint64_t off, const void *buf,
                       size_t len) __attribute__((warn_unused_result));
bool block_image_zero(BlockImage *img, uint64_t off, uint64_t len)
    __attribute__((warn_unused_result));
/* A hint: the range's contents may become zero or stay. */
void block_image_discard(BlockImage *img, uint64_t off, uint64_t len);
/* Once it returns true, every completed write is on stable storage. */
bool block_image_flush(BlockImage *img) __attribute__((warn_unused_result));

#endif
