/* SPDX-License-Identifier: MIT */
/*
 * Booting the virt board: firmware at the start of DRAM (OpenSBI's
 * fw_dynamic by default), the kernel after it on a 2 MiB boundary, the
 * device tree at the top of RAM and the initrd just below it, all checked
 * not to overlap. The hart starts in M-mode at the firmware with a0 = hart
 * id, a1 = the device tree and a2 = the fw_dynamic information (in the
 * mask ROM at 0x1000), which tells OpenSBI to enter the kernel in S-mode;
 * with -bios none it starts at the kernel, in M-mode, with a0 and a1 set.
 * Every hart starts so (OpenSBI chooses the boot hart and parks the
 * others). With the embedded SBI (-bios builtin, or the default firmware
 * not installed) no firmware is loaded: hart 0 enters the kernel in
 * S-mode as OpenSBI would hand it over, the others wait in the SBI's
 * STOPPED state (hw/sbi.h).
 */
#include <libfdt.h>
#include <stdio.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>

#include "core/log.h"
#include "hw/elf-loader.h"
#include "hw/htif.h"
#include "hw/image-loader.h"
#include "hw/sbi.h"
#include "hw/signature.h"
#include "hw/virt.h"

/* OpenSBI's fw_dynamic information (docs/firmware/fw_dynamic.md): six
 * XLEN words. Version 2 adds the boot hart. */
enum {
    FW_DYNAMIC_MAGIC = 0x4942534f, /* "OSBI" */
    FW_DYNAMIC_VERSION = 2,
    FW_DYNAMIC_MODE_S = 1,
};

enum {
    FDT_ALIGN = 2 << 20,
};

static void write_fw_dynamic(Machine *m, uint64_t addr, uint64_t next)
{
    const uint64_t info[6] = {
        FW_DYNAMIC_MAGIC, FW_DYNAMIC_VERSION, next, FW_DYNAMIC_MODE_S,
        0 /* options */, 0 /* boot hart */,
    };
    if (!as_write_bytes(&m->as, addr, info, sizeof(info))) {
        fatal("virt: cannot write the fw_dynamic information");
    }
}

/* -dtb FILE, checked, opened for edits of /chosen. */
static void load_user_dtb(Fdt *f, const char *path)
{
    size_t size;
    uint8_t *d = image_read(path, 64u << 20, &size);
    fdt_load(f, d, size, path);
    free(d);
}

static void dump_dtb(const char *path, const void *blob, size_t size)
{
    FILE *fp = fopen(path, "wb");
    if (!fp || fwrite(blob, 1, size, fp) != size || fclose(fp) != 0) {
        fatal("dumpdtb: cannot write '%s'", path);
    }
    exit(0);
}

/*
 * Conformance suites run bare-metal ELFs on virt too: one with a tohost
 * symbol gets HTIF there, as on spike, and the test signature comes from
 * its begin_signature/end_signature symbols.
 */
static void setup_test_program(Machine *m, const char *path)
{
    ElfFile elf;
    uint64_t tohost, fromhost;

    elf_open(&elf, path);
    if (elf_is_elf(&elf)) {
        if (elf_symbol(&elf, "tohost", &tohost, NULL)) {
            bool has_from = elf_symbol(&elf, "fromhost", &fromhost, NULL);
            htif_create(m, tohost, has_from, fromhost);
        }
        signature_setup(m, &elf);
    } else if (m->opts.signature) {
        fatal("'%s' is not an ELF: no signature symbols", path);
    }
    elf_close(&elf);
}

/* The firmware used without -bios: Debian's OpenSBI, or under -L DIR
 * the file of QEMU's name in DIR. */
static const char *default_bios(const MachineOptions *o)
{
    static char path[4096];
    if (!o->datadir) {
        return VIRT_DEFAULT_BIOS;
    }
    if ((size_t)snprintf(path, sizeof(path), "%s/%s", o->datadir,
                         VIRT_DEFAULT_BIOS_NAME) >= sizeof(path)) {
        fatal("-L: directory name too long");
    }
    return path;
}

bool virt_sbi_builtin(const MachineOptions *o)
{
    if (o->bios) {
        return !strcmp(o->bios, "builtin");
    }
    return access(default_bios(o), R_OK) != 0;
}

void virt_boot(Machine *m, Virt *v)
{
    const MachineOptions *o = &m->opts;
    const AddressSpace *as = &m->as;
    uint64_t ram_end = VIRT_DRAM_BASE + o->ram_size;
    bool bios = !v->sbi && (!o->bios || strcmp(o->bios, "none"));
    uint64_t floor = VIRT_DRAM_BASE;
    LoadedImage fw = { 0 }, kern = { 0 };

    if (bios) {
        fw = image_load_firmware(o->bios ? o->bios : default_bios(o), as,
                                 VIRT_DRAM_BASE, ram_end);
        floor = fw.end;
    } else if (!o->kernel && v->sbi && o->bios) {
        fatal("-M virt -bios builtin needs a kernel: -kernel FILE");
    } else if (!o->kernel && v->sbi) {
        fatal("-M virt: no firmware (%s is not installed) and no kernel: "
              "-kernel FILE", default_bios(o));
    } else if (!o->kernel) {
        fatal("-M virt -bios none needs a program to run: -kernel FILE");
    }
    if (o->kernel) {
        kern = image_load_kernel(o->kernel, as, VIRT_DRAM_BASE, ram_end,
                                 floor);
        floor = kern.end;
    }
    /* The HTIF window and signature bounds outlive a reset. */
    if ((o->kernel || bios) && !v->test_program_ready) {
        v->test_program_ready = true;
        setup_test_program(m, o->kernel ? o->kernel
                                        : (o->bios ? o->bios
                                                   : default_bios(o)));
    }

    Fdt user, *f = &v->fdt;
    if (o->dtb) {
        load_user_dtb(&user, o->dtb);
        f = &user;
    } else {
        char path[64];
        snprintf(path, sizeof(path), "/soc/serial@%x", VIRT_UART0_BASE);
        fdt_prop_str(f, "/chosen", "stdout-path", path);
    }
    if (o->append) {
        fdt_prop_str(f, "/chosen", "bootargs", o->append);
    }
    if (o->initrd) {
        /* Placeholders of the final size, so the tree's size is known. */
        fdt_prop_u64(f, "/chosen", "linux,initrd-start", 0);
        fdt_prop_u64(f, "/chosen", "linux,initrd-end", 0);
    }
    size_t size;
    fdt_finish_blob(f, &size);
    uint64_t fdt_addr = (ram_end - size) & ~(uint64_t)(FDT_ALIGN - 1);
    if (size > o->ram_size || fdt_addr < floor) {
        fatal("virt: no room for the device tree above the kernel "
              "(RAM ends at 0x%llx): use a larger -m",
              (unsigned long long)ram_end);
    }
    if (o->initrd) {
        LoadedImage rd = image_load_high(o->initrd, "initrd", as, floor,
                                         fdt_addr);
        fdt_prop_u64(f, "/chosen", "linux,initrd-start", rd.start);
        fdt_prop_u64(f, "/chosen", "linux,initrd-end", rd.end);
    }
    const void *blob = fdt_finish_blob(f, &size);
    if (o->dumpdtb) {
        dump_dtb(o->dumpdtb, blob, size);
    }
    if (!as_write_bytes(as, fdt_addr, blob, size)) {
        fatal("virt: cannot write the device tree at 0x%llx",
              (unsigned long long)fdt_addr);
    }
    if (f == &user) {
        free(user.blob);
    }

    if (v->sbi) {
        sbi_boot(v->sbi, kern.entry, fdt_addr);
        return;
    }
    if (bios) {
        write_fw_dynamic(m, VIRT_MROM_BASE, kern.entry);
    }
    for (unsigned i = 0; i < v->nharts; i++) {
        RVCPU *cpu = v->hart[i].cpu;
        rv_cpu_reset(cpu, bios ? fw.entry : kern.entry);
        cpu->cs.halted = false;
        cpu->env.gpr[10] = i; /* a0: hart id */
        cpu->env.gpr[11] = fdt_addr;
        if (bios) {
            cpu->env.gpr[12] = VIRT_MROM_BASE;
        }
    }
}
