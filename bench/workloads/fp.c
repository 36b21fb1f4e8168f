/* SPDX-License-Identifier: MIT */
/*
 * fp.c: double-precision workload. A dense matrix multiply (i-k-j order)
 * and an n-body simulation whose force step needs a square root and a
 * division per pair. Built with -ffp-contract=off everywhere, so every
 * target rounds each operation alone and the bit patterns of the results,
 * folded into the checksum, agree exactly.
 */
#include <math.h>
#include <string.h>

#include "bench.h"

#define MAT_N 160
#define BODIES 64

static double ma[MAT_N][MAT_N], mb[MAT_N][MAT_N], mc[MAT_N][MAT_N];

typedef struct Body {
    double x, y, z, vx, vy, vz, m;
} Body;

static Body bodies[BODIES];

static uint64_t dbits(double d)
{
    uint64_t u;

    memcpy(&u, &d, sizeof(u));
    return u;
}

/* A double in [-1, 1) from the generator, exactly representable. */
static double drand(uint64_t *s)
{
    return (double)(int64_t)(bench_rand(s) >> 11) * 0x1p-52 - 1.0;
}

static void matmul(void)
{
    memset(mc, 0, sizeof(mc));
    for (int i = 0; i < MAT_N; i++) {
        for (int k = 0; k < MAT_N; k++) {
            double a = ma[i][k];

            for (int j = 0; j < MAT_N; j++) {
                mc[i][j] += a * mb[k][j];
            }
        }
    }
}

static void nbody_step(double dt)
{
    for (int i = 0; i < BODIES; i++) {
        for (int j = i + 1; j < BODIES; j++) {
            double dx = bodies[i].x - bodies[j].x;
            double dy = bodies[i].y - bodies[j].y;
            double dz = bodies[i].z - bodies[j].z;
            double d2 = dx * dx + dy * dy + dz * dz + 0.01;
            double mag = dt / (d2 * sqrt(d2));

            bodies[i].vx -= dx * bodies[j].m * mag;
            bodies[i].vy -= dy * bodies[j].m * mag;
            bodies[i].vz -= dz * bodies[j].m * mag;
            bodies[j].vx += dx * bodies[i].m * mag;
            bodies[j].vy += dy * bodies[i].m * mag;
            bodies[j].vz += dz * bodies[i].m * mag;
        }
    }
    for (int i = 0; i < BODIES; i++) {
        bodies[i].x += dt * bodies[i].vx;
        bodies[i].y += dt * bodies[i].vy;
        bodies[i].z += dt * bodies[i].vz;
    }
}

int main(int argc, char **argv)
{
    uint64_t pct = bench_scale(argc, argv);
    uint64_t mults = bench_scaled(70, pct), steps = bench_scaled(45000, pct);
    uint64_t seed = 0xfeedface12345678ULL, sum = 0;

    bench_start();
    for (int i = 0; i < MAT_N; i++) {
        for (int j = 0; j < MAT_N; j++) {
            ma[i][j] = drand(&seed);
            mb[i][j] = drand(&seed);
        }
    }
    for (uint64_t m = 0; m < mults; m++) {
        matmul();
        sum = bench_mix(sum, dbits(mc[m % MAT_N][(m * 7) % MAT_N]));
        /* feed the product back, scaled to stay bounded */
        for (int i = 0; i < MAT_N; i++) {
            for (int j = 0; j < MAT_N; j++) {
                ma[i][j] = mc[i][j] / (double)MAT_N;
            }
        }
    }
    for (int i = 0; i < BODIES; i++) {
        bodies[i] = (Body){ .x = drand(&seed) * 10, .y = drand(&seed) * 10,
                            .z = drand(&seed) * 10, .vx = drand(&seed),
                            .vy = drand(&seed), .vz = drand(&seed),
                            .m = 1.0 + drand(&seed) * 0.5 };
    }
    for (uint64_t s = 0; s < steps; s++) {
        nbody_step(0.001);
    }
    for (int i = 0; i < BODIES; i++) {
        sum = bench_mix(sum, dbits(bodies[i].x) ^ dbits(bodies[i].vy));
    }
    bench_end(sum);
    return 0;
}
