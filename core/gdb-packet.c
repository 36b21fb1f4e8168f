/* SPDX-License-Identifier: MIT */
/*
 * GDB remote protocol framing (see gdb-packet.h). Incoming packets are
 * checked as received: the checksum covers the bytes between '$' and '#'
 * as sent. Run-length encoding is never produced; binary escapes only on
 * output (we refuse the binary X packet, so none arrive).
 */
#include <string.h>

#include "core/gdb-packet.h"

enum {
    ST_IDLE,  /* between packets */
    ST_DATA,  /* after '$' */
    ST_CSUM1, /* after '#' */
    ST_CSUM2,
};

void gdb_parser_reset(GdbParser *p)
{
    p->state = ST_IDLE;
    p->len = 0;
    p->sum = 0;
    p->overflow = false;
    p->buf[0] = '\0';
}

int gdb_hexval(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

GdbEvent gdb_parse_byte(GdbParser *p, uint8_t c)
{
    int v;

    switch (p->state) {
    case ST_IDLE:
        if (c == '$') {
            gdb_parser_reset(p);
            p->state = ST_DATA;
            return GDB_EV_NONE;
        }
        return c == '+' ? GDB_EV_ACK
               : c == '-' ? GDB_EV_NAK
               : c == 0x03 ? GDB_EV_INTERRUPT
                           : GDB_EV_NONE;
    case ST_DATA:
        if (c == '#') {
            p->state = ST_CSUM1;
            p->buf[p->len] = '\0';
            return GDB_EV_NONE;
        }
        if (c == '$') {
            /* A new packet restarts: the old one was cut short. */
            gdb_parser_reset(p);
            p->state = ST_DATA;
            return GDB_EV_NONE;
        }
        p->sum += c;
        if (p->len < GDB_MAX_PACKET) {
            p->buf[p->len++] = (char)c;
        } else {
            p->overflow = true;
        }
        return GDB_EV_NONE;
    case ST_CSUM1:
        v = gdb_hexval((char)c);
        p->want = (uint8_t)((v < 0 ? 0 : v) << 4);
        p->state = v < 0 ? ST_IDLE : ST_CSUM2;
        return v < 0 ? GDB_EV_BAD : GDB_EV_NONE;
    default:
        v = gdb_hexval((char)c);
        p->state = ST_IDLE;
        if (v < 0 || (uint8_t)(p->want | v) != p->sum || p->overflow) {
            return GDB_EV_BAD;
        }
        return GDB_EV_PACKET;
    }
}

uint8_t gdb_checksum(const char *s, size_t len)
{
    uint8_t sum = 0;
    for (size_t i = 0; i < len; i++) {
        sum += (uint8_t)s[i];
    }
    return sum;
}

size_t gdb_frame(char *out, size_t cap, const char *payload, size_t len)
{
    static const char hex[] = "0123456789abcdef";
    size_t n = 0;
    uint8_t sum = 0;

    if (cap < 5) {
        return 0;
    }
    out[n++] = '$';
    for (size_t i = 0; i < len; i++) {
        char c = payload[i];
        if (n + 2 + 4 > cap) {
            return 0;
        }
        if (c == '$' || c == '#' || c == '}' || c == '*') {
            out[n++] = '}';
            sum += '}';
            c ^= 0x20;
        }
        out[n++] = c;
        sum += (uint8_t)c;
    }
    out[n++] = '#';
    out[n++] = hex[sum >> 4];
    out[n++] = hex[sum & 15];
    out[n] = '\0';
    return n;
}

void gdb_tohex(char *out, const uint8_t *in, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = hex[in[i] >> 4];
        out[2 * i + 1] = hex[in[i] & 15];
    }
    out[2 * n] = '\0';
}

size_t gdb_fromhex(uint8_t *out, const char *in, size_t max)
{
    size_t n = 0;
    while (n < max) {
        int hi = gdb_hexval(in[2 * n]);
        int lo = hi < 0 ? -1 : gdb_hexval(in[2 * n + 1]);
        if (lo < 0) {
            break;
        }
        out[n++] = (uint8_t)(hi << 4 | lo);
    }
    return n;
}

bool gdb_parse_hex(const char **s, uint64_t *val)
{
    const char *p = *s;
    uint64_t v = 0;
    int d;

    if (gdb_hexval(*p) < 0) {
        return false;
    }
    while ((d = gdb_hexval(*p)) >= 0) {
        v = v << 4 | (uint64_t)d;
        p++;
    }
    *s = p;
    *val = v;
    return true;
}
