#include "lsp/position.hpp"

#include <gtest/gtest.h>

using namespace pacta::lsp;

TEST(LspPosition, AsciiOffsetsAreColumns) {
  LineIndex lines("ab\ncd\n");
  EXPECT_EQ(lines.position(0), (Position{0, 0}));
  EXPECT_EQ(lines.position(4), (Position{1, 1}));
  EXPECT_EQ(lines.offset({1, 1}), 4u);
  EXPECT_EQ(lines.position(6), (Position{2, 0}));
}

TEST(LspPosition, NonAsciiCountsUtf16Units) {
  // é: 2 bytes, 1 unit; 中: 3 bytes, 1 unit; 😀: 4 bytes, 2 units (a surrogate pair).
  std::string text = "xé中😀Y\n";
  LineIndex lines(text);
  auto y = static_cast<std::uint32_t>(text.find('Y'));
  EXPECT_EQ(y, 10u);
  EXPECT_EQ(lines.position(y), (Position{0, 5}));
  EXPECT_EQ(lines.offset({0, 5}), y);
  EXPECT_EQ(lines.position(1), (Position{0, 1}));  // é
  EXPECT_EQ(lines.position(3), (Position{0, 2}));  // 中
  EXPECT_EQ(lines.position(6), (Position{0, 3}));  // 😀
  EXPECT_EQ(lines.offset({0, 2}), 3u);
  EXPECT_EQ(lines.offset({0, 3}), 6u);
  EXPECT_EQ(lines.offset({0, 4}), 6u);  // inside the surrogate pair: the emoji's start
}

TEST(LspPosition, OffsetsInsideACharacterCountAsItsStart) {
  LineIndex lines("é😀");
  EXPECT_EQ(lines.position(1), (Position{0, 0}));
  EXPECT_EQ(lines.position(4), (Position{0, 1}));
}

TEST(LspPosition, RoundTripsEveryCharacterStart) {
  std::string text = "instrument É \"Übereinkommen — 公约 🇺🇳\" {\r\n  source \"x\"\n}\n";
  LineIndex lines(text);
  for (std::uint32_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (i < text.size() && (text[i] == '\n' || text[i] == '\r')) continue;
    EXPECT_EQ(lines.offset(lines.position(i)), i) << "offset " << i;
  }
}

TEST(LspPosition, OutOfRangeIsClamped) {
  LineIndex lines("ab\r\ncd");
  EXPECT_EQ(lines.position(999), (Position{1, 2}));
  EXPECT_EQ(lines.offset({0, 99}), 2u);  // before the \r\n
  EXPECT_EQ(lines.offset({7, 0}), 6u);
  LineIndex empty("");
  EXPECT_EQ(empty.position(5), (Position{0, 0}));
  EXPECT_EQ(empty.offset({3, 3}), 0u);
}
