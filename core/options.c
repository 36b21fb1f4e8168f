/* SPDX-License-Identifier: MIT */
/*
 * Command-line parsing. Options take one dash (two work too), arguments
 * follow as the next word.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/icount.h"
#include "core/log.h"
#include "core/net-options.h"
#include "core/options.h"

static void usage(void)
{
    printf("usage: emu -M machine [options]\n"
           "\n"
           "  -M NAME[,...]       machine (-M help lists them)\n"
           "  -m SIZE             guest RAM, e.g. 128M or 2G (MiB if bare)\n"
           "  -smp N              number of harts (1 to 8; virt)\n"
           "  -kernel FILE        kernel or bare-metal test program (ELF)\n"
           "  -bios FILE|none     firmware; `none` starts the kernel directly\n"
           "  -bios builtin       virt: emu's own SBI instead of OpenSBI\n"
           "  -L DIR              virt: default firmware from DIR, by QEMU's\n"
           "                      name (opensbi-riscv64-generic-fw_dynamic.bin);\n"
           "                      the builtin SBI when it is not there\n"
           "  -initrd FILE        initial RAM disk\n"
           "  -append STRING      kernel command line\n"
           "  -accel jit|interp[,tb-size=SIZE]\n"
           "                      x86-64 JIT (default) or the IR interpreter\n"
           "  -one-insn-per-tb    one guest instruction per block (also\n"
           "                      -singlestep)\n"
           "  -icount shift=N|auto[,sleep=on|off]\n"
           "                      guest time from retired instructions\n"
           "                      (2^N ns each; auto: N=3): deterministic runs\n"
           "  -d ITEM[,...]       log items (-d help lists them)\n"
           "  -D FILE             write the log to FILE\n"
           "  -semihosting        RISC-V semihosting calls (console, exit)\n"
           "  -gdb tcp::PORT      GDB remote stub on PORT (-s: tcp::1234)\n"
           "  -S                  start stopped, waiting for the debugger\n"
           "                      (or for `cont` on a monitor)\n"
           "  -monitor stdio|unix:PATH,server[,nowait]|tcp:HOST:PORT,server"
           "[,nowait]\n"
           "                      the human monitor (also Ctrl-A C on the\n"
           "                      stdio console; docs/monitor.md)\n"
           "  -qmp unix:PATH,server[,nowait]|tcp:HOST:PORT,server[,nowait]\n"
           "                      the QEMU Machine Protocol\n"
           "  -nographic          serial console on stdio (the default)\n"
           "  -serial stdio|file:PATH|none\n"
           "                      the UART's back end (virt)\n"
           "  -dtb FILE           pass this device tree instead of the board's\n"
           "  -no-reboot          exit when the guest asks for a reset\n"
           "  -drive file=PATH[,format=raw][,if=virtio|none][,readonly=on]\n"
           "         [,snapshot=on]  a virtio-blk disk (virt)\n"
           "  -device virtio-rng-device   a virtio entropy source (virt)\n"
           "  -chardev stdio|null|file,id=ID[,path=PATH]\n"
           "                      a named back end for a console\n"
           "  -device virtio-serial-device -device virtconsole,chardev=ID\n"
           "                      a virtio console (/dev/hvc0) on ID (virt;\n"
           "                      or -device virtio-console-device,chardev=ID)\n"
           "  -netdev user,id=ID[,hostfwd=RULE]...\n"
           "        RULE: [tcp|udp]:[HOSTADDR]:HOSTPORT-[GUESTADDR]:GUESTPORT\n"
           "  -device virtio-net-device,netdev=ID[,mac=MAC]\n"
           "  -nic user[,hostfwd=...][,mac=MAC] | -nic none\n"
           "                      user-mode (slirp) networking (virt)\n"
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

/* -chardev stdio|file|null,id=ID[,path=PATH]: a named back end for
 * -device virtconsole. Splits arg in place. */
static void parse_chardev(Options *o, char *arg)
{
    char *save = NULL;
    const char *backend = strtok_r(arg, ",", &save), *id = NULL, *path = NULL;
    if (o->nchardevs == 8) {
        fatal("-chardev: at most 8 back ends");
    }
    for (char *p = strtok_r(NULL, ",", &save); p; p = strtok_r(NULL, ",", &save)) {
        if (!strncmp(p, "id=", 3) && p[3]) {
            id = p + 3;
        } else if (!strncmp(p, "path=", 5) && p[5]) {
            path = p + 5;
        } else {
            fatal("-chardev: unsupported property '%s'", p);
        }
    }
    if (!backend || !id) {
        fatal("-chardev: give a back end and id=ID");
    }
    for (int i = 0; i < o->nchardevs; i++) {
        if (!strcmp(o->chardevs[i].id, id)) {
            fatal("-chardev: id '%s' given twice", id);
        }
    }
    const char *spec = NULL;
    if (!strcmp(backend, "file") && !path) {
        fatal("-chardev file: give path=PATH");
    } else if (!strcmp(backend, "file")) {
        char *f = malloc(strlen(path) + 6);
        if (!f) {
            fatal("out of memory");
        }
        sprintf(f, "file:%s", path);
        spec = f;
    } else if (!strcmp(backend, "stdio") && !path) {
        spec = "stdio";
    } else if (!strcmp(backend, "null") && !path) {
        spec = "none";
    } else {
        fatal("-chardev: unsupported back end '%s' (stdio, null, "
              "file,path=PATH)", backend);
    }
    o->chardevs[o->nchardevs].id = id;
    o->chardevs[o->nchardevs++].spec = spec;
}

/* The properties of -device virtconsole / virtio-console-device:
 * chardev=ID (required) and id=NAME. */
static void parse_console(Options *o, char *props)
{
    char *save = NULL;
    const char *chr = NULL;
    if (o->mo.nconsoles == 8) {
        fatal("-device: at most 8 consoles");
    }
    for (char *p = strtok_r(props, ",", &save); p; p = strtok_r(NULL, ",", &save)) {
        if (!strncmp(p, "chardev=", 8) && p[8]) {
            chr = p + 8;
        } else if (strncmp(p, "id=", 3)) {
            fatal("-device: unsupported console property '%s'", p);
        }
    }
    if (!chr) {
        fatal("-device: a console needs chardev=ID");
    }
    o->console_ids[o->mo.nconsoles++] = chr;
}

/* -device NAME[,...]: the virtio devices the virt board can add. A
 * virtio-blk-device comes from its -drive, so it is accepted as is;
 * virtio-serial-device is the bus each virtconsole needs before it. */
static void parse_device(Options *o, char *arg)
{
    size_t len = strcspn(arg, ",");
    char *props = arg[len] ? arg + len + 1 : arg + len;
    arg[len] = '\0';
    if (!strcmp(arg, "virtio-rng-device")) {
        o->mo.nrng++;
    } else if (!strcmp(arg, "virtio-blk-device")) {
        /* the disk is its -drive */
    } else if (!strcmp(arg, "virtio-serial-device")) {
        o->virtio_serial = true;
    } else if (!strcmp(arg, "virtconsole")) {
        if (!o->virtio_serial) {
            fatal("-device virtconsole needs -device virtio-serial-device "
                  "before it");
        }
        parse_console(o, props);
    } else if (!strcmp(arg, "virtio-console-device")) {
        parse_console(o, props);
    } else if (!strcmp(arg, "virtio-net-device")) {
        net_opt_device(&o->mo.net, props);
    } else {
        fatal("-device: unsupported device '%s' (virtio-rng-device, "
              "virtio-blk-device, virtio-net-device, virtio-serial-device, "
              "virtconsole, virtio-console-device)", arg);
    }
}

/* Each console's chardev=ID becomes its back end's spec; one back end
 * serves one device, and stdio one device in all (the serial port counts
 * unless -serial moved it). */
static void resolve_consoles(Options *o)
{
    bool stdio_used = !o->mo.serial || !strcmp(o->mo.serial, "stdio");
    for (int i = 0; i < o->mo.nconsoles; i++) {
        int k = 0;
        while (k < o->nchardevs &&
               strcmp(o->chardevs[k].id, o->console_ids[i])) {
            k++;
        }
        if (k == o->nchardevs) {
            fatal("-device: no -chardev with id '%s'", o->console_ids[i]);
        }
        if (o->chardevs[k].used) {
            fatal("-chardev '%s' is used by two devices", o->chardevs[k].id);
        }
        o->chardevs[k].used = true;
        if (!strcmp(o->chardevs[k].spec, "stdio")) {
            if (stdio_used) {
                fatal("-chardev stdio: stdio is already in use (give the "
                      "serial port -serial none or file:PATH)");
            }
            stdio_used = true;
        }
        o->mo.consoles[i] = o->chardevs[k].spec;
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
        } else if (!strcmp(opt, "L")) {
            o->mo.datadir = ARG();
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
        } else if (!strcmp(opt, "icount")) {
            icount_parse(ARG());
        } else if (!strcmp(opt, "D")) {
            log_set_file(ARG());
        } else if (!strcmp(opt, "gdb")) {
            o->gdb = ARG();
        } else if (!strcmp(opt, "s")) {
            o->gdb = "tcp::1234";
        } else if (!strcmp(opt, "S")) {
            o->start_stopped = true;
        } else if (!strcmp(opt, "monitor")) {
            o->monitor = ARG();
        } else if (!strcmp(opt, "qmp")) {
            o->qmp = ARG();
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
            parse_device(o, (char *)ARG());
        } else if (!strcmp(opt, "chardev")) {
            parse_chardev(o, (char *)ARG());
        } else if (!strcmp(opt, "netdev")) {
            net_opt_netdev(&o->mo.net, (char *)ARG());
        } else if (!strcmp(opt, "nic")) {
            net_opt_nic(&o->mo.net, (char *)ARG());
        } else if (!strcmp(opt, "no-reboot")) {
            o->mo.no_reboot = true;
        } else {
            fatal("unknown option '%s' (try -help)", argv[i]);
        }
#undef ARG
    }
    resolve_consoles(o);
    if (!o->machine) {
        fatal("no machine given: use -M NAME (-M help lists them)");
    }
    net_opt_finish(&o->mo.net);
    if (o->start_stopped && !o->gdb && !o->monitor && !o->qmp) {
        fatal("-S waits for a debugger or a monitor: give -gdb tcp::PORT, "
              "-s, -monitor or -qmp");
    }
}
