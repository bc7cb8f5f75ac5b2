// Rendering a check's verdicts: text for people (per state, violations first, with title,
// source and the reason), JSON for machines (schema "pacta.check/1"), SARIF 2.1.0 for code
// scanning, JUnit XML for CI test reports and one self-contained HTML page (docs/FORMATS.md).
// Same inputs, same bytes: no timestamps, no unordered containers.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "advice/timeline.hpp"
#include "diag/render.hpp"
#include "diag/source_map.hpp"
#include "eval/record.hpp"
#include "eval/run.hpp"
#include "report/why.hpp"

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
  // --status: the statuses whose verdicts are printed (0: no --status, each format's default).
  // Totals always count every verdict; only the verdicts listed are filtered.
  eval::StatusMask status_filter = 0;
  // Threads that render states (JSON): 0, every core. The bytes do not depend on it.
  unsigned threads = 0;
};

// What the HTML page shows besides the run: who made it (reproducibility), and each state's
// timeline when the caller computed them (advice/timeline.hpp; the renderer never does).
struct HtmlContext {
  std::string version;                                       // Pacta's
  const std::vector<advice::Timeline>* timelines = nullptr;  // per run profile, or none
};

// True when the HTML page of a run this size summarises (no matrix, no timelines).
bool html_summarises(std::size_t states, std::size_t obligations);

// The statuses whose verdicts a format prints ("text", "json", "sarif", "junit", "html"): the
// one place --status, --all and each format's default meet.
eval::StatusMask shown_statuses(const std::string& format, bool all, eval::StatusMask filter);
inline bool shows(eval::StatusMask mask, eval::Status s) { return (mask >> static_cast<int>(s)) & 1u; }
// "violated,pending" -> its mask; false (and `bad` the word) for a word that is no status.
bool parse_statuses(const std::vector<std::string>& words, eval::StatusMask& mask, std::string& bad);

// The statuses whose records a format prints ("text", "json", "sarif", "junit", "html").
eval::StatusMask records_needed(const std::string& format, bool all, eval::StatusMask filter = 0);
// The report's recorder, or, when the caller gave none, one made in `own` for that format.
eval::Recorder& records_of(const CheckReport& r, const std::string& format, std::optional<eval::Recorder>& own);

// A rendering thread's records and their wording (both keep per-state buffers): the caller's
// recorder when the thread renders alone, else one of its own recording the same statuses.
struct WorkerRecords {
  WorkerRecords(const CheckReport& r, eval::Recorder& caller, bool alone)
      : records(alone ? caller : own.emplace(r.program, r.run, caller.wanted())), wording(r.program, r.sources) {}
  std::optional<eval::Recorder> own;  // before `records`, which may refer to it
  eval::Recorder& records;
  Wording wording;
};

void render_check_text(std::ostream& out, const CheckReport& r);
void render_check_json(std::ostream& out, const CheckReport& r);
// One result per violated, unknown or pending verdict, at the state's profile.
void render_check_sarif(std::ostream& out, const CheckReport& r, const diag::SarifTool& tool);
// One testsuite per state, one testcase per obligation.
void render_check_junit(std::ostream& out, const CheckReport& r);
// One HTML file, CSS and script inline: a states x obligations matrix with filters, summaries
// and each state's failing and unknown verdicts (check_html.cpp).
void render_check_html(std::ostream& out, const CheckReport& r, const HtmlContext& context);

// Counts per status, and violated per severity.
struct Totals {
  std::size_t by_status[6] = {0, 0, 0, 0, 0, 0};
  std::size_t violated_by_level[3] = {0, 0, 0};
};
Totals totals_of(const CheckReport& r, std::size_t profile);  // profile == npos: all
// "197 states and 1 organisation", "3 states", "1 organisation": the profiles checked, an
// organisation (the EU) counted apart, since it is not a state.
std::string parties_text(const eval::CheckRun& run);
std::string parties_text(std::size_t profiles, std::size_t organisations);
using syntax::level_name;

}  // namespace pacta::report
