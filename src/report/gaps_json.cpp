// gaps --format json ("pacta.gaps/1", docs/FORMATS.md).
#include <nlohmann/json.hpp>

#include "report/advice_report.hpp"
#include "report/why.hpp"

namespace pacta::report {

void render_gaps_json(std::ostream& out, const advice::Gaps& g, const eval::Program& program, std::size_t shown) {
  using json = nlohmann::ordered_json;
  json facts = json::array();
  for (const advice::MissingFact& m : g.facts) {
    json states = json::array(), obligations = json::array();
    for (std::size_t i = 0; i < m.states.size() && i < shown; ++i) states.push_back(m.states[i]);
    for (std::uint32_t o : m.obligations) obligations.push_back(program.rules->obligations[o].id);
    facts.push_back({{"fact", missing_fact_text(program, m)},
                     {"target", target_name(program, m.predicate, m.target)},
                     {"what", advice::what_name(m)},
                     {"verdicts", m.verdicts},
                     {"state_count", m.states.size()},
                     {"states", std::move(states)},
                     {"obligations", std::move(obligations)}});
  }
  json doc = {{"schema", "pacta.gaps/1"},
              {"as_of", format_day(g.as_of)},
              {"states", g.states},
              {"unknown_verdicts", g.unknown_verdicts},
              {"facts", std::move(facts)}};
  out << doc.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace pacta::report
