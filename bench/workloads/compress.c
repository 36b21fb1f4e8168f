/* SPDX-License-Identifier: MIT */
/*
 * compress.c: an LZ77-style compressor and decompressor, round trip over
 * generated text-like data. The compressor finds matches through a hash
 * of the next 4 bytes with chains of earlier positions (bounded search),
 * and emits tokens: a literal run length, the literals, then a match
 * (length, distance), lengths and distances as variable-length integers.
 * Every round's output must decompress to its input; the checksum covers
 * the compressed bytes and sizes.
 */
#include <string.h>

#include "bench.h"

#define DATA_BYTES (256 * 1024)
#define WINDOW (64 * 1024)
#define HASH_BITS 15
#define CHAIN_MAX 24
#define MIN_MATCH 4

static uint8_t data[DATA_BYTES], back[DATA_BYTES];
static uint8_t packed[DATA_BYTES + DATA_BYTES / 8 + 64];
static int32_t head[1 << HASH_BITS], prev[DATA_BYTES];

/* Words from a small vocabulary, with a bias so some phrases repeat. */
static void gen_data(uint64_t *seed)
{
    static const char *const words[] = {
        "the ", "emulator ", "translates ", "guest ", "code ", "into ",
        "host ", "blocks ", "and ", "chains ", "them ", "while ", "a ",
        "soft ", "TLB ", "maps ", "pages ", "quickly. ", "\n", "0x",
        "risc-v ", "jit ", "memory ", "of ",
    };
    size_t n = 0;
    uint64_t last = 0;

    while (n < DATA_BYTES) {
        uint64_t r = bench_rand(seed);
        const char *w = words[(r % 4 == 0 ? last : r >> 40) % 24];
        size_t len = strlen(w);

        last = r >> 40;
        if (r % 7 == 0 && n + 4 < DATA_BYTES) {
            data[n++] = (uint8_t)(r >> 8);   /* some noise */
        }
        for (size_t i = 0; i < len && n < DATA_BYTES; i++) {
            data[n++] = (uint8_t)w[i];
        }
    }
}

static uint32_t hash4(const uint8_t *p)
{
    uint32_t v = (uint32_t)p[0] | (uint32_t)p[1] << 8 |
                 (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;

    return (v * 2654435761u) >> (32 - HASH_BITS);
}

static size_t put_varint(uint8_t *out, size_t o, uint32_t v)
{
    while (v >= 0x80) {
        out[o++] = (uint8_t)(v | 0x80);
        v >>= 7;
    }
    out[o++] = (uint8_t)v;
    return o;
}

static size_t get_varint(const uint8_t *in, size_t i, size_t n, uint32_t *v)
{
    uint32_t r = 0;
    unsigned shift = 0;

    while (i < n && shift < 32) {
        uint8_t b = in[i++];

        r |= (uint32_t)(b & 0x7f) << shift;
        if (!(b & 0x80)) {
            *v = r;
            return i;
        }
        shift += 7;
    }
    return 0;
}

/* Flushes literals [from, to) as a token with match (len, dist). */
static size_t emit(uint8_t *out, size_t o, const uint8_t *in, size_t from,
                   size_t to, uint32_t len, uint32_t dist)
{
    o = put_varint(out, o, (uint32_t)(to - from));
    memcpy(out + o, in + from, to - from);
    o += to - from;
    o = put_varint(out, o, len);
    return len ? put_varint(out, o, dist) : o;
}

static size_t compress(const uint8_t *in, size_t n, uint8_t *out)
{
    size_t i = 0, lit = 0, o = 0;

    memset(head, -1, sizeof(head));
    while (i + MIN_MATCH <= n) {
        uint32_t h = hash4(in + i), best = 0, best_dist = 0;
        int32_t cand = head[h];

        for (int c = 0; c < CHAIN_MAX && cand >= 0 &&
                        i - (size_t)cand <= WINDOW; c++) {
            uint32_t l = 0;

            while (i + l < n && in[cand + l] == in[i + l] && l < 65535) {
                l++;
            }
            if (l > best) {
                best = l;
                best_dist = (uint32_t)(i - (size_t)cand);
            }
            cand = prev[cand];
        }
        prev[i] = head[h];
        head[h] = (int32_t)i;
        if (best >= MIN_MATCH) {
            o = emit(out, o, in, lit, i, best, best_dist);
            for (size_t k = 1; k < best && i + k + MIN_MATCH <= n; k++) {
                uint32_t hk = hash4(in + i + k);

                prev[i + k] = head[hk];
                head[hk] = (int32_t)(i + k);
            }
            i += best;
            lit = i;
        } else {
            i++;
        }
    }
    return emit(out, o, in, lit, n, 0, 0);
}

/* Returns the decompressed size, or (size_t)-1 on a malformed stream. */
static size_t decompress(const uint8_t *in, size_t n, uint8_t *out,
                         size_t cap)
{
    size_t i = 0, o = 0;

    while (i < n) {
        uint32_t lits, len, dist = 0;

        if (!(i = get_varint(in, i, n, &lits)) || lits > n - i ||
            lits > cap - o) {
            return (size_t)-1;
        }
        memcpy(out + o, in + i, lits);
        i += lits;
        o += lits;
        if (!(i = get_varint(in, i, n, &len))) {
            return (size_t)-1;
        }
        if (len == 0) {
            continue;
        }
        if (!(i = get_varint(in, i, n, &dist)) || dist == 0 || dist > o ||
            len > cap - o) {
            return (size_t)-1;
        }
        for (uint32_t k = 0; k < len; k++, o++) {
            out[o] = out[o - dist];
        }
    }
    return o;
}

int main(int argc, char **argv)
{
    uint64_t rounds = bench_scaled(180, bench_scale(argc, argv));
    uint64_t seed = 0x5eed5eed5eed5eedULL, sum = 0;

    bench_start();
    for (uint64_t r = 0; r < rounds; r++) {
        size_t clen, dlen;

        gen_data(&seed);
        clen = compress(data, DATA_BYTES, packed);
        dlen = decompress(packed, clen, back, sizeof(back));
        if (dlen != DATA_BYTES || memcmp(back, data, DATA_BYTES) != 0) {
            printf("compress: round %llu does not round-trip\n",
                   (unsigned long long)r);
            return 1;
        }
        sum = bench_mix(sum, clen);
        for (size_t i = 0; i < clen; i += 64) {
            sum = bench_mix(sum, packed[i]);
        }
    }
    bench_end(sum);
    return 0;
}
