// What one hostile profile can cost: nesting is refused past max_yaml_depth (Y011) before
// yaml-cpp's recursive descent gets deep, and a mapping with 200,000 keys is checked for
// duplicates in linear time.
#include <gtest/gtest.h>

#include "model/load.hpp"
#include "model/yaml_tree.hpp"
#include "support/test_support.hpp"

namespace pacta::test {
namespace {

using V = std::vector<std::string>;

std::string repeat(const std::string& s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

TEST(YamlDepth, SixtyFourLevelsAreAccepted) {
  std::size_t n = model::max_yaml_depth;
  model::YamlDocument doc;
  model::YamlError error;
  EXPECT_TRUE(model::parse_yaml(repeat("[", n) + repeat("]", n), doc, error)) << error.message;
  EXPECT_EQ(doc.nodes.size(), n);
}

TEST(YamlDepth, SixtyFiveLevelsAreRefusedAtTheDeepestCollection) {
  std::size_t n = model::max_yaml_depth + 1;
  model::YamlDocument doc;
  model::YamlError error;
  ASSERT_FALSE(model::parse_yaml(repeat("[", n) + repeat("]", n), doc, error));
  EXPECT_TRUE(error.too_deep);
  EXPECT_EQ(error.message, "YAML nested deeper than 64 levels");
  EXPECT_EQ(error.offset, n - 1);
}

// yaml-cpp's own guard said "bad file" (and recursed 2,000 frames deep first). The location is
// yaml-cpp's mark of the 65th collection; in unclosed flow collections its marks lag behind
// (1:33 for the 65th '['), so those cases check the line only.
TEST(YamlDepth, DeepInputOfEveryStyleIsY011) {
  const std::vector<std::pair<std::string, std::string>> inputs = {
      {repeat("[", 100) + repeat("]", 100), "profile0.yaml:1:65"},
      {repeat("{a: ", 100) + repeat("}", 100), "profile0.yaml:1:257"},
      {repeat("- ", 100000) + "x\n", "profile0.yaml:1:129"},
      {repeat("[", 100000), "profile0.yaml:1:"},
      {repeat("{a: ", 100000), "profile0.yaml:1:"},
      {"state: JPN\ninstruments:\n" + repeat("[", 100000), "profile0.yaml:3:"},
  };
  for (const auto& [yaml, where] : inputs) {
    auto w = world("instrument UNTOC\nobligation O { require party(UNTOC) }\n", {yaml});
    ASSERT_EQ(codes(w->diags), V{"Y011"}) << render(w->sources, w->diags);
    const diag::Diagnostic& d = w->diags.items()[0];
    EXPECT_EQ(d.message, "YAML nested deeper than 64 levels");
    EXPECT_EQ(d.help, "profiles nest six levels at most");
    std::string at = position(w->sources, d.where);
    if (where.back() == ':')
      EXPECT_EQ(at.rfind(where, 0), 0u) << at;
    else
      EXPECT_EQ(at, where);
    EXPECT_TRUE(w->profiles.empty());
  }
}

// Each key used to be compared with every earlier one: 200,000 keys took minutes. One
// duplicate comes early (among the 100 diagnostics a file keeps), one last (counted in E011).
TEST(YamlKeys, DuplicateKeysAmongTwoHundredThousandAreFoundInLinearTime) {
  constexpr int n = 200000;
  std::string yaml = "state: JPN\ninstruments:\n  UNTOC:\n    k0: 1\n    k0: 2\n";
  for (int i = 1; i < n; ++i) yaml += "    k" + std::to_string(i) + ": 1\n";
  yaml += "    k1: 2\n";
  auto w = world("instrument UNTOC\nobligation O { require party(UNTOC) }\n", {yaml});
  // n unknown keys (Y002) and two duplicates (Y005), all counted; 100 kept, E011 for the rest.
  EXPECT_EQ(w->diags.error_count(), static_cast<std::size_t>(n) + 2);
  auto dup = with_code(w->diags, "Y005");
  ASSERT_EQ(dup.size(), 1u);
  EXPECT_EQ(dup[0]->message, "duplicate key 'k0'");
  EXPECT_EQ(position(w->sources, dup[0]->where), "profile0.yaml:5:5");
  ASSERT_EQ(dup[0]->notes.size(), 1u);
  EXPECT_EQ(position(w->sources, dup[0]->notes[0].where), "profile0.yaml:4:5");
  auto rest = with_code(w->diags, "E011");
  ASSERT_EQ(rest.size(), 1u);
  EXPECT_EQ(rest[0]->message,
            std::to_string(n + 2 - 100) + " more diagnostics in this file are not reported (the first 100 are)");
}

}  // namespace
}  // namespace pacta::test
