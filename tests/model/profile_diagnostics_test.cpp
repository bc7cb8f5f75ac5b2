// Profile diagnostics Y001-Y010, each at the YAML node that caused it (line:column), and what
// a bad profile means for the run: it is dropped, the others are still loaded.
#include <gtest/gtest.h>

#include "model/load.hpp"
#include "support/test_support.hpp"

namespace pacta::test {
namespace {

using V = std::vector<std::string>;

const std::string rules = R"(
instrument UNTOC
instrument UNCAC
mechanism CCP
report ARQ
event PROJECT_COMPLETED
group ASIA_PACIFIC
obligation USE {
  applies when member(ASIA_PACIFIC) or event(PROJECT_COMPLETED)
  require party(UNTOC) and party(UNCAC) and joined(CCP) and submitted(ARQ)
}
)";

// Loads one profile text; the World holds the diagnostics (and the profile when it loaded).
std::unique_ptr<World> load(const std::string& yaml) { return world(rules, {yaml}); }

TEST(ProfileDiagnostics, MalformedYaml) {
  auto w = load("state: JPN\ninstruments: { UNTOC: [\n");
  ASSERT_EQ(codes(w->diags), V{"Y001"}) << render(w->sources, w->diags);
  EXPECT_EQ(w->diags.items()[0].message.rfind("malformed YAML: ", 0), 0u) << w->diags.items()[0].message;
  EXPECT_EQ(position(w->sources, w->diags.items()[0].where).rfind("profile0.yaml:", 0), 0u);
  EXPECT_TRUE(w->profiles.empty());
  auto tab = load("state: JPN\ninstruments:\n\tUNTOC: none\n");
  ASSERT_EQ(codes(tab->diags), V{"Y001"}) << render(tab->sources, tab->diags);
  // At the tab itself, in words: yaml-cpp says only "illegal map value".
  EXPECT_EQ(position(tab->sources, tab->diags.items()[0].where), "profile0.yaml:3:1");
  EXPECT_NE(tab->diags.items()[0].message.find("a tab in the indentation"), std::string::npos);
  EXPECT_NE(tab->diags.items()[0].help.find("spaces only"), std::string::npos);
}

TEST(ProfileDiagnostics, SecondDocumentIsMalformed) {
  auto w = load("state: JPN\n---\nstate: FRA\n");
  ASSERT_EQ(codes(w->diags), V{"Y001"}) << render(w->sources, w->diags);
  EXPECT_EQ(w->diags.items()[0].message, "malformed YAML: more than one YAML document; a profile is one document");
  EXPECT_EQ(position(w->sources, w->diags.items()[0].where), "profile0.yaml:3:1");
}

TEST(ProfileDiagnostics, UnknownTopLevelKeySuggestsTheClosest) {
  auto w = load("state: JPN\nnmae: Japan\n");
  ASSERT_EQ(codes(w->diags), V{"Y002"}) << render(w->sources, w->diags);
  const diag::Diagnostic& d = w->diags.items()[0];
  EXPECT_EQ(d.message, "unknown key 'nmae' in a profile");
  EXPECT_EQ(d.help, "did you mean 'name'?");
  EXPECT_EQ(position(w->sources, d.where), "profile0.yaml:2:1");
  EXPECT_EQ(covered(w->sources, d.where), "nmae");
  EXPECT_TRUE(w->profiles.empty());
}

TEST(ProfileDiagnostics, UnknownKeyInAnInstrument) {
  auto w = load("state: JPN\ninstruments:\n  UNTOC: { signed: 2000-12-12, ratifed: 2017-07-11 }\n");
  ASSERT_EQ(codes(w->diags), V{"Y002"}) << render(w->sources, w->diags);
  EXPECT_EQ(w->diags.items()[0].message, "unknown key 'ratifed' in instrument 'UNTOC'");
  EXPECT_EQ(w->diags.items()[0].help, "did you mean 'ratified'?");
  EXPECT_EQ(position(w->sources, w->diags.items()[0].where), "profile0.yaml:3:32");
}

TEST(ProfileDiagnostics, UnknownKeyFarFromAllListsTheKnownKeys) {
  auto w = load("state: JPN\nmechanisms:\n  CCP: { membership: 2000-01-01 }\n");
  ASSERT_EQ(codes(w->diags), V{"Y002"}) << render(w->sources, w->diags);
  EXPECT_EQ(w->diags.items()[0].help, "known keys: joined, left, source");
}

TEST(ProfileDiagnostics, UnknownCompleteSection) {
  auto w = load("state: JPN\ncomplete: [instrument]\n");
  ASSERT_EQ(codes(w->diags), V{"Y002"}) << render(w->sources, w->diags);
  EXPECT_EQ(w->diags.items()[0].message, "unknown key 'instrument' in 'complete'");
  EXPECT_EQ(w->diags.items()[0].help, "did you mean 'instruments'?");
  EXPECT_EQ(position(w->sources, w->diags.items()[0].where), "profile0.yaml:2:12");
}

TEST(ProfileDiagnostics, WrongType) {
  auto w = load("state: JPN\ngroups: ASIA_PACIFIC\n");
  ASSERT_EQ(codes(w->diags), V{"Y003"}) << render(w->sources, w->diags);
  EXPECT_EQ(w->diags.items()[0].message, "groups must be a list, not a scalar");
  EXPECT_EQ(position(w->sources, w->diags.items()[0].where), "profile0.yaml:2:9");
  auto m = load("state: JPN\ninstruments:\n  UNTOC: [2000-01-01]\n");
  ASSERT_EQ(codes(m->diags), V{"Y003"});
  EXPECT_EQ(m->diags.items()[0].message, "instrument 'UNTOC' must be a mapping, not a list");
  auto s = load("state: JPN\nreports:\n  ARQ: { period: 2019, submitted: 2020-01-01 }\n");
  ASSERT_EQ(codes(s->diags), V{"Y003"});
  EXPECT_EQ(s->diags.items()[0].message, "report 'ARQ' must be a list, not a mapping");
  auto root = load("- state: JPN\n");
  ASSERT_EQ(codes(root->diags), V{"Y003"});
  EXPECT_EQ(root->diags.items()[0].message, "a profile must be a mapping, not a list");
}

TEST(ProfileDiagnostics, WrongValues) {
  auto consent = load("state: JPN\ninstruments:\n  UNTOC: { ratified: 2017-07-11, consent: signature }\n");
  ASSERT_EQ(codes(consent->diags), V{"Y003"}) << render(consent->sources, consent->diags);
  EXPECT_EQ(consent->diags.items()[0].message, "unknown consent 'signature'");
  auto period = load("state: JPN\nreports:\n  ARQ: [ { period: 19, submitted: 2020-01-01 } ]\n");
  ASSERT_EQ(codes(period->diags), V{"Y003"}) << render(period->sources, period->diags);
  EXPECT_EQ(period->diags.items()[0].message, "period must be a year (YYYY), not '19'");
  EXPECT_EQ(position(period->sources, period->diags.items()[0].where), "profile0.yaml:3:20");
  auto undated = load("state: JPN\nreports:\n  ARQ: [ { period: 2019 } ]\n");
  ASSERT_EQ(codes(undated->diags), V{"Y003"});
  EXPECT_EQ(undated->diags.items()[0].message, "a submission needs its 'submitted' date");
  auto article = load("state: JPN\ninstruments:\n  UNTOC: { reservations: [ { made: 2000-01-01 } ] }\n");
  ASSERT_EQ(codes(article->diags), V{"Y003"});
  EXPECT_EQ(article->diags.items()[0].message, "a reservation needs its 'article'");
}

TEST(ProfileDiagnostics, AliasesAreRefused) {
  auto w = load("state: JPN\ninstruments:\n  UNTOC: &facts { ratified: 2017-07-11 }\n  UNCAC: *facts\n");
  ASSERT_EQ(codes(w->diags), V{"Y003"}) << render(w->sources, w->diags);
  EXPECT_EQ(w->diags.items()[0].message, "YAML aliases are not supported in profiles");
  EXPECT_EQ(w->diags.items()[0].help, "write the value out");
  EXPECT_EQ(position(w->sources, w->diags.items()[0].where), "profile0.yaml:4:10");
}

TEST(ProfileDiagnostics, ImpossibleDate) {
  auto w = load("state: JPN\ninstruments:\n  UNTOC:\n    ratified: 2021-02-30\n");
  ASSERT_EQ(codes(w->diags), V{"Y004"}) << render(w->sources, w->diags);
  const diag::Diagnostic& d = w->diags.items()[0];
  EXPECT_EQ(d.message, "'2021-02-30' is not a calendar date");
  EXPECT_EQ(d.help, "dates are written YYYY-MM-DD and must exist (2021-02-28, not 2021-02-30)");
  EXPECT_EQ(position(w->sources, d.where), "profile0.yaml:4:15");
  EXPECT_EQ(covered(w->sources, d.where), "2021-02-30");
  EXPECT_EQ(codes(load("state: JPN\nevents:\n  PROJECT_COMPLETED: 2021-2-3\n")->diags), V{"Y004"});
  EXPECT_EQ(codes(load("state: JPN\nmechanisms:\n  CCP: { joined: 2019-02-29 }\n")->diags), V{"Y004"});
  EXPECT_TRUE(load("state: JPN\nmechanisms:\n  CCP: { joined: 2020-02-29 }\n")->diags.empty());
}

TEST(ProfileDiagnostics, DuplicateKeyNotesTheFirst) {
  auto w = load("state: JPN\ninstruments:\n  UNTOC: { ratified: 2017-07-11 }\n  UNTOC: none\n");
  ASSERT_EQ(codes(w->diags), V{"Y005"}) << render(w->sources, w->diags);
  const diag::Diagnostic& d = w->diags.items()[0];
  EXPECT_EQ(d.message, "duplicate key 'UNTOC'");
  EXPECT_EQ(d.help, "YAML keeps only one; remove the other");
  EXPECT_EQ(position(w->sources, d.where), "profile0.yaml:4:3");
  ASSERT_EQ(d.notes.size(), 1u);
  EXPECT_EQ(d.notes[0].message, "first given here");
  EXPECT_EQ(position(w->sources, d.notes[0].where), "profile0.yaml:3:3");
  EXPECT_EQ(codes(load("state: JPN\nstate: FRA\n")->diags), V{"Y005"});
}

TEST(ProfileDiagnostics, UndeclaredNameSuggestsTheClosest) {
  auto w = load("state: JPN\ninstruments:\n  UNTCO: { ratified: 2017-07-11 }\n");
  ASSERT_EQ(codes(w->diags), V{"Y006"}) << render(w->sources, w->diags);
  const diag::Diagnostic& d = w->diags.items()[0];
  EXPECT_EQ(d.message, "unknown instrument 'UNTCO'");
  EXPECT_EQ(d.help, "did you mean 'UNTOC'?");
  EXPECT_EQ(position(w->sources, d.where), "profile0.yaml:3:3");
}

TEST(ProfileDiagnostics, NameOfTheWrongKind) {
  auto w = load("state: JPN\ninstruments:\n  CCP: none\n");
  ASSERT_EQ(codes(w->diags), V{"Y006"}) << render(w->sources, w->diags);
  EXPECT_EQ(w->diags.items()[0].message, "'CCP' is not an instrument of the rule set");
  auto g = load("state: JPN\ngroups: [ASIA_PACIFC, UNTOC]\n");
  ASSERT_EQ(codes(g->diags), (V{"Y006", "Y006"})) << render(g->sources, g->diags);
  EXPECT_EQ(g->diags.items()[0].message, "unknown group 'ASIA_PACIFC'");
  EXPECT_EQ(g->diags.items()[0].help, "did you mean 'ASIA_PACIFIC'?");
  EXPECT_EQ(position(g->sources, g->diags.items()[0].where), "profile0.yaml:2:10");
  EXPECT_EQ(g->diags.items()[1].message, "'UNTOC' is not a group of the rule set");
  auto e = load("state: JPN\nevents:\n  DONE: 2020-01-01\nreports:\n  AQR: none\n");
  ASSERT_EQ(codes(e->diags), (V{"Y006", "Y006"})) << render(e->sources, e->diags);
  EXPECT_EQ(e->diags.items()[0].help, "the rule set does not declare it");
  EXPECT_EQ(e->diags.items()[1].help, "did you mean 'ARQ'?");
}

TEST(ProfileDiagnostics, TwoProfilesForOneState) {
  TempDir dir;
  dir.write("a.yaml", "state: JPN\nname: Japan\n");
  dir.write("b.yml", "# again\nstate: JPN\n");
  dir.write("c.yaml", "state: FRA\n");
  dir.write("notes.txt", "not a profile");
  auto w = world(rules, {});
  diag::Diagnostics diags;
  model::LoadedProfiles loaded = model::load_profiles(w->rules, {dir.path()}, w->sources, diags, 2);
  ASSERT_EQ(codes(diags), V{"Y007"}) << render(w->sources, diags);
  EXPECT_TRUE(loaded.input_error);
  const diag::Diagnostic& d = diags.items()[0];
  EXPECT_EQ(d.message, "a second profile for state 'JPN'");
  EXPECT_EQ(d.help, "one profile per state; merge the two files");
  EXPECT_EQ(position(w->sources, d.where), dir.path() + "/b.yml:2:8");
  ASSERT_EQ(d.notes.size(), 1u);
  EXPECT_EQ(d.notes[0].message, "the first profile for 'JPN'");
  EXPECT_EQ(position(w->sources, d.notes[0].where), dir.path() + "/a.yaml:1:8");
  // The first profile and the others are kept, sorted by state.
  ASSERT_EQ(loaded.profiles.size(), 2u);
  EXPECT_EQ(loaded.profiles[0].state, "FRA");
  EXPECT_EQ(loaded.profiles[1].state, "JPN");
  EXPECT_EQ(loaded.profiles[1].name, "Japan");
}

TEST(ProfileDiagnostics, BadProfileIsDroppedAndTheOthersLoad) {
  TempDir dir;
  dir.write("a.yaml", "state: JPN\n");
  dir.write("b.yaml", "state: FRA\ninstruments: { UNTOC: { ratified: 2021-02-30 } }\n");
  auto w = world(rules, {});
  diag::Diagnostics diags;
  model::LoadedProfiles loaded = model::load_profiles(w->rules, {dir.path()}, w->sources, diags);
  EXPECT_EQ(codes(diags), V{"Y004"});
  EXPECT_TRUE(loaded.input_error);
  ASSERT_EQ(loaded.profiles.size(), 1u);
  EXPECT_EQ(loaded.profiles[0].state, "JPN");
}

TEST(ProfileDiagnostics, MissingPathIsAnInputError) {
  auto w = world(rules, {});
  diag::Diagnostics diags;
  model::LoadedProfiles loaded = model::load_profiles(w->rules, {"/nonexistent/pacta/profiles"}, w->sources, diags);
  EXPECT_EQ(codes(diags), V{"E001"});
  EXPECT_TRUE(loaded.input_error);
  EXPECT_TRUE(loaded.profiles.empty());
}

TEST(ProfileDiagnostics, MissingState) {
  auto w = load("name: Japan\n");
  ASSERT_EQ(codes(w->diags), V{"Y008"}) << render(w->sources, w->diags);
  EXPECT_EQ(w->diags.items()[0].message, "profile has no 'state'");
  EXPECT_EQ(w->diags.items()[0].help, "add 'state: ISO3' (ISO 3166-1 alpha-3)");
  EXPECT_EQ(position(w->sources, w->diags.items()[0].where), "profile0.yaml:1:1");
}

TEST(ProfileDiagnostics, EmptyFile) {
  for (const std::string& text : {std::string(), std::string("# nothing here\n\n")}) {
    auto w = load(text);
    ASSERT_EQ(codes(w->diags), V{"Y008"}) << render(w->sources, w->diags);
    EXPECT_EQ(w->diags.items()[0].message, "profile is empty");
    EXPECT_EQ(w->diags.items()[0].where.file, 1u);  // the profile, after the rule file
    EXPECT_TRUE(w->profiles.empty());
  }
}

TEST(ProfileDiagnostics, StateMustBeIso3) {
  for (const std::string bad : {"jpn", "JAPAN", "JP", "J1N"}) {
    auto w = load("name: x\nstate: " + bad + "\n");
    ASSERT_EQ(codes(w->diags), V{"Y009"}) << bad << render(w->sources, w->diags);
    EXPECT_EQ(w->diags.items()[0].message, "'" + bad + "' is not an ISO 3166-1 alpha-3 code");
    EXPECT_EQ(w->diags.items()[0].help,
              bad == "jpn" ? "state codes are upper case: did you mean 'JPN'?" : "three capital letters, as JPN");
    EXPECT_EQ(position(w->sources, w->diags.items()[0].where), "profile0.yaml:2:8");
  }
}

TEST(ProfileDiagnostics, SignedAfterDepositIsContradictory) {
  auto w = load("state: JPN\ninstruments:\n  UNTOC: { signed: 2018-01-01, ratified: 2017-07-11 }\n");
  ASSERT_EQ(codes(w->diags), V{"Y010"}) << render(w->sources, w->diags);
  EXPECT_EQ(w->diags.items()[0].message, "signed (2018-01-01) after consent was deposited (2017-07-11)");
  EXPECT_EQ(position(w->sources, w->diags.items()[0].where), "profile0.yaml:3:20");
  EXPECT_TRUE(load("state: JPN\ninstruments:\n  UNTOC: { signed: 2017-07-11, ratified: 2017-07-11 }\n")->diags.empty());
}

TEST(ProfileDiagnostics, DenouncedWithoutEarlierDeposit) {
  auto w = load("state: JPN\ninstruments:\n  UNTOC: { denounced: 2010-01-01 }\n");
  ASSERT_EQ(codes(w->diags), V{"Y010"}) << render(w->sources, w->diags);
  EXPECT_EQ(w->diags.items()[0].message, "denounced without an earlier deposit of consent");
  EXPECT_EQ(position(w->sources, w->diags.items()[0].where), "profile0.yaml:3:23");
  EXPECT_EQ(codes(load("state: JPN\ninstruments:\n  UNTOC: { denounced: 2010-01-01, ratified: 2010-01-01 }\n")->diags),
            V{"Y010"});
  // Key order does not matter.
  EXPECT_TRUE(
      load("state: JPN\ninstruments:\n  UNTOC: { denounced: 2010-01-01, ratified: 2000-01-01 }\n")->diags.empty());
}

TEST(ProfileDiagnostics, LeftWithoutJoiningEarlier) {
  auto w = load("state: JPN\nmechanisms:\n  CCP: { joined: 2017-07-11, left: 2016-01-01 }\n");
  ASSERT_EQ(codes(w->diags), V{"Y010"}) << render(w->sources, w->diags);
  EXPECT_EQ(w->diags.items()[0].message, "left without joining earlier");
  EXPECT_EQ(position(w->sources, w->diags.items()[0].where), "profile0.yaml:3:36");
  EXPECT_EQ(codes(load("state: JPN\nmechanisms:\n  CCP: { left: 2016-01-01 }\n")->diags), V{"Y010"});
}

TEST(ProfileDiagnostics, LeftBeforeJoinedInKeyOrderIsFine) {
  auto w = load("state: JPN\nmechanisms:\n  CCP: { left: 2030-01-01, joined: 2017-07-11 }\n");
  EXPECT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  ASSERT_EQ(w->profiles.size(), 1u);
  EXPECT_EQ(w->profiles[0].mechanisms[0].joined, day("2017-07-11"));
  EXPECT_EQ(w->profiles[0].mechanisms[0].left, day("2030-01-01"));
}

TEST(ProfileDiagnostics, ReservationWithdrawnBeforeItWasMade) {
  auto w = load(
      "state: JPN\ninstruments:\n  UNTOC:\n    ratified: 2000-01-01\n    reservations:\n"
      "      - { article: \"art. 35(2)\", made: 2005-01-01, withdrawn: 2004-01-01 }\n");
  ASSERT_EQ(codes(w->diags), V{"Y010"}) << render(w->sources, w->diags);
  EXPECT_EQ(w->diags.items()[0].message, "reservation withdrawn (2004-01-01) before it was made (2005-01-01)");
  EXPECT_EQ(position(w->sources, w->diags.items()[0].where), "profile0.yaml:6:63");
}

TEST(ProfileDiagnostics, EveryProblemOfAFileIsReported) {
  auto w = load("state: jpn\nnmae: x\ninstruments:\n  UNTCO: none\n  UNTOC: { ratified: 2021-02-30 }\n");
  EXPECT_EQ(codes(w->diags), (V{"Y009", "Y002", "Y006", "Y004"})) << render(w->sources, w->diags);
}

}  // namespace
}  // namespace pacta::test
