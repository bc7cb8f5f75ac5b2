// timeline as text: one line per change, by day: the obligation, old and new status, and the
// events of that day that the obligation reads.
#include "report/advice_report.hpp"
#include "report/why.hpp"

namespace pacta::report {

using Kind = advice::Cause::Kind;

std::string cause_text(const eval::Program& program, const advice::Cause& c) {
  const std::string& name = target_name(program, c.predicate, c.target);
  std::string period = c.period ? " for " + std::to_string(c.period) : std::string();
  switch (c.kind) {
    case Kind::signed_:
      return name + " signed";
    case Kind::deposited:
      return name + ": consent deposited";
    case Kind::in_force:
      return name + " in force";
    case Kind::threshold_reached:
      return name + ": the deposit that fixes its entry into force made";
    case Kind::in_force_for_state:
      return name + " in force for the state";
    case Kind::denounced:
      return name + " denounced";
    case Kind::reservation_made:
      return name + ": reservation to '" + c.article + "' made";
    case Kind::reservation_withdrawn:
      return name + ": reservation to '" + c.article + "' withdrawn";
    case Kind::joined:
      return name + " joined";
    case Kind::left:
      return name + " left";
    case Kind::submitted:
      return name + period + " submitted";
    case Kind::report_due:
      return name + period + " due";
    case Kind::report_overdue:
      return name + period + " overdue";
    case Kind::deadline_passed:
      return "deadline for " + name + " passed";
    case Kind::happened:
      return name + " happened";
    case Kind::known_until_ended:
      return name + ": facts known only until the day before";
    case Kind::date_reached:
      return "a date in the rules reached (" + name + ")";
  }
  return name;
}

void render_timeline_text(std::ostream& out, const advice::Timeline& t, const std::string& name,
                          const eval::Program& program) {
  const auto& obligations = program.rules->obligations;
  out << t.state << (name.empty() ? "" : " (" + name + ")") << ", " << format_day(t.from) << " to " << format_day(t.to)
      << ": " << t.changes.size() << " change" << (t.changes.size() == 1 ? "" : "s") << '\n';
  std::size_t width = 0;
  for (const advice::Change& c : t.changes) width = std::max(width, obligations[c.obligation].id.size());
  for (const advice::Change& c : t.changes) {
    const std::string& id = obligations[c.obligation].id;
    out << "  " << format_day(c.day) << "  " << id << std::string(width - id.size(), ' ') << "  "
        << eval::status_name(c.before) << " -> " << eval::status_name(c.after);
    for (std::size_t i = 0; i < c.causes.size(); ++i) out << (i ? "; " : ": ") << cause_text(program, c.causes[i]);
    out << '\n';
  }
}

}  // namespace pacta::report
