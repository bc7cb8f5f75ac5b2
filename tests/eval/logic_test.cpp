// Three-valued (four with pending) logic: and is the minimum and or the maximum over
// no < unknown < pending < yes, not swaps yes and no; quantifiers over named and inline sets
// with unknown and pending members; and the mapping of clause values to verdicts.
#include <gtest/gtest.h>

#include "support/test_support.hpp"

namespace pacta::test {
namespace {

using eval::Status;
using eval::Truth;

// ---- and / or / not ------------------------------------------------------------------------------

// One atom per truth value, as of 2020-01-01 for state AAA.
const char* const atom_of[] = {
    "event(E_NO)",                         // no: listed as none
    "event(E_UNKNOWN)",                    // unknown: not listed
    "event(E_PENDING) before 2030-01-01",  // pending: has not happened, the date has not come
    "event(E_YES)",                        // yes
};
const Truth values[] = {Truth::no, Truth::unknown, Truth::pending, Truth::yes};

std::unique_ptr<World> connectives() {
  std::string rules = "event E_NO\nevent E_UNKNOWN\nevent E_PENDING\nevent E_YES\n";
  for (int a = 0; a < 4; ++a) {
    rules += "obligation NOT_" + std::to_string(a) + " { require not " + atom_of[a] + " }\n";
    rules += "obligation NOTNOT_" + std::to_string(a) + " { require not not " + atom_of[a] + " }\n";
    for (int b = 0; b < 4; ++b) {
      std::string ab = std::to_string(a) + "_" + std::to_string(b);
      rules += "obligation AND_" + ab + " { require " + atom_of[a] + " and " + atom_of[b] + " }\n";
      rules += "obligation OR_" + ab + " { require " + atom_of[a] + " or " + atom_of[b] + " }\n";
    }
  }
  return world(rules, {"state: AAA\nevents: { E_NO: none, E_PENDING: none, E_YES: 2019-01-01 }\n"});
}

TEST(Logic, EachAtomHasItsValue) {
  auto w = connectives();
  ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  for (int a = 0; a < 4; ++a)
    EXPECT_EQ(w->truth("AAA", "NOTNOT_" + std::to_string(a), "2020-01-01"), values[a]) << atom_of[a];
}

TEST(Logic, NotSwapsYesAndNoOnly) {
  auto w = connectives();
  const Truth expected[] = {Truth::yes, Truth::unknown, Truth::pending, Truth::no};
  for (int a = 0; a < 4; ++a)
    EXPECT_EQ(w->truth("AAA", "NOT_" + std::to_string(a), "2020-01-01"), expected[a]) << atom_of[a];
}

TEST(Logic, AndTruthTable) {
  auto w = connectives();
  // rows: left operand no, unknown, pending, yes; columns: right operand, same order
  const Truth table[4][4] = {
      {Truth::no, Truth::no, Truth::no, Truth::no},
      {Truth::no, Truth::unknown, Truth::unknown, Truth::unknown},
      {Truth::no, Truth::unknown, Truth::pending, Truth::pending},
      {Truth::no, Truth::unknown, Truth::pending, Truth::yes},
  };
  for (int a = 0; a < 4; ++a)
    for (int b = 0; b < 4; ++b)
      EXPECT_EQ(w->truth("AAA", "AND_" + std::to_string(a) + "_" + std::to_string(b), "2020-01-01"), table[a][b])
          << atom_of[a] << " and " << atom_of[b];
}

TEST(Logic, OrTruthTable) {
  auto w = connectives();
  const Truth table[4][4] = {
      {Truth::no, Truth::unknown, Truth::pending, Truth::yes},
      {Truth::unknown, Truth::unknown, Truth::pending, Truth::yes},
      {Truth::pending, Truth::pending, Truth::pending, Truth::yes},
      {Truth::yes, Truth::yes, Truth::yes, Truth::yes},
  };
  for (int a = 0; a < 4; ++a)
    for (int b = 0; b < 4; ++b)
      EXPECT_EQ(w->truth("AAA", "OR_" + std::to_string(a) + "_" + std::to_string(b), "2020-01-01"), table[a][b])
          << atom_of[a] << " or " << atom_of[b];
}

TEST(Logic, LongChainsAndPrecedence) {
  auto w = world(
      "event Y\nevent N\n"
      "obligation O1 { require event(N) or event(N) or event(N) or event(Y) }\n"
      "obligation O2 { require event(Y) and event(Y) and event(Y) and event(N) }\n"
      "obligation O3 { require event(Y) or event(N) and event(N) }\n"  // or(Y, and(N, N))
      "obligation O4 { require (event(Y) or event(N)) and event(N) }\n",
      {"state: AAA\nevents: { Y: 2000-01-01, N: none }\n"});
  ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  EXPECT_EQ(w->truth("AAA", "O1", "2020-01-01"), Truth::yes);
  EXPECT_EQ(w->truth("AAA", "O2", "2020-01-01"), Truth::no);
  EXPECT_EQ(w->truth("AAA", "O3", "2020-01-01"), Truth::yes);
  EXPECT_EQ(w->truth("AAA", "O4", "2020-01-01"), Truth::no);
}

// ---- quantifiers ---------------------------------------------------------------------------------

const std::string quantified = R"(
instrument A
instrument B
instrument C
set S = { A, B, C }
obligation ALL { require ratified(all of S) }
obligation ANY { require ratified(any of S) }
obligation NONE { require ratified(none of S) }
obligation AT_LEAST_0 { require ratified(at least 1 of S) or ratified(at least 0 of { A }) }
obligation AT_LEAST_1 { require ratified(at least 1 of S) }
obligation AT_LEAST_2 { require ratified(at least 2 of S) }
obligation AT_LEAST_3 { require ratified(at least 3 of S) }
obligation INLINE_ALL { require ratified(all of { A, B, C }) }
obligation INLINE_ANY { require ratified(any of { C, B, A, }) }
obligation INLINE_NONE { require ratified(none of { A, B, C }) }
obligation INLINE_2 { require ratified(at least 2 of { A, B, C }) }
obligation ALL_BY { require ratified(all of S) by 2030-01-01 }
obligation ANY_BY { require ratified(any of S) by 2030-01-01 }
obligation NONE_BY { require ratified(none of S) by 2030-01-01 }
obligation AT_LEAST_2_BY { require ratified(at least 2 of S) by 2030-01-01 }
)";

// yes = A, no = B, unknown = C (not listed); with `by 2030`, B is pending as of 2020.
const std::string yes_no_unknown = "state: YNU\ninstruments: { A: { ratified: 2000-01-01 }, B: none }\n";
const std::string all_yes =
    "state: YYY\ninstruments: { A: { ratified: 2000-01-01 }, B: { ratified: 2001-01-01 }, "
    "C: { ratified: 2002-01-01 } }\n";
const std::string all_no = "state: NNN\ncomplete: [instruments]\n";
const std::string yes_unknown = "state: YUU\ninstruments: { A: { ratified: 2000-01-01 } }\n";
const std::string no_unknown = "state: NUU\ninstruments: { A: none, B: none }\n";
const std::string two_yes =
    "state: YYN\ninstruments: { A: { ratified: 2000-01-01 }, B: { ratified: 2001-01-01 }, C: none }\n";

class Quantifiers : public ::testing::Test {
 protected:
  void SetUp() override {
    w = world(quantified, {yes_no_unknown, all_yes, all_no, yes_unknown, no_unknown, two_yes});
    ASSERT_EQ(w->profiles.size(), 6u) << render(w->sources, w->diags);
    for (const auto& d : w->diags.items()) ASSERT_EQ(d.code, "S006") << render(w->sources, w->diags);
  }
  Truth at(const std::string& state, const std::string& obligation) {
    return w->truth(state, obligation, "2020-01-01");
  }
  std::unique_ptr<World> w;
};

TEST_F(Quantifiers, AllOf) {
  EXPECT_EQ(at("YYY", "ALL"), Truth::yes);
  EXPECT_EQ(at("YNU", "ALL"), Truth::no);       // one no decides
  EXPECT_EQ(at("YUU", "ALL"), Truth::unknown);  // yes and unknown
  EXPECT_EQ(at("NNN", "ALL"), Truth::no);
  EXPECT_EQ(at("YYY", "INLINE_ALL"), Truth::yes);
  EXPECT_EQ(at("YUU", "INLINE_ALL"), Truth::unknown);
}

TEST_F(Quantifiers, AnyOf) {
  EXPECT_EQ(at("YNU", "ANY"), Truth::yes);      // one yes decides
  EXPECT_EQ(at("NUU", "ANY"), Truth::unknown);  // no and unknown
  EXPECT_EQ(at("NNN", "ANY"), Truth::no);
  EXPECT_EQ(at("YYY", "ANY"), Truth::yes);
  EXPECT_EQ(at("NUU", "INLINE_ANY"), Truth::unknown);
  EXPECT_EQ(at("YNU", "INLINE_ANY"), Truth::yes);
}

TEST_F(Quantifiers, NoneOf) {
  EXPECT_EQ(at("NNN", "NONE"), Truth::yes);
  EXPECT_EQ(at("YNU", "NONE"), Truth::no);
  EXPECT_EQ(at("NUU", "NONE"), Truth::unknown);
  EXPECT_EQ(at("NNN", "INLINE_NONE"), Truth::yes);
  EXPECT_EQ(at("NUU", "INLINE_NONE"), Truth::unknown);
}

TEST_F(Quantifiers, AtLeastN) {
  EXPECT_EQ(at("YNU", "AT_LEAST_1"), Truth::yes);
  EXPECT_EQ(at("YNU", "AT_LEAST_2"), Truth::unknown);  // the unknown one may make two
  EXPECT_EQ(at("YNU", "AT_LEAST_3"), Truth::no);       // B is no: three cannot be reached
  EXPECT_EQ(at("YYN", "AT_LEAST_2"), Truth::yes);
  EXPECT_EQ(at("YYN", "AT_LEAST_3"), Truth::no);
  EXPECT_EQ(at("YYY", "AT_LEAST_3"), Truth::yes);
  EXPECT_EQ(at("NNN", "AT_LEAST_1"), Truth::no);
  EXPECT_EQ(at("NUU", "AT_LEAST_1"), Truth::unknown);
  EXPECT_EQ(at("YNU", "INLINE_2"), Truth::unknown);
  EXPECT_EQ(at("YYN", "INLINE_2"), Truth::yes);
  EXPECT_EQ(at("NNN", "AT_LEAST_0"), Truth::yes);  // at least 0 always holds
}

TEST_F(Quantifiers, PendingMembers) {
  // With `by 2030-01-01` as of 2020: A yes, B pending (not yet, still time), C unknown.
  EXPECT_EQ(at("YNU", "ALL_BY"), Truth::unknown);
  EXPECT_EQ(at("YNU", "ANY_BY"), Truth::yes);
  EXPECT_EQ(at("NNN", "ANY_BY"), Truth::pending);
  EXPECT_EQ(at("NNN", "ALL_BY"), Truth::pending);
  EXPECT_EQ(at("NNN", "NONE_BY"), Truth::pending);
  EXPECT_EQ(at("NUU", "ANY_BY"), Truth::pending);  // pending ranks above unknown for any
  EXPECT_EQ(at("NUU", "ALL_BY"), Truth::unknown);  // and below it for all
  EXPECT_EQ(at("YYN", "AT_LEAST_2_BY"), Truth::yes);
  EXPECT_EQ(at("YNU", "AT_LEAST_2_BY"), Truth::pending);                      // A yes, B may still come
  EXPECT_EQ(at("YUU", "AT_LEAST_2_BY"), Truth::unknown);                      // only unknowns can complete it
  EXPECT_EQ(w->truth("YNU", "AT_LEAST_2_BY", "2030-01-02"), Truth::unknown);  // B's deadline passed
  EXPECT_EQ(w->truth("NNN", "AT_LEAST_2_BY", "2030-01-02"), Truth::no);
}

// ---- verdicts ------------------------------------------------------------------------------------

std::unique_ptr<World> verdicts() {
  std::string rules = "event E_NO\nevent E_UNKNOWN\nevent E_PENDING\nevent E_YES\n";
  // Every combination of applies (a), exempt (e) and require (r) values.
  for (int a = 0; a < 4; ++a)
    for (int e = 0; e < 4; ++e)
      for (int r = 0; r < 4; ++r)
        rules += "obligation V_" + std::to_string(a) + std::to_string(e) + std::to_string(r) + " { applies when " +
                 atom_of[a] + " exempt when " + atom_of[e] + " require " + atom_of[r] + " }\n";
  rules += "obligation DEFAULTS_YES { require event(E_YES) }\nobligation DEFAULTS_NO { require event(E_NO) }\n";
  return world(rules, {"state: AAA\nevents: { E_NO: none, E_PENDING: none, E_YES: 2019-01-01 }\n"});
}

Status expected_verdict(int a, int e, int r) {
  Truth applies = values[a], exempt = values[e], require = values[r];
  if (applies == Truth::no || applies == Truth::pending) return Status::not_applicable;
  if (exempt == Truth::yes) return Status::exempt;
  if (require == Truth::yes) return Status::satisfied;
  if (applies == Truth::unknown || exempt == Truth::unknown) return Status::unknown;
  if (require == Truth::no) return Status::violated;
  if (require == Truth::pending) return Status::pending;
  return Status::unknown;
}

TEST(Verdicts, EveryCombinationOfClauseValues) {
  auto w = verdicts();
  ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  for (int a = 0; a < 4; ++a)
    for (int e = 0; e < 4; ++e)
      for (int r = 0; r < 4; ++r)
        EXPECT_EQ(w->verdict("AAA", "V_" + std::to_string(a) + std::to_string(e) + std::to_string(r), "2020-01-01"),
                  expected_verdict(a, e, r))
            << "applies " << atom_of[a] << ", exempt " << atom_of[e] << ", require " << atom_of[r];
}

TEST(Verdicts, SpelledOut) {
  auto w = verdicts();
  auto v = [&](const char* o) { return w->verdict("AAA", o, "2020-01-01"); };
  EXPECT_EQ(v("V_000"), Status::not_applicable);  // applies no
  EXPECT_EQ(v("V_203"), Status::not_applicable);  // applies pending: not yet
  EXPECT_EQ(v("V_330"), Status::exempt);          // exempt beats violated
  EXPECT_EQ(v("V_303"), Status::satisfied);
  EXPECT_EQ(v("V_300"), Status::violated);
  EXPECT_EQ(v("V_302"), Status::pending);
  EXPECT_EQ(v("V_301"), Status::unknown);
  EXPECT_EQ(v("V_100"), Status::unknown);           // may not apply: cannot call it violated
  EXPECT_EQ(v("V_103"), Status::satisfied);         // satisfied whether it applies or not
  EXPECT_EQ(v("V_310"), Status::unknown);           // may be exempt
  EXPECT_EQ(v("V_320"), Status::violated);          // an exemption still to come does not exempt now
  EXPECT_EQ(v("DEFAULTS_YES"), Status::satisfied);  // no applies: every state; no exempt: none
  EXPECT_EQ(v("DEFAULTS_NO"), Status::violated);
}

TEST(Verdicts, NamesForOutput) {
  EXPECT_STREQ(eval::status_name(Status::not_applicable), "not_applicable");
  EXPECT_STREQ(eval::status_name(Status::violated), "violated");
  EXPECT_STREQ(eval::truth_name(Truth::no), "false");
  EXPECT_STREQ(eval::truth_name(Truth::yes), "true");
  EXPECT_STREQ(eval::truth_name(Truth::pending), "pending");
}

}  // namespace
}  // namespace pacta::test
