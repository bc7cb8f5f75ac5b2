// Condition coverage: both outcomes per condition, over the expectations' snapshots, clause by
// clause as far as the verdict reads them.
#include <gtest/gtest.h>

#include "support/test_support.hpp"
#include "testing/rule_tests_support.hpp"

namespace pacta::test {
namespace {

testing::Coverage coverage(const CheckedSuite& s) {
  testing::RunOptions options;
  options.coverage = true;
  testing::TestRun r = testing::run_tests(s.rules, s.suite, s.sources, options);
  EXPECT_TRUE(r.coverage);
  return *r.coverage;
}

const testing::ObligationCoverage& of(const CheckedSuite& s, const testing::Coverage& c, const std::string& id) {
  return c.obligations.at(s.rules.lookup(id)->index);
}

TEST(Coverage, ListsEveryConditionNodeInSourceOrder) {
  auto s = checked_suite("");
  testing::Coverage c = coverage(*s);
  const auto& o = of(*s, c, "NO_WEOG");
  ASSERT_EQ(o.conditions.size(), 6u);  // and, not, member, or, signed, ratified
  EXPECT_EQ(o.conditions[0].text, "not member(WEOG) and (signed(UNTOC) or ratified(UNTOC))");
  EXPECT_EQ(o.conditions[1].text, "not member(WEOG)");
  EXPECT_EQ(o.conditions[2].text, "member(WEOG)");
  EXPECT_EQ(o.conditions[3].text, "signed(UNTOC) or ratified(UNTOC)");
  EXPECT_STREQ(o.conditions[0].clause, "require");
  EXPECT_EQ(of(*s, c, "BOUND").conditions.size(), 3u);
  EXPECT_EQ(c.covered(), 0u);
  EXPECT_EQ(o.expectations, 0u);
}

TEST(Coverage, AConditionIsCoveredWhenSeenTrueAndFalse) {
  auto s = checked_suite(R"T(
test T {
  as_of 2026-06-30
  state XAA { member LAC  joined CCP 2020-01-01 }
  state XAB { member LAC }
  expect XAA CCP_LAC satisfied
  expect XAB CCP_LAC violated
})T");
  testing::Coverage c = coverage(*s);
  const auto& o = of(*s, c, "CCP_LAC");
  EXPECT_EQ(o.expectations, 2u);
  EXPECT_TRUE(o.conditions[0].seen_true);  // applies when member(LAC)
  EXPECT_FALSE(o.conditions[0].seen_false);
  EXPECT_TRUE(o.conditions[1].covered());  // require joined(CCP) before ...
  EXPECT_EQ(o.covered(), 1u);
  EXPECT_EQ(c.covered(), 1u);
  EXPECT_DOUBLE_EQ(c.percent(), 100.0 / static_cast<double>(c.conditions()));
}

TEST(Coverage, ClausesTheVerdictDoesNotReadAreNotCounted) {
  auto s = checked_suite(R"T(
test T {
  as_of 2020-01-01
  state XAA { }
  state XAB { ratified UNTOC 2010-05-03  reserved UNTOC "art. 35(2)" }
  expect XAA BOUND not_applicable
  expect XAB BOUND exempt
})T");
  testing::Coverage c = coverage(*s);
  const auto& o = of(*s, c, "BOUND");
  EXPECT_TRUE(o.conditions[0].covered());  // applies: false for XAA, true for XAB
  EXPECT_TRUE(o.conditions[1].seen_true);  // exempt: read for XAB only
  EXPECT_FALSE(o.conditions[1].seen_false);
  EXPECT_FALSE(o.conditions[2].seen_true);  // require: read for nobody
  EXPECT_FALSE(o.conditions[2].seen_false);
}

TEST(Coverage, OnlyExpectedVerdictsCount) {
  auto s = checked_suite(R"T(
test T { as_of 2026-06-30  state XAA { member LAC }  state XAB { }  expect XAA PARENT not_applicable })T");
  testing::Coverage c = coverage(*s);
  EXPECT_EQ(of(*s, c, "CCP_LAC").expectations, 0u);
  EXPECT_FALSE(of(*s, c, "CCP_LAC").conditions[0].seen_true);
}

TEST(Coverage, PendingAndUnknownAreNotOutcomes) {
  auto s = checked_suite(R"T(
test T {
  as_of 2025-06-30
  state XAA { member LAC }
  state XAB { member LAC  unknown CCP }
  expect XAA CCP_LAC pending
  expect XAB CCP_LAC unknown
})T");
  testing::Coverage c = coverage(*s);
  const auto& require = of(*s, c, "CCP_LAC").conditions[1];
  EXPECT_FALSE(require.seen_true);
  EXPECT_FALSE(require.seen_false);
}

TEST(Coverage, NothingToCoverIsFullCoverage) {
  testing::Coverage c;
  EXPECT_DOUBLE_EQ(c.percent(), 100.0);
}

}  // namespace
}  // namespace pacta::test
