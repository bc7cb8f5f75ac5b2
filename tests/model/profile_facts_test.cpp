// Loading a profile's facts: every section and form of docs/PROFILES.md, resolved against the
// rule set's declarations.
#include <gtest/gtest.h>

#include "support/test_support.hpp"

namespace pacta::test {
namespace {

using V = std::vector<std::string>;

const std::string rules = R"(
instrument UNTOC
instrument UNCAC
instrument UNTOC_FIREARMS
instrument BEIJING_CONV_2010
instrument SUA_1988
mechanism UNCAC_IRM
mechanism CCP
report ARQ
report UNTOC_CA_NOTIFICATION
event PROJECT_COMPLETED
event OTHER_EVENT
group ASIA_PACIFIC
group G20
obligation USE {
  applies when member(ASIA_PACIFIC) or member(G20) or event(PROJECT_COMPLETED) or event(OTHER_EVENT)
  require party(all of { UNTOC, UNCAC, UNTOC_FIREARMS, BEIJING_CONV_2010, SUA_1988 })
      and joined(all of { UNCAC_IRM, CCP }) and submitted(ARQ) and submitted(UNTOC_CA_NOTIFICATION)
}
)";

// The example of docs/PROFILES.md.
const std::string jpn = R"(state: JPN                     # ISO 3166-1 alpha-3
name: Japan
groups: [G20, ASIA_PACIFIC, G20]
sources: ["https://treaties.un.org/ (MTDSG chapter XVIII), accessed 2015"]
complete: [mechanisms]
instruments:
  UNTOC:
    signed: 2000-12-12
    ratified: 2017-07-11
    consent: acceptance
    source: "lexology 2017-07-11"
  UNCAC: { signed: 2003-12-09, ratified: 2017-07-11, reservations: ["art.   66(2) "] }
  UNTOC_FIREARMS: { signed: 2002-07-09, known_until: 2014-07-10 }
  BEIJING_CONV_2010: none
  SUA_1988: { ratified: 1998-04-24, denounced: 2010-01-01 }
mechanisms:
  UNCAC_IRM: { joined: 2017-07-11, left: 2030-01-01, source: "..." }
  CCP: none
reports:
  ARQ:
    - { period: 2020, submitted: 2021-07-30 }
    - { period: 2019, submitted: 2020-06-12 }
    - { period: 2019, submitted: 2020-01-02 }
  UNTOC_CA_NOTIFICATION: [ { submitted: 2017-07-11 } ]
events:
  PROJECT_COMPLETED: 2020-03-31
  OTHER_EVENT: { date: 2021-01-05, source: "x" }
)";

std::uint32_t index_of(const World& w, const std::string& name) { return w.rules.lookup(name)->index; }

TEST(ProfileFacts, DocumentedExampleLoads) {
  auto w = world(rules, {jpn});
  ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  ASSERT_EQ(w->profiles.size(), 1u);
  const model::Profile& p = w->profiles[0];
  EXPECT_EQ(p.state, "JPN");
  EXPECT_EQ(p.name, "Japan");
  EXPECT_EQ(position(w->sources, p.where), "profile0.yaml:1:8");
  ASSERT_EQ(p.sources.size(), 1u);
  EXPECT_EQ(p.sources[0], "https://treaties.un.org/ (MTDSG chapter XVIII), accessed 2015");

  // Groups: resolved, sorted by declaration, repeats dropped.
  EXPECT_EQ(p.groups, (std::vector<std::uint32_t>{index_of(*w, "ASIA_PACIFIC"), index_of(*w, "G20")}));

  EXPECT_FALSE(p.complete[model::instruments_section]);
  EXPECT_TRUE(p.complete[model::mechanisms_section]);
  EXPECT_FALSE(p.complete[model::reports_section]);
  EXPECT_FALSE(p.complete[model::events_section]);

  const model::InstrumentFacts& untoc = p.instruments[index_of(*w, "UNTOC")];
  EXPECT_TRUE(untoc.listed);
  EXPECT_EQ(untoc.signed_on, day("2000-12-12"));
  EXPECT_EQ(untoc.deposited, day("2017-07-11"));
  EXPECT_EQ(untoc.consent, model::Consent::acceptance);
  EXPECT_EQ(untoc.denounced, no_day);
  EXPECT_EQ(untoc.known_until, no_day);
  EXPECT_TRUE(untoc.reservations.empty());
  EXPECT_EQ(position(w->sources, untoc.where), "profile0.yaml:7:3");
}

TEST(ProfileFacts, ReservationAsAPlainStringIsMadeAtConsentAndNeverWithdrawn) {
  auto w = world(rules, {jpn});
  const model::InstrumentFacts& uncac = w->profiles[0].instruments[index_of(*w, "UNCAC")];
  ASSERT_EQ(uncac.reservations.size(), 1u);
  EXPECT_EQ(uncac.reservations[0].article, "art. 66(2)");  // blanks collapsed and trimmed
  EXPECT_EQ(uncac.reservations[0].made, no_day);
  EXPECT_EQ(uncac.reservations[0].withdrawn, no_day);
}

TEST(ProfileFacts, ReservationAsAMapHasItsDates) {
  auto w = world(rules, {"state: FRA\ninstruments:\n  UNTOC:\n    ratified: 2002-10-29\n    reservations:\n"
                         "      - { article: \"art. 35(2)\", made: 2005-01-01, withdrawn: 2019-01-01 }\n"
                         "      - \"art. 16\"\n"});
  ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  const auto& r = w->profiles[0].instruments[index_of(*w, "UNTOC")].reservations;
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].article, "art. 35(2)");
  EXPECT_EQ(r[0].made, day("2005-01-01"));
  EXPECT_EQ(r[0].withdrawn, day("2019-01-01"));
  EXPECT_EQ(r[1].article, "art. 16");
}

TEST(ProfileFacts, NoneListsANameWithNoFacts) {
  auto w = world(rules, {jpn});
  const model::Profile& p = w->profiles[0];
  const model::InstrumentFacts& beijing = p.instruments[index_of(*w, "BEIJING_CONV_2010")];
  EXPECT_TRUE(beijing.listed);
  EXPECT_EQ(beijing.signed_on, no_day);
  EXPECT_EQ(beijing.deposited, no_day);
  const model::MechanismFacts& ccp = p.mechanisms[index_of(*w, "CCP")];
  EXPECT_TRUE(ccp.listed);
  EXPECT_EQ(ccp.joined, no_day);
  // Not in the profile at all: not listed.
  auto bare = world(rules, {"state: JPN\n"});
  EXPECT_FALSE(bare->profiles[0].instruments[index_of(*w, "BEIJING_CONV_2010")].listed);
}

TEST(ProfileFacts, KnownUntilAndDenunciation) {
  auto w = world(rules, {jpn});
  const model::Profile& p = w->profiles[0];
  const model::InstrumentFacts& firearms = p.instruments[index_of(*w, "UNTOC_FIREARMS")];
  EXPECT_EQ(firearms.known_until, day("2014-07-10"));
  EXPECT_EQ(firearms.signed_on, day("2002-07-09"));
  EXPECT_EQ(firearms.deposited, no_day);
  const model::InstrumentFacts& sua = p.instruments[index_of(*w, "SUA_1988")];
  EXPECT_EQ(sua.deposited, day("1998-04-24"));
  EXPECT_EQ(sua.denounced, day("2010-01-01"));
}

TEST(ProfileFacts, MechanismJoinedAndLeft) {
  auto w = world(rules, {jpn});
  const model::MechanismFacts& irm = w->profiles[0].mechanisms[index_of(*w, "UNCAC_IRM")];
  EXPECT_TRUE(irm.listed);
  EXPECT_EQ(irm.joined, day("2017-07-11"));
  EXPECT_EQ(irm.left, day("2030-01-01"));
}

TEST(ProfileFacts, ReportSubmissionsAreSortedByPeriodThenDate) {
  auto w = world(rules, {jpn});
  const model::ReportFacts& arq = w->profiles[0].reports[index_of(*w, "ARQ")];
  ASSERT_EQ(arq.submissions.size(), 3u);
  EXPECT_EQ(arq.submissions[0].period, 2019u);
  EXPECT_EQ(arq.submissions[0].submitted, day("2020-01-02"));
  EXPECT_EQ(arq.submissions[1].period, 2019u);
  EXPECT_EQ(arq.submissions[1].submitted, day("2020-06-12"));
  EXPECT_EQ(arq.submissions[2].period, 2020u);
  EXPECT_EQ(arq.submissions[2].submitted, day("2021-07-30"));
  const model::ReportFacts& ca = w->profiles[0].reports[index_of(*w, "UNTOC_CA_NOTIFICATION")];
  ASSERT_EQ(ca.submissions.size(), 1u);
  EXPECT_EQ(ca.submissions[0].period, 0u);  // a one-off report
  EXPECT_EQ(ca.submissions[0].submitted, day("2017-07-11"));
}

TEST(ProfileFacts, EventAsADateOrAMapOrNone) {
  auto w = world(rules, {jpn});
  const model::Profile& p = w->profiles[0];
  EXPECT_TRUE(p.events[index_of(*w, "PROJECT_COMPLETED")].listed);
  EXPECT_EQ(p.events[index_of(*w, "PROJECT_COMPLETED")].happened, day("2020-03-31"));
  EXPECT_EQ(p.events[index_of(*w, "OTHER_EVENT")].happened, day("2021-01-05"));
  auto none = world(rules, {"state: JPN\nevents:\n  PROJECT_COMPLETED: none\n"});
  ASSERT_TRUE(none->diags.empty()) << render(none->sources, none->diags);
  EXPECT_TRUE(none->profiles[0].events[index_of(*w, "PROJECT_COMPLETED")].listed);
  EXPECT_EQ(none->profiles[0].events[index_of(*w, "PROJECT_COMPLETED")].happened, no_day);
}

TEST(ProfileFacts, EverySectionMayBeDeclaredComplete) {
  auto w = world(rules, {"state: JPN\ncomplete: [instruments, mechanisms, reports, events]\n"});
  ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  for (bool c : w->profiles[0].complete) EXPECT_TRUE(c);
}

TEST(ProfileFacts, EmptySectionsAreFine) {
  auto w = world(rules, {"state: JPN\nname: Japan\ngroups:\ninstruments:\nmechanisms: {}\nreports:\nevents:\n"});
  EXPECT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  ASSERT_EQ(w->profiles.size(), 1u);
}

TEST(ProfileFacts, QuotedStateAndDatesAreAccepted) {
  auto w = world(rules, {"state: \"JPN\"\ninstruments:\n  UNTOC: { ratified: \"2017-07-11\" }\n"});
  ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  EXPECT_EQ(w->profiles[0].state, "JPN");
  EXPECT_EQ(w->profiles[0].instruments[index_of(*w, "UNTOC")].deposited, day("2017-07-11"));
}

TEST(ProfileFacts, QuotedNoneIsNotTheKeywordNone) {
  auto w = world(rules, {"state: JPN\ninstruments:\n  UNTOC: \"none\"\n"});
  EXPECT_EQ(codes(w->diags), V{"Y003"}) << render(w->sources, w->diags);
}

}  // namespace
}  // namespace pacta::test
