/* SPDX-License-Identifier: MIT */
/*
 * The RISC-V `virt` machine with QEMU's memory map and interrupt numbers,
 * so firmware and kernels built for QEMU's board run unchanged: 1 to 8
 * harts (-smp, run in turn by core/cpu-sched.c), DRAM at 0x80000000,
 * CLINT, PLIC (M and S contexts per hart), a 16550A UART,
 * the goldfish RTC, the SiFive test finisher and eight virtio-mmio slots
 * (hw/virt-virtio.c). Devices write their own device-tree nodes; this
 * file adds /cpus, /memory and /soc's CLINT.
 *
 * Polling: a ticker thread makes the harts leave their loop every
 * millisecond (cpu_exit); the loop then calls virt_tick, which moves UART
 * input from the back end, fires a due RTC alarm and polls the network
 * back ends, on the guest's own thread.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "core/icount.h"
#include "core/log.h"
#include "core/tb.h"
#include "hw/clint.h"
#include "hw/sbi.h"
#include "hw/test-finisher.h"
#include "hw/virtio-console.h"
#include "hw/virt.h"
#include "softmmu/softmmu.h"

enum {
    VIRT_TICK_NS = 1000 * 1000,
};

/* The ISA emu implements, as the riscv,isa string and as the list of
 * riscv,isa-extensions. */
static const char *const virt_isa_exts[] = {
    "i",      "m",      "a",      "f",      "d",     "c",
    "zicbom", "zicbop", "zicboz", "zicntr", "zicond", "zicsr", "zifencei",
    "zihpm",
    "zba", "zbb", "zbc", "zbs", "sstc",
};
#define VIRT_ISA                                                            \
    "rv64imafdc_zicbom_zicbop_zicboz_zicntr_zicond_zicsr_zifencei_zihpm_"   \
    "zba_zbb_zbc_zbs_sstc"
/* The Zicbom/Zicbop/Zicboz cache-block size (frontend-riscv/cbo.c). */
#define VIRT_CBO_BLOCK 64

/* A PLIC context output: MEIP or SEIP, which the hart samples through
 * virt_pending alongside the CLINT's lines. */
static void virt_ext_irq(void *opaque, int n, bool level)
{
    VirtHart *h = opaque;
    uint64_t bit = 1ull << n;
    if (level) {
        __atomic_fetch_or(&h->ext_mip, bit, __ATOMIC_RELAXED);
    } else {
        __atomic_fetch_and(&h->ext_mip, ~bit, __ATOMIC_RELAXED);
    }
    cpu_exit(&h->cpu->cs);
}

static uint64_t virt_pending(void *opaque)
{
    VirtHart *h = opaque;
    return h->clint_src.pending(h->clint_src.opaque) |
           __atomic_load_n(&h->ext_mip, __ATOMIC_RELAXED);
}

static uint64_t virt_mtime(void *opaque)
{
    VirtHart *h = opaque;
    return h->clint_src.mtime(h->clint_src.opaque);
}

static void virt_set_stimer(void *opaque, uint64_t deadline)
{
    VirtHart *h = opaque;
    h->clint_src.set_stimer(h->clint_src.opaque, deadline);
}

static void virt_tick(Machine *m)
{
    Virt *v = m->board;
    uart16550_poll(v->uart);
    goldfish_rtc_poll(v->rtc);
    for (int i = 0; i < v->nconsoles; i++) {
        virtio_console_poll(v->consoles[i]);
    }
    for (int i = 0; i < v->nnet; i++) {
        net_backend_poll(v->net[i]);
    }
}

/* -icount: no ticker thread; the same tick every millisecond of virtual
 * time, so input reaches the guest at deterministic instructions
 * (docs/icount.md). */
static void virt_vtick(void *opaque)
{
    Machine *m = opaque;
    Virt *v = m->board;
    virt_tick(m);
    icount_timer_mod(&v->vtick, icount_now_ns() + VIRT_TICK_NS);
}

static void *virt_ticker(void *opaque)
{
    Virt *v = opaque;
    struct timespec ts = { .tv_sec = 0, .tv_nsec = VIRT_TICK_NS };
    for (;;) {
        nanosleep(&ts, NULL);
        for (unsigned i = 0; i < v->nharts; i++) {
            cpu_exit(&v->hart[i].cpu->cs);
        }
    }
    return NULL;
}

static void virt_quit(void *opaque)
{
    machine_request_shutdown(opaque, 0);
}

/* /cpus: one node per hart with its interrupt controller, and a
 * cpu-map of one cluster with a core per hart. */
static void virt_fdt_cpus(Virt *v)
{
    Fdt *f = &v->fdt;
    char cpu[32], intc[64], core[48];

    fdt_prop_u32(f, "/cpus", "#address-cells", 1);
    fdt_prop_u32(f, "/cpus", "#size-cells", 0);
    fdt_prop_u32(f, "/cpus", "timebase-frequency", CLINT_TIMEBASE_HZ);
    for (unsigned i = 0; i < v->nharts; i++) {
        snprintf(cpu, sizeof(cpu), "/cpus/cpu@%u", i);
        snprintf(intc, sizeof(intc), "%s/interrupt-controller", cpu);
        snprintf(core, sizeof(core), "/cpus/cpu-map/cluster0/core%u", i);
        uint32_t cpu_phandle = fdt_alloc_phandle(f);
        fdt_prop_str(f, cpu, "device_type", "cpu");
        fdt_prop_u32(f, cpu, "reg", i);
        fdt_prop_str(f, cpu, "status", "okay");
        fdt_prop_str(f, cpu, "compatible", "riscv");
        fdt_prop_str(f, cpu, "riscv,isa", VIRT_ISA);
        fdt_prop_str(f, cpu, "riscv,isa-base", "rv64i");
        fdt_prop_strlist(f, cpu, "riscv,isa-extensions", virt_isa_exts,
                         sizeof(virt_isa_exts) / sizeof(virt_isa_exts[0]));
        fdt_prop_str(f, cpu, "mmu-type", "riscv,sv57");
        fdt_prop_u32(f, cpu, "riscv,cbom-block-size", VIRT_CBO_BLOCK);
        fdt_prop_u32(f, cpu, "riscv,cbop-block-size", VIRT_CBO_BLOCK);
        fdt_prop_u32(f, cpu, "riscv,cboz-block-size", VIRT_CBO_BLOCK);
        fdt_prop_u32(f, cpu, "phandle", cpu_phandle);
        fdt_prop_u32(f, intc, "#interrupt-cells", 1);
        fdt_prop_empty(f, intc, "interrupt-controller");
        fdt_prop_str(f, intc, "compatible", "riscv,cpu-intc");
        fdt_prop_u32(f, intc, "phandle", v->hart[i].intc_phandle);
        fdt_prop_u32(f, core, "cpu", cpu_phandle);
    }
}

static void virt_fdt_board(Machine *m, Virt *v)
{
    Fdt *f = &v->fdt;
    static const char *const clint_compat[] = { "sifive,clint0",
                                                "riscv,clint0" };
    char path[64];

    fdt_prop_u32(f, "/", "#address-cells", 2);
    fdt_prop_u32(f, "/", "#size-cells", 2);
    fdt_prop_str(f, "/", "compatible", "riscv-virtio");
    fdt_prop_str(f, "/", "model", "riscv-virtio,qemu");
    snprintf(path, sizeof(path), "/memory@%x", VIRT_DRAM_BASE);
    fdt_prop_str(f, path, "device_type", "memory");
    fdt_prop_reg(f, path, VIRT_DRAM_BASE, m->opts.ram_size);
    fdt_prop_u32(f, "/soc", "#address-cells", 2);
    fdt_prop_u32(f, "/soc", "#size-cells", 2);
    fdt_prop_str(f, "/soc", "compatible", "simple-bus");
    fdt_prop_empty(f, "/soc", "ranges");
    snprintf(path, sizeof(path), "/soc/clint@%x", VIRT_CLINT_BASE);
    fdt_prop_strlist(f, path, "compatible", clint_compat, 2);
    fdt_prop_reg(f, path, VIRT_CLINT_BASE, CLINT_SIZE);
    uint32_t clint_irqs[4 * VIRT_MAX_HARTS];
    for (unsigned i = 0; i < v->nharts; i++) {
        clint_irqs[4 * i + 0] = v->hart[i].intc_phandle;
        clint_irqs[4 * i + 1] = RV_IRQ_M_SOFT;
        clint_irqs[4 * i + 2] = v->hart[i].intc_phandle;
        clint_irqs[4 * i + 3] = RV_IRQ_M_TIMER;
    }
    fdt_prop_cells(f, path, "interrupts-extended", clint_irqs, 4 * v->nharts);
    virt_fdt_cpus(v);
}

static void virt_init(Machine *m)
{
    const MachineOptions *o = &m->opts;
    if (o->smp < 1 || o->smp > VIRT_MAX_HARTS) {
        fatal("-M virt has 1 to %d harts (-smp %d asked)", VIRT_MAX_HARTS,
              o->smp);
    }
    Virt *v = calloc(1, sizeof(*v));
    if (!v) {
        fatal("out of memory");
    }
    m->board = v;
    fdt_init(&v->fdt);
    v->nharts = (unsigned)o->smp;

    as_add_rom(&m->as, "mrom", VIRT_MROM_BASE, VIRT_MROM_SIZE);
    as_add_ram(&m->as, "dram", VIRT_DRAM_BASE, o->ram_size);

    RVCPU *cpus[VIRT_MAX_HARTS];
    uint32_t intc_phandles[VIRT_MAX_HARTS];
    for (unsigned i = 0; i < v->nharts; i++) {
        VirtHart *h = &v->hart[i];
        h->v = v;
        h->cpu = cpus[i] = rv_cpu_new(m, (int)i);
        h->intc_phandle = intc_phandles[i] = fdt_alloc_phandle(&v->fdt);
        m->cpus[i] = &h->cpu->cs;
    }
    m->ncpus = (int)v->nharts;
    clint_create(m, VIRT_CLINT_BASE, cpus, v->nharts);
    v->plic = plic_create(m, VIRT_PLIC_BASE, VIRT_PLIC_SOURCES, v->nharts,
                          &v->fdt, intc_phandles);
    for (unsigned i = 0; i < v->nharts; i++) {
        VirtHart *h = &v->hart[i];
        h->clint_src = h->cpu->env.irq_src;
        h->cpu->env.irq_src = (RvIrqSource){
            .pending = virt_pending,
            .mtime = virt_mtime,
            .set_stimer = virt_set_stimer,
            .opaque = h,
        };
        plic_connect_output(v->plic, PLIC_CONTEXT(i, false),
                            irq_line(virt_ext_irq, h, RV_IRQ_M_EXT));
        plic_connect_output(v->plic, PLIC_CONTEXT(i, true),
                            irq_line(virt_ext_irq, h, RV_IRQ_S_EXT));
    }
    uint32_t plic_ph = plic_phandle(v->plic);

    v->chr = chardev_open(o->serial ? o->serial : "stdio");
    chardev_set_quit(v->chr, virt_quit, m);
    v->uart = uart16550_create(m, VIRT_UART0_BASE,
                               plic_irq_line(v->plic, VIRT_UART0_IRQ),
                               v->chr, &v->fdt, plic_ph);
    v->rtc = goldfish_rtc_create(m, VIRT_RTC_BASE,
                                 plic_irq_line(v->plic, VIRT_RTC_IRQ),
                                 &v->fdt, plic_ph);
    test_finisher_create(m, VIRT_TEST_BASE, &v->fdt);
    if (virt_sbi_builtin(&m->opts)) {
        v->sbi = sbi_create(m, cpus, v->nharts, v->chr);
    }
    virt_virtio_create(m, v);
    virt_fdt_board(m, v);

    virt_boot(m, v);

    m->tick = virt_tick;
    if (icount_enabled) {
        v->vtick = (IcountTimer){ .cb = virt_vtick, .opaque = m };
        icount_timer_mod(&v->vtick, icount_now_ns() + VIRT_TICK_NS);
        return;
    }
    pthread_t t;
    if (pthread_create(&t, NULL, virt_ticker, v) != 0) {
        fatal("virt: cannot start the ticker thread");
    }
    pthread_detach(t);
}

/* A reset request (the test finisher's 0x7777, Linux's `reboot`): the
 * harts, the devices with state and RAM's images as at power-on. */
static void virt_reset(Machine *m)
{
    Virt *v = m->board;
    uart16550_reset(v->uart);
    plic_reset(v->plic);
    goldfish_rtc_reset(v->rtc);
    tb_flush_all();
    for (unsigned i = 0; i < v->nharts; i++) {
        tlb_flush(&v->hart[i].cpu->cs);
        v->hart[i].cpu->cs.exception_index = EXCP_NONE;
    }
    virt_boot(m, v); /* resets the harts too */
}

const MachineClass machine_virt = {
    .name = "virt",
    .desc = "RISC-V virt board (QEMU's map): CLINT, PLIC, UART, RTC, "
            "OpenSBI or a builtin SBI, 1-8 harts",
    .default_ram = 128ull << 20,
    .init = virt_init,
    .reset = virt_reset,
};
