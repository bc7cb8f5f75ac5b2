#include "advice/gaps.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace pacta::advice {

using syntax::Predicate;
using What = MissingFact::What;

namespace {

What what_of(Predicate p) {
  switch (p) {
    case Predicate::signed_:
      return What::signature;
    case Predicate::reserved:
      return What::reservations;
    case Predicate::joined:
      return What::joining;
    case Predicate::submitted:
      return What::submissions;
    case Predicate::event:
      return What::event_date;
    default:
      return What::deposit;
  }
}

// The predicate naming the table of a fact: one per kind of declaration.
Predicate table_predicate(Predicate p) {
  switch (p) {
    case Predicate::ratified:
    case Predicate::party:
    case Predicate::signed_:
    case Predicate::reserved:
      return Predicate::ratified;
    default:
      return p;
  }
}

const std::string& name_of(const eval::Program& prog, Predicate p, std::uint32_t t) {
  const sema::RuleSet& r = *prog.rules;
  switch (p) {
    case Predicate::joined:
      return r.mechanisms[t].id;
    case Predicate::submitted:
      return r.reports[t].id;
    case Predicate::event:
      return r.events[t].id;
    case Predicate::member:
      return r.groups[t].id;
    default:
      return r.instruments[t].id;
  }
}

// The fact a finding with an unknown value lacks, if it names one.
bool missing(const eval::Program& prog, const eval::Finding& f, MissingFact& m) {
  if (f.value != eval::Truth::unknown) return false;
  m.predicate = f.predicate;
  m.target = f.target;
  m.what = what_of(f.predicate);
  if (f.bound && (f.predicate == Predicate::ratified || f.predicate == Predicate::party)) {
    m.what = What::deposit_date;
  } else if (f.basis == eval::Basis::deadline && f.deadline.kind == eval::DeadlineFinding::Kind::unknown) {
    // The deadline's anchor is not known (party(X) of `since party(X)`), or its fact is dated
    // only by a bound later than the due day.
    const eval::Node& n = prog.nodes[f.node];
    if (n.has_anchor && !n.anchor_is_date && f.deadline.due == no_day) {
      m.predicate = n.anchor_predicate;
      m.target = n.anchor_target;
      m.what = what_of(n.anchor_predicate);
    } else if (f.bound) {
      m.what = What::deposit_date;
    }
  }
  if (m.predicate == Predicate::member) return false;  // group membership is never unknown
  m.predicate = table_predicate(m.predicate);
  return true;
}

}  // namespace

const char* what_name(What w) {
  switch (w) {
    case What::deposit:
      return "deposit";
    case What::deposit_date:
      return "deposit_date";
    case What::signature:
      return "signature";
    case What::reservations:
      return "reservations";
    case What::joining:
      return "joining";
    case What::submissions:
      return "submissions";
    case What::event_date:
      return "event_date";
  }
  return "?";
}

Gaps gaps(const eval::Program& program, const eval::CheckRun& run) {
  Gaps out;
  out.as_of = run.as_of;
  out.states = run.profiles.size();
  // key: (what, table, target) -> index in out.facts
  std::map<std::tuple<What, Predicate, std::uint32_t>, std::size_t> index;
  constexpr eval::StatusMask unknown_only = 1u << static_cast<int>(eval::Status::unknown);
  eval::Recorder recorder(program, run, unknown_only);
  for (std::size_t p = 0; p < run.profiles.size(); ++p) {
    for (const eval::VerdictRecord& r : recorder.state(p)) {
      ++out.unknown_verdicts;
      std::vector<std::size_t> named;  // each fact counts once per verdict
      for (const eval::Finding& f : r.findings) {
        MissingFact m;
        if (!missing(program, f, m)) continue;
        auto key = std::make_tuple(m.what, m.predicate, m.target);
        auto it = index.find(key);
        if (it == index.end()) {
          it = index.emplace(key, out.facts.size()).first;
          out.facts.push_back(m);
        }
        if (std::find(named.begin(), named.end(), it->second) == named.end()) named.push_back(it->second);
      }
      for (std::size_t k : named) {
        MissingFact& m = out.facts[k];
        ++m.verdicts;
        const std::string& state = run.profiles[p]->state;
        if (m.states.empty() || m.states.back() != state) m.states.push_back(state);
        if (std::find(m.obligations.begin(), m.obligations.end(), r.obligation) == m.obligations.end())
          m.obligations.push_back(r.obligation);
      }
    }
  }
  for (MissingFact& m : out.facts) {
    std::sort(m.states.begin(), m.states.end());
    m.states.erase(std::unique(m.states.begin(), m.states.end()), m.states.end());
    std::sort(m.obligations.begin(), m.obligations.end());
  }
  std::sort(out.facts.begin(), out.facts.end(), [&](const MissingFact& a, const MissingFact& b) {
    if (a.verdicts != b.verdicts) return a.verdicts > b.verdicts;
    const std::string &x = name_of(program, a.predicate, a.target), &y = name_of(program, b.predicate, b.target);
    if (x != y) return x < y;
    return a.what < b.what;
  });
  return out;
}

}  // namespace pacta::advice
