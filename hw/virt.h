/* SPDX-License-Identifier: MIT */
/*
 * The RISC-V `virt` board (QEMU's memory map and interrupt numbers): the
 * board state shared by hw/virt.c (devices, wiring, tick, reset) and
 * hw/virt-boot.c (images, device tree, firmware hand-over).
 */
#ifndef HW_VIRT_H
#define HW_VIRT_H

#include <stdbool.h>
#include <stdint.h>

#include "core/chardev.h"
#include "core/icount.h"
#include "core/machine.h"
#include "frontend-riscv/cpu.h"
#include "hw/fdt.h"
#include "hw/goldfish-rtc.h"
#include "hw/net.h"
#include "hw/plic.h"
#include "hw/uart16550.h"
#include "hw/virtio.h"

enum {
    VIRT_MROM_BASE = 0x1000,
    VIRT_MROM_SIZE = 0xf000,
    VIRT_TEST_BASE = 0x100000,
    VIRT_RTC_BASE = 0x101000,
    VIRT_CLINT_BASE = 0x2000000,
    VIRT_PLIC_BASE = 0xc000000,
    VIRT_UART0_BASE = 0x10000000,
    VIRT_VIRTIO_BASE = 0x10001000, /* slot n at + n * 0x1000 */
    VIRT_VIRTIO_SLOTS = 8,
    VIRT_DRAM_BASE = 0x80000000,
    VIRT_UART0_IRQ = 10,
    VIRT_RTC_IRQ = 11,
    VIRT_VIRTIO_IRQ = 1,           /* slot n interrupts on 1 + n */
    VIRT_PLIC_SOURCES = 96,
    VIRT_MAX_HARTS = 8,
};

#define VIRT_DEFAULT_BIOS \
    "/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_dynamic.bin"
/* What QEMU calls the same firmware in its data directory (-L DIR). */
#define VIRT_DEFAULT_BIOS_NAME "opensbi-riscv64-generic-fw_dynamic.bin"

struct Virt;
struct Sbi;

/* A hart and the interrupt lines it samples (virt_pending): the CLINT's,
 * chained, and MEIP/SEIP as the PLIC drives them. */
typedef struct VirtHart {
    struct Virt *v;
    RVCPU *cpu;
    RvIrqSource clint_src;
    uint64_t ext_mip;      /* atomic */
    uint32_t intc_phandle; /* its interrupt controller in the tree */
} VirtHart;

typedef struct Virt {
    VirtHart hart[VIRT_MAX_HARTS];
    unsigned nharts;
    struct Sbi *sbi;       /* the embedded SBI (-bios builtin), or NULL */
    Plic *plic;
    Uart16550 *uart;
    GoldfishRtc *rtc;
    CharBackend *chr;
    IcountTimer vtick;     /* -icount: virt_tick on the virtual clock */
    Fdt fdt;               /* the board's tree, before /chosen's boot data */
    VirtioDevice *consoles[VIRT_VIRTIO_SLOTS]; /* polled for input */
    int nconsoles;
    NetBackend *net[VIRT_VIRTIO_SLOTS]; /* polled by the tick */
    int nnet;
    bool test_program_ready; /* HTIF and signature set up (first boot) */
} Virt;

/* Whether the embedded SBI replaces firmware: -bios builtin, or no -bios
 * and the default OpenSBI is not installed. */
bool virt_sbi_builtin(const MachineOptions *o);
/* Loads firmware, kernel, initrd and device tree and sets the hart up to
 * enter them (at power-on and at every reset). */
void virt_boot(Machine *m, Virt *v);
/* The virtio-mmio slots: -drive and -device devices, the rest empty. */
void virt_virtio_create(Machine *m, Virt *v);

#endif
