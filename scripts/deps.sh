#!/usr/bin/env bash
# Installs Pacta's build dependencies from Debian 12 packages, when any is missing.
#   bash scripts/deps.sh            # what building `pacta` needs
#   bash scripts/deps.sh --tests    # ... and the test suite (GoogleTest)
#   bash scripts/deps.sh --bench    # ... and the benchmarks (Google Benchmark)
set -euo pipefail
packages=(build-essential cmake libboost-dev libyaml-cpp-dev libspdlog-dev libfmt-dev libcli11-dev
          nlohmann-json3-dev)
for arg in "$@"; do
  case "$arg" in
    --tests) packages+=(libgtest-dev libgmock-dev) ;;
    --bench) packages+=(libbenchmark-dev) ;;
    *) echo "usage: $0 [--tests] [--bench]" >&2; exit 2 ;;
  esac
done
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update
$sudo apt-get install -y --no-install-recommends "${missing[@]}"
