/* SPDX-License-Identifier: MIT */
/*
 * The GDB protocol framing (core/gdb-packet.c) without sockets: parsing
 * packets, acks and 0x03 byte by byte, checksum verification, reply
 * framing with escapes, and the hex helpers.
 */
#include <string.h>

#include "core/gdb-packet.h"
#include "tests/test-check.h"

static GdbParser p;

/* Feeds s; returns the last event that was not GDB_EV_NONE. */
static GdbEvent feed(const char *s)
{
    GdbEvent last = GDB_EV_NONE;
    for (; *s; s++) {
        GdbEvent e = gdb_parse_byte(&p, (uint8_t)*s);
        if (e != GDB_EV_NONE) {
            last = e;
        }
    }
    return last;
}

static void test_parse(void)
{
    gdb_parser_reset(&p);
    check_eq(feed("$g#67"), GDB_EV_PACKET, "g packet");
    check(!strcmp(p.buf, "g"), "g payload");
    check_eq(feed("$m80000000,4#55"), GDB_EV_PACKET, "m packet");
    check(!strcmp(p.buf, "m80000000,4"), "m payload '%s'", p.buf);
    check_eq(feed("$g#68"), GDB_EV_BAD, "bad checksum");
    check_eq(feed("$g#6G"), GDB_EV_BAD, "non-hex checksum");
    check_eq(feed("$qSupported#37"), GDB_EV_PACKET, "upper/lower hex");
    check_eq(feed("+"), GDB_EV_ACK, "ack");
    check_eq(feed("-"), GDB_EV_NAK, "nak");
    check_eq(feed("\003"), GDB_EV_INTERRUPT, "interrupt");
    /* 0x03 inside a packet is data, '$' restarts a cut packet. */
    check_eq(feed("$ab$?#3f"), GDB_EV_PACKET, "restart");
    check(!strcmp(p.buf, "?"), "restart payload '%s'", p.buf);
    check_eq(feed("junk$c#63"), GDB_EV_PACKET, "junk before a packet");

    static char big[GDB_MAX_PACKET + 16];
    big[0] = '$';
    memset(big + 1, 'a', GDB_MAX_PACKET + 2);
    uint8_t sum = (uint8_t)('a' * (GDB_MAX_PACKET + 2));
    snprintf(big + GDB_MAX_PACKET + 3, 8, "#%02x", sum);
    check_eq(feed(big), GDB_EV_BAD, "overlong packet refused");
}

static void test_frame(void)
{
    char out[64];
    size_t n = gdb_frame(out, sizeof(out), "OK", 2);
    check(n == 6 && !strcmp(out, "$OK#9a"), "OK framed '%s'", out);
    n = gdb_frame(out, sizeof(out), "", 0);
    check(n == 4 && !strcmp(out, "$#00"), "empty framed '%s'", out);
    /* '#' '$' '}' '*' are escaped as '}' and the byte xor 0x20; the
     * checksum covers what is sent. */
    n = gdb_frame(out, sizeof(out), "a#b", 3);
    check(n == 8 && !strcmp(out, "$a}\003b#43"), "escape '%s'", out);
    check_eq(gdb_checksum("a}\003b", 4), 0x43, "escaped checksum");
    check_eq(gdb_frame(out, 6, "OKOK", 4), 0, "too small");

    /* What gdb_frame produces, the parser accepts. */
    gdb_parser_reset(&p);
    gdb_frame(out, sizeof(out), "T05thread:1;", 12);
    check_eq(feed(out), GDB_EV_PACKET, "round trip");
    check(!strcmp(p.buf, "T05thread:1;"), "round trip payload");
}

static void test_hex(void)
{
    char hex[17];
    uint8_t b[8] = { 0x00, 0x7f, 0x80, 0xff, 0x12, 0x34, 0xab, 0xcd };
    gdb_tohex(hex, b, 8);
    check(!strcmp(hex, "007f80ff1234abcd"), "tohex '%s'", hex);
    uint8_t back[8] = { 0 };
    check_eq(gdb_fromhex(back, "007F80ff1234abcd", 8), 8, "fromhex count");
    check(!memcmp(back, b, 8), "fromhex bytes");
    check_eq(gdb_fromhex(back, "12x4", 2), 1, "fromhex stops at non-hex");
    check_eq(gdb_fromhex(back, "123", 2), 1, "fromhex odd length");

    const char *s = "80000000,4";
    uint64_t v;
    check(gdb_parse_hex(&s, &v) && v == 0x80000000 && *s == ',',
          "parse_hex");
    s = ",4";
    check(!gdb_parse_hex(&s, &v), "parse_hex needs a digit");
    check_eq(gdb_hexval('F'), 15, "hexval F");
    check_eq((uint64_t)(int64_t)gdb_hexval('g'), (uint64_t)-1, "hexval g");
}

int main(void)
{
    test_parse();
    test_frame();
    test_hex();
    return check_summary();
}
