// The acts worth trying for a violated obligation: walk its require clause with the polarity
// of each atom (under an odd number of `not`, only making a fact false helps) and keep, for
// each known-false fact, the act of the state that makes it true from the as-of date. Unknown
// facts get no act (they are found out, never guessed); deadlines already running (within,
// every year) or passed (before/by) get none: an act now would be late.
#include <algorithm>

#include "advice/remedy.hpp"

namespace pacta::advice {

using eval::Truth;
using syntax::Predicate;
using syntax::Quantifier;
using syntax::TimingKind;

namespace {

class Candidates {
 public:
  explicit Candidates(const eval::Snapshot& s) : s_(s), prog_(s.program()) {}

  void walk(std::uint32_t node, bool positive) {
    const eval::Node& n = prog_.nodes[node];
    switch (n.op) {
      case eval::Op::not_:
        return walk(prog_.children[n.first], !positive);
      case eval::Op::and_:
      case eval::Op::or_:
        for (std::uint32_t k = 0; k < n.count; ++k) walk(prog_.children[n.first + k], positive);
        return;
      case eval::Op::atom:
        if (n.quantifier == Quantifier::single) return atom(n, n.target, positive);
        for (std::uint32_t k = 0; k < n.count; ++k) atom(n, prog_.members[n.first + k], positive);
        return;
    }
  }

  std::vector<Act> take() {
    std::sort(acts_.begin(), acts_.end());
    acts_.erase(std::unique(acts_.begin(), acts_.end()), acts_.end());
    return std::move(acts_);
  }

 private:
  void atom(const eval::Node& n, std::uint32_t target, bool positive) {
    Truth now = eval::evaluate_atom_target(s_, n, target, nullptr);
    if (!positive) {
      // Only a reservation can be undone by the state itself; a deposit or a participation
      // would need a denunciation or leaving, which remedy does not propose.
      if (n.predicate == Predicate::reserved && now == Truth::yes)
        acts_.push_back({Act::Kind::withdraw_reservation, target, 0, prog_.articles[n.article]});
      return;
    }
    if (now != Truth::no) return;
    const Day d = s_.as_of();
    switch (n.timing) {
      case TimingKind::within:
      case TimingKind::every_year:
        return;
      case TimingKind::before:
        if (d >= n.date) return;
        break;
      case TimingKind::by:
        if (d > n.date) return;
        break;
      default:
        break;
    }
    switch (n.predicate) {
      case Predicate::ratified:
      case Predicate::party:
        if (s_.ratified(target) == Truth::no) acts_.push_back({Act::Kind::deposit, target, 0, {}});
        return;
      case Predicate::signed_:
        if (s_.signed_(target) == Truth::no && s_.ratified(target) == Truth::no)
          acts_.push_back({Act::Kind::sign, target, 0, {}});
        return;
      case Predicate::joined:
        if (s_.joined(target) == Truth::no) acts_.push_back({Act::Kind::join, target, 0, {}});
        return;
      case Predicate::submitted:
        if (s_.submitted(target) == Truth::no) acts_.push_back({Act::Kind::submit, target, 0, {}});
        return;
      default:  // reserved, member, event, and any other: no act remedy proposes
        return;
    }
  }

  const eval::Snapshot& s_;
  const eval::Program& prog_;
  std::vector<Act> acts_;
};

}  // namespace

std::vector<Act> candidate_acts(const eval::Snapshot& s, std::uint32_t obligation) {
  Candidates c(s);
  c.walk(s.program().obligations[obligation].require, true);
  return c.take();
}

}  // namespace pacta::advice
