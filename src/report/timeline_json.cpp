// timeline --format json ("pacta.timeline/1", docs/FORMATS.md).
#include <nlohmann/json.hpp>

#include "report/advice_report.hpp"
#include "report/why.hpp"

namespace pacta::report {

void render_timeline_json(std::ostream& out, const advice::Timeline& t, const std::string& name,
                          const eval::Program& program) {
  using json = nlohmann::ordered_json;
  const auto& obligations = program.rules->obligations;
  json initial = json::object();
  for (std::size_t k = 0; k < t.obligations.size() && k < t.initial.size(); ++k)
    initial[obligations[t.obligations[k]].id] = eval::status_name(t.initial[k]);
  json changes = json::array();
  for (const advice::Change& c : t.changes) {
    json causes = json::array();
    for (const advice::Cause& cause : c.causes) {
      json j = {{"kind", advice::cause_name(cause.kind)},
                {"target", target_name(program, cause.predicate, cause.target)}};
      if (cause.period) j["period"] = cause.period;
      if (!cause.article.empty()) j["article"] = cause.article;
      j["text"] = cause_text(program, cause);
      causes.push_back(std::move(j));
    }
    changes.push_back({{"date", format_day(c.day)},
                       {"obligation", obligations[c.obligation].id},
                       {"before", eval::status_name(c.before)},
                       {"after", eval::status_name(c.after)},
                       {"causes", std::move(causes)}});
  }
  json doc = {{"schema", "pacta.timeline/1"}, {"state", t.state},       {"name", name},
              {"from", format_day(t.from)},   {"to", format_day(t.to)}, {"initial", std::move(initial)},
              {"changes", std::move(changes)}};
  out << doc.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace pacta::report
