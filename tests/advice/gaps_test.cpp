// gaps: each missing fact counts the unknown verdicts naming it (once per verdict, over the
// selected states), ranked most first, ties by name; facts that are known never appear.
#include "advice/gaps.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "eval/run.hpp"
#include "report/advice_report.hpp"
#include "support/test_support.hpp"

namespace pacta::test {
namespace {

const std::string rules = R"(
instrument A "A" { in_force 2000-01-01 }
instrument B "B" { in_force 2000-01-01 }
instrument K "K" { in_force 2000-01-01 }
report R "R"
set AB = { A, B }
obligation BOTH { require ratified(all of AB) }
obligation A_TWICE { require ratified(A) and party(A) }
obligation K_KNOWN { require ratified(K) }
obligation REPORT { applies when ratified(K)  require submitted(R) every year due 06-30 since ratified(K) }
)";

std::string summary(const advice::Gaps& g, const World& w) {
  std::string out;
  for (const advice::MissingFact& m : g.facts) {
    out += w.rules.instruments.size() > m.target && m.predicate != syntax::Predicate::submitted
               ? w.rules.instruments[m.target].id
               : w.rules.reports[m.target].id;
    out += std::string(" ") + advice::what_name(m) + " " + std::to_string(m.verdicts);
    for (const std::string& s : m.states) out += " " + s;
    out += "\n";
  }
  return out;
}

TEST(Gaps, MissingFactsRankedByTheUnknownVerdictsNamingThem) {
  auto w = world(rules, {"state: XAA\ninstruments: { K: { ratified: 2001-01-01 } }\n",
                         "state: XAB\ninstruments: { A: { ratified: 2001-01-01 }, K: none }\n",
                         "state: XAC\ninstruments: { A: none, B: none, K: none }\n"});
  ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  eval::CheckRun run = eval::run_check(w->program, w->profiles, day("2010-12-31"), {});
  advice::Gaps g = advice::gaps(w->program, run);
  EXPECT_EQ(g.states, 3u);
  // XAA: BOTH (A, B), A_TWICE (A, named twice: counted once), REPORT (R); XAB: BOTH (B).
  EXPECT_EQ(summary(g, *w),
            "A deposit 2 XAA\n"
            "B deposit 2 XAA XAB\n"
            "R submissions 1 XAA\n");
  EXPECT_EQ(g.unknown_verdicts, 4u);
  // Only the selected states count.
  eval::CheckRun one = eval::run_check(w->program, w->profiles, day("2010-12-31"), {{"XAB"}, {}});
  EXPECT_EQ(summary(advice::gaps(w->program, one), *w), "B deposit 1 XAB\n");
}

// Each fact is the one its predicate reads (syntax/predicates.def): party and ratified lack the
// same deposit, a signature or an event's date is a fact of its own, and a deposit known only
// by a bound lacks its day.
TEST(Gaps, EachPredicateLacksTheFactItReads) {
  auto w = world(R"(
instrument S "S" { in_force 2000-01-01 }
instrument D "D" { in_force 2000-01-01 }
event E "E"
obligation SIGNED { require signed(S) and party(S) }
obligation DEPOSIT { require ratified(S) }
obligation BOUND { require ratified(D) before 2005-01-01 }
obligation HAPPENED { require event(E) }
)",
                 {"state: XAA\ninstruments: { D: { ratified_by: 2009-06-30 } }\n"});
  ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  eval::CheckRun run = eval::run_check(w->program, w->profiles, day("2010-12-31"), {});
  std::string out;
  for (const advice::MissingFact& m : advice::gaps(w->program, run).facts)
    out += std::string(syntax::predicate_name(m.predicate)) + " " + advice::what_name(m) + " (" + advice::what_text(m) +
           ") " + std::to_string(m.verdicts) + "\n";
  EXPECT_EQ(out,
            "ratified deposit (deposit) 2\n"
            "ratified deposit_date (deposit date) 1\n"
            "event event_date (event date) 1\n"
            "signed signature (signature) 1\n");
}

// An organisation's profile is counted apart from the states, in the count and in the text.
TEST(Gaps, AnOrganisationIsNotCountedAsAState) {
  auto w = world(rules, {"state: XAA\ninstruments: { K: { ratified: 2001-01-01 } }\n",
                         "state: EU\nkind: organisation\nname: European Union\n"});
  ASSERT_FALSE(w->diags.has_errors()) << render(w->sources, w->diags);
  eval::CheckRun run = eval::run_check(w->program, w->profiles, day("2010-12-31"), {});
  advice::Gaps g = advice::gaps(w->program, run);
  EXPECT_EQ(g.states, 2u);
  EXPECT_EQ(g.organisations, 1u);
  std::ostringstream text;
  report::render_gaps_text(text, g, w->program);
  EXPECT_NE(text.str().find(" over 1 state and 1 organisation; "), std::string::npos) << text.str();
}

}  // namespace
}  // namespace pacta::test
