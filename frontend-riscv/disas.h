/* SPDX-License-Identifier: MIT */
/*
 * emu's RISC-V disassembler. It decodes with the pattern tables of
 * insn32.def and insn16.def (no second opcode table) and prints in the
 * style of GNU objdump -d: ABI register names, objdump's aliases (li, mv,
 * ret, beqz, csrr, ...), compressed instructions as their 32-bit forms,
 * hex for lui/auipc/shift amounts, absolute branch targets. Words it
 * cannot decode print as .4byte, illegal 16-bit parcels as .2byte (0 as
 * unimp). The first call builds the decode tables; call rv_decode_init()
 * up front before disassembling from several threads.
 */
#ifndef RISCV_DISAS_H
#define RISCV_DISAS_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/*
 * Formats the instruction at pc (len little-endian bytes available at
 * code) into buf, always NUL-terminated when buflen > 0 (truncated if
 * short; buf may be NULL when buflen is 0). Returns the bytes consumed:
 * 4 for a 32-bit word; 2 for a 16-bit parcel or when fewer than 4 bytes
 * remain; 1 or 0 when fewer than 2 bytes remain.
 */
unsigned rv_disas(char *buf, size_t buflen, uint64_t pc, const uint8_t *code,
                  size_t len);

/*
 * Prints "0x<pc>:  <hex word>  <text>\n" to f, for -d in_asm, and returns
 * the length as rv_disas() does (nothing is printed when it is 0).
 */
unsigned rv_disas_fprint(FILE *f, uint64_t pc, const uint8_t *code,
                         size_t len);

#endif
