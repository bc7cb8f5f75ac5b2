// check --format json (schema "pacta.check/2", docs/FORMATS.md): streamed one state at a time,
// without a DOM: each verdict one line, with the record's why and findings when it needs
// attention. Same inputs, same bytes.
#include <cstring>
#include <memory>
#include <optional>
#include <vector>

#include "eval/record.hpp"
#include "model/staleness.hpp"
#include "report/check_report.hpp"
#include "report/json_text.hpp"
#include "report/ordered_chunks.hpp"
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

// Declaration ids escaped once per run, by the kind of declaration a predicate names.
class QuotedNames {
 public:
  explicit QuotedNames(const eval::Program& program) : program_(program) {}
  const std::string& operator()(syntax::Predicate p, std::uint32_t target) {
    const sema::Ref ref = sema::target_of(p, target);
    std::vector<std::string>& table = tables_[static_cast<std::size_t>(ref.kind)];
    if (target >= table.size()) table.resize(std::size_t{target} + 1);
    std::string& q = table[target];
    if (q.empty()) json_string(q, program_.rules->name_of(ref));
    return q;
  }

 private:
  const eval::Program& program_;
  std::vector<std::string> tables_[static_cast<std::size_t>(sema::Kind::obligation) + 1];
};

// A finding's fixed words, written once per run (no escaping: fixed ASCII names): the head
// per predicate, `{"predicate": "party", "target": `, and the middle per value and basis,
// `, "value": "unknown", "basis": "not_listed", "date": ` (each well within a Fragment).
struct FindingFields {
  FindingFields() {
    for (std::size_t p = 0; p < syntax::predicate_count; ++p)
      head[p].append(std::string("{\"predicate\": \"") + syntax::predicate_name(static_cast<syntax::Predicate>(p)) +
                     "\", \"target\": ");
    for (int v = 0; v < 4; ++v)
      for (std::size_t b = 0; b < eval::basis_count; ++b)
        middle[v][b].append(std::string(", \"value\": \"") + eval::truth_name(static_cast<eval::Truth>(v)) +
                            "\", \"basis\": \"" + eval::basis_name(static_cast<eval::Basis>(b)) + "\", \"date\": ");
  }
  Fragment head[syntax::predicate_count];
  Fragment middle[4][eval::basis_count];
};

// `, "line": 12, "column": 3` of a fact, remembered: a state's findings point at the same few
// facts of its profile again and again (a direct-mapped table of the last 512 places asked for).
class Positions {
 public:
  explicit Positions(const diag::SourceMap& sources) : sources_(sources) {}
  const Fragment& at(std::uint32_t file, std::uint32_t offset) {
    Entry& e = entries_[(offset * 2654435761u) >> 23];
    if (e.file != file || e.offset != offset) {
      diag::LineColumn lc = sources_.line_column(file, offset);
      // At most `, "line": 4294967295, "column": 4294967295`: 42 bytes.
      e.tail.size = 0;
      e.tail.append(", \"line\": ");
      e.tail.append(std::to_string(lc.line));
      e.tail.append(", \"column\": ");
      e.tail.append(std::to_string(lc.column));
      e.file = file;
      e.offset = offset;
    }
    return e.tail;
  }

 private:
  struct Entry {
    std::uint32_t file = diag::no_file, offset = 0;
    Fragment tail;
  };
  const diag::SourceMap& sources_;
  Entry entries_[512];
};

// "YYYY-MM-DD" (quoted) of a day, remembered (a direct-mapped table): a state's findings repeat
// the same few dates of its profile.
class Days {
 public:
  void put(JsonBuffer& out, Day d) {
    if (d == no_day) {
      out += "null";
      return;
    }
    Entry& e = entries_[(static_cast<std::uint32_t>(d) * 2654435761u) >> 24];
    if (!e.valid || e.day != d) {
      e.text[0] = '"';
      write_day(e.text + 1, d);
      e.text[11] = '"';
      e.day = d;
      e.valid = true;
    }
    out.append(e.text, 12);
  }

 private:
  struct Entry {
    Day day{};
    bool valid = false;
    char text[12];
  };
  Entry entries_[256];
};

void finding_json(JsonBuffer& out, const eval::Finding& f, const CheckReport& r, const FindingFields& fields,
                  QuotedNames& names, Positions& positions, Days& days) {
  out += fields.head[static_cast<std::size_t>(f.predicate)];
  out += names(f.predicate, f.target);
  out += fields.middle[static_cast<int>(f.value)][static_cast<std::size_t>(f.basis)];
  days.put(out, f.date);
  if (f.bound) out += ", \"on_or_before\": true";
  // Where the fact is: always in the state's own profile, so line and column only.
  if (f.where.file != diag::no_file && f.where.file < r.sources.size())
    out += positions.at(f.where.file, f.where.span.begin);
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

constexpr std::size_t states_per_chunk = 4;

// What every state's verdicts repeat, escaped once per run.
struct StateFields {
  std::vector<std::string> ids;  // the obligations' ids, quoted
  std::string statuses[6];       // `, "status": "violated"`, ...
  std::string clauses[3];        // `, "clause": "require", "reason": `, ...
  FindingFields findings;
};

// One state's object of the "states" array; one writer per rendering thread.
class StateWriter {
 public:
  StateWriter(const CheckReport& r, const StateFields& fields, eval::Recorder& caller, bool alone)
      : r_(r),
        fields_(fields),
        worker_(r, caller, alone),
        names_(r.program),
        positions_(r.sources),
        shown_(shown_statuses("json", r.all, r.status_filter)) {}

  void state(JsonBuffer& out, std::size_t p) {
    const model::Profile& profile = *r_.run.profiles[p];
    out += p == 0 ? "\n    {\n      \"state\": " : ",\n    {\n      \"state\": ";
    json_string(out, profile.state);
    // Added within pacta.check/2: only an organisation's entry says what it is.
    if (profile.kind == model::PartyKind::organisation) out += ",\n      \"kind\": \"organisation\"";
    out += ",\n      \"name\": ";
    json_string(out, profile.name);
    out += ",\n      \"profile\": ";
    json_string(out, profile.file < r_.sources.size() ? r_.sources.file(profile.file).path : std::string{});
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
    for (std::size_t o = 0; o < r_.run.obligations.size(); ++o) {
      eval::Status s = r_.run.status(p, o);
      if (!shows(shown_, s)) continue;
      out += first ? "\n        {\"obligation\": " : ",\n        {\"obligation\": ";
      first = false;
      out += fields_.ids[o];
      out += fields_.statuses[static_cast<int>(s)];
      if (const eval::VerdictRecord* rec = worker_.records.find(p, o)) record(out, *rec);
      out += '}';
    }
    out += first ? "],\n      \"totals\": " : "\n      ],\n      \"totals\": ";
    totals_json(out, totals_of(r_, p), "      ");
    out += "\n    }";
  }

 private:
  void record(JsonBuffer& out, const eval::VerdictRecord& rec) {
    if (rec.date != no_day) {
      out += ", \"date\": ";
      days_.put(out, rec.date);
    }
    out += fields_.clauses[static_cast<int>(rec.clause)];
    // Worded straight into the output; escaped afterwards only if it needs it (a rule's text
    // can hold a string: reserved(I, "art. 35(2)")).
    out += '"';
    const std::size_t from = out.size();
    worker_.wording.why(rec, out);
    std::string_view reason(out.data() + from, out.size() - from);
    if (json_plain(reason)) {
      out += '"';
    } else {
      reason_.assign(reason);
      out.truncate(from - 1);
      json_string(out, reason_);
    }
    out += ", \"findings\": [";
    for (std::size_t k = 0; k < rec.findings.size(); ++k) {
      if (k) out += ", ";
      finding_json(out, rec.findings[k], r_, fields_.findings, names_, positions_, days_);
    }
    out += ']';
    if (rec.omitted) {
      out += ", \"findings_omitted\": ";
      json_number(out, rec.omitted);
    }
  }

  const CheckReport& r_;
  const StateFields& fields_;
  WorkerRecords worker_;
  QuotedNames names_;
  Positions positions_;
  Days days_;
  eval::StatusMask shown_;
  std::string reason_;
};

}  // namespace

void render_check_json(std::ostream& stream, const CheckReport& r) {
  std::optional<eval::Recorder> own;
  eval::Recorder& records = records_of(r, "json", own);
  const auto& rules = *r.program.rules;
  JsonBuffer out;
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
  out.flush_to(stream);
  // What every state repeats, escaped once: the obligations' ids and the status fields.
  StateFields fields;
  fields.ids.resize(r.run.obligations.size());
  for (std::size_t k = 0; k < r.run.obligations.size(); ++k)
    json_string(fields.ids[k], rules.obligations[r.run.obligations[k]].id);
  for (int k = 0; k < 6; ++k)
    fields.statuses[k] = std::string(", \"status\": \"") + eval::status_name(static_cast<eval::Status>(k)) + '"';
  for (int k = 0; k < 3; ++k)
    fields.clauses[k] =
        std::string(", \"clause\": \"") + eval::clause_name(static_cast<eval::Clause>(k)) + "\", \"reason\": ";
  // States are rendered on every core, a few at a time, and written in order: each worker
  // has its own recorder and wording (they keep per-state buffers).
  render_in_order_per_worker(
      r.run.profiles.size(), states_per_chunk, r.threads,
      [&](bool alone) { return std::make_unique<StateWriter>(r, fields, records, alone); },
      [&](StateWriter& writer, std::size_t first, std::size_t last, JsonBuffer& chunk) {
        for (std::size_t p = first; p < last; ++p) writer.state(chunk, p);
      },
      stream);
  out += r.run.profiles.empty() ? "],\n  \"totals\": " : "\n  ],\n  \"totals\": ";
  totals_json(out, totals_of(r, std::string::npos), "  ");
  out += "\n}\n";
  out.flush_to(stream);
}

}  // namespace pacta::report
