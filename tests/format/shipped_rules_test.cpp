// Every rule file shipped under rules/ formats to itself twice over and parses back to the
// same tree with the same comments; and the shipped files are already canonical.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "format/round_trip.hpp"

namespace pacta::test {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> shipped_rule_files() {
  std::vector<fs::path> out;
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(PACTA_SOURCE_DIR) / "rules"))
    if (entry.is_regular_file() && entry.path().extension() == ".pacta") out.push_back(entry.path());
  std::sort(out.begin(), out.end());
  return out;
}

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(FormatShippedRules, RoundTripAndIdempotent) {
  auto files = shipped_rule_files();
  ASSERT_GE(files.size(), 10u);
  for (const auto& path : files) expect_round_trip(read(path), path.string());
}

TEST(FormatShippedRules, AlreadyCanonical) {
  for (const auto& path : shipped_rule_files()) {
    std::string text = read(path);
    auto parsed = parse(text, path.string());
    EXPECT_TRUE(format::format_rule_file(parsed->file, text) == text)
        << path << " is not formatted: run `pacta fmt --write rules/`";
  }
}

}  // namespace
}  // namespace pacta::test
