// check --format html: one self-contained page (docs/FORMATS.md): the header names the as-of
// date, Pacta's version and every input file with its hash; a states x obligations matrix
// whose cells carry data-state, data-obligation and data-status, with client-side filters
// and sorting; per-obligation and per-state totals; each state's failing and unknown verdicts.
// Formats the run and its records only; every string from an input is escaped. Same inputs,
// same bytes. Above max_matrix_states/cells it summarises instead (check_html.hpp).
#include "report/check_html.hpp"

#include <algorithm>
#include <optional>

#include "model/content_hash.hpp"
#include "model/staleness.hpp"
#include "report/html_escape.hpp"
#include "report/json_text.hpp"

namespace pacta::report {
namespace html {

const char* mark(eval::Status s) {
  static const char* const marks[] = {"\u2717", "?", "\u2026", "\u2713", "E", "\u2013"};
  return marks[static_cast<int>(s)];
}

const char* css_class(eval::Status s) {
  static const char* const classes[] = {"v", "u", "p", "s", "e", "n"};
  return classes[static_cast<int>(s)];
}

}  // namespace html

namespace {

using html::css_class;
using html::mark;

// The order statuses are listed in (legend, filters, totals): what needs attention first.
constexpr eval::Status order[] = {eval::Status::violated,  eval::Status::pending, eval::Status::unknown,
                                  eval::Status::satisfied, eval::Status::exempt,  eval::Status::not_applicable};

std::string status_words(eval::Status s) {
  std::string name = eval::status_name(s);
  for (char& c : name)
    if (c == '_') c = ' ';
  return name;
}

void flush(std::string& out, std::ostream& stream) {
  stream.write(out.data(), static_cast<std::streamsize>(out.size()));
  out.clear();
}

void header(std::string& out, const CheckReport& r, const HtmlContext& context, bool summarised) {
  std::string as_of = r.run.as_of == no_day ? "?" : format_day(r.run.as_of);
  out += "<header>\n<h1>Pacta check <small>as of " + as_of + "</small></h1>\n<p class=\"counts\">";
  Totals all = totals_of(r, std::string::npos);
  out += parties_text(r.run) + " \u00d7 " + std::to_string(r.run.obligations.size()) +
         " obligations = " + std::to_string(r.run.profiles.size() * r.run.obligations.size()) + " verdicts:";
  for (eval::Status s : order) {
    out += " <span class=\"badge ";
    out += css_class(s);
    out += "\">";
    out += mark(s);
    out += ' ' + std::to_string(all.by_status[static_cast<int>(s)]) + ' ' + status_words(s) + "</span>";
  }
  out += "</p>\n";
  if (!r.rules_checked) out += "<p class=\"warn\">Nothing checked: the rules have errors (see Inputs).</p>\n";
  if (r.status_filter) {
    out += "<p class=\"note\" id=\"status-filter\">Only verdicts that are";
    const char* sep = " ";
    for (eval::Status s : order)
      if (shows(r.status_filter, s)) {
        out += sep;
        out += eval::status_name(s);
        sep = ", ";
      }
    out += " are listed (<code>--status</code>); totals count every verdict.</p>\n";
  }
  if (summarised)
    out += "<p class=\"note\" id=\"summarised\">Too large for a matrix (more than " +
           std::to_string(html::max_matrix_states) + " states or " + std::to_string(html::max_matrix_cells) +
           " verdicts): this page has the totals per obligation and per state, and the detail of at most " +
           std::to_string(html::max_detail_states) +
           " states with violations. For the rest: <code>--state ISO3,...</code> for some states, <code>--status "
           "violated</code> to narrow, <code>--format json</code> for every verdict.</p>\n";
  out += "<details class=\"inputs\"><summary>Inputs: as of " + as_of + ", Pacta " + html_escape(context.version) +
         ", " + std::to_string(r.sources.size()) +
         " files</summary>\n<table><thead><tr><th>file</th><th>bytes</th><th>MurmurHash3 x64-128 (as the profile "
         "cache)</th></tr></thead><tbody>\n";
  for (std::size_t f = 0; f < r.sources.size(); ++f) {
    const diag::SourceFile& file = r.sources.file(static_cast<std::uint32_t>(f));
    out += "<tr><td><code>" + html_escape(file.path) + "</code></td><td>" + std::to_string(file.text.size()) +
           "</td><td><code>" + model::hash128(file.text.data(), file.text.size()).hex() + "</code></td></tr>\n";
  }
  out += "</tbody></table></details>\n";
  std::size_t diagnostics = r.inputs ? r.inputs->items().size() : 0;
  std::size_t dropped = r.not_checked ? r.not_checked->size() : 0;
  if (diagnostics || dropped) {
    out += "<section id=\"diagnostics\" class=\"warn\"><h2>Input problems</h2>\n";
    if (dropped) {
      out += "<p>" + std::to_string(dropped) + " profile" + (dropped == 1 ? "" : "s") + " not checked:";
      for (const std::string& path : *r.not_checked) out += " <code>" + html_escape(path) + "</code>";
      out += "</p>\n";
    }
    if (diagnostics) {
      out += "<ul>\n";
      for (const diag::Diagnostic& d : r.inputs->items()) {
        out += "<li><code>";
        diag::Location at = r.sources.clamp(d.where);
        if (at.file != diag::no_file) {
          diag::LineColumn lc = r.sources.line_column(at.file, at.span.begin);
          out += html_escape(r.sources.file(at.file).path) + ':' + std::to_string(lc.line) + ':' +
                 std::to_string(lc.column) + ": ";
        }
        out += std::string(diag::severity_name(d.severity)) + '[' + html_escape(d.code) + "]</code> " +
               html_escape(d.message);
        if (!d.help.empty()) out += " <i>help: " + html_escape(d.help) + "</i>";
        out += "</li>\n";
      }
      out += "</ul>\n";
    }
    out += "</section>\n";
  }
  out += "</header>\n";
}

void legend(std::string& out) {
  out += "<p class=\"legend\" id=\"legend\">Legend:";
  for (eval::Status s : order) {
    out += " <span class=\"cell ";
    out += css_class(s);
    out += "\" aria-hidden=\"true\">";
    out += mark(s);
    out += "</span> " + status_words(s);
  }
  out += "</p>\n";
}

void controls(std::string& out, const CheckReport& r, const std::vector<std::uint32_t>& instruments) {
  const auto& rules = *r.program.rules;
  out += "<form id=\"filters\" class=\"filters\"><fieldset><legend>Status</legend>";
  for (eval::Status s : order) {
    out += "<label><input type=\"checkbox\" name=\"status\" value=\"";
    out += eval::status_name(s);
    out += "\" checked> <span class=\"cell ";
    out += css_class(s);
    out += "\" aria-hidden=\"true\">";
    out += mark(s);
    out += "</span> " + status_words(s) + "</label> ";
  }
  out += "</fieldset><fieldset><legend>Severity</legend>";
  for (const char* level : {"error", "warning", "info"})
    out += std::string("<label><input type=\"checkbox\" name=\"severity\" value=\"") + level + "\" checked> " + level +
           "</label> ";
  out +=
      "</fieldset><fieldset><legend>Group and instrument</legend><label>group <select id=\"f-group\"><option "
      "value=\"\">all states</option>";
  for (const sema::Declared& g : rules.groups)
    out += "<option value=\"" + html_escape(g.id) + "\">" + html_escape(g.id) + "</option>";
  out +=
      "</select></label> <label>instrument <select id=\"f-instrument\"><option value=\"\">all "
      "obligations</option>";
  for (std::uint32_t i : instruments)
    out += "<option value=\"" + html_escape(rules.instruments[i].id) + "\">" + html_escape(rules.instruments[i].id) +
           "</option>";
  out +=
      "</select></label> <label>obligation <input type=\"search\" id=\"f-obligation\" "
      "placeholder=\"id or title contains\"></label></fieldset><fieldset><legend>Sort</legend><select "
      "id=\"sort\"><option value=\"state\">by state</option><option value=\"failing\">most violated "
      "first</option></select></fieldset> <output id=\"shown-count\" aria-live=\"polite\"></output></form>\n";
}

// A grid of rows rather than a <table>: rows far from the viewport are skipped by layout
// (content-visibility), which keeps filtering a 200 x 100 matrix fast; ARIA roles give it a
// table's semantics for screen readers.
void matrix(std::string& out, std::ostream& stream, const CheckReport& r) {
  const auto& rules = *r.program.rules;
  eval::StatusMask shown = shown_statuses("html", r.all, r.status_filter);
  out +=
      "<div class=\"scroll\"><div id=\"matrix\" role=\"table\" aria-label=\"verdicts by state and "
      "obligation\"><div class=\"mhead\" role=\"row\"><span role=\"columnheader\">state</span>";
  std::vector<std::string> ids(r.run.obligations.size());
  for (std::size_t o = 0; o < r.run.obligations.size(); ++o) {
    const sema::Obligation& ob = rules.obligations[r.run.obligations[o]];
    ids[o] = html_escape(ob.id);
    out += "<span role=\"columnheader\" class=\"c" + std::to_string(o) + "\" data-obligation=\"" + ids[o] +
           "\" data-severity=\"" + level_name(ob.severity) + "\" title=\"" + ids[o] + ": " + html_escape(ob.title) +
           "\"><span>" + ids[o] + "</span></span>";
  }
  out += "</div>\n<div class=\"mbody\" role=\"rowgroup\">\n";
  for (std::size_t p = 0; p < r.run.profiles.size(); ++p) {
    const model::Profile& profile = *r.run.profiles[p];
    std::string state = html_escape(profile.state);
    out += "<div class=\"mrow\" role=\"row\" data-state=\"" + state + "\"><span role=\"rowheader\"><a href=\"#s-" +
           state + "\">" + state + "</a></span>";
    for (std::size_t o = 0; o < r.run.obligations.size(); ++o) {
      eval::Status s = r.run.status(p, o);
      if (!shows(shown, s)) {  // left out by --status: an empty cell keeps the columns
        out += "<span role=\"cell\" class=\"c" + std::to_string(o) + "\"></span>";
        continue;
      }
      out += "<span role=\"cell\" class=\"";
      out += css_class(s);
      out += " c" + std::to_string(o);
      out += "\" data-state=\"" + state + "\" data-obligation=\"" + ids[o] + "\" data-status=\"" +
             eval::status_name(s) + "\" aria-label=\"" + state + ' ' + ids[o] + ": " + status_words(s) + "\">" +
             mark(s) + "</span>";
    }
    out += "</div>\n";
    if (out.size() > (1u << 16)) flush(out, stream);
  }
  out += "</div></div></div>\n";
}

// What the script reads: obligations (severity, instruments, title) and, per state, its
// groups and one status letter per obligation ('-': left out by --status).
void data(std::string& out, const CheckReport& r, const std::vector<std::vector<std::uint32_t>>& instruments) {
  const auto& rules = *r.program.rules;
  eval::StatusMask shown = shown_statuses("html", r.all, r.status_filter);
  std::string json = "{\"obligations\": [";
  for (std::size_t o = 0; o < r.run.obligations.size(); ++o) {
    const sema::Obligation& ob = rules.obligations[r.run.obligations[o]];
    json += o ? ",\n" : "\n";
    json += "{\"id\": ";
    json_string(json, ob.id);
    json += ", \"title\": ";
    json_string(json, ob.title);
    json += ", \"severity\": \"";
    json += level_name(ob.severity);
    json += "\", \"instruments\": [";
    for (std::size_t k = 0; k < instruments[o].size(); ++k) {
      if (k) json += ", ";
      json_string(json, rules.instruments[instruments[o][k]].id);
    }
    json += "]}";
  }
  json += "],\n\"states\": [";
  for (std::size_t p = 0; p < r.run.profiles.size(); ++p) {
    const model::Profile& profile = *r.run.profiles[p];
    json += p ? ",\n" : "\n";
    json += "{\"state\": ";
    json_string(json, profile.state);
    json += ", \"groups\": [";
    for (std::size_t k = 0; k < profile.groups.size(); ++k) {
      if (k) json += ", ";
      json_string(json, rules.groups[profile.groups[k]].id);
    }
    json += "], \"statuses\": \"";
    for (std::size_t o = 0; o < r.run.obligations.size(); ++o) {
      eval::Status s = r.run.status(p, o);
      json += shows(shown, s) ? css_class(s) : "-";
    }
    json += "\"}";
  }
  json += "]}";
  out += "<script type=\"application/json\" id=\"pacta-data\">" + script_json(json) + "</script>\n";
}

void counts_cells(std::string& out, const Totals& t) {
  for (eval::Status s : order) {
    std::size_t n = t.by_status[static_cast<int>(s)];
    out += "<td class=\"num";
    if (n) {
      out += ' ';
      out += css_class(s);
    }
    out += "\">" + std::to_string(n) + "</td>";
  }
}

void counts_head(std::string& out) {
  for (eval::Status s : order) {
    out += "<th scope=\"col\" class=\"num\"><span aria-hidden=\"true\">";
    out += mark(s);
    out += "</span> " + status_words(s) + "</th>";
  }
}

void obligation_summary(std::string& out, const CheckReport& r,
                        const std::vector<std::vector<std::uint32_t>>& instruments) {
  const auto& rules = *r.program.rules;
  std::size_t n = r.run.obligations.size();
  std::vector<Totals> per(n);
  for (std::size_t p = 0; p < r.run.profiles.size(); ++p)
    for (std::size_t o = 0; o < n; ++o) ++per[o].by_status[static_cast<int>(r.run.status(p, o))];
  out +=
      "<section id=\"obligations\"><h2>Obligations</h2>\n<div class=\"scroll\"><table class=\"summary\"><thead><tr>"
      "<th scope=\"col\">obligation</th><th scope=\"col\">severity</th><th scope=\"col\">source</th><th "
      "scope=\"col\">instruments</th>";
  counts_head(out);
  out += "</tr></thead><tbody>\n";
  for (std::size_t o = 0; o < n; ++o) {
    const sema::Obligation& ob = rules.obligations[r.run.obligations[o]];
    out += "<tr data-obligation=\"" + html_escape(ob.id) + "\"><th scope=\"row\"><b>" + html_escape(ob.id) +
           "</b><br>" + html_escape(ob.title) + "</th><td>" + level_name(ob.severity) + "</td><td>" +
           html_escape(ob.source) + "</td><td>";
    for (std::size_t k = 0; k < instruments[o].size(); ++k)
      out += (k ? ", " : "") + html_escape(rules.instruments[instruments[o][k]].id);
    out += "</td>";
    counts_cells(out, per[o]);
    out += "</tr>\n";
  }
  out += "</tbody></table></div></section>\n";
}

void state_totals(std::string& out, std::ostream& stream, const CheckReport& r) {
  const auto& rules = *r.program.rules;
  out +=
      "<section id=\"states\"><h2>States</h2>\n<div class=\"scroll\"><table class=\"summary\"><thead><tr><th "
      "scope=\"col\">state</th><th scope=\"col\">name</th><th scope=\"col\">groups</th><th "
      "scope=\"col\">facts known until</th>";
  counts_head(out);
  out += "</tr></thead><tbody>\n";
  for (std::size_t p = 0; p < r.run.profiles.size(); ++p) {
    const model::Profile& profile = *r.run.profiles[p];
    out += "<tr data-state=\"" + html_escape(profile.state) + "\"><th scope=\"row\">" + html_escape(profile.state) +
           "</th><td>" + html_escape(profile.name) + "</td><td>";
    for (std::size_t k = 0; k < profile.groups.size(); ++k)
      out += (k ? ", " : "") + html_escape(rules.groups[profile.groups[k]].id);
    // How recent the state's facts are (empty: every listed fact is complete).
    model::Staleness stale = model::staleness_of(profile);
    out += "</td><td>";
    if (stale.earliest != no_day)
      out += format_day(stale.earliest) + (stale.latest != stale.earliest ? " to " + format_day(stale.latest) : "");
    out += "</td>";
    counts_cells(out, totals_of(r, p));
    out += "</tr>\n";
    if (out.size() > (1u << 16)) flush(out, stream);
  }
  out += "</tbody></table></div></section>\n";
}

}  // namespace

bool html_summarises(std::size_t states, std::size_t obligations) {
  return states > html::max_matrix_states || states * obligations > html::max_matrix_cells;
}

void render_check_html(std::ostream& stream, const CheckReport& r, const HtmlContext& context) {
  std::optional<eval::Recorder> own;
  eval::Recorder& records = records_of(r, "html", own);
  Wording wording(r.program, r.sources);
  std::size_t states = r.run.profiles.size();
  bool summarised = html_summarises(states, r.run.obligations.size());
  std::vector<std::vector<std::uint32_t>> instruments;
  std::vector<std::uint32_t> used;  // every instrument some selected obligation names
  for (std::uint32_t index : r.run.obligations) {
    instruments.push_back(html::instruments_of(r.program, index));
    used.insert(used.end(), instruments.back().begin(), instruments.back().end());
  }
  std::sort(used.begin(), used.end());
  used.erase(std::unique(used.begin(), used.end()), used.end());

  std::string out;
  out +=
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta "
      "http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
      "script-src 'unsafe-inline'\">\n<meta name=\"viewport\" content=\"width=device-width, "
      "initial-scale=1\">\n<meta name=\"generator\" content=\"Pacta " +
      html_escape(context.version) + "\">\n<title>Pacta check as of " +
      (r.run.as_of == no_day ? std::string("?") : format_day(r.run.as_of)) + "</title>\n<style>";
  out += html::style;
  out += "</style>\n</head>\n<body>\n";
  header(out, r, context, summarised);
  out += "<main>\n";
  if (!summarised) {
    out += "<section id=\"overview\"><h2>Overview</h2>\n";
    controls(out, r, used);
    legend(out);
    matrix(out, stream, r);
    out += "</section>\n";
  }
  obligation_summary(out, r, instruments);
  state_totals(out, stream, r);
  out += "<section id=\"detail\"><h2>Detail</h2>\n";
  eval::StatusMask shown = shown_statuses("html", r.all, r.status_filter);
  std::size_t detailed = 0, left_out = 0;
  for (std::size_t p = 0; p < states; ++p) {
    Totals t = totals_of(r, p);
    auto has = [&](eval::Status s) { return shows(shown, s) && t.by_status[static_cast<int>(s)] > 0; };
    bool wanted = summarised ? has(eval::Status::violated)
                             : has(eval::Status::violated) || has(eval::Status::pending) || has(eval::Status::unknown);
    if (!wanted) continue;
    if (summarised && detailed == html::max_detail_states) {
      ++left_out;
      continue;
    }
    html::state_detail(out, r, records, wording, p, shown);
    if (!summarised && context.timelines && p < context.timelines->size())
      html::state_timeline(out, r, (*context.timelines)[p]);
    out += "</details>\n";
    ++detailed;
    if (out.size() > (1u << 16)) flush(out, stream);
  }
  if (detailed == 0) out += "<p>No state has a verdict to detail.</p>\n";
  if (left_out)
    out += "<p class=\"note\" id=\"left-out\">" + std::to_string(left_out) +
           " more states with violations are not detailed here: run with <code>--state ISO3,...</code> for "
           "theirs, or <code>--format json</code> for every verdict.</p>\n";
  out += "</section>\n</main>\n";
  if (!summarised) data(out, r, instruments);
  out += "<script>";
  out += html::script;
  out += "</script>\n</body>\n</html>\n";
  flush(out, stream);
}

}  // namespace pacta::report
