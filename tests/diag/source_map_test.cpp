// SourceMap: locations from any parser are clamped to their file, and columns on very long
// lines are counted from a checkpoint, not from the line's start.
#include "diag/source_map.hpp"

#include <gtest/gtest.h>

#include <string>

#include "support/test_support.hpp"

namespace pacta::test {
namespace {

using diag::Location;
using diag::no_file;

TEST(SourceMap, ClampKeepsSpansInsideTheText) {
  diag::SourceMap sources;
  std::uint32_t f = sources.add("a.yaml", "state: JPN\n");  // 11 bytes
  auto clamped = [&](std::uint32_t file, std::uint32_t b, std::uint32_t e) {
    Location at = sources.clamp({file, {b, e}});
    return std::to_string(at.file) + ":" + std::to_string(at.span.begin) + "-" + std::to_string(at.span.end);
  };
  EXPECT_EQ(clamped(f, 0, 5), "0:0-5");
  EXPECT_EQ(clamped(f, 7, 1000), "0:7-11");             // end past the text
  EXPECT_EQ(clamped(f, 1000, 2000), "0:11-11");         // both past the text
  EXPECT_EQ(clamped(f, 8, 3), "0:8-8");                 // end before begin
  EXPECT_EQ(clamped(f, 0xffffffffu, 0), "0:11-11");     // absurd
  EXPECT_EQ(sources.clamp({7, {0, 1}}).file, no_file);  // no such file
  EXPECT_EQ(sources.clamp({no_file, {3, 4}}).file, no_file);
}

TEST(SourceMap, LineColumnOfAnyOffset) {
  diag::SourceMap sources;
  std::uint32_t f = sources.add("a.yaml", "ab\ncd\n");
  EXPECT_EQ(sources.line_column(f, 4).line, 2u);
  EXPECT_EQ(sources.line_column(f, 4).column, 2u);
  EXPECT_EQ(sources.line_column(f, 6).line, 3u);  // the end: after the last line break
  EXPECT_EQ(sources.line_column(f, 6).column, 1u);
  EXPECT_EQ(sources.line_column(f, 999).line, 3u);
  EXPECT_EQ(sources.line_column(42, 3).line, 1u);  // unknown file
  EXPECT_EQ(sources.line_text(42, 1), "");
  EXPECT_EQ(sources.offset_of(42, 0, 0), 0u);
  EXPECT_EQ(sources.offset_of(f, 1, 0xfffffff0u), 6u);  // no overflow past the end
  diag::SourceMap empty;
  std::uint32_t e = empty.add("e.yaml", "");
  EXPECT_EQ(empty.line_column(e, 0).column, 1u);
  EXPECT_EQ(empty.line_column(e, 5).line, 1u);
}

TEST(SourceMap, ColumnsCountCodePointsAcrossCheckpoints) {
  // One line of 3-byte characters, longer than several checkpoints, then a second line.
  std::string text;
  for (int i = 0; i < 5000; ++i) text += "\xe2\x82\xac";  // EURO SIGN
  text += "x\nyz";
  diag::SourceMap sources;
  std::uint32_t f = sources.add("long.txt", text);
  for (std::uint32_t k : {0u, 1364u, 1365u, 1366u, 2730u, 4999u, 5000u}) {
    auto lc = sources.line_column(f, k * 3);
    EXPECT_EQ(lc.line, 1u);
    EXPECT_EQ(lc.column, k + 1) << k;
  }
  EXPECT_EQ(sources.line_column(f, 5000 * 3 + 3).column, 2u);  // 'z' on line 2
  EXPECT_EQ(sources.line_column(f, 5000 * 3 + 3).line, 2u);
}

// A 10 MB single line with a diagnostic every 100 bytes: each column is counted from the
// nearest 4 KiB checkpoint (counting from the line's start took 10^5 x 10^7 steps).
TEST(SourceMap, ManyColumnsOnAVeryLongLine) {
  std::string text(10u << 20, 'a');
  diag::SourceMap sources;
  std::uint32_t f = sources.add("wide.txt", std::move(text));
  for (std::uint32_t offset = 0; offset < (10u << 20); offset += 100)
    ASSERT_EQ(sources.line_column(f, offset).column, offset + 1);
}

// A released text keeps every line and column, and its size for clamp(); line_text() reads the
// file again (without its byte order mark, as read_source does), and only while it is unchanged.
TEST(SourceMap, ReleasedTextsKeepLinesAndColumns) {
  std::string text = "state: JPN\nname: \"Japan – 日本\"\n";
  for (int i = 0; i < 100; ++i) text += "€";  // a line over 256 bytes
  text += " x: 1\n\n";
  for (int i = 0; i < 100; ++i) text += "# mostly ASCII, as profiles are: released\n";
  text += "last";
  TempDir dir;
  std::string path = dir.write("JPN.yaml", "\xEF\xBB\xBF" + text);
  diag::SourceMap kept, released;
  std::uint32_t k = kept.add(path, text);
  std::uint32_t r = released.add(path, text);
  released.release(r);
  EXPECT_TRUE(released.file(r).released);
  EXPECT_TRUE(released.file(r).text.empty());
  for (std::uint32_t offset = 0; offset <= text.size() + 2; ++offset) {
    diag::LineColumn a = kept.line_column(k, offset), b = released.line_column(r, offset);
    ASSERT_EQ(a.line, b.line) << offset;
    ASSERT_EQ(a.column, b.column) << offset;
  }
  EXPECT_EQ(released.clamp({r, {5, 100000}}).span.end, text.size());
  for (std::uint32_t line = 0; line <= 106; ++line) EXPECT_EQ(released.line_text(r, line), kept.line_text(k, line));
  EXPECT_EQ(released.line_text(r, 2), "name: \"Japan – 日本\"");
}

TEST(SourceMap, AMostlyNonAsciiTextIsKept) {
  std::string text = "name: ";
  for (int i = 0; i < 40; ++i) text += "Россия ";
  diag::SourceMap sources;
  std::uint32_t f = sources.add("RUS.yaml", text);
  sources.release(f);
  EXPECT_FALSE(sources.file(f).released);
  EXPECT_EQ(sources.file(f).text, text);
  EXPECT_EQ(sources.line_column(f, 8).column, 8u);  // after "name: Р"
}

TEST(SourceMap, AReleasedFileThatChangedQuotesNothing) {
  TempDir dir;
  std::string path = dir.write("a.yaml", "state: JPN\n");
  diag::SourceMap sources;
  std::uint32_t f = sources.add(path, "state: FRA\n");  // not what the file holds now
  std::uint32_t gone = sources.add(dir.path() + "/gone.yaml", "state: DEU\n");
  sources.release(f);
  sources.release(gone);
  EXPECT_EQ(sources.line_text(f, 1), "");
  EXPECT_EQ(sources.line_text(gone, 1), "");
  EXPECT_EQ(sources.line_column(f, 8).column, 9u);
}

}  // namespace
}  // namespace pacta::test
