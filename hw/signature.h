/* SPDX-License-Identifier: MIT */
/*
 * The test signature that conformance suites compare: the guest memory
 * between the ELF symbols begin_signature and end_signature, written at
 * exit as lowercase hex, one line per `granularity` bytes, each line the
 * little-endian value printed most-significant byte first.
 */
#ifndef HW_SIGNATURE_H
#define HW_SIGNATURE_H

#include "core/machine.h"
#include "hw/elf-loader.h"

/* Finds the bounds in elf when a signature was asked for (fatal if the
 * symbols are missing). */
void signature_setup(Machine *m, const ElfFile *elf);
/* Writes the signature file if one was asked for; fatal on I/O errors. */
void signature_write(const Machine *m);

#endif
