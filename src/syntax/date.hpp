// Calendar dates as day numbers (days since 1970-01-01, proleptic Gregorian), and the one
// documented rule for adding months: keep the day, clamp to the month's last day.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pacta {

using Day = std::int32_t;                 // days since 1970-01-01
inline constexpr Day no_day = INT32_MAX;  // "never" / not known to have happened

struct CivilDate {
  int year = 1970;
  int month = 1;
  int day = 1;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);
bool is_valid_date(int year, int month, int day);
Day to_day(CivilDate d);
CivilDate to_civil(Day d);
std::string format_day(Day d);  // YYYY-MM-DD ("never" for no_day)
// Writes YYYY-MM-DD (10 bytes, no terminator) of a real day: output writers, no snprintf.
void write_day(char* out, Day d);
// Parses exactly YYYY-MM-DD (a real date, years 1000..9999).
std::optional<Day> parse_day(std::string_view s);

enum class DurationUnit : std::uint8_t { day, month, year };
struct Duration {
  std::uint32_t count = 0;
  DurationUnit unit = DurationUnit::day;
};
// Adds (or with sign -1 subtracts) a duration; months clamp to the month's last day.
Day add_duration(Day d, Duration dur, int sign = 1);
// The first day of the n-th month after d's month (n = 2: 2019-11-14 -> 2020-01-01).
Day first_day_of_month_after(Day d, std::uint32_t n);
std::string format_duration(Duration d);

}  // namespace pacta
