// Running rule tests: verdicts compared as of each test's date, over each test's own profiles.
#include <gtest/gtest.h>

#include "report/why.hpp"
#include "support/test_support.hpp"
#include "testing/rule_tests_support.hpp"

namespace pacta::test {
namespace {

testing::TestRun run(const CheckedSuite& s, const std::string& filter = "", bool coverage = false) {
  testing::RunOptions options;
  if (!filter.empty()) options.filter.emplace(filter);
  options.coverage = coverage;
  return testing::run_tests(s.rules, s.suite, s.sources, options);
}

// A failed expectation's why, worded as every output words it.
std::string reason(const testing::TestRun& r, const testing::ExpectationResult& e, const diag::SourceMap& sources) {
  return e.record ? report::why(*e.record, *r.program, sources) : e.missing;
}

TEST(RunTests, ComparesEachExpectedVerdict) {
  auto s = checked_suite(R"T(
test GOOD {
  as_of 2026-01-01
  state XAA { member LAC  joined CCP 2020-01-01 }
  state XAB { member LAC }
  expect XAA CCP_LAC satisfied
  expect XAB CCP_LAC violated
}
test BAD {
  as_of 2026-01-01
  state XAA { member LAC }
  expect XAA CCP_LAC satisfied
  expect XAA PARENT not_applicable
})T");
  ASSERT_FALSE(s->diags.has_errors()) << render(s->sources, s->diags);
  testing::TestRun r = run(*s);
  ASSERT_EQ(r.results.size(), 2u);
  EXPECT_TRUE(r.results[0].passed());
  EXPECT_FALSE(r.results[1].passed());
  EXPECT_EQ(r.passed(), 1u);
  EXPECT_EQ(r.failed(), 1u);
  const testing::ExpectationResult& e = r.results[1].expectations[0];
  EXPECT_FALSE(e.passed());
  EXPECT_EQ(e.actual, eval::Status::violated);
  EXPECT_EQ(reason(r, e, s->sources), "joined(CCP) before 2026-01-01: CCP: not joined");
  EXPECT_TRUE(r.results[1].expectations[1].passed());
  EXPECT_FALSE(r.results[1].expectations[1].record);
  EXPECT_FALSE(r.coverage);
}

TEST(RunTests, EachTestHasItsOwnDate) {
  auto s = checked_suite(R"T(
test BEFORE { as_of 2010-06-01  state XAA { ratified UNTOC 2010-05-03 }  expect XAA BOUND not_applicable }
test AFTER { as_of 2010-06-02  state XAA { ratified UNTOC 2010-05-03 }  expect XAA BOUND satisfied })T");
  testing::TestRun r = run(*s);
  EXPECT_EQ(r.passed(), 2u);
}

TEST(RunTests, RunSelectsTestsWhoseIdMatches) {
  auto s = checked_suite(R"T(
test CCP_ONE { as_of 2020-01-01  state XAA { }  expect XAA CCP_LAC not_applicable }
test CCP_TWO { as_of 2020-01-01  state XAA { }  expect XAA CCP_LAC not_applicable }
test PARENT_ONE { as_of 2020-01-01  state XAA { }  expect XAA PARENT not_applicable })T");
  testing::TestRun r = run(*s, "^CCP_");
  ASSERT_EQ(r.results.size(), 2u);
  EXPECT_EQ(r.results[1].test->id, "CCP_TWO");
  EXPECT_EQ(run(*s, "ONE").results.size(), 2u);  // searched, not anchored
  EXPECT_TRUE(run(*s, "^NOTHING$").results.empty());
}

TEST(RunTests, EntryIntoForceCountsTheTestsOwnDeposits) {
  // No declared date: in force 30 days after the 2nd deposit among the test's profiles.
  std::string rules = std::string(base_rules) + R"T(
instrument NEW { in_force 30 days after 2 deposits }
obligation NEW_PARTY { applies when ratified(NEW)  require party(NEW) }
test ONE_DEPOSIT {
  as_of 2021-01-01
  state XAA { ratified NEW 2020-01-01 }
  expect XAA NEW_PARTY violated
}
test TWO_DEPOSITS {
  as_of 2021-01-01
  state XAA { ratified NEW 2020-01-01 }
  state XAB { ratified NEW 2020-06-01 }
  expect XAA NEW_PARTY satisfied
  expect XAB NEW_PARTY satisfied
}
test NOT_YET {
  as_of 2020-06-30
  state XAA { ratified NEW 2020-01-01 }
  state XAB { ratified NEW 2020-06-01 }
  expect XAA NEW_PARTY pending  # in force from 2020-07-01: only time is missing
})T";
  auto s = checked_suite({rules}, "", [](std::vector<syntax::RuleFile>&) {});
  ASSERT_FALSE(s->diags.has_errors()) << render(s->sources, s->diags);
  testing::TestRun r = run(*s);
  for (const auto& t : r.results)
    EXPECT_TRUE(t.passed()) << t.test->id << ": " << reason(r, t.expectations[0], s->sources);
}

TEST(RunTests, WhyCoversEveryStatus) {
  auto s = checked_suite(R"T(
test T {
  as_of 2020-01-01
  state XAA { }
  state XAB { ratified UNTOC 2010-05-03  reserved UNTOC "art. 35(2)" }
  state XAC { ratified UNTOC 2010-05-03 }
  expect XAA BOUND satisfied
  expect XAB BOUND satisfied
  expect XAC BOUND exempt
})T");
  ASSERT_FALSE(s->diags.has_errors()) << render(s->sources, s->diags);
  testing::TestRun r = run(*s);
  const auto& e = r.results[0].expectations;
  EXPECT_EQ(e[0].actual, eval::Status::not_applicable);
  EXPECT_EQ(reason(r, e[0], s->sources), "applies when party(UNTOC): UNTOC: no deposit recorded");
  EXPECT_EQ(e[1].actual, eval::Status::exempt);
  EXPECT_EQ(reason(r, e[1], s->sources),
            "exempt when reserved(UNTOC, \"art. 35(2)\"): UNTOC: reservation to 'art. 35(2)' since 2010-05-03");
  EXPECT_EQ(e[2].actual, eval::Status::satisfied);
  EXPECT_EQ(reason(r, e[2], s->sources),
            "party(UNTOC): UNTOC: consent deposited 2010-05-03, in force for the state from 2010-06-02");
}

TEST(RunTests, UnknownNamesGiveUnknownVerdicts) {
  auto s = checked_suite(R"T(
test T {
  as_of 2026-06-30
  state XAA { member LAC  unknown CCP }
  state XAB { unknown UNTOC_TIP  ratified UNTOC 2010-05-03 }
  state XAC { unknown UNTOC_TIP }
  expect XAA CCP_LAC unknown
  expect XAB PARENT satisfied
  expect XAC PARENT unknown
})T");
  ASSERT_FALSE(s->diags.has_errors()) << render(s->sources, s->diags);
  testing::TestRun r = run(*s);
  EXPECT_TRUE(r.results[0].passed()) << reason(r, r.results[0].expectations[0], s->sources);
}

}  // namespace
}  // namespace pacta::test
