# SPDX-License-Identifier: MIT
# emu: one build. `make help` lists the targets.

CONFIG_CAPSTONE ?= y

CC       ?= gcc
OPT      ?= -O2 -g
SAN      ?=
DEFS     ?=
CFLAGS    = $(OPT) $(SAN) $(DEFS) -std=gnu17 -Wall -Wextra -Werror -I. -MMD -MP
LDFLAGS   = $(SAN)
LDLIBS    = -lffi -lz -lm -lfdt
# libslirp (-netdev user) and jansson (QMP); expanded at link time, after
# `deps` installed them.
LDLIBS   += $(shell pkg-config --libs slirp 2>/dev/null || echo -lslirp)
LDLIBS   += $(shell pkg-config --libs jansson 2>/dev/null || echo -ljansson)
ifeq ($(CONFIG_CAPSTONE),y)
CFLAGS   += -DCONFIG_CAPSTONE
LDLIBS   += -lcapstone
endif
SAN_FLAGS = -fsanitize=address,undefined -fno-sanitize-recover=undefined \
            -fno-omit-frame-pointer

B        ?= build
SRC_DIRS  = core ir backend-x86_64 softmmu frontend-riscv hw
SRCS      = $(foreach d,$(SRC_DIRS),$(wildcard $(d)/*.c))
MAIN_SRC  = core/main.c
LIB_SRCS  = $(filter-out $(MAIN_SRC),$(SRCS))
TEST_SRCS = $(wildcard tests/test-*.c)

OBJS      = $(LIB_SRCS:%.c=$(B)/%.o)
TESTS     = $(TEST_SRCS:tests/%.c=$(B)/tests/%)

.PHONY: all deps run test check-unit tcg-tests bench help clean asan

all: $(B)/emu

help:
	@echo "make            build build/emu (installs missing packages first)"
	@echo "make run        boot Debian's riscv64 Linux on -M virt to a shell"
	@echo "                (fetches and caches the kernel and busybox once)"
	@echo "make test       unit tests, tcg-tests under JIT and interpreter,"
	@echo "                and the same again in an ASan+UBSan build"
	@echo "make tcg-tests  build the bare-metal guest test programs"
	@echo "make bench      JIT against interpreter on a CPU-bound guest loop,"
	@echo "                then emu against QEMU (Linux workloads, micro-"
	@echo "                benchmarks; BENCH_REPS=n): docs/benchmarks.md"
	@echo "make difftest   random instructions on emu and QEMU (SEEDS=n)"
	@echo "make fuzz-diff  the same with fresh seeds for SECONDS=n (600)"
	@echo "make asan       build the ASan+UBSan variant into build/asan"
	@echo "make fuzz-smoke every libFuzzer target briefly over its corpus"
	@echo "make fuzz T=name SECONDS=n  one fuzz target for n seconds (600);"
	@echo "                crashes go to build/fuzz/crashes/name/"
	@echo "make hostile-sweep-full  all 2^32 instruction words (hours)"
	@echo "make clean      remove build/"

deps:
	@bash scripts/setup-deps.sh

$(B)/emu: $(OBJS) $(B)/$(MAIN_SRC:.c=.o) | deps
	$(CC) $(LDFLAGS) -o $@ $(filter %.o,$^) $(LDLIBS)

$(B)/%.o: %.c | deps
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c -o $@ $<

# FP helpers: host FPU with exact IEEE semantics (fenv.h rounding modes,
# flags, no contraction). clang spells it -ffp-model=strict and has no
# -fsignaling-nans.
ifneq ($(findstring clang,$(CC)),)
FPU_CFLAGS = -ffp-model=strict
else
FPU_CFLAGS = -frounding-math -fsignaling-nans -ffp-contract=off
endif
$(B)/frontend-riscv/fpu.o: CFLAGS += $(FPU_CFLAGS)
$(B)/ir/ir-fp.o: CFLAGS += $(FPU_CFLAGS)

$(B)/tests/%: tests/%.c $(OBJS) | deps
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(filter %.c %.o,$^) $(LDLIBS)

asan:
	$(MAKE) B=build/asan OPT="-O1 -g" SAN="$(SAN_FLAGS)" DEFS=-DCONFIG_IR_VERIFY \
	    build/asan/emu $(TEST_SRCS:tests/%.c=build/asan/tests/%)

# libFuzzer targets (fuzz/NAME.c -> build/fuzz/fuzz-NAME): clang, ASan and
# UBSan; emu's objects rebuilt in build/fuzz with -fsanitize=fuzzer-no-link.
FUZZ_B    = build/fuzz
FUZZ_SAN  = -fsanitize=fuzzer-no-link,address,undefined \
            -fno-sanitize-recover=undefined -fno-omit-frame-pointer
FUZZ_BINS = $(patsubst fuzz/%.c,$(FUZZ_B)/fuzz-%,$(wildcard fuzz/*.c))

.PHONY: fuzz-build fuzz-smoke fuzz
fuzz-build: | deps
	$(MAKE) B=$(FUZZ_B) CC=clang OPT="-O1 -g" SAN="$(FUZZ_SAN)" \
	    DEFS=-DCONFIG_IR_VERIFY $(FUZZ_BINS)

$(B)/fuzz-%: fuzz/%.c $(OBJS) | deps
	$(CC) $(CFLAGS) $(LDFLAGS) -fsanitize=fuzzer -o $@ \
	    $(filter %.c %.o,$^) $(LDLIBS)

fuzz-smoke: fuzz-build
	@bash scripts/fuzz.sh smoke

fuzz: fuzz-build
	@bash scripts/fuzz.sh run $(T) $(or $(SECONDS),600)

include tcg-tests/riscv/rules.mk
include tcg-tests/difftest/rules.mk
include bench/rules.mk

run: $(B)/emu
	@bash tests/virt/linux-boot.sh --shell

test: $(B)/emu $(TESTS) tcg-tests $(DT_GEN) asan fuzz-build
	@bash scripts/run-tests.sh

bench: $(B)/emu $(RV_TEST_DIR)/bench-loop.elf bench-programs
	@bash bench/jit-vs-interp.sh $(B)/emu $(RV_TEST_DIR)/bench-loop.elf
	@bash bench/linux-bench.sh $(B)/emu

clean:
	rm -rf build

-include $(shell find $(B) -name '*.d' 2>/dev/null)
