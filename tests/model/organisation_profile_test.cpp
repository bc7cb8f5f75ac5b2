// Profiles of regional economic integration organisations (docs/PROFILES.md, "Organisations"):
// `kind: organisation` with a code from model::organisation_codes (Y009 otherwise, and for a
// State using one), a file named after the code (Y012), and a signature or deposit for an
// instrument not open to organisations as a warning (Y016).
#include <gtest/gtest.h>

#include "model/load.hpp"
#include "support/test_support.hpp"

namespace pacta::test {
namespace {

using V = std::vector<std::string>;

const char* const rules =
    "instrument UNTOC { adopted 2000-11-15  open_to_organisations }\n"
    "instrument TOKYO_1963 { adopted 1963-09-14 }\n"
    "obligation O { require party(UNTOC) and party(TOKYO_1963) }\n";

struct Loaded {
  bool ok = false;
  model::Profile profile;
  diag::Diagnostics diags;
  std::unique_ptr<World> world;
};

Loaded load_as(const std::string& path, const std::string& yaml) {
  Loaded out;
  out.world = world(rules, {});
  std::uint32_t id = out.world->sources.add(path, yaml);
  out.ok = model::load_profile(out.world->rules, out.world->sources, id, out.profile, out.diags);
  return out;
}

TEST(OrganisationProfile, KindDefaultsToState) {
  Loaded l = load_as("FRA.yaml", "state: FRA\n");
  ASSERT_TRUE(l.ok) << render(l.world->sources, l.diags);
  EXPECT_EQ(l.profile.kind, model::PartyKind::state);
}

TEST(OrganisationProfile, EuIsAnOrganisationCode) {
  Loaded l = load_as("EU.yaml", "state: EU\nkind: organisation\nname: European Union\n");
  ASSERT_TRUE(l.ok) << render(l.world->sources, l.diags);
  EXPECT_TRUE(l.diags.empty()) << render(l.world->sources, l.diags);
  EXPECT_EQ(l.profile.kind, model::PartyKind::organisation);
  EXPECT_EQ(l.profile.state, "EU");
  // `kind` may come first.
  EXPECT_TRUE(load_as("eu.yml", "kind: organisation\nstate: EU\n").ok);
  EXPECT_TRUE(load_as("x.yaml", "kind: state\nstate: FRA\n").ok);
}

TEST(OrganisationProfile, AnOrganisationNeedsAListedCode) {
  Loaded l = load_as("EUE.yaml", "state: EUE\nkind: organisation\n");
  EXPECT_FALSE(l.ok);
  ASSERT_EQ(codes(l.diags), V{"Y009"});
  EXPECT_EQ(l.diags.items()[0].message, "'EUE' is not an organisation code");
  EXPECT_EQ(l.diags.items()[0].help,
            "an organisation's code is one of: EU (ISO 3166-1 codes reserved for an organisation)");
  EXPECT_EQ(covered(l.world->sources, l.diags.items()[0].where), "EUE");
  Loaded lower = load_as("x.yaml", "state: eu\nkind: organisation\n");
  ASSERT_EQ(codes(lower.diags), V{"Y009"});
  EXPECT_EQ(lower.diags.items()[0].help, "codes are upper case: did you mean 'EU'?");
}

TEST(OrganisationProfile, AStateCannotUseAnOrganisationCode) {
  Loaded l = load_as("EU.yaml", "state: EU\n");
  EXPECT_FALSE(l.ok);
  ASSERT_EQ(codes(l.diags), V{"Y009"});
  EXPECT_EQ(l.diags.items()[0].message, "'EU' is not an ISO 3166-1 alpha-3 code");
  EXPECT_EQ(l.diags.items()[0].help, "'EU' is an organisation's code: add 'kind: organisation'");
  // Every check of a State's code stays.
  EXPECT_EQ(load_as("x.yaml", "state: fra\n").diags.items()[0].help, "state codes are upper case: did you mean 'FRA'?");
  EXPECT_EQ(codes(load_as("x.yaml", "state: FRAN\n").diags), V{"Y009"});
}

TEST(OrganisationProfile, UnknownKindIsAWrongType) {
  Loaded l = load_as("x.yaml", "state: FRA\nkind: union\n");
  EXPECT_FALSE(l.ok);
  ASSERT_EQ(codes(l.diags), V{"Y003"});
  EXPECT_EQ(l.diags.items()[0].message, "unknown kind 'union'");
}

TEST(OrganisationProfile, FileNamedAfterAnotherCodeIsAWarning) {
  Loaded l = load_as("FRA.yaml", "state: EU\nkind: organisation\n");
  EXPECT_TRUE(l.ok);
  ASSERT_EQ(codes(l.diags), V{"Y012"});
  Loaded state = load_as("profiles/eu.yaml", "state: FRA\n");
  EXPECT_TRUE(state.ok);
  ASSERT_EQ(codes(state.diags), V{"Y012"});
}

TEST(OrganisationProfile, DepositForAnInstrumentNotOpenIsAWarning) {
  Loaded l = load_as("EU.yaml",
                     "state: EU\nkind: organisation\ninstruments:\n"
                     "  UNTOC: { signed: 2000-12-12, ratified: 2004-05-21 }\n"
                     "  TOKYO_1963: { ratified: 1990-01-01 }\n");
  EXPECT_TRUE(l.ok);  // still checked, as written
  ASSERT_EQ(codes(l.diags), V{"Y016"});
  const diag::Diagnostic& d = l.diags.items()[0];
  EXPECT_EQ(d.severity, diag::Severity::warning);
  EXPECT_EQ(d.message,
            "organisation 'EU' signed or deposited consent to 'TOKYO_1963', which is not open to organisations");
  EXPECT_EQ(covered(l.world->sources, d.where), "TOKYO_1963");
  // No deposit, no warning; and a State may deposit anything.
  EXPECT_TRUE(load_as("EU.yaml", "state: EU\nkind: organisation\ninstruments:\n  TOKYO_1963: none\n").diags.empty());
  EXPECT_TRUE(load_as("FRA.yaml", "state: FRA\ninstruments:\n  TOKYO_1963: { ratified: 1970-09-11 }\n").diags.empty());
}

}  // namespace
}  // namespace pacta::test
