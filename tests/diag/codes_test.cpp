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
