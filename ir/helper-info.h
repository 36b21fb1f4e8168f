/* SPDX-License-Identifier: MIT */
/*
 * Expands a helper .def file into IrHelper descriptions. Include from
 * exactly one .c file per .def, with HELPER_DEF_FILE defined.
 */
#include "ir/helper.h"

#define IR_HI_(n, f, r, cnt, ...)                                             \
    IrHelper ir_helper_##n = {                                                \
        .name = #n,                                                           \
        .fn = (void *)helper_##n,                                             \
        .flags = (f),                                                         \
        .ret = IR_HT_##r,                                                     \
        .nargs = (cnt),                                                       \
        .args = { __VA_ARGS__ },                                              \
    };
#define DEF_HELPER_0(n, f, r) IR_HI_(n, f, r, 0, 0)
#define DEF_HELPER_1(n, f, r, a) IR_HI_(n, f, r, 1, IR_HT_##a)
#define DEF_HELPER_2(n, f, r, a, b) IR_HI_(n, f, r, 2, IR_HT_##a, IR_HT_##b)
#define DEF_HELPER_3(n, f, r, a, b, c)                                        \
    IR_HI_(n, f, r, 3, IR_HT_##a, IR_HT_##b, IR_HT_##c)
#define DEF_HELPER_4(n, f, r, a, b, c, d)                                     \
    IR_HI_(n, f, r, 4, IR_HT_##a, IR_HT_##b, IR_HT_##c, IR_HT_##d)
#define DEF_HELPER_5(n, f, r, a, b, c, d, e)                                  \
    IR_HI_(n, f, r, 5, IR_HT_##a, IR_HT_##b, IR_HT_##c, IR_HT_##d, IR_HT_##e)
#define DEF_HELPER_6(n, f, r, a, b, c, d, e, g)                               \
    IR_HI_(n, f, r, 6, IR_HT_##a, IR_HT_##b, IR_HT_##c, IR_HT_##d,            \
           IR_HT_##e, IR_HT_##g)
#include HELPER_DEF_FILE
#undef DEF_HELPER_0
#undef DEF_HELPER_1
#undef DEF_HELPER_2
#undef DEF_HELPER_3
#undef DEF_HELPER_4
#undef DEF_HELPER_5
#undef DEF_HELPER_6
#undef IR_HI_
#undef HELPER_DEF_FILE
