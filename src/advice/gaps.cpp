#include "advice/gaps.hpp"

#include <algorithm>
#include <map>
#include <string_view>
#include <tuple>

#include "syntax/predicates.hpp"

namespace pacta::advice {

using syntax::Predicate;

namespace {

// The first predicate reading the same fact as p (same kind of declaration, same noun): the
// one a missing fact is named by, so that party(X) and ratified(X) lack one deposit.
Predicate fact_predicate(Predicate p) {
  const syntax::PredicateDef& d = syntax::definition(p);
  for (const syntax::PredicateDef& x : syntax::predicate_defs)
    if (x.argument == d.argument && std::string_view(x.fact_noun) == d.fact_noun) return x.id;
  return p;
}

// The fact a finding with an unknown value lacks, if it names one.
bool missing(const eval::Program& prog, const eval::Finding& f, MissingFact& m) {
  if (f.value != eval::Truth::unknown) return false;
  m.predicate = f.predicate;
  m.target = f.target;
  m.day_only = f.bound && (f.predicate == Predicate::ratified || f.predicate == Predicate::party);
  if (!m.day_only && f.basis == eval::Basis::deadline && f.deadline.kind == eval::DeadlineFinding::Kind::unknown) {
    // The deadline's anchor is not known (party(X) of `since party(X)`), or its fact is dated
    // only by a bound later than the due day.
    const eval::Node& n = prog.nodes[f.node];
    if (n.has_anchor && !n.anchor_is_date && f.deadline.due == no_day) {
      m.predicate = n.anchor_predicate;
      m.target = n.anchor_target;
    } else if (f.bound) {
      m.day_only = true;
    }
  }
  if (m.predicate == Predicate::member) return false;  // group membership is never unknown
  m.predicate = fact_predicate(m.predicate);
  return true;
}

}  // namespace

std::string what_text(const MissingFact& m) {
  std::string noun = syntax::definition(m.predicate).fact_noun;
  return m.day_only ? noun + " date" : noun;
}

std::string what_name(const MissingFact& m) {
  std::string name = what_text(m);
  std::replace(name.begin(), name.end(), ' ', '_');
  return name;
}

Gaps gaps(const eval::Program& program, const eval::CheckRun& run) {
  Gaps out;
  out.as_of = run.as_of;
  out.states = run.profiles.size();
  for (const model::Profile* p : run.profiles) out.organisations += p->kind == model::PartyKind::organisation;
  // key: (fact, day only, target) -> index in out.facts
  std::map<std::tuple<Predicate, bool, std::uint32_t>, std::size_t> index;
  constexpr eval::StatusMask unknown_only = 1u << static_cast<int>(eval::Status::unknown);
  eval::Recorder recorder(program, run, unknown_only);
  for (std::size_t p = 0; p < run.profiles.size(); ++p) {
    for (const eval::VerdictRecord& r : recorder.state(p)) {
      ++out.unknown_verdicts;
      std::vector<std::size_t> named;  // each fact counts once per verdict
      for (const eval::Finding& f : r.findings) {
        MissingFact m;
        if (!missing(program, f, m)) continue;
        auto key = std::make_tuple(m.predicate, m.day_only, m.target);
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
    const std::string &x = program.rules->name_of(sema::target_of(a.predicate, a.target)),
                      &y = program.rules->name_of(sema::target_of(b.predicate, b.target));
    if (x != y) return x < y;
    return std::make_pair(a.predicate, a.day_only) < std::make_pair(b.predicate, b.day_only);
  });
  return out;
}

}  // namespace pacta::advice
