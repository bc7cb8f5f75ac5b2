// Rendering a check's verdicts: text for people (per state, violations first, with title,
// source and the reason), JSON for machines (schema "pacta.check/1", docs/JSON.md).
// Same inputs, same bytes: no timestamps, no unordered containers.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "diag/source_map.hpp"
#include "eval/run.hpp"

namespace pacta::report {

struct CheckReport {
  const eval::CheckRun& run;
  const eval::Program& program;
  const diag::SourceMap& sources;
  bool colour = false;
  bool all = false;  // text: list satisfied and not-applicable verdicts too
};

void render_check_text(std::ostream& out, const CheckReport& r);
void render_check_json(std::ostream& out, const CheckReport& r);

// Counts per status, and violated per severity.
struct Totals {
  std::size_t by_status[6] = {0, 0, 0, 0, 0, 0};
  std::size_t violated_by_level[3] = {0, 0, 0};
};
Totals totals_of(const CheckReport& r, std::size_t profile);  // profile == npos: all
const char* level_name(syntax::Level l);

}  // namespace pacta::report
