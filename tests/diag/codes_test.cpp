// The code catalogue (SARIF rule descriptions) says what grammar/SPEC.md's table says.
#include "diag/codes.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <regex>
#include <string>

namespace pacta::test {
namespace {

std::map<std::string, std::string> spec_codes() {
  std::ifstream in(std::string(PACTA_SOURCE_DIR) + "/grammar/SPEC.md");
  std::map<std::string, std::string> out;
  std::regex row(R"(^\| ([A-Z][0-9]{3}) \| [^|]+ \| (.*) \|\s*$)");
  std::smatch m;
  for (std::string line; std::getline(in, line);)
    if (std::regex_match(line, m, row)) out[m[1]] = m[2];
  return out;
}

TEST(CodeCatalogue, DescribesEveryCodeOfTheSpecAsTheSpecDoes) {
  auto spec = spec_codes();
  ASSERT_GE(spec.size(), 40u) << "the SPEC's code table was not found";
  for (const auto& [code, meaning] : spec) EXPECT_EQ(diag::code_title(code), meaning) << code;
}

TEST(CodeCatalogue, UnknownCodeHasNoTitle) {
  EXPECT_EQ(diag::code_title("Z999"), "");
  EXPECT_EQ(diag::code_title(""), "");
}

}  // namespace
}  // namespace pacta::test

namespace pacta::diag {
namespace {

// docs/codes.md (embedded) explains every catalogued code, each section starting with the
// code's title, and has no section for a code the catalogue lacks.
TEST(CodeExplanations, EveryCodeHasItsSectionStartingWithItsTitle) {
  std::vector<std::string_view> codes = catalogued_codes();
  ASSERT_GT(codes.size(), 60u);
  for (std::string_view code : codes) {
    std::string_view text = code_explanation(code);
    ASSERT_FALSE(text.empty()) << "docs/codes.md has no section '## " << code << "'";
    EXPECT_EQ(text.substr(0, code_title(code).size()), code_title(code)) << code;
    EXPECT_NE(text.find("Wrong:"), std::string_view::npos) << code;
    EXPECT_NE(text.find("Right:"), std::string_view::npos) << code;
  }
  std::string_view md = codes_markdown();
  for (std::size_t at = md.find("\n## "); at != std::string_view::npos; at = md.find("\n## ", at + 1)) {
    std::size_t end = md.find('\n', at + 1);
    std::string_view code = md.substr(at + 4, end - at - 4);
    EXPECT_FALSE(code_title(code).empty()) << "docs/codes.md explains '" << code << "', which is not a code";
  }
}

TEST(CodeExplanations, UnknownCodeHasNone) {
  EXPECT_TRUE(code_explanation("X999").empty());
  EXPECT_TRUE(code_explanation("").empty());
  EXPECT_EQ(code_anchor("P001"), "p001");
}

}  // namespace
}  // namespace pacta::diag
