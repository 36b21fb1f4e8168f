# SPDX-License-Identifier: MIT
# rules-virt.mk: tests of the `virt` board (virt-*.S, virt-*.c) link with
# common/crt-virt.S (UART console, test-finisher exit) instead of crt.S.
# scripts/run-tests.sh and run-qemu.sh run them with -M virt -bios none.
RV_COMMON += $(RV_SRC_DIR)/common/crt-virt.S

$(RV_TEST_DIR)/virt-%.elf: $(RV_SRC_DIR)/virt-%.S $(RV_COMMON)
	@mkdir -p $(dir $@)
	$(RV_CC) $(call rv_march,virt-$*) $(RV_CFLAGS) $(RV_LDFLAGS) -o $@ \
	    $(RV_SRC_DIR)/common/crt-virt.S $<

$(RV_TEST_DIR)/virt-%.elf: $(RV_SRC_DIR)/virt-%.c $(RV_COMMON)
	@mkdir -p $(dir $@)
	$(RV_CC) $(call rv_march,virt-$*) $(RV_CFLAGS) $(RV_LDFLAGS) -o $@ \
	    $(RV_SRC_DIR)/common/crt-virt.S $<
