// Conditions: empty inline sets (S005), 'at least N' bounds (S006), a required 'require'
// (S010), articles for reservations only (S011), timings where they mean something (S012),
// due-date changes in order (S013), repeated names (S015), quantifiers and sets (S016).
#include <gtest/gtest.h>

#include "support/test_support.hpp"
#include "syntax/predicates.hpp"

namespace pacta::test {
namespace {

using V = std::vector<std::string>;

const std::string decls =
    "instrument A\ninstrument B\ninstrument C\nmechanism M\nreport R\nevent E\ngroup G\n"
    "set S = { A, B }\n";
// Every declaration above used, so a test sees only its own diagnostics.
const std::string use_all =
    "obligation USE { require party(all of S) and party(C) and joined(M) and submitted(R) and event(E) and member(G) "
    "}\n";

std::unique_ptr<World> check(const std::string& obligation) { return world(decls + use_all + obligation, {}); }

TEST(SemaConditions, EmptyInlineSet) {
  auto w = check("obligation O {\n  require party(any of { })\n}\n");
  ASSERT_EQ(codes(w->diags), V{"S005"}) << render(w->sources, w->diags);
  EXPECT_EQ(w->diags.items()[0].message, "empty set in 'party(...)'");
  EXPECT_EQ(w->diags.items()[0].help, "list at least one name between the braces");
  EXPECT_EQ(position(w->sources, w->diags.items()[0].where), "rules0.pacta:11:17");
}

TEST(SemaConditions, AtLeastMoreThanTheSetCanNeverHold) {
  auto w = check("obligation O {\n  require party(at least 3 of S)\n}\n");
  ASSERT_EQ(codes(w->diags), V{"S006"}) << render(w->sources, w->diags);
  const diag::Diagnostic& d = w->diags.items()[0];
  EXPECT_EQ(d.severity, diag::Severity::error);
  EXPECT_EQ(d.message, "'at least 3 of' a set of 2 can never hold");
  EXPECT_EQ(position(w->sources, d.where), "rules0.pacta:11:17");
  EXPECT_EQ(covered(w->sources, d.where), "at least 3 of");
}

TEST(SemaConditions, AtLeastCountsDistinctInlineMembers) {
  auto w = check("obligation O { require party(at least 2 of { A, A }) }\n");
  EXPECT_EQ(codes(w->diags), (V{"S015", "S006"})) << render(w->sources, w->diags);
  auto ok = check("obligation O { require party(at least 3 of { A, B, C }) }\n");
  EXPECT_TRUE(ok->diags.empty()) << render(ok->sources, ok->diags);
}

TEST(SemaConditions, AtLeastZeroIsAWarning) {
  auto w = check("obligation O { require party(at least 0 of { A, B }) }\n");
  ASSERT_EQ(codes(w->diags), V{"S006"}) << render(w->sources, w->diags);
  EXPECT_EQ(w->diags.items()[0].severity, diag::Severity::warning);
  EXPECT_EQ(w->diags.items()[0].message, "'at least 0 of' always holds");
  EXPECT_FALSE(w->diags.has_errors());
}

TEST(SemaConditions, ObligationWithoutRequire) {
  auto w = check("obligation NOTHING \"t\" {\n  applies when party(A)\n}\n");
  ASSERT_EQ(codes(w->diags), V{"S010"}) << render(w->sources, w->diags);
  EXPECT_EQ(w->diags.items()[0].message, "obligation 'NOTHING' has no 'require' clause");
  EXPECT_EQ(w->diags.items()[0].help, "say what the obligation requires: require party(UNTOC)");
  EXPECT_EQ(position(w->sources, w->diags.items()[0].where), "rules0.pacta:10:12");
  EXPECT_FALSE(w->rules.lookup("NOTHING"));  // not evaluated
}

TEST(SemaConditions, ReservedNeedsAnArticle) {
  auto w = check("obligation O {\n  require reserved(A)\n}\n");
  ASSERT_EQ(codes(w->diags), V{"S011"}) << render(w->sources, w->diags);
  EXPECT_EQ(w->diags.items()[0].message, "'reserved' needs the article reserved");
  EXPECT_EQ(w->diags.items()[0].help, "write reserved(INSTRUMENT, \"art. 35(2)\")");
  EXPECT_EQ(position(w->sources, w->diags.items()[0].where), "rules0.pacta:11:11");
}

TEST(SemaConditions, ArticleOnlyForReserved) {
  auto w = check("obligation O {\n  require party(A, \"art. 35(2)\")\n}\n");
  ASSERT_EQ(codes(w->diags), V{"S011"}) << render(w->sources, w->diags);
  EXPECT_EQ(w->diags.items()[0].message, "an article applies to 'reserved' only, not to 'party'");
  EXPECT_EQ(position(w->sources, w->diags.items()[0].where), "rules0.pacta:11:20");
  EXPECT_TRUE(check("obligation O { require reserved(A, \"art. 35(2)\") }\n")->diags.empty());
}

TEST(SemaConditions, MemberTakesNoTiming) {
  auto w = check("obligation O {\n  require member(G) before 2020-01-01\n}\n");
  ASSERT_EQ(codes(w->diags), V{"S012"}) << render(w->sources, w->diags);
  EXPECT_EQ(w->diags.items()[0].message, "'member' is not dated; it takes no timing");
  EXPECT_EQ(position(w->sources, w->diags.items()[0].where), "rules0.pacta:11:21");
}

TEST(SemaConditions, EveryYearOnlyForSubmitted) {
  auto w = check("obligation O {\n  require joined(M) every year due 06-30 since 2000-01-01\n}\n");
  ASSERT_EQ(codes(w->diags), V{"S012"}) << render(w->sources, w->diags);
  EXPECT_EQ(w->diags.items()[0].message, "'every year' applies to submitted(...) reports only");
  EXPECT_EQ(position(w->sources, w->diags.items()[0].where), "rules0.pacta:11:21");
}

TEST(SemaConditions, EveryYearNeedsAStart) {
  auto w = check("obligation O { require submitted(R) every year due 06-30 }\n");
  ASSERT_EQ(codes(w->diags), V{"S012"}) << render(w->sources, w->diags);
  EXPECT_EQ(w->diags.items()[0].message, "'every year' needs a start");
  EXPECT_EQ(w->diags.items()[0].help, "add 'since party(...)' or 'since YYYY-MM-DD'");
}

TEST(SemaConditions, AnchorOnMemberOrReservedHasNoDate) {
  auto w = check("obligation O {\n  require submitted(R) within 1 year after member(G)\n}\n");
  ASSERT_EQ(codes(w->diags), V{"S012"}) << render(w->sources, w->diags);
  EXPECT_EQ(w->diags.items()[0].message, "'member' has no date to count from");
  // The help lists every predicate with a date, from the predicate table (so that a new one
  // appears without editing this test), and none without one.
  const std::string& help = w->diags.items()[0].help;
  EXPECT_EQ(help.rfind("count from ratified, party, ", 0), 0u) << help;
  EXPECT_NE(help.find(", or from a date"), std::string::npos) << help;
  for (const syntax::PredicateDef& d : syntax::predicate_defs) {
    const bool listed = help.find(std::string(" ") + d.name + ",") != std::string::npos ||
                        help.find(std::string(" ") + d.name + " or") != std::string::npos;
    EXPECT_EQ(listed, d.anchor) << d.name << " in: " << help;
  }
  EXPECT_EQ(position(w->sources, w->diags.items()[0].where), "rules0.pacta:11:44");
  auto r = check("obligation O { require submitted(R) every year due 06-30 since reserved(A) }\n");
  ASSERT_EQ(codes(r->diags), V{"S012"}) << render(r->sources, r->diags);
  EXPECT_EQ(r->diags.items()[0].message, "'reserved' has no date to count from");
}

TEST(SemaConditions, DeadlineOnAQuantifiedSet) {
  auto w = check("obligation O { require party(any of S) within 1 year after 2000-01-01 }\n");
  ASSERT_EQ(codes(w->diags), V{"S012"}) << render(w->sources, w->diags);
  EXPECT_EQ(w->diags.items()[0].message, "a deadline applies to one name, not to a quantified set");
}

TEST(SemaConditions, AnchorNamesAreResolvedAndKindChecked) {
  auto w = check("obligation O { require submitted(R) within 1 year after party(M) }\n");
  ASSERT_EQ(codes(w->diags), V{"S003"}) << render(w->sources, w->diags);
  auto u = check("obligation O { require submitted(R) within 1 year after event(EE) }\n");
  ASSERT_EQ(codes(u->diags), V{"S001"}) << render(u->sources, u->diags);
  EXPECT_EQ(u->diags.items()[0].help, "did you mean 'E'?");
}

TEST(SemaConditions, DueDateChangesMustNameIncreasingYears) {
  auto w = check(
      "obligation O {\n  require submitted(R) every year due 03-31, from 2010 due 06-30, from 2010 due 09-30"
      " since 2000-01-01\n}\n");
  ASSERT_EQ(codes(w->diags), V{"S013"}) << render(w->sources, w->diags);
  EXPECT_EQ(w->diags.items()[0].message, "due-date changes must name increasing years (1000..9999)");
  EXPECT_EQ(position(w->sources, w->diags.items()[0].where), "rules0.pacta:11:81");
  EXPECT_EQ(
      codes(check("obligation O { require submitted(R) every year due 03-31, from 999 due 06-30 since 2000-01-01 }\n")
                ->diags),
      V{"S013"});
  EXPECT_TRUE(check("obligation O { require submitted(R) every year due 03-31, from 2010 due 06-30, from 2011 due 02-29"
                    " since 2000-01-01 }\n")
                  ->diags.empty());
}

TEST(SemaConditions, DuplicateInlineSetMemberIsAWarning) {
  auto w = check("obligation O {\n  require party(all of { A, B, A })\n}\n");
  ASSERT_EQ(codes(w->diags), V{"S015"}) << render(w->sources, w->diags);
  EXPECT_EQ(w->diags.items()[0].severity, diag::Severity::warning);
  EXPECT_EQ(w->diags.items()[0].message, "'A' is listed twice");
  EXPECT_EQ(position(w->sources, w->diags.items()[0].where), "rules0.pacta:11:32");
}

TEST(SemaConditions, SetWithoutQuantifier) {
  auto w = check("obligation O {\n  require party(S)\n}\n");
  ASSERT_EQ(codes(w->diags), V{"S016"}) << render(w->sources, w->diags);
  EXPECT_EQ(w->diags.items()[0].message, "'S' is a set; say how many of it must hold");
  EXPECT_EQ(w->diags.items()[0].help, "write 'all of S', 'any of S', 'none of S' or 'at least N of S'");
  EXPECT_EQ(position(w->sources, w->diags.items()[0].where), "rules0.pacta:11:17");
}

TEST(SemaConditions, QuantifierOnANameThatIsNotASet) {
  auto w = check("obligation O {\n  require party(any of A)\n}\n");
  ASSERT_EQ(codes(w->diags), V{"S016"}) << render(w->sources, w->diags);
  EXPECT_EQ(w->diags.items()[0].message, "a quantifier needs a set, and 'A' is an instrument");
  EXPECT_EQ(w->diags.items()[0].help, "drop the quantifier, or use a set: any of { A, ... }");
  EXPECT_EQ(position(w->sources, w->diags.items()[0].where), "rules0.pacta:11:17");
}

TEST(SemaConditions, EveryClauseConditionIsChecked) {
  auto w = check("obligation O { applies when party(X1) exempt when signed(X2) require ratified(X3) }\n");
  EXPECT_EQ(codes(w->diags), (V{"S001", "S001", "S001"})) << render(w->sources, w->diags);
}

}  // namespace
}  // namespace pacta::test
