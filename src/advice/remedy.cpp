// The fewest acts: for each violated obligation, its minimal fixes (sets of candidate acts
// that make it hold, none containing another), found by simulation; then one fix per
// obligation is chosen so that their union is smallest (branch and bound, exact within a
// budget). The acts every fix of an obligation needs are found first (leaving one out fails),
// so only the optional ones are enumerated: `all of 19` costs 20 evaluations, not 2^19.
#include "advice/remedy.hpp"

#include <algorithm>

#include "advice/simulation.hpp"

namespace pacta::advice {

using eval::Status;
using eval::Truth;
using Outcome = ObligationRemedy::Outcome;

namespace {

constexpr std::size_t max_optional = 14;  // optional acts of one obligation enumerated in full
constexpr std::size_t max_small_fix = 3;  // beyond that, fixes up to this many optional acts
constexpr std::size_t max_fixes = 64;     // minimal fixes kept per obligation
constexpr std::size_t max_search_nodes = 200000;
constexpr std::size_t max_alternatives = 4;

using ActSet = std::vector<std::uint32_t>;  // sorted indices into Remedy::candidates

bool accepted(Status s) { return s == Status::satisfied || s == Status::pending || s == Status::unknown; }
int rank(Status s) { return s == Status::satisfied ? 0 : s == Status::pending ? 1 : 2; }

bool includes(const ActSet& big, const ActSet& small) {
  return std::includes(big.begin(), big.end(), small.begin(), small.end());
}

struct Fixes {
  std::uint32_t obligation = 0;
  ActSet candidates;          // A_o
  std::vector<ActSet> fixes;  // minimal, by size, then outcome, then acts
  std::vector<int> ranks;
};

class Planner {
 public:
  Planner(Simulation& sim, const std::vector<Act>& acts, Remedy& out) : sim_(sim), acts_(acts), out_(out) {}

  Status judge(const ActSet& set, std::uint32_t obligation) {
    std::vector<Act> taken;
    for (std::uint32_t a : set) taken.push_back(acts_[a]);
    sim_.take(taken);
    return sim_.status(obligation);
  }

  // Every minimal fix of one obligation, assuming (and checking) that acts only help.
  void fixes_of(Fixes& f) {
    if (f.candidates.empty() || !accepted(judge(f.candidates, f.obligation))) return;
    ActSet needed, optional;
    for (std::uint32_t a : f.candidates) {
      ActSet without;
      for (std::uint32_t b : f.candidates)
        if (b != a) without.push_back(b);
      (accepted(judge(without, f.obligation)) ? optional : needed).push_back(a);
    }
    std::size_t largest = optional.size();
    if (largest > max_optional) {
      largest = max_small_fix;
      out_.bounded = true;
    }
    std::vector<std::pair<ActSet, int>> found;
    for (std::size_t size = 0; size <= largest && found.size() < max_fixes; ++size)
      subsets(optional, size, [&](const ActSet& chosen) {
        ActSet set = needed;
        set.insert(set.end(), chosen.begin(), chosen.end());
        std::sort(set.begin(), set.end());
        for (const auto& smaller : found)
          if (includes(set, smaller.first)) return;
        Status s = judge(set, f.obligation);
        if (accepted(s) && found.size() < max_fixes) found.emplace_back(set, rank(s));
      });
    if (found.empty()) {  // acts did not only help (a `not` over one of them): take them all
      found.emplace_back(f.candidates, rank(judge(f.candidates, f.obligation)));
    }
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
      if (a.first.size() != b.first.size()) return a.first.size() < b.first.size();
      if (a.second != b.second) return a.second < b.second;
      return a.first < b.first;
    });
    for (auto& [set, r] : found) {
      f.fixes.push_back(std::move(set));
      f.ranks.push_back(r);
    }
  }

  // One fix per obligation, the union smallest; ties: fewer unknown outcomes, then the first found.
  ActSet choose(std::vector<Fixes>& all) {
    std::sort(all.begin(), all.end(), [](const Fixes& a, const Fixes& b) {
      return a.fixes.size() != b.fixes.size() ? a.fixes.size() < b.fixes.size() : a.obligation < b.obligation;
    });
    all_ = &all;
    best_.clear();
    have_best_ = false;
    search(0, {});
    return best_;
  }

 private:
  template <class Visit>
  static void subsets(const ActSet& from, std::size_t size, Visit visit) {
    std::vector<std::size_t> index(size);
    for (std::size_t k = 0; k < size; ++k) index[k] = k;
    if (size > from.size()) return;
    while (true) {
      ActSet chosen;
      for (std::size_t k : index) chosen.push_back(from[k]);
      visit(chosen);
      std::size_t k = size;
      while (k > 0 && index[k - 1] == from.size() - size + k - 1) --k;
      if (k == 0) return;
      ++index[k - 1];
      for (std::size_t j = k; j < size; ++j) index[j] = index[j - 1] + 1;
    }
  }

  void search(std::size_t at, const ActSet& so_far) {
    if (++nodes_ > max_search_nodes) {
      out_.bounded = true;
      return;
    }
    if (have_best_ && so_far.size() > best_.size()) return;
    std::vector<Fixes>& all = *all_;
    if (at == all.size()) {
      int unknowns = 0;
      std::vector<Act> taken;
      for (std::uint32_t a : so_far) taken.push_back(acts_[a]);
      sim_.take(taken);
      for (const Fixes& f : all) {
        if (f.fixes.empty()) continue;
        Status s = sim_.status(f.obligation);
        if (!accepted(s)) return;  // the fixes interfere: not a plan
        unknowns += s == Status::unknown;
      }
      if (!have_best_ || so_far.size() < best_.size() || unknowns < best_unknowns_) {
        best_ = so_far;
        best_unknowns_ = unknowns;
        have_best_ = true;
      }
      return;
    }
    const Fixes& f = all[at];
    if (f.fixes.empty()) return search(at + 1, so_far);
    for (const ActSet& fix : f.fixes)
      if (includes(so_far, fix)) return search(at + 1, so_far);  // already fixed on the way
    for (const ActSet& fix : f.fixes) {
      ActSet next;
      std::set_union(so_far.begin(), so_far.end(), fix.begin(), fix.end(), std::back_inserter(next));
      if (have_best_ && next.size() > best_.size()) continue;
      search(at + 1, next);
    }
  }

  Simulation& sim_;
  const std::vector<Act>& acts_;
  Remedy& out_;
  std::vector<Fixes>* all_ = nullptr;
  ActSet best_;
  int best_unknowns_ = 0;
  bool have_best_ = false;
  std::size_t nodes_ = 0;
};

Obstacle::Kind obstacle_of(const eval::Program& prog, const eval::Finding& f) {
  const eval::Node& n = prog.nodes[f.node];
  bool negated = f.shown != f.node && f.value == Truth::yes;
  if (negated) {
    switch (f.predicate) {
      case syntax::Predicate::ratified:
      case syntax::Predicate::party:
      case syntax::Predicate::signed_:
        return Obstacle::Kind::needs_denunciation;
      case syntax::Predicate::joined:
        return Obstacle::Kind::needs_leaving;
      case syntax::Predicate::member:
      case syntax::Predicate::event:
        return Obstacle::Kind::not_an_act;
      default:
        return Obstacle::Kind::other;
    }
  }
  if (n.timing == syntax::TimingKind::before || n.timing == syntax::TimingKind::by)
    return Obstacle::Kind::deadline_passed;
  if (f.basis == eval::Basis::deadline) return Obstacle::Kind::report_late;
  if (f.predicate == syntax::Predicate::party && f.basis == eval::Basis::not_in_force)
    return Obstacle::Kind::not_in_force;
  if (f.predicate == syntax::Predicate::party && f.value == Truth::no && f.deposit != no_day)
    return Obstacle::Kind::not_in_force;
  switch (f.predicate) {
    case syntax::Predicate::member:
    case syntax::Predicate::event:
    case syntax::Predicate::reserved:
      return Obstacle::Kind::not_an_act;
    default:
      return Obstacle::Kind::other;
  }
}

}  // namespace

const char* obstacle_name(Obstacle::Kind k) {
  switch (k) {
    case Obstacle::Kind::deadline_passed:
      return "deadline_passed";
    case Obstacle::Kind::report_late:
      return "report_late";
    case Obstacle::Kind::needs_denunciation:
      return "needs_denunciation";
    case Obstacle::Kind::needs_leaving:
      return "needs_leaving";
    case Obstacle::Kind::not_in_force:
      return "not_in_force";
    case Obstacle::Kind::not_an_act:
      return "not_an_act";
    case Obstacle::Kind::other:
      return "other";
  }
  return "?";
}

const char* outcome_name(Outcome o) {
  switch (o) {
    case Outcome::satisfied:
      return "satisfied";
    case Outcome::pending:
      return "pending";
    case Outcome::unknown:
      return "unknown";
    case Outcome::cannot:
      return "cannot";
  }
  return "?";
}

Remedy remedy(const eval::Program& program, const std::vector<model::Profile>& profiles, const model::Profile& profile,
              const std::vector<std::uint32_t>& selection, Day as_of) {
  Remedy out;
  out.state = profile.state;
  out.as_of = as_of;
  std::vector<std::uint32_t> obligations = selection;
  if (obligations.empty())
    for (std::uint32_t o = 0; o < program.rules->obligations.size(); ++o) obligations.push_back(o);

  Simulation sim(program, profiles, profile, as_of);
  std::vector<Status> before;
  std::vector<std::uint32_t> violated;
  for (std::uint32_t o : obligations) {
    before.push_back(sim.status(o));
    if (before.back() == Status::violated) violated.push_back(o);
  }
  std::vector<std::vector<Act>> own;
  for (std::uint32_t o : violated) {
    own.push_back(candidate_acts(sim.snapshot(), o));
    out.candidates.insert(out.candidates.end(), own.back().begin(), own.back().end());
  }
  std::sort(out.candidates.begin(), out.candidates.end());
  out.candidates.erase(std::unique(out.candidates.begin(), out.candidates.end()), out.candidates.end());
  auto index_of = [&](const Act& a) {
    return static_cast<std::uint32_t>(std::lower_bound(out.candidates.begin(), out.candidates.end(), a) -
                                      out.candidates.begin());
  };

  Planner planner(sim, out.candidates, out);
  std::vector<Fixes> fixes(violated.size());
  for (std::size_t k = 0; k < violated.size(); ++k) {
    fixes[k].obligation = violated[k];
    for (const Act& a : own[k]) fixes[k].candidates.push_back(index_of(a));
    planner.fixes_of(fixes[k]);
  }
  std::vector<Fixes> ordered = fixes;
  ActSet plan = planner.choose(ordered);

  std::vector<Act> taken;
  for (std::uint32_t a : plan) taken.push_back(out.candidates[a]);
  sim.take(taken);
  for (std::uint32_t a : plan) out.plan.push_back({a, {}});
  for (const Fixes& f : fixes) {
    ObligationRemedy r;
    r.obligation = f.obligation;
    const ActSet* chosen = nullptr;
    for (const ActSet& fix : f.fixes)
      if (includes(plan, fix)) {
        chosen = &fix;
        break;
      }
    Status after = sim.status(f.obligation);
    if (chosen && accepted(after)) {
      r.acts = *chosen;
      r.outcome = after == Status::satisfied ? Outcome::satisfied
                  : after == Status::pending ? Outcome::pending
                                             : Outcome::unknown;
      eval::VerdictRecord rec = sim.record(f.obligation);
      r.date = after == Status::pending ? rec.date : no_day;
      for (const eval::Finding& finding : rec.findings)
        if (finding.value == Truth::unknown) r.find_out.push_back(finding);
      for (const ActSet& fix : f.fixes)
        if (&fix != chosen && fix.size() == chosen->size() && r.alternatives.size() < max_alternatives)
          r.alternatives.push_back(fix);
      for (PlannedAct& p : out.plan)
        if (std::binary_search(chosen->begin(), chosen->end(), p.act)) p.obligations.push_back(f.obligation);
    } else {
      // What stands in the way once every act that could help is taken.
      std::vector<Act> all;
      for (std::uint32_t a : f.candidates) all.push_back(out.candidates[a]);
      sim.take(all);
      eval::VerdictRecord rec = sim.record(f.obligation);
      for (const eval::Finding& finding : rec.findings) {
        if (finding.value == Truth::unknown) {
          r.find_out.push_back(finding);
          continue;
        }
        r.obstacles.push_back({obstacle_of(program, finding), finding});
      }
      sim.take(taken);
    }
    out.violations.push_back(std::move(r));
  }
  for (PlannedAct& p : out.plan) std::sort(p.obligations.begin(), p.obligations.end());
  std::sort(out.violations.begin(), out.violations.end(),
            [](const ObligationRemedy& a, const ObligationRemedy& b) { return a.obligation < b.obligation; });
  if (!plan.empty())
    for (std::size_t k = 0; k < obligations.size(); ++k) {
      Status was = before[k], now = sim.status(obligations[k]);
      bool quiet = was == Status::satisfied || was == Status::not_applicable || was == Status::exempt;
      bool asks = now == Status::violated || now == Status::pending || now == Status::unknown;
      if (quiet && asks) {
        Day date = now == Status::pending ? sim.record(obligations[k]).date : no_day;
        out.new_duties.push_back({obligations[k], was, now, date});
      }
    }
  out.evaluations = sim.evaluations();
  return out;
}

}  // namespace pacta::advice
