#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs, idempotently, every Debian package that building and testing emu
# needs. Quick when everything is there already: only missing packages are
# fetched, and apt's index is refreshed only when something is missing.
set -euo pipefail

PKGS=(
    gcc make binutils pkg-config bc
    libffi-dev zlib1g-dev libsdl2-dev libfdt-dev libslirp-dev libcapstone-dev
    gcc-riscv64-linux-gnu binutils-riscv64-linux-gnu
    qemu-system-misc qemu-user opensbi device-tree-compiler
    gdb-multiarch
    libjansson-dev
    gnuplot-nox libc6-dev-riscv64-cross
    clang libclang-rt-14-dev time
)

missing=()
for p in "${PKGS[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed'; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=
[ "$(id -u)" -ne 0 ] && SUDO=sudo
echo "setup-deps: installing ${missing[*]}"
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
