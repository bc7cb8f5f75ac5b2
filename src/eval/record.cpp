#include "eval/record.hpp"

#include <algorithm>

namespace pacta::eval {

using syntax::Predicate;
using syntax::Quantifier;
using syntax::TimingKind;

namespace {

Truth invert(Truth t) { return t == Truth::yes ? Truth::no : t == Truth::no ? Truth::yes : t; }

// Whether a member of a quantified atom decided the atom's value `want`.
bool decides(Quantifier q, Truth want, Truth member) {
  if (want == Truth::yes) return q == Quantifier::any || q == Quantifier::at_least ? member == Truth::yes : true;
  switch (q) {
    case Quantifier::any:
      return want == Truth::no || member == want;
    case Quantifier::none:
      return member != Truth::no;
    default:
      return member != Truth::yes;  // all, at least N: what is missing or not known
  }
}

class Collector {
 public:
  Collector(const Snapshot& s, VerdictRecord& r) : s_(s), prog_(s.program()), r_(r) {}

  // The atoms under `node` that make its value `want`. Trees are at most 64 levels deep (P004).
  // `shown`: the outermost `not` of a chain above the atom, whose text states the condition.
  void collect(std::uint32_t node, Truth want, std::uint32_t shown = no_node) {
    const Node& n = prog_.nodes[node];
    switch (n.op) {
      case Op::not_:
        return collect(prog_.children[n.first], invert(want), shown == no_node ? node : shown);
      case Op::and_:
      case Op::or_: {
        bool every = (n.op == Op::and_) == (want == Truth::yes);
        bool any = false;
        for (std::uint32_t k = 0; k < n.count; ++k) {
          std::uint32_t c = prog_.children[n.first + k];
          if (every || evaluate(s_, c) == want) {
            collect(c, want);
            any = true;
          }
        }
        if (!any)
          for (std::uint32_t k = 0; k < n.count; ++k) {
            std::uint32_t c = prog_.children[n.first + k];
            collect(c, evaluate(s_, c));
          }
        return;
      }
      case Op::atom:
        if (n.quantifier == Quantifier::single) return add(find(s_, node, n.target), shown);
        for (std::uint32_t k = 0; k < n.count; ++k) {
          Finding f = find(s_, node, prog_.members[n.first + k]);
          if (decides(n.quantifier, want, f.value)) add(std::move(f), shown);
        }
        return;
    }
  }

 private:
  void add(Finding f, std::uint32_t shown) {
    if (shown != no_node) f.shown = shown;
    if (r_.findings.size() >= max_findings) {
      ++r_.omitted;
      return;
    }
    r_.findings.push_back(std::move(f));
  }

  const Snapshot& s_;
  const Program& prog_;
  VerdictRecord& r_;
};

// The day a pending finding is expected to hold, or fall due; no_day when not known.
Day pending_day(const Program& prog, const Finding& f) {
  if (f.value != Truth::pending) return no_day;
  if (f.basis == Basis::deadline) return f.deadline.due;
  if (f.basis == Basis::not_in_force) return f.date;
  const Node& n = prog.nodes[f.node];
  if (n.timing == TimingKind::before || n.timing == TimingKind::by) return n.date;
  return f.date;
}

}  // namespace

const char* basis_name(Basis b) {
  switch (b) {
    case Basis::fact:
      return "fact";
    case Basis::not_listed:
      return "not_listed";
    case Basis::absent:
      return "absent";
    case Basis::none_recorded:
      return "none_recorded";
    case Basis::after_as_of:
      return "after_as_of";
    case Basis::known_until:
      return "known_until";
    case Basis::not_in_force:
      return "not_in_force";
    case Basis::denounced:
      return "denounced";
    case Basis::left:
      return "left";
    case Basis::group:
      return "group";
    case Basis::reservation:
      return "reservation";
    case Basis::timing:
      return "timing";
    case Basis::not_open:
      return "not_open";
    case Basis::deadline:
      return "deadline";
  }
  return "?";
}

const char* clause_name(Clause c) {
  switch (c) {
    case Clause::applies:
      return "applies";
    case Clause::exempt:
      return "exempt";
    case Clause::require:
      return "require";
  }
  return "?";
}

Finding find(const Snapshot& s, std::uint32_t node, std::uint32_t target) {
  const Node& n = s.program().nodes[node];
  Finding f;
  f.node = node;
  f.shown = node;
  f.predicate = n.predicate;
  f.target = target;
  f.value = evaluate_atom_target(s, n, target, &f.deadline);
  basis_of(s, n.predicate, target, n.article, f);
  if (n.timing == TimingKind::within || n.timing == TimingKind::every_year) {
    // Unknown because the profile does not list the report: say that, not "lacks the data".
    bool unlisted = f.deadline.kind == DeadlineFinding::Kind::unknown && f.basis == Basis::not_listed;
    if (!unlisted) {
      f.basis = Basis::deadline;
      f.date = f.deadline.due;
    }
  } else if (n.timing != TimingKind::none && f.basis == Basis::fact) {
    f.basis = Basis::timing;
  }
  return f;
}

VerdictRecord record(const Snapshot& s, std::uint32_t obligation, Status status) {
  VerdictRecord r;
  record(s, obligation, status, r);
  return r;
}

void record(const Snapshot& s, std::uint32_t obligation, Status status, VerdictRecord& r) {
  const Program& prog = s.program();
  const CompiledObligation& o = prog.obligations[obligation];
  r.obligation = obligation;
  r.status = status;
  r.clause = Clause::require;
  r.date = no_day;
  r.findings.clear();  // keeps its capacity: a Recorder reuses its records state after state
  r.omitted = 0;
  r.states_only = false;
  Collector c(s, r);
  auto value = [&](std::uint32_t node) { return node == no_node ? Truth::no : evaluate(s, node); };
  switch (status) {
    case Status::violated:
      r.clause = Clause::require;
      c.collect(o.require, Truth::no);
      break;
    case Status::pending:
      r.clause = Clause::require;
      c.collect(o.require, Truth::pending);
      break;
    case Status::satisfied:
      r.clause = Clause::require;
      c.collect(o.require, Truth::yes);
      break;
    case Status::exempt:
      r.clause = Clause::exempt;
      c.collect(o.exempt, Truth::yes);
      break;
    case Status::not_applicable: {
      r.clause = Clause::applies;
      r.states_only = o.states_only && s.profile().kind == model::PartyKind::organisation;
      if (!r.states_only) c.collect(o.applies, value(o.applies));
      break;
    }
    case Status::unknown:
      if (o.applies != no_node && value(o.applies) == Truth::unknown) {
        r.clause = Clause::applies;
        c.collect(o.applies, Truth::unknown);
      } else if (o.exempt != no_node && value(o.exempt) == Truth::unknown) {
        r.clause = Clause::exempt;
        c.collect(o.exempt, Truth::unknown);
      } else {
        r.clause = Clause::require;
        c.collect(o.require, Truth::unknown);
      }
      break;
  }
  if (status == Status::pending) {
    for (const Finding& f : r.findings) {
      Day d = pending_day(prog, f);
      if (d != no_day && (r.date == no_day || d > r.date)) r.date = d;
    }
  }
}

Recorder::Recorder(const Program& program, const CheckRun& run, StatusMask wanted)
    : run_(run), wanted_(wanted), snapshot_(program, run.as_of) {}

RecordRange Recorder::state(std::size_t p) {
  if (p == current_) return {records_.data(), records_.data() + used_};
  current_ = p;
  slot_.assign(run_.obligations.size(), -1);
  snapshot_.reset(*run_.profiles[p]);
  // The records (and their findings' buffers) of the previous state are reused, not freed.
  std::size_t used = 0;
  for (std::size_t o = 0; o < run_.obligations.size(); ++o) {
    Status st = run_.status(p, o);
    if (!((wanted_ >> static_cast<int>(st)) & 1u)) continue;
    slot_[o] = static_cast<std::int32_t>(used);
    if (used == records_.size()) records_.emplace_back();
    record(snapshot_, run_.obligations[o], st, records_[used++]);
  }
  used_ = used;
  return {records_.data(), records_.data() + used_};
}

const VerdictRecord* Recorder::find(std::size_t p, std::size_t o) {
  state(p);
  return slot_[o] < 0 ? nullptr : &records_[static_cast<std::size_t>(slot_[o])];
}

}  // namespace pacta::eval
