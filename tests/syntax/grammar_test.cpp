// The parser: every construct of the language, spans, and the syntax diagnostics P001-P008.
#include <gtest/gtest.h>

#include "support/test_support.hpp"
#include "syntax/parse.hpp"

namespace pacta::test {
namespace {

using namespace syntax;
using V = std::vector<std::string>;

TEST(Grammar, EmptyFileIsFine) {
  auto p = parse("");
  EXPECT_TRUE(p->diags.empty());
  EXPECT_TRUE(p->file.parsed);
  auto q = parse("# only a comment\n\n");
  EXPECT_TRUE(q->diags.empty());
  ASSERT_EQ(q->file.comments.size(), 1u);
  EXPECT_EQ(q->file.comments[0].text, "# only a comment");
}

TEST(Grammar, InstrumentWithEveryClause) {
  auto p = parse(R"(instrument UNTOC "Convention" {
  adopted 2000-11-15
  in_force 2003-09-29
  in_force 90 days after 40 deposits
  in_force_for_state 30 days after deposit
  supplements PARENT
  source "UNTOC art. 38"
})");
  ASSERT_TRUE(p->diags.empty()) << render(p->sources, p->diags);
  ASSERT_EQ(p->file.declarations.size(), 1u);
  const Declaration& d = p->file.declarations[0];
  EXPECT_EQ(d.kind, DeclKind::instrument);
  EXPECT_EQ(d.id.text, "UNTOC");
  ASSERT_TRUE(d.title);
  EXPECT_EQ(d.title->text, "Convention");
  ASSERT_EQ(d.clauses.size(), 6u);
  EXPECT_EQ(d.clauses[0].kind, ClauseKind::adopted);
  EXPECT_EQ(d.clauses[0].date.day, day("2000-11-15"));
  EXPECT_EQ(d.clauses[1].kind, ClauseKind::in_force_date);
  EXPECT_EQ(d.clauses[2].kind, ClauseKind::in_force_rule);
  EXPECT_EQ(d.clauses[2].deposits, 40u);
  EXPECT_EQ(d.clauses[2].delay.duration.value.count, 90u);
  EXPECT_EQ(d.clauses[2].delay.duration.value.unit, DurationUnit::day);
  EXPECT_EQ(d.clauses[3].kind, ClauseKind::in_force_for_state);
  EXPECT_EQ(d.clauses[4].name.text, "PARENT");
  EXPECT_EQ(d.clauses[5].text.text, "UNTOC art. 38");
  EXPECT_EQ(p->sources.line_column(0, d.id.span.begin).column, 12u);
}

TEST(Grammar, FirstDayOfMonthRule) {
  auto p = parse(
      "instrument MP14 { in_force first day of month 2 after 22 deposits\n"
      "  in_force_for_state first day of month 2 after deposit }");
  ASSERT_TRUE(p->diags.empty()) << render(p->sources, p->diags);
  const auto& c = p->file.declarations[0].clauses;
  EXPECT_TRUE(c[0].delay.first_day_of_month);
  EXPECT_EQ(c[0].delay.months, 2u);
  EXPECT_EQ(c[0].deposits, 22u);
  EXPECT_TRUE(c[1].delay.first_day_of_month);
}

TEST(Grammar, OtherDeclarationsAndSets) {
  auto p = parse(
      "mechanism CCP \"Container Control Programme\" { started 2004-01-01 source \"x\" }\n"
      "report ARQ\nevent DONE \"done\"\ngroup LAC \"Latin America\"\n"
      "set S = { A, B, }\nset E = { }\n");
  ASSERT_TRUE(p->diags.empty()) << render(p->sources, p->diags);
  ASSERT_EQ(p->file.declarations.size(), 4u);
  EXPECT_EQ(p->file.declarations[1].kind, DeclKind::report);
  EXPECT_FALSE(p->file.declarations[1].title);
  EXPECT_EQ(p->file.declarations[2].kind, DeclKind::event);
  EXPECT_EQ(p->file.declarations[3].kind, DeclKind::group);
  ASSERT_EQ(p->file.sets.size(), 2u);
  EXPECT_EQ(p->file.sets[0].members.size(), 2u);
  EXPECT_TRUE(p->file.sets[1].members.empty());
}

TEST(Grammar, ObligationClausesAndOperatorPrecedence) {
  auto p = parse(R"x(obligation O "t" {
  source "s"
  severity warning
  applies when member(G) or signed(A) and not party(B)
  exempt when reserved(A, "art. 35(2)")
  require (party(A) or party(B)) and not not ratified(C)
})x");
  ASSERT_TRUE(p->diags.empty()) << render(p->sources, p->diags);
  const Obligation& o = p->file.obligations[0];
  ASSERT_EQ(o.clauses.size(), 5u);
  EXPECT_EQ(o.clauses[1].severity, Level::warning);
  // or binds weaker than and: or(member, and(signed, not party))
  const Expr& applies = p->file.exprs[o.clauses[2].condition];
  ASSERT_EQ(applies.kind, ExprKind::or_);
  ASSERT_EQ(applies.operands.size(), 2u);
  EXPECT_EQ(p->file.exprs[applies.operands[1]].kind, ExprKind::and_);
  const Expr& exempt = p->file.exprs[o.clauses[3].condition];
  ASSERT_EQ(exempt.kind, ExprKind::atom);
  EXPECT_EQ(p->file.atoms[exempt.atom].article->text, "art. 35(2)");
  const Expr& req = p->file.exprs[o.clauses[4].condition];
  ASSERT_EQ(req.kind, ExprKind::and_);
  EXPECT_TRUE(p->file.exprs[req.operands[0]].parenthesized);
  const Expr& nn = p->file.exprs[req.operands[1]];
  ASSERT_EQ(nn.kind, ExprKind::not_);
  EXPECT_EQ(p->file.exprs[nn.operands[0]].kind, ExprKind::not_);
}

TEST(Grammar, QuantifiersOverNamedAndInlineSets) {
  auto p = parse(
      "obligation O { require ratified(all of S) and party(any of {A, B}) and signed(none of S)"
      " and joined(at least 2 of { M, N, P }) }");
  ASSERT_TRUE(p->diags.empty()) << render(p->sources, p->diags);
  const auto& atoms = p->file.atoms;
  ASSERT_EQ(atoms.size(), 4u);
  EXPECT_EQ(atoms[0].target.quantifier.quantifier, Quantifier::all);
  EXPECT_FALSE(atoms[0].target.inline_set);
  EXPECT_EQ(atoms[1].target.quantifier.quantifier, Quantifier::any);
  EXPECT_TRUE(atoms[1].target.inline_set);
  EXPECT_EQ(atoms[1].target.names.size(), 2u);
  EXPECT_EQ(atoms[2].target.quantifier.quantifier, Quantifier::none);
  EXPECT_EQ(atoms[3].target.quantifier.quantifier, Quantifier::at_least);
  EXPECT_EQ(atoms[3].target.quantifier.at_least, 2u);
}

TEST(Grammar, TimingsAndDeadlines) {
  auto p = parse(R"(obligation O { require joined(CCP) before 2026-01-01 and ratified(A) by 2020-01-01
  and signed(A) after 2000-01-01 and party(A) since 2001-01-01
  and submitted(R) within 6 months after event(E) grace 30 days
  and submitted(F) within 0 days after 2020-01-01
  and submitted(ARQ) every year due 03-31, from 2010 due 06-30 grace 1 month since party(S) })");
  ASSERT_TRUE(p->diags.empty()) << render(p->sources, p->diags);
  const auto& a = p->file.atoms;
  ASSERT_EQ(a.size(), 7u);
  EXPECT_EQ(a[0].timing.kind, TimingKind::before);
  EXPECT_EQ(a[0].timing.date.day, day("2026-01-01"));
  EXPECT_EQ(a[1].timing.kind, TimingKind::by);
  EXPECT_EQ(a[2].timing.kind, TimingKind::after);
  EXPECT_EQ(a[3].timing.kind, TimingKind::since);
  EXPECT_EQ(a[4].timing.kind, TimingKind::within);
  EXPECT_EQ(a[4].timing.within.value.unit, DurationUnit::month);
  EXPECT_TRUE(a[4].timing.has_grace);
  EXPECT_FALSE(a[4].timing.anchor.is_date);
  EXPECT_EQ(a[4].timing.anchor.predicate, Predicate::event);
  EXPECT_TRUE(a[5].timing.anchor.is_date);
  const Timing& every = a[6].timing;
  EXPECT_EQ(every.kind, TimingKind::every_year);
  ASSERT_EQ(every.due.size(), 2u);
  EXPECT_EQ(every.due[0].month, 3);
  EXPECT_EQ(every.due[0].day, 31);
  EXPECT_EQ(every.due[1].from_year, 2010u);
  EXPECT_EQ(every.due[1].month, 6);
  EXPECT_EQ(every.grace.value.unit, DurationUnit::month);
  EXPECT_TRUE(every.has_anchor);
  EXPECT_EQ(every.anchor.predicate, Predicate::party);
}

TEST(Grammar, IdentifiersAreCaseSensitiveAndNotKeywords) {
  auto p = parse("report Party\nreport party_x\n");
  EXPECT_TRUE(p->diags.empty()) << render(p->sources, p->diags);
  auto q = parse("report party\n");
  EXPECT_EQ(codes(q->diags), V{"P001"});
}

TEST(Grammar, ExpectedTokenDiagnosticPointsAtTheToken) {
  auto p = parse("obligation O {\n  require party(X\n}\n");
  ASSERT_EQ(codes(p->diags), V{"P001"});
  EXPECT_EQ(p->diags.items()[0].message, "expected ')', found '}'");
  auto lc = p->sources.line_column(0, p->diags.items()[0].where.span.begin);
  EXPECT_EQ(lc.line, 3u);
  EXPECT_EQ(lc.column, 1u);
}

TEST(Grammar, UnknownUnitNamesTheAlternatives) {
  auto p = parse("instrument X { in_force 90 dayz after 40 deposits }");
  ASSERT_EQ(codes(p->diags), V{"P001"});
  EXPECT_EQ(p->diags.items()[0].message, "expected 'days', 'months' or 'years', found 'dayz'");
}

TEST(Grammar, RecoversAtTheNextDeclaration) {
  auto p = parse("obligation A { require party( }\nobligation B { require party(X) }\njunk\nreport R\n");
  EXPECT_EQ(codes(p->diags), (V{"P001", "P008"}));
  EXPECT_EQ(p->file.obligations.size(), 1u);
  EXPECT_EQ(p->file.declarations.size(), 1u);
  EXPECT_FALSE(p->file.parsed);
}

TEST(Grammar, UnterminatedStringAndBadEscape) {
  EXPECT_EQ(codes(parse("report R \"open\n")->diags), V{"P002"});
  EXPECT_EQ(codes(parse("report R \"a\\n\"\n")->diags), V{"P002"});
  auto ok = parse("report R \"say \\\"hi\\\" \\\\ \"\n");
  ASSERT_TRUE(ok->diags.empty());
  EXPECT_EQ(ok->file.declarations[0].title->text, "say \"hi\" \\ ");
}

TEST(Grammar, ImpossibleDatesAreDiagnosed) {
  EXPECT_EQ(codes(parse("instrument X { adopted 2021-02-30 }")->diags), V{"P003"});
  EXPECT_EQ(codes(parse("instrument X { adopted 2021-13-01 }")->diags), V{"P003"});
  EXPECT_EQ(codes(parse("instrument X { adopted 2021-2-1 }")->diags), V{"P003"});
  EXPECT_TRUE(parse("instrument X { adopted 2020-02-29 }")->diags.empty());
  EXPECT_EQ(codes(parse("instrument X { adopted 2019-02-29 }")->diags), V{"P003"});
}

TEST(Grammar, DeepNestingIsRefusedNotOverflowed) {
  std::string deep =
      "obligation O { require " + std::string(200000, '(') + "party(X)" + std::string(200000, ')') + " }";
  auto p = parse(deep);
  EXPECT_EQ(codes(p->diags), V{"P004"});
  std::string ok = "obligation O { require " + std::string(60, '(') + "party(X)" + std::string(60, ')') + " }";
  EXPECT_TRUE(parse(ok)->diags.empty());
}

TEST(Grammar, LongChainsDoNotRecurse) {
  std::string chain = "obligation O { require party(X)";
  for (int i = 0; i < 100000; ++i) chain += " and not party(X)";
  chain += " }";
  auto p = parse(chain);
  EXPECT_TRUE(p->diags.empty());
}

TEST(Grammar, BinaryAndInvalidUtf8AreDiagnosed) {
  EXPECT_EQ(codes(parse(std::string("report R\0\x01\x02", 11))->diags), V{"P005"});
  EXPECT_EQ(codes(parse("report R \"caf\xC3\"\n")->diags), V{"P005"});
  EXPECT_EQ(codes(parse("report R \"\xED\xA0\x80\"\n")->diags), V{"P005"});  // a surrogate
  EXPECT_TRUE(parse("report R \"Côte d'Ivoire\"\n")->diags.empty());
}

TEST(Grammar, IntegersAreBounded) {
  EXPECT_EQ(codes(parse("instrument X { in_force 1234567890 days after 40 deposits }")->diags), V{"P006"});
}

TEST(Grammar, MonthDaysAreChecked) {
  EXPECT_EQ(codes(parse("obligation O { require submitted(R) every year due 06-31 since 2000-01-01 }")->diags),
            V{"P007"});
  EXPECT_TRUE(parse("obligation O { require submitted(R) every year due 02-29 since 2000-01-01 }")->diags.empty());
}

TEST(Grammar, CaretRenderingShowsLineAndColumn) {
  auto p = parse("report R\nobligation O {\n\trequire party(X) befor 2020-01-01\n}\n", "x.pacta");
  std::string text = render(p->sources, p->diags);
  EXPECT_NE(text.find("x.pacta:3:19: error[P001]: expected a clause or '}', found 'befor'"), std::string::npos) << text;
  EXPECT_NE(text.find(" 3 | \trequire party(X) befor 2020-01-01\n   | \t                 ^~~~~\n"), std::string::npos)
      << text;
}

}  // namespace
}  // namespace pacta::test
