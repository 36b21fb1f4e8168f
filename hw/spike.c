/* SPDX-License-Identifier: MIT */
/*
 * The `spike` test machine: one RV64 hart, RAM at 0x80000000, a CLINT at
 * 0x2000000, and HTIF at the ELF's tohost/fromhost symbols. It runs bare-metal test programs:
 * `emu -M spike -bios none -kernel test.elf`; the guest's HTIF exit code is
 * emu's exit status.
 */
#include <elf.h>
#include <string.h>

#include "core/log.h"
#include "core/machine.h"
#include "frontend-riscv/cpu.h"
#include "hw/clint.h"
#include "hw/elf-loader.h"
#include "hw/htif.h"
#include "hw/signature.h"

enum {
    SPIKE_DRAM_BASE = 0x80000000,
    SPIKE_CLINT_BASE = 0x2000000,
};

static void spike_init(Machine *m)
{
    const MachineOptions *o = &m->opts;
    ElfFile elf;
    uint64_t tohost, fromhost;

    if (!o->kernel) {
        fatal("-M spike needs a test program: -kernel FILE.elf");
    }
    if (o->bios && strcmp(o->bios, "none")) {
        fatal("-M spike runs bare-metal programs only: use -bios none");
    }
    if (o->smp != 1) {
        fatal("-M spike has one hart (-smp %d asked)", o->smp);
    }
    as_add_ram(&m->as, "dram", SPIKE_DRAM_BASE, o->ram_size);

    elf_open(&elf, o->kernel);
    uint64_t entry = elf_load(&elf, &m->as, EM_RISCV);
    if (elf_symbol(&elf, "tohost", &tohost, NULL)) {
        bool has_from = elf_symbol(&elf, "fromhost", &fromhost, NULL);
        htif_create(m, tohost, has_from, fromhost);
    }
    signature_setup(m, &elf);
    elf_close(&elf);

    RVCPU *cpu = rv_cpu_new(m, 0);
    rv_cpu_reset(cpu, entry);
    clint_create(m, SPIKE_CLINT_BASE, &cpu, 1);
    m->cpus[0] = &cpu->cs;
    m->ncpus = 1;
}

const MachineClass machine_spike = {
    .name = "spike",
    .desc = "RISC-V test machine: RAM at 0x80000000, CLINT, HTIF",
    .default_ram = 128ull << 20,
    .init = spike_init,
};
