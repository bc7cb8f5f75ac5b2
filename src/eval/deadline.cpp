// Atoms with timing: date comparisons (before, by, after, since), relative deadlines
// (within D after an anchor) and recurring ones (every year due MM-DD since an anchor).
// A deadline not reached yet is `pending`; a late fact is `no` with the finding `late`.
#include <algorithm>
#include <optional>

#include "eval/evaluate.hpp"

namespace pacta::eval {

using syntax::Predicate;
using syntax::TimingKind;
using Kind = DeadlineFinding::Kind;

// Lapses listed in a finding (the counts cover them all).
constexpr std::size_t max_lapses = 64;

namespace {

// When the anchor happened, as of the snapshot: unknown, not yet (no_day), or a day.
Fact anchor_of(const Snapshot& s, const Node& n) {
  if (n.anchor_is_date) return {n.anchor_date <= s.as_of() ? Truth::yes : Truth::no, n.anchor_date};
  return fact(s, n.anchor_predicate, n.anchor_target, 0);
}

// A deadline whose anchor is unknown is unknown; one whose anchor has not happened has not
// started (pending). Otherwise nothing: the deadline runs.
std::optional<Truth> before_start(const Fact& anchor, DeadlineFinding* finding) {
  if (anchor.truth == Truth::unknown) {
    if (finding) finding->kind = Kind::unknown;
    return Truth::unknown;
  }
  if (anchor.truth != Truth::yes) {
    if (finding) finding->kind = Kind::not_started;
    return Truth::pending;
  }
  return std::nullopt;
}

// The due day of a period: the month-day of the rule in force for it, in the next year.
Day due_day(const Program& prog, const Node& n, std::uint32_t period) {
  const DueDate* rule = &prog.due[n.due_first];
  for (std::uint32_t k = 1; k < n.due_count; ++k)
    if (period >= prog.due[n.due_first + k].from_period) rule = &prog.due[n.due_first + k];
  int year = static_cast<int>(period) + 1;
  int day = std::min(rule->day, days_in_month(year, rule->month));  // 02-29 in a common year: 02-28
  Day due = to_day({year, rule->month, day});
  return n.has_grace ? add_duration(due, n.grace) : due;
}

[[gnu::noinline]] Truth every_year(const Snapshot& s, const Node& n, std::uint32_t report, DeadlineFinding* finding) {
  const model::ReportFacts& facts = s.profile().reports[report];
  if (!n.has_anchor) return Truth::unknown;  // sema requires one
  Fact anchor = anchor_of(s, n);
  if (auto early = before_start(anchor, finding)) return *early;
  bool reports_known = facts.listed || s.profile().complete[model::reports_section];
  CivilDate start = to_civil(anchor.since);
  auto period = static_cast<std::uint32_t>(start.month == 1 && start.day == 1 ? start.year : start.year + 1);
  std::uint32_t due_count = 0, late = 0, missing = 0;
  auto sub = facts.submissions.begin();
  for (; period <= 9998; ++period) {
    Day due = due_day(s.program(), n, period);
    while (sub != facts.submissions.end() && sub->period < period) ++sub;
    Day submitted = (sub != facts.submissions.end() && sub->period == period) ? sub->submitted : no_day;
    if (submitted > s.as_of()) submitted = no_day;
    // The due day itself is still in time: that period counts only once it is reported.
    if (due > s.as_of() || (due == s.as_of() && submitted == no_day)) {
      if (finding) finding->next_due = due;
      break;
    }
    ++due_count;
    Kind k = submitted == no_day ? Kind::missing : submitted > due ? Kind::late : Kind::met;
    if (k == Kind::met) continue;
    (k == Kind::late ? late : missing) += 1;
    if (finding && finding->lapses.size() < max_lapses) finding->lapses.emplace_back(period, submitted);
    if (finding && finding->kind == Kind::none) {
      finding->kind = k;
      finding->period = period;
      finding->due = due;
      finding->submitted = submitted;
    }
    if (!finding && reports_known) return Truth::no;
  }
  if (finding) {
    finding->periods_due = due_count;
    finding->late = late;
    finding->missing = missing;
  }
  if (due_count == 0) {
    if (finding) {
      finding->kind = Kind::not_due;
      finding->due = finding->next_due;
    }
    return Truth::pending;
  }
  if (!reports_known) {
    if (finding) finding->kind = Kind::unknown;
    return Truth::unknown;
  }
  if (late + missing > 0) return Truth::no;
  if (finding) finding->kind = Kind::met;
  return Truth::yes;
}

[[gnu::noinline]] Truth within(const Snapshot& s, const Node& n, std::uint32_t target, DeadlineFinding* finding) {
  Fact anchor = anchor_of(s, n);
  if (auto early = before_start(anchor, finding)) return *early;
  Day due = add_duration(anchor.since, n.within);
  if (n.has_grace) due = add_duration(due, n.grace);
  Fact f = fact(s, n.predicate, target, n.article);
  if (n.predicate == Predicate::submitted && f.truth != Truth::unknown) {
    // Only a submission made on or after the anchor answers this deadline (a report sent for
    // an earlier project is not this project's final report).
    f = {Truth::no, no_day};
    for (const model::Submission& sub : s.profile().reports[target].submissions)
      if (sub.submitted >= anchor.since && sub.submitted <= s.as_of() && sub.submitted < f.since)
        f = {Truth::yes, sub.submitted};
  }
  if (finding) finding->due = due;
  if (f.truth == Truth::yes && f.bound && f.since > due) {
    if (finding) finding->kind = Kind::unknown;  // only a bound, later than the due date
    return Truth::unknown;
  }
  if (f.truth == Truth::yes) {
    if (finding) {
      finding->kind = f.since <= due ? Kind::met : Kind::late;
      finding->submitted = f.since;
    }
    return f.since <= due ? Truth::yes : Truth::no;
  }
  if (f.truth == Truth::unknown) {
    if (finding) finding->kind = Kind::unknown;
    return Truth::unknown;
  }
  if (s.as_of() <= due) {
    if (finding) finding->kind = Kind::not_due;
    return Truth::pending;
  }
  if (finding) finding->kind = Kind::missing;
  return Truth::no;
}

[[gnu::noinline]] Truth compare(const Snapshot& s, const Node& n, std::uint32_t target) {
  Fact f = fact(s, n.predicate, target, n.article);
  if (f.truth == Truth::unknown) return Truth::unknown;
  bool holds = f.truth == Truth::yes;
  if (holds && f.bound) {
    // Only known to be on or before f.since: decidable for before/by when the bound is early enough.
    bool early = n.timing == TimingKind::before ? f.since < n.date : n.timing == TimingKind::by && f.since <= n.date;
    return early ? Truth::yes : Truth::unknown;
  }
  switch (n.timing) {
    case TimingKind::before:
      if (holds) return f.since < n.date ? Truth::yes : Truth::no;
      return s.as_of() < n.date ? Truth::pending : Truth::no;
    case TimingKind::by:
      if (holds) return f.since <= n.date ? Truth::yes : Truth::no;
      return s.as_of() <= n.date ? Truth::pending : Truth::no;
    case TimingKind::after:
      return holds && f.since > n.date ? Truth::yes : Truth::no;
    case TimingKind::since:
      return holds && f.since >= n.date ? Truth::yes : Truth::no;
    default:
      return f.truth;
  }
}

}  // namespace

Truth evaluate_atom_target(const Snapshot& s, const Node& n, std::uint32_t target, DeadlineFinding* finding) {
  switch (n.timing) {
    case TimingKind::none:
      // Tabled predicates are one read; one with an article (reserved) is evaluated.
      if (syntax::definition(n.predicate).article) return fact(s, n.predicate, target, n.article).truth;
      return s.truth(n.predicate, target);
    case TimingKind::within:
      return within(s, n, target, finding);
    case TimingKind::every_year:
      return every_year(s, n, target, finding);
    default:
      return compare(s, n, target);
  }
}

}  // namespace pacta::eval
