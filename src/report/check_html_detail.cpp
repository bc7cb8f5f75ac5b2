// Each state's detail in the HTML report: its violated, pending and unknown verdicts (as
// --status leaves them), each with the obligation's title and legal source, the one-line why
// and the facts it rests on, pointing into the profile (path:line).
#include "model/staleness.hpp"
#include "report/check_html.hpp"
#include "report/html_escape.hpp"

namespace pacta::report::html {

void state_detail(std::string& out, const CheckReport& r, eval::Recorder& records, Wording& wording, std::size_t p,
                  eval::StatusMask shown) {
  const model::Profile& profile = *r.run.profiles[p];
  const auto& rules = *r.program.rules;
  std::string state = html_escape(profile.state);
  out += "<details class=\"state\" id=\"s-";
  out += state;
  out += "\" data-state=\"";
  out += state;
  out += "\"><summary><b>";
  out += state;
  out += "</b> ";
  out += html_escape(profile.name);
  std::string stale = model::staleness_text(model::staleness_of(profile));
  if (!stale.empty()) out += " <span class=\"stale\">(" + stale + ")</span>";
  Totals t = totals_of(r, p);
  for (eval::Status s : {eval::Status::violated, eval::Status::pending, eval::Status::unknown}) {
    std::size_t n = t.by_status[static_cast<int>(s)];
    if (n == 0) continue;
    out += " <span class=\"badge ";
    out += css_class(s);
    out += "\">";
    out += mark(s);
    out += ' ';
    out += std::to_string(n);
    out += ' ';
    out += eval::status_name(s);
    out += "</span>";
  }
  out += "</summary>\n<p class=\"profile\">profile: <code>";
  if (profile.file < r.sources.size()) out += html_escape(r.sources.file(profile.file).path);
  out += "</code></p>\n";
  out +=
      "<table class=\"verdicts\"><thead><tr><th>status</th><th>obligation</th><th>severity</th><th>source</th>"
      "<th>why</th><th>facts</th></tr></thead><tbody>\n";
  for (eval::Status want : {eval::Status::violated, eval::Status::pending, eval::Status::unknown}) {
    if (!shows(shown, want)) continue;
    for (std::size_t o = 0; o < r.run.obligations.size(); ++o) {
      if (r.run.status(p, o) != want) continue;
      const sema::Obligation& ob = rules.obligations[r.run.obligations[o]];
      out += "<tr data-obligation=\"";
      out += html_escape(ob.id);
      out += "\" data-status=\"";
      out += eval::status_name(want);
      out += "\"><td class=\"";
      out += css_class(want);
      out += "\">";
      out += mark(want);
      out += ' ';
      out += eval::status_name(want);
      out += "</td><td><b>";
      out += html_escape(ob.id);
      out += "</b><br>";
      out += html_escape(ob.title);
      out += "</td><td>";
      out += level_name(ob.severity);
      out += "</td><td>";
      out += html_escape(ob.source);
      out += "</td><td>";
      const eval::VerdictRecord* rec = records.find(p, o);
      if (rec) {
        std::string why;
        wording.why(*rec, why);
        if (rec->date != no_day) why += " (date: " + format_day(rec->date) + ")";
        out += html_escape(why);
      }
      out += "</td><td><ul>";
      if (rec)
        for (const eval::Finding& f : rec->findings) {
          out += "<li>";
          out += html_escape(describe(f, r.program));
          if (f.where.file != diag::no_file && f.where.file < r.sources.size()) {
            out += " <code>";
            out += html_escape(r.sources.file(f.where.file).path);
            out += ':';
            out += std::to_string(r.sources.line_column(f.where.file, f.where.span.begin).line);
            out += "</code>";
          }
          out += "</li>";
        }
      if (rec && rec->omitted) out += "<li>and " + std::to_string(rec->omitted) + " more</li>";
      out += "</ul></td></tr>\n";
    }
  }
  out += "</tbody></table>\n";  // the caller closes the <details>, after the timeline
}

}  // namespace pacta::report::html
