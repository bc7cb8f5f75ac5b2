// What each predicate means over a profile, in one place: the snapshot's truth table (one
// block per predicate, filled as of the snapshot's date), the day a fact became true (`fact`),
// and the basis a verdict record gives for a value (`basis_of`). A new predicate is defined
// here and in syntax/predicates.def.
#include <algorithm>

#include "eval/evaluate.hpp"
#include "eval/record.hpp"

namespace pacta::eval {

using syntax::Predicate;

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
      r = sg = closed_to(*program_->rules, p, static_cast<std::uint32_t>(i)) ? Truth::no
                                                                             : absent(model::instruments_section);
    } else {
      bool deposited = f.deposited <= d || f.deposited_by <= d;
      // Deposited by a later day: maybe already, unless known_until says not yet.
      bool maybe =
          f.deposited == no_day && f.deposited_by != no_day && !(f.known_until != no_day && d <= f.known_until);
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
    at(Predicate::joined, i) = !f.listed                       ? absent(model::mechanisms_section)
                               : (f.joined <= d && f.left > d) ? Truth::yes
                                                               : Truth::no;
  }
  for (std::size_t i = 0; i < p.reports.size(); ++i) {
    const model::ReportFacts& f = p.reports[i];
    bool any = std::any_of(f.submissions.begin(), f.submissions.end(),
                           [&](const model::Submission& s) { return s.submitted <= d; });
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
  if (!f.listed) {
    bool settled =
        s.profile().complete[model::instruments_section] || closed_to(*s.program().rules, s.profile(), instrument);
    return {settled ? Truth::no : Truth::unknown, no_day};
  }
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
    case Predicate::party:
      return {s.party(t), s.party_from(t), s.party_from_is_bound(t)};
    case Predicate::signed_:
      return {s.signed_(t), p.instruments[t].signed_on};
    case Predicate::reserved:
      return reservation(s, t, article);
    case Predicate::joined:
      return {s.joined(t), p.mechanisms[t].joined};
    case Predicate::member:
      return {s.member(t), no_day};
    case Predicate::submitted: {
      Day first = no_day;
      for (const model::Submission& sub : p.reports[t].submissions) first = std::min(first, sub.submitted);
      return {s.submitted(t), first};
    }
    case Predicate::event:
      return {s.event(t), p.events[t].happened};
  }
  return {};
}

// The basis of a predicate's value for one target, untimed, and where its fact is.
void basis_of(const Snapshot& s, Predicate predicate, std::uint32_t t, std::uint32_t article, Finding& f) {
  const model::Profile& p = s.profile();
  const Day d = s.as_of();
  auto missing = [&](model::Section section) {
    f.basis = p.complete[section] ? Basis::absent : Basis::not_listed;
    f.where = p.where;
  };
  auto dated = [&](Day day) {
    f.date = day;
    f.basis = day == no_day ? Basis::none_recorded : day <= d ? Basis::fact : Basis::after_as_of;
  };
  switch (predicate) {
    case Predicate::ratified:
    case Predicate::party:
    case Predicate::signed_:
    case Predicate::reserved: {
      const model::InstrumentFacts& x = p.instruments[t];
      if (!x.listed && closed_to(*s.program().rules, p, t)) {
        f.basis = Basis::not_open;
        f.where = p.where;
        return;
      }
      if (!x.listed) return missing(model::instruments_section);
      f.where = x.where;
      bool unknown_after = x.known_until != no_day && d > x.known_until;
      if (predicate == Predicate::reserved) {
        Fact r = fact(s, predicate, t, article);
        f.basis = r.truth == Truth::unknown ? Basis::known_until : Basis::reservation;
        f.date = r.truth == Truth::unknown ? x.known_until : r.since;
        return;
      }
      if (predicate == Predicate::signed_) {
        dated(x.signed_on);
        if (f.basis == Basis::none_recorded && unknown_after) {
          f.basis = Basis::known_until;
          f.date = x.known_until;
        }
        return;
      }
      if (x.denounced <= d) {
        f.basis = Basis::denounced;
        f.date = x.denounced;
        return;
      }
      bool bound = x.deposited == no_day && x.deposited_by != no_day;
      Day deposit = bound ? x.deposited_by : x.deposited;
      if (deposit == no_day) {
        f.basis = unknown_after ? Basis::known_until : Basis::none_recorded;
        f.date = unknown_after ? x.known_until : no_day;
        return;
      }
      f.bound = bound;
      if (deposit > d) {
        // Known only by a later bound: maybe deposited already (a fact on or before the bound).
        f.basis = bound && s.ratified(t) == Truth::unknown ? Basis::fact : Basis::after_as_of;
        f.date = deposit;
        return;
      }
      if (predicate == Predicate::party) {
        f.deposit = deposit;
        f.date = s.party_from(t);
        f.bound = s.party_from_is_bound(t);
        f.basis = s.party(t) == Truth::yes || s.party(t) == Truth::unknown ? Basis::fact : Basis::not_in_force;
        return;
      }
      f.basis = Basis::fact;
      f.date = deposit;
      return;
    }
    case Predicate::joined: {
      const model::MechanismFacts& m = p.mechanisms[t];
      if (!m.listed) return missing(model::mechanisms_section);
      f.where = m.where;
      dated(m.joined);
      if (f.basis == Basis::fact && m.left <= d) {
        f.basis = Basis::left;
        f.date = m.left;
      }
      return;
    }
    case Predicate::member:
      f.basis = Basis::group;
      f.where = p.where;
      return;
    case Predicate::submitted: {
      const model::ReportFacts& r = p.reports[t];
      if (!r.listed) return missing(model::reports_section);
      f.where = r.where;
      Day first = no_day;
      for (const model::Submission& sub : r.submissions) first = std::min(first, sub.submitted);
      dated(first);
      return;
    }
    case Predicate::event: {
      const model::EventFacts& e = p.events[t];
      if (!e.listed) return missing(model::events_section);
      f.where = e.where;
      dated(e.happened);
      return;
    }
  }
}

}  // namespace pacta::eval
