#!/usr/bin/env bash
# Runs one libFuzzer target (docs/FUZZING.md):
#   scripts/fuzz.sh TARGET SECONDS [extra libFuzzer args...]     TARGET: fuzz_rules | fuzz_profile
# Configures and builds build-fuzz (clang, -DPACTA_FUZZ=ON) when needed, rebuilds the seed
# corpus, replays every saved reproducer in tests/fuzz/crashes/TARGET/, then fuzzes for SECONDS
# with the target's dictionary. New inputs go to the persistent working corpus
# build-fuzz/corpus/TARGET, findings to build-fuzz/artifacts/TARGET/. Exits non-zero when a
# reproducer still fails or the run found anything (crash, sanitizer report, leak, timeout, OOM).
# One fuzzer process at a time; SECONDS=0 only replays and builds.
# Environment: PACTA_FUZZ_BUILD (build directory, default build-fuzz), PACTA_FUZZ_CXX (clang++).
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { echo "usage: $0 fuzz_rules|fuzz_profile SECONDS [libFuzzer args...]" >&2; exit 2; }
[ $# -ge 2 ] || usage
target=$1
seconds=$2
shift 2
case "$target" in
  fuzz_rules | fuzz_profile) ;;
  *) usage ;;
esac
[[ "$seconds" =~ ^[0-9]+$ ]] || usage

build=${PACTA_FUZZ_BUILD:-build-fuzz}
if [ ! -f "$build/CMakeCache.txt" ]; then
  cxx=${PACTA_FUZZ_CXX:-}
  if [ -z "$cxx" ]; then
    for c in clang++ clang++-14; do
      if command -v "$c" >/dev/null; then cxx=$c; break; fi
    done
  fi
  [ -n "$cxx" ] || { echo "fuzz.sh: no clang++ found (Debian 12: apt-get install clang-14 libclang-rt-14-dev)" >&2; exit 2; }
  launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  cmake -S . -B "$build" -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPACTA_FUZZ=ON \
    -DPACTA_BUILD_TESTS=OFF -DPACTA_BUILD_BENCH=OFF "${launcher[@]}" >/dev/null
fi
cmake --build "$build" -j"$(nproc)" --target "$target" fuzz_seed_corpus
bin=$build/tests/fuzz/$target

# The dictionary: for rule files, tests/fuzz/pacta.dict plus every keyword and predicate name
# read from the parser's own lists; for profiles, tests/fuzz/yaml.dict.
if [ "$target" = fuzz_rules ]; then
  dict=$build/fuzz_rules.dict
  { cat tests/fuzz/pacta.dict
    echo
    echo "# keywords and predicates, from grammar/leaf_parsers.hpp and src/syntax/predicates.def"
    { sed -n '/keywords\[\] = {/,/};/p' grammar/leaf_parsers.hpp | grep -o '"[a-z_]*"'
      grep -o '^PACTA_PREDICATE([a-z_]*, *"[a-z_]*"' src/syntax/predicates.def | grep -o '"[a-z_]*"'; } |
      tr -d '"' | awk '!seen[$0]++' | sed 's/.*/kw_&="&"/'
  } >"$dict"
  words=$(grep -c '^kw_' "$dict")
  [ "$words" -ge 60 ] || { echo "fuzz.sh: only $words keywords read for $dict: did a list move?" >&2; exit 2; }
else
  dict=tests/fuzz/yaml.dict
fi

# Sanitizer reports are findings: no recovery, and a stack for every UBSan report.
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

# 1. Every saved reproducer must pass now (each is a bug that was fixed, or is being).
reproducers=()
if [ -d "tests/fuzz/crashes/$target" ]; then
  while IFS= read -r -d '' f; do
    case "$(basename "$f")" in README*) continue ;; esac
    reproducers+=("$f")
  done < <(find "tests/fuzz/crashes/$target" -type f -print0 | sort -z)
fi
failed=0
for f in "${reproducers[@]}"; do
  if ! "$bin" -runs=1 "$f" >"$build/replay.log" 2>&1; then
    echo "fuzz.sh: $target: reproducer $f still fails:" >&2
    grep -E "ERROR|SUMMARY|property violated|runtime error|#[0-9]+ 0x" "$build/replay.log" | head -30 >&2 || true
    failed=1
  fi
done
[ $failed -eq 0 ] || exit 1
echo "fuzz.sh: $target: ${#reproducers[@]} reproducer(s) in tests/fuzz/crashes/$target pass"
[ "$seconds" -gt 0 ] || exit 0

# 2. Fuzz. Any new file in the artifacts directory is a finding, whatever the exit code says
# (with -fork and -ignore_crashes=1 libFuzzer goes on after a crash and may exit 0).
corpus=$build/corpus/$target
artifacts=$build/artifacts/$target
mkdir -p "$corpus" "$artifacts"
find "$artifacts" -type f | sort >"$build/artifacts.$target.before"
status=0
"$bin" -dict="$dict" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2048 -print_final_stats=1 \
  -artifact_prefix="$artifacts/" "$@" "$corpus" "$build/seed/$target" || status=$?
new=$(find "$artifacts" -type f | sort | comm -13 "$build/artifacts.$target.before" -)
if [ $status -ne 0 ] || [ -n "$new" ]; then
  echo "fuzz.sh: $target: FINDING (exit $status); inputs saved:" >&2
  [ -z "$new" ] || printf '  %s\n' $new >&2
  echo "fuzz.sh: minimise one with: $bin -minimize_crash=1 -runs=10000 FILE" >&2
  exit 1
fi
echo "fuzz.sh: $target: no finding in ${seconds}s"
