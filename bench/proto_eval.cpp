#include "proto_eval.hpp"

#include <algorithm>

namespace pacta::bench {

using eval::Node;
using eval::Op;
using eval::Status;
using eval::Truth;
using syntax::Predicate;
using syntax::Quantifier;
using syntax::TimingKind;

TableLayout::TableLayout(const sema::RuleSet& r) {
  auto n = [](std::size_t x) { return static_cast<std::uint32_t>(x); };
  ratified = 0;
  party = ratified + n(r.instruments.size());
  signed_ = party + n(r.instruments.size());
  joined = signed_ + n(r.instruments.size());
  submitted = joined + n(r.mechanisms.size());
  event = submitted + n(r.reports.size());
  member = event + n(r.events.size());
  size = member + n(r.groups.size());
}

ProtoSnapshot::ProtoSnapshot(const eval::Program& program, Day as_of)
    : inner_(program, as_of),
      truths_(TableLayout(*program.rules).size),
      since_(truths_.size(), no_day),
      bound_(truths_.size(), 0) {}

void ProtoSnapshot::reset(const model::Profile& p) {
  inner_.reset(p);
  const sema::RuleSet& r = *inner_.program().rules;
  TableLayout t(r);
  for (std::uint32_t i = 0; i < r.instruments.size(); ++i) {
    truths_[t.ratified + i] = inner_.ratified(i);
    truths_[t.party + i] = inner_.party(i);
    truths_[t.signed_ + i] = inner_.signed_(i);
    const model::InstrumentFacts& f = p.instruments[i];
    const bool bound = f.deposited == no_day && f.deposited_by != no_day;  // as eval::fact
    since_[t.ratified + i] = bound ? f.deposited_by : f.deposited;
    bound_[t.ratified + i] = bound;
    since_[t.party + i] = inner_.party_from(i);
    bound_[t.party + i] = inner_.party_from_is_bound(i);
    since_[t.signed_ + i] = p.instruments[i].signed_on;
  }
  for (std::uint32_t i = 0; i < r.mechanisms.size(); ++i) {
    truths_[t.joined + i] = inner_.joined(i);
    since_[t.joined + i] = p.mechanisms[i].joined;
  }
  for (std::uint32_t i = 0; i < r.reports.size(); ++i) {
    truths_[t.submitted + i] = inner_.submitted(i);
    Day first = no_day;
    for (const model::Submission& sub : p.reports[i].submissions) first = std::min(first, sub.submitted);
    since_[t.submitted + i] = first;
  }
  for (std::uint32_t i = 0; i < r.events.size(); ++i) {
    truths_[t.event + i] = inner_.event(i);
    since_[t.event + i] = p.events[i].happened;
  }
  for (std::uint32_t i = 0; i < r.groups.size(); ++i) truths_[t.member + i] = inner_.member(i);  // since: no_day
}

namespace {

std::uint32_t table_of(const TableLayout& t, Predicate p) {
  switch (p) {
    case Predicate::ratified: return t.ratified;
    case Predicate::party: return t.party;
    case Predicate::signed_: return t.signed_;
    case Predicate::joined: return t.joined;
    case Predicate::submitted: return t.submitted;
    case Predicate::event: return t.event;
    case Predicate::member: return t.member;
    case Predicate::reserved: break;
  }
  return 0;
}

Truth combine_counts(Quantifier q, const std::uint32_t c[4], std::uint32_t count, std::uint32_t at_least) {
  const std::uint32_t no = c[0], unknown = c[1], pending = c[2], yes = c[3];
  (void)count;
  switch (q) {
    case Quantifier::all: return no ? Truth::no : unknown ? Truth::unknown : pending ? Truth::pending : Truth::yes;
    case Quantifier::any: return yes ? Truth::yes : pending ? Truth::pending : unknown ? Truth::unknown : Truth::no;
    case Quantifier::none: return yes ? Truth::no : pending ? Truth::pending : unknown ? Truth::unknown : Truth::yes;
    case Quantifier::at_least:
      if (yes >= at_least) return Truth::yes;
      if (yes + pending + unknown < at_least) return Truth::no;
      return yes + pending >= at_least ? Truth::pending : Truth::unknown;
    case Quantifier::single: break;
  }
  return Truth::unknown;
}

// P5: eval's every_year without a finding, the due day stepped by 365/366 days when the
// rule allows it (one due date, not 02-29, grace in days or none).
[[gnu::noinline]] Truth every_year_fast(const eval::Snapshot& s, const Node& n, std::uint32_t report) {
  const model::ReportFacts& facts = s.profile().reports[report];
  if (!n.has_anchor) return Truth::unknown;
  eval::Fact anchor = n.anchor_is_date ? eval::Fact{n.anchor_date <= s.as_of() ? Truth::yes : Truth::no, n.anchor_date}
                                       : eval::fact(s, n.anchor_predicate, n.anchor_target, 0);
  if (anchor.truth == Truth::unknown) return Truth::unknown;
  if (anchor.truth != Truth::yes) return Truth::pending;
  const bool reports_known = facts.listed || s.profile().complete[model::reports_section];
  const eval::Program& prog = s.program();
  CivilDate start = to_civil(anchor.since);
  auto period = static_cast<std::uint32_t>(start.month == 1 && start.day == 1 ? start.year : start.year + 1);
  const eval::DueDate& r0 = prog.due[n.due_first];
  const bool stepped = n.due_count == 1 && !(r0.month == 2 && r0.day == 29) &&
                       (!n.has_grace || n.grace.unit == DurationUnit::day);
  const Day grace = n.has_grace ? static_cast<Day>(n.grace.count) : 0;
  Day base = period <= 9998 ? to_day({static_cast<int>(period) + 1, r0.month, r0.day}) : 0;
  std::uint32_t due_count = 0;
  bool bad = false;
  auto sub = facts.submissions.begin();
  const auto end = facts.submissions.end();
  for (; period <= 9998; ++period) {
    Day due;
    if (stepped) {
      due = base + grace;
      base += is_leap_year(static_cast<int>(period) + (r0.month > 2 ? 2 : 1)) ? 366 : 365;
    } else {
      // The general case, as eval::due_day computes it.
      const eval::DueDate* rule = &r0;
      for (std::uint32_t k = 1; k < n.due_count; ++k)
        if (period >= prog.due[n.due_first + k].from_period) rule = &prog.due[n.due_first + k];
      int year = static_cast<int>(period) + 1;
      due = to_day({year, rule->month, std::min(rule->day, days_in_month(year, rule->month))});
      if (n.has_grace) due = add_duration(due, n.grace);
    }
    while (sub != end && sub->period < period) ++sub;
    Day submitted = (sub != end && sub->period == period) ? sub->submitted : no_day;
    if (submitted > s.as_of()) submitted = no_day;
    // As eval: the due day itself is still in time, so that period counts once it is reported.
    if (due > s.as_of() || (due == s.as_of() && submitted == no_day)) break;
    ++due_count;
    if (submitted == no_day || submitted > due) {
      if (reports_known) return Truth::no;
      bad = true;
    }
  }
  if (due_count == 0) return Truth::pending;
  if (!reports_known) return Truth::unknown;
  return bad ? Truth::no : Truth::yes;
}

}  // namespace

ProtoEvaluator::ProtoEvaluator(const eval::Program& program) : program_(&program), obligations_(program.obligations) {
  TableLayout t(*program.rules);
  nodes_.resize(program.nodes.size());
  for (std::uint32_t i = 0; i < program.nodes.size(); ++i) {
    const Node& n = program.nodes[i];
    HotNode& h = nodes_[i];
    h.op = n.op;
    h.quantifier = n.quantifier;
    h.first = n.first;
    h.count = n.count;
    h.at_least = n.at_least;
    h.node = i;
    if (n.op != Op::atom) {
      h.how = combine;
      continue;
    }
    const bool single = n.quantifier == Quantifier::single;
    if (n.timing == TimingKind::every_year && single) {
      h.how = annual;
      h.base = n.target;
    } else if (n.timing == TimingKind::none && n.predicate != Predicate::reserved) {
      h.how = single ? table_single : table_set;
      h.base = table_of(t, n.predicate) + (single ? n.target : 0);
    } else if (single && n.predicate != Predicate::reserved &&
               (n.timing == TimingKind::before || n.timing == TimingKind::by || n.timing == TimingKind::after ||
                n.timing == TimingKind::since)) {
      h.how = dated_single;
      h.base = table_of(t, n.predicate) + n.target;
      h.at_least = static_cast<std::uint32_t>(n.date);  // the date compared with
      h.timing = n.timing;
    } else {
      h.how = single ? slow_single : slow_set;
    }
  }
}

// P4: the fast path inline, the rest out of line.
inline Truth ProtoEvaluator::evaluate(const ProtoSnapshot& s, std::uint32_t id) const {
  const HotNode& n = nodes_[id];
  if (n.how == table_single) return s.truths()[n.base];
  return evaluate_slow(s, id);
}

[[gnu::noinline]] Truth ProtoEvaluator::evaluate_slow(const ProtoSnapshot& s, std::uint32_t id) const {
  const HotNode& n = nodes_[id];
  const eval::Program& prog = *program_;
  switch (n.how) {
    case table_single: return s.truths()[n.base];
    case table_set: {
      const Truth* t = s.truths() + n.base;
      const std::uint32_t* m = prog.members.data() + n.first;
      std::uint32_t c[4] = {0, 0, 0, 0};
      for (std::uint32_t k = 0; k < n.count; ++k) ++c[static_cast<std::uint8_t>(t[m[k]])];
      return combine_counts(n.quantifier, c, n.count, n.at_least);
    }
    case dated_single: {
      // eval's compare(): the fact's truth and since-day from the two tables.
      const Truth truth = s.truths()[n.base];
      if (truth == Truth::unknown) return Truth::unknown;
      const bool holds = truth == Truth::yes;
      const Day since = s.since()[n.base];
      const Day date = static_cast<Day>(n.at_least);
      const Day as_of = s.inner().as_of();
      if (holds && s.bound()[n.base]) {
        // As eval's compare(): `since` is only an upper bound.
        bool early = n.timing == TimingKind::before ? since < date : n.timing == TimingKind::by && since <= date;
        return early ? Truth::yes : Truth::unknown;
      }
      switch (n.timing) {
        case TimingKind::before:
          if (holds) return since < date ? Truth::yes : Truth::no;
          return as_of < date ? Truth::pending : Truth::no;
        case TimingKind::by:
          if (holds) return since <= date ? Truth::yes : Truth::no;
          return as_of <= date ? Truth::pending : Truth::no;
        case TimingKind::after: return holds && since > date ? Truth::yes : Truth::no;
        case TimingKind::since: return holds && since >= date ? Truth::yes : Truth::no;
        default: return truth;
      }
    }
    case annual: return every_year_fast(s.inner(), prog.nodes[n.node], n.base);
    case slow_single: {
      const Node& node = prog.nodes[n.node];
      return eval::evaluate_atom_target(s.inner(), node, node.target, nullptr);
    }
    case slow_set: {
      const Node& node = prog.nodes[n.node];
      const std::uint32_t* m = prog.members.data() + n.first;
      std::uint32_t c[4] = {0, 0, 0, 0};
      for (std::uint32_t k = 0; k < n.count; ++k)
        ++c[static_cast<std::uint8_t>(eval::evaluate_atom_target(s.inner(), node, m[k], nullptr))];
      return combine_counts(n.quantifier, c, n.count, n.at_least);
    }
    case combine: break;
  }
  switch (n.op) {
    case Op::not_: {
      Truth t = evaluate(s, prog.children[n.first]);
      return t == Truth::yes ? Truth::no : t == Truth::no ? Truth::yes : t;
    }
    case Op::and_: {
      Truth acc = Truth::yes;
      for (std::uint32_t k = 0; k < n.count && acc != Truth::no; ++k)
        acc = std::min(acc, evaluate(s, prog.children[n.first + k]));
      return acc;
    }
    case Op::or_: {
      Truth acc = Truth::no;
      for (std::uint32_t k = 0; k < n.count && acc != Truth::yes; ++k)
        acc = std::max(acc, evaluate(s, prog.children[n.first + k]));
      return acc;
    }
    case Op::atom: break;
  }
  return Truth::unknown;
}

Status ProtoEvaluator::verdict(const ProtoSnapshot& s, std::uint32_t obligation) const {
  const eval::CompiledObligation& o = obligations_[obligation];
  Truth applies = o.applies == eval::no_node ? Truth::yes : evaluate(s, o.applies);
  if (applies == Truth::no || applies == Truth::pending) return Status::not_applicable;
  Truth exempt = o.exempt == eval::no_node ? Truth::no : evaluate(s, o.exempt);
  if (exempt == Truth::yes) return Status::exempt;
  Truth require = evaluate(s, o.require);
  if (require == Truth::yes) return Status::satisfied;
  if (applies == Truth::unknown || exempt == Truth::unknown) return Status::unknown;
  switch (require) {
    case Truth::no: return Status::violated;
    case Truth::pending: return Status::pending;
    default: return Status::unknown;
  }
}

}  // namespace pacta::bench
