# SPDX-License-Identifier: MIT
# F and D tests: built for RV64IFD (no M or A needed).
RV_FD_MARCH := rv64ifd_zicsr_zifencei
$(foreach t,$(basename $(notdir $(wildcard $(RV_SRC_DIR)/rv64f-*.S $(RV_SRC_DIR)/rv64d-*.S))),$(eval RV_MARCH_$(t) := $(RV_FD_MARCH)))
