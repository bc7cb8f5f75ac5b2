#include "model/staleness.hpp"

#include <gtest/gtest.h>

namespace pacta::model {
namespace {

Profile with_known_until(std::initializer_list<Day> days) {
  Profile p;
  for (Day d : days) {
    InstrumentFacts f;
    f.listed = true;
    f.known_until = d;
    p.instruments.push_back(f);
  }
  InstrumentFacts unlisted;  // not listed: its day does not count
  unlisted.known_until = to_day({1990, 1, 1});
  p.instruments.push_back(unlisted);
  return p;
}

TEST(Staleness, EarliestAndLatestKnownUntilOfListedEntries) {
  Staleness s = staleness_of(with_known_until({to_day({2018, 7, 10}), no_day, to_day({2014, 1, 27})}));
  EXPECT_EQ(s.earliest, to_day({2014, 1, 27}));
  EXPECT_EQ(s.latest, to_day({2018, 7, 10}));
  EXPECT_EQ(staleness_text(s), "facts known until 2014-01-27 to 2018-07-10");
}

TEST(Staleness, OneDayOrNone) {
  EXPECT_EQ(staleness_text(staleness_of(with_known_until({to_day({2014, 7, 10})}))), "facts known until 2014-07-10");
  EXPECT_EQ(staleness_text(staleness_of(with_known_until({no_day}))), "");
  EXPECT_EQ(staleness_text(staleness_of(Profile{})), "");
}

}  // namespace
}  // namespace pacta::model
