// Y012: a profile file named like a state code (FRA.yaml) whose `state:` is another code is a
// warning; the profile still loads.
#include <gtest/gtest.h>

#include "model/load.hpp"
#include "support/test_support.hpp"

namespace pacta::test {
namespace {

using V = std::vector<std::string>;

// Loads `yaml` as the file `path`; the diagnostics it raised.
diag::Diagnostics load_as(const std::string& path, const std::string& yaml, bool& loaded) {
  auto w = world("instrument UNTOC\nobligation O { require party(UNTOC) }\n", {});
  std::uint32_t id = w->sources.add(path, yaml);
  model::Profile p;
  diag::Diagnostics diags;
  loaded = model::load_profile(w->rules, w->sources, id, p, diags);
  return diags;
}

TEST(StateFileName, DifferentCodeIsAWarningAtTheState) {
  bool loaded = false;
  auto diags = load_as("fixtures/profiles/FRA.yaml", "name: France\nstate: DEU\n", loaded);
  EXPECT_TRUE(loaded);
  ASSERT_EQ(codes(diags), V{"Y012"});
  const diag::Diagnostic& d = diags.items()[0];
  EXPECT_EQ(d.severity, diag::Severity::warning);
  EXPECT_EQ(d.message, "state 'DEU' does not match the file name 'FRA.yaml'");
  EXPECT_EQ(d.help, "rename the file to DEU.yaml or correct the state code");
  EXPECT_EQ(d.where.span.begin, 20u);  // the `state:` value
  EXPECT_EQ(d.where.span.end, 23u);
}

TEST(StateFileName, SameCodeInAnyCaseIsFine) {
  bool loaded = false;
  EXPECT_TRUE(load_as("FRA.yaml", "state: FRA\n", loaded).empty());
  EXPECT_TRUE(load_as("profiles/fra.yml", "state: FRA\n", loaded).empty());
  auto diags = load_as("deu.yml", "state: FRA\n", loaded);
  ASSERT_EQ(codes(diags), V{"Y012"});
  EXPECT_EQ(diags.items()[0].help, "rename the file to FRA.yml or correct the state code");
}

TEST(StateFileName, OtherFileNamesAreNotCompared) {
  bool loaded = false;
  for (const char* path : {"france.yaml", "FR.yaml", "FRA1.yaml", "F-A.yaml", "profile0.yaml", "FRA.old.yaml"})
    EXPECT_TRUE(load_as(path, "state: DEU\n", loaded).empty()) << path;
}

TEST(StateFileName, NotCheckedWhenTheProfileHasErrors) {
  bool loaded = true;
  auto diags = load_as("FRA.yaml", "state: deu\n", loaded);
  EXPECT_FALSE(loaded);
  EXPECT_EQ(codes(diags), V{"Y009"});
}

}  // namespace
}  // namespace pacta::test
