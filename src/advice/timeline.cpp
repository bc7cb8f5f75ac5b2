// Change days: every comparison the evaluator makes between the as-of date and a fixed day
// (a fact's date, an entry into force, a due day, a date in the rules, known_until) flips on
// that day or the day after, so verdicts are constant between those days. The timeline
// evaluates on them only, and names the events of the day as the causes of a change.
#include "advice/timeline.hpp"

#include <algorithm>

#include "syntax/predicates.hpp"

namespace pacta::advice {

using syntax::Predicate;
using syntax::TimingKind;
using Kind = Cause::Kind;

namespace {

// Which table a predicate's target indexes: instruments, mechanisms, reports, events, groups.
int table_of(Predicate p) { return static_cast<int>(sema::target_of(p, 0).kind); }

struct Happening {
  Day day = no_day;  // the first day on which it counts
  Cause cause;
  std::uint32_t node = eval::no_node;  // rule dates and deadlines: the atom
};

class Happenings {
 public:
  Happenings(const eval::Program& program, const model::Profile& profile, Day from, Day to)
      : prog_(program), p_(profile), from_(from), to_(to) {}

  std::vector<Happening> collect() {
    facts();
    for (std::uint32_t n = 0; n < prog_.nodes.size(); ++n) rule_dates(n);
    std::stable_sort(list_.begin(), list_.end(), [](const Happening& a, const Happening& b) { return a.day < b.day; });
    return std::move(list_);
  }

 private:
  void add(Day day, Kind kind, Predicate predicate, std::uint32_t target, std::uint32_t period = 0,
           std::string article = {}, std::uint32_t node = eval::no_node) {
    if (day == no_day) return;
    Happening h;
    h.day = day;
    h.cause.kind = kind;
    h.cause.predicate = predicate;
    h.cause.target = target;
    h.cause.period = period;
    h.cause.article = std::move(article);
    h.node = node;
    list_.push_back(std::move(h));
  }

  void facts() {
    for (std::uint32_t i = 0; i < p_.instruments.size(); ++i) {
      const model::InstrumentFacts& f = p_.instruments[i];
      const eval::EntryIntoForce& eif = prog_.entry_into_force[i];
      add(eif.date, Kind::in_force, Predicate::party, i);
      add(eif.nth_deposit, Kind::threshold_reached, Predicate::party, i);
      if (!f.listed) continue;
      add(f.signed_on, Kind::signed_, Predicate::signed_, i);
      Day deposit = f.deposited != no_day ? f.deposited : f.deposited_by;
      add(deposit, Kind::deposited, Predicate::ratified, i);
      add(eval::in_force_for_state(prog_, i, deposit), Kind::in_force_for_state, Predicate::party, i);
      add(f.denounced, Kind::denounced, Predicate::ratified, i);
      if (f.known_until != no_day) add(f.known_until + 1, Kind::known_until_ended, Predicate::ratified, i);
      Day consent = std::min(f.deposited, f.signed_on);
      for (const model::Reservation& r : f.reservations) {
        add(r.made != no_day ? r.made : consent, Kind::reservation_made, Predicate::reserved, i, 0, r.article);
        add(r.withdrawn, Kind::reservation_withdrawn, Predicate::reserved, i, 0, r.article);
      }
    }
    for (std::uint32_t m = 0; m < p_.mechanisms.size(); ++m) {
      add(p_.mechanisms[m].joined, Kind::joined, Predicate::joined, m);
      add(p_.mechanisms[m].left, Kind::left, Predicate::joined, m);
    }
    for (std::uint32_t r = 0; r < p_.reports.size(); ++r)
      for (const model::Submission& s : p_.reports[r].submissions)
        add(s.submitted, Kind::submitted, Predicate::submitted, r, s.period);
    for (std::uint32_t e = 0; e < p_.events.size(); ++e)
      add(p_.events[e].happened, Kind::happened, Predicate::event, e);
  }

  // Every day the anchor of a deadline may have become true: its fact days.
  std::vector<Day> anchor_days(const eval::Node& n) const {
    if (n.anchor_is_date) return {n.anchor_date};
    std::vector<Day> days;
    std::uint32_t t = n.anchor_target;
    // By the kind of declaration the anchor names: every dated fact of its entry, so that any
    // predicate reading one of them is covered (signature, deposit, entry into force for the
    // state, denunciation; joining, leaving; submission; happening).
    switch (syntax::definition(n.anchor_predicate).argument) {
      case syntax::DeclKind::instrument: {
        const model::InstrumentFacts& f = p_.instruments[t];
        Day deposit = f.deposited != no_day ? f.deposited : f.deposited_by;
        days = {f.signed_on, deposit, eval::in_force_for_state(prog_, t, deposit), f.denounced};
        break;
      }
      case syntax::DeclKind::mechanism:
        days = {p_.mechanisms[t].joined, p_.mechanisms[t].left};
        break;
      case syntax::DeclKind::report:
        for (const model::Submission& s : p_.reports[t].submissions) days.push_back(s.submitted);
        break;
      case syntax::DeclKind::event:
        days = {p_.events[t].happened};
        break;
      case syntax::DeclKind::group:
        break;
    }
    days.erase(std::remove(days.begin(), days.end(), no_day), days.end());
    return days;
  }

  void rule_dates(std::uint32_t id) {
    const eval::Node& n = prog_.nodes[id];
    if (n.op != eval::Op::atom) return;
    Predicate p = n.predicate;
    switch (n.timing) {
      case TimingKind::before:
        return add(n.date, Kind::deadline_passed, p, n.target, 0, {}, id);
      case TimingKind::by:
        return add(n.date + 1, Kind::deadline_passed, p, n.target, 0, {}, id);
      case TimingKind::after:
        return add(n.date + 1, Kind::date_reached, p, n.target, 0, {}, id);
      case TimingKind::since:
        return add(n.date, Kind::date_reached, p, n.target, 0, {}, id);
      case TimingKind::within:
        for (Day a : anchor_days(n)) {
          Day due = add_duration(a, n.within);
          if (n.has_grace) due = add_duration(due, n.grace);
          add(due + 1, p == Predicate::submitted ? Kind::report_overdue : Kind::deadline_passed, p, n.target, 0, {},
              id);
        }
        return;
      case TimingKind::every_year: {
        // A period's due day is in the next year, plus any grace: start early enough that every
        // due day inside the window is met.
        Day earliest = n.has_grace ? add_duration(from_, n.grace, -1) : from_;
        int first = to_civil(earliest).year - 2, last = to_civil(to_).year;
        for (int year = first; year <= last; ++year) {
          auto period = static_cast<std::uint32_t>(year);
          const eval::DueDate* rule = &prog_.due[n.due_first];
          for (std::uint32_t k = 1; k < n.due_count; ++k)
            if (period >= prog_.due[n.due_first + k].from_period) rule = &prog_.due[n.due_first + k];
          Day due = to_day({year + 1, rule->month, std::min(rule->day, days_in_month(year + 1, rule->month))});
          if (n.has_grace) due = add_duration(due, n.grace);
          add(due, Kind::report_due, p, n.target, period, {}, id);
          add(due + 1, Kind::report_overdue, p, n.target, period, {}, id);
        }
        return;
      }
      case TimingKind::none:
        return;
    }
  }

  const eval::Program& prog_;
  const model::Profile& p_;
  Day from_, to_;
  std::vector<Happening> list_;
};

// What an obligation's conditions read: (table, target) pairs, the instruments it reads
// reservations of, and atom nodes.
struct Reads {
  std::vector<std::pair<int, std::uint32_t>> targets;
  std::vector<std::uint32_t> reserved;
  std::vector<std::uint32_t> nodes;

  void walk(const eval::Program& prog, std::uint32_t id) {
    if (id == eval::no_node) return;
    const eval::Node& n = prog.nodes[id];
    if (n.op != eval::Op::atom) {
      for (std::uint32_t k = 0; k < n.count; ++k) walk(prog, prog.children[n.first + k]);
      return;
    }
    nodes.push_back(id);
    if (n.predicate == Predicate::reserved) reserved.push_back(n.target);
    int table = table_of(n.predicate);
    if (n.quantifier == syntax::Quantifier::single)
      targets.emplace_back(table, n.target);
    else
      for (std::uint32_t k = 0; k < n.count; ++k) targets.emplace_back(table, prog.members[n.first + k]);
    if (n.has_anchor && !n.anchor_is_date) targets.emplace_back(table_of(n.anchor_predicate), n.anchor_target);
  }
  bool concerns(const Happening& h) const {
    if (h.node != eval::no_node) return std::find(nodes.begin(), nodes.end(), h.node) != nodes.end();
    if (h.cause.kind == Kind::reservation_made || h.cause.kind == Kind::reservation_withdrawn)
      return std::find(reserved.begin(), reserved.end(), h.cause.target) != reserved.end();
    auto key = std::make_pair(table_of(h.cause.predicate), h.cause.target);
    return std::find(targets.begin(), targets.end(), key) != targets.end();
  }
};

}  // namespace

const char* cause_name(Cause::Kind k) {
  switch (k) {
    case Kind::signed_:
      return "signed";
    case Kind::deposited:
      return "deposited";
    case Kind::in_force:
      return "in_force";
    case Kind::threshold_reached:
      return "threshold_reached";
    case Kind::in_force_for_state:
      return "in_force_for_state";
    case Kind::denounced:
      return "denounced";
    case Kind::reservation_made:
      return "reservation_made";
    case Kind::reservation_withdrawn:
      return "reservation_withdrawn";
    case Kind::joined:
      return "joined";
    case Kind::left:
      return "left";
    case Kind::submitted:
      return "submitted";
    case Kind::report_due:
      return "report_due";
    case Kind::report_overdue:
      return "report_overdue";
    case Kind::deadline_passed:
      return "deadline_passed";
    case Kind::happened:
      return "happened";
    case Kind::known_until_ended:
      return "known_until_ended";
    case Kind::date_reached:
      return "date_reached";
  }
  return "?";
}

Day earliest_fact(const model::Profile& p) {
  Day first = no_day;
  for (const model::InstrumentFacts& f : p.instruments) {
    first = std::min({first, f.signed_on, f.deposited, f.deposited_by, f.denounced});
    for (const model::Reservation& r : f.reservations) first = std::min({first, r.made, r.withdrawn});
  }
  for (const model::MechanismFacts& m : p.mechanisms) first = std::min({first, m.joined, m.left});
  for (const model::ReportFacts& r : p.reports)
    for (const model::Submission& s : r.submissions) first = std::min(first, s.submitted);
  for (const model::EventFacts& e : p.events) first = std::min(first, e.happened);
  return first;
}

std::vector<Day> candidate_days(const eval::Program& program, const model::Profile& profile, Day from, Day to) {
  std::vector<Day> days;
  for (const Happening& h : Happenings(program, profile, from, to).collect())
    for (Day d : {h.day - 1, h.day, h.day + 1})
      if (d > from && d <= to) days.push_back(d);
  std::sort(days.begin(), days.end());
  days.erase(std::unique(days.begin(), days.end()), days.end());
  return days;
}

Timeline timeline(const eval::Program& program, const model::Profile& profile,
                  const std::vector<std::uint32_t>& selection, Day from, Day to) {
  Timeline t;
  t.state = profile.state;
  t.from = from;
  t.to = to;
  t.obligations = selection;
  if (t.obligations.empty())
    for (std::uint32_t o = 0; o < program.rules->obligations.size(); ++o) t.obligations.push_back(o);
  if (from > to) return t;
  std::vector<Happening> happenings = Happenings(program, profile, from, to).collect();
  std::vector<Reads> reads(t.obligations.size());
  for (std::size_t k = 0; k < t.obligations.size(); ++k) {
    const eval::CompiledObligation& c = program.obligations[t.obligations[k]];
    for (std::uint32_t root : {c.applies, c.exempt, c.require}) reads[k].walk(program, root);
  }
  auto statuses = [&](Day day, std::vector<eval::Status>& out) {
    eval::Snapshot s(program, day);
    s.reset(profile);
    out.clear();
    for (std::uint32_t o : t.obligations) out.push_back(eval::verdict(s, o));
    ++t.days_evaluated;
  };
  statuses(from, t.initial);
  std::vector<eval::Status> previous = t.initial, now;
  for (Day day : candidate_days(program, profile, from, to)) {
    statuses(day, now);
    for (std::size_t k = 0; k < now.size(); ++k) {
      if (now[k] == previous[k]) continue;
      Change c;
      c.day = day;
      c.obligation = t.obligations[k];
      c.before = previous[k];
      c.after = now[k];
      auto first = std::lower_bound(happenings.begin(), happenings.end(), day,
                                    [](const Happening& h, Day d) { return h.day < d; });
      for (auto h = first; h != happenings.end() && h->day == day; ++h)
        if (reads[k].concerns(*h)) c.causes.push_back(h->cause);
      t.changes.push_back(std::move(c));
    }
    previous.swap(now);
  }
  return t;
}

}  // namespace pacta::advice
