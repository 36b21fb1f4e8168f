/* SPDX-License-Identifier: MIT */
/*
 * The virt board's eight virtio-mmio slots (0x10001000 + n * 0x1000,
 * PLIC source 1 + n). As on QEMU, devices fill the slots from the last
 * one down (-drive disks in order, then -device virtio-rng-device, then
 * each virtconsole as a virtio-console device of its own, then the
 * network cards with their back ends, which virt_tick polls), and
 * every empty slot is a transport with no device: it reads the magic,
 * version 2 and device ID 0, which drivers skip, and ignores writes.
 */
#include <stdio.h>

#include "core/log.h"
#include "hw/net-slirp.h"
#include "hw/virt.h"
#include "hw/virtio-blk.h"
#include "hw/virtio-console.h"
#include "hw/virtio-mmio.h"
#include "hw/virtio-net.h"
#include "hw/virtio-rng.h"

enum {
    EMPTY_MAGIC = 0x74726976,  /* "virt" */
    EMPTY_VENDOR = 0x554d4551, /* "QEMU" */
};

static uint64_t empty_read(void *opaque, uint64_t off, unsigned size)
{
    (void)opaque;
    (void)size;
    switch (off) {
    case 0x000:
        return EMPTY_MAGIC;
    case 0x004:
        return 2; /* version */
    case 0x00c:
        return EMPTY_VENDOR;
    default:
        return 0; /* device ID 0: no device */
    }
}

static void empty_write(void *opaque, uint64_t off, uint64_t val,
                        unsigned size)
{
    (void)opaque;
    (void)val;
    log_guest_error("virtio-mmio: write of %u bytes at +%#llx of an empty "
                    "slot", size, (unsigned long long)off);
}

static const MmioOps empty_ops = {
    .name = "virtio-mmio-empty",
    .read = empty_read,
    .write = empty_write,
    .valid = { .min = 4, .max = 4 },
    .impl = { .min = 4, .max = 4 },
};

static void empty_slot(Machine *m, Virt *v, uint64_t base, unsigned irq)
{
    char path[64];
    as_add_mmio(&m->as, "virtio-mmio-empty", base, VIRTIO_MMIO_SIZE, 0,
                &empty_ops, NULL);
    snprintf(path, sizeof(path), "/soc/virtio_mmio@%llx",
             (unsigned long long)base);
    fdt_prop_str(&v->fdt, path, "compatible", "virtio,mmio");
    fdt_prop_reg(&v->fdt, path, base, VIRTIO_MMIO_SIZE);
    fdt_prop_u32(&v->fdt, path, "interrupts", irq);
    fdt_prop_u32(&v->fdt, path, "interrupt-parent", plic_phandle(v->plic));
}

static void virt_console_quit(void *opaque)
{
    machine_request_shutdown(opaque, 0);
}

void virt_virtio_create(Machine *m, Virt *v)
{
    const MachineOptions *o = &m->opts;
    VirtioDevice *devs[VIRT_VIRTIO_SLOTS];
    int n = 0;

    int ndevs = o->ndrives + o->nrng + o->nconsoles + o->net.nnics;
    if (ndevs > VIRT_VIRTIO_SLOTS) {
        fatal("-M virt has %d virtio-mmio slots (%d devices asked)",
              VIRT_VIRTIO_SLOTS, ndevs);
    }
    for (int i = 0; i < o->ndrives; i++) {
        unsigned flags = (o->drives[i].readonly ? VIRTIO_BLK_READONLY : 0) |
                         (o->drives[i].snapshot ? VIRTIO_BLK_SNAPSHOT : 0);
        devs[n++] = virtio_blk_new(o->drives[i].file, flags);
    }
    for (int i = 0; i < o->nrng; i++) {
        devs[n++] = virtio_rng_new();
    }
    for (int i = 0; i < o->nconsoles; i++) {
        CharBackend *chr = chardev_open(o->consoles[i]);
        chardev_set_quit(chr, virt_console_quit, m);
        devs[n++] = v->consoles[v->nconsoles++] = virtio_console_new(chr);
    }
    for (int i = 0; i < o->net.nnics; i++) {
        const NicOptions *nic = &o->net.nics[i];
        NetBackend *nb = net_slirp_new(&o->net.netdevs[nic->netdev]);
        v->net[v->nnet++] = nb;
        devs[n++] = virtio_net_new(nb, nic->mac);
    }
    for (int slot = 0; slot < VIRT_VIRTIO_SLOTS; slot++) {
        uint64_t base = VIRT_VIRTIO_BASE + (uint64_t)slot * VIRTIO_MMIO_SIZE;
        unsigned irq = VIRT_VIRTIO_IRQ + (unsigned)slot;
        int d = VIRT_VIRTIO_SLOTS - 1 - slot; /* the last slot first */
        if (d < n) {
            virtio_mmio_create(m, base, plic_irq_line(v->plic, irq),
                               &v->fdt, plic_phandle(v->plic), devs[d]);
        } else {
            empty_slot(m, v, base, irq);
        }
    }
}
