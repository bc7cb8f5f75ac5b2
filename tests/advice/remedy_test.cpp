// remedy against a brute-force search: on small rule sets (tests/advice/data), every subset
// of a universe of acts (deposit and sign every instrument, join every mechanism, submit every
// report, withdraw every reservation) is applied to each profile and judged by the evaluator.
// remedy must fix exactly the obligations some subset fixes, with as few acts as the smallest
// subset fixing them all together. Then what remedy says of particular cases.
#include "advice/remedy.hpp"

#include <gtest/gtest.h>

#include "advice_data.hpp"
#include "eval/record.hpp"

namespace pacta::test {
namespace {

using advice::Act;
using eval::Status;
using Outcome = advice::ObligationRemedy::Outcome;

bool fixed(Status s) { return s == Status::satisfied || s == Status::pending || s == Status::unknown; }

// The statuses of every obligation once `acts` are taken on `day`, entry into force computed
// again from every profile's deposits (the state's new ones counted).
std::vector<Status> judge(const World& w, std::size_t state, const std::vector<Act>& acts, Day day) {
  std::vector<model::Profile> profiles = w.profiles;
  profiles[state] = advice::apply_acts(w.profiles[state], acts, day);
  eval::Program program = w.program;
  eval::resolve_entry_into_force(program, profiles);
  eval::Snapshot s(program, day);
  s.reset(profiles[state]);
  std::vector<Status> out;
  for (std::uint32_t o = 0; o < program.obligations.size(); ++o) out.push_back(eval::verdict(s, o));
  return out;
}

std::vector<Act> universe(const World& w, std::size_t state) {
  std::vector<Act> acts;
  for (std::uint32_t i = 0; i < w.rules.instruments.size(); ++i) {
    acts.push_back({Act::Kind::deposit, i, 0, {}});
    acts.push_back({Act::Kind::sign, i, 0, {}});
    for (const model::Reservation& r : w.profiles[state].instruments[i].reservations)
      acts.push_back({Act::Kind::withdraw_reservation, i, 0, r.article});
  }
  for (std::uint32_t m = 0; m < w.rules.mechanisms.size(); ++m) acts.push_back({Act::Kind::join, m, 0, {}});
  for (std::uint32_t r = 0; r < w.rules.reports.size(); ++r) acts.push_back({Act::Kind::submit, r, 0, {}});
  return acts;
}

void brute_force(const std::string& name, const std::string& as_of) {
  auto w = advice_world(name);
  ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  Day day = test::day(as_of);
  for (std::size_t p = 0; p < w->profiles.size(); ++p) {
    SCOPED_TRACE(name + " " + w->profiles[p].state);
    std::vector<Status> base = judge(*w, p, {}, day);
    std::vector<Act> all = universe(*w, p);
    ASSERT_LE(all.size(), 16u);
    std::vector<bool> alone(base.size(), false);
    std::vector<std::pair<std::size_t, std::uint32_t>> subsets;  // (size, mask)
    std::vector<std::vector<Status>> results;
    for (std::uint32_t mask = 0; mask < (1u << all.size()); ++mask) {
      std::vector<Act> acts;
      for (std::size_t k = 0; k < all.size(); ++k)
        if (mask >> k & 1u) acts.push_back(all[k]);
      results.push_back(judge(*w, p, acts, day));
      subsets.emplace_back(acts.size(), mask);
      for (std::size_t o = 0; o < base.size(); ++o)
        if (base[o] == Status::violated && fixed(results.back()[o])) alone[o] = true;
    }
    advice::Remedy r = advice::remedy(w->program, w->profiles, w->profiles[p], {}, day);
    EXPECT_FALSE(r.bounded);
    std::size_t violated = 0;
    for (Status s : base) violated += s == Status::violated;
    ASSERT_EQ(r.violations.size(), violated);
    for (const advice::ObligationRemedy& v : r.violations) {
      EXPECT_EQ(base[v.obligation], Status::violated);
      EXPECT_EQ(v.outcome != Outcome::cannot, alone[v.obligation]) << w->rules.obligations[v.obligation].id;
    }
    // The smallest subset fixing every fixable obligation at once.
    std::size_t smallest = all.size() + 1;
    for (std::size_t k = 0; k < subsets.size(); ++k) {
      bool every = true;
      for (std::size_t o = 0; o < base.size(); ++o)
        if (alone[o] && !fixed(results[k][o])) every = false;
      if (every) smallest = std::min(smallest, subsets[k].first);
    }
    EXPECT_EQ(r.plan.size(), smallest);
    // The plan, judged here, fixes them all, with the outcomes remedy reports.
    std::vector<Act> plan;
    for (const advice::PlannedAct& a : r.plan) plan.push_back(r.candidates[a.act]);
    std::vector<Status> after = judge(*w, p, plan, day);
    for (const advice::ObligationRemedy& v : r.violations) {
      if (v.outcome == Outcome::cannot) continue;
      EXPECT_TRUE(fixed(after[v.obligation])) << w->rules.obligations[v.obligation].id;
      EXPECT_STREQ(advice::outcome_name(v.outcome), eval::status_name(after[v.obligation]));
    }
  }
}

TEST(RemedyBruteForce, ParentsAtLeastAndAllOf) { brute_force("parents", "2020-06-30"); }
TEST(RemedyBruteForce, DeadlinesAndReports) { brute_force("timing", "2020-06-30"); }
TEST(RemedyBruteForce, NegationsAndReservations) { brute_force("negation", "2020-06-30"); }
TEST(RemedyBruteForce, UnknownsAndComputedEntryIntoForce) { brute_force("unknowns", "2020-06-30"); }
TEST(RemedyBruteForce, ChoicesThatPayOffTogether) { brute_force("choices", "2020-06-30"); }

// ---- what remedy says --------------------------------------------------------------------------

struct Case {
  std::unique_ptr<World> w;
  advice::Remedy r;
  const advice::ObligationRemedy& of(const std::string& id) const {
    std::uint32_t o = w->rules.lookup(id)->index;
    for (const auto& v : r.violations)
      if (v.obligation == o) return v;
    throw std::runtime_error("not violated: " + id);
  }
  std::string act(std::uint32_t index) const {
    const Act& a = r.candidates[index];
    return std::string(advice::act_kind_name(a.kind)) + " " + advice::act_target_name(w->program, a);
  }
  std::vector<std::string> plan() const {
    std::vector<std::string> out;
    for (const auto& p : r.plan) out.push_back(act(p.act));
    return out;
  }
};

Case remedy_of(const std::string& data, const std::string& state, const std::string& as_of = "2020-06-30") {
  Case c;
  c.w = advice_world(data);
  int p = c.w->profile(state);
  c.r = advice::remedy(c.w->program, c.w->profiles, c.w->profiles[static_cast<std::size_t>(p)], {}, day(as_of));
  return c;
}

TEST(Remedy, OneDepositFixesSeveralAndTheCheapestChoiceNamesAlternatives) {
  Case c = remedy_of("parents", "XAA");
  EXPECT_EQ(c.plan(), (std::vector<std::string>{"deposit A", "deposit C"}));
  const auto& two = c.of("TWO_OF_FOUR");
  EXPECT_EQ(two.outcome, Outcome::satisfied);
  ASSERT_EQ(two.acts.size(), 1u);
  EXPECT_EQ(c.act(two.acts[0]), "deposit A");
  ASSERT_EQ(two.alternatives.size(), 2u);
  EXPECT_EQ(c.act(two.alternatives[0][0]), "deposit C");
  EXPECT_EQ(c.act(two.alternatives[1][0]), "deposit D");
  // A deposit today makes a party 30 days later: pending, with the day.
  const auto& party = c.of("PARTY_A");
  EXPECT_EQ(party.outcome, Outcome::pending);
  EXPECT_EQ(format_day(party.date), "2020-07-30");
  // Depositing A brings the duty to join M.
  ASSERT_EQ(c.r.new_duties.size(), 1u);
  EXPECT_EQ(c.w->rules.obligations[c.r.new_duties[0].obligation].id, "REVIEW");
  EXPECT_EQ(c.r.new_duties[0].after, Status::violated);
}

TEST(Remedy, TheSmallestUnionNotTheFirstFixOfEach) {
  Case c = remedy_of("choices", "XFA");
  EXPECT_EQ(c.plan(), (std::vector<std::string>{"deposit A", "deposit C"}));
  EXPECT_EQ(remedy_of("choices", "XFB").plan(), (std::vector<std::string>{"deposit C"}));
}

TEST(Remedy, OneActSharedByTwoObligationsIsPreferred) {
  Case c = remedy_of("timing", "XBB");
  EXPECT_EQ(c.plan(), (std::vector<std::string>{"join LATE"}));
}

TEST(Remedy, PassedDeadlinesAndLateReportsCannotBeFixed) {
  Case c = remedy_of("timing", "XBA");
  const auto& early = c.of("EARLY_JOIN");
  EXPECT_EQ(early.outcome, Outcome::cannot);
  ASSERT_FALSE(early.obstacles.empty());
  EXPECT_EQ(early.obstacles[0].kind, advice::Obstacle::Kind::deadline_passed);
  EXPECT_EQ(c.of("YEARLY").obstacles.at(0).kind, advice::Obstacle::Kind::report_late);
  EXPECT_EQ(c.of("FINAL").obstacles.at(0).kind, advice::Obstacle::Kind::report_late);
  EXPECT_EQ(c.r.plan.size(), 0u);  // LATE_JOIN is only pending: nothing to do yet
}

TEST(Remedy, ReservationsAreWithdrawnDepositsNeedDenunciation) {
  Case c = remedy_of("negation", "XCA");
  EXPECT_EQ(c.of("NO_RESERVATION").outcome, Outcome::satisfied);
  EXPECT_EQ(c.act(c.of("NO_RESERVATION").acts.at(0)), "withdraw_reservation A");
  EXPECT_EQ(c.of("NOT_OLD").outcome, Outcome::cannot);
  EXPECT_EQ(c.of("NOT_OLD").obstacles.at(0).kind, advice::Obstacle::Kind::needs_denunciation);
  EXPECT_EQ(c.act(c.of("N_UNLESS_M").acts.at(0)), "deposit N");  // satisfied, not exempt
}

TEST(Remedy, UnknownFactsAreFoundOutNotGuessed) {
  Case c = remedy_of("unknowns", "XDA");
  const auto& au = c.of("A_AND_U");
  EXPECT_EQ(au.outcome, Outcome::unknown);
  EXPECT_EQ(c.act(au.acts.at(0)), "deposit A");
  ASSERT_EQ(au.find_out.size(), 1u);
  EXPECT_EQ(c.w->rules.instruments[au.find_out[0].target].id, "U");
  for (const auto& p : c.r.plan) EXPECT_NE(c.act(p.act), "deposit U");
  // The state's deposit is the second: E enters into force 90 days later.
  EXPECT_EQ(c.of("PARTY_E").outcome, Outcome::pending);
  EXPECT_EQ(format_day(c.of("PARTY_E").date), "2020-09-28");
  // G needs three deposits; two would be made.
  EXPECT_EQ(c.of("PARTY_G").outcome, Outcome::cannot);
  EXPECT_EQ(c.of("PARTY_G").obstacles.at(0).kind, advice::Obstacle::Kind::not_in_force);
}

}  // namespace
}  // namespace pacta::test
