#!/usr/bin/env bash
# The whole test suite: set up, build, run every CTest test (unit and golden CLI tests).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j"$(nproc)"
