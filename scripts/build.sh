#!/usr/bin/env bash
# Configures and builds Pacta in build/ (Release), in parallel.
#   bash scripts/build.sh                   # everything: pacta, the tests (and benchmarks when asked)
#   bash scripts/build.sh --target pacta    # only the `pacta` executable (the main job)
# Other arguments go to cmake's configure step (e.g. -DPACTA_BUILD_BENCH=ON).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
targets=()
configure=()
while [ $# -gt 0 ]; do
  case "$1" in
    --target) targets+=(--target "$2"); shift 2 ;;
    *) configure+=("$1"); shift ;;
  esac
done
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release ${configure[@]+"${configure[@]}"} >/dev/null
cmake --build build -j"$(nproc)" ${targets[@]+"${targets[@]}"}
