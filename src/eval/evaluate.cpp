#include "eval/evaluate.hpp"

#include <algorithm>

namespace pacta::eval {

using syntax::Predicate;
using syntax::Quantifier;
using syntax::TimingKind;

const char* truth_name(Truth t) {
  switch (t) {
    case Truth::no: return "false";
    case Truth::unknown: return "unknown";
    case Truth::pending: return "pending";
    case Truth::yes: return "true";
  }
  return "?";
}

const char* status_name(Status s) {
  switch (s) {
    case Status::violated: return "violated";
    case Status::unknown: return "unknown";
    case Status::pending: return "pending";
    case Status::satisfied: return "satisfied";
    case Status::exempt: return "exempt";
    case Status::not_applicable: return "not_applicable";
  }
  return "?";
}

Snapshot::Snapshot(const Program& program, Day as_of) : program_(&program), as_of_(as_of) {
  truths_.resize(program.truth_base[syntax::predicate_count]);
  party_from_.resize(program.rules->instruments.size());
  party_bound_.resize(program.rules->instruments.size());
}

void Snapshot::reset(const model::Profile& p) {
  profile_ = &p;
  const Day d = as_of_;
  auto absent = [&](model::Section s) { return p.complete[s] ? Truth::no : Truth::unknown; };
  for (std::size_t i = 0; i < party_from_.size(); ++i) {
    const model::InstrumentFacts& f = p.instruments[i];
    bool unknown_after = f.known_until != no_day && d > f.known_until;
    Truth r, sg;
    if (!f.listed) {
      r = sg = absent(model::instruments_section);
    } else {
      bool deposited = f.deposited <= d || f.deposited_by <= d;
      // Deposited by a later day: maybe already, unless known_until says not yet.
      bool maybe = f.deposited == no_day && f.deposited_by != no_day && !(f.known_until != no_day && d <= f.known_until);
      bool denounced = f.denounced <= d;
      r = deposited ? (denounced ? Truth::no : Truth::yes) : (maybe || unknown_after) ? Truth::unknown : Truth::no;
      sg = f.signed_on <= d ? Truth::yes : unknown_after ? Truth::unknown : Truth::no;
    }
    bool bound = f.deposited == no_day && f.deposited_by != no_day;
    Day deposit = bound ? f.deposited_by : f.deposited;
    party_from_[i] = f.listed ? in_force_for_state(*program_, static_cast<std::uint32_t>(i), deposit) : no_day;
    party_bound_[i] = bound;
    at(Predicate::ratified, i) = r;
    at(Predicate::signed_, i) = sg;
    // Deposited, and in force for the state on a known later day: pending, since time alone
    // will make it a party (VCLT art. 24); no such day (the instrument waits for deposits of
    // others): not a party. A date computed from deposits counts as known only once the
    // deposit that fixed it was made, as of d.
    const EntryIntoForce& eif = program_->entry_into_force[i];
    bool date_known = party_from_[i] != no_day && (eif.declared || !eif.computed || eif.nth_deposit <= d);
    Truth p = r != Truth::yes ? r : party_from_[i] <= d ? Truth::yes : date_known ? Truth::pending : Truth::no;
    if (p != Truth::yes && r == Truth::yes && bound) {
      // In force for the state on or before party_from: unknown on earlier days, unless the
      // instrument was not yet in force for anybody.
      bool nobody = (eif.declared || eif.computed) && eif.date > d;
      p = !nobody ? Truth::unknown : p;
    }
    at(Predicate::party, i) = p;
  }
  for (std::size_t i = 0; i < p.mechanisms.size(); ++i) {
    const model::MechanismFacts& f = p.mechanisms[i];
    at(Predicate::joined, i) = !f.listed ? absent(model::mechanisms_section)
                           : (f.joined <= d && f.left > d) ? Truth::yes : Truth::no;
  }
  for (std::size_t i = 0; i < p.reports.size(); ++i) {
    const model::ReportFacts& f = p.reports[i];
    bool any = std::any_of(f.submissions.begin(), f.submissions.end(), [&](const model::Submission& s) { return s.submitted <= d; });
    at(Predicate::submitted, i) = !f.listed ? absent(model::reports_section) : any ? Truth::yes : Truth::no;
  }
  for (std::size_t i = 0; i < p.events.size(); ++i) {
    const model::EventFacts& f = p.events[i];
    at(Predicate::event, i) = !f.listed ? absent(model::events_section) : f.happened <= d ? Truth::yes : Truth::no;
  }
  const std::uint32_t* base = program_->truth_base;
  std::size_t member = static_cast<std::size_t>(Predicate::member);
  std::fill(truths_.begin() + base[member], truths_.begin() + base[member + 1], Truth::no);
  for (std::uint32_t g : p.groups) at(Predicate::member, g) = Truth::yes;
}

namespace {

// A reservation to `article` in force at the snapshot's date, and since when.
Fact reservation(const Snapshot& s, std::uint32_t instrument, std::uint32_t article) {
  const model::InstrumentFacts& f = s.profile().instruments[instrument];
  if (!f.listed) return {s.profile().complete[model::instruments_section] ? Truth::no : Truth::unknown, no_day};
  const std::string& wanted = s.program().articles[article];
  Day consent = std::min(f.deposited, f.signed_on);
  for (const model::Reservation& r : f.reservations) {
    if (r.article != wanted) continue;
    Day made = r.made != no_day ? r.made : consent;
    if (made <= s.as_of() && r.withdrawn > s.as_of()) return {Truth::yes, made};
  }
  bool unknown_after = f.known_until != no_day && s.as_of() > f.known_until;
  return {unknown_after && f.deposited > f.known_until ? Truth::unknown : Truth::no, no_day};
}

}  // namespace

Fact fact(const Snapshot& s, Predicate predicate, std::uint32_t t, std::uint32_t article) {
  const model::Profile& p = s.profile();
  switch (predicate) {
    case Predicate::ratified: {
      const model::InstrumentFacts& f = p.instruments[t];
      bool bound = f.deposited == no_day && f.deposited_by != no_day;
      return {s.ratified(t), bound ? f.deposited_by : f.deposited, bound};
    }
    case Predicate::party: return {s.party(t), s.party_from(t), s.party_from_is_bound(t)};
    case Predicate::signed_: return {s.signed_(t), p.instruments[t].signed_on};
    case Predicate::reserved: return reservation(s, t, article);
    case Predicate::joined: return {s.joined(t), p.mechanisms[t].joined};
    case Predicate::member: return {s.member(t), no_day};
    case Predicate::submitted: {
      Day first = no_day;
      for (const model::Submission& sub : p.reports[t].submissions) first = std::min(first, sub.submitted);
      return {s.submitted(t), first};
    }
    case Predicate::event: return {s.event(t), p.events[t].happened};
  }
  return {};
}

Truth evaluate_atom_target(const Snapshot& s, const Node& n, std::uint32_t target, DeadlineFinding* finding);

Truth evaluate_slow(const Snapshot& s, std::uint32_t id) {
  const Program& prog = s.program();
  const Node& n = prog.nodes[id];
  switch (n.op) {
    case Op::atom: {
      if (n.quantifier == Quantifier::single) return evaluate_atom_target(s, n, n.target, nullptr);
      const std::uint32_t* m = prog.members.data() + n.first;
      std::uint32_t count[4] = {0, 0, 0, 0};  // indexed by Truth
      if (n.tabled) {
        const Truth* t = s.truths() + n.table;
        for (std::uint32_t k = 0; k < n.count; ++k) ++count[static_cast<int>(t[m[k]])];
      } else {
        for (std::uint32_t k = 0; k < n.count; ++k) ++count[static_cast<int>(evaluate_atom_target(s, n, m[k], nullptr))];
      }
      std::uint32_t no = count[0], unknown = count[1], pending = count[2], yes = count[3];
      switch (n.quantifier) {
        case Quantifier::all:
          return no ? Truth::no : unknown ? Truth::unknown : pending ? Truth::pending : Truth::yes;
        case Quantifier::any:
          return yes ? Truth::yes : pending ? Truth::pending : unknown ? Truth::unknown : Truth::no;
        case Quantifier::none:
          return yes ? Truth::no : pending ? Truth::pending : unknown ? Truth::unknown : Truth::yes;
        case Quantifier::at_least:
          if (yes >= n.at_least) return Truth::yes;
          if (yes + pending + unknown < n.at_least) return Truth::no;
          return yes + pending >= n.at_least ? Truth::pending : Truth::unknown;
        case Quantifier::single: break;
      }
      return Truth::unknown;
    }
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
  }
  return Truth::unknown;
}

Status verdict(const Snapshot& s, std::uint32_t obligation) {
  const CompiledObligation& o = s.program().obligations[obligation];
  Truth applies = o.applies == no_node ? Truth::yes : evaluate(s, o.applies);
  if (applies == Truth::no || applies == Truth::pending) return Status::not_applicable;
  Truth exempt = o.exempt == no_node ? Truth::no : evaluate(s, o.exempt);
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

}  // namespace pacta::eval
