/* SPDX-License-Identifier: MIT */
/*
 * Expands a helper .def file into C prototypes. Include after defining
 * nothing; undefines its macros at the end so several files can follow.
 */
#include "ir/helper.h"

#define DEF_HELPER_0(n, f, r) IR_HC_##r helper_##n(void);
#define DEF_HELPER_1(n, f, r, a) IR_HC_##r helper_##n(IR_HC_##a);
#define DEF_HELPER_2(n, f, r, a, b) IR_HC_##r helper_##n(IR_HC_##a, IR_HC_##b);
#define DEF_HELPER_3(n, f, r, a, b, c)                                        \
    IR_HC_##r helper_##n(IR_HC_##a, IR_HC_##b, IR_HC_##c);
#define DEF_HELPER_4(n, f, r, a, b, c, d)                                     \
    IR_HC_##r helper_##n(IR_HC_##a, IR_HC_##b, IR_HC_##c, IR_HC_##d);
#define DEF_HELPER_5(n, f, r, a, b, c, d, e)                                  \
    IR_HC_##r helper_##n(IR_HC_##a, IR_HC_##b, IR_HC_##c, IR_HC_##d,          \
                         IR_HC_##e);
#define DEF_HELPER_6(n, f, r, a, b, c, d, e, g)                               \
    IR_HC_##r helper_##n(IR_HC_##a, IR_HC_##b, IR_HC_##c, IR_HC_##d,          \
                         IR_HC_##e, IR_HC_##g);
#include HELPER_DEF_FILE
#undef DEF_HELPER_0
#undef DEF_HELPER_1
#undef DEF_HELPER_2
#undef DEF_HELPER_3
#undef DEF_HELPER_4
#undef DEF_HELPER_5
#undef DEF_HELPER_6

#define DEF_HELPER_0(n, ...) extern IrHelper ir_helper_##n;
#define DEF_HELPER_1(n, ...) extern IrHelper ir_helper_##n;
#define DEF_HELPER_2(n, ...) extern IrHelper ir_helper_##n;
#define DEF_HELPER_3(n, ...) extern IrHelper ir_helper_##n;
#define DEF_HELPER_4(n, ...) extern IrHelper ir_helper_##n;
#define DEF_HELPER_5(n, ...) extern IrHelper ir_helper_##n;
#define DEF_HELPER_6(n, ...) extern IrHelper ir_helper_##n;
#include HELPER_DEF_FILE
#undef DEF_HELPER_0
#undef DEF_HELPER_1
#undef DEF_HELPER_2
#undef DEF_HELPER_3
#undef DEF_HELPER_4
#undef DEF_HELPER_5
#undef DEF_HELPER_6
#undef HELPER_DEF_FILE
