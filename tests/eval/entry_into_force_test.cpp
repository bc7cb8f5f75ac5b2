// Entry into force (SPEC, "Entry-into-force rules"): computed over the loaded profiles' deposits
// by "D after N deposits" or "first day of month M after N deposits", a declared date ruling
// over the rule, and for each State the later of the general date and its own deposit + delay.
#include <gtest/gtest.h>

#include "support/test_support.hpp"

namespace pacta::test {
namespace {

using eval::Truth;

std::string profile(const std::string& state, const std::string& instrument, const std::string& deposit) {
  return "state: " + state + "\ninstruments:\n  " + instrument + ": { ratified: " + deposit + " }\n";
}

// Three-letter codes AAA, AAB, ... for generated States.
std::string code(int i) {
  std::string s = "AAA";
  s[1] = static_cast<char>('A' + i / 26);
  s[2] = static_cast<char>('A' + i % 26);
  return s;
}

TEST(EntryIntoForce, DaysAfterTheNthDeposit) {
  auto w = world(
      "instrument T { in_force 30 days after 3 deposits }\nobligation P { require party(T) }\n"
      "obligation R { require ratified(T) }\n",
      {profile("DDD", "T", "2001-03-10"), profile("AAA", "T", "2000-05-01"), profile("CCC", "T", "2001-01-20"),
       profile("EEE", "T", "2002-02-02"), "state: FFF\n"});
  ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  const eval::EntryIntoForce& eif = w->entry_into_force("T");
  EXPECT_TRUE(eif.computed);
  EXPECT_FALSE(eif.declared);
  EXPECT_EQ(eif.deposits_seen, 4u);
  EXPECT_EQ(eif.nth_state, "DDD");
  EXPECT_EQ(eif.nth_deposit, day("2001-03-10"));
  EXPECT_EQ(eif.date, day("2001-04-09"));
  // The early depositors are parties from the general date, not from their deposit.
  EXPECT_EQ(w->party_from("AAA", "T"), day("2001-04-09"));
  EXPECT_EQ(w->truth("AAA", "R", "2001-04-08"), Truth::yes);
  EXPECT_EQ(w->truth("AAA", "P", "2001-04-08"), Truth::pending);  // deposited: time alone makes it a party
  EXPECT_EQ(w->truth("AAA", "P", "2001-04-09"), Truth::yes);
  EXPECT_EQ(w->truth("DDD", "P", "2001-04-09"), Truth::yes);
  // A later depositor (no delay of its own declared): from its deposit.
  EXPECT_EQ(w->party_from("EEE", "T"), day("2002-02-02"));
  EXPECT_EQ(w->truth("FFF", "P", "2001-04-09"), Truth::unknown);
}

TEST(EntryIntoForce, SameDayDepositsAreOrderedByStateCode) {
  auto w =
      world("instrument T { in_force 10 days after 2 deposits }\nobligation P { require party(T) }\n",
            {profile("ZZZ", "T", "2001-01-01"), profile("BBB", "T", "2001-01-01"), profile("AAA", "T", "2001-01-01")});
  ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  EXPECT_EQ(w->entry_into_force("T").nth_state, "BBB");
  EXPECT_EQ(w->entry_into_force("T").date, day("2001-01-11"));
}

TEST(EntryIntoForce, MonthsAfterTheNthDepositClampToTheMonthEnd) {
  auto w = world("instrument T { in_force 1 month after 1 deposits }\nobligation P { require party(T) }\n",
                 {profile("AAA", "T", "2021-01-31")});
  ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  EXPECT_EQ(w->entry_into_force("T").date, day("2021-02-28"));
}

TEST(EntryIntoForce, FirstDayOfTheSecondMonthAfterThe22ndDeposit) {
  std::vector<std::string> profiles;
  for (int i = 0; i < 21; ++i)  // 2015-01-10, 2015-02-11, ...
    profiles.push_back(profile(code(i), "MP14", "2015-0" + std::to_string(1 + i % 9) + "-1" + std::to_string(i % 10)));
  profiles.push_back(profile("NGA", "MP14", "2019-11-14"));  // the 22nd
  profiles.push_back(profile("ZZZ", "MP14", "2019-12-20"));  // the 23rd
  auto w = world(
      "instrument MP14 {\n  in_force first day of month 2 after 22 deposits\n"
      "  in_force_for_state first day of month 2 after deposit\n}\nobligation P { require party(MP14) }\n",
      profiles);
  ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  const eval::EntryIntoForce& eif = w->entry_into_force("MP14");
  EXPECT_EQ(eif.deposits_seen, 23u);
  EXPECT_EQ(eif.nth_state, "NGA");
  EXPECT_EQ(eif.date, day("2020-01-01"));
  EXPECT_EQ(w->party_from("NGA", "MP14"), day("2020-01-01"));
  EXPECT_EQ(w->party_from("AAA", "MP14"), day("2020-01-01"));
  EXPECT_EQ(w->truth("NGA", "P", "2019-12-31"), Truth::pending);
  EXPECT_EQ(w->truth("NGA", "P", "2020-01-01"), Truth::yes);
  // The 23rd: first day of the second month after its deposit (December -> February).
  EXPECT_EQ(w->party_from("ZZZ", "MP14"), day("2020-02-01"));
}

TEST(EntryIntoForce, ThresholdNotReached) {
  auto w = world(
      "instrument T { in_force 30 days after 3 deposits }\nobligation P { require party(T) }\n"
      "obligation R { require ratified(T) }\n",
      {profile("AAA", "T", "2000-05-01"), profile("BBB", "T", "2001-01-20"), "state: CCC\ninstruments: { T: none }\n"});
  ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  const eval::EntryIntoForce& eif = w->entry_into_force("T");
  EXPECT_TRUE(eif.computed);
  EXPECT_EQ(eif.deposits_seen, 2u);
  EXPECT_EQ(eif.date, no_day);
  EXPECT_EQ(w->party_from("AAA", "T"), no_day);
  EXPECT_EQ(w->truth("AAA", "R", "2030-01-01"), Truth::yes);  // a contracting State...
  EXPECT_EQ(w->truth("AAA", "P", "2030-01-01"), Truth::no);   // ...but never a party
}

TEST(EntryIntoForce, DeclaredDateRulesOverTheRule) {
  auto w = world(
      "instrument T {\n  in_force 2005-07-03\n  in_force 30 days after 1 deposits\n}\n"
      "obligation P { require party(T) }\n",
      {profile("AAA", "T", "2000-05-01")});
  ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  const eval::EntryIntoForce& eif = w->entry_into_force("T");
  EXPECT_TRUE(eif.declared);
  EXPECT_FALSE(eif.computed);
  EXPECT_EQ(eif.date, day("2005-07-03"));
  EXPECT_EQ(w->truth("AAA", "P", "2005-07-02"), Truth::pending);
  EXPECT_EQ(w->truth("AAA", "P", "2005-07-03"), Truth::yes);
}

TEST(EntryIntoForce, DeclaredDateNeedsNoDepositsAmongTheProfiles) {
  auto w = world(
      "instrument T { in_force 2003-09-29 in_force 90 days after 40 deposits }\n"
      "obligation P { require party(T) }\n",
      {profile("AAA", "T", "2004-01-01")});
  ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  EXPECT_EQ(w->party_from("AAA", "T"), day("2004-01-01"));
}

TEST(EntryIntoForce, LateJoinerWaitsItsOwnDelay) {
  auto w = world(
      "instrument UNTOC {\n  in_force 2003-09-29\n  in_force_for_state 30 days after deposit\n}\n"
      "obligation P { require party(UNTOC) }\n",
      {profile("AAA", "UNTOC", "2003-01-15"),    // before: the general date
       profile("BBB", "UNTOC", "2003-09-20"),    // deposit + 30 days is later than the general date
       profile("CCC", "UNTOC", "2005-01-10")});  // after: deposit + 30 days
  ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  EXPECT_EQ(w->party_from("AAA", "UNTOC"), day("2003-09-29"));
  EXPECT_EQ(w->party_from("BBB", "UNTOC"), day("2003-10-20"));
  EXPECT_EQ(w->party_from("CCC", "UNTOC"), day("2005-02-09"));
  EXPECT_EQ(w->truth("CCC", "P", "2005-02-08"), Truth::pending);
  EXPECT_EQ(w->truth("CCC", "P", "2005-02-09"), Truth::yes);
}

TEST(EntryIntoForce, StateDelayOverAComputedGeneralDate) {
  auto w = world(
      "instrument T {\n  in_force 90 days after 2 deposits\n  in_force_for_state 30 days after deposit\n}\n"
      "obligation P { require party(T) }\n",
      {profile("AAA", "T", "2000-01-01"), profile("BBB", "T", "2000-03-01"), profile("CCC", "T", "2001-03-01")});
  ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  EXPECT_EQ(w->entry_into_force("T").date, day("2000-05-30"));
  EXPECT_EQ(w->party_from("AAA", "T"), day("2000-05-30"));
  EXPECT_EQ(w->party_from("BBB", "T"), day("2000-05-30"));
  EXPECT_EQ(w->party_from("CCC", "T"), day("2001-03-31"));
}

TEST(EntryIntoForce, WithoutAnyRuleAStateIsPartyFromItsDeposit) {
  auto w = world(
      "instrument T\ninstrument U { in_force_for_state 2 months after deposit }\n"
      "obligation P { require party(T) and party(U) }\n",
      {"state: AAA\ninstruments: { T: { ratified: 2001-01-31 }, U: { ratified: 2001-12-31 } }\n"});
  ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  EXPECT_EQ(w->party_from("AAA", "T"), day("2001-01-31"));
  EXPECT_EQ(w->party_from("AAA", "U"), day("2002-02-28"));
  EXPECT_EQ(w->truth("AAA", "P", "2002-02-27"), Truth::pending);
  EXPECT_EQ(w->truth("AAA", "P", "2002-02-28"), Truth::yes);
}

TEST(EntryIntoForce, DenouncedDepositsStillCountTowardsTheThreshold) {
  auto w = world("instrument T { in_force 1 day after 2 deposits }\nobligation P { require party(T) }\n",
                 {"state: AAA\ninstruments: { T: { ratified: 2000-01-01, denounced: 2000-06-01 } }\n",
                  profile("BBB", "T", "2001-01-01")});
  ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  EXPECT_EQ(w->entry_into_force("T").date, day("2001-01-02"));
}

}  // namespace
}  // namespace pacta::test
