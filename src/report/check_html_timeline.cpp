// A state's timeline in the HTML report: the days its verdicts changed, as `pacta timeline`
// computed them (advice/timeline.hpp) and words them (report/advice_report.hpp's cause_text).
#include "report/advice_report.hpp"
#include "report/check_html.hpp"
#include "report/html_escape.hpp"

namespace pacta::report::html {

void state_timeline(std::string& out, const CheckReport& r, const advice::Timeline& t) {
  const auto& rules = *r.program.rules;
  std::size_t n = t.changes.size();
  out += "<details class=\"timeline\"><summary>Timeline: " + std::to_string(n) + " change" + (n == 1 ? "" : "s") +
         " from " + format_day(t.from) + " to " + format_day(t.to) + "</summary>\n";
  if (n == 0) {
    out += "<p>No verdict changed in this window.</p></details>\n";
    return;
  }
  std::size_t first = n > max_timeline_changes ? n - max_timeline_changes : 0;
  if (first)
    out += "<p class=\"note\">The latest " + std::to_string(max_timeline_changes) + " changes; all " +
           std::to_string(n) + ": <code>pacta timeline --state " + html_escape(t.state) + "</code>.</p>\n";
  out += "<ol class=\"changes\">\n";
  for (std::size_t k = first; k < n; ++k) {
    const advice::Change& c = t.changes[k];
    out += "<li><time>" + format_day(c.day) + "</time> <b>" + html_escape(rules.obligations[c.obligation].id) +
           "</b>: <span class=\"" + css_class(c.before) + "\">" + mark(c.before) + ' ' + eval::status_name(c.before) +
           "</span> \u2192 <span class=\"" + css_class(c.after) + "\">" + mark(c.after) + ' ' +
           eval::status_name(c.after) + "</span>";
    for (std::size_t i = 0; i < c.causes.size(); ++i)
      out += (i ? "; " : " \u2014 ") + html_escape(cause_text(r.program, c.causes[i]));
    out += "</li>\n";
  }
  out += "</ol></details>\n";
}

}  // namespace pacta::report::html
