// check --format json (schema "pacta.check/2", docs/FORMATS.md): streamed one state at a time,
// without a DOM: each verdict one line, with the record's why and findings when it needs
// attention. Same inputs, same bytes.
#include <optional>
#include <vector>

#include "eval/record.hpp"
#include "model/staleness.hpp"
#include "report/check_report.hpp"
#include "report/json_text.hpp"
#include "report/why.hpp"

namespace pacta::report {
namespace {

void totals_json(JsonBuffer& out, const Totals& t, const char* indent) {
  out += "{\n";
  for (int s = 0; s < 6; ++s) {
    out += indent;
    out += "  \"";
    out += eval::status_name(static_cast<eval::Status>(s));
    out += "\": ";
    json_number(out, t.by_status[s]);
    out += ",\n";
  }
  out += indent;
  out += "  \"violated_by_severity\": {\"error\": ";
  json_number(out, t.violated_by_level[0]);
  out += ", \"warning\": ";
  json_number(out, t.violated_by_level[1]);
  out += ", \"info\": ";
  json_number(out, t.violated_by_level[2]);
  out += "}\n";
  out += indent;
  out += '}';
}

// Declaration ids escaped once per run, by kind (instruments, mechanisms, groups, reports, events).
class QuotedNames {
 public:
  explicit QuotedNames(const eval::Program& program) : program_(program) {}
  const std::string& operator()(syntax::Predicate p, std::uint32_t target) {
    std::vector<std::string>& table = tables_[kind(p)];
    if (table.empty()) table.resize(count(p));
    std::string& q = table[target];
    if (q.empty()) json_string(q, target_name(program_, p, target));
    return q;
  }

 private:
  static int kind(syntax::Predicate p) {
    switch (p) {
      case syntax::Predicate::joined:
        return 1;
      case syntax::Predicate::member:
        return 2;
      case syntax::Predicate::submitted:
        return 3;
      case syntax::Predicate::event:
        return 4;
      default:
        return 0;
    }
  }
  std::size_t count(syntax::Predicate p) const {
    const sema::RuleSet& rules = *program_.rules;
    switch (kind(p)) {
      case 1:
        return rules.mechanisms.size();
      case 2:
        return rules.groups.size();
      case 3:
        return rules.reports.size();
      case 4:
        return rules.events.size();
      default:
        return rules.instruments.size();
    }
  }
  const eval::Program& program_;
  std::vector<std::string> tables_[5];
};

void finding_json(JsonBuffer& out, const eval::Finding& f, const CheckReport& r, QuotedNames& names) {
  // Predicate, value and basis names are fixed ASCII words: no escaping needed.
  out += "{\"predicate\": \"";
  out += syntax::predicate_name(f.predicate);
  out += "\", \"target\": ";
  out += names(f.predicate, f.target);
  out += ", \"value\": \"";
  out += eval::truth_name(f.value);
  out += "\", \"basis\": \"";
  out += eval::basis_name(f.basis);
  out += "\", \"date\": ";
  json_day(out, f.date);
  if (f.bound) out += ", \"on_or_before\": true";
  // Where the fact is: always in the state's own profile, so line and column only.
  if (f.where.file != diag::no_file && f.where.file < r.sources.size()) {
    diag::LineColumn lc = r.sources.line_column(f.where.file, f.where.span.begin);
    out += ", \"line\": ";
    json_number(out, lc.line);
    out += ", \"column\": ";
    json_number(out, lc.column);
  }
  out += '}';
}

// The inputs' diagnostics, as `lint --format json` words them but flat: code, severity, file,
// line, column (1-based; null without a location), end_line, end_column, message, help.
void diagnostics_json(JsonBuffer& out, const CheckReport& r) {
  out += "[";
  if (!r.inputs) {
    out += ']';
    return;
  }
  bool first = true;
  for (const diag::Diagnostic& d : r.inputs->items()) {
    out += first ? "\n    " : ",\n    ";
    first = false;
    json_diagnostic(out, r.sources, d);
  }
  out += first ? "]" : "\n  ]";
}

}  // namespace

void render_check_json(std::ostream& stream, const CheckReport& r) {
  std::optional<eval::Recorder> own;
  eval::Recorder& records = records_of(r, "json", own);
  const auto& rules = *r.program.rules;
  JsonBuffer out;
  std::string reason;
  Wording wording(r.program, r.sources);
  QuotedNames names(r.program);
  eval::StatusMask shown = shown_statuses("json", r.all, r.status_filter);
  out += "{\n  \"schema\": \"pacta.check/2\",\n  \"as_of\": ";
  json_day(out, r.run.as_of);
  out += ",\n  \"rules_checked\": ";
  out += r.rules_checked ? "true" : "false";
  if (r.status_filter) {
    out += ",\n  \"status_filter\": [";
    const char* sep = "\"";
    for (int k = 0; k < 6; ++k)
      if (shows(r.status_filter, static_cast<eval::Status>(k))) {
        out += sep;
        out += eval::status_name(static_cast<eval::Status>(k));
        out += '"';
        sep = ", \"";
      }
    out += ']';
  }
  out += ",\n  \"not_checked\": [";
  if (r.not_checked)
    for (std::size_t k = 0; k < r.not_checked->size(); ++k) {
      if (k) out += ", ";
      json_string(out, (*r.not_checked)[k]);
    }
  out += "],\n  \"diagnostics\": ";
  diagnostics_json(out, r);
  out += ",\n  \"obligations\": [";
  for (std::size_t k = 0; k < r.run.obligations.size(); ++k) {
    const sema::Obligation& o = rules.obligations[r.run.obligations[k]];
    out += k == 0 ? "\n    {\"id\": " : ",\n    {\"id\": ";
    json_string(out, o.id);
    out += ", \"title\": ";
    json_string(out, o.title);
    out += ", \"source\": ";
    json_string(out, o.source);
    out += ", \"severity\": ";
    json_string(out, level_name(o.severity));
    out += ", \"location\": ";
    json_location(out, r.sources, o.where);
    out += '}';
  }
  out += r.run.obligations.empty() ? "],\n  \"states\": [" : "\n  ],\n  \"states\": [";
  // What every state repeats, escaped once: the obligations' ids and the status fields.
  std::vector<std::string> quoted_ids(r.run.obligations.size()), status_fields(6);
  for (std::size_t k = 0; k < r.run.obligations.size(); ++k)
    json_string(quoted_ids[k], rules.obligations[r.run.obligations[k]].id);
  for (int k = 0; k < 6; ++k)
    status_fields[k] = std::string(", \"status\": \"") + eval::status_name(static_cast<eval::Status>(k)) + '"';
  for (std::size_t p = 0; p < r.run.profiles.size(); ++p) {
    const model::Profile& profile = *r.run.profiles[p];
    out += p == 0 ? "\n    {\n      \"state\": " : ",\n    {\n      \"state\": ";
    json_string(out, profile.state);
    // Added within pacta.check/2: only an organisation's entry says what it is.
    if (profile.kind == model::PartyKind::organisation) out += ",\n      \"kind\": \"organisation\"";
    out += ",\n      \"name\": ";
    json_string(out, profile.name);
    out += ",\n      \"profile\": ";
    json_string(out, profile.file < r.sources.size() ? r.sources.file(profile.file).path : std::string{});
    // The oldest and newest `known_until` of its entries: null when every fact is complete.
    model::Staleness stale = model::staleness_of(profile);
    out += ",\n      \"facts_known_until\": ";
    if (stale.earliest == no_day) {
      out += "null";
    } else {
      out += "{\"earliest\": ";
      json_day(out, stale.earliest);
      out += ", \"latest\": ";
      json_day(out, stale.latest);
      out += '}';
    }
    out += ",\n      \"verdicts\": [";
    bool first = true;
    for (std::size_t o = 0; o < r.run.obligations.size(); ++o) {
      eval::Status s = r.run.status(p, o);
      if (!shows(shown, s)) continue;
      out += first ? "\n        {\"obligation\": " : ",\n        {\"obligation\": ";
      first = false;
      out += quoted_ids[o];
      out += status_fields[static_cast<int>(s)];
      if (const eval::VerdictRecord* rec = records.find(p, o)) {
        if (rec->date != no_day) {
          out += ", \"date\": ";
          json_day(out, rec->date);
        }
        out += ", \"clause\": \"";
        out += eval::clause_name(rec->clause);
        out += "\", \"reason\": ";
        reason.clear();
        wording.why(*rec, reason);
        json_string(out, reason);
        out += ", \"findings\": [";
        for (std::size_t k = 0; k < rec->findings.size(); ++k) {
          if (k) out += ", ";
          finding_json(out, rec->findings[k], r, names);
        }
        out += ']';
        if (rec->omitted) {
          out += ", \"findings_omitted\": ";
          json_number(out, rec->omitted);
        }
      }
      out += '}';
    }
    out += first ? "],\n      \"totals\": " : "\n      ],\n      \"totals\": ";
    totals_json(out, totals_of(r, p), "      ");
    out += "\n    }";
    if (out.size() > (1u << 16)) out.flush_to(stream);
  }
  out += r.run.profiles.empty() ? "],\n  \"totals\": " : "\n  ],\n  \"totals\": ";
  totals_json(out, totals_of(r, std::string::npos), "  ");
  out += "\n}\n";
  out.flush_to(stream);
}

}  // namespace pacta::report
