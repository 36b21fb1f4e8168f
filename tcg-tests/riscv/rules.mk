# SPDX-License-Identifier: MIT
# tcg-tests/riscv/rules.mk: builds the bare-metal RV64I guest tests.
# Included by the top Makefile. Every tcg-tests/riscv/NAME.S or NAME.c
# becomes build/tcg-tests/riscv/NAME.elf, linked with common/crt.S and
# common/link.ld. RV_TESTS lists the self-checking ones (exit status 0 is a
# pass, N is case N failing); bench-loop and bench-fp are benchmarks and
# monitor-loop the endless guest of the monitor tests, built but not listed.

RV_CC       ?= riscv64-linux-gnu-gcc
RV_SRC_DIR  := tcg-tests/riscv
RV_TEST_DIR := build/tcg-tests/riscv

# The ISA a test is built for: RV_MARCH_<name> if a rules-*.mk fragment
# sets it for that test, else RV64I + Zicsr + Zifencei.
RV_MARCH_DEFAULT := rv64i_zicsr_zifencei
rv_march     = -march=$(or $(RV_MARCH_$(1)),$(RV_MARCH_DEFAULT))
RV_ARCH     := -mabi=lp64 -mcmodel=medany -fno-pie
RV_CFLAGS   := $(RV_ARCH) -static -nostdlib -nostartfiles -ffreestanding \
               -O2 -g -Wall -Wextra -Werror \
               -fno-tree-loop-distribute-patterns -I$(RV_SRC_DIR)/common
RV_LDFLAGS  := -no-pie -T $(RV_SRC_DIR)/common/link.ld -Wl,--build-id=none
RV_COMMON   := $(RV_SRC_DIR)/common/crt.S $(RV_SRC_DIR)/common/test.h \
               $(RV_SRC_DIR)/common/link.ld $(RV_SRC_DIR)/rules.mk

# Per-extension fragments: RV_MARCH_<name> settings and the like.
include $(filter-out $(RV_SRC_DIR)/rules.mk,$(wildcard $(RV_SRC_DIR)/*.mk))

RV_SRCS     := $(wildcard $(RV_SRC_DIR)/*.S $(RV_SRC_DIR)/*.c)
RV_NAMES    := $(filter-out bench-loop bench-fp monitor-loop,$(basename $(notdir $(RV_SRCS))))
RV_TESTS    := $(sort $(RV_NAMES:%=$(RV_TEST_DIR)/%.elf))

$(RV_TEST_DIR)/%.elf: $(RV_SRC_DIR)/%.S $(RV_COMMON)
	@mkdir -p $(dir $@)
	$(RV_CC) $(call rv_march,$*) $(RV_CFLAGS) $(RV_LDFLAGS) -o $@ \
	    $(RV_SRC_DIR)/common/crt.S $<

$(RV_TEST_DIR)/%.elf: $(RV_SRC_DIR)/%.c $(RV_COMMON)
	@mkdir -p $(dir $@)
	$(RV_CC) $(call rv_march,$*) $(RV_CFLAGS) $(RV_LDFLAGS) -o $@ \
	    $(RV_SRC_DIR)/common/crt.S $<

.PHONY: tcg-tests
tcg-tests: $(RV_TESTS) $(RV_TEST_DIR)/bench-loop.elf $(RV_TEST_DIR)/bench-fp.elf \
           $(RV_TEST_DIR)/monitor-loop.elf
