# SPDX-License-Identifier: MIT
# tcg-tests/riscv/rules-cbo.mk: the Zicbom/Zicboz/Zicbop test (uses the
# privileged helpers of common/priv.h).
RV_MARCH_rv64-cbo := rv64i_zicbom_zicbop_zicboz_zicsr_zifencei
