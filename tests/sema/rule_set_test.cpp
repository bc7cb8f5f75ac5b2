// Whole rule sets: a clean one checks without a word, and the shipped catalog (rules/) lints
// with no errors, its declarations resolved into the rule set.
#include <gtest/gtest.h>

#include "sema/check.hpp"
#include "support/test_support.hpp"
#include "syntax/load.hpp"

namespace pacta::test {
namespace {

TEST(SemaRuleSet, CleanRuleSetHasNoDiagnostics) {
  auto w = world(
      std::vector<std::string>{
          R"(instrument UNTOC "United Nations Convention against Transnational Organized Crime" {
  adopted 2000-11-15
  in_force 2003-09-29
  in_force 90 days after 40 deposits
  in_force_for_state 30 days after deposit
  source "UNTOC art. 38"
}
instrument UNTOC_TIP "Trafficking in Persons Protocol" {
  supplements UNTOC
  adopted 2000-11-15
}
mechanism CCP "Container Control Programme" { started 2004-01-01 }
report ARQ "Annual report questionnaire"
report FINAL_REPORT
event PROJECT_COMPLETED "Completion of a project"
group LAC "Latin America and the Caribbean"
set TOC_PROTOCOLS = { UNTOC_TIP }
)",
          R"x(obligation TOC_PARENT "Parties to a Protocol are parties to UNTOC" {
  source   "UNTOC art. 37(2)"
  severity error
  applies  when party(any of TOC_PROTOCOLS)
  exempt   when reserved(UNTOC, "art. 35(2)") and not signed(UNTOC)
  require  party(UNTOC)
}
obligation CCP_LAC {
  severity warning
  applies  when member(LAC)
  require  joined(CCP) before 2026-01-01 or ratified(at least 1 of { UNTOC, UNTOC_TIP }) by 2020-01-01
}
obligation ARQ_ANNUAL {
  applies  when party(UNTOC)
  require  submitted(ARQ) every year due 06-30, from 2015 due 03-31 grace 1 month since party(UNTOC)
}
obligation FINAL {
  applies  when event(PROJECT_COMPLETED)
  require  submitted(FINAL_REPORT) within 6 months after event(PROJECT_COMPLETED) grace 10 days
}
)x"},
      {});
  EXPECT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  EXPECT_EQ(w->rules.instruments.size(), 2u);
  EXPECT_EQ(w->rules.obligations.size(), 4u);
  const sema::Instrument& untoc = w->rules.instruments[0];
  EXPECT_EQ(untoc.in_force, day("2003-09-29"));
  EXPECT_TRUE(untoc.has_rule);
  EXPECT_EQ(untoc.deposits, 40u);
  EXPECT_TRUE(untoc.has_state_delay);
  EXPECT_EQ(untoc.source, "UNTOC art. 38");
  ASSERT_TRUE(w->rules.instruments[1].parent);
  EXPECT_EQ(*w->rules.instruments[1].parent, 0u);
  EXPECT_EQ(w->rules.obligations[1].severity, syntax::Level::warning);
  EXPECT_EQ(w->rules.obligations[0].title, "Parties to a Protocol are parties to UNTOC");
}

TEST(SemaRuleSet, ShippedRulesLintWithoutErrors) {
  diag::SourceMap sources;
  diag::Diagnostics diags;
  auto loaded = syntax::load_rule_files({std::string(PACTA_SOURCE_DIR) + "/rules"}, sources, diags);
  ASSERT_FALSE(loaded.input_error) << render(sources, diags);
  ASSERT_GT(loaded.files.size(), 10u);
  sema::RuleSet rules = sema::check_rule_set(std::move(loaded.files), diags);
  EXPECT_EQ(diags.error_count(), 0u) << render(sources, diags);
  for (const auto& d : diags.items()) EXPECT_EQ(d.code, "S007") << render(sources, diags);  // only unused names
  EXPECT_GE(rules.instruments.size(), 28u);
  EXPECT_GT(rules.obligations.size(), 10u);
  ASSERT_TRUE(rules.lookup("UNTOC"));
  EXPECT_EQ(rules.lookup("UNTOC")->kind, sema::Kind::instrument);
  ASSERT_TRUE(rules.lookup("ARQ_ANNUAL"));
  EXPECT_EQ(rules.lookup("ARQ_ANNUAL")->kind, sema::Kind::obligation);
}

}  // namespace
}  // namespace pacta::test
