#!/usr/bin/env bash
# Configures and builds Pacta in build/ (Release), in parallel.
#   bash scripts/build.sh                   # everything: pacta, man pages, completions, the tests
#   bash scripts/build.sh --target pacta    # only the `pacta` executable (the main job)
# Other arguments go to cmake's configure step (-DPACTA_BUILD_TESTS=OFF, -DPACTA_BUILD_BENCH=ON).
# PACTA_WERROR=1 in the environment turns warnings into errors (CI does).
set -euo pipefail
cd "$(dirname "$0")/.."
targets=()
configure=()
deps=()
tests=ON
while [ $# -gt 0 ]; do
  case "$1" in
    --target) targets+=(--target "$2"); shift 2 ;;
    -DPACTA_BUILD_TESTS=OFF) tests=OFF; shift ;;
    -DPACTA_BUILD_BENCH=ON) deps+=(--bench); configure+=("$1"); shift ;;
    *) configure+=("$1"); shift ;;
  esac
done
[ "$tests" = ON ] && deps+=(--tests)
bash scripts/deps.sh ${deps[@]+"${deps[@]}"}
werror=OFF
[ "${PACTA_WERROR:-0}" = 1 ] && werror=ON
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DPACTA_BUILD_TESTS=$tests -DPACTA_WERROR=$werror \
  ${configure[@]+"${configure[@]}"} >/dev/null
cmake --build build -j"$(nproc)" ${targets[@]+"${targets[@]}"}
