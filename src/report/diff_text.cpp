#include <algorithm>
#include <string>

#include "report/check_report.hpp"
#include "report/diff_report.hpp"

namespace pacta::report {
namespace {

std::string plural(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + ' ' + (n == 1 ? one : many);
}

std::string status_text(const std::optional<impact::Verdict>& v, const char* absent) {
  if (!v) return absent;
  std::string name = eval::status_name(v->status);
  std::replace(name.begin(), name.end(), '_', ' ');
  return name;
}

std::string pad(std::string s, std::size_t width) {
  if (s.size() < width) s.append(width - s.size(), ' ');
  return s;
}

using diag::printable;  // reasons quote profile text: control characters must not reach the terminal

std::string join(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

}  // namespace

void render_diff_text(std::ostream& out, const impact::Diff& d, bool colour) {
  const char* bold = colour ? "\x1b[1m" : "";
  const char* reset = colour ? "\x1b[0m" : "";
  out << "pacta diff: as of " << format_day(d.as_of) << ", " << plural(d.states.size(), "state", "states") << ", "
      << plural(d.common_obligations, "obligation", "obligations") << " in both rule sets, "
      << d.added_obligations.size() << " added, " << d.removed_obligations.size() << " removed\n";
  if (!d.added_obligations.empty()) out << "  added: " << join(d.added_obligations) << '\n';
  if (!d.removed_obligations.empty()) out << "  removed: " << join(d.removed_obligations) << '\n';
  if (!d.unmatched_states.empty())
    out << "  not compared (a profile loaded under one rule set only): " << join(d.unmatched_states) << '\n';

  std::size_t id_width = 0, change_width = 0;
  auto change_text = [](const impact::Flip& f) {
    return status_text(f.before, "(new)") + " -> " + status_text(f.after, "(gone)");
  };
  for (const impact::Flip& f : d.flips) {
    id_width = std::max(id_width, f.obligation.size());
    change_width = std::max(change_width, change_text(f).size());
  }
  const std::string* state = nullptr;
  for (const impact::Flip& f : d.flips) {
    if (!state || *state != f.state) {
      state = &f.state;
      out << '\n' << bold << f.state << reset << '\n';
    }
    out << "  " << bold << pad(f.obligation, id_width) << reset << "  " << pad(change_text(f), change_width) << "  "
        << pad(level_name(f.severity), 7);
    if (!f.title.empty()) out << "  " << printable(f.title);
    out << '\n';
    const std::optional<impact::Verdict>& shown = f.after ? f.after : f.before;
    std::string reason = shown ? diff_why(d, *shown, f.after.has_value()) : std::string{};
    if (!reason.empty()) out << "  " << pad("", id_width) << "  why: " << printable(reason) << '\n';
  }
  const impact::Totals& t = d.totals;
  if (d.flips.empty()) {
    out << "\nNo verdict flips (" << plural(t.compared, "verdict", "verdicts") << " compared).\n";
    return;
  }
  out << "\nTotals: " << plural(d.flips.size(), "verdict flips", "verdicts flip") << " (" << t.changed << " changed, "
      << t.added << " new, " << t.removed << " gone; " << t.compared
      << " compared); newly violated: " << t.newly_violated << ", no longer violated: " << t.no_longer_violated << '\n';
}

}  // namespace pacta::report
