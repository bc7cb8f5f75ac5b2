#include <gtest/gtest.h>

#include "lsp/handlers.hpp"

using namespace pacta::lsp;

namespace {

const std::string uri = "file:///ws/a.pacta";

// The labels offered where `|` is in the text.
std::vector<std::string> labels(const std::string& with_cursor) {
  std::size_t at = with_cursor.find('|');
  std::string text = with_cursor.substr(0, at) + with_cursor.substr(at + 1);
  Workspace ws;
  ws.set_text(
      "file:///ws/decls.pacta",
      "instrument UNTOC \"C\"\ninstrument TIP\nmechanism IRM\ngroup LAC\nreport ARQ\nset BOTH = { UNTOC, TIP }\n",
      true);
  ws.set_text(uri, text, true);
  ws.analyze();
  LineIndex lines(text);
  Position p = lines.position(static_cast<std::uint32_t>(at));
  json result =
      completion(ws, {{"textDocument", {{"uri", uri}}}, {"position", {{"line", p.line}, {"character", p.character}}}});
  std::vector<std::string> out;
  for (const json& item : result["items"]) out.push_back(item["label"]);
  return out;
}

bool has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

TEST(LspCompletion, DeclarationKeywordsAtTopLevel) {
  auto l = labels("obligation X {\n  require ratified(UNTOC)\n}\nob|");
  EXPECT_TRUE(has(l, "obligation"));
  EXPECT_TRUE(has(l, "instrument"));
  EXPECT_FALSE(has(l, "require"));
}

TEST(LspCompletion, ClauseKeywordsInsideAnObligation) {
  auto l = labels("obligation X \"t { }\" {\n  # a } in a comment\n  |\n}\n");
  EXPECT_TRUE(has(l, "require"));
  EXPECT_TRUE(has(l, "applies when"));
  EXPECT_FALSE(has(l, "instrument"));
}

TEST(LspCompletion, PredicatesInConditions) {
  auto l = labels("obligation X {\n  require party(UNTOC) and |\n}\n");
  EXPECT_TRUE(has(l, "ratified"));
  EXPECT_TRUE(has(l, "submitted"));
  EXPECT_FALSE(has(l, "require"));
}

TEST(LspCompletion, NamesOfThePredicatesKind) {
  auto instruments = labels("obligation X {\n  require party(|\n}\n");
  EXPECT_TRUE(has(instruments, "UNTOC"));
  EXPECT_TRUE(has(instruments, "TIP"));
  EXPECT_TRUE(has(instruments, "BOTH"));  // a set of instruments
  EXPECT_FALSE(has(instruments, "IRM"));
  auto mechanisms = labels("obligation X {\n  require joined(I|)\n}\n");
  EXPECT_TRUE(has(mechanisms, "IRM"));
  EXPECT_FALSE(has(mechanisms, "UNTOC"));
  EXPECT_FALSE(has(mechanisms, "BOTH"));
  auto groups = labels("obligation X {\n  applies when member(|\n}\n");
  EXPECT_EQ(groups.size(), 5u);  // LAC and the four quantifiers
  EXPECT_TRUE(has(groups, "LAC"));
  auto reports = labels("obligation X {\n  require submitted(any of { ARQ, |\n}\n");
  EXPECT_TRUE(has(reports, "ARQ"));
}

TEST(LspCompletion, TestBlocksAndInstrumentClauses) {
  EXPECT_TRUE(has(labels("test T {\n  |\n}\n"), "expect"));
  EXPECT_TRUE(has(labels("test T {\n  state XAA {\n    ratified |\n  }\n}\n"), "UNTOC"));
  EXPECT_TRUE(has(labels("instrument I {\n  |\n}\n"), "supplements"));
  EXPECT_TRUE(has(labels("instrument I {\n  |\n}\n"), "open_to_organisations"));
  EXPECT_FALSE(has(labels("mechanism M {\n  |\n}\n"), "open_to_organisations"));
  EXPECT_TRUE(has(labels("instrument I {\n  supplements |\n}\n"), "TIP"));
}
