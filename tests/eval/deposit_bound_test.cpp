// Deposits known only by a bound (`ratified_by`): sources that say "party by the end of 2016"
// without the day. Verdicts are true from the bound on, unknown before it, and never guessed.
#include <gtest/gtest.h>

#include "support/test_support.hpp"

namespace pacta::test {
namespace {

using eval::Truth;

const char* rules = R"(instrument CONV { in_force 2000-01-01  in_force_for_state 30 days after deposit }
instrument LATE { in_force 2018-01-01 }
obligation RATIFIED { require ratified(CONV) }
obligation PARTY { require party(CONV) }
obligation BEFORE_2017 { require ratified(CONV) before 2017-01-01 }
obligation BEFORE_2016 { require ratified(CONV) before 2016-01-01 }
obligation LATE_PARTY { require party(LATE) }
)";

const char* profile = R"(state: AAA
instruments:
  CONV: { ratified_by: 2016-12-31, known_until: 2014-07-10 }
  LATE: { ratified_by: 2016-12-31 }
)";

TEST(DepositBound, RatifiedFromTheBoundUnknownBeforeItFalseBeforeKnownUntil) {
  auto w = world(rules, {profile});
  ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  EXPECT_EQ(w->truth("AAA", "RATIFIED", "2016-12-31"), Truth::yes);
  EXPECT_EQ(w->truth("AAA", "RATIFIED", "2016-12-30"), Truth::unknown);
  EXPECT_EQ(w->truth("AAA", "RATIFIED", "2015-01-01"), Truth::unknown);
  EXPECT_EQ(w->truth("AAA", "RATIFIED", "2014-07-10"), Truth::no);  // known_until: not deposited yet
}

TEST(DepositBound, PartyByTheBoundPlusDelay) {
  auto w = world(rules, {profile});
  EXPECT_EQ(w->truth("AAA", "PARTY", "2017-01-30"), Truth::yes);
  EXPECT_EQ(w->truth("AAA", "PARTY", "2017-01-29"), Truth::unknown);
  EXPECT_EQ(w->truth("AAA", "PARTY", "2014-01-01"), Truth::no);
}

TEST(DepositBound, PartyIsPendingWhileTheInstrumentIsInForceForNobody) {
  // Deposited (by a bound), and the instrument enters into force on a declared day: only time
  // is missing.
  auto w = world(rules, {profile});
  EXPECT_EQ(w->truth("AAA", "LATE_PARTY", "2017-06-01"), Truth::pending);
  EXPECT_EQ(w->truth("AAA", "LATE_PARTY", "2018-01-01"), Truth::yes);
}

TEST(DepositBound, DateComparisonsDecideOnlyWhenTheBoundIsEarlyEnough) {
  auto w = world(rules, {profile});
  EXPECT_EQ(w->truth("AAA", "BEFORE_2017", "2020-01-01"), Truth::yes);
  EXPECT_EQ(w->truth("AAA", "BEFORE_2016", "2020-01-01"), Truth::unknown);
}

TEST(DepositBound, ExactDayAndBoundTogetherAreRejected) {
  auto w = world(rules, {"state: AAA\ninstruments:\n  CONV: { ratified: 2016-01-01, ratified_by: 2016-12-31 }\n"});
  EXPECT_EQ(codes(w->diags), std::vector<std::string>{"Y010"});
}

}  // namespace
}  // namespace pacta::test
