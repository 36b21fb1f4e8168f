/* SPDX-License-Identifier: MIT */
/* Prototypes and IrHelper descriptions of the RISC-V helpers. */
#ifndef RISCV_HELPER_H
#define RISCV_HELPER_H

#define HELPER_DEF_FILE "frontend-riscv/helper.def"
#include "ir/helper-proto.h"

#endif
