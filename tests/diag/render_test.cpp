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

TEST(DiagnosticCap, AFileKeepsAHundredAndOneE011CountsTheRest) {
  diag::SourceMap sources;
  std::uint32_t a = sources.add("a.pacta", "x\n");
  std::uint32_t b = sources.add("b\x1b.pacta", "y\n");
  diag::Diagnostics diags = many(a, 105);
  diags.append(many(b, 100));  // exactly the cap: nothing hidden
  diags.append(many(b, 2));
  diags.error("E004", {}, "no file");
  for (int k = 0; k < 150; ++k) diags.error("E001", {}, "no file either");  // never capped
  EXPECT_EQ(diags.warning_count(), 207u);                                   // every one counts
  EXPECT_EQ(diags.error_count(), 151u);
  diags.sort();
  std::string text = text_of(sources, diags);
  EXPECT_EQ(count(text, "a.pacta:1:1: warning[S007]"), 100u);
  EXPECT_NE(text.find("number 99\n"), std::string::npos);
  EXPECT_EQ(text.find("number 100\n"), std::string::npos);
  // The E011 comes last in its file, whatever its position.
  EXPECT_NE(text.find("number 99\n 1 | x\n   | ^\na.pacta:1:1: warning[E011]: 5 more diagnostics in this file are not "
                      "reported (the first 100 are)\n"),
            std::string::npos)
      << text;
  EXPECT_EQ(count(text, "b\\u{1b}.pacta:1:1: warning[S007]"), 100u);
  EXPECT_NE(text.find("warning[E011]: 2 more diagnostics in this file are not reported"), std::string::npos);
  EXPECT_EQ(count(text, "[E011]"), 2u);
  EXPECT_EQ(count(text, "error[E001]"), 150u);
  // The same diagnostics in every format.
  EXPECT_EQ(json_of(sources, diags)["diagnostics"].size(), 353u);
  EXPECT_EQ(sarif_of(sources, diags)["runs"][0]["results"].size(), 353u);

  diag::Diagnostics one_more = many(a, 101);
  EXPECT_EQ(one_more.items().size(), 101u);
  EXPECT_EQ(one_more.items().back().message, "1 more diagnostic in this file is not reported (the first 100 are)");
}

TEST(DiagnosticCap, AnE011IsAnErrorWhenAnErrorIsNotReported) {
  diag::Diagnostics diags = many(0, 100);
  diags.error("S001", {0, {5, 6}}, "hidden").notes.push_back({{0, {0, 1}}, "a note that goes with it"});
  diags.warning("S007", {0, {7, 8}}, "hidden too");
  ASSERT_EQ(diags.items().size(), 101u);
  const diag::Diagnostic& e011 = diags.items().back();
  EXPECT_EQ(e011.code, "E011");
  EXPECT_EQ(e011.severity, diag::Severity::error);
  EXPECT_EQ(e011.where.span.begin, 5u);  // at the first one not reported
  EXPECT_TRUE(e011.notes.empty());
  EXPECT_TRUE(diags.has_errors());
  EXPECT_EQ(diags.error_count(), 1u);
  EXPECT_EQ(diags.warning_count(), 101u);
}

TEST(DiagnosticCap, ListsAppendedKeepTheirCountsInOneE011) {
  diag::Diagnostics a = many(3, 150), b = many(3, 150);
  b.error("S001", {3, {0, 1}}, "one error among them");
  diag::Diagnostics all;
  all.append(a);
  all.append(b);
  ASSERT_EQ(all.items().size(), 101u);
  EXPECT_EQ(all.warning_count(), 300u);
  EXPECT_EQ(all.error_count(), 1u);
  std::size_t e011 = 0;
  for (const diag::Diagnostic& d : all.items())
    if (d.code == "E011") {
      ++e011;
      EXPECT_EQ(d.message, "201 more diagnostics in this file are not reported (the first 100 are)");
      EXPECT_EQ(d.severity, diag::Severity::error);
    }
  EXPECT_EQ(e011, 1u);
}

}  // namespace
}  // namespace pacta::test
