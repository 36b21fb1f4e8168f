# SPDX-License-Identifier: MIT
# tcg-tests/difftest/rules.mk: the differential tester against QEMU.
# Included by the top Makefile. Builds the host program build/difftest-gen
# (it links the decoder, whose pattern tables it draws from); the guest
# programs are generated, built and run by tests/difftest.sh, which
# `make test` runs with a few seeds and `make difftest SEEDS=n` with n.

DT_DIR  := tcg-tests/difftest
DT_GEN  := $(B)/difftest-gen
DT_OBJS := $(patsubst %.c,$(B)/%.o,$(filter-out $(DT_DIR)/report.c,\
               $(wildcard $(DT_DIR)/*.c))) $(B)/frontend-riscv/decode.o

$(DT_GEN): $(DT_OBJS)
	$(CC) $(LDFLAGS) -o $@ $^

SEEDS ?= 1000
.PHONY: difftest fuzz-diff
difftest: $(B)/emu $(DT_GEN)
	@SEEDS=$(SEEDS) bash tests/difftest.sh

# Fresh seeds, batch after batch, for as long as asked (SECONDS=n, default
# 600); stops at the first mismatch.
FUZZ_SECONDS ?= $(or $(SECONDS),600)
fuzz-diff: $(B)/emu $(DT_GEN)
	@end=$$(( $$(date +%s) + $(FUZZ_SECONDS) )); first=$$(date +%s); \
	while [ $$(date +%s) -lt $$end ]; do \
	    SEEDS=200 FIRST=$$first bash tests/difftest.sh || exit 1; \
	    first=$$((first + 200)); \
	done
