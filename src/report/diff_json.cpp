#include <nlohmann/json.hpp>

#include "report/check_report.hpp"
#include "report/diff_report.hpp"
#include "report/why.hpp"

namespace pacta::report {
namespace {

nlohmann::json verdict_json(const impact::Diff& d, const std::optional<impact::Verdict>& v, bool after) {
  if (!v) return nullptr;
  return {{"status", eval::status_name(v->status)}, {"reason", diff_why(d, *v, after)}};
}

}  // namespace

std::string diff_why(const impact::Diff& d, const impact::Verdict& v, bool after) {
  const eval::Program* program = after ? d.head_program : d.base_program;
  const diag::SourceMap* sources = after ? d.head_sources : d.base_sources;
  return program && sources ? why(v.record, *program, *sources) : std::string{};
}

void render_diff_json(std::ostream& out, const impact::Diff& d) {
  using nlohmann::json;
  json flips = json::array();
  for (const impact::Flip& f : d.flips)
    flips.push_back({{"state", f.state},
                     {"obligation", f.obligation},
                     {"change", impact::change_name(f.change)},
                     {"title", f.title},
                     {"source", f.source},
                     {"severity", level_name(f.severity)},
                     {"before", verdict_json(d, f.before, false)},
                     {"after", verdict_json(d, f.after, true)}});
  const impact::Totals& t = d.totals;
  json doc = {{"schema", "pacta.diff/1"},
              {"as_of", format_day(d.as_of)},
              {"states", d.states},
              {"unmatched_states", d.unmatched_states},
              {"obligations",
               {{"common", d.common_obligations}, {"added", d.added_obligations}, {"removed", d.removed_obligations}}},
              {"flips", std::move(flips)},
              {"totals",
               {{"flips", d.flips.size()},
                {"compared", t.compared},
                {"changed", t.changed},
                {"added", t.added},
                {"removed", t.removed},
                {"newly_violated", t.newly_violated},
                {"no_longer_violated", t.no_longer_violated}}}};
  out << doc.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace pacta::report
