# SPDX-License-Identifier: MIT
# tcg-tests/riscv/rules-rvm.mk: the ISA of the M, Zba/Zbb/Zbc/Zbs and
# Zicond tests (binutils 2.40 has no zicond: zicond.S uses .insn).
RV_MARCH_rv64m-mul   := rv64im_zicsr_zifencei
RV_MARCH_rv64m-div   := rv64im_zicsr_zifencei
RV_MARCH_rv64m-regs  := rv64im_zicsr_zifencei
RV_MARCH_rv64zba     := rv64i_zba_zicsr_zifencei
RV_MARCH_rv64zbb     := rv64i_zbb_zicsr_zifencei
RV_MARCH_rv64zbb-w   := rv64i_zbb_zicsr_zifencei
RV_MARCH_rv64zbc     := rv64i_zbc_zicsr_zifencei
RV_MARCH_rv64zbs     := rv64i_zbs_zicsr_zifencei
