// pacta diff's library: the verdicts a rule change flips on the same profiles, with added and
// removed obligations, reasons for the new status, totals, and states on one side only.
#include "impact/diff.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "report/diff_report.hpp"
#include "support/test_support.hpp"

namespace pacta::test {
namespace {

const char* declarations = R"(instrument CONV "A convention" { in_force 2001-01-01 }
instrument PROT "A protocol" { in_force 2002-01-01 }
mechanism NET "A network"
)";

const char* base_rules = R"(
obligation PARTY "Party to the convention" { require party(CONV) }
obligation JOIN "Join the network by 2030" {
  severity warning
  require joined(NET) before 2030-01-01
}
obligation OLD "Signed the convention" {
  severity info
  require signed(CONV)
}
)";

const char* head_rules = R"(
obligation PARTY "Party to the convention" { require party(CONV) }
obligation JOIN "Join the network by 2020" {
  severity warning
  require joined(NET) before 2020-01-01
}
obligation NEW "Ratified the protocol" { require ratified(PROT) }
)";

const std::vector<std::string> profiles = {
    "state: AAA\ncomplete: [instruments, mechanisms]\ninstruments:\n  CONV: { ratified: 2000-06-01 }\n"
    "mechanisms:\n  NET: { joined: 2020-05-01 }\n",
    "state: BBB\ncomplete: [instruments, mechanisms]\ninstruments:\n  CONV: { signed: 2000-01-01, ratified: 2000-06-01 "
    "}\n"
    "  PROT: { ratified: 2002-06-01 }\nmechanisms:\n  NET: { joined: 2019-05-01 }\n"};

struct Sides {
  std::unique_ptr<World> base, head;
};

Sides sides(const std::string& base, const std::string& head, const std::vector<std::string>& p = profiles) {
  Sides s{world(std::vector<std::string>{declarations, base}, p),
          world(std::vector<std::string>{declarations, head}, p)};
  return s;
}

impact::Diff run(const Sides& s, const std::string& as_of, const std::vector<std::string>& states = {}) {
  return impact::diff({s.base->program, s.base->profiles, s.base->sources},
                      {s.head->program, s.head->profiles, s.head->sources}, day(as_of), states);
}

std::vector<std::string> summary(const impact::Diff& d) {
  std::vector<std::string> out;
  auto status = [](const std::optional<impact::Verdict>& v) { return v ? eval::status_name(v->status) : "-"; };
  for (const impact::Flip& f : d.flips)
    out.push_back(f.state + " " + f.obligation + " " + impact::change_name(f.change) + " " + status(f.before) + " " +
                  status(f.after));
  return out;
}

TEST(Diff, SameRulesFlipNothing) {
  Sides s = sides(base_rules, base_rules);
  ASSERT_FALSE(s.base->diags.has_errors()) << render(s.base->sources, s.base->diags);
  impact::Diff d = run(s, "2021-06-30");
  EXPECT_FALSE(d.flipped());
  EXPECT_EQ(d.states, (std::vector<std::string>{"AAA", "BBB"}));
  EXPECT_EQ(d.common_obligations, 3u);
  EXPECT_EQ(d.totals.compared, 6u);
  EXPECT_TRUE(d.added_obligations.empty());
  EXPECT_TRUE(d.removed_obligations.empty());
}

TEST(Diff, ListsChangedAddedAndRemovedVerdicts) {
  Sides s = sides(base_rules, head_rules);
  ASSERT_FALSE(s.head->diags.has_errors()) << render(s.head->sources, s.head->diags);
  impact::Diff d = run(s, "2021-06-30");
  EXPECT_TRUE(d.flipped());
  EXPECT_EQ(d.added_obligations, (std::vector<std::string>{"NEW"}));
  EXPECT_EQ(d.removed_obligations, (std::vector<std::string>{"OLD"}));
  EXPECT_EQ(d.common_obligations, 2u);
  // AAA joined in 2020: on time for 2030, late for 2020. BBB joined in 2019: on time for both.
  EXPECT_EQ(summary(d), (std::vector<std::string>{"AAA JOIN changed satisfied violated", "AAA NEW added - violated",
                                                  "AAA OLD removed violated -", "BBB NEW added - satisfied",
                                                  "BBB OLD removed satisfied -"}));
  EXPECT_EQ(d.totals.compared, 4u);
  EXPECT_EQ(d.totals.changed, 1u);
  EXPECT_EQ(d.totals.added, 2u);
  EXPECT_EQ(d.totals.removed, 2u);
  EXPECT_EQ(d.totals.newly_violated, 2u);      // AAA JOIN, AAA NEW
  EXPECT_EQ(d.totals.no_longer_violated, 1u);  // AAA OLD
}

TEST(Diff, FlipsCarryTheHeadsObligationAndTheReasons) {
  Sides s = sides(base_rules, head_rules);  // alive as long as d: its records refer to their programs
  impact::Diff d = run(s, "2021-06-30");
  const impact::Flip& join = d.flips[0];
  EXPECT_EQ(join.title, "Join the network by 2020");
  EXPECT_EQ(join.severity, syntax::Level::warning);
  ASSERT_TRUE(join.before && join.after);
  EXPECT_EQ(report::diff_why(d, *join.before, false), "joined(NET) before 2030-01-01: NET: joined 2020-05-01");
  EXPECT_EQ(report::diff_why(d, *join.after, true), "joined(NET) before 2020-01-01: NET: joined 2020-05-01");
  const impact::Flip& removed = d.flips[2];
  EXPECT_EQ(removed.title, "Signed the convention");  // from base: head has no OLD
  EXPECT_EQ(removed.severity, syntax::Level::info);
  EXPECT_FALSE(removed.after);
  const impact::Flip& added = d.flips[3];
  EXPECT_FALSE(added.before);
  EXPECT_EQ(report::diff_why(d, *added.after, true), "ratified(PROT): PROT: consent deposited 2002-06-01");
}

TEST(Diff, AsOfDecidesWhatFlips) {
  // In 2019 neither deadline has passed and AAA has not joined: pending under both.
  Sides s = sides(base_rules, head_rules);  // alive as long as d: its records refer to their programs
  impact::Diff d = run(s, "2019-06-30");
  for (const impact::Flip& f : d.flips) EXPECT_NE(f.obligation, "JOIN");
}

TEST(Diff, OnlySelectedStates) {
  Sides s = sides(base_rules, head_rules);  // alive as long as d: its records refer to their programs
  impact::Diff d = run(s, "2021-06-30", {"BBB"});
  EXPECT_EQ(d.states, (std::vector<std::string>{"BBB"}));
  EXPECT_EQ(summary(d), (std::vector<std::string>{"BBB NEW added - satisfied", "BBB OLD removed satisfied -"}));
}

TEST(Diff, StatesLoadedUnderOneRuleSetOnlyAreNotCompared) {
  // CCC names PROT, which the head no longer declares: its profile is rejected there (Y006).
  std::string base = std::string(declarations) + base_rules + "obligation P { require ratified(PROT) }\n";
  std::string head = "instrument CONV { in_force 2001-01-01 }\nmechanism NET\n" + std::string(base_rules);
  std::vector<std::string> p = profiles;
  p.push_back("state: CCC\ninstruments:\n  PROT: { ratified: 2002-06-01 }\n");
  Sides s{world(base, p), world(head, p)};
  EXPECT_EQ(codes(s.head->diags), (std::vector<std::string>{"Y006", "Y006"}));
  impact::Diff d = run(s, "2021-06-30");
  EXPECT_EQ(d.states, (std::vector<std::string>{"AAA"}));
  EXPECT_EQ(d.unmatched_states, (std::vector<std::string>{"BBB", "CCC"}));
}

TEST(DiffReport, TextListsFlipsPerStateWithReasons) {
  Sides s = sides(base_rules, head_rules);  // alive as long as d: its records refer to their programs
  impact::Diff d = run(s, "2021-06-30");
  std::ostringstream out;
  report::render_diff_text(out, d);
  EXPECT_EQ(
      out.str(),
      "pacta diff: as of 2021-06-30, 2 states, 2 obligations in both rule sets, 1 added, 1 removed\n"
      "  added: NEW\n"
      "  removed: OLD\n"
      "\n"
      "AAA\n"
      "  JOIN  satisfied -> violated  warning  Join the network by 2020\n"
      "        why: joined(NET) before 2020-01-01: NET: joined 2020-05-01\n"
      "  NEW   (new) -> violated      error    Ratified the protocol\n"
      "        why: ratified(PROT): PROT: none recorded (the profile's list is complete)\n"
      "  OLD   violated -> (gone)     info     Signed the convention\n"
      "        why: signed(CONV): CONV: no signature recorded\n"
      "\n"
      "BBB\n"
      "  NEW   (new) -> satisfied     error    Ratified the protocol\n"
      "        why: ratified(PROT): PROT: consent deposited 2002-06-01\n"
      "  OLD   satisfied -> (gone)    info     Signed the convention\n"
      "        why: signed(CONV): CONV: signed 2000-01-01\n"
      "\n"
      "Totals: 5 verdicts flip (1 changed, 2 new, 2 gone; 4 compared); newly violated: 2, no longer violated: 1\n");
}

TEST(DiffReport, TextSaysWhenNothingFlips) {
  Sides s = sides(base_rules, base_rules);  // alive as long as d: its records refer to their programs
  impact::Diff d = run(s, "2021-06-30");
  std::ostringstream out;
  report::render_diff_text(out, d);
  EXPECT_EQ(out.str(),
            "pacta diff: as of 2021-06-30, 2 states, 3 obligations in both rule sets, 0 added, 0 removed\n"
            "\nNo verdict flips (6 verdicts compared).\n");
}

TEST(DiffReport, Json) {
  Sides s = sides(base_rules, head_rules);  // alive as long as d: its records refer to their programs
  impact::Diff d = run(s, "2021-06-30", {"AAA"});
  std::ostringstream out;
  report::render_diff_json(out, d);
  auto j = nlohmann::json::parse(out.str());
  EXPECT_EQ(j["schema"], "pacta.diff/1");
  EXPECT_EQ(j["as_of"], "2021-06-30");
  EXPECT_EQ(j["states"], nlohmann::json({"AAA"}));
  EXPECT_EQ(j["obligations"]["added"], nlohmann::json({"NEW"}));
  EXPECT_EQ(j["obligations"]["removed"], nlohmann::json({"OLD"}));
  EXPECT_EQ(j["obligations"]["common"], 2);
  ASSERT_EQ(j["flips"].size(), 3u);
  const auto& changed = j["flips"][0];
  EXPECT_EQ(changed["state"], "AAA");
  EXPECT_EQ(changed["obligation"], "JOIN");
  EXPECT_EQ(changed["change"], "changed");
  EXPECT_EQ(changed["severity"], "warning");
  EXPECT_EQ(changed["before"]["status"], "satisfied");
  EXPECT_EQ(changed["after"]["status"], "violated");
  EXPECT_EQ(changed["after"]["reason"], "joined(NET) before 2020-01-01: NET: joined 2020-05-01");
  EXPECT_TRUE(j["flips"][1]["before"].is_null());
  EXPECT_TRUE(j["flips"][2]["after"].is_null());
  EXPECT_EQ(j["totals"], nlohmann::json({{"flips", 3},
                                         {"compared", 2},
                                         {"changed", 1},
                                         {"added", 1},
                                         {"removed", 1},
                                         {"newly_violated", 2},
                                         {"no_longer_violated", 1}}));
}

}  // namespace
}  // namespace pacta::test
