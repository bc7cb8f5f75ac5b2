// The renderers take any location a parser reports (spans past the end, reversed, in a file
// the map does not hold) without reading out of bounds or throwing; file names reach the
// terminal escaped; text output shows at most 100 diagnostics per file.
#include "diag/render.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

namespace pacta::test {
namespace {

using diag::Location;

std::string text_of(const diag::SourceMap& sources, const diag::Diagnostics& diags, diag::TextStyle style = {}) {
  std::ostringstream out;
  diag::render_text(out, sources, diags, style);
  return out.str();
}

nlohmann::json json_of(const diag::SourceMap& sources, const diag::Diagnostics& diags) {
  std::ostringstream out;
  diag::render_json(out, sources, diags);
  return nlohmann::json::parse(out.str());
}

nlohmann::json sarif_of(const diag::SourceMap& sources, const diag::Diagnostics& diags) {
  std::ostringstream out;
  diag::render_sarif(out, sources, diags, {});
  return nlohmann::json::parse(out.str());
}

// Every renderer, for a diagnostic (and a note) at `where`.
void render_all(const diag::SourceMap& sources, Location where, std::string& text) {
  diag::Diagnostics diags;
  diags.error("Y001", where, "malformed YAML: bad", "help").notes.push_back({where, "here"});
  text = text_of(sources, diags);
  EXPECT_NO_THROW(json_of(sources, diags));
  EXPECT_NO_THROW(sarif_of(sources, diags));
}

TEST(RenderLocations, AbsurdSpansAreClamped) {
  diag::SourceMap sources;
  std::uint32_t f = sources.add("p.yaml", "state: JPN\nname: Japan\n");
  std::string text;
  render_all(sources, {f, {1000, 2000}}, text);  // past the end: the end of the file
  EXPECT_EQ(text.rfind("p.yaml:3:1: error[Y001]: malformed YAML: bad\n", 0), 0u) << text;
  render_all(sources, {f, {14, 3}}, text);  // reversed: an insertion point at 'e' of name
  EXPECT_EQ(text,
            "p.yaml:2:4: error[Y001]: malformed YAML: bad\n"
            " 2 | name: Japan\n"
            "   |    ^\n"
            "  = help: help\n"
            "  = note: p.yaml:2:4: here\n");
  render_all(sources, {f, {0xffffffffu, 0xffffffffu}}, text);
  EXPECT_EQ(text.rfind("p.yaml:3:1:", 0), 0u) << text;
  render_all(sources, {f, {7, 0xffffffffu}}, text);  // to the end of the file: underlined on no line
  EXPECT_NE(text.find("\n   |        ^\n"), std::string::npos) << text;
  render_all(sources, {f, {7, 10}}, text);
  EXPECT_NE(text.find("\n   |        ^~~\n"), std::string::npos) << text;
}

TEST(RenderLocations, UnknownFileIsRenderedWithoutALocation) {
  diag::SourceMap sources;
  sources.add("p.yaml", "state: JPN\n");
  std::string text;
  render_all(sources, {5, {0, 1}}, text);
  EXPECT_EQ(text, "pacta: error[Y001]: malformed YAML: bad\n  = help: help\n  = note: here\n");
  diag::Diagnostics diags;
  diags.error("Y001", {5, {0, 1}}, "bad");
  EXPECT_TRUE(json_of(sources, diags)["diagnostics"][0]["location"].is_null());
  EXPECT_EQ(sarif_of(sources, diags)["runs"][0]["results"][0].count("locations"), 0u);
}

TEST(RenderLocations, JsonAndSarifClampToo) {
  diag::SourceMap sources;
  std::uint32_t f = sources.add("p.yaml", "state: JPN\n");
  diag::Diagnostics diags;
  diags.error("Y001", {f, {9, 4}}, "reversed");
  diags.error("Y001", {f, {500, 900}}, "past the end");
  auto json = json_of(sources, diags)["diagnostics"];
  EXPECT_EQ(json[0]["location"]["offset"], 9);
  EXPECT_EQ(json[0]["location"]["length"], 0);
  EXPECT_EQ(json[1]["location"]["offset"], 11);
  EXPECT_EQ(json[1]["location"]["length"], 0);
  EXPECT_EQ(json[1]["location"]["line"], 2);
  auto region = sarif_of(sources, diags)["runs"][0]["results"][1]["locations"][0]["physicalLocation"]["region"];
  EXPECT_EQ(region["startLine"], 2);
  EXPECT_EQ(region["startColumn"], 1);
  EXPECT_EQ(region["endLine"], 2);
}

// yaml-cpp's marks on a long line used to send the caret window past the line's end (ASan:
// heap-buffer-overflow; then basic_string_view::substr threw).
TEST(RenderLocations, LongLineWithASpanOnItsLineBreakOrBeyond) {
  std::string line(300, 'x');
  diag::SourceMap sources;
  std::uint32_t crlf = sources.add("crlf.yaml", line + "\r\n" + line + "\r\n");
  std::uint32_t bare = sources.add("bare.yaml", line);
  for (auto [f, begin] :
       {std::pair{crlf, 300u}, std::pair{crlf, 301u}, std::pair{bare, 300u}, std::pair{bare, 5000u}}) {
    std::string text;
    render_all(sources, {f, {begin, begin + 10}}, text);
    EXPECT_NE(text.find(" | ..."), std::string::npos) << text;
    EXPECT_NE(text.find("^\n"), std::string::npos) << text;
  }
  std::string text;
  render_all(sources, {crlf, {301, 302}}, text);
  EXPECT_EQ(text.rfind("crlf.yaml:1:302:", 0), 0u) << text;
  // The caret sits one past the 50 characters shown before it: 3 for "...", then 50.
  EXPECT_NE(text.find("\n   | " + std::string(53, ' ') + "^\n"), std::string::npos) << text;
}

TEST(RenderLocations, CaretStaysUnderItsCharacterAfterEscapes) {
  diag::SourceMap sources;
  std::uint32_t f = sources.add("p.yaml",
                                "a\x1b"
                                "b: c\n");
  diag::Diagnostics diags;
  diags.error("Y002", {f, {2, 3}}, "unknown key");
  EXPECT_EQ(text_of(sources, diags),
            "p.yaml:1:3: error[Y002]: unknown key\n"
            " 1 | a\\u{1b}b: c\n"
            "   |        ^\n");
}

TEST(RenderFileNames, EscapeSequencesInAPathAreShownNotSent) {
  diag::SourceMap sources;
  std::uint32_t f = sources.add(
      "profiles/\x1b[31mred\xc2\x9b"
      "2J\xe2\x80\xae.yaml",
      "state: JPN\n");
  diag::Diagnostics diags;
  diags.error("Y009", {f, {7, 10}}, "bad").notes.push_back({{f, {0, 5}}, "first given here"});
  std::string text = text_of(sources, diags);
  EXPECT_EQ(text.find('\x1b'), std::string::npos) << text;
  EXPECT_EQ(text.find("\xc2\x9b"), std::string::npos) << text;
  EXPECT_EQ(text.find("\xe2\x80\xae"), std::string::npos) << text;
  EXPECT_EQ(text.rfind("profiles/\\u{1b}[31mred\\u{9b}2J\\u{202e}.yaml:1:8: error[Y009]: bad\n", 0), 0u) << text;
  EXPECT_NE(text.find("  = note: profiles/\\u{1b}[31mred\\u{9b}2J\\u{202e}.yaml:1:1: first given here\n"),
            std::string::npos)
      << text;
  // With colour on, the only escapes are pacta's own.
  std::string coloured = text_of(sources, diags, {true});
  EXPECT_EQ(coloured.find("\x1b[31m"), std::string::npos) << coloured;
  EXPECT_EQ(coloured.find("\xc2\x9b"), std::string::npos) << coloured;
}

diag::Diagnostics many(std::uint32_t file, std::size_t n) {
  diag::Diagnostics diags;
  for (std::size_t i = 0; i < n; ++i) diags.warning("S007", {file, {0, 1}}, "number " + std::to_string(i));
  return diags;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(RenderCap, TextShowsTheFirstHundredPerFile) {
  diag::SourceMap sources;
  std::uint32_t a = sources.add("a.pacta", "x\n");
  std::uint32_t b = sources.add("b\x1b.pacta", "y\n");
  diag::Diagnostics diags = many(a, 105);
  diags.append(many(b, 100));  // exactly the cap: nothing hidden
  diags.append(many(b, 2));
  diags.error("E004", {}, "no file");
  std::string text = text_of(sources, diags);
  EXPECT_EQ(count(text, "a.pacta:1:1: warning[S007]"), 100u);
  EXPECT_NE(text.find("number 99\n"), std::string::npos);
  EXPECT_EQ(text.find("number 100\n"), std::string::npos);
  EXPECT_NE(
      text.find("a.pacta:1:1: warning[S007]: number 99\n 1 | x\n   | ^\n5 more diagnostics in a.pacta not shown\n"),
      std::string::npos)
      << text;
  EXPECT_EQ(count(text, "b\\u{1b}.pacta:1:1: warning[S007]"), 100u);
  EXPECT_NE(text.find("2 more diagnostics in b\\u{1b}.pacta not shown\npacta: error[E004]: no file\n"),
            std::string::npos);
  EXPECT_EQ(count(text, "not shown"), 2u);

  diag::Diagnostics one_more = many(a, 101);
  EXPECT_NE(text_of(sources, one_more).find("\n1 more diagnostic in a.pacta not shown\n"), std::string::npos);
  EXPECT_EQ(count(text_of(sources, diags, {false, 0}), "warning[S007]"), 207u);  // 0: no cap
  // JSON and SARIF keep them all.
  EXPECT_EQ(json_of(sources, diags)["diagnostics"].size(), 208u);
  EXPECT_EQ(sarif_of(sources, diags)["runs"][0]["results"].size(), 208u);
}

}  // namespace
}  // namespace pacta::test
