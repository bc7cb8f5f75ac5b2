// The workspace index and the handlers on a small workspace held in memory: definition,
// references, rename, symbols, a syntax error keeping the file's symbols, diagnostics.
#include <gtest/gtest.h>

#include "lsp/handlers.hpp"
#include "lsp/index.hpp"

using namespace pacta::lsp;

namespace {

const char* const instruments = R"(instrument UNTOC "Convention — 公约" {
  adopted 2000-11-15
  source "UNTS vol. 2225"
}

instrument TIP "Protocol" {
  supplements UNTOC
}
)";

const char* const obligations = R"(obligation PARENT "Bound by the Convention" {
  applies when ratified(TIP)
  require ratified(UNTOC)
}
)";

const std::string a = "file:///ws/instruments.pacta", b = "file:///ws/obligations.pacta";

struct Fixture : ::testing::Test {
  void SetUp() override {
    ws.set_text(a, instruments, true);
    ws.set_text(b, obligations, true);
    ws.analyze();
  }
  json at_position(const std::string& uri, std::uint32_t line, std::uint32_t character) {
    return {{"textDocument", {{"uri", uri}}}, {"position", {{"line", line}, {"character", character}}}};
  }
  Workspace ws;
};

using LspWorkspace = Fixture;

}  // namespace

TEST_F(LspWorkspace, CleanWorkspaceHasNoDiagnostics) {
  for (const auto& [uri, list] : ws.diagnostics()) EXPECT_TRUE(list.empty()) << uri << ": " << list.dump();
}

TEST_F(LspWorkspace, DefinitionAcrossFiles) {
  json result = definition(ws, at_position(b, 2, 20));  // ratified(UN|TOC)
  ASSERT_EQ(result.size(), 1u);
  EXPECT_EQ(result[0]["uri"], a);
  EXPECT_EQ(result[0]["range"]["start"], (json{{"line", 0}, {"character", 11}}));
  EXPECT_EQ(result[0]["range"]["end"], (json{{"line", 0}, {"character", 16}}));
}

TEST_F(LspWorkspace, ReferencesWithAndWithoutTheDeclaration) {
  json params = at_position(a, 0, 12);
  params["context"] = {{"includeDeclaration", true}};
  EXPECT_EQ(references(ws, params).size(), 3u);  // declared, supplements, require
  params["context"]["includeDeclaration"] = false;
  EXPECT_EQ(references(ws, params).size(), 2u);
}

TEST_F(LspWorkspace, RenameEditsEveryReference) {
  json params = at_position(b, 2, 20);
  params["newName"] = "PALERMO";
  json edit = rename(ws, params);
  ASSERT_EQ(edit["changes"][a].size(), 2u);
  ASSERT_EQ(edit["changes"][b].size(), 1u);
  EXPECT_EQ(edit["changes"][b][0]["newText"], "PALERMO");
  EXPECT_EQ(edit["changes"][b][0]["range"]["start"], (json{{"line", 2}, {"character", 19}}));
}

TEST_F(LspWorkspace, RenameRefusesTakenKeywordAndInvalidNames) {
  json params = at_position(b, 2, 20);
  for (const char* bad : {"TIP", "PARENT", "party", "obligation", "9LIVES", "TWO WORDS", ""}) {
    params["newName"] = bad;
    EXPECT_THROW(rename(ws, params), RequestError) << bad;
  }
  params["newName"] = "NEW_NAME_2";
  EXPECT_NO_THROW(rename(ws, params));
  EXPECT_TRUE(valid_name("NEW_NAME_2"));
  EXPECT_FALSE(valid_name("require"));
}

TEST_F(LspWorkspace, SyntaxErrorKeepsTheFilesLastSymbols) {
  ws.set_text(a, std::string(instruments) + "instrument BROKEN {\n  adopted\n", true);
  ws.analyze();
  // The other file still resolves UNTOC, and gets no "unknown name" error.
  EXPECT_EQ(definition(ws, at_position(b, 2, 20)).size(), 1u);
  EXPECT_TRUE(ws.diagnostics().at(b).empty()) << ws.diagnostics().at(b).dump();
  const json& broken = ws.diagnostics().at(a);
  ASSERT_FALSE(broken.empty());
  EXPECT_EQ(broken[0]["code"].get<std::string>()[0], 'P');
  EXPECT_EQ(broken[0]["range"]["start"]["line"].get<int>(), 9);
  // Renaming through the broken file is refused: its positions are those of an older text.
  json params = at_position(b, 2, 20);
  params["newName"] = "PALERMO";
  EXPECT_THROW(rename(ws, params), RequestError);
}

TEST_F(LspWorkspace, SemanticErrorsHaveCodesAndRanges) {
  ws.set_text(b, "obligation PARENT {\n  require ratified(UNTCO)\n}\n", true);
  ws.analyze();
  const json& list = ws.diagnostics().at(b);
  ASSERT_EQ(list.size(), 1u) << list.dump();
  EXPECT_EQ(list[0]["code"], "S001");
  EXPECT_EQ(list[0]["range"]["start"], (json{{"line", 1}, {"character", 19}}));
  EXPECT_EQ(list[0]["range"]["end"], (json{{"line", 1}, {"character", 24}}));
}

TEST_F(LspWorkspace, HoverShowsKindTitleDatesSourceAndDeclaration) {
  json result = hover(ws, at_position(b, 2, 20));
  std::string text = result["contents"]["value"];
  for (const char* part : {"instrument", "UNTOC", "Convention — 公约", "adopted 2000-11-15", "UNTS vol. 2225",
                           "/ws/instruments.pacta:1:12"})
    EXPECT_NE(text.find(part), std::string::npos) << part << " in " << text;
}

TEST_F(LspWorkspace, HoverOnAPredicateGivesItsMeaningFromTheSpec) {
  std::string text = hover(ws, at_position(b, 2, 12))["contents"]["value"];  // rati|fied(
  EXPECT_NE(text.find("ratified(instrument)"), std::string::npos) << text;
  EXPECT_NE(text.find("VCLT art. 2(1)(f)"), std::string::npos) << text;
}

TEST_F(LspWorkspace, DocumentAndWorkspaceSymbols) {
  json doc = document_symbols(ws, {{"textDocument", {{"uri", a}}}});
  ASSERT_EQ(doc.size(), 2u);
  EXPECT_EQ(doc[0]["name"], "UNTOC");
  EXPECT_EQ(doc[1]["name"], "TIP");
  json all = workspace_symbols(ws, {{"query", "t"}});
  EXPECT_EQ(all.size(), 3u);  // UNTOC, TIP, PARENT
  EXPECT_EQ(workspace_symbols(ws, {{"query", "untoc"}}).size(), 1u);
}

TEST_F(LspWorkspace, FormattingIsThePactaFmtLayoutAndRefusedOnSyntaxErrors) {
  ws.set_text(b, "obligation PARENT {\n    require   ratified(UNTOC)\n}\n", true);
  json edits = formatting(ws, {{"textDocument", {{"uri", b}}}});
  ASSERT_EQ(edits.size(), 1u);
  EXPECT_EQ(edits[0]["newText"], "obligation PARENT {\n  require  ratified(UNTOC)\n}\n");
  ws.set_text(b, "obligation PARENT {\n    require   ratified(\n}\n", true);
  EXPECT_TRUE(formatting(ws, {{"textDocument", {{"uri", b}}}}).empty());
}
