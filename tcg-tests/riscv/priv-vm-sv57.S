/* SPDX-License-Identifier: MIT */
/*
 * priv-vm-sv57.S: Sv57 page tables, every fault kind per access type,
 * A/D updates, superpages, SUM/MXR/MPRV, SFENCE.VMA and PMP on the walk (see
 * common/priv-vm.inc for the cases).
 */
#define VM_LEVELS 5
#define VM_SATP_MODE (10 << 60)
#include "priv-vm.inc"
