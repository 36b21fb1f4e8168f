# SPDX-License-Identifier: MIT
# tcg-tests/riscv/rules-gdb.mk: the program tests/gdbstub.sh debugs has
# compressed instructions and an FP register to show.
RV_MARCH_gdb-target := rv64ifdc_zicsr_zifencei
