#include "advice/acts.hpp"

#include <algorithm>
#include <tuple>

namespace pacta::advice {

bool operator<(const Act& a, const Act& b) {
  return std::tie(a.kind, a.target, a.period, a.article) < std::tie(b.kind, b.target, b.period, b.article);
}

const char* act_kind_name(Act::Kind k) {
  switch (k) {
    case Act::Kind::deposit:
      return "deposit";
    case Act::Kind::sign:
      return "sign";
    case Act::Kind::join:
      return "join";
    case Act::Kind::submit:
      return "submit";
    case Act::Kind::withdraw_reservation:
      return "withdraw_reservation";
  }
  return "?";
}

const std::string& act_target_name(const eval::Program& program, const Act& act) {
  const sema::RuleSet& rules = *program.rules;
  switch (act.kind) {
    case Act::Kind::join:
      return rules.mechanisms[act.target].id;
    case Act::Kind::submit:
      return rules.reports[act.target].id;
    default:
      return rules.instruments[act.target].id;
  }
}

model::Profile apply_acts(const model::Profile& profile, const std::vector<Act>& acts, Day day) {
  model::Profile p = profile;
  for (const Act& act : acts) {
    switch (act.kind) {
      case Act::Kind::deposit: {
        model::InstrumentFacts& f = p.instruments[act.target];
        bool bound = (f.deposited <= day || f.deposited_by <= day) && f.denounced > day;
        if (bound) break;  // consent already given: nothing to do, and no fact rewritten
        if (!f.listed) f.where = p.where;
        f.listed = true;
        f.deposited = day;
        f.deposited_by = no_day;
        f.denounced = no_day;  // a new deposit after a denunciation: bound again
        break;
      }
      case Act::Kind::sign: {
        model::InstrumentFacts& f = p.instruments[act.target];
        if (f.signed_on <= day || f.deposited <= day || f.deposited_by <= day) break;  // signed, or bound already
        if (!f.listed) f.where = p.where;
        f.listed = true;
        f.signed_on = day;
        break;
      }
      case Act::Kind::join: {
        model::MechanismFacts& m = p.mechanisms[act.target];
        if (m.joined <= day && m.left > day) break;  // taking part already
        if (!m.listed) m.where = p.where;
        m.listed = true;
        m.joined = day;
        m.left = no_day;
        break;
      }
      case Act::Kind::submit: {
        model::ReportFacts& r = p.reports[act.target];
        if (!r.listed) r.where = p.where;
        r.listed = true;
        r.submissions.push_back({act.period, day, p.where});
        std::stable_sort(r.submissions.begin(), r.submissions.end(),
                         [](const model::Submission& a, const model::Submission& b) {
                           return a.period != b.period ? a.period < b.period : a.submitted < b.submitted;
                         });
        break;
      }
      case Act::Kind::withdraw_reservation: {
        for (model::Reservation& r : p.instruments[act.target].reservations)
          if (r.article == act.article && r.withdrawn > day) r.withdrawn = day;
        break;
      }
    }
  }
  return p;
}

}  // namespace pacta::advice
