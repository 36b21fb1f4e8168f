/* SPDX-License-Identifier: MIT */
/*
 * hello.S: the `make run` demo. Prints "hello from emu" on the HTIF
 * console and exits with status 0.
 */
#include "test.h"

TEST_BEGIN
    PRINT("hello from emu\n")
TEST_END
