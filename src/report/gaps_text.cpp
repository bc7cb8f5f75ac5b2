// gaps as text: the missing facts, most unknown verdicts first, each with its states (capped)
// and the obligations it is missing for.
#include "report/advice_report.hpp"
#include "report/check_report.hpp"
#include "report/why.hpp"

namespace pacta::report {

std::string missing_fact_text(const eval::Program& program, const advice::MissingFact& m) {
  return target_name(program, m.predicate, m.target) + " " + advice::what_text(m);
}

void render_gaps_text(std::ostream& out, const advice::Gaps& g, const eval::Program& program, std::size_t shown) {
  out << "Missing facts as of " << format_day(g.as_of) << ": " << g.unknown_verdicts << " unknown verdict"
      << (g.unknown_verdicts == 1 ? "" : "s") << " over " << parties_text(g.states, g.organisations);
  if (g.facts.empty()) {
    out << "; no fact is missing\n";
    return;
  }
  out << "; " << g.facts.size() << " missing fact" << (g.facts.size() == 1 ? "" : "s")
      << ", by the number of unknown verdicts naming each\n\n";
  std::size_t rank = 0;
  for (const advice::MissingFact& m : g.facts) {
    out << "  " << ++rank << ". " << missing_fact_text(program, m) << ": " << m.verdicts << " verdict"
        << (m.verdicts == 1 ? "" : "s") << ", " << m.states.size() << " state" << (m.states.size() == 1 ? "" : "s")
        << " (";
    for (std::size_t i = 0; i < m.states.size() && i < shown; ++i) out << (i ? ", " : "") << m.states[i];
    if (m.states.size() > shown) out << " and " << m.states.size() - shown << " more";
    out << ")\n     for ";
    for (std::size_t i = 0; i < m.obligations.size(); ++i)
      out << (i ? ", " : "") << program.rules->obligations[m.obligations[i]].id;
    out << '\n';
  }
}

}  // namespace pacta::report
