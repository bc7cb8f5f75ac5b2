#include <nlohmann/json.hpp>

#include "report/check_report.hpp"
#include "report/diff_report.hpp"

namespace pacta::report {
namespace {

nlohmann::json verdict_json(const std::optional<impact::Verdict>& v) {
  if (!v) return nullptr;
  return {{"status", eval::status_name(v->status)}, {"reason", v->reason}};
}

}  // namespace

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
                     {"before", verdict_json(f.before)},
                     {"after", verdict_json(f.after)}});
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
