// fuzz_rules: the input is one rule file. It is parsed, checked (sema and test blocks),
// compiled and evaluated as far as it is valid, and its diagnostics are rendered as text, JSON
// and SARIF. Properties checked (abort() when one fails):
//   - the JSON and SARIF renderings of the diagnostics (and of any report) parse as JSON, and
//     the JUnit reports are well-formed XML;
//   - when the file parses without errors, the formatter's promises hold: fmt(x) parses
//     without errors to the same tree with the same comments, and fmt(fmt(x)) == fmt(x).
// Nothing here touches the disk: a test block's `profile "PATH"` clauses are dropped before the
// rule set is checked (they would read files relative to the input's path).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "diag/render.hpp"
#include "eval/explain.hpp"
#include "eval/program.hpp"
#include "eval/record.hpp"
#include "eval/run.hpp"
#include "format/format.hpp"
#include "format/same_tree.hpp"
#include "fuzz_support.hpp"
#include "model/load.hpp"
#include "report/check_report.hpp"
#include "report/explain_report.hpp"
#include "report/test_report.hpp"
#include "report/why.hpp"
#include "sema/check.hpp"
#include "syntax/parse.hpp"
#include "testing/rule_tests.hpp"

namespace pacta::fuzz {
namespace {

const diag::SarifTool tool{"pacta", "fuzz", ""};
const char* const rule_path = "fuzz/input.pacta";

// Tests evaluated and reported per input, at most: enough to reach every renderer, few enough
// that a file of many tests does not make one input slow.
constexpr std::size_t max_tests_reported = 4;

// PACTA_FUZZ_VERBOSE=1: say how far each input got and show its diagnostics (for looking at
// one input by hand; never while fuzzing).
const bool verbose = [] {
  const char* v = std::getenv("PACTA_FUZZ_VERBOSE");
  return v && *v && *v != '0';
}();

void render_diagnostics(const diag::SourceMap& sources, diag::Diagnostics& diags, const char* stage) {
  diags.sort();
  std::ostringstream text, json, sarif;
  diag::render_text(text, sources, diags, {true});
  if (verbose) std::fprintf(stderr, "%s%s; reached: %s\n", text.str().c_str(), diag::summary(diags).c_str(), stage);
  diag::render_json(json, sources, diags);
  expect_json("diagnostics JSON", json.str());
  diag::render_sarif(sarif, sources, diags, tool);
  expect_json("diagnostics SARIF", sarif.str());
}

// The formatter's promises on a file that parsed without errors.
void check_formatter(const syntax::RuleFile& file, const std::string& text) {
  std::string once = format::format_rule_file(file, text);

  diag::SourceMap sources;
  diag::Diagnostics diags;
  std::uint32_t id = sources.add(rule_path, once);
  syntax::RuleFile again = syntax::parse_rule_file(sources, id, diags);
  if (diags.has_errors() || !again.parsed) {
    std::ostringstream shown;
    diag::render_text(shown, sources, diags);
    fail("fmt(x) does not parse without errors", shown.str() + "\n---- fmt(x):\n" + once);
  }
  std::string difference;
  if (!format::same_tree(file, again, &difference)) fail("fmt(x) parses to another tree: " + difference, once);
  if (!format::same_comments(file, again, &difference)) fail("fmt(x) has other comments: " + difference, once);
  std::string twice = format::format_rule_file(again, once);
  if (twice != once) fail("fmt(fmt(x)) != fmt(x)", "---- fmt(x):\n" + once + "\n---- fmt(fmt(x)):\n" + twice);
}

void render_check(const eval::Program& program, const std::vector<model::Profile>& profiles, Day as_of,
                  const diag::SourceMap& sources) {
  eval::CheckRun run = eval::run_check(program, profiles, as_of, {});
  auto render = [&](const char* name, auto&& write) {
    eval::Recorder records(program, run, report::records_needed(name, true));
    report::CheckReport r{run, program, sources};
    r.records = &records;
    r.all = true;
    std::ostringstream out;
    write(out, r);
    return out.str();
  };
  render("text", [](std::ostream& out, const report::CheckReport& r) { report::render_check_text(out, r); });
  expect_json("check JSON", render("json", [](std::ostream& out, const report::CheckReport& r) {
                report::render_check_json(out, r);
              }));
  expect_json("check SARIF", render("sarif", [](std::ostream& out, const report::CheckReport& r) {
                report::render_check_sarif(out, r, tool);
              }));
  expect_xml("check JUnit", render("junit", [](std::ostream& out, const report::CheckReport& r) {
               report::render_check_junit(out, r);
             }));
}

// A valid rule set: compiled, its tests run and reported, and every obligation explained and
// reported for a state about which nothing is known (every fact unknown).
void evaluate(const sema::RuleSet& rules, const testing::TestSuite& suite, diag::SourceMap& sources) {
  testing::RunOptions options;
  options.coverage = true;
  testing::TestRun tests = testing::run_tests(rules, suite, sources, options);
  report::TestReport tr{tests, rules, sources};
  std::ostringstream text, json, junit;
  report::render_test_text(text, tr);
  report::render_test_json(json, tr);
  expect_json("test JSON", json.str());
  report::render_test_junit(junit, tr);
  expect_xml("test JUnit", junit.str());

  eval::Program program = eval::compile(rules);
  std::size_t reported = 0;
  for (const testing::RuleTest& t : suite.tests) {
    if (t.profiles.empty() || t.as_of == no_day) continue;
    if (++reported > max_tests_reported) break;
    eval::resolve_entry_into_force(program, t.profiles);
    render_check(program, t.profiles, t.as_of, sources);
  }

  std::uint32_t id = sources.add("fuzz/XAA.yaml", "state: XAA\n");
  std::vector<model::Profile> unknown(1);
  diag::Diagnostics diags;
  if (!model::load_profile(rules, sources, id, unknown[0], diags)) {
    std::ostringstream shown;
    diag::render_text(shown, sources, diags);
    fail("the profile 'state: XAA' does not load against a valid rule set", shown.str());
  }
  eval::resolve_entry_into_force(program, unknown);
  Day as_of = to_day({2020, 6, 30});
  eval::Snapshot snapshot(program, as_of);
  snapshot.reset(unknown[0]);
  for (std::uint32_t o = 0; o < rules.obligations.size(); ++o) {
    eval::Explanation e = eval::explain(snapshot, o);
    (void)report::why(e.record, program, sources);
    std::ostringstream text, json;
    report::render_explain_text(text, e, program, sources, true);
    report::render_explain_json(json, e, program, sources);
    expect_json("explain JSON", json.str());
  }
  render_check(program, unknown, as_of, sources);
}

}  // namespace
}  // namespace pacta::fuzz

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  pacta::fuzz::quiet_logging();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace pacta;
  std::string text(reinterpret_cast<const char*>(data), size);
  diag::SourceMap sources;
  diag::Diagnostics diags;
  std::uint32_t id = sources.add(fuzz::rule_path, text);
  syntax::RuleFile file = syntax::parse_rule_file(sources, id, diags);

  const char* stage = "parse";
  if (!diags.has_errors() && file.parsed) {
    stage = "format";
    fuzz::check_formatter(file, text);
    for (syntax::TestBlock& t : file.tests) t.profiles.clear();
    std::vector<syntax::RuleFile> files;
    files.push_back(std::move(file));
    sema::RuleSet rules = sema::check_rule_set(std::move(files), diags);
    stage = "sema";
    if (!diags.has_errors()) {
      // A valid rule set is compiled and evaluated whatever its test blocks say; they are run
      // only when they are valid too.
      stage = "evaluate";
      testing::TestSuite suite = testing::check_tests(rules, sources, diags);
      if (diags.has_errors()) suite.tests.clear();
      fuzz::evaluate(rules, suite, sources);
    }
  }
  fuzz::render_diagnostics(sources, diags, stage);
  return 0;
}
