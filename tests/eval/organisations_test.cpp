// An organisation's profile (`kind: organisation`) against the rule set: instruments not open to
// organisations are settled as "never" (not unknown); an obligation that names only such
// instruments is not_applicable to it, never violated or unknown; one that names an open
// instrument is evaluated as for a State; groups never select it; and its deposits do not count
// toward an entry into force (UNTOC art. 38(1), UNCAC art. 68(1)), while the instrument enters
// into force for it by the same per-party rule as for a State.
#include <gtest/gtest.h>

#include "eval/record.hpp"
#include "support/test_support.hpp"

namespace pacta::test {
namespace {

using eval::Status;
using eval::Truth;

const char* const rules = R"(
instrument UNTOC {
  in_force 90 days after 2 deposits
  in_force_for_state 30 days after deposit
  open_to_organisations
}
instrument TOKYO_1963 { in_force 1969-12-04 }
instrument SINGLE_1961 { in_force 1964-12-13 }
group WEOG
obligation TERRORISM "Contracting State to Tokyo" { require ratified(TOKYO_1963) }
obligation NOT_TOKYO { require not ratified(TOKYO_1963) }
obligation UNTOC_PARTY { require party(UNTOC) }
obligation MIXED { applies when party(UNTOC) require not ratified(SINGLE_1961) }
obligation GROUPED { applies when member(WEOG) require party(UNTOC) }
obligation NO_INSTRUMENT { require member(WEOG) }
)";

const char* const eu = "state: EU\nkind: organisation\ngroups: []\ninstruments:\n  UNTOC: { ratified: 2001-01-01 }\n";

// A profile depositing consent to UNTOC on `day`: a State's, or the organisation EU's.
std::string untoc(const std::string& code, const std::string& day) {
  std::string kind = code == "EU" ? "kind: organisation\n" : "";
  return "state: " + code + "\n" + kind + "instruments:\n  UNTOC: { ratified: " + day + " }\n";
}

TEST(Organisations, ObligationNamingOnlyClosedInstrumentsIsNotApplicable) {
  auto w = world(rules, {eu, "state: FRA\ngroups: [WEOG]\n"});
  ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  EXPECT_EQ(w->verdict("EU", "TERRORISM", "2014-12-31"), Status::not_applicable);
  EXPECT_EQ(w->verdict("EU", "NOT_TOKYO", "2014-12-31"), Status::not_applicable);
  // A State with the same (missing) facts: unknown, as before.
  EXPECT_EQ(w->verdict("FRA", "TERRORISM", "2014-12-31"), Status::unknown);
  EXPECT_TRUE(w->program.obligations[0].states_only);
  EXPECT_FALSE(w->program.obligations[2].states_only);  // UNTOC_PARTY
  EXPECT_FALSE(w->program.obligations[5].states_only);  // names no instrument
}

TEST(Organisations, TheRecordSaysWhy) {
  auto w = world(rules, {eu});
  ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  eval::Snapshot s(w->program, day("2014-12-31"));
  s.reset(w->profiles[0]);
  eval::VerdictRecord r = eval::record(s, 0, eval::verdict(s, 0));
  EXPECT_TRUE(r.states_only);
  EXPECT_TRUE(r.findings.empty());
  // A closed instrument the profile does not list is settled false, with its own basis.
  eval::Finding f;
  eval::basis_of(s, syntax::Predicate::ratified, 1, 0, f);
  EXPECT_EQ(f.basis, eval::Basis::not_open);
  EXPECT_EQ(s.ratified(1), Truth::no);
  EXPECT_EQ(s.signed_(1), Truth::no);
  EXPECT_EQ(s.party(1), Truth::no);
}

TEST(Organisations, ObligationOnAnOpenInstrumentIsEvaluatedAsForAState) {
  auto w = world(rules, {eu, untoc("AAA", "2000-06-01"), untoc("BBB", "2000-07-01")});
  ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  EXPECT_EQ(w->verdict("EU", "UNTOC_PARTY", "2001-01-30"), Status::pending);
  EXPECT_EQ(w->verdict("EU", "UNTOC_PARTY", "2001-01-31"), Status::satisfied);
  EXPECT_EQ(w->verdict("EU", "UNTOC_PARTY", "2000-12-31"), Status::violated);
  // Mixed: the closed instrument is settled, not unknown, so the verdict rests on UNTOC.
  EXPECT_EQ(w->verdict("EU", "MIXED", "2014-12-31"), Status::satisfied);
}

TEST(Organisations, GroupsDoNotSelectAnOrganisation) {
  auto w = world(rules, {eu});
  ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  EXPECT_EQ(w->verdict("EU", "GROUPED", "2014-12-31"), Status::not_applicable);
}

TEST(Organisations, DepositIsNotCountedTowardEntryIntoForce) {
  // The organisation deposits first; the two States' deposits are the 1st and 2nd that count.
  auto w = world(rules, {untoc("EU", "2000-01-01"), untoc("AAA", "2000-06-01"), untoc("BBB", "2000-07-01")});
  ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  const eval::EntryIntoForce& eif = w->entry_into_force("UNTOC");
  EXPECT_EQ(eif.deposits_seen, 2u);
  EXPECT_EQ(eif.nth_state, "BBB");
  EXPECT_EQ(eif.date, day("2000-09-29"));  // 2000-07-01 + 90 days, not 2000-06-01 + 90
  // For the organisation: the later of its deposit + 30 days and the general entry into force.
  EXPECT_EQ(w->party_from("EU", "UNTOC"), day("2000-09-29"));
}

TEST(Organisations, AloneAnOrganisationNeverBringsAnInstrumentIntoForce) {
  auto w = world(rules, {untoc("EU", "2000-01-01"), untoc("AAA", "2000-06-01")});
  ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  EXPECT_EQ(w->entry_into_force("UNTOC").date, no_day);
  EXPECT_EQ(w->verdict("EU", "UNTOC_PARTY", "2014-12-31"), Status::violated);
}

TEST(Organisations, LaterDepositEntersIntoForceForItAfterItsOwnDelay) {
  auto w = world(rules, {untoc("AAA", "2000-06-01"), untoc("BBB", "2000-07-01"), untoc("EU", "2004-05-21")});
  ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  EXPECT_EQ(w->party_from("EU", "UNTOC"), day("2004-06-20"));
}

}  // namespace
}  // namespace pacta::test
