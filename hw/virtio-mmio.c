/* SPDX-License-Identifier: MIT */
/*
 * virtio-mmio version 2. Registers below 0x100 are 32-bit only; the device
 * configuration space from 0x100 takes 1, 2 and 4-byte accesses (8-byte
 * ones arrive split). Queue registers act on the queue QueueSel names; a
 * queue index the device lacks reads as size 0 and ignores writes. Writing
 * 0 to Status resets the device; FEATURES_OK sticks only when the driver
 * accepted VIRTIO_F_VERSION_1 and nothing we did not offer. Guest mistakes
 * are logged under -d guest_errors; broken queue setups or chains set
 * DEVICE_NEEDS_RESET (virtio_error()).
 */
#include <stdlib.h>

#include "core/log.h"
#include "hw/virtio-mmio.h"

enum {
    REG_MAGIC = 0x000,
    REG_VERSION = 0x004,
    REG_DEVICE_ID = 0x008,
    REG_VENDOR_ID = 0x00c,
    REG_DEVICE_FEATURES = 0x010,
    REG_DEVICE_FEATURES_SEL = 0x014,
    REG_DRIVER_FEATURES = 0x020,
    REG_DRIVER_FEATURES_SEL = 0x024,
    REG_QUEUE_SEL = 0x030,
    REG_QUEUE_NUM_MAX = 0x034,
    REG_QUEUE_NUM = 0x038,
    REG_QUEUE_READY = 0x044,
    REG_QUEUE_NOTIFY = 0x050,
    REG_INTERRUPT_STATUS = 0x060,
    REG_INTERRUPT_ACK = 0x064,
    REG_STATUS = 0x070,
    REG_QUEUE_DESC_LOW = 0x080,
    REG_QUEUE_DESC_HIGH = 0x084,
    REG_QUEUE_DRIVER_LOW = 0x090,
    REG_QUEUE_DRIVER_HIGH = 0x094,
    REG_QUEUE_DEVICE_LOW = 0x0a0,
    REG_QUEUE_DEVICE_HIGH = 0x0a4,
    REG_SHM_SEL = 0x0ac,
    REG_SHM_LEN_LOW = 0x0b0,
    REG_SHM_LEN_HIGH = 0x0b4,
    REG_SHM_BASE_LOW = 0x0b8,
    REG_SHM_BASE_HIGH = 0x0bc,
    REG_CONFIG_GENERATION = 0x0fc,
    REG_CONFIG = 0x100,
    MAGIC = 0x74726976,     /* "virt" */
    VENDOR = 0x554d4551,    /* "QEMU", which Linux does not care about */
};

struct VirtioMmio {
    VirtioDevice *dev;
    IrqLine irq;
    uint32_t isr;
    uint32_t dev_features_sel, drv_features_sel;
    uint32_t queue_sel;
    uint32_t config_generation;
};

static void update_irq(VirtioMmio *t)
{
    irq_set(t->irq, t->isr != 0);
}

static void mmio_raise(void *opaque, uint32_t bits)
{
    VirtioMmio *t = opaque;
    if (bits & VIRTIO_ISR_CONFIG) {
        t->config_generation++;
    }
    t->isr |= bits;
    update_irq(t);
}

static void reset(VirtioMmio *t)
{
    virtio_reset(t->dev);
    t->isr = 0;
    t->dev_features_sel = t->drv_features_sel = 0;
    t->queue_sel = 0;
    update_irq(t);
}

/* The selected queue, or NULL when the device has no such queue. */
static VirtQueue *sel_vq(VirtioMmio *t)
{
    if (t->queue_sel >= t->dev->ops->num_queues) {
        return NULL;
    }
    return &t->dev->vq[t->queue_sel];
}

static uint64_t config_read(VirtioMmio *t, uint64_t off, unsigned size)
{
    const VirtioDeviceOps *ops = t->dev->ops;
    if (off + size > ops->config_size || !ops->config_read) {
        log_guest_error("virtio-mmio %s: config read at 0x%llx refused",
                        ops->name, (unsigned long long)off);
        return 0;
    }
    return ops->config_read(t->dev, off, size);
}

static void config_write(VirtioMmio *t, uint64_t off, uint64_t val,
                         unsigned size)
{
    const VirtioDeviceOps *ops = t->dev->ops;
    if (off + size > ops->config_size || !ops->config_write) {
        log_guest_error("virtio-mmio %s: config write at 0x%llx refused",
                        ops->name, (unsigned long long)off);
        return;
    }
    ops->config_write(t->dev, off, val, size);
}

static uint64_t mmio_read(void *opaque, uint64_t off, unsigned size)
{
    VirtioMmio *t = opaque;
    VirtioDevice *d = t->dev;
    VirtQueue *vq = sel_vq(t);

    if (off >= REG_CONFIG) {
        return config_read(t, off - REG_CONFIG, size);
    }
    if (size != 4) {
        log_guest_error("virtio-mmio: %u-byte read at 0x%llx", size,
                        (unsigned long long)off);
        return 0;
    }
    switch (off) {
    case REG_MAGIC:
        return MAGIC;
    case REG_VERSION:
        return 2;
    case REG_DEVICE_ID:
        return d->ops->device_id;
    case REG_VENDOR_ID:
        return VENDOR;
    case REG_DEVICE_FEATURES:
        return t->dev_features_sel < 2
                   ? (uint32_t)(d->features >> (32 * t->dev_features_sel))
                   : 0;
    case REG_QUEUE_NUM_MAX:
        return vq ? vq->num_max : 0;
    case REG_QUEUE_READY:
        return vq ? vq->ready : 0;
    case REG_INTERRUPT_STATUS:
        return t->isr;
    case REG_STATUS:
        return d->status;
    case REG_SHM_LEN_LOW:
    case REG_SHM_LEN_HIGH:
        return 0xffffffff; /* no shared memory regions */
    case REG_CONFIG_GENERATION:
        return t->config_generation;
    default:
        log_guest_error("virtio-mmio: read of register 0x%llx",
                        (unsigned long long)off);
        return 0;
    }
}

/* One 32-bit half of a 64-bit register. */
static void set_half(uint64_t *field, bool high, uint32_t v)
{
    *field = high ? (*field & 0xffffffffull) | (uint64_t)v << 32
                  : (*field & ~0xffffffffull) | v;
}

static void queue_ready(VirtioMmio *t, VirtQueue *vq, uint32_t val)
{
    if (!val) {
        vq->ready = false;
        return;
    }
    if (vq->ready) {
        return;
    }
    if (!vq_setup_ok(vq)) {
        virtio_error(t->dev, "queue %u: size %u or rings 0x%llx/0x%llx/0x%llx"
                     " invalid", t->queue_sel, vq->num,
                     (unsigned long long)vq->desc,
                     (unsigned long long)vq->avail,
                     (unsigned long long)vq->used);
        return;
    }
    vq->ready = true;
    vq->last_avail = vq->used_idx = 0;
    vq->signalled_valid = false;
}

static void write_status(VirtioMmio *t, uint32_t val)
{
    VirtioDevice *d = t->dev;

    if (val == 0) {
        reset(t);
        return;
    }
    if ((val & VIRTIO_S_FEATURES_OK) && !(d->status & VIRTIO_S_FEATURES_OK)) {
        if (!(d->driver_features & VIRTIO_F_VERSION_1) ||
            (d->driver_features & ~d->features)) {
            log_guest_error("virtio-mmio %s: features 0x%llx refused",
                            d->ops->name,
                            (unsigned long long)d->driver_features);
            val &= ~VIRTIO_S_FEATURES_OK;
        } else {
            virtio_features_ok(d);
        }
    }
    /* Our NEEDS_RESET stays until the driver resets us. */
    d->status = (val & 0xff & ~VIRTIO_S_NEEDS_RESET) |
                (d->status & VIRTIO_S_NEEDS_RESET);
}

static void queue_notify(VirtioMmio *t, uint32_t q)
{
    VirtioDevice *d = t->dev;

    if (q >= d->ops->num_queues || !d->vq[q].ready) {
        log_guest_error("virtio-mmio %s: notify for queue %u, not set up",
                        d->ops->name, q);
        return;
    }
    if (!(d->status & VIRTIO_S_DRIVER_OK) || d->broken) {
        log_guest_error("virtio-mmio %s: notify ignored (status 0x%x)",
                        d->ops->name, d->status);
        return;
    }
    d->ops->queue_notify(d, q);
}

static void mmio_write(void *opaque, uint64_t off, uint64_t val,
                       unsigned size)
{
    VirtioMmio *t = opaque;
    VirtioDevice *d = t->dev;
    VirtQueue *vq = sel_vq(t);
    bool features_locked = d->status & VIRTIO_S_FEATURES_OK;

    if (off >= REG_CONFIG) {
        config_write(t, off - REG_CONFIG, val, size);
        return;
    }
    if (size != 4) {
        log_guest_error("virtio-mmio: %u-byte write at 0x%llx", size,
                        (unsigned long long)off);
        return;
    }
    switch (off) {
    case REG_DEVICE_FEATURES_SEL:
        t->dev_features_sel = val;
        return;
    case REG_DRIVER_FEATURES_SEL:
        t->drv_features_sel = val;
        return;
    case REG_DRIVER_FEATURES:
        if (features_locked || t->drv_features_sel >= 2) {
            log_guest_error("virtio-mmio: driver features write ignored");
            return;
        }
        set_half(&d->driver_features, t->drv_features_sel == 1, val);
        return;
    case REG_QUEUE_SEL:
        t->queue_sel = val;
        return;
    case REG_QUEUE_NOTIFY:
        queue_notify(t, val);
        return;
    case REG_INTERRUPT_ACK:
        t->isr &= ~val;
        update_irq(t);
        return;
    case REG_STATUS:
        write_status(t, val);
        return;
    case REG_SHM_SEL:
        return;
    case REG_QUEUE_READY:
        if (vq) {
            queue_ready(t, vq, val);
        }
        return;
    case REG_QUEUE_NUM:
    case REG_QUEUE_DESC_LOW:
    case REG_QUEUE_DESC_HIGH:
    case REG_QUEUE_DRIVER_LOW:
    case REG_QUEUE_DRIVER_HIGH:
    case REG_QUEUE_DEVICE_LOW:
    case REG_QUEUE_DEVICE_HIGH:
        break;
    default:
        log_guest_error("virtio-mmio: write of register 0x%llx",
                        (unsigned long long)off);
        return;
    }
    /* Queue setup: only for a queue that exists and is not live. */
    if (!vq || vq->ready) {
        log_guest_error("virtio-mmio: queue %u setup write ignored",
                        t->queue_sel);
        return;
    }
    switch (off) {
    case REG_QUEUE_NUM:
        vq->num = val > 0xffff ? 0 : val; /* checked when made ready */
        break;
    case REG_QUEUE_DESC_LOW:
    case REG_QUEUE_DESC_HIGH:
        set_half(&vq->desc, off == REG_QUEUE_DESC_HIGH, val);
        break;
    case REG_QUEUE_DRIVER_LOW:
    case REG_QUEUE_DRIVER_HIGH:
        set_half(&vq->avail, off == REG_QUEUE_DRIVER_HIGH, val);
        break;
    default:
        set_half(&vq->used, off == REG_QUEUE_DEVICE_HIGH, val);
        break;
    }
}

static const MmioOps virtio_mmio_ops = {
    .name = "virtio-mmio",
    .read = mmio_read,
    .write = mmio_write,
    .valid = { .min = 1, .max = 8 },
    .impl = { .min = 1, .max = 4 },
};

static void add_fdt_node(Fdt *fdt, uint64_t base, IrqLine irq,
                         uint32_t irq_parent)
{
    char path[64];
    if (!fdt) {
        return;
    }
    snprintf(path, sizeof(path), "/soc/virtio_mmio@%llx",
             (unsigned long long)base);
    fdt_node(fdt, path);
    fdt_prop_str(fdt, path, "compatible", "virtio,mmio");
    fdt_prop_reg(fdt, path, base, VIRTIO_MMIO_SIZE);
    fdt_prop_u32(fdt, path, "interrupts", irq.n);
    fdt_prop_u32(fdt, path, "interrupt-parent", irq_parent);
}

VirtioMmio *virtio_mmio_create(Machine *m, uint64_t base, IrqLine irq,
                               Fdt *fdt, uint32_t irq_parent_phandle,
                               VirtioDevice *dev)
{
    VirtioMmio *t = calloc(1, sizeof(*t));
    if (!t) {
        fatal("out of memory");
    }
    t->dev = dev;
    t->irq = irq;
    dev->transport = t;
    dev->raise = mmio_raise;
    virtio_attach(dev, &m->as);
    as_add_mmio(&m->as, "virtio-mmio", base, VIRTIO_MMIO_SIZE, 0,
                &virtio_mmio_ops, t);
    add_fdt_node(fdt, base, irq, irq_parent_phandle);
    return t;
}
