// The streaming JSON writer's pieces: strings escaped as nlohmann escapes them (invalid UTF-8 as
// U+FFFD), the test for a string that needs no escaping (16 and 8 bytes at a time, then one by
// one: a special byte at every position), and fixed-size fragments appended at their own size.
#include "report/json_text.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <random>
#include <string>

namespace pacta::test {
namespace {

std::string nlohmann_string(const std::string& s) {
  return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string hex(const std::string& s) {
  static const char digits[] = "0123456789abcdef";
  std::string out;
  for (unsigned char c : s) {
    out += digits[c >> 4];
    out += digits[c & 15];
    out += ' ';
  }
  return out;
}

TEST(JsonText, StringsAreEscapedAsNlohmannEscapesThem) {
  std::mt19937 random(20261130);
  // Bytes drawn mostly from the special ones, so that every path is taken often.
  const std::string specials =
      std::string("\"\\\n\t\r\b\f\x01\x1f\x7f", 11) + "\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\xff\xc0";
  for (int k = 0; k < 20000; ++k) {
    std::string s;
    std::size_t length = random() % 48;
    for (std::size_t i = 0; i < length; ++i) {
      unsigned r = random() % 10;
      s += r < 6   ? static_cast<char>('a' + random() % 26)
           : r < 9 ? specials[random() % specials.size()]
                   : static_cast<char>(random() % 256);
    }
    std::string ours;
    report::json_string(ours, s);
    ASSERT_EQ(ours, nlohmann_string(s)) << "input bytes: " << hex(s);
  }
}

TEST(JsonText, PlainIsFalseForASpecialByteAtAnyPosition) {
  for (std::size_t length = 0; length <= 40; ++length) {
    std::string s(length, 'x');
    EXPECT_TRUE(report::json_plain(s)) << length;
    for (std::size_t at = 0; at < length; ++at)
      for (char c : {'"', '\\', '\n', '\x1f', '\x80', '\xff'}) {
        std::string t = s;
        t[at] = c;
        EXPECT_FALSE(report::json_plain(t))
            << "byte " << int(static_cast<unsigned char>(c)) << " at " << at << " of " << length;
      }
  }
  EXPECT_TRUE(report::json_plain("a ~ DEL \x7f is plain, as nlohmann writes it"));
}

TEST(JsonText, FragmentsAppendTheirOwnBytesOnly) {
  report::Fragment f;
  EXPECT_TRUE(f.append(", \"line\": "));
  EXPECT_TRUE(f.append("12"));
  EXPECT_EQ(f.view(), ", \"line\": 12");
  EXPECT_FALSE(f.append(std::string(report::Fragment::capacity, 'x')));  // does not fit: nothing added
  EXPECT_EQ(f.view(), ", \"line\": 12");
  report::Fragment full;
  EXPECT_TRUE(full.append(std::string(report::Fragment::capacity, 'y')));
  // Many appends, across the buffer's growth: the bytes are exactly the fragments' own.
  report::JsonBuffer out;
  std::string expected;
  for (int k = 0; k < 5000; ++k) {
    out += f;
    out += full;
    out += '|';
    expected += std::string(f.view()) + std::string(full.view()) + '|';
  }
  ASSERT_EQ(out.size(), expected.size());
  EXPECT_EQ(std::string(out.data(), out.size()), expected);
  out.truncate(3);
  EXPECT_EQ(std::string(out.data(), out.size()), ", \"");
}

}  // namespace
}  // namespace pacta::test
