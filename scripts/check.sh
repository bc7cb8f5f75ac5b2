#!/usr/bin/env bash
# The main job: set up, build, and check the shipped rules/ against fixtures/profiles/.
# Arguments are passed to `pacta check` (for example --as-of 2025-12-31 --format json).
set -euo pipefail
cd "$(dirname "$0")/.."
# Only what the check needs: the `pacta` executable, without the tests, their packages and the
# benchmarks.
bash scripts/build.sh --target pacta -DPACTA_BUILD_TESTS=OFF >&2
exec build/pacta check --rules rules --profiles fixtures/profiles "$@"
