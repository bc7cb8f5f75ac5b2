#!/usr/bin/env bash
# Pacta benchmarks, end to end: generate the workload (if missing), build in Release, run
# pacta_bench, time `pacta check` over the whole workload, print a summary.
#
#   bench/run.sh            # 20,000 profiles x 1,000 obligations (about 200 MB of YAML)
#   bench/run.sh --quick    # 2,000 profiles x 1,000 obligations, fewer timed runs
#
# Environment: BUILD_DIR (default build), PACTA_BENCH_DATA (default $BUILD_DIR/bench-data,
# or $BUILD_DIR/bench-data-quick with --quick), BENCH_PROFILES / BENCH_OBLIGATIONS (sizes to
# generate), PACTA_BENCH_PROFILES (pacta_bench uses only the first N profiles), RUNS (timed
# runs of `pacta check`, default 3), BENCH_FILTER (a --benchmark_filter regex).
#
# Results: $BUILD_DIR/bench-results/{pacta_bench.json,pacta_bench.txt,check.json,summary.txt}.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

QUICK=0
for arg in "$@"; do
  case "$arg" in
    --quick) QUICK=1 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown argument '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

BUILD_DIR=${BUILD_DIR:-build}
if [ "$QUICK" = 1 ]; then
  PROFILES=${BENCH_PROFILES:-2000}
  DATA=${PACTA_BENCH_DATA:-$BUILD_DIR/bench-data-quick}
  RUNS=${RUNS:-2}
else
  PROFILES=${BENCH_PROFILES:-20000}
  DATA=${PACTA_BENCH_DATA:-$BUILD_DIR/bench-data}
  RUNS=${RUNS:-3}
fi
OBLIGATIONS=${BENCH_OBLIGATIONS:-1000}
OUT=$BUILD_DIR/bench-results
AS_OF=2025-01-01

say() { printf '\n== %s\n' "$*"; }

# 1. The workload: regenerated when missing or of another size.
have_data() {
  [ -f "$DATA/manifest.json" ] && python3 - "$DATA/manifest.json" "$PROFILES" "$OBLIGATIONS" <<'EOF'
import json, sys
m = json.load(open(sys.argv[1]))
sys.exit(0 if m.get("profiles") == int(sys.argv[2]) and m.get("obligations") == int(sys.argv[3]) else 1)
EOF
}
if have_data; then
  say "workload: $DATA (already generated)"
else
  say "workload: generating $PROFILES profiles x $OBLIGATIONS obligations into $DATA"
  python3 bench/generate.py --profiles "$PROFILES" --obligations "$OBLIGATIONS" "$DATA"
fi

# 2. Release build of pacta and pacta_bench.
say "build: Release in $BUILD_DIR"
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release -DPACTA_BUILD_BENCH=ON >/dev/null
cmake --build "$BUILD_DIR" -j"$(nproc)" --target pacta pacta_bench
if [ ! -x "$BUILD_DIR/bench/pacta_bench" ]; then
  echo "run.sh: pacta_bench was not built (is libbenchmark-dev installed?)" >&2
  exit 2
fi
mkdir -p "$OUT"

# 3. pacta_bench.
say "pacta_bench (data: $DATA${PACTA_BENCH_PROFILES:+, first $PACTA_BENCH_PROFILES profiles})"
PACTA_BENCH_DATA=$DATA "$BUILD_DIR/bench/pacta_bench" \
  ${BENCH_FILTER:+--benchmark_filter="$BENCH_FILTER"} \
  --benchmark_out="$OUT/pacta_bench.json" --benchmark_out_format=json | tee "$OUT/pacta_bench.txt"

# 4. The whole process. State codes are unique per run, so the workload is in shards (at most
#    17,576 profiles each): one `pacta check` per shard, one after the other, timed together.
#    Output goes to stdout redirected to /dev/null: not `-o /dev/null`, which writes a temporary
#    file beside the target and renames it over it (as root that replaces /dev/null).
SHARDS=$(find "$DATA/profiles" -mindepth 1 -maxdepth 1 -type d | sort)
CHECK_ALL=""
for shard in $SHARDS; do
  CHECK_ALL+="${CHECK_ALL:+ && }$BUILD_DIR/pacta check --rules $DATA/rules --profiles $shard --as-of $AS_OF --format json --fail-on never >/dev/null"
done
say "whole process: $PROFILES profiles x $OBLIGATIONS obligations, $(echo "$SHARDS" | wc -w) pacta check run(s)"
# One run under /usr/bin/time -v for peak memory, checking the exit status on the way.
FIRST_SHARD=$(echo "$SHARDS" | head -n1)
/usr/bin/time -v "$BUILD_DIR/pacta" check --rules "$DATA/rules" --profiles "$FIRST_SHARD" --as-of $AS_OF --format json \
  --fail-on never >/dev/null 2>"$OUT/time-v.txt" || { cat "$OUT/time-v.txt" >&2; echo "run.sh: pacta check failed" >&2; exit 1; }
grep -E "Elapsed|Maximum resident|User time|System time" "$OUT/time-v.txt" | sed "s|^|  $(basename "$FIRST_SHARD"): |"
if command -v hyperfine >/dev/null; then
  hyperfine --runs "$RUNS" --export-json "$OUT/check.json" -n "pacta check, all shards" "$CHECK_ALL"
else
  echo "(hyperfine not installed: apt-get install -y hyperfine; timing one run with /usr/bin/time -v)"
  /usr/bin/time -v sh -c "$CHECK_ALL" 2>"$OUT/time-v-all.txt"
  grep -E "Elapsed|Maximum resident" "$OUT/time-v-all.txt"
fi

# 5. Summary.
say "summary"
python3 - "$OUT" "$DATA/manifest.json" <<'EOF' | tee "$OUT/summary.txt"
import json, os, re, sys
out, manifest = sys.argv[1], json.load(open(sys.argv[2]))
bench = json.load(open(os.path.join(out, "pacta_bench.json")))
runs = {b["name"]: b for b in bench["benchmarks"] if b.get("run_type", "iteration") == "iteration"}

def get(name, counter):
    b = runs.get(name)
    return None if b is None or counter not in b else b[counter]

def fmt(v, unit, scale=1.0, digits=1):
    return "n/a" if v is None else f"{v / scale:,.{digits}f} {unit}"

ctx = bench.get("context", {})
print(f"machine: {ctx.get('num_cpus', '?')} CPU(s) at {ctx.get('mhz_per_cpu', '?')} MHz, load average {ctx.get('load_avg', '?')}")
print(f"workload: {manifest['profiles']:,} profiles ({manifest['profile_bytes'] / 1e6:.1f} MB) x {manifest['obligations']:,} obligations, "
      f"{manifest['instruments']} instruments")
compile_ms = get("BM_RuleSet_ParseCheckCompile", "cpu_time")
print(f"rule set parse+check+compile:        {fmt(compile_ms, 'ms', 1, 2)}")
sv = get("BM_Eval_SnapshotVerdict", "verdicts/s")
rc = get("BM_Eval_RunCheck", "verdicts/s")
pv = get("BM_Proto_SnapshotVerdict", "verdicts/s")
print(f"evaluation, one core (Snapshot+verdict): {fmt(sv, 'M verdicts/s', 1e6, 2)}")
print(f"evaluation, one core (run_check):        {fmt(rc, 'M verdicts/s', 1e6, 2)}")
print(f"proposed evaluator (bench/proto_eval):   {fmt(pv, 'M verdicts/s', 1e6, 2)}")
print("by obligation kind (current -> proposed):")
for name, b in sorted(runs.items()):
    if name.startswith("BM_Eval_ByKind/"):
        proposed = get(name.replace("BM_Eval_", "BM_Proto_"), "verdicts/s")
        print(f"  {b.get('label', name):8} {fmt(b.get('verdicts/s'), 'M/s', 1e6, 1):>10} -> {fmt(proposed, 'M/s', 1e6, 1)}")
if sv is not None:
    for target, label in ((5e6, "issue minimum 5 M/s"), (40e6, "team bar 40 M/s")):
        print(f"  {label}: {'MET' if sv >= target else 'NOT MET'}")
print(f"profile load, 1 thread, in memory:   {fmt(get('BM_Load_ProfileSingleThread', 'MB/s'), 'MB/s')}")
print(f"profile load, load_profiles 1 thread: {fmt(get('BM_Load_ProfilesParallel/1/real_time', 'MB/s'), 'MB/s')}")
print(f"profile load, load_profiles all cores: {fmt(get('BM_Load_ProfilesParallel/0/real_time', 'MB/s'), 'MB/s')}")
print(f"yaml-cpp events -> tree (model::parse_yaml): {fmt(get('BM_Load_YamlEventsOnly', 'MB/s'), 'MB/s')}")
print(f"libyaml events -> tree (bench prototype):    {fmt(get('BM_Load_LibyamlEventsOnly', 'MB/s'), 'MB/s')}")
print(f"yaml-cpp YAML::Load:                         {fmt(get('BM_Load_YamlCppLoad', 'MB/s'), 'MB/s')}")
check = os.path.join(out, "check.json")
if os.path.exists(check):
    r = json.load(open(check))["results"][0]
    print(f"whole process (pacta check, all shards, json): mean {r['mean']:.2f} s +- {r['stddev'] or 0:.2f} s "
          f"(min {r['min']:.2f}, max {r['max']:.2f}, {len(r['times'])} runs); "
          f"CPU per run: user {r['user']:.1f} s + system {r['system']:.1f} s")
EOF
