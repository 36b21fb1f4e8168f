/* SPDX-License-Identifier: MIT */
/*
 * Unit tests for the 16550A UART (hw/uart16550.c) on a bare Machine: reset
 * values, the divisor latch, transmission to a file back end, the THR-empty
 * interrupt, reception polled from a pipe on fd 0 (never more than the
 * FIFO holds), FIFO trigger levels and the character timeout, overruns and
 * the line-status interrupt, the FIFO-less mode, loopback and the modem
 * status deltas, interrupt priorities, guest mistakes and the device-tree
 * node. Ends with `N passed, M failed`.
 */
#include <libfdt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/machine.h"
#include "hw/uart16550.h"

#include "tests/test-check.h"

enum {
    BASE_A = 0x10000000, /* transmits to a file */
    BASE_B = 0x10000100, /* receives from a pipe on fd 0 */
    IIR_NONE = 0x01,
    IIR_MSI = 0x00,
    IIR_THRI = 0x02,
    IIR_RDI = 0x04,
    IIR_RLSI = 0x06,
    IIR_TIMEOUT = 0x0c,
    IIR_FIFO = 0xc0,
};

static Machine m;
static Uart16550 *ua, *ub;
static bool line[2];
static char out_path[] = "/tmp/emu-test-uart-XXXXXX";
static int in_pipe[2];

static void irq_handler(void *opaque, int n, bool level)
{
    (void)opaque;
    line[n - 10] = level;
}

static uint64_t rd(uint64_t base, unsigned off)
{
    uint64_t v = 0xdead;
    if (as_read(&m.as, base + off, 1, &v) != MEMTX_OK) {
        return 0xbad;
    }
    return v;
}

static void wr(uint64_t base, unsigned off, uint64_t v)
{
    if (as_write(&m.as, base + off, 1, v) != MEMTX_OK) {
        check(false, "write at %#x not answered", off);
    }
}

static void feed(const char *s, size_t n)
{
    if (write(in_pipe[1], s, n) != (ssize_t)n) {
        perror("write");
        exit(2);
    }
}

static void test_reset(void)
{
    static const struct {
        unsigned off;
        uint64_t v;
        const char *name;
    } r[] = {
        { UART_IER, 0, "IER" }, { UART_IIR, IIR_NONE, "IIR" },
        { UART_LCR, 0, "LCR" }, { UART_MCR, 0, "MCR" },
        { UART_LSR, 0x60, "LSR" }, { UART_MSR, 0xb0, "MSR" },
    };
    for (size_t i = 0; i < sizeof(r) / sizeof(r[0]); i++) {
        check_eq(rd(BASE_A, r[i].off), r[i].v, "reset %s", r[i].name);
    }
    check(!line[0] && !line[1], "lines low after reset");
    wr(BASE_A, UART_SCR, 0xa5);
    check_eq(rd(BASE_A, UART_SCR), 0xa5, "SCR holds a value");
    wr(BASE_A, UART_IER, 0xff);
    check_eq(rd(BASE_A, UART_IER), 0x0f, "IER has four bits");
    wr(BASE_A, UART_IER, 0);
    wr(BASE_A, UART_MCR, 0xff);
    check_eq(rd(BASE_A, UART_MCR), 0x1f, "MCR has five bits");
    wr(BASE_A, UART_MCR, 0);
    rd(BASE_A, UART_MSR);
}

static void test_divisor_and_tx(void)
{
    wr(BASE_A, UART_LCR, 0x83);
    wr(BASE_A, UART_DLL, 0x02);
    wr(BASE_A, UART_DLM, 0x01);
    check_eq(rd(BASE_A, UART_DLL), 0x02, "DLL");
    check_eq(rd(BASE_A, UART_DLM), 0x01, "DLM");
    check_eq(rd(BASE_A, UART_LCR), 0x83, "LCR");
    wr(BASE_A, UART_LCR, 0x03);
    check_eq(rd(BASE_A, UART_IER), 0, "IER untouched by DLM writes");
    check_eq(rd(BASE_A, UART_LCR), 0x03, "DLAB off");

    wr(BASE_A, UART_THR, 'o');
    wr(BASE_A, UART_THR, 'k');
    wr(BASE_A, UART_THR, '\n');
    check_eq(rd(BASE_A, UART_LSR), 0x60, "THR and transmitter empty");
    char buf[16] = { 0 };
    FILE *f = fopen(out_path, "rb");
    size_t n = f ? fread(buf, 1, sizeof(buf) - 1, f) : 0;
    if (f) {
        fclose(f);
    }
    check(n == 3 && !memcmp(buf, "ok\n", 3), "bytes reach the back end");
}

static void test_thre(void)
{
    check_eq(rd(BASE_A, UART_IIR), IIR_NONE, "no THRE interrupt if disabled");
    wr(BASE_A, UART_IER, 0x02);
    check(line[0], "enabling ETBEI with THR empty raises the line");
    check_eq(rd(BASE_A, UART_IIR), IIR_THRI, "IIR says THR empty");
    check(!line[0], "reading IIR takes the THRE interrupt");
    check_eq(rd(BASE_A, UART_IIR), IIR_NONE, "and it stays taken");
    wr(BASE_A, UART_THR, 'x');
    check(line[0], "THR empties again after a write");
    wr(BASE_A, UART_IER, 0);
    check(!line[0], "disabling lowers the line");
    wr(BASE_A, UART_IER, 0x02);
    check(line[0], "re-enabling raises it again");
    wr(BASE_A, UART_IER, 0);
    check_eq(rd(BASE_A, UART_IIR), IIR_NONE, "disabled: none");
}

/* The probe Linux's 8250 driver runs at start-up: THRE must be reported
 * after each enabling of ETBEI with an idle transmitter, or the driver
 * marks the port as buggy and falls back to a timer. */
static void test_linux_thre_probe(void)
{
    check(rd(BASE_A, UART_LSR) != 0xff, "LSR is not 0xff (port present)");
    wr(BASE_A, UART_IER, 0x02);
    uint64_t iir1 = rd(BASE_A, UART_IIR);
    wr(BASE_A, UART_IER, 0);
    wr(BASE_A, UART_IER, 0x02);
    uint64_t iir2 = rd(BASE_A, UART_IIR);
    wr(BASE_A, UART_IER, 0);
    check(!(iir1 & IIR_NONE) && !(iir2 & IIR_NONE),
          "THRE reported after each ETBEI enable");
    check(rd(BASE_A, UART_LSR) & 0x40, "transmitter empty");
    check(!line[0], "probe leaves the line low");
}

static void test_rx_poll(void)
{
    uint64_t b = BASE_B;
    wr(b, UART_FCR, 0x07); /* FIFO on, trigger 1 */
    check_eq(rd(b, UART_IIR), IIR_NONE | IIR_FIFO, "IIR shows FIFOs on");
    uart16550_poll(ub);
    check_eq(rd(b, UART_LSR), 0x60, "nothing received yet");
    feed("0123456789abcdefXY", 18);
    uart16550_poll(ub);
    check_eq(rd(b, UART_LSR), 0x61, "data ready");
    check(!line[1], "no interrupt while ERBFI is off");
    wr(b, UART_IER, 0x01);
    check(line[1], "ERBFI raises the line");
    check_eq(rd(b, UART_IIR), IIR_RDI | IIR_FIFO, "IIR: received data");
    char got[20] = { 0 };
    for (int i = 0; i < 16; i++) {
        got[i] = (char)rd(b, UART_RBR);
    }
    check(!memcmp(got, "0123456789abcdef", 16), "16 bytes, in order");
    check_eq(rd(b, UART_LSR), 0x60, "FIFO took only 16: no overrun");
    check(!line[1], "empty FIFO: line low");
    uart16550_poll(ub);
    check_eq(rd(b, UART_RBR), 'X', "the rest comes with the next poll");
    check_eq(rd(b, UART_RBR), 'Y', "in order");
    check_eq(rd(b, UART_LSR), 0x60, "drained");

    /* Trigger level 8 and the character timeout. */
    wr(b, UART_FCR, 0x81);
    feed("1234567", 7);
    uart16550_poll(ub);
    check_eq(rd(b, UART_IIR), IIR_NONE | IIR_FIFO, "7 bytes: below trigger");
    uart16550_poll(ub);
    check(line[1], "idle for a poll: timeout raises the line");
    check_eq(rd(b, UART_IIR), IIR_TIMEOUT | IIR_FIFO, "IIR: timeout");
    rd(b, UART_RBR);
    check_eq(rd(b, UART_IIR), IIR_NONE | IIR_FIFO,
             "reading RBR clears the timeout");
    uart16550_poll(ub);
    check_eq(rd(b, UART_IIR), IIR_NONE | IIR_FIFO,
             "the interval with the read does not count");
    uart16550_poll(ub);
    check_eq(rd(b, UART_IIR), IIR_TIMEOUT | IIR_FIFO,
             "a whole idle interval brings it back");
    feed("abc", 3);
    uart16550_poll(ub);
    check_eq(rd(b, UART_IIR), IIR_RDI | IIR_FIFO, "9 bytes: trigger reached");
    wr(b, UART_FCR, 0x83);
    check_eq(rd(b, UART_LSR), 0x60, "FCR clears the receive FIFO");
    check(!line[1], "and the interrupt");
    uart16550_poll(ub);
    uart16550_poll(ub);
    check(!line[1], "no timeout with an empty FIFO");
    wr(b, UART_IER, 0);
}

static void loop_send(uint64_t b, const char *s)
{
    for (; *s; s++) {
        wr(b, UART_THR, (uint8_t)*s);
    }
}

static void test_triggers_and_overrun(void)
{
    uint64_t b = BASE_B;
    static const unsigned trig[4] = { 1, 4, 8, 14 };
    wr(b, UART_MCR, 0x10);
    rd(b, UART_MSR);
    wr(b, UART_IER, 0x01);
    for (unsigned t = 0; t < 4; t++) {
        wr(b, UART_FCR, 0x07 | t << 6);
        for (unsigned i = 1; i <= trig[t]; i++) {
            wr(b, UART_THR, 'a');
            check_eq(rd(b, UART_IIR) & 0x0f,
                     i >= trig[t] ? IIR_RDI : IIR_NONE,
                     "trigger %u with %u bytes", trig[t], i);
        }
    }
    /* Loopback overrun: 16 fit, the 17th is lost. */
    wr(b, UART_FCR, 0x07);
    wr(b, UART_IER, 0x05);
    loop_send(b, "ABCDEFGHIJKLMNOP");
    check_eq(rd(b, UART_IIR) & 0x0f, IIR_RDI, "full FIFO: received data");
    wr(b, UART_THR, 'Q');
    check_eq(rd(b, UART_IIR) & 0x0f, IIR_RLSI,
             "overrun: line status first");
    check_eq(rd(b, UART_LSR), 0x63, "LSR shows the overrun");
    check_eq(rd(b, UART_LSR), 0x61, "reading LSR clears it");
    check_eq(rd(b, UART_IIR) & 0x0f, IIR_RDI, "then received data");
    check_eq(rd(b, UART_RBR), 'A', "FIFO kept the first");
    for (int i = 0; i < 14; i++) {
        rd(b, UART_RBR);
    }
    check_eq(rd(b, UART_RBR), 'P', "and the 16th; the 17th was lost");

    /* Without FIFOs: one holding register, overwritten on overrun. */
    wr(b, UART_FCR, 0x00);
    check_eq(rd(b, UART_IIR), IIR_NONE, "FIFOs off: IIR bits 7:6 clear");
    wr(b, UART_THR, '1');
    check_eq(rd(b, UART_IIR), IIR_RDI, "one byte: received data");
    wr(b, UART_THR, '2');
    check_eq(rd(b, UART_LSR), 0x63, "second byte overruns");
    check_eq(rd(b, UART_RBR), '2', "holding register overwritten");
    check_eq(rd(b, UART_LSR), 0x60, "empty");
    uart16550_poll(ub);
    uart16550_poll(ub);
    check(!line[1], "no timeout without FIFOs");
    wr(b, UART_IER, 0);
}

static void test_loopback_modem(void)
{
    uint64_t b = BASE_B;
    feed("z", 1);
    uart16550_poll(ub);
    check_eq(rd(b, UART_LSR), 0x60, "loopback: the back end is not read");
    check_eq(rd(b, UART_MSR), 0x00, "loopback, outputs off: lines low");
    wr(b, UART_IER, 0x08);
    wr(b, UART_MCR, 0x10 | 0x02); /* RTS */
    check_eq(rd(b, UART_IIR), IIR_MSI, "modem status interrupt");
    check(line[1], "line high");
    check_eq(rd(b, UART_MSR), 0x11, "RTS loops to CTS, with its delta");
    check(!line[1], "reading MSR clears the deltas");
    wr(b, UART_MCR, 0x10 | 0x01 | 0x04 | 0x08); /* DTR, OUT1, OUT2 */
    check_eq(rd(b, UART_MSR), 0xe0 | 0x01 | 0x02 | 0x08,
             "DTR->DSR, OUT1->RI, OUT2->DCD");
    wr(b, UART_MCR, 0x10 | 0x01 | 0x08);
    check_eq(rd(b, UART_MSR), 0xa0 | 0x04, "RI falling edge: TERI");
    wr(b, UART_MCR, 0x10 | 0x01 | 0x0c);
    check_eq(rd(b, UART_MSR), 0xe0, "RI rising edge: no delta");

    /* Priorities: line status > data > THRE > modem status. */
    wr(b, UART_FCR, 0x01);
    wr(b, UART_MCR, 0x10);
    wr(b, UART_IER, 0x0f);
    loop_send(b, "0123456789abcdefg");
    check_eq(rd(b, UART_IIR) & 0x0f, IIR_RLSI, "priority 1: line status");
    rd(b, UART_LSR);
    check_eq(rd(b, UART_IIR) & 0x0f, IIR_RDI, "priority 2: data");
    wr(b, UART_FCR, 0x03);
    check_eq(rd(b, UART_IIR) & 0x0f, IIR_THRI, "priority 3: THR empty");
    check_eq(rd(b, UART_IIR) & 0x0f, IIR_MSI, "priority 4: modem status");
    rd(b, UART_MSR);
    check_eq(rd(b, UART_IIR) & 0x0f, IIR_NONE, "all taken");
    check(!line[1], "line low");
    wr(b, UART_IER, 0);
    wr(b, UART_MCR, 0);
    check_eq(rd(b, UART_MSR) & 0xf0, 0xb0, "loopback off: connected line");
    uart16550_poll(ub);
    check_eq(rd(b, UART_RBR), 'z', "loopback off: input flows again");
}

static void test_mistakes(void)
{
    uint64_t v = 1;
    check(as_read(&m.as, BASE_A + 8, 1, &v) == MEMTX_OK && v == 0,
          "offset 8 reads 0");
    wr(BASE_A, 8, 0x55);
    check(as_read(&m.as, BASE_A, 4, &v) == MEMTX_OK && v == 0,
          "4-byte read refused");
    check(as_write(&m.as, BASE_A, 2, 0x4141) == MEMTX_OK,
          "2-byte write answered");
    wr(BASE_A, UART_LSR, 0);
    wr(BASE_A, UART_MSR, 0);
    check_eq(rd(BASE_A, UART_LSR), 0x60, "LSR is read-only");
    check(!line[0], "no interrupt from mistakes");
    FILE *f = fopen(out_path, "rb");
    char buf[16];
    size_t n = f ? fread(buf, 1, sizeof(buf), f) : 0;
    if (f) {
        fclose(f);
    }
    check_eq(n, 4, "refused writes send nothing");
}

static void test_device_reset(void)
{
    uint64_t b = BASE_B;
    wr(b, UART_MCR, 0x13);
    wr(b, UART_FCR, 0x01);
    wr(b, UART_THR, 'r');
    wr(b, UART_IER, 0x0f);
    wr(b, UART_SCR, 0x42);
    check(line[1], "before reset: interrupt pending");
    uart16550_reset(ub);
    check(!line[1], "reset lowers the line");
    check_eq(rd(b, UART_IER), 0, "reset: IER");
    check_eq(rd(b, UART_IIR), IIR_NONE, "reset: IIR, FIFOs off");
    check_eq(rd(b, UART_MCR), 0, "reset: MCR");
    check_eq(rd(b, UART_LSR), 0x60, "reset: receiver empty");
    check_eq(rd(b, UART_MSR), 0xb0, "reset: MSR without deltas");
}

static void test_fdt(void)
{
    /* Static: the machine and its devices live to the end, as in emu. */
    static Machine m2;
    static Fdt f;
    fdt_init(&f);
    uart16550_create(&m2, 0x10000000, irq_line(irq_handler, NULL, 10), NULL,
                     &f, 7);
    const void *blob = fdt_finish_blob(&f, NULL);
    int off = fdt_path_offset(blob, "/soc/serial@10000000");
    check(off > 0 && !fdt_node_check_compatible(blob, off, "ns16550a"),
          "node and compatible");
    int len;
    const fdt32_t *c = fdt_getprop(blob, off, "reg", &len);
    check(c && len == 16 && fdt32_to_cpu(c[1]) == 0x10000000 &&
              fdt32_to_cpu(c[3]) == UART_SIZE,
          "reg");
    c = fdt_getprop(blob, off, "interrupts", &len);
    check(c && len == 4 && fdt32_to_cpu(*c) == 10, "interrupts");
    c = fdt_getprop(blob, off, "interrupt-parent", &len);
    check(c && len == 4 && fdt32_to_cpu(*c) == 7, "interrupt-parent");
    c = fdt_getprop(blob, off, "clock-frequency", &len);
    check(c && len == 4 && fdt32_to_cpu(*c) == 3686400, "clock-frequency");
}

int main(void)
{
    int fd = mkstemp(out_path);
    close(fd);
    char spec[64];
    snprintf(spec, sizeof(spec), "file:%s", out_path);
    if (pipe(in_pipe) || dup2(in_pipe[0], 0) < 0) {
        perror("pipe");
        return 2;
    }
    ua = uart16550_create(&m, BASE_A, irq_line(irq_handler, NULL, 10),
                          chardev_open(spec), NULL, 0);
    ub = uart16550_create(&m, BASE_B, irq_line(irq_handler, NULL, 11),
                          chardev_open("stdio"), NULL, 0);

    test_reset();
    test_divisor_and_tx();
    test_thre();
    test_linux_thre_probe();
    test_rx_poll();
    test_triggers_and_overrun();
    test_loopback_modem();
    test_mistakes();
    test_device_reset();
    test_fdt();
    unlink(out_path);
    return check_summary();
}
