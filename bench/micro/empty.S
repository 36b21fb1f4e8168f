/* SPDX-License-Identifier: MIT */
/*
 * empty.S: does nothing and exits 0. Its run time is the start-up and exit
 * cost of an emulator, subtracted from translate.S's (not a benchmark).
 */
#include "test.h"

TEST_BEGIN
TEST_END
