/* SPDX-License-Identifier: MIT */
/*
 * The virtio-mmio transport, version 2 (virtio 1.1 section 4.2; modern
 * devices only): a 0x200-byte register window, one interrupt line, and the
 * device's "virtio,mmio" device-tree node.
 */
#ifndef HW_VIRTIO_MMIO_H
#define HW_VIRTIO_MMIO_H

#include <stdint.h>

#include "core/irq.h"
#include "core/machine.h"
#include "hw/fdt.h"
#include "hw/virtio.h"

#define VIRTIO_MMIO_SIZE 0x1000

typedef struct VirtioMmio VirtioMmio;

/* Maps dev at base, raising irq; with fdt, adds /soc/virtio_mmio@<base>
 * whose interrupt-parent is irq_parent_phandle and interrupt irq.n. */
VirtioMmio *virtio_mmio_create(Machine *m, uint64_t base, IrqLine irq,
                               Fdt *fdt, uint32_t irq_parent_phandle,
                               VirtioDevice *dev);

#endif
