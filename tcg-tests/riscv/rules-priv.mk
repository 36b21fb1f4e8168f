# SPDX-License-Identifier: MIT
# rules-priv.mk: the privileged-architecture tests (priv-*.S) use the
# default ISA (RV64I + Zicsr + Zifencei); their helpers live in
# common/priv.h, which they depend on here.
RV_COMMON += $(RV_SRC_DIR)/common/priv.h $(RV_SRC_DIR)/common/priv-vm.inc
