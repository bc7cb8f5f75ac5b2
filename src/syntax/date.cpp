#include "syntax/date.hpp"

#include <cstdio>

namespace pacta {

bool is_leap_year(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && is_leap_year(y) ? 29 : days[m - 1];
}

bool is_valid_date(int y, int m, int d) {
  return y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

// Howard Hinnant's days_from_civil / civil_from_days.
Day to_day(CivilDate c) {
  int y = c.year - (c.month <= 2);
  int era = (y >= 0 ? y : y - 399) / 400;
  unsigned yoe = static_cast<unsigned>(y - era * 400);
  unsigned doy = (153 * (c.month + (c.month > 2 ? -3 : 9)) + 2) / 5 + c.day - 1;
  unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

CivilDate to_civil(Day z) {
  z += 719468;
  int era = (z >= 0 ? z : z - 146096) / 146097;
  unsigned doe = static_cast<unsigned>(z - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int y = static_cast<int>(yoe) + era * 400;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {y + (m <= 2), m, d};
}

std::string format_day(Day d) {
  if (d == no_day) return "never";
  char buf[10];
  write_day(buf, d);
  return std::string(buf, 10);
}

void write_day(char* out, Day d) {
  CivilDate c = to_civil(d);
  auto two = [](char* p, int v) {
    p[0] = static_cast<char>('0' + v / 10);
    p[1] = static_cast<char>('0' + v % 10);
  };
  int y = c.year < 0 ? 0 : c.year > 9999 ? 9999 : c.year;
  two(out, y / 100);
  two(out + 2, y % 100);
  out[4] = '-';
  two(out + 5, c.month);
  out[7] = '-';
  two(out + 8, c.day);
}

std::optional<Day> parse_day(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int v[3] = {0, 0, 0};
  const int starts[] = {0, 5, 8}, lens[] = {4, 2, 2};
  for (int k = 0; k < 3; ++k)
    for (int i = 0; i < lens[k]; ++i) {
      char c = s[starts[k] + i];
      if (c < '0' || c > '9') return std::nullopt;
      v[k] = v[k] * 10 + (c - '0');
    }
  if (!is_valid_date(v[0], v[1], v[2])) return std::nullopt;
  return to_day({v[0], v[1], v[2]});
}

Day add_duration(Day d, Duration dur, int sign) {
  if (d == no_day) return no_day;
  if (dur.unit == DurationUnit::day) return d + sign * static_cast<Day>(dur.count);
  long months = static_cast<long>(dur.count) * (dur.unit == DurationUnit::year ? 12 : 1) * sign;
  CivilDate c = to_civil(d);
  long total = static_cast<long>(c.year) * 12 + (c.month - 1) + months;
  int y = static_cast<int>(total / 12);
  int m = static_cast<int>(total % 12) + 1;
  int last = days_in_month(y, m);
  return to_day({y, m, c.day > last ? last : c.day});
}

Day first_day_of_month_after(Day d, std::uint32_t n) {
  if (d == no_day) return no_day;
  CivilDate c = to_civil(d);
  long total = static_cast<long>(c.year) * 12 + (c.month - 1) + n;
  return to_day({static_cast<int>(total / 12), static_cast<int>(total % 12) + 1, 1});
}

std::string format_duration(Duration d) {
  const char* unit = d.unit == DurationUnit::day ? "day" : d.unit == DurationUnit::month ? "month" : "year";
  return std::to_string(d.count) + ' ' + unit + (d.count == 1 ? "" : "s");
}

}  // namespace pacta
