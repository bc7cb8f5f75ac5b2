// Names across a rule set: unknown names with a suggestion (S001), one declaration per name
// across files (S002), arguments of the kind a predicate needs (S003), unused names (S007).
#include <gtest/gtest.h>

#include "support/test_support.hpp"

namespace pacta::test {
namespace {

using V = std::vector<std::string>;

TEST(SemaNames, UnknownNameSuggestsTheClosestOfTheRightKind) {
  auto w = world(
      "instrument UNTOC\n"
      "mechanism UNTOC_RM\n"
      "obligation O {\n"
      "  require party(UNTCO)\n"
      "}\n",
      {});
  ASSERT_EQ(codes(w->diags), (V{"S001", "S007", "S007"})) << render(w->sources, w->diags);
  const diag::Diagnostic& d = *first(w->diags, "S001");
  EXPECT_EQ(d.severity, diag::Severity::error);
  EXPECT_EQ(d.message, "unknown instrument 'UNTCO'");
  EXPECT_EQ(d.help, "did you mean 'UNTOC'?");
  EXPECT_EQ(position(w->sources, d.where), "rules0.pacta:4:17");
  EXPECT_EQ(covered(w->sources, d.where), "UNTCO");
}

TEST(SemaNames, UnknownNameFarFromEveryDeclarationGetsNoSuggestion) {
  auto w = world("instrument UNTOC\nobligation O { require party(UNTOC) and signed(COMPLETELY_DIFFERENT) }\n", {});
  ASSERT_EQ(codes(w->diags), V{"S001"});
  EXPECT_EQ(w->diags.items()[0].help, "declare it, or check its spelling (names are case-sensitive)");
}

TEST(SemaNames, UnknownSetAfterAQuantifierSuggestsASet) {
  auto w = world(
      "instrument A\ninstrument B\nset PROTOCOLS = { A, B }\n"
      "obligation O { require party(all of PROTOCOL) }\n",
      {});
  const diag::Diagnostic* d = first(w->diags, "S001");
  ASSERT_NE(d, nullptr) << render(w->sources, w->diags);
  EXPECT_EQ(d->message, "unknown set 'PROTOCOL'");
  EXPECT_EQ(d->help, "did you mean 'PROTOCOLS'?");
  EXPECT_EQ(position(w->sources, d->where), "rules0.pacta:4:37");
}

TEST(SemaNames, NamesAreCaseSensitive) {
  auto w = world("instrument UNTOC\nobligation O { require party(untoc) }\n", {});
  ASSERT_EQ(codes(w->diags), (V{"S001", "S007"}));
  EXPECT_EQ(w->diags.items()[0].help, "did you mean 'UNTOC'?");
}

TEST(SemaNames, DuplicateAcrossTwoFilesPointsAtTheFirst) {
  auto w = world(std::vector<std::string>{"report ARQ \"Annual report\"\n",
                                          "# the same name again\nevent ARQ\n"
                                          "obligation O { require submitted(ARQ) }\n"},
                 {});
  ASSERT_EQ(codes(w->diags), V{"S002"}) << render(w->sources, w->diags);
  const diag::Diagnostic& d = w->diags.items()[0];
  EXPECT_EQ(d.message, "'ARQ' is already declared");
  EXPECT_EQ(d.help, "names are shared by all files of a rule set; rename one of them");
  EXPECT_EQ(position(w->sources, d.where), "rules1.pacta:2:7");
  ASSERT_EQ(d.notes.size(), 1u);
  EXPECT_EQ(d.notes[0].message, "first declared here");
  EXPECT_EQ(position(w->sources, d.notes[0].where), "rules0.pacta:1:8");
  // The first declaration wins: ARQ stays a report.
  EXPECT_EQ(w->rules.lookup("ARQ")->kind, sema::Kind::report);
}

TEST(SemaNames, SetAndDeclarationShareOneNamespace) {
  auto w = world("instrument A\nset A = { A }\nobligation O { require party(A) }\n", {});
  ASSERT_EQ(codes(w->diags), V{"S002"}) << render(w->sources, w->diags);
  EXPECT_EQ(position(w->sources, w->diags.items()[0].where), "rules0.pacta:2:5");
  ASSERT_EQ(w->diags.items()[0].notes.size(), 1u);
  EXPECT_EQ(position(w->sources, w->diags.items()[0].notes[0].where), "rules0.pacta:1:12");
}

TEST(SemaNames, DuplicateObligationIsDiagnosed) {
  auto w = world(std::vector<std::string>{"instrument A\nobligation O { require party(A) }\n",
                                          "obligation O { require signed(A) }\n"},
                 {});
  ASSERT_EQ(codes(w->diags), V{"S002"}) << render(w->sources, w->diags);
  EXPECT_EQ(position(w->sources, w->diags.items()[0].where), "rules1.pacta:1:12");
  EXPECT_EQ(w->rules.obligations.size(), 1u);
}

// Known bug in src/sema (check_obligations): an obligation declared twice, or named like a
// declaration, gets S002 without the "first declared here" note that declarations get.
TEST(SemaNames, DuplicateObligationNotePointsAtTheFirst) {
  auto w = world(std::vector<std::string>{"instrument A\nobligation O { require party(A) }\n",
                                          "obligation O { require signed(A) }\n"},
                 {});
  ASSERT_EQ(codes(w->diags), V{"S002"});
  ASSERT_EQ(w->diags.items()[0].notes.size(), 1u);
  EXPECT_EQ(position(w->sources, w->diags.items()[0].notes[0].where), "rules0.pacta:2:12");
}

TEST(SemaNames, JoinedNeedsAMechanismNotAnInstrument) {
  auto w = world("instrument UNTOC \"Convention\"\nobligation O {\n  require joined(UNTOC)\n}\n", {});
  ASSERT_EQ(codes(w->diags), V{"S003"}) << render(w->sources, w->diags);
  const diag::Diagnostic& d = w->diags.items()[0];
  EXPECT_EQ(d.message, "'UNTOC' is an instrument, but 'joined(...)' needs a mechanism");
  EXPECT_EQ(position(w->sources, d.where), "rules0.pacta:3:18");
  ASSERT_EQ(d.notes.size(), 1u);
  EXPECT_EQ(d.notes[0].message, "'UNTOC' is declared here");
  EXPECT_EQ(position(w->sources, d.notes[0].where), "rules0.pacta:1:12");
}

TEST(SemaNames, PartyNeedsAnInstrumentNotAMechanism) {
  auto w = world("mechanism CCP\nobligation O { require party(CCP) }\n", {});
  ASSERT_EQ(codes(w->diags), V{"S003"});
  EXPECT_EQ(w->diags.items()[0].message, "'CCP' is a mechanism, but 'party(...)' needs an instrument");
  EXPECT_EQ(position(w->sources, w->diags.items()[0].where), "rules0.pacta:2:30");
}

TEST(SemaNames, EveryPredicateChecksItsArgumentKind) {
  auto w = world(
      "instrument I\nmechanism M\nreport R\nevent E\ngroup G\n"
      "obligation O { require member(I) or submitted(M) or event(R) or signed(G) or ratified(E)"
      " or reserved(M, \"art. 1\") }\n",
      {});
  w->diags.sort();
  EXPECT_EQ(codes(w->diags), (V{"S003", "S003", "S003", "S003", "S003", "S003"})) << render(w->sources, w->diags);
  EXPECT_EQ(w->diags.items()[0].message, "'I' is an instrument, but 'member(...)' needs a group");
  EXPECT_EQ(w->diags.items()[1].message, "'M' is a mechanism, but 'submitted(...)' needs a report");
}

TEST(SemaNames, SetMixingKindsIsDiagnosedAtTheOddMember) {
  auto w = world("instrument A\nmechanism M\nset S = { A, M }\nobligation O { require party(any of S) }\n", {});
  ASSERT_EQ(codes(w->diags), V{"S003"}) << render(w->sources, w->diags);
  EXPECT_EQ(w->diags.items()[0].message, "set 'S' mixes kinds: 'M' is a mechanism, earlier members are instruments");
  EXPECT_EQ(position(w->sources, w->diags.items()[0].where), "rules0.pacta:3:14");
}

TEST(SemaNames, SetOfTheWrongKindForThePredicate) {
  auto w = world("mechanism M\nmechanism N\nset S = { M, N }\nobligation O { require party(all of S) }\n", {});
  ASSERT_EQ(codes(w->diags), V{"S003"}) << render(w->sources, w->diags);
  EXPECT_EQ(w->diags.items()[0].message, "set 'S' holds mechanisms, but 'party(...)' needs instruments");
  EXPECT_EQ(position(w->sources, w->diags.items()[0].where), "rules0.pacta:4:37");
}

TEST(SemaNames, SetCannotContainASet) {
  auto w = world("instrument A\nset T = { A }\nset S = { A, T }\nobligation O { require party(all of S) }\n", {});
  ASSERT_EQ(codes(w->diags), V{"S003"}) << render(w->sources, w->diags);
  EXPECT_EQ(w->diags.items()[0].message, "a set cannot contain a set ('T')");
  EXPECT_EQ(position(w->sources, w->diags.items()[0].where), "rules0.pacta:3:14");
}

TEST(SemaNames, InlineSetMembersAreCheckedForKind) {
  auto w = world("instrument A\nmechanism M\nobligation O { require party(any of { A, M }) }\n", {});
  ASSERT_EQ(codes(w->diags), V{"S003"}) << render(w->sources, w->diags);
  EXPECT_EQ(w->diags.items()[0].message, "'M' is a mechanism, but 'party(...)' needs an instrument");
  EXPECT_EQ(position(w->sources, w->diags.items()[0].where), "rules0.pacta:3:42");
}

TEST(SemaNames, SupplementsNeedsAnInstrument) {
  auto w = world("mechanism M\ninstrument A { supplements M }\nobligation O { require party(A) }\n", {});
  ASSERT_EQ(codes(w->diags), V{"S003"}) << render(w->sources, w->diags);
  EXPECT_EQ(w->diags.items()[0].message, "'M' is a mechanism, but 'supplements' needs an instrument");
}

TEST(SemaNames, UnusedDeclarationIsAWarningAtItsName) {
  auto w = world(
      "instrument A\nmechanism CCP \"Container Control\"\nreport R\nevent E\ngroup G\n"
      "set S = { A }\nobligation O { require party(A) }\n",
      {});
  ASSERT_EQ(codes(w->diags), (V{"S007", "S007", "S007", "S007", "S007"})) << render(w->sources, w->diags);
  const diag::Diagnostic& d = w->diags.items()[0];
  EXPECT_EQ(d.severity, diag::Severity::warning);
  EXPECT_EQ(d.message, "mechanism 'CCP' is declared but never used");
  EXPECT_EQ(d.help, "use it in an obligation or a set, or remove it");
  EXPECT_EQ(position(w->sources, d.where), "rules0.pacta:2:11");
  EXPECT_EQ(w->diags.items()[4].message, "set 'S' is declared but never used");
  EXPECT_FALSE(w->diags.has_errors());
}

TEST(SemaNames, UseInASetOrAsAParentOrAnchorCounts) {
  auto w = world(
      "instrument P\ninstrument C { supplements P }\nevent E\nreport R\nset S = { C }\n"
      "obligation O { require party(all of S) and submitted(R) within 1 year after event(E) }\n",
      {});
  EXPECT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
}

}  // namespace
}  // namespace pacta::test
