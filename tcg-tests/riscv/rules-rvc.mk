# SPDX-License-Identifier: MIT
# tcg-tests/riscv/rules-rvc.mk: the C extension's tests (rvc-*.S, rvc-*.c)
# are built for RV64IC, so gas and gcc emit compressed instructions
# (crt.S included).
RV_RVC_NAMES := $(basename $(notdir $(wildcard \
                    $(RV_SRC_DIR)/rvc-*.S $(RV_SRC_DIR)/rvc-*.c)))
$(foreach t,$(RV_RVC_NAMES),$(eval RV_MARCH_$(t) := rv64ic_zicsr_zifencei))
# The compressed FP loads and stores need D as well.
RV_MARCH_rvc-fp := rv64ifdc_zicsr_zifencei
