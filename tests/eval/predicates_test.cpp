// Predicates as of a date (SPEC, "Predicates and their kinds"): ratified is a contracting
// State, party also needs the instrument in force for it (VCLT art. 2(1)(f) and (g)); signed,
// reserved (until withdrawn), joined (until left), member, submitted and event; denunciation;
// and what absence means: unlisted is unknown, `complete` makes it false, `known_until`.
#include <gtest/gtest.h>

#include "support/test_support.hpp"

namespace pacta::test {
namespace {

using eval::Truth;

const std::string rules = R"x(
instrument UNTOC { adopted 2000-11-15 in_force 2003-09-29 }
instrument SUA_1988 { in_force 1992-03-01 }
instrument FIREARMS { in_force 2005-07-03 }
mechanism CCP
report ARQ
event DONE
group LAC
group ASIA
obligation RATIFIED { require ratified(UNTOC) }
obligation PARTY { require party(UNTOC) }
obligation SIGNED { require signed(UNTOC) }
obligation RESERVED { require reserved(UNTOC, "art. 35(2)") }
obligation RESERVED_16 { require reserved(UNTOC, "art.  16 ") }
obligation SUA_RATIFIED { require ratified(SUA_1988) }
obligation SUA_PARTY { require party(SUA_1988) }
obligation FIREARMS_RATIFIED { require ratified(FIREARMS) }
obligation FIREARMS_SIGNED { require signed(FIREARMS) }
obligation FIREARMS_RESERVED { require reserved(FIREARMS, "art. 1") }
obligation JOINED { require joined(CCP) }
obligation MEMBER { require member(LAC) }
obligation MEMBER_ASIA { require member(ASIA) }
obligation SUBMITTED { require submitted(ARQ) }
obligation EVENT { require event(DONE) }
)x";

// Deposited 2003-01-15, before the general entry into force (2003-09-29).
const std::string early = R"x(state: AAA
groups: [LAC]
instruments:
  UNTOC:
    signed: 2000-12-12
    ratified: 2003-01-15
    reservations:
      - "art. 35(2)"
      - { article: "art. 16", made: 2005-01-01, withdrawn: 2010-06-01 }
  SUA_1988: { ratified: 1998-04-24, denounced: 2010-01-01 }
  FIREARMS: { signed: 2002-07-09, known_until: 2014-07-10 }
mechanisms:
  CCP: { joined: 2017-07-11, left: 2020-01-01 }
reports:
  ARQ: [ { period: 2019, submitted: 2020-06-12 } ]
events:
  DONE: 2020-03-31
)x";

// Lists nothing: every question is unknown, except member (groups are always complete).
const std::string silent = "state: BBB\n";

// Says its sections are complete: what is absent is false.
const std::string complete = "state: CCC\ncomplete: [instruments, mechanisms, reports, events]\n";

class Predicates : public ::testing::Test {
 protected:
  void SetUp() override {
    w = world(rules, {early, silent, complete});
    ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  }
  Truth at(const std::string& state, const std::string& obligation, const std::string& date) {
    return w->truth(state, obligation, date);
  }
  std::unique_ptr<World> w;
};

TEST_F(Predicates, RatifiedFromTheDayOfDeposit) {
  EXPECT_EQ(at("AAA", "RATIFIED", "2003-01-14"), Truth::no);
  EXPECT_EQ(at("AAA", "RATIFIED", "2003-01-15"), Truth::yes);
  EXPECT_EQ(at("AAA", "RATIFIED", "2020-01-01"), Truth::yes);
}

TEST_F(Predicates, DepositedButNotYetInForceIsRatifiedNotParty) {
  EXPECT_EQ(at("AAA", "RATIFIED", "2003-06-01"), Truth::yes);
  // Deposited, in force for it on a known later day: pending (issue "pending when only time is missing").
  EXPECT_EQ(at("AAA", "PARTY", "2003-06-01"), Truth::pending);
  EXPECT_EQ(at("AAA", "PARTY", "2003-09-28"), Truth::pending);
  EXPECT_EQ(at("AAA", "PARTY", "2003-09-29"), Truth::yes);
  EXPECT_EQ(w->party_from("AAA", "UNTOC"), day("2003-09-29"));
}

TEST_F(Predicates, SignedFromTheDayOfSignature) {
  EXPECT_EQ(at("AAA", "SIGNED", "2000-12-11"), Truth::no);
  EXPECT_EQ(at("AAA", "SIGNED", "2000-12-12"), Truth::yes);
}

TEST_F(Predicates, PlainReservationIsMadeAtConsent) {
  // Made with the signature (the earliest act of consent) and never withdrawn.
  EXPECT_EQ(at("AAA", "RESERVED", "2000-12-11"), Truth::no);
  EXPECT_EQ(at("AAA", "RESERVED", "2000-12-12"), Truth::yes);
  EXPECT_EQ(at("AAA", "RESERVED", "2030-01-01"), Truth::yes);
}

TEST_F(Predicates, ReservationHoldsFromMadeUntilWithdrawn) {
  // The rule's article "art.  16 " is normalised like the profile's.
  EXPECT_EQ(at("AAA", "RESERVED_16", "2004-12-31"), Truth::no);
  EXPECT_EQ(at("AAA", "RESERVED_16", "2005-01-01"), Truth::yes);
  EXPECT_EQ(at("AAA", "RESERVED_16", "2010-05-31"), Truth::yes);
  EXPECT_EQ(at("AAA", "RESERVED_16", "2010-06-01"), Truth::no);
}

TEST_F(Predicates, DenunciationEndsRatifiedAndParty) {
  EXPECT_EQ(at("AAA", "SUA_RATIFIED", "2009-12-31"), Truth::yes);
  EXPECT_EQ(at("AAA", "SUA_PARTY", "2009-12-31"), Truth::yes);
  EXPECT_EQ(at("AAA", "SUA_RATIFIED", "2010-01-01"), Truth::no);
  EXPECT_EQ(at("AAA", "SUA_PARTY", "2010-01-01"), Truth::no);
  EXPECT_EQ(at("AAA", "SUA_PARTY", "2030-01-01"), Truth::no);
}

TEST_F(Predicates, JoinedUntilLeft) {
  EXPECT_EQ(at("AAA", "JOINED", "2017-07-10"), Truth::no);
  EXPECT_EQ(at("AAA", "JOINED", "2017-07-11"), Truth::yes);
  EXPECT_EQ(at("AAA", "JOINED", "2019-12-31"), Truth::yes);
  EXPECT_EQ(at("AAA", "JOINED", "2020-01-01"), Truth::no);
}

TEST_F(Predicates, MemberIsTimelessAndGroupsAreComplete) {
  EXPECT_EQ(at("AAA", "MEMBER", "1000-01-01"), Truth::yes);
  EXPECT_EQ(at("AAA", "MEMBER", "9999-12-31"), Truth::yes);
  EXPECT_EQ(at("AAA", "MEMBER_ASIA", "2020-01-01"), Truth::no);
  EXPECT_EQ(at("BBB", "MEMBER", "2020-01-01"), Truth::no);  // not listed: false, not unknown
}

TEST_F(Predicates, SubmittedFromTheFirstSubmission) {
  EXPECT_EQ(at("AAA", "SUBMITTED", "2020-06-11"), Truth::no);
  EXPECT_EQ(at("AAA", "SUBMITTED", "2020-06-12"), Truth::yes);
}

TEST_F(Predicates, EventFromTheDayItHappened) {
  EXPECT_EQ(at("AAA", "EVENT", "2020-03-30"), Truth::no);
  EXPECT_EQ(at("AAA", "EVENT", "2020-03-31"), Truth::yes);
}

TEST_F(Predicates, UnlistedNameIsUnknown) {
  for (const char* o : {"RATIFIED", "PARTY", "SIGNED", "RESERVED", "JOINED", "SUBMITTED", "EVENT"})
    EXPECT_EQ(at("BBB", o, "2020-01-01"), Truth::unknown) << o;
}

TEST_F(Predicates, CompleteSectionMakesAbsenceFalse) {
  for (const char* o : {"RATIFIED", "PARTY", "SIGNED", "RESERVED", "JOINED", "SUBMITTED", "EVENT"})
    EXPECT_EQ(at("CCC", o, "2020-01-01"), Truth::no) << o;
}

TEST_F(Predicates, KnownUntilMakesLaterAbsenceUnknown) {
  // No deposit as of 2014-07-10; afterwards nobody knows.
  EXPECT_EQ(at("AAA", "FIREARMS_RATIFIED", "2014-07-10"), Truth::no);
  EXPECT_EQ(at("AAA", "FIREARMS_RATIFIED", "2014-07-11"), Truth::unknown);
  EXPECT_EQ(at("AAA", "FIREARMS_RESERVED", "2014-07-10"), Truth::no);
  EXPECT_EQ(at("AAA", "FIREARMS_RESERVED", "2014-07-11"), Truth::unknown);
  // The signature is a listed, dated fact: known for every date.
  EXPECT_EQ(at("AAA", "FIREARMS_SIGNED", "2002-07-08"), Truth::no);
  EXPECT_EQ(at("AAA", "FIREARMS_SIGNED", "2020-01-01"), Truth::yes);
}

TEST(PredicatesKnownUntil, AnswersUpToKnownUntilThenOnlyListedFacts) {
  // SPEC: an entry with known_until answers for dates up to it; PROFILES.md: after it, nothing is
  // known beyond the dated facts listed. The deposit of 2017 is listed, the state before it is not.
  auto w =
      world("instrument I\nobligation R { require ratified(I) }\nobligation S { require signed(I) }\n",
            {"state: AAA\ninstruments:\n  I: { signed: 2016-01-01, ratified: 2017-07-11, known_until: 2014-07-10 }\n",
             "state: BBB\ninstruments:\n  I: { ratified: 2010-01-01, known_until: 2014-07-10 }\n"});
  ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  EXPECT_EQ(w->truth("AAA", "R", "2014-07-10"), Truth::no);
  EXPECT_EQ(w->truth("AAA", "R", "2015-01-01"), Truth::unknown);
  EXPECT_EQ(w->truth("AAA", "R", "2017-07-11"), Truth::yes);
  EXPECT_EQ(w->truth("AAA", "S", "2015-01-01"), Truth::unknown);
  EXPECT_EQ(w->truth("AAA", "S", "2016-01-01"), Truth::yes);
  EXPECT_EQ(w->truth("BBB", "R", "2018-01-01"), Truth::yes);
  EXPECT_EQ(w->truth("BBB", "S", "2014-07-10"), Truth::no);
  EXPECT_EQ(w->truth("BBB", "S", "2018-01-01"), Truth::unknown);  // no signature listed
}

TEST(PredicatesKnownUntil, ReservationAfterALaterDepositIsUnknown) {
  // The deposit came after known_until; reservations made with it may be missing.
  auto w = world("instrument I\nobligation R { require reserved(I, \"art. 1\") }\n",
                 {"state: AAA\ninstruments:\n  I: { ratified: 2017-07-11, known_until: 2014-07-10 }\n",
                  "state: BBB\ninstruments:\n  I: { ratified: 2010-01-01, known_until: 2014-07-10 }\n"});
  ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  EXPECT_EQ(w->truth("AAA", "R", "2018-01-01"), Truth::unknown);
  EXPECT_EQ(w->truth("BBB", "R", "2018-01-01"), Truth::no);
}

TEST(PredicatesNone, NoneMeansNeverForEveryDate) {
  auto w = world(
      "instrument I\nmechanism M\nreport R\nevent E\n"
      "obligation OI { require ratified(I) or signed(I) or party(I) }\nobligation OM { require joined(M) }\n"
      "obligation OR { require submitted(R) }\nobligation OE { require event(E) }\n",
      {"state: AAA\ninstruments: { I: none }\nmechanisms: { M: none }\nreports: { R: none }\n"
       "events: { E: none }\n"});
  ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  for (const char* o : {"OI", "OM", "OR", "OE"}) EXPECT_EQ(w->truth("AAA", o, "2020-01-01"), Truth::no) << o;
}

}  // namespace
}  // namespace pacta::test
