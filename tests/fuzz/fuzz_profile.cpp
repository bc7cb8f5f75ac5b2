// fuzz_profile: the input is one member-state profile (YAML), loaded against the shipped rule
// set. The rules are read, checked and compiled once, in LLVMFuzzerInitialize; each input is
// then only loaded, evaluated as of two fixed dates and reported in every check format (text,
// JSON, SARIF, JUnit), its diagnostics in text, JSON and SARIF.
// Properties checked (abort() when one fails):
//   - the JSON and SARIF renderings (of the profile's diagnostics and of the check) parse as
//     JSON, and the JUnit report is well-formed XML;
//   - the HTML page holds no markup from the profile (no `<script` or `<img` beyond the page's own).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "diag/render.hpp"
#include "eval/program.hpp"
#include "eval/record.hpp"
#include "eval/run.hpp"
#include "fuzz_support.hpp"
#include "model/load.hpp"
#include "report/check_report.hpp"
#include "sema/check.hpp"
#include "syntax/load.hpp"

#ifndef PACTA_SOURCE_DIR
#define PACTA_SOURCE_DIR "."
#endif

namespace pacta::fuzz {
namespace {

const diag::SarifTool tool{"pacta", "fuzz", ""};

// The shipped rule set, checked and compiled once. `program.entry_into_force` is the only
// part that depends on the profiles: each input resolves it again for itself.
struct Shipped {
  diag::SourceMap sources;  // the rule files; each input works on a copy with its profile added
  sema::RuleSet rules;
  eval::Program program;
};
Shipped* shipped = nullptr;

// Before most deposits (computed entries into force not reached) and after all of them.
const Day dates[] = {to_day({2003, 9, 29}), to_day({2026, 1, 1})};

void load_shipped() {
  auto s = std::make_unique<Shipped>();
  diag::Diagnostics diags;
  const char* dir = std::getenv("PACTA_FUZZ_RULES");
  std::string rules_dir = dir && *dir ? dir : PACTA_SOURCE_DIR "/rules";
  syntax::LoadedRuleFiles loaded = syntax::load_rule_files({rules_dir}, s->sources, diags);
  // Test blocks are not needed: the rule files are only used for their declarations.
  if (!loaded.input_error && !diags.has_errors()) s->rules = sema::check_rule_set(std::move(loaded.files), diags);
  if (loaded.input_error || diags.has_errors() || s->rules.obligations.empty()) {
    diags.sort();
    std::ostringstream shown;
    diag::render_text(shown, s->sources, diags);
    std::fprintf(stderr, "fuzz_profile: the rules in '%s' are not a valid rule set:\n%s", rules_dir.c_str(),
                 shown.str().c_str());
    std::exit(2);
  }
  s->program = eval::compile(s->rules);
  shipped = s.release();
}

// Rendered are the first 200 (sorted): a 13 KB input can hold 4,000 errors (a flow sequence
// of empty entries), and rendering them all under the sanitizers takes a second, which slowed
// the whole run to a crawl without reaching any other code. 200 still exceeds the text
// renderer's per-file cap of 100.
constexpr std::size_t max_rendered = 200;

void render_diagnostics(const diag::SourceMap& sources, diag::Diagnostics& all) {
  if (all.empty()) return;
  all.sort();
  diag::Diagnostics first;
  for (std::size_t k = 0; k < all.items().size() && k < max_rendered; ++k) first.add(all.items()[k]);
  diag::Diagnostics& diags = all.items().size() > max_rendered ? first : all;
  std::ostringstream text, json, sarif;
  diag::render_text(text, sources, diags, {true});
  diag::render_json(json, sources, diags);
  expect_json("diagnostics JSON", json.str());
  diag::render_sarif(sarif, sources, diags, tool);
  expect_json("diagnostics SARIF", sarif.str());
}

// Every check format, each from one of the two runs: which one alternates with the input's
// length, so that over a run every format renders verdicts of both dates, while each input
// pays for five renderings, not ten (rendering is most of an input's cost). Each format gets
// the verdict records it asks for, as `pacta check` gives them.
void render_check(const eval::CheckRun (&runs)[2], const diag::SourceMap& sources, std::size_t size) {
  auto render = [&](int format, const char* name, auto&& write) {
    const eval::CheckRun& run = runs[(size + static_cast<std::size_t>(format)) % 2];
    bool all = true;
    eval::Recorder records(shipped->program, run, report::records_needed(name, all));
    report::CheckReport r{run, shipped->program, sources};
    r.records = &records;
    r.colour = size % 4 < 2;
    r.all = all;
    std::ostringstream out;
    write(out, r);
    return out.str();
  };
  render(0, "text", [](std::ostream& out, const report::CheckReport& r) { report::render_check_text(out, r); });
  expect_json("check JSON", render(1, "json", [](std::ostream& out, const report::CheckReport& r) {
                report::render_check_json(out, r);
              }));
  expect_json("check SARIF", render(2, "sarif", [](std::ostream& out, const report::CheckReport& r) {
                report::render_check_sarif(out, r, tool);
              }));
  expect_xml("check JUnit", render(3, "junit", [](std::ostream& out, const report::CheckReport& r) {
               report::render_check_junit(out, r);
             }));
  // HTML: every byte of the profile escaped; the page has no tag a profile could have opened.
  std::string page = render(4, "html", [](std::ostream& out, const report::CheckReport& r) {
    report::render_check_html(out, r, report::HtmlContext{"fuzz", nullptr});
  });
  expect_no_injection("check HTML", page);
}

}  // namespace
}  // namespace pacta::fuzz

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  pacta::fuzz::quiet_logging();
  pacta::fuzz::load_shipped();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace pacta;
  fuzz::Shipped& s = *fuzz::shipped;
  diag::SourceMap sources = s.sources;
  std::uint32_t id = sources.add("fuzz/profile.yaml", std::string(reinterpret_cast<const char*>(data), size));
  diag::Diagnostics diags;
  std::vector<model::Profile> profiles(1);
  bool ok = model::load_profile(s.rules, sources, id, profiles[0], diags);
  fuzz::render_diagnostics(sources, diags);
  if (!ok) return 0;

  eval::resolve_entry_into_force(s.program, profiles);
  const eval::CheckRun runs[2] = {eval::run_check(s.program, profiles, fuzz::dates[0], {}),
                                  eval::run_check(s.program, profiles, fuzz::dates[1], {})};
  fuzz::render_check(runs, sources, size);
  return 0;
}
