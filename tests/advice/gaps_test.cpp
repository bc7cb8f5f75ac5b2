// gaps: each missing fact counts the unknown verdicts naming it (once per verdict, over the
// selected states), ranked most first, ties by name; facts that are known never appear.
#include "advice/gaps.hpp"

#include <gtest/gtest.h>

#include "eval/run.hpp"
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
    out += std::string(" ") + advice::what_name(m.what) + " " + std::to_string(m.verdicts);
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

}  // namespace
}  // namespace pacta::test
