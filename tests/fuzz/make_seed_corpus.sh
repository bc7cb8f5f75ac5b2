#!/usr/bin/env bash
# Builds the fuzz targets' seed corpora from files already in the repository (none is copied
# into git): usage make_seed_corpus.sh SOURCE_DIR OUT_DIR, which (re)creates
#   OUT_DIR/fuzz_rules    every shipped rule file (rules/**/*.pacta), the malformed-input corpus
#                         of `pacta lint` (tests/cli/lint/corpus/), the fmt corpus, and the whole
#                         shipped rule set as one compacted file, with and without its tests
#                         (valid on its own, so the fuzzer starts from inputs that reach compile,
#                         evaluation and the test runner);
#   OUT_DIR/fuzz_profile  the shipped profiles (fixtures/profiles/*.yaml) and the malformed
#                         profiles of the CLI tests (tests/cli/check/data/bad_profiles/).
# Each file is named after its path, '/' turned to '_', so that names never collide. A file
# larger than 128 KiB is cut to its first 8 KiB: libFuzzer takes the largest seed as its -max_len,
# and inputs that large only slow it down (the cut P004 case still nests too deep).
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 SOURCE_DIR OUT_DIR" >&2; exit 2; }
src=$(cd "$1" && pwd)
out=$2

copy_all() {  # copy_all TARGET_DIR PATTERN DIR...
  local dest=$1 pattern=$2
  shift 2
  local dir f rel
  for dir in "$@"; do
    [ -d "$src/$dir" ] || { echo "make_seed_corpus: missing $src/$dir" >&2; exit 1; }
    while IFS= read -r -d '' f; do
      rel=${f#"$src"/}
      if [ "$(stat -c %s "$f")" -gt 131072 ]; then
        head -c 8192 "$f" >"$dest/${rel//\//_}"
      else
        cp "$f" "$dest/${rel//\//_}"
      fi
    done < <(find "$src/$dir" -type f -name "$pattern" -print0)
  done
}

rm -rf "$out/fuzz_rules" "$out/fuzz_profile"
mkdir -p "$out/fuzz_rules" "$out/fuzz_profile"

copy_all "$out/fuzz_rules" '*.pacta' rules tests/cli/lint/corpus tests/cli/fmt/corpus
# The whole shipped rule set as one file, compacted (compact_rules.awk): once without its test
# blocks, once with those that need no profile file.
awk=$src/tests/fuzz/compact_rules.awk
find "$src/rules" -type f -name '*.pacta' ! -name '*_test.pacta' -print0 | sort -z | xargs -0 cat | awk -f "$awk" \
  >"$out/fuzz_rules/all_rules_compact.pacta"
find "$src/rules" -type f -name '*.pacta' -print0 | sort -z | xargs -0 cat | awk -f "$awk" \
  >"$out/fuzz_rules/all_rules_compact_with_tests.pacta"

copy_all "$out/fuzz_profile" '*.yaml' fixtures/profiles tests/cli/check/data/bad_profiles

echo "make_seed_corpus: $(ls "$out/fuzz_rules" | wc -l) rule files in $out/fuzz_rules," \
     "$(ls "$out/fuzz_profile" | wc -l) profiles in $out/fuzz_profile"
