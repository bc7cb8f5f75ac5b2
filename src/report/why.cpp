#include "report/why.hpp"

#include <algorithm>

#include "syntax/predicates.hpp"

namespace pacta::report {

using eval::Basis;
using eval::Finding;
using eval::Truth;
using syntax::Predicate;

namespace {

constexpr std::size_t max_text = 160;

const char* fact_word(Predicate p) { return syntax::definition(p).fact_word; }
const char* none_word(Predicate p) { return syntax::definition(p).none_word; }

std::string on(const Finding& f) { return (f.bound ? "on or before " : "") + format_day(f.date); }

// "consent deposited 2003-07-01, " before what a party(...) finding says of entry into force.
std::string deposited(const Finding& f) {
  if (f.deposit == no_day) return {};
  return std::string("consent deposited ") + (f.bound ? "on or before " : "") + format_day(f.deposit) + ", ";
}

std::string deadline_text(const Finding& f) {
  using K = eval::DeadlineFinding::Kind;
  const eval::DeadlineFinding& d = f.deadline;
  bool yearly = !d.lapses.empty() || d.periods_due > 0 || d.next_due != no_day;
  switch (d.kind) {
    case K::met:
      return yearly ? "all " + std::to_string(d.periods_due) + " periods due so far reported on time"
                    : "on time: " + format_day(d.submitted) + ", due " + format_day(d.due);
    case K::late:
    case K::missing: {
      if (!yearly)
        return d.kind == K::late ? "late: " + format_day(d.submitted) + ", due " + format_day(d.due)
                                 : "missing: due " + format_day(d.due);
      std::string late, missing;
      for (const auto& [period, submitted] : d.lapses) {
        std::string& list = submitted == no_day ? missing : late;
        list += (list.empty() ? "" : ", ") + std::to_string(period);
        if (submitted != no_day) list += " (submitted " + format_day(submitted) + ")";
      }
      std::string out = std::to_string(d.late + d.missing) + " of " + std::to_string(d.periods_due) +
                        " periods due were late or missing";
      if (!missing.empty()) out += "; missing: " + missing;
      if (!late.empty()) out += "; late: " + late;
      if (d.late + d.missing > d.lapses.size()) out += " ...";
      if (d.next_due != no_day) out += "; next due " + format_day(d.next_due);
      return out;
    }
    case K::not_due:
      return d.due == no_day ? "not due yet" : "not due yet: due " + format_day(d.due);
    case K::not_started:
      return "not started: what starts the deadline has not happened";
    case K::unknown:
      return "the profile lacks the data";
    case K::none:
      break;
  }
  return {};
}

// The fact alone, without the target's id.
std::string fact_text(const Finding& f, const eval::Program& program) {
  switch (f.basis) {
    case Basis::fact:
      if (f.predicate == Predicate::ratified && f.bound && f.value == Truth::unknown)
        return "consent deposited on or before " + format_day(f.date) + ", the day not known";
      if (f.predicate == Predicate::party)
        return deposited(f) + (f.bound ? "in force for the state on or before " : "in force for the state from ") +
               format_day(f.date);
      return std::string(fact_word(f.predicate)) + ' ' + on(f);
    case Basis::not_listed:
      return "not in the profile";
    case Basis::absent:
      return "none recorded (the profile's list is complete)";
    case Basis::none_recorded:
      return none_word(f.predicate);
    case Basis::after_as_of:
      return std::string(fact_word(f.predicate)) + ' ' + on(f) + ", after the as-of date";
    case Basis::known_until:
      return std::string(none_word(f.predicate)) + "; facts known until " + format_day(f.date);
    case Basis::not_in_force:
      return f.date == no_day ? deposited(f) + "the instrument is not in force yet"
                              : deposited(f) + "in force for the state from " + on(f);
    case Basis::denounced:
      return "denounced, effective " + format_day(f.date);
    case Basis::left:
      return "left " + format_day(f.date);
    case Basis::group:
      return f.value == Truth::yes ? "a member" : "not a member";
    case Basis::reservation: {
      const std::string& article = program.articles[program.nodes[f.node].article];
      return f.value == Truth::yes ? "reservation to '" + article + "' since " + format_day(f.date)
                                   : "no reservation to '" + article + "' in force";
    }
    case Basis::timing:
      return std::string(fact_word(f.predicate)) + ' ' + on(f);
    case Basis::deadline:
      return deadline_text(f);
    case Basis::not_open:
      return "not open to organisations";
  }
  return {};
}

}  // namespace

const std::string& target_name(const eval::Program& program, Predicate p, std::uint32_t i) {
  const sema::RuleSet& rules = *program.rules;
  switch (syntax::definition(p).argument) {
    case syntax::DeclKind::mechanism:
      return rules.mechanisms[i].id;
    case syntax::DeclKind::group:
      return rules.groups[i].id;
    case syntax::DeclKind::report:
      return rules.reports[i].id;
    case syntax::DeclKind::event:
      return rules.events[i].id;
    case syntax::DeclKind::instrument:
      break;
  }
  return rules.instruments[i].id;
}

std::string describe(const Finding& f, const eval::Program& program) {
  return target_name(program, f.predicate, f.target) + ": " + fact_text(f, program);
}

std::string condition_text(const diag::SourceMap& sources, const diag::Location& where) {
  if (where.file == diag::no_file || where.file >= sources.size()) return {};
  const std::string& text = sources.file(where.file).text;
  std::string out;
  bool in_string = false;
  for (std::uint32_t i = where.span.begin; i < where.span.end && i < text.size(); ++i) {
    if (out.size() >= max_text && (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      if (out.back() != ' ') out += ' ';
      out += "...";
      break;
    }
    char c = text[i];
    if (c == '"') in_string = !in_string;
    if (c == '#' && !in_string) {  // comments inside a condition are not part of it
      while (i + 1 < where.span.end && text[i + 1] != '\n') ++i;
      continue;
    }
    bool blank = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (!blank)
      out += c;
    else if (!out.empty() && out.back() != ' ')
      out += ' ';
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

Wording::Wording(const eval::Program& program, const diag::SourceMap& sources)
    : program_(program), sources_(sources), texts_(program.nodes.size()), known_(program.nodes.size(), 0) {}

const std::string& Wording::text_of(std::uint32_t node) {
  if (!known_[node]) {
    texts_[node] = condition_text(sources_, program_.nodes[node].where);
    known_[node] = 1;
  }
  return texts_[node];
}

void Wording::why(const eval::VerdictRecord& r, std::string& out) {
  static const char* const clause_words[] = {"applies when ", "exempt when ", ""};
  if (r.states_only) {
    out += "an organisation: the obligation names only instruments not open to organisations";
    return;
  }
  std::size_t start = out.size();
  // Findings grouped by their atom, in rule order.
  for (std::size_t i = 0; i < r.findings.size();) {
    std::uint32_t node = r.findings[i].node, shown = r.findings[i].shown;
    std::size_t end = i;
    while (end < r.findings.size() && r.findings[end].node == node && r.findings[end].shown == shown) ++end;
    if (out.size() > start) out += "; and ";
    out += clause_words[static_cast<int>(r.clause)];
    out += text_of(shown);
    if (program_.nodes[node].quantifier == syntax::Quantifier::single) {
      out += ": ";
      out += describe(r.findings[i], program_);
      i = end;
      continue;
    }
    // Members with the same fact are listed together ("not in the profile: A, B, C"), false
    // ones before unknown ones; a fact of one member reads "A: consent deposited ...".
    struct Group {
      int value;
      std::string fact;
      std::vector<std::uint32_t> members;  // indices into r.findings
    };
    std::vector<Group> groups;
    for (std::size_t k = i; k < end; ++k) {
      const Finding& f = r.findings[k];
      std::string fact = fact_text(f, program_);
      auto g = std::find_if(groups.begin(), groups.end(),
                            [&](const Group& x) { return x.value == static_cast<int>(f.value) && x.fact == fact; });
      if (g == groups.end()) groups.push_back({static_cast<int>(f.value), std::move(fact), {}}), g = groups.end() - 1;
      g->members.push_back(static_cast<std::uint32_t>(k));
    }
    std::stable_sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) {
      return a.value != b.value ? a.value < b.value : a.fact < b.fact;
    });
    bool first = true;
    for (const Group& g : groups) {
      out += first ? ": " : "; ";
      first = false;
      auto name = [&](std::uint32_t k) -> const std::string& {
        return target_name(program_, r.findings[k].predicate, r.findings[k].target);
      };
      if (g.members.size() == 1) {
        out += name(g.members.front());
        out += ": ";
        out += g.fact;
        continue;
      }
      out += g.fact;
      out += ": ";
      for (std::size_t m = 0; m < g.members.size(); ++m) {
        if (m) out += ", ";
        out += name(g.members[m]);
      }
    }
    i = end;
  }
  if (r.omitted > 0) out += " (and " + std::to_string(r.omitted) + " more)";
}

std::string why(const eval::VerdictRecord& r, const eval::Program& program, const diag::SourceMap& sources) {
  Wording wording(program, sources);
  std::string out;
  wording.why(r, out);
  return out;
}

}  // namespace pacta::report
