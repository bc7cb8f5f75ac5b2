// pacta_bench: throughput of the phases of a `pacta check` run over a generated workload
// (bench/generate.py): compiling the rule set, loading profiles (single-threaded from memory,
// and model::load_profiles in parallel from disk), yaml-cpp's YAML::Load for comparison, and
// evaluation (eval::Snapshot + eval::verdict, and eval::run_check) on one core.
//
// Environment:
//   PACTA_BENCH_DATA      the generated directory (default build/bench-data)
//   PACTA_BENCH_PROFILES  use only the first N profiles (default: all), for a quick run
//
// Figures are counters: verdicts/s, profiles/s and MB/s (10^6 bytes of profile YAML per
// second). Single-threaded benchmarks are rated per second of the benchmark thread's CPU time
// (steady on a shared machine); the parallel ones (names ending /real_time) per second of
// wall-clock time.
#include <benchmark/benchmark.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "diag/diagnostic.hpp"
#include "diag/render.hpp"
#include "diag/source_map.hpp"
#include "eval/evaluate.hpp"
#include "eval/program.hpp"
#include "eval/record.hpp"
#include "eval/run.hpp"
#include "model/load.hpp"
#include "model/yaml_tree.hpp"
#include "report/check_report.hpp"
#include "sema/check.hpp"
#include "syntax/load.hpp"
#include "syntax/parse.hpp"
#if PACTA_BENCH_LIBYAML
#include "libyaml_tree.hpp"
#endif

namespace fs = std::filesystem;
using namespace pacta;

namespace {

// ---- the workload ---------------------------------------------------------------------------

std::string data_dir() {
  const char* d = std::getenv("PACTA_BENCH_DATA");
  return d && *d ? d : "build/bench-data";
}

std::size_t profile_limit() {
  const char* n = std::getenv("PACTA_BENCH_PROFILES");
  if (!n || !*n) return static_cast<std::size_t>(-1);
  long long v = std::atoll(n);
  return v > 0 ? static_cast<std::size_t>(v) : static_cast<std::size_t>(-1);
}

[[noreturn]] void fail(const std::string& message) {
  std::fprintf(stderr, "pacta_bench: %s\n", message.c_str());
  std::exit(2);
}

void fail_on_errors(const diag::SourceMap& sources, diag::Diagnostics& diags, const std::string& what) {
  if (!diags.has_errors()) return;
  diag::Diagnostics errors;
  for (const auto& d : diags.items())
    if (d.severity == diag::Severity::error) errors.add(d);
  errors.sort();
  diag::render_text(std::cerr, sources, errors, {false});
  fail(what + " has errors (" + std::to_string(errors.error_count()) + "); regenerate it with bench/generate.py");
}

// Everything shared by the benchmarks, built once on first use. The source map holds the rule
// files first, then every profile's text (in memory, so loading benchmarks do no I/O).
struct Workload {
  diag::SourceMap sources;
  std::vector<std::uint32_t> rule_files;
  sema::RuleSet rules;
  eval::Program program;
  Day as_of = no_day;
  std::vector<std::string> kinds;                   // obligation kinds, from the ids (OB_<KIND>_NNNN)
  std::vector<std::vector<std::uint32_t>> by_kind;  // obligation indices of each kind

  bool profiles_ready = false;
  std::vector<std::string> profile_paths;             // the first PACTA_BENCH_PROFILES files
  std::vector<std::vector<std::string>> shard_paths;  // the same, by shard (state codes unique per shard)
  std::vector<std::uint32_t> profile_files;           // source-map ids
  std::size_t profile_bytes = 0;
  std::vector<model::Profile> profiles;
};

Workload& rules_workload() {
  static std::unique_ptr<Workload> w;
  if (w) return *w;
  w = std::make_unique<Workload>();
  const std::string dir = data_dir();
  diag::Diagnostics diags;
  bool input_error = false;
  for (const std::string& path : syntax::expand_paths({dir + "/rules"}, {".pacta"}, diags, input_error)) {
    std::uint32_t id = 0;
    if (!syntax::read_source(path, w->sources, id, diags)) input_error = true;
    w->rule_files.push_back(id);
  }
  if (input_error) fail_on_errors(w->sources, diags, "reading " + dir + "/rules");
  std::vector<syntax::RuleFile> files;
  for (std::uint32_t id : w->rule_files) files.push_back(syntax::parse_rule_file(w->sources, id, diags));
  fail_on_errors(w->sources, diags, "the rule set in " + dir + "/rules");
  w->rules = sema::check_rule_set(std::move(files), diags);
  fail_on_errors(w->sources, diags, "the rule set in " + dir + "/rules");
  w->program = eval::compile(w->rules);
  w->as_of = *parse_day("2025-01-01");

  std::map<std::string, std::size_t> kind_index;
  for (std::uint32_t i = 0; i < w->rules.obligations.size(); ++i) {
    const std::string& id = w->rules.obligations[i].id;
    std::string kind = "OTHER";
    if (id.rfind("OB_", 0) == 0 && id.find('_', 3) != std::string::npos) kind = id.substr(3, id.find('_', 3) - 3);
    auto [it, fresh] = kind_index.emplace(kind, w->kinds.size());
    if (fresh) {
      w->kinds.push_back(kind);
      w->by_kind.emplace_back();
    }
    w->by_kind[it->second].push_back(i);
  }
  return *w;
}

Workload& workload() {
  Workload& w = rules_workload();
  if (w.profiles_ready) return w;
  const std::string dir = data_dir();
  diag::Diagnostics diags;
  bool input_error = false;
  std::vector<std::string> paths = syntax::expand_paths({dir + "/profiles"}, {".yaml", ".yml"}, diags, input_error);
  if (input_error) fail_on_errors(w.sources, diags, "reading " + dir + "/profiles");
  paths.resize(std::min(paths.size(), profile_limit()));
  w.profile_paths = paths;
  std::string shard;
  for (const std::string& p : paths) {
    std::string parent = fs::path(p).parent_path().string();
    if (w.shard_paths.empty() || parent != shard) w.shard_paths.emplace_back();
    shard = parent;
    w.shard_paths.back().push_back(p);
    std::uint32_t id = 0;
    if (!syntax::read_source(p, w.sources, id, diags)) fail_on_errors(w.sources, diags, "reading " + p);
    w.profile_files.push_back(id);
    w.profile_bytes += w.sources.file(id).text.size();
  }

  // Load every profile (both cores, to keep set-up short); no file may have errors.
  w.profiles.resize(w.profile_files.size());
  std::vector<diag::Diagnostics> file_diags(w.profile_files.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < w.profile_files.size(); i = next++)
      model::load_profile(w.rules, w.sources, w.profile_files[i], w.profiles[i], file_diags[i]);
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < std::max(1u, std::thread::hardware_concurrency()); ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  for (auto& d : file_diags) diags.append(d);
  fail_on_errors(w.sources, diags, "the profiles in " + dir + "/profiles");

  eval::resolve_entry_into_force(w.program, w.profiles);
  std::fprintf(stderr, "pacta_bench: %zu profile(s) (%.1f MB, %zu shard(s)) x %zu obligation(s) from %s\n",
               w.profiles.size(), w.profile_bytes / 1e6, w.shard_paths.size(), w.rules.obligations.size(), dir.c_str());
  w.profiles_ready = true;
  return w;
}

void set_bytes_rate(benchmark::State& state, std::size_t bytes_per_iteration, std::size_t files_per_iteration) {
  double n = static_cast<double>(state.iterations());
  state.counters["MB/s"] =
      benchmark::Counter(n * static_cast<double>(bytes_per_iteration) / 1e6, benchmark::Counter::kIsRate);
  state.counters["profiles/s"] =
      benchmark::Counter(n * static_cast<double>(files_per_iteration), benchmark::Counter::kIsRate);
}

// ---- (a) compiling the rule set ----------------------------------------------------------------

// Parse + semantic check + compile: what every run pays before the first profile.
void BM_RuleSet_ParseCheckCompile(benchmark::State& state) {
  Workload& w = rules_workload();
  for (auto _ : state) {
    diag::Diagnostics diags;
    std::vector<syntax::RuleFile> files;
    for (std::uint32_t id : w.rule_files) files.push_back(syntax::parse_rule_file(w.sources, id, diags));
    sema::RuleSet rules = sema::check_rule_set(std::move(files), diags);
    eval::Program program = eval::compile(rules);
    benchmark::DoNotOptimize(program.nodes.data());
  }
  state.counters["obligations"] = static_cast<double>(w.rules.obligations.size());
}

void BM_RuleSet_Parse(benchmark::State& state) {
  Workload& w = rules_workload();
  for (auto _ : state) {
    diag::Diagnostics diags;
    for (std::uint32_t id : w.rule_files) {
      syntax::RuleFile f = syntax::parse_rule_file(w.sources, id, diags);
      benchmark::DoNotOptimize(f.exprs.data());
    }
  }
}

void BM_RuleSet_Check(benchmark::State& state) {
  Workload& w = rules_workload();
  diag::Diagnostics parse_diags;
  std::vector<syntax::RuleFile> parsed;
  for (std::uint32_t id : w.rule_files) parsed.push_back(syntax::parse_rule_file(w.sources, id, parse_diags));
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<syntax::RuleFile> files = parsed;
    state.ResumeTiming();
    diag::Diagnostics diags;
    sema::RuleSet rules = sema::check_rule_set(std::move(files), diags);
    benchmark::DoNotOptimize(rules.obligations.data());
  }
}

void BM_RuleSet_Compile(benchmark::State& state) {
  Workload& w = rules_workload();
  for (auto _ : state) {
    eval::Program program = eval::compile(w.rules);
    benchmark::DoNotOptimize(program.nodes.data());
  }
}

// General entry into force from the loaded profiles' deposits (part of opening a workspace).
void BM_RuleSet_EntryIntoForce(benchmark::State& state) {
  Workload& w = workload();
  eval::Program program = w.program;
  for (auto _ : state) {
    eval::resolve_entry_into_force(program, w.profiles);
    benchmark::DoNotOptimize(program.entry_into_force.data());
  }
}

// ---- (b) evaluation, one core --------------------------------------------------------------

// The evaluation phase as run_check does it: one Snapshot, reset per profile, then a verdict
// per obligation into a profile-major status array.
void BM_Eval_SnapshotVerdict(benchmark::State& state) {
  Workload& w = workload();
  const std::size_t n_obl = w.rules.obligations.size();
  std::vector<eval::Status> statuses(w.profiles.size() * n_obl);
  eval::Snapshot snapshot(w.program, w.as_of);
  for (auto _ : state) {
    std::size_t k = 0;
    for (const model::Profile& p : w.profiles) {
      snapshot.reset(p);
      for (std::uint32_t o = 0; o < n_obl; ++o) statuses[k++] = eval::verdict(snapshot, o);
    }
    benchmark::DoNotOptimize(statuses.data());
    benchmark::ClobberMemory();
  }
  double verdicts = static_cast<double>(statuses.size());
  state.counters["verdicts/s"] =
      benchmark::Counter(verdicts * static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
  state.counters["verdicts"] = verdicts;
}

// The same through the public entry point (selection, status allocation included).
void BM_Eval_RunCheck(benchmark::State& state) {
  Workload& w = workload();
  std::size_t n = 0;
  for (auto _ : state) {
    eval::CheckRun run = eval::run_check(w.program, w.profiles, w.as_of, {});
    n = run.statuses.size();
    benchmark::DoNotOptimize(run.statuses.data());
  }
  state.counters["verdicts/s"] =
      benchmark::Counter(static_cast<double>(n) * static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

// Snapshot::reset alone: the per-profile cost that 1,000 verdicts share.
void BM_Eval_SnapshotReset(benchmark::State& state) {
  Workload& w = workload();
  eval::Snapshot snapshot(w.program, w.as_of);
  for (auto _ : state) {
    for (const model::Profile& p : w.profiles) {
      snapshot.reset(p);
      benchmark::DoNotOptimize(snapshot.party(0));
    }
  }
  state.counters["profiles/s"] =
      benchmark::Counter(static_cast<double>(w.profiles.size() * state.iterations()), benchmark::Counter::kIsRate);
}

// One obligation kind at a time (range: index into the kinds found in the obligation ids,
// OB_<KIND>_NNNN), evaluated as run_check does (one snapshot, reset per profile) and repeated
// so that each profile gets about as many verdicts as with the whole rule set: the throughput
// a rule set made only of that kind would have.
template <typename Snap, typename Verdict>
void by_kind(benchmark::State& state, Verdict&& verdict) {
  Workload& w = workload();
  const auto kind = static_cast<std::size_t>(state.range(0));
  if (kind >= w.kinds.size()) {
    state.SkipWithError("no such obligation kind in this rule set");
    for (auto _ : state) {
    }
    return;
  }
  const std::vector<std::uint32_t>& obligations = w.by_kind[kind];
  const std::size_t repeat =
      std::max<std::size_t>(1, (w.rules.obligations.size() + obligations.size() / 2) / obligations.size());
  state.SetLabel(w.kinds[kind]);
  Snap snapshot(w.program, w.as_of);
  std::uint64_t tally[6] = {};
  for (auto _ : state) {
    for (const model::Profile& p : w.profiles) {
      snapshot.reset(p);
      for (std::size_t r = 0; r < repeat; ++r)
        for (std::uint32_t o : obligations) ++tally[static_cast<int>(verdict(snapshot, o))];
    }
    benchmark::DoNotOptimize(tally);
  }
  double verdicts = static_cast<double>(w.profiles.size() * obligations.size() * repeat);
  state.counters["verdicts/s"] =
      benchmark::Counter(verdicts * static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
  state.counters["obligations"] = static_cast<double>(obligations.size());
}

void BM_Eval_ByKind(benchmark::State& state) {
  by_kind<eval::Snapshot>(state, [](const eval::Snapshot& s, std::uint32_t o) { return eval::verdict(s, o); });
}

// ---- verdict records and rendering: what a whole `pacta check` adds to evaluation ------------

// The records of every verdict needing attention (eval::Recorder), one state after another.
void BM_Records_Attention(benchmark::State& state) {
  Workload& w = workload();
  eval::CheckRun run = eval::run_check(w.program, w.profiles, w.as_of, {});
  std::size_t records = 0;
  for (auto _ : state) {
    eval::Recorder recorder(w.program, run, eval::attention);
    for (std::size_t p = 0; p < run.profiles.size(); ++p) records += recorder.state(p).size();
  }
  double verdicts = static_cast<double>(run.statuses.size());
  state.counters["verdicts/s"] =
      benchmark::Counter(verdicts * static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
  state.counters["records"] = static_cast<double>(records) / static_cast<double>(state.iterations());
}

// check --format json into memory (streamed writer, records included): verdicts per second.
// range(0): rendering threads. 1 gives the per-core rate (CPU time is the calling thread's);
// 0 renders on every core as `pacta check` does (read its wall time).
void BM_Render_Json(benchmark::State& state) {
  Workload& w = workload();
  eval::CheckRun run = eval::run_check(w.program, w.profiles, w.as_of, {});
  std::size_t bytes = 0;
  std::ofstream out("/dev/null", std::ios::binary);  // written as to a file, not kept
  for (auto _ : state) {
    eval::Recorder recorder(w.program, run, report::records_needed("json", false));
    report::CheckReport r{run, w.program, w.sources, &recorder};
    r.threads = static_cast<unsigned>(state.range(0));
    auto before = out.tellp();
    report::render_check_json(out, r);
    bytes = static_cast<std::size_t>(out.tellp() - before);
  }
  double verdicts = static_cast<double>(run.statuses.size());
  state.counters["verdicts/s"] =
      benchmark::Counter(verdicts * static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
  state.counters["MB"] = static_cast<double>(bytes) / 1e6;
}

// ---- (c) profile loading -----------------------------------------------------------------------

// model::load_profile over the in-memory files, one thread: YAML events + schema walk.
void BM_Load_ProfileSingleThread(benchmark::State& state) {
  Workload& w = workload();
  for (auto _ : state) {
    diag::Diagnostics diags;
    model::Profile p;
    for (std::uint32_t id : w.profile_files) {
      model::load_profile(w.rules, w.sources, id, p, diags);
      benchmark::DoNotOptimize(p.instruments.data());
    }
  }
  set_bytes_rate(state, w.profile_bytes, w.profile_files.size());
}

// model::load_profiles as `pacta check` calls it: read from disk (page cache), parse on
// range(0) threads (0: all cores), merge, sort. One call per shard (state codes are unique
// within a shard only).
void BM_Load_ProfilesParallel(benchmark::State& state) {
  Workload& w = workload();
  const auto threads = static_cast<unsigned>(state.range(0));
  for (auto _ : state) {
    std::size_t loaded = 0;
    for (const auto& shard : w.shard_paths) {
      diag::SourceMap sources;
      diag::Diagnostics diags;
      model::LoadedProfiles out = model::load_profiles(w.rules, shard, sources, diags, threads);
      loaded += out.profiles.size();
      if (out.input_error) state.SkipWithError("load_profiles reported an input error");
    }
    benchmark::DoNotOptimize(loaded);
  }
  state.SetLabel(threads == 0 ? std::to_string(std::max(1u, std::thread::hardware_concurrency())) + " threads (all)"
                              : std::to_string(threads) + " thread(s)");
  set_bytes_rate(state, w.profile_bytes, w.profile_files.size());
}

// syntax::expand_paths over the profile directory, as load_profiles starts: a directory walk,
// a sort, then de-duplication (quadratic in the number of files).
void BM_Load_ExpandPaths(benchmark::State& state) {
  Workload& w = workload();
  const std::string dir = data_dir() + "/profiles";
  std::size_t n = 0;
  for (auto _ : state) {
    diag::Diagnostics diags;
    bool input_error = false;
    n = syntax::expand_paths({dir}, {".yaml", ".yml"}, diags, input_error).size();
    benchmark::DoNotOptimize(n);
  }
  state.counters["files"] = static_cast<double>(n);
  (void)w;
}

// The YAML half of load_profile alone: yaml-cpp's event parser building model::YamlDocument.
void BM_Load_YamlEventsOnly(benchmark::State& state) {
  Workload& w = workload();
  for (auto _ : state) {
    for (std::uint32_t id : w.profile_files) {
      model::YamlDocument doc;
      model::YamlError error;
      model::parse_yaml(w.sources.file(id).text, doc, error);
      benchmark::DoNotOptimize(doc.nodes.data());
    }
  }
  set_bytes_rate(state, w.profile_bytes, w.profile_files.size());
}

// ---- (d) yaml-cpp YAML::Load, for comparison ------------------------------------------------------

void BM_Load_YamlCppLoad(benchmark::State& state) {
  Workload& w = workload();
  for (auto _ : state) {
    for (std::uint32_t id : w.profile_files) {
      YAML::Node n = YAML::Load(w.sources.file(id).text);
      benchmark::DoNotOptimize(n);
    }
  }
  set_bytes_rate(state, w.profile_bytes, w.profile_files.size());
}

#if PACTA_BENCH_LIBYAML
// The same tree from libyaml's event parser (bench/libyaml_tree.cpp), a candidate replacement
// for src/model/yaml_tree.cpp. The first run checks that both trees agree on every file.
bool same_tree(const model::YamlDocument& a, const model::YamlDocument& b, std::size_t& offset_differences) {
  if (a.nodes.size() != b.nodes.size()) return false;
  for (std::size_t i = 0; i < a.nodes.size(); ++i) {
    const model::YamlNode& x = a.nodes[i];
    const model::YamlNode& y = b.nodes[i];
    if (x.type != y.type || x.quoted != y.quoted || x.value != y.value || x.children != y.children) return false;
    if (x.offset != y.offset) ++offset_differences;
  }
  return true;
}

void BM_Load_LibyamlEventsOnly(benchmark::State& state) {
  Workload& w = workload();
  static bool checked = false;
  if (!checked) {
    std::size_t differ = 0, offsets = 0, scalar_offsets = 0;
    for (std::uint32_t id : w.profile_files) {
      model::YamlDocument a, b;
      model::YamlError ea, eb;
      bool oka = model::parse_yaml(w.sources.file(id).text, a, ea);
      bool okb = bench::parse_yaml_libyaml(w.sources.file(id).text, b, eb);
      std::size_t off = 0;
      if (oka != okb || !same_tree(a, b, off)) ++differ;
      offsets += off;
      for (std::size_t i = 0; i < a.nodes.size() && i < b.nodes.size(); ++i)
        scalar_offsets += a.nodes[i].type == model::YamlNode::Type::scalar && a.nodes[i].offset != b.nodes[i].offset;
    }
    std::fprintf(stderr,
                 "pacta_bench: libyaml tree vs yaml-cpp tree: %zu of %zu file(s) differ in structure or values; "
                 "%zu node offset(s) differ (%zu of them scalars)\n",
                 differ, w.profile_files.size(), offsets, scalar_offsets);
    checked = true;
    if (differ) state.SkipWithError("libyaml prototype disagrees with model::parse_yaml");
  }
  for (auto _ : state) {
    for (std::uint32_t id : w.profile_files) {
      model::YamlDocument doc;
      model::YamlError error;
      bench::parse_yaml_libyaml(w.sources.file(id).text, doc, error);
      benchmark::DoNotOptimize(doc.nodes.data());
    }
  }
  set_bytes_rate(state, w.profile_bytes, w.profile_files.size());
}
#endif

}  // namespace

BENCHMARK(BM_RuleSet_ParseCheckCompile)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RuleSet_Parse)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RuleSet_Check)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RuleSet_Compile)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RuleSet_EntryIntoForce)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Eval_SnapshotVerdict)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Eval_RunCheck)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Eval_SnapshotReset)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Eval_ByKind)->Unit(benchmark::kMillisecond)->DenseRange(0, 6);
BENCHMARK(BM_Records_Attention)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Render_Json)->Unit(benchmark::kMillisecond)->Arg(1);
BENCHMARK(BM_Render_Json)->Unit(benchmark::kMillisecond)->UseRealTime()->Arg(0);
BENCHMARK(BM_Load_ProfileSingleThread)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Load_ProfilesParallel)->Unit(benchmark::kMillisecond)->UseRealTime()->Arg(1)->Arg(0);
BENCHMARK(BM_Load_ExpandPaths)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Load_YamlEventsOnly)->Unit(benchmark::kMillisecond);
#if PACTA_BENCH_LIBYAML
BENCHMARK(BM_Load_LibyamlEventsOnly)->Unit(benchmark::kMillisecond);
#endif
BENCHMARK(BM_Load_YamlCppLoad)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  const std::string dir = data_dir();
  std::error_code ec;
  if (!fs::is_directory(dir + "/rules", ec) || !fs::is_directory(dir + "/profiles", ec)) {
    std::fprintf(stderr,
                 "pacta_bench: no benchmark data in '%s' (expected %s/rules and %s/profiles).\n"
                 "  Generate it:  python3 bench/generate.py %s\n"
                 "  or point PACTA_BENCH_DATA at a generated directory; bench/run.sh does both.\n",
                 dir.c_str(), dir.c_str(), dir.c_str(), dir.c_str());
    return 2;
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
