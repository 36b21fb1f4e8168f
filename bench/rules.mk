# SPDX-License-Identifier: MIT
# bench/rules.mk: builds the benchmark programs. Included by the top
# Makefile.
#   build/bench/workloads/NAME.rv      static riscv64 Linux guest program
#   build/bench/workloads/NAME.native  the same source for the host
#   build/bench/micro/NAME.elf         bare-metal -M spike guest (HTIF exit)
# Workloads use -ffp-contract=off on both sides so that FP checksums agree
# bit for bit (riscv64 gcc would otherwise fuse into fmadd).

BENCH_DIR        := build/bench
BENCH_WORKLOADS  := intmix memory fp syscall compress
BENCH_W_CFLAGS   := -O2 -std=gnu17 -Wall -Wextra -Werror -ffp-contract=off
BENCH_W_DEPS     := bench/workloads/bench.h bench/rules.mk
BENCH_RV         := $(BENCH_WORKLOADS:%=$(BENCH_DIR)/workloads/%.rv)
BENCH_NATIVE     := $(BENCH_WORKLOADS:%=$(BENCH_DIR)/workloads/%.native)

BENCH_MICRO_SRCS := $(wildcard bench/micro/*.S)
BENCH_MICRO      := $(BENCH_MICRO_SRCS:bench/micro/%.S=$(BENCH_DIR)/micro/%.elf)

$(BENCH_DIR)/workloads/%.rv: bench/workloads/%.c $(BENCH_W_DEPS)
	@mkdir -p $(dir $@)
	riscv64-linux-gnu-gcc $(BENCH_W_CFLAGS) -static -o $@ $< -lm

$(BENCH_DIR)/workloads/%.native: bench/workloads/%.c $(BENCH_W_DEPS)
	@mkdir -p $(dir $@)
	$(CC) $(BENCH_W_CFLAGS) -o $@ $< -lm

# The micro benchmarks use the tcg-tests start-up code and layout, with
# the F and D extensions (fp-ops) available to all.
$(BENCH_DIR)/micro/%.elf: bench/micro/%.S $(RV_COMMON) bench/rules.mk
	@mkdir -p $(dir $@)
	$(RV_CC) -march=rv64imafd_zicsr_zifencei $(RV_CFLAGS) $(RV_LDFLAGS) \
	    -I$(RV_SRC_DIR) -o $@ $(RV_SRC_DIR)/common/crt.S $<

.PHONY: bench-programs
bench-programs: $(BENCH_RV) $(BENCH_NATIVE) $(BENCH_MICRO)
