# SPDX-License-Identifier: MIT
# tcg-tests/riscv/rules-rva.mk: the A extension's tests are built for
# RV64IA (included by rules.mk).
RV_MARCH_rv64a-amo-w := rv64ia_zicsr_zifencei
RV_MARCH_rv64a-amo-d := rv64ia_zicsr_zifencei
RV_MARCH_rv64a-regs := rv64ia_zicsr_zifencei
RV_MARCH_rv64a-lrsc := rv64ia_zicsr_zifencei
RV_MARCH_rv64a-faults := rv64ia_zicsr_zifencei
RV_MARCH_rv64a-faults-spec := rv64ia_zicsr_zifencei
RV_MARCH_rv64a-smc := rv64ia_zicsr_zifencei
