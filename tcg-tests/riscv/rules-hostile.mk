# SPDX-License-Identifier: MIT
# The hostile-guest sweep (hostile-sweep.c, docs/robustness.md): make test
# runs its 2^20-word sample through tests/hostile-guest.sh (JIT and
# interpreter, with a memory bound); `make hostile-sweep-full` runs all
# 2^32 words (hours; ACCEL=interp for the interpreter).
$(RV_TEST_DIR)/hostile-sweep-full.elf: $(RV_SRC_DIR)/hostile-sweep.c $(RV_COMMON)
	@mkdir -p $(dir $@)
	$(RV_CC) $(call rv_march,hostile-sweep) $(RV_CFLAGS) -DSWEEP_FULL \
	    $(RV_LDFLAGS) -o $@ $(RV_SRC_DIR)/common/crt.S $<

.PHONY: hostile-sweep-full
hostile-sweep-full: $(B)/emu $(RV_TEST_DIR)/hostile-sweep-full.elf
	$(B)/emu -M spike -bios none -accel $(or $(ACCEL),jit) \
	    -kernel $(RV_TEST_DIR)/hostile-sweep-full.elf
