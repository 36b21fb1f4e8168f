/* SPDX-License-Identifier: MIT */
/*
 * Command-line parsing. Options take one dash (two work too), arguments
 * follow as the next word.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/log.h"
#include "core/options.h"

static void usage(void)
{
    printf("usage: emu -M machine [options]\n"
           "\n"
           "  -M NAME[,...]       machine (-M help lists them)\n"
           "  -m SIZE             guest RAM, e.g. 128M or 2G (MiB if bare)\n"
           "  -smp N              number of harts\n"
           "  -kernel FILE        kernel or bare-metal test program (ELF)\n"
           "  -bios FILE|none     firmware; `none` starts the kernel directly\n"
           "  -initrd FILE        initial RAM disk\n"
           "  -append STRING      kernel command line\n"
           "  -accel jit|interp[,tb-size=SIZE]\n"
           "                      x86-64 JIT (default) or the IR interpreter\n"
           "  -one-insn-per-tb    one guest instruction per block (also\n"
           "                      -singlestep)\n"
           "  -d ITEM[,...]       log items (-d help lists them)\n"
           "  -D FILE             write the log to FILE\n"
           "  -semihosting        RISC-V semihosting calls (console, exit)\n"
           "  -gdb tcp::PORT      GDB remote stub on PORT (-s: tcp::1234)\n"
           "  -S                  start stopped, waiting for the debugger\n"
           "  -nographic          serial console on stdio (the default)\n"
           "  -serial stdio|file:PATH|none\n"
           "                      the UART's back end (virt)\n"
           "  -dtb FILE           pass this device tree instead of the board's\n"
           "  -no-reboot          exit when the guest asks for a reset\n"
           "  -drive file=PATH[,format=raw][,if=virtio|none][,readonly=on]\n"
           "         [,snapshot=on]  a virtio-blk disk (virt)\n"
           "  -device virtio-rng-device   a virtio entropy source (virt)\n"
           "  -M virt,dumpdtb=FILE  write the board's device tree and exit\n"
           "  +signature=FILE, --test-signature=FILE, -M spike,signature=FILE\n"
           "                      at exit, write the memory between the ELF\n"
           "                      symbols begin_signature and end_signature\n"
           "  +signature-granularity=N, --signature-granularity=N,\n"
           "  -M spike,signature-granularity=N\n"
           "                      bytes per signature line (16)\n"
           "  -version, -help\n");
}

bool parse_size(const char *s, uint64_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s || s[0] == '-') {
        return false;
    }
    unsigned shift = 20;
    switch (*end) {
    case 'k': case 'K': shift = 10; end++; break;
    case 'm': case 'M': shift = 20; end++; break;
    case 'g': case 'G': shift = 30; end++; break;
    case 't': case 'T': shift = 40; end++; break;
    case 'b': case 'B': shift = 0; end++; break;
    case '\0': break;
    default: return false;
    }
    if (*end || v == 0 || v > (~0ull >> shift)) {
        return false;
    }
    *out = (uint64_t)v << shift;
    return true;
}

static void parse_accel(Options *o, const char *arg)
{
    char *copy = strdup(arg), *save = NULL;
    for (char *t = strtok_r(copy, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
        if (!strcmp(t, "jit") || !strcmp(t, "tcg")) {
            o->accel = "jit";
        } else if (!strcmp(t, "interp")) {
            o->accel = "interp";
        } else if (!strncmp(t, "tb-size=", 8)) {
            if (!parse_size(t + 8, &o->tb_size) || o->tb_size < (128u << 10) ||
                o->tb_size > (1ull << 31)) {
                fatal("-accel: tb-size must be 128K to 2048M, not '%s'",
                      t + 8);
            }
        } else {
            fatal("-accel: unknown accelerator or property '%s'", t);
        }
    }
    free(copy);
}

static void list_machines(void)
{
    printf("Supported machines:\n");
    for (int i = 0; machine_classes[i]; i++) {
        printf("  %-10s %s\n", machine_classes[i]->name,
               machine_classes[i]->desc);
    }
}

static unsigned parse_granularity(const char *s)
{
    char *end;
    unsigned long g = strtoul(s, &end, 10);
    if (*end || g == 0 || g > 4096 || s[0] == '-') {
        fatal("invalid signature granularity '%s' (1 to 4096 bytes)", s);
    }
    return (unsigned)g;
}

/* The spellings of the three test harnesses: Spike's +signature=F and
 * +signature-granularity=N, Sail's --test-signature=F and
 * --signature-granularity=N. True if arg was one of them. */
static bool parse_signature_arg(Options *o, const char *arg)
{
    static const struct {
        const char *prefix;
        bool granularity;
    } forms[] = {
        { "+signature=", false },
        { "+signature-granularity=", true },
        { "--test-signature=", false },
        { "--signature-granularity=", true },
    };
    for (size_t i = 0; i < sizeof(forms) / sizeof(forms[0]); i++) {
        size_t n = strlen(forms[i].prefix);
        if (!strncmp(arg, forms[i].prefix, n)) {
            if (forms[i].granularity) {
                o->mo.signature_granularity = parse_granularity(arg + n);
            } else if (!arg[n]) {
                fatal("'%s' needs a file name", arg);
            } else {
                o->mo.signature = arg + n;
            }
            return true;
        }
    }
    return false;
}

/* -drive file=PATH[,format=raw][,if=virtio|none][,id=ID][,readonly=on]
 * [,snapshot=on]: every drive is a virtio-blk device. Splits arg in
 * place. */
static void parse_drive(Options *o, char *arg)
{
    if (o->mo.ndrives == 8) {
        fatal("-drive: at most 8 drives");
    }
    int n = o->mo.ndrives++;
    char *save = NULL;
    for (char *p = strtok_r(arg, ",", &save); p; p = strtok_r(NULL, ",", &save)) {
        if (!strncmp(p, "file=", 5) && p[5]) {
            o->mo.drives[n].file = p + 5;
        } else if (!strcmp(p, "format=raw") || !strcmp(p, "if=virtio") ||
                   !strcmp(p, "if=none") || !strncmp(p, "id=", 3) ||
                   !strcmp(p, "readonly=off") || !strcmp(p, "snapshot=off")) {
            /* what emu does anyway */
        } else if (!strcmp(p, "readonly=on")) {
            o->mo.drives[n].readonly = true;
        } else if (!strcmp(p, "snapshot=on")) {
            o->mo.drives[n].snapshot = true;
        } else {
            fatal("-drive: unsupported property '%s' (raw images on "
                  "virtio only)", p);
        }
    }
    if (!o->mo.drives[n].file) {
        fatal("-drive: no file= given");
    }
}

/* -device NAME[,...]: the virtio devices the virt board can add. A
 * virtio-blk-device comes from its -drive, so it is accepted as is. */
static void parse_device(Options *o, const char *arg)
{
    size_t len = strcspn(arg, ",");
    if (len == 17 && !strncmp(arg, "virtio-rng-device", len)) {
        o->mo.nrng++;
    } else if (len == 17 && !strncmp(arg, "virtio-blk-device", len)) {
        /* the disk is its -drive */
    } else {
        fatal("-device: unsupported device '%.*s' (virtio-rng-device, "
              "virtio-blk-device)", (int)len, arg);
    }
}

/* -M NAME[,signature=FILE][,signature-granularity=N] (QEMU's spelling).
 * Splits arg, a string of argv, in place. */
static void parse_machine(Options *o, char *arg)
{
    char *save = NULL;
    o->machine = strtok_r(arg, ",", &save);
    if (!o->machine) {
        fatal("-M: no machine name");
    }
    for (char *p = strtok_r(NULL, ",", &save); p; p = strtok_r(NULL, ",", &save)) {
        if (!strncmp(p, "signature=", 10) && p[10]) {
            o->mo.signature = p + 10;
        } else if (!strncmp(p, "dumpdtb=", 8) && p[8]) {
            o->mo.dumpdtb = p + 8;
        } else if (!strncmp(p, "signature-granularity=", 22)) {
            o->mo.signature_granularity = parse_granularity(p + 22);
        } else {
            fatal("-M: unknown machine property '%s'", p);
        }
    }
}

void options_parse(Options *o, int argc, char **argv)
{
    memset(o, 0, sizeof(*o));
    o->accel = "jit";
    o->tb_size = 64ull << 20;
    o->mo.smp = 1;
    o->mo.signature_granularity = 16; /* as Spike */

    for (int i = 1; i < argc; i++) {
        const char *opt = argv[i];
        if (parse_signature_arg(o, opt)) {
            continue;
        }
        if (opt[0] != '-') {
            fatal("unexpected argument '%s' (try -help)", opt);
        }
        opt += (opt[1] == '-') ? 2 : 1;
#define ARG() (i + 1 < argc ? argv[++i] : (fatal("option -%s needs an argument", opt), NULL))
        if (!strcmp(opt, "help") || !strcmp(opt, "h")) {
            usage();
            exit(0);
        } else if (!strcmp(opt, "version")) {
            printf("emu version 0.1\n");
            exit(0);
        } else if (!strcmp(opt, "M") || !strcmp(opt, "machine")) {
            char *a = (char *)ARG();
            if (!strcmp(a, "help")) {
                list_machines();
                exit(0);
            }
            parse_machine(o, a);
        } else if (!strcmp(opt, "m")) {
            const char *a = ARG();
            if (!parse_size(a, &o->mo.ram_size) || o->mo.ram_size < (1u << 20) ||
                o->mo.ram_size > (64ull << 30)) {
                fatal("-m: invalid RAM size '%s' (1M to 64G)", a);
            }
            o->ram_given = true;
        } else if (!strcmp(opt, "smp")) {
            const char *a = ARG();
            char *end;
            long n = strtol(a, &end, 10);
            if (*end || n < 1 || n > 8) {
                fatal("-smp: invalid number of harts '%s' (1 to 8)", a);
            }
            o->mo.smp = (int)n;
        } else if (!strcmp(opt, "kernel")) {
            o->mo.kernel = ARG();
        } else if (!strcmp(opt, "bios")) {
            o->mo.bios = ARG();
        } else if (!strcmp(opt, "initrd")) {
            o->mo.initrd = ARG();
        } else if (!strcmp(opt, "append")) {
            o->mo.append = ARG();
        } else if (!strcmp(opt, "accel")) {
            parse_accel(o, ARG());
        } else if (!strcmp(opt, "one-insn-per-tb") || !strcmp(opt, "singlestep")) {
            o->singlestep = true;
        } else if (!strcmp(opt, "d")) {
            const char *a = ARG();
            if (!strcmp(a, "help")) {
                log_help();
                exit(0);
            }
            if (!log_parse_mask(a)) {
                fatal_exit();
            }
        } else if (!strcmp(opt, "D")) {
            log_set_file(ARG());
        } else if (!strcmp(opt, "gdb")) {
            o->gdb = ARG();
        } else if (!strcmp(opt, "s")) {
            o->gdb = "tcp::1234";
        } else if (!strcmp(opt, "S")) {
            o->start_stopped = true;
        } else if (!strcmp(opt, "semihosting")) {
            o->mo.semihosting = true;
        } else if (!strcmp(opt, "nographic")) {
            /* The console is on stdio already. */
        } else if (!strcmp(opt, "serial")) {
            o->mo.serial = ARG();
        } else if (!strcmp(opt, "dtb")) {
            o->mo.dtb = ARG();
        } else if (!strcmp(opt, "drive")) {
            parse_drive(o, (char *)ARG());
        } else if (!strcmp(opt, "device")) {
            parse_device(o, ARG());
        } else if (!strcmp(opt, "no-reboot")) {
            o->mo.no_reboot = true;
        } else {
            fatal("unknown option '%s' (try -help)", argv[i]);
        }
#undef ARG
    }
    if (!o->machine) {
        fatal("no machine given: use -M NAME (-M help lists them)");
    }
    if (o->start_stopped && !o->gdb) {
        fatal("-S waits for a debugger: give -gdb tcp::PORT or -s");
    }
}
