// Calendar dates (SPEC, "Month arithmetic"): parsing only real dates, day numbers, and adding
// days, months and years with the month-end clamp.
#include "syntax/date.hpp"

#include <gtest/gtest.h>

#include "support/test_support.hpp"

namespace pacta::test {
namespace {

Day plus(const std::string& d, std::uint32_t count, DurationUnit unit, int sign = 1) {
  return add_duration(day(d), Duration{count, unit}, sign);
}

TEST(Dates, ParsesRealDates) {
  EXPECT_EQ(parse_day("1970-01-01"), std::optional<Day>(0));
  EXPECT_EQ(parse_day("1970-01-02"), std::optional<Day>(1));
  EXPECT_EQ(parse_day("1969-12-31"), std::optional<Day>(-1));
  EXPECT_EQ(parse_day("2000-02-29"), std::optional<Day>(11016));
  EXPECT_TRUE(parse_day("1000-01-01"));
  EXPECT_TRUE(parse_day("9999-12-31"));
}

TEST(Dates, RejectsImpossibleDates) {
  for (const char* bad :
       {"2021-02-30", "2021-02-29", "1900-02-29", "2021-04-31", "2021-13-01", "2021-00-10", "2021-01-00", "2021-01-32"})
    EXPECT_FALSE(parse_day(bad)) << bad;
  EXPECT_TRUE(parse_day("2000-02-29"));  // divisible by 400: leap
  EXPECT_TRUE(parse_day("2024-02-29"));
}

TEST(Dates, RejectsAnythingButYyyyMmDd) {
  for (const char* bad : {"", "2021-2-3", "2021-02-3", "21-02-03", "2021/02/03", "2021-02-03 ", " 2021-02-03",
                          "2021-02-03T00:00", "20210203", "+021-02-03", "2021-0a-03", "0999-12-31", "10000-01-01"})
    EXPECT_FALSE(parse_day(bad)) << '"' << bad << '"';
}

TEST(Dates, FormatRoundTrips) {
  for (const char* d : {"1000-01-01", "1969-12-31", "1970-01-01", "2000-02-29", "2019-11-14", "9999-12-31"})
    EXPECT_EQ(format_day(day(d)), d);
  EXPECT_EQ(format_day(no_day), "never");
  CivilDate c = to_civil(day("2020-02-29"));
  EXPECT_EQ(c.year, 2020);
  EXPECT_EQ(c.month, 2);
  EXPECT_EQ(c.day, 29);
}

TEST(Dates, LeapYearsAndMonthLengths) {
  EXPECT_TRUE(is_leap_year(2000));
  EXPECT_TRUE(is_leap_year(2020));
  EXPECT_FALSE(is_leap_year(1900));
  EXPECT_FALSE(is_leap_year(2021));
  EXPECT_EQ(days_in_month(2021, 2), 28);
  EXPECT_EQ(days_in_month(2020, 2), 29);
  EXPECT_EQ(days_in_month(2021, 4), 30);
  EXPECT_EQ(days_in_month(2021, 12), 31);
  EXPECT_EQ(days_in_month(2021, 13), 0);
}

TEST(Dates, AddingDays) {
  EXPECT_EQ(plus("2003-06-30", 90, DurationUnit::day), day("2003-09-28"));
  EXPECT_EQ(plus("2020-02-28", 1, DurationUnit::day), day("2020-02-29"));
  EXPECT_EQ(plus("2021-02-28", 1, DurationUnit::day), day("2021-03-01"));
  EXPECT_EQ(plus("2020-12-31", 1, DurationUnit::day), day("2021-01-01"));
  EXPECT_EQ(plus("2021-01-01", 0, DurationUnit::day), day("2021-01-01"));
  EXPECT_EQ(plus("2021-03-01", 1, DurationUnit::day, -1), day("2021-02-28"));
}

TEST(Dates, AddingMonthsClampsToTheMonthEnd) {
  EXPECT_EQ(plus("2021-01-31", 1, DurationUnit::month), day("2021-02-28"));
  EXPECT_EQ(plus("2020-01-31", 1, DurationUnit::month), day("2020-02-29"));
  EXPECT_EQ(plus("2021-03-31", 1, DurationUnit::month), day("2021-04-30"));
  EXPECT_EQ(plus("2021-01-15", 1, DurationUnit::month), day("2021-02-15"));
  EXPECT_EQ(plus("2020-08-31", 6, DurationUnit::month), day("2021-02-28"));
  EXPECT_EQ(plus("2021-11-30", 2, DurationUnit::month), day("2022-01-30"));
  EXPECT_EQ(plus("2021-12-31", 12, DurationUnit::month), day("2022-12-31"));
  EXPECT_EQ(plus("2021-01-31", 25, DurationUnit::month), day("2023-02-28"));
  // The clamp does not carry over: two single months differ from one step of two.
  EXPECT_EQ(add_duration(plus("2021-01-31", 1, DurationUnit::month), Duration{1, DurationUnit::month}),
            day("2021-03-28"));
  EXPECT_EQ(plus("2021-01-31", 2, DurationUnit::month), day("2021-03-31"));
}

TEST(Dates, SubtractingMonths) {
  EXPECT_EQ(plus("2021-03-31", 1, DurationUnit::month, -1), day("2021-02-28"));
  EXPECT_EQ(plus("2021-01-15", 1, DurationUnit::month, -1), day("2020-12-15"));
  EXPECT_EQ(plus("2021-02-28", 14, DurationUnit::month, -1), day("2019-12-28"));
}

TEST(Dates, YearsAreTwelveMonths) {
  EXPECT_EQ(plus("2020-02-29", 1, DurationUnit::year), day("2021-02-28"));
  EXPECT_EQ(plus("2020-02-29", 4, DurationUnit::year), day("2024-02-29"));
  EXPECT_EQ(plus("2019-07-11", 1, DurationUnit::year), day("2020-07-11"));
  EXPECT_EQ(plus("2019-07-11", 10, DurationUnit::year, -1), day("2009-07-11"));
}

TEST(Dates, NeverStaysNever) {
  EXPECT_EQ(add_duration(no_day, Duration{1, DurationUnit::day}), no_day);
  EXPECT_EQ(add_duration(no_day, Duration{1, DurationUnit::month}), no_day);
  EXPECT_EQ(first_day_of_month_after(no_day, 2), no_day);
}

TEST(Dates, FirstDayOfAMonthAfter) {
  EXPECT_EQ(first_day_of_month_after(day("2019-11-14"), 2), day("2020-01-01"));
  EXPECT_EQ(first_day_of_month_after(day("2017-11-28"), 2), day("2018-01-01"));
  EXPECT_EQ(first_day_of_month_after(day("2019-12-31"), 1), day("2020-01-01"));
  EXPECT_EQ(first_day_of_month_after(day("2019-12-01"), 0), day("2019-12-01"));
  EXPECT_EQ(first_day_of_month_after(day("2019-01-31"), 13), day("2020-02-01"));
}

TEST(Dates, DurationsReadAsWritten) {
  EXPECT_EQ(format_duration({1, DurationUnit::day}), "1 day");
  EXPECT_EQ(format_duration({90, DurationUnit::day}), "90 days");
  EXPECT_EQ(format_duration({6, DurationUnit::month}), "6 months");
  EXPECT_EQ(format_duration({1, DurationUnit::year}), "1 year");
}

}  // namespace
}  // namespace pacta::test
