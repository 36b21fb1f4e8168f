/* SPDX-License-Identifier: MIT */
/*
 * The GDB remote protocol's framing, free of sockets: a byte-at-a-time
 * parser for what the debugger sends ($payload#cs packets, the +/- acks,
 * the 0x03 interrupt), the framing of replies (with the escapes the
 * protocol requires), and the hex helpers every packet uses.
 */
#ifndef CORE_GDB_PACKET_H
#define CORE_GDB_PACKET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Largest payload we accept (announced in qSupported as PacketSize). */
#define GDB_MAX_PACKET 4096

typedef enum GdbEvent {
    GDB_EV_NONE,      /* byte consumed, nothing complete yet */
    GDB_EV_PACKET,    /* a packet with a good checksum: p->buf, p->len */
    GDB_EV_BAD,       /* a packet with a bad checksum (or too long) */
    GDB_EV_ACK,       /* '+' */
    GDB_EV_NAK,       /* '-': resend the last packet */
    GDB_EV_INTERRUPT, /* 0x03 outside a packet */
} GdbEvent;

typedef struct GdbParser {
    int state;
    uint8_t sum;      /* running checksum of the payload */
    uint8_t want;     /* checksum the packet carries */
    bool overflow;
    size_t len;
    char buf[GDB_MAX_PACKET + 1]; /* NUL-terminated payload */
} GdbParser;

void gdb_parser_reset(GdbParser *p);
GdbEvent gdb_parse_byte(GdbParser *p, uint8_t c);

/* Modulo-256 sum of len bytes. */
uint8_t gdb_checksum(const char *s, size_t len);
/* "$payload#cs" into out (escaping $ # } *); returns the length, or 0 when
 * out (cap bytes) is too small. */
size_t gdb_frame(char *out, size_t cap, const char *payload, size_t len);

/* Hex digit value, or -1. */
int gdb_hexval(char c);
/* Bytes -> lowercase hex (2 * n chars plus NUL). */
void gdb_tohex(char *out, const uint8_t *in, size_t n);
/* Hex -> bytes; returns the bytes converted (stops at a non-hex pair). */
size_t gdb_fromhex(uint8_t *out, const char *in, size_t max);
/* A hex number at *s, advancing *s past it; false when there is none. */
bool gdb_parse_hex(const char **s, uint64_t *val);

#endif
