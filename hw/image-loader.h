/* SPDX-License-Identifier: MIT */
/*
 * Boot images for a board with RAM: kernels (an ELF or a RISC-V Linux
 * `Image`, either of them possibly gzip-compressed), firmware and initial
 * RAM disks (raw files). Every image must fit in the RAM it goes to; a
 * wrong, truncated or oversized file is one fatal line.
 */
#ifndef HW_IMAGE_LOADER_H
#define HW_IMAGE_LOADER_H

#include <stddef.h>
#include <stdint.h>

#include "softmmu/memory.h"

/* Where an image went: [start, end) of RAM it occupies, and its entry. */
typedef struct LoadedImage {
    uint64_t start, end, entry;
} LoadedImage;

/* Reads a whole file, inflating it when it is gzip-compressed; fatal when
 * it cannot be read, is corrupt, or holds more than max bytes. The caller
 * frees the result. */
uint8_t *image_read(const char *path, size_t max, size_t *size);
/* Loads a kernel into RAM [ram_base, ram_end): an ELF for RISC-V at its
 * addresses, or a Linux Image at ram_base + its text_offset (image_base if
 * the header gives none), at or above min_addr rounded up to 2 MiB. */
LoadedImage image_load_kernel(const char *path, const AddressSpace *as,
                              uint64_t ram_base, uint64_t ram_end,
                              uint64_t min_addr);
/* Loads firmware (an ELF, else a raw binary at addr). */
LoadedImage image_load_firmware(const char *path, const AddressSpace *as,
                                uint64_t addr, uint64_t ram_end);
/* Loads a raw file ending at or below top, page-aligned, not below
 * floor; returns where it went. */
LoadedImage image_load_high(const char *path, const char *what,
                            const AddressSpace *as, uint64_t floor,
                            uint64_t top);

#endif
