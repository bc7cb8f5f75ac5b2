// Flow collections yaml-cpp would read ahead whole (100-230 bytes of memory per byte): refused
// over 64 KiB with Y013 before yaml-cpp sees them; brackets and quotes inside plain scalars and
// comments are text, not collections.
#include <gtest/gtest.h>

#include "model/yaml_tree.hpp"
#include "support/test_support.hpp"

namespace pacta::test {
namespace {

using V = std::vector<std::string>;
const char* rules = "instrument UNTOC\nobligation O { require party(UNTOC) }\n";

TEST(YamlFlow, LongFlowCollectionIsY013AtItsStart) {
  std::string list = "[";
  while (list.size() < 200 * 1024) list += "2001-01-01, ";
  list += "2001-01-01]";
  for (const std::string& yaml :
       {"state: JPN\nsources: " + list + "\n", "state: JPN\nsources: " + list.substr(0, 150000)}) {
    auto w = world(rules, {yaml});
    ASSERT_EQ(codes(w->diags), V{"Y013"}) << render(w->sources, w->diags);
    EXPECT_EQ(position(w->sources, w->diags.items()[0].where), "profile0.yaml:2:10");
    EXPECT_EQ(w->diags.items()[0].message, "flow collection longer than 64 KiB");
  }
}

TEST(YamlFlow, DeepFlowIsFoundAtTheSixtyFifthCollection) {
  model::YamlDocument doc;
  model::YamlError error;
  std::string yaml = "state: JPN\nsources: " + std::string(100000, '[');
  ASSERT_FALSE(model::parse_yaml(yaml, doc, error));
  EXPECT_TRUE(error.too_deep);
  EXPECT_EQ(error.offset, yaml.find('[') + 64);
}

TEST(YamlFlow, BracketsAndQuotesInTextAreNotCollections) {
  // An unbalanced '[' inside a plain scalar, a quote in a name, brackets in quotes and comments,
  // followed by more than 64 KiB: a valid profile.
  std::string yaml = "state: CIV\nname: Cote d'Ivoire [see note\nsources:\n  - \"a [b\"  # { not a collection\n";
  while (yaml.size() < 100 * 1024) yaml += "  - 'it''s [' \n";
  auto w = world(rules, {yaml});
  EXPECT_FALSE(w->diags.has_errors()) << render(w->sources, w->diags);
  ASSERT_EQ(w->profiles.size(), 1u);
  EXPECT_EQ(w->profiles[0].name, "Cote d'Ivoire [see note");
}

}  // namespace
}  // namespace pacta::test
