/* SPDX-License-Identifier: MIT */
/*
 * priv-vm-sv48.S: Sv48 page tables, every fault kind per access type,
 * A/D updates, superpages, SUM/MXR/MPRV, SFENCE.VMA and PMP on the walk (see
 * common/priv-vm.inc for the cases).
 */
#define VM_LEVELS 4
#define VM_SATP_MODE (9 << 60)
#include "priv-vm.inc"
