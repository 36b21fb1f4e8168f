/* SPDX-License-Identifier: MIT */
/*
 * The A extension's helpers: LR/SC and the AMOs, shared by the JIT and the
 * interpreter. Each gets a host pointer for the guest address from
 * softmmu_probe_atomic() (alignment, translation and access faults, and
 * invalidation of translated code the write overlaps) and operates on it
 * with host atomics, so the operations stay atomic once several vCPU
 * threads share guest RAM. x86-64 atomics are full barriers, which covers
 * every aq/rl combination. SC is a host compare-and-swap against the value
 * LR loaded.
 */
#include "frontend-riscv/cpu.h"
#include "frontend-riscv/helper.h"
#include "ir/ir.h"
#include "softmmu/softmmu.h"

#define GETPC() ((uintptr_t)__builtin_return_address(0))

typedef enum RvAmoOp {
    RV_AMO_SWAP,
    RV_AMO_ADD,
    RV_AMO_XOR,
    RV_AMO_AND,
    RV_AMO_OR,
    RV_AMO_MIN,
    RV_AMO_MAX,
    RV_AMO_MINU,
    RV_AMO_MAXU,
} RvAmoOp;

/* The new memory value of min/max for the old value m and the operand v. */
static uint64_t amo_minmax(RvAmoOp op, uint64_t m, uint64_t v, bool word)
{
    int64_t sm = word ? (int32_t)m : (int64_t)m;
    int64_t sv = word ? (int32_t)v : (int64_t)v;
    uint64_t um = word ? (uint32_t)m : m;
    uint64_t uv = word ? (uint32_t)v : v;

    switch (op) {
    case RV_AMO_MIN: return sv < sm ? v : m;
    case RV_AMO_MAX: return sv > sm ? v : m;
    case RV_AMO_MINU: return uv < um ? v : m;
    default: return uv > um ? v : m;
    }
}

/*
 * The operation at p on one width, T uint32_t or uint64_t; returns the
 * old memory value. Min/max have no host instruction: a CAS loop.
 */
#define RV_AMO_FN(name, T, word)                                            \
    static T name(void *p, RvAmoOp op, uint64_t v)                          \
    {                                                                       \
        T *ptr = p, val = (T)v, old;                                        \
        switch (op) {                                                       \
        case RV_AMO_SWAP:                                                   \
            return __atomic_exchange_n(ptr, val, __ATOMIC_SEQ_CST);         \
        case RV_AMO_ADD:                                                    \
            return __atomic_fetch_add(ptr, val, __ATOMIC_SEQ_CST);          \
        case RV_AMO_XOR:                                                    \
            return __atomic_fetch_xor(ptr, val, __ATOMIC_SEQ_CST);          \
        case RV_AMO_AND:                                                    \
            return __atomic_fetch_and(ptr, val, __ATOMIC_SEQ_CST);          \
        case RV_AMO_OR:                                                     \
            return __atomic_fetch_or(ptr, val, __ATOMIC_SEQ_CST);           \
        default:                                                            \
            old = __atomic_load_n(ptr, __ATOMIC_RELAXED);                   \
            while (!__atomic_compare_exchange_n(                            \
                ptr, &old, (T)amo_minmax(op, old, val, word), false,        \
                __ATOMIC_SEQ_CST, __ATOMIC_RELAXED)) {                      \
            }                                                               \
            return old;                                                     \
        }                                                                   \
    }

RV_AMO_FN(amo32, uint32_t, true)
RV_AMO_FN(amo64, uint64_t, false)

static uint64_t do_amo(void *env, RvAmoOp op, uint32_t moi, uint64_t addr,
                       uint64_t src, uintptr_t ra)
{
    unsigned size = ir_memop_size(ir_memop_of(moi));
    void *p = softmmu_probe_atomic(env_cpu(env), addr, size, ACCESS_WRITE,
                                   (int)ir_mmuidx_of(moi), ra);

    if (size == 4) {
        return (uint64_t)(int64_t)(int32_t)amo32(p, op, src);
    }
    return amo64(p, op, src);
}

#define RV_AMO_HELPER(name, op)                                             \
    uint64_t helper_rv_##name(void *env, uint32_t moi, uint64_t addr,       \
                              uint64_t src)                                 \
    {                                                                       \
        return do_amo(env, op, moi, addr, src, GETPC());                    \
    }

RV_AMO_HELPER(amoswap, RV_AMO_SWAP)
RV_AMO_HELPER(amoadd, RV_AMO_ADD)
RV_AMO_HELPER(amoxor, RV_AMO_XOR)
RV_AMO_HELPER(amoand, RV_AMO_AND)
RV_AMO_HELPER(amoor, RV_AMO_OR)
RV_AMO_HELPER(amomin, RV_AMO_MIN)
RV_AMO_HELPER(amomax, RV_AMO_MAX)
RV_AMO_HELPER(amominu, RV_AMO_MINU)
RV_AMO_HELPER(amomaxu, RV_AMO_MAXU)

/*
 * LR: the reservation set is exactly the bytes loaded. A misaligned LR
 * raises the load address-misaligned exception, an LR from a device or a
 * hole the load access fault.
 */
uint64_t helper_rv_lr(void *env, uint32_t moi, uint64_t addr)
{
    RVEnv *e = env;
    unsigned size = ir_memop_size(ir_memop_of(moi));
    void *p = softmmu_probe_atomic(env_cpu(env), addr, size, ACCESS_READ,
                                   (int)ir_mmuidx_of(moi), GETPC());
    uint64_t v = size == 4 ? __atomic_load_n((uint32_t *)p, __ATOMIC_SEQ_CST)
                           : __atomic_load_n((uint64_t *)p, __ATOMIC_SEQ_CST);

    e->res_addr = addr;
    e->res_size = (uint8_t)size;
    e->res_val = v;
    return size == 4 ? (uint64_t)(int64_t)(int32_t)v : v;
}

/*
 * SC: faults like a store whether or not it would succeed; then succeeds
 * (0) only for the address and size of the reservation, and only if
 * memory still holds the value LR saw, writing with one compare-and-swap;
 * else fails (1) without writing. Either way the reservation is gone.
 */
uint64_t helper_rv_sc(void *env, uint32_t moi, uint64_t addr, uint64_t src)
{
    RVEnv *e = env;
    unsigned size = ir_memop_size(ir_memop_of(moi));
    void *p = softmmu_probe_atomic(env_cpu(env), addr, size, ACCESS_WRITE,
                                   (int)ir_mmuidx_of(moi), GETPC());
    bool held = e->res_addr == addr && e->res_size == size;
    bool ok = false;

    e->res_addr = RV_RES_NONE;
    if (held && size == 4) {
        uint32_t expect = (uint32_t)e->res_val;
        ok = __atomic_compare_exchange_n((uint32_t *)p, &expect,
                                         (uint32_t)src, false,
                                         __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    } else if (held) {
        uint64_t expect = e->res_val;
        ok = __atomic_compare_exchange_n((uint64_t *)p, &expect, src, false,
                                         __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    }
    return ok ? 0 : 1;
}
