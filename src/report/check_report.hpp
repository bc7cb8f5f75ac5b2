// Rendering a check's verdicts: text for people (per state, violations first, with title,
// source and the reason), JSON for machines (schema "pacta.check/1"), SARIF 2.1.0 for code
// scanning and JUnit XML for CI test reports (docs/FORMATS.md).
// Same inputs, same bytes: no timestamps, no unordered containers.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "diag/render.hpp"
#include "diag/source_map.hpp"
#include "eval/record.hpp"
#include "eval/run.hpp"

namespace pacta::report {

// What a renderer formats: the run's statuses, and the verdict records of the verdicts it
// prints (records_needed), computed once per state by the Recorder. Renderers never evaluate.
struct CheckReport {
  const eval::CheckRun& run;
  const eval::Program& program;
  const diag::SourceMap& sources;
  eval::Recorder* records = nullptr;
  bool colour = false;
  bool all = false;  // text: list satisfied and not-applicable verdicts too
  // What went wrong with the inputs (rule files, profiles, options): every format carries
  // these, so that no machine-readable report looks clean while inputs were dropped.
  const diag::Diagnostics* inputs = nullptr;
  const std::vector<std::string>* not_checked = nullptr;  // profile files not checked
  bool rules_checked = true;                              // false: the rule set has errors, nothing was evaluated
};

// The statuses whose records a format prints ("text", "json", "sarif", "junit").
eval::StatusMask records_needed(const std::string& format, bool all);
// The report's recorder, or, when the caller gave none, one made in `own` for that format.
eval::Recorder& records_of(const CheckReport& r, const std::string& format, std::optional<eval::Recorder>& own);

void render_check_text(std::ostream& out, const CheckReport& r);
void render_check_json(std::ostream& out, const CheckReport& r);
// One result per violated, unknown or pending verdict, at the state's profile.
void render_check_sarif(std::ostream& out, const CheckReport& r, const diag::SarifTool& tool);
// One testsuite per state, one testcase per obligation.
void render_check_junit(std::ostream& out, const CheckReport& r);

// Counts per status, and violated per severity.
struct Totals {
  std::size_t by_status[6] = {0, 0, 0, 0, 0, 0};
  std::size_t violated_by_level[3] = {0, 0, 0};
};
Totals totals_of(const CheckReport& r, std::size_t profile);  // profile == npos: all
using syntax::level_name;

}  // namespace pacta::report
