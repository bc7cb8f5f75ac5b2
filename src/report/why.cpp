#include "report/why.hpp"

#include <algorithm>

#include "report/json_text.hpp"
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

// Every piece is appended to the caller's buffer: no temporary strings per finding.
template <typename Out>
void day(Out& out, Day d) {
  if (d == no_day) {
    out += "never";
    return;
  }
  char buf[10];
  write_day(buf, d);
  out.append(buf, 10);
}

template <typename Out>
void number(Out& out, std::uint32_t n) {
  char buf[10];
  char* e = buf + sizeof buf;
  char* b = e;
  do *--b = static_cast<char>('0' + n % 10);
  while ((n /= 10) != 0);
  out.append(b, static_cast<std::size_t>(e - b));
}

template <typename Out>
void on(Out& out, const Finding& f) {
  if (f.bound) out += "on or before ";
  day(out, f.date);
}

// "consent deposited 2003-07-01, " before what a party(...) finding says of entry into force.
template <typename Out>
void deposited(Out& out, const Finding& f) {
  if (f.deposit == no_day) return;
  out += "consent deposited ";
  if (f.bound) out += "on or before ";
  day(out, f.deposit);
  out += ", ";
}

template <typename Out>
void deadline_text(Out& out, const Finding& f) {
  using K = eval::DeadlineFinding::Kind;
  const eval::DeadlineFinding& d = f.deadline;
  bool yearly = !d.lapses.empty() || d.periods_due > 0 || d.next_due != no_day;
  switch (d.kind) {
    case K::met:
      if (yearly) {
        out += "all ";
        number(out, d.periods_due);
        out += " periods due so far reported on time";
      } else {
        out += "on time: ";
        day(out, d.submitted);
        out += ", due ";
        day(out, d.due);
      }
      return;
    case K::late:
    case K::missing: {
      if (!yearly) {
        if (d.kind == K::late) {
          out += "late: ";
          day(out, d.submitted);
          out += ", due ";
        } else {
          out += "missing: due ";
        }
        day(out, d.due);
        return;
      }
      number(out, d.late + d.missing);
      out += " of ";
      number(out, d.periods_due);
      out += " periods due were late or missing";
      // Missing periods first, then late ones (with their submission days), each in order.
      for (bool late : {false, true}) {
        bool first = true;
        for (const auto& [period, submitted] : d.lapses) {
          if ((submitted != no_day) != late) continue;
          out += first ? (late ? "; late: " : "; missing: ") : ", ";
          first = false;
          number(out, period);
          if (late) {
            out += " (submitted ";
            day(out, submitted);
            out += ')';
          }
        }
      }
      if (d.late + d.missing > d.lapses.size()) out += " ...";
      if (d.next_due != no_day) {
        out += "; next due ";
        day(out, d.next_due);
      }
      return;
    }
    case K::not_due:
      out += "not due yet";
      if (d.due != no_day) {
        out += ": due ";
        day(out, d.due);
      }
      return;
    case K::not_started:
      out += "not started: what starts the deadline has not happened";
      return;
    case K::unknown:
      out += "the profile lacks the data";
      return;
    case K::none:
      return;
  }
}

// The fact alone, without the target's id.
template <typename Out>
void fact_text(Out& out, const Finding& f, const eval::Program& program) {
  switch (f.basis) {
    case Basis::fact:
      if (f.predicate == Predicate::ratified && f.bound && f.value == Truth::unknown) {
        out += "consent deposited on or before ";
        day(out, f.date);
        out += ", the day not known";
        return;
      }
      if (f.predicate == Predicate::party) {
        deposited(out, f);
        out += f.bound ? "in force for the state on or before " : "in force for the state from ";
        day(out, f.date);
        return;
      }
      out += fact_word(f.predicate);
      out += ' ';
      on(out, f);
      return;
    case Basis::not_listed:
      out += "not in the profile";
      return;
    case Basis::absent:
      out += "none recorded (the profile's list is complete)";
      return;
    case Basis::none_recorded:
      out += none_word(f.predicate);
      return;
    case Basis::after_as_of:
      out += fact_word(f.predicate);
      out += ' ';
      on(out, f);
      out += ", after the as-of date";
      return;
    case Basis::known_until:
      out += none_word(f.predicate);
      out += "; facts known until ";
      day(out, f.date);
      return;
    case Basis::not_in_force:
      deposited(out, f);
      if (f.date == no_day) {
        out += "the instrument is not in force yet";
      } else {
        out += "in force for the state from ";
        on(out, f);
      }
      return;
    case Basis::denounced:
      out += "denounced, effective ";
      day(out, f.date);
      return;
    case Basis::left:
      out += "left ";
      day(out, f.date);
      return;
    case Basis::group:
      out += f.value == Truth::yes ? "a member" : "not a member";
      return;
    case Basis::reservation: {
      const std::string& article = program.articles[program.nodes[f.node].article];
      out += f.value == Truth::yes ? "reservation to '" : "no reservation to '";
      out += article;
      if (f.value == Truth::yes) {
        out += "' since ";
        day(out, f.date);
      } else {
        out += "' in force";
      }
      return;
    }
    case Basis::timing:
      out += fact_word(f.predicate);
      out += ' ';
      on(out, f);
      return;
    case Basis::deadline:
      deadline_text(out, f);
      return;
    case Basis::not_open:
      out += "not open to organisations";
      return;
  }
}

}  // namespace

const std::string& target_name(const eval::Program& program, Predicate p, std::uint32_t i) {
  return program.rules->name_of(sema::target_of(p, i));
}

std::string describe(const Finding& f, const eval::Program& program) {
  std::string out = target_name(program, f.predicate, f.target);
  out += ": ";
  fact_text(out, f, program);
  return out;
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

template <typename Out>
void Wording::why(const eval::VerdictRecord& r, Out& out) {
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
      const Finding& f = r.findings[i];
      out += ": ";
      out += target_name(program_, f.predicate, f.target);
      out += ": ";
      fact_text(out, f, program_);
      i = end;
      continue;
    }
    // Members with the same fact are listed together ("not in the profile: A, B, C"), false
    // ones before unknown ones; a fact of one member reads "A: consent deposited ...". The
    // groups' buffers are kept from record to record.
    std::size_t used = 0;
    for (std::size_t k = i; k < end; ++k) {
      const Finding& f = r.findings[k];
      if (used == groups_.size()) groups_.emplace_back();
      Group& fresh = groups_[used];
      fresh.fact.clear();
      fact_text(fresh.fact, f, program_);
      auto g = std::find_if(groups_.begin(), groups_.begin() + static_cast<std::ptrdiff_t>(used), [&](const Group& x) {
        return x.value == static_cast<int>(f.value) && x.fact == fresh.fact;
      });
      if (g == groups_.begin() + static_cast<std::ptrdiff_t>(used)) {
        fresh.value = static_cast<int>(f.value);
        fresh.members.clear();
        ++used;
      }
      g->members.push_back(static_cast<std::uint32_t>(k));
    }
    order_.resize(used);
    for (std::size_t k = 0; k < used; ++k) order_[k] = static_cast<std::uint32_t>(k);
    std::stable_sort(order_.begin(), order_.end(), [&](std::uint32_t a, std::uint32_t b) {
      const Group &x = groups_[a], &y = groups_[b];
      return x.value != y.value ? x.value < y.value : x.fact < y.fact;
    });
    bool first = true;
    for (std::uint32_t gi : order_) {
      const Group& g = groups_[gi];
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
  if (r.omitted > 0) {
    out += " (and ";
    number(out, r.omitted);
    out += " more)";
  }
}

template void Wording::why(const eval::VerdictRecord&, std::string&);
template void Wording::why(const eval::VerdictRecord&, JsonBuffer&);

std::string why(const eval::VerdictRecord& r, const eval::Program& program, const diag::SourceMap& sources) {
  Wording wording(program, sources);
  std::string out;
  wording.why(r, out);
  return out;
}

}  // namespace pacta::report
