#include "model/staleness.hpp"

namespace pacta::model {

Staleness staleness_of(const Profile& p) {
  Staleness s;
  for (const InstrumentFacts& f : p.instruments) {
    if (!f.listed || f.known_until == no_day) continue;
    if (s.earliest == no_day || f.known_until < s.earliest) s.earliest = f.known_until;
    if (s.latest == no_day || f.known_until > s.latest) s.latest = f.known_until;
  }
  return s;
}

std::string staleness_text(const Staleness& s) {
  if (s.earliest == no_day) return {};
  if (s.earliest == s.latest) return "facts known until " + format_day(s.latest);
  return "facts known until " + format_day(s.earliest) + " to " + format_day(s.latest);
}

}  // namespace pacta::model
