// Checking test blocks (T001-T013) and building the profiles they describe.
#include <gtest/gtest.h>

#include "support/test_support.hpp"
#include "testing/rule_tests_support.hpp"

namespace pacta::test {
namespace {

using V = std::vector<std::string>;

const model::Profile& only_profile(const CheckedSuite& s) {
  EXPECT_EQ(s.suite.tests.size(), 1u);
  EXPECT_EQ(s.suite.tests.at(0).profiles.size(), 1u);
  return s.suite.tests.at(0).profiles.at(0);
}

std::uint32_t index_of(const CheckedSuite& s, const std::string& name) { return s.rules.lookup(name)->index; }

TEST(CheckTests, InlineStateIsCompleteWhereItSaysNothing) {
  auto s = checked_suite(R"T(
test T "title" {
  as_of 2020-01-01
  state XAA { ratified UNTOC 2010-05-03  signed UNTOC 2000-12-12  member LAC  submitted ARQ 2011-02-01 for 2010 }
  expect XAA PARENT not_applicable
})T");
  ASSERT_FALSE(s->diags.has_errors()) << render(s->sources, s->diags);
  const testing::RuleTest& t = s->suite.tests.at(0);
  EXPECT_EQ(t.id, "T");
  EXPECT_EQ(t.title, "title");
  EXPECT_EQ(t.as_of, day("2020-01-01"));
  ASSERT_EQ(t.expectations.size(), 1u);
  EXPECT_EQ(t.expectations[0].state, "XAA");
  EXPECT_EQ(t.expectations[0].obligation, index_of(*s, "PARENT"));
  EXPECT_EQ(t.expectations[0].status, eval::Status::not_applicable);
  const model::Profile& p = only_profile(*s);
  EXPECT_EQ(p.state, "XAA");
  for (bool c : p.complete) EXPECT_TRUE(c);
  const auto& untoc = p.instruments[index_of(*s, "UNTOC")];
  EXPECT_TRUE(untoc.listed);
  EXPECT_EQ(untoc.deposited, day("2010-05-03"));
  EXPECT_EQ(untoc.signed_on, day("2000-12-12"));
  const auto& tip = p.instruments[index_of(*s, "UNTOC_TIP")];
  EXPECT_TRUE(tip.listed);  // not said: never deposited, not unknown
  EXPECT_EQ(tip.deposited, no_day);
  EXPECT_TRUE(p.mechanisms[index_of(*s, "CCP")].listed);
  EXPECT_EQ(p.groups, std::vector<std::uint32_t>{index_of(*s, "LAC")});
  const auto& arq = p.reports[index_of(*s, "ARQ")];
  ASSERT_EQ(arq.submissions.size(), 1u);
  EXPECT_EQ(arq.submissions[0].period, 2010u);
  EXPECT_EQ(arq.submissions[0].submitted, day("2011-02-01"));
}

TEST(CheckTests, UnknownNamesAreLeftOutOfAnIncompleteSection) {
  auto s = checked_suite(R"T(
test T { as_of 2020-01-01  state XAA { unknown CCP  unknown UNTOC_TIP }  expect XAA CCP_LAC not_applicable })T");
  ASSERT_FALSE(s->diags.has_errors()) << render(s->sources, s->diags);
  const model::Profile& p = only_profile(*s);
  EXPECT_FALSE(p.mechanisms[index_of(*s, "CCP")].listed);
  EXPECT_FALSE(p.complete[model::mechanisms_section]);
  EXPECT_FALSE(p.instruments[index_of(*s, "UNTOC_TIP")].listed);
  EXPECT_FALSE(p.complete[model::instruments_section]);
  EXPECT_TRUE(p.instruments[index_of(*s, "UNTOC")].listed);  // the others stay known
  EXPECT_TRUE(p.complete[model::reports_section]);
}

TEST(CheckTests, StateCodesAreThreeCapitalLetters) {
  auto s = checked_suite("test T { as_of 2020-01-01  state Jpn { }  state JPNX { }  expect Jpn PARENT satisfied }");
  EXPECT_EQ(codes(s->diags), (V{"T001", "T001"}));
  EXPECT_NE(render(s->sources, s->diags).find("user-assigned code"), std::string::npos);
}

TEST(CheckTests, UnknownNameSuggestsOneOfTheRightKind) {
  auto s = checked_suite("test T { as_of 2020-01-01  state XAA { ratified UNTCO 2010-01-01  joined CPP 2010-01-01 } }");
  EXPECT_EQ(codes(s->diags), (V{"T002", "T002", "T013"}));
  EXPECT_EQ(s->diags.items()[0].message, "unknown instrument 'UNTCO'");
  EXPECT_EQ(s->diags.items()[0].help, "did you mean 'UNTOC'?");
  EXPECT_EQ(s->diags.items()[1].help, "did you mean 'CCP'?");
}

TEST(CheckTests, NamesMustBeOfTheFactsKind) {
  auto s = checked_suite(R"T(
test T {
  as_of 2020-01-01
  state XAA { joined UNTOC 2010-01-01  member CCP  submitted DONE 2010-01-01  event ARQ 2010-01-01  unknown PROTOCOLS }
  expect XAA PARENT satisfied
})T");
  EXPECT_EQ(codes(s->diags), (V{"T003", "T003", "T003", "T003", "T003"}));
  EXPECT_EQ(s->diags.items()[0].message, "'UNTOC' is an instrument, but 'joined' needs a mechanism");
  ASSERT_EQ(s->diags.items()[0].notes.size(), 1u);
  EXPECT_EQ(s->diags.items()[0].notes[0].message, "'UNTOC' is declared here");
  EXPECT_EQ(s->diags.items()[4].message,
            "'PROTOCOLS' is a set, but 'unknown' needs an instrument, a mechanism, a report or an event");
}

TEST(CheckTests, ExactlyOneAsOf) {
  auto s = checked_suite(R"T(
test NONE { state XAA { }  expect XAA PARENT not_applicable }
test TWO { as_of 2020-01-01  as_of 2021-01-01  state XAA { }  expect XAA PARENT not_applicable })T");
  EXPECT_EQ(codes(s->diags), (V{"T004", "T004"}));
  EXPECT_EQ(s->diags.items()[0].message, "test 'NONE' has no as_of");
  EXPECT_EQ(s->diags.items()[1].message, "a second as_of in test 'TWO'");
}

TEST(CheckTests, ExpectationsNameAnObligationAndADefinedState) {
  auto s = checked_suite(R"T(
test T {
  as_of 2020-01-01
  state XAA { }
  expect XAA PARNET satisfied
  expect XAA UNTOC satisfied
  expect XAB PARENT satisfied
})T");
  EXPECT_EQ(codes(s->diags), (V{"T005", "T005", "T006"}));
  EXPECT_EQ(s->diags.items()[0].help, "did you mean 'PARENT'?");
  EXPECT_EQ(s->diags.items()[1].message, "'UNTOC' is an instrument, not an obligation");
  EXPECT_EQ(s->diags.items()[2].message, "state 'XAB' is not defined in this test");
  EXPECT_EQ(s->diags.items()[2].help, "did you mean 'XAA'?");
}

TEST(CheckTests, StatusOutsideTheSixIsDiagnosed) {
  // The parser accepts only the six statuses; a tree built otherwise is still checked.
  auto s = checked_suite(
      {std::string(base_rules) + "test T { as_of 2020-01-01  state XAA { }  expect XAA PARENT satisfied }"}, "",
      [](std::vector<syntax::RuleFile>& files) { files[0].tests[0].expectations[0].status.text = "compliant"; });
  EXPECT_EQ(codes(s->diags), V{"T007"});
  EXPECT_TRUE(s->suite.tests[0].expectations.empty());
}

TEST(CheckTests, AStateIsDefinedOncePerTest) {
  auto s = checked_suite(
      "test T { as_of 2020-01-01  state XAA { }  state XAA { member LAC }  expect XAA PARENT satisfied }");
  EXPECT_EQ(codes(s->diags), V{"T008"});
  ASSERT_EQ(s->diags.items()[0].notes.size(), 1u);
  EXPECT_EQ(s->diags.items()[0].notes[0].message, "first defined here");
}

TEST(CheckTests, FactsThatCannotStandTogether) {
  auto s = checked_suite(R"T(
test T {
  as_of 2020-01-01
  state XAA { ratified UNTOC 2010-01-01  signed UNTOC 2011-01-01 }
  state XAB { denounced UNTOC 2010-01-01 }
  state XAC { joined CCP 2012-01-01  left CCP 2011-01-01 }
  state XAD { reserved UNTOC "art. 35(2)" }
  state XAE { ratified UNTOC 2010-01-01  ratified UNTOC 2011-01-01 }
  state XAF { unknown CCP  joined CCP 2010-01-01 }
  state XAG { unknown LAC }
  state XAH { submitted ARQ 2010-01-01 for 999 }
  expect XAA PARENT not_applicable
})T");
  EXPECT_EQ(codes(s->diags), (V{"T009", "T009", "T009", "T009", "T009", "T009", "T009", "T009"}));
  std::string text = render(s->sources, s->diags);
  for (const char* m : {"signed (2011-01-01) after consent was deposited (2010-01-01)",
                        "denounced without an earlier deposit of consent", "left without joining earlier",
                        "a reservation is made at signature or deposit, and there is neither",
                        "'ratified UNTOC' is said twice", "'CCP' is marked unknown and has facts",
                        "group membership is never unknown", "period must be a year (1000..9999), not 999"})
    EXPECT_NE(text.find(m), std::string::npos) << m << "\n" << text;
  // The states with errors are not run; the others are.
  EXPECT_TRUE(s->suite.tests[0].profiles.empty());
}

TEST(CheckTests, TestIdsAreUniqueAcrossFiles) {
  std::string test = "test SAME { as_of 2020-01-01  state XAA { }  expect XAA PARENT not_applicable }\n";
  auto s = checked_suite({std::string(base_rules) + test, test}, "", [](std::vector<syntax::RuleFile>&) {});
  EXPECT_EQ(codes(s->diags), V{"T010"});
  EXPECT_EQ(s->sources.file(s->diags.items()[0].where.file).path, "rules1.pacta");
  EXPECT_EQ(s->diags.items()[0].notes[0].message, "the first test 'SAME'");
}

TEST(CheckTests, ProfileFilesAreReadRelativeToTheRuleFile) {
  ScratchDir dir;
  dir.write("profiles/XAZ.yaml", "state: XAZ\ngroups: [LAC]\ninstruments:\n  UNTOC: { ratified: 2010-05-03 }\n");
  auto s = checked_suite(R"T(
test T { as_of 2020-01-01  profile "profiles/XAZ.yaml"  state XAA { }  expect XAZ CCP_LAC violated }
test U { as_of 2020-01-01  profile "profiles/XAZ.yaml"  expect XAZ PARENT not_applicable })T",
                         dir.path.string());
  ASSERT_FALSE(s->diags.has_errors()) << render(s->sources, s->diags);
  ASSERT_EQ(s->suite.tests[0].profiles.size(), 2u);
  EXPECT_EQ(s->suite.tests[0].profiles[0].state, "XAA");  // sorted by state
  EXPECT_EQ(s->suite.tests[0].profiles[1].state, "XAZ");
  EXPECT_FALSE(s->suite.tests[0].profiles[1].complete[model::instruments_section]);  // as written in the file
  std::size_t yaml_files = 0;
  for (std::size_t i = 0; i < s->sources.size(); ++i)
    yaml_files += s->sources.file(static_cast<std::uint32_t>(i)).path.find("XAZ.yaml") != std::string::npos;
  EXPECT_EQ(yaml_files, 1u);  // read once for both tests
}

TEST(CheckTests, UnreadableOrInvalidProfileFiles) {
  ScratchDir dir;
  dir.write("bad.yaml", "state: XAZ\ninstruments:\n  UNTCO: { ratified: 2010-05-03 }\n");
  auto s = checked_suite(R"T(
test T { as_of 2020-01-01  profile "missing.yaml"  expect XAZ PARENT not_applicable }
test U { as_of 2020-01-01  profile "bad.yaml"  expect XAZ PARENT not_applicable }
test V { as_of 2020-01-01  profile "bad.yaml"  expect XAZ PARENT not_applicable })T",
                         dir.path.string());
  // No T006 for XAZ: the file that would define it could not be loaded. Y006 once.
  EXPECT_EQ(codes(s->diags), (V{"T011", "Y006"}));
  EXPECT_EQ(s->diags.items()[0].message, "cannot read profile 'missing.yaml': no such file");
}

// A rule file named by its bare name, run from its own directory (`pacta lint rules.pacta`),
// with a profile under a directory that does not exist: T011, not T016. (weakly_canonical
// left such a path relative, and a relative path never compared inside the absolute root.)
TEST(CheckTests, AMissingProfileDirectoryIsUnreadableNotOutside) {
  ScratchDir dir;
  std::filesystem::path cwd = std::filesystem::current_path();
  std::filesystem::current_path(dir.path);
  auto s = checked_suite(R"T(
test T { as_of 2020-01-01  profile "nowhere/XAZ.yaml"  expect XAZ PARENT not_applicable })T");
  std::filesystem::current_path(cwd);
  EXPECT_EQ(codes(s->diags), V{"T011"});
}

TEST(CheckTests, OneExpectationPerStateAndObligation) {
  auto s = checked_suite(R"T(
test T { as_of 2020-01-01  state XAA { }  expect XAA PARENT not_applicable  expect XAA PARENT satisfied })T");
  EXPECT_EQ(codes(s->diags), V{"T012"});
}

TEST(CheckTests, ATestThatExpectsNothingIsAWarning) {
  auto s = checked_suite("test T { as_of 2020-01-01  state XAA { } }");
  EXPECT_EQ(codes(s->diags), V{"T013"});
  EXPECT_FALSE(s->diags.has_errors());
}

}  // namespace
}  // namespace pacta::test
