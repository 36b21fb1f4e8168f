# SPDX-License-Identifier: MIT
# F and D tests (rv64f-*, rv64d-*): built for RV64IFD, no M or A needed.
RV_FD_TESTS := $(basename $(notdir \
    $(wildcard $(RV_SRC_DIR)/rv64f-*.S $(RV_SRC_DIR)/rv64d-*.S)))
$(foreach t,$(RV_FD_TESTS),\
    $(eval RV_MARCH_$(t) := rv64ifd_zicsr_zifencei))
# bench-fp: the F/D benchmark (built by tcg-tests, not run as a test).
RV_MARCH_bench-fp := rv64imfd_zicsr_zifencei
