// pacta_bench_cache: the profile cache (model/profile_cache.hpp), cold against warm, over the
// first N profiles of a generated workload (bench/generate.py):
//   BM_Cache_NoCache   model::load_profiles without a cache: read + yaml-cpp + schema walk
//   BM_Cache_Cold      the same with an empty cache: parse, encode and write every entry
//   BM_Cache_Warm      the same with every entry present: read + hash + read entry + decode
//   BM_Cache_HitOnly   what a hit costs once the YAML is in memory (one thread): hash the
//                      bytes, read the entry, check and decode it. The target: MB/s
//                      of original YAML >= 200.
//   BM_Run/0           `pacta check`'s work with a warm cache, on every core: load + evaluate
//   BM_Run/1           the same, then the JSON report written to /dev/null (records, why,
//                      JSON): the "whole run within 3x of load + evaluation" ratio, in one run
//                      of the one binary (the rule set's parse and check excluded from both)
//
//   python3 bench/generate.py --profiles 200 --obligations 1000 build/bench-data-200
//   PACTA_BENCH_DATA=build/bench-data-200 build/bench/pacta_bench_cache
// Environment: PACTA_BENCH_DATA (default build/bench-data), PACTA_BENCH_PROFILES (default
// 200). The cache lives in a temporary directory, removed at exit. MB/s counts 10^6 bytes of
// profile YAML per second of wall-clock time.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "diag/source_map.hpp"
#include "eval/program.hpp"
#include "eval/record.hpp"
#include "eval/run.hpp"
#include "model/load.hpp"
#include "model/profile_cache.hpp"
#include "report/check_report.hpp"
#include "sema/check.hpp"
#include "syntax/load.hpp"
#include "syntax/parse.hpp"

namespace fs = std::filesystem;
using namespace pacta;

namespace {

std::string data_dir() {
  const char* d = std::getenv("PACTA_BENCH_DATA");
  return d && *d ? d : "build/bench-data";
}

std::size_t profile_limit() {
  const char* n = std::getenv("PACTA_BENCH_PROFILES");
  long long v = n && *n ? std::atoll(n) : 200;
  return v > 0 ? static_cast<std::size_t>(v) : 200;
}

[[noreturn]] void fail(const std::string& message) {
  std::fprintf(stderr, "pacta_bench_cache: %s\n", message.c_str());
  std::exit(2);
}

struct Workload {
  diag::SourceMap sources;
  sema::RuleSet rules;
  std::vector<std::string> paths;    // the first N profiles, all in one shard
  std::vector<std::uint32_t> files;  // their ids in `sources`
  std::size_t bytes = 0;
  std::string cache_dir;
  ~Workload() {
    std::error_code ec;
    if (!cache_dir.empty()) fs::remove_all(cache_dir, ec);
  }
};

Workload& workload() {
  static std::unique_ptr<Workload> w;
  if (w) return *w;
  w = std::make_unique<Workload>();
  const std::string dir = data_dir();
  diag::Diagnostics diags;
  bool input_error = false;
  std::vector<syntax::RuleFile> files;
  for (const std::string& path : syntax::expand_paths({dir + "/rules"}, {".pacta"}, diags, input_error)) {
    std::uint32_t id = 0;
    if (!syntax::read_source(path, w->sources, id, diags)) fail("cannot read " + path);
    files.push_back(syntax::parse_rule_file(w->sources, id, diags));
  }
  w->rules = sema::check_rule_set(std::move(files), diags);
  if (input_error || diags.has_errors()) fail("no valid rule set in " + dir + "/rules; run bench/generate.py");
  w->paths = syntax::expand_paths({dir + "/profiles"}, {".yaml", ".yml"}, diags, input_error);
  if (w->paths.empty()) fail("no profiles in " + dir + "/profiles");
  w->paths.resize(std::min(w->paths.size(), profile_limit()));
  const std::string shard = fs::path(w->paths.front()).parent_path().string();
  for (const std::string& p : w->paths) {
    if (fs::path(p).parent_path().string() != shard) fail("the profiles span shards: lower PACTA_BENCH_PROFILES");
    std::uint32_t id = 0;
    if (!syntax::read_source(p, w->sources, id, diags)) fail("cannot read " + p);
    w->files.push_back(id);
    w->bytes += w->sources.file(id).text.size();
  }
  w->cache_dir = (fs::temp_directory_path() / ("pacta_bench_cache_" + std::to_string(::getpid()))).string();
  std::fprintf(stderr, "pacta_bench_cache: %zu profile(s), %.2f MB, %zu instrument(s) from %s; cache in %s\n",
               w->paths.size(), w->bytes / 1e6, w->rules.instruments.size(), dir.c_str(), w->cache_dir.c_str());
  return *w;
}

model::ProfileCacheOptions options(const Workload& w) { return {w.cache_dir, false, "bench"}; }

void rates(benchmark::State& state, const Workload& w) {
  double n = static_cast<double>(state.iterations());
  state.counters["MB/s"] = benchmark::Counter(n * static_cast<double>(w.bytes) / 1e6, benchmark::Counter::kIsRate);
  state.counters["profiles/s"] =
      benchmark::Counter(n * static_cast<double>(w.files.size()), benchmark::Counter::kIsRate);
}

// One load_profiles call as `pacta check` makes it (range(0) threads).
void load_all(benchmark::State& state, const Workload& w, const model::ProfileCache* cache) {
  diag::SourceMap sources;
  diag::Diagnostics diags;
  auto out = model::load_profiles(w.rules, w.paths, sources, diags, static_cast<unsigned>(state.range(0)), cache);
  if (out.input_error || out.profiles.size() != w.paths.size()) state.SkipWithError("profiles did not load");
  benchmark::DoNotOptimize(out.profiles.data());
}

void BM_Cache_NoCache(benchmark::State& state) {
  Workload& w = workload();
  for (auto _ : state) load_all(state, w, nullptr);
  rates(state, w);
}

void BM_Cache_Cold(benchmark::State& state) {
  Workload& w = workload();
  for (auto _ : state) {
    state.PauseTiming();
    std::error_code ec;
    fs::remove_all(w.cache_dir, ec);
    state.ResumeTiming();
    model::ProfileCache cache(options(w), w.rules);
    load_all(state, w, &cache);
  }
  rates(state, w);
}

void warm_up(const Workload& w) {
  model::ProfileCache cache(options(w), w.rules);
  diag::SourceMap sources;
  diag::Diagnostics diags;
  model::load_profiles(w.rules, w.paths, sources, diags, 0, &cache);
}

void BM_Cache_Warm(benchmark::State& state) {
  Workload& w = workload();
  warm_up(w);
  for (auto _ : state) {
    model::ProfileCache cache(options(w), w.rules);
    load_all(state, w, &cache);
    if (cache.stats().hits != w.paths.size()) state.SkipWithError("not every profile was a hit");
  }
  rates(state, w);
}

void BM_Cache_HitOnly(benchmark::State& state) {
  Workload& w = workload();
  warm_up(w);
  model::ProfileCache cache(options(w), w.rules);
  for (auto _ : state) {
    for (std::uint32_t id : w.files) {
      model::Profile p;
      diag::Diagnostics diags;
      cache.load(w.rules, w.sources, id, p, diags);
      benchmark::DoNotOptimize(p.instruments.data());
    }
  }
  if (cache.stats().misses != 0) state.SkipWithError("a miss");
  rates(state, w);
}

// range(0): 0 load and evaluate; 1 also write the JSON report (to /dev/null, as to a file).
// Every core, warm cache, as of 2025-01-01, as `pacta check --format json` does it.
void BM_Run(benchmark::State& state) {
  Workload& w = workload();
  warm_up(w);
  const eval::Program program = eval::compile(w.rules);
  const Day as_of = to_day({2025, 1, 1});
  std::ofstream null("/dev/null", std::ios::binary);
  std::size_t verdicts = 0;
  for (auto _ : state) {
    model::ProfileCache cache(options(w), w.rules);
    diag::SourceMap sources;
    diag::Diagnostics diags;
    model::LoadedProfiles loaded = model::load_profiles(w.rules, w.paths, sources, diags, 0, &cache);
    eval::CheckRun run = eval::run_check(program, loaded.profiles, as_of, {}, 0);
    verdicts = run.statuses.size();
    if (state.range(0) == 1) {
      eval::Recorder records(program, run, report::records_needed("json", false));
      report::CheckReport r{run, program, sources, &records};
      r.inputs = &diags;
      r.not_checked = &loaded.not_checked;
      report::render_check_json(null, r);
    }
    benchmark::DoNotOptimize(run.statuses.data());
  }
  state.counters["verdicts"] = static_cast<double>(verdicts);
}

}  // namespace

BENCHMARK(BM_Run)->Unit(benchmark::kMillisecond)->UseRealTime()->Arg(0)->Arg(1);
BENCHMARK(BM_Cache_NoCache)->Unit(benchmark::kMillisecond)->UseRealTime()->Arg(1)->Arg(0);
BENCHMARK(BM_Cache_Cold)->Unit(benchmark::kMillisecond)->UseRealTime()->Arg(1)->Arg(0);
BENCHMARK(BM_Cache_Warm)->Unit(benchmark::kMillisecond)->UseRealTime()->Arg(1)->Arg(0);
BENCHMARK(BM_Cache_HitOnly)->Unit(benchmark::kMillisecond)->UseRealTime();

BENCHMARK_MAIN();
