// timeline against day-by-day evaluation: on the shipped rules and profiles, and on the small
// rule sets of tests/advice/data, the changes found by evaluating only on candidate days are
// exactly those found by evaluating every day of the window. Then the causes it names.
#include "advice/timeline.hpp"

#include <gtest/gtest.h>

#include <chrono>

#include "advice_data.hpp"
#include "model/load.hpp"
#include "sema/check.hpp"
#include "syntax/load.hpp"

namespace pacta::test {
namespace {

using advice::Change;

// Every change, found by evaluating each day of [from, to].
std::vector<Change> day_by_day(const eval::Program& program, const model::Profile& profile, Day from, Day to) {
  std::vector<Change> out;
  std::vector<eval::Status> previous, now;
  for (Day d = from; d <= to; ++d) {
    eval::Snapshot s(program, d);
    s.reset(profile);
    now.clear();
    for (std::uint32_t o = 0; o < program.obligations.size(); ++o) now.push_back(eval::verdict(s, o));
    for (std::size_t o = 0; o < now.size() && d > from; ++o)
      if (now[o] != previous[o]) {
        Change c;
        c.day = d;
        c.obligation = static_cast<std::uint32_t>(o);
        c.before = previous[o];
        c.after = now[o];
        out.push_back(c);
      }
    previous.swap(now);
  }
  return out;
}

std::string listing(const std::vector<Change>& changes, const sema::RuleSet& rules) {
  std::string out;
  for (const Change& c : changes)
    out += format_day(c.day) + " " + rules.obligations[c.obligation].id + " " + eval::status_name(c.before) + "->" +
           eval::status_name(c.after) + "\n";
  return out;
}

void same_changes(const eval::Program& program, const sema::RuleSet& rules, const model::Profile& p, Day from, Day to) {
  advice::Timeline t = advice::timeline(program, p, {}, from, to);
  EXPECT_EQ(listing(t.changes, rules), listing(day_by_day(program, p, from, to), rules)) << p.state;
}

class Shipped : public ::testing::Test {
 protected:
  void SetUp() override {
    auto files = syntax::load_rule_files({std::string(PACTA_SOURCE_DIR) + "/rules"}, sources, diags);
    rules = sema::check_rule_set(std::move(files.files), diags);
    ASSERT_FALSE(diags.has_errors()) << render(sources, diags);
    profiles = model::load_profiles(rules, {std::string(PACTA_SOURCE_DIR) + "/fixtures/profiles"}, sources, diags);
    ASSERT_FALSE(diags.has_errors()) << render(sources, diags);
    program = eval::compile(rules);
    eval::resolve_entry_into_force(program, profiles.profiles);
  }
  diag::SourceMap sources;
  diag::Diagnostics diags;
  sema::RuleSet rules;
  model::LoadedProfiles profiles;
  eval::Program program;
};

TEST_F(Shipped, EveryProfileChangesOnTheSameDaysAsDayByDay) {
  ASSERT_GT(profiles.profiles.size(), 150u);
  for (const model::Profile& p : profiles.profiles)
    same_changes(program, rules, p, day("1960-01-01"), day("2026-12-31"));
}

TEST_F(Shipped, SixtyYearsTakeMilliseconds) {
  const model::Profile& p = profiles.profiles[static_cast<std::size_t>(
      std::find_if(profiles.profiles.begin(), profiles.profiles.end(), [](const auto& x) { return x.state == "MLI"; }) -
      profiles.profiles.begin())];
  auto start = std::chrono::steady_clock::now();
  advice::Timeline t = advice::timeline(program, p, {}, day("1966-01-01"), day("2025-12-31"));
  auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  RecordProperty("milliseconds", std::to_string(ms));
  RecordProperty("days_evaluated", std::to_string(t.days_evaluated));
  EXPECT_FALSE(t.changes.empty());
  EXPECT_LT(t.days_evaluated, 2000u);  // not 21,915 days
  EXPECT_LT(ms, 200.0);
}

TEST(Timeline, SmallRuleSetsChangeOnTheSameDaysAsDayByDay) {
  for (const char* name : {"parents", "timing", "negation", "unknowns", "choices"}) {
    auto w = advice_world(name);
    ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
    for (const model::Profile& p : w->profiles) {
      same_changes(w->program, w->rules, p, day("1989-01-01"), day("2031-12-31"));
      same_changes(w->program, w->rules, p, day("2014-01-01"), day("2031-12-31"));  // a due day of 2012 + grace inside
    }
  }
}

TEST(Timeline, ChangesNameTheirCauses) {
  auto w = world(
      R"(
instrument A "A" { in_force 2000-01-01  in_force_for_state 30 days after deposit }
mechanism M "M"
report R "R"
obligation PARTY { require party(A) }
obligation JOIN { require joined(M) by 2012-12-31 }
obligation YEARLY { applies when party(A)  require submitted(R) every year due 06-30 since party(A) }
obligation NO_RES { applies when ratified(A)  require not reserved(A, "art. 9") }
)",
      {R"(state: XEA
complete: [instruments, mechanisms, reports, events]
instruments:
  A: { ratified: 2010-01-01, reservations: [{ article: "art. 9", withdrawn: 2015-05-05 }] }
reports:
  R: [ { period: 2010, submitted: 2011-06-01 } ]
)"});
  ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  advice::Timeline t = advice::timeline(w->program, w->profiles[0], {}, day("2005-01-01"), day("2016-12-31"));
  std::string got;
  for (const Change& c : t.changes) {
    got += format_day(c.day) + " " + w->rules.obligations[c.obligation].id + " " + eval::status_name(c.before) + "->" +
           eval::status_name(c.after);
    for (const auto& cause : c.causes) got += std::string(" ") + advice::cause_name(cause.kind);
    got += "\n";
  }
  EXPECT_EQ(got,
            "2010-01-01 PARTY violated->pending deposited\n"
            "2010-01-01 NO_RES not_applicable->violated deposited reservation_made\n"
            "2010-01-31 PARTY pending->satisfied in_force_for_state\n"
            "2010-01-31 YEARLY not_applicable->pending in_force_for_state\n"
            "2012-07-01 YEARLY pending->violated report_overdue\n"  // the first period is 2011
            "2013-01-01 JOIN pending->violated deadline_passed\n"
            "2015-05-05 NO_RES violated->satisfied reservation_withdrawn\n");
}

}  // namespace
}  // namespace pacta::test
