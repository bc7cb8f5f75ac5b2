// Timings: date comparisons (before, by, after, since) that are pending while the date has
// not come; relative deadlines (within D after an anchor, with grace) found met, late, missing
// or pending; recurring ones (every year due MM-DD since an anchor, first period, due-date
// changes, grace, 02-29 in a common year).
#include <gtest/gtest.h>

#include "support/test_support.hpp"

namespace pacta::test {
namespace {

using eval::Truth;
using Kind = eval::DeadlineFinding::Kind;

// ---- before / by / after / since -----------------------------------------------------------------

const std::string compare_rules = R"(
mechanism CCP
obligation BEFORE { require joined(CCP) before 2026-01-01 }
obligation BY { require joined(CCP) by 2026-01-01 }
obligation AFTER { require joined(CCP) after 2020-01-01 }
obligation SINCE { require joined(CCP) since 2020-01-01 }
)";

std::string joined(const std::string& state, const std::string& date) {
  return "state: " + state + "\nmechanisms: { CCP: { joined: " + date + " } }\n";
}

class Comparisons : public ::testing::Test {
 protected:
  void SetUp() override {
    w = world(compare_rules, {joined("EVE", "2025-12-31"), joined("DAY", "2026-01-01"), joined("OLD", "2019-12-31"),
                              joined("NEW", "2020-01-01"), "state: NOT\nmechanisms: { CCP: none }\n", "state: UNK\n"});
    ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  }
  Truth at(const std::string& state, const std::string& obligation, const std::string& date) {
    return w->truth(state, obligation, date);
  }
  std::unique_ptr<World> w;
};

TEST_F(Comparisons, BeforeIsStrict) {
  EXPECT_EQ(at("EVE", "BEFORE", "2030-01-01"), Truth::yes);
  EXPECT_EQ(at("DAY", "BEFORE", "2030-01-01"), Truth::no);
  EXPECT_EQ(at("DAY", "BEFORE", "2025-06-01"), Truth::pending);  // not joined yet, still time
  EXPECT_EQ(at("NOT", "BEFORE", "2025-12-31"), Truth::pending);
  EXPECT_EQ(at("NOT", "BEFORE", "2026-01-01"), Truth::no);
  EXPECT_EQ(at("UNK", "BEFORE", "2020-01-01"), Truth::unknown);
}

TEST_F(Comparisons, ByIncludesTheDay) {
  EXPECT_EQ(at("DAY", "BY", "2030-01-01"), Truth::yes);
  EXPECT_EQ(at("NOT", "BY", "2026-01-01"), Truth::pending);
  EXPECT_EQ(at("NOT", "BY", "2026-01-02"), Truth::no);
  EXPECT_EQ(at("UNK", "BY", "2030-01-01"), Truth::unknown);
}

TEST_F(Comparisons, AfterIsStrict) {
  EXPECT_EQ(at("DAY", "AFTER", "2030-01-01"), Truth::yes);
  EXPECT_EQ(at("NEW", "AFTER", "2030-01-01"), Truth::no);
  EXPECT_EQ(at("OLD", "AFTER", "2030-01-01"), Truth::no);
  EXPECT_EQ(at("OLD", "AFTER", "2019-12-31"), Truth::no);  // already too early: no waiting helps
  EXPECT_EQ(at("UNK", "AFTER", "2030-01-01"), Truth::unknown);
}

TEST_F(Comparisons, SinceIncludesTheDay) {
  EXPECT_EQ(at("NEW", "SINCE", "2030-01-01"), Truth::yes);
  EXPECT_EQ(at("OLD", "SINCE", "2030-01-01"), Truth::no);
  EXPECT_EQ(at("UNK", "SINCE", "2030-01-01"), Truth::unknown);
}

TEST_F(Comparisons, AfterAndSinceAreFalseUntilTheFactHolds) {
  // SPEC: "P after X / P since X: P holds and became true after / on or after X" -- unlike
  // before/by there is no pending, even while X has not come.
  EXPECT_EQ(at("NOT", "AFTER", "2019-06-01"), Truth::no);
  EXPECT_EQ(at("NOT", "AFTER", "2020-01-02"), Truth::no);
  EXPECT_EQ(at("NOT", "SINCE", "2019-12-31"), Truth::no);
  EXPECT_EQ(at("NEW", "SINCE", "2019-12-31"), Truth::no);  // joins the next day
  EXPECT_EQ(at("NEW", "SINCE", "2020-01-01"), Truth::yes);
}

TEST(ComparisonsOfDatedFacts, EachPredicateComparesItsOwnDate) {
  auto w = world(
      "instrument I { in_force 2003-09-29 }\nreport R\nevent E\n"
      "obligation RATIFIED_BY { require ratified(I) by 2003-01-15 }\n"
      "obligation PARTY_BY { require party(I) by 2003-01-15 }\n"
      "obligation SIGNED_BEFORE { require signed(I) before 2001-01-01 }\n"
      "obligation RESERVED_AFTER { require reserved(I, \"art. 1\") after 2004-12-31 }\n"
      "obligation SUBMITTED_BY { require submitted(R) by 2010-01-01 }\n"
      "obligation EVENT_SINCE { require event(E) since 2015-01-01 }\n",
      {"state: AAA\ninstruments:\n  I:\n    signed: 2000-12-12\n    ratified: 2003-01-15\n"
       "    reservations: [ { article: \"art. 1\", made: 2005-01-01 } ]\n"
       "reports: { R: [ { submitted: 2011-01-01 }, { submitted: 2009-05-05 } ] }\nevents: { E: 2015-01-01 }\n"});
  ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  EXPECT_EQ(w->truth("AAA", "RATIFIED_BY", "2020-01-01"), Truth::yes);
  EXPECT_EQ(w->truth("AAA", "PARTY_BY", "2020-01-01"), Truth::no);  // in force for it only from 2003-09-29
  EXPECT_EQ(w->truth("AAA", "SIGNED_BEFORE", "2020-01-01"), Truth::yes);
  EXPECT_EQ(w->truth("AAA", "RESERVED_AFTER", "2020-01-01"), Truth::yes);
  EXPECT_EQ(w->truth("AAA", "SUBMITTED_BY", "2020-01-01"), Truth::yes);  // the first submission counts
  EXPECT_EQ(w->truth("AAA", "EVENT_SINCE", "2020-01-01"), Truth::yes);
}

// ---- within D after an anchor ----------------------------------------------------------------------

const std::string within_rules = R"(
instrument UNTOC { in_force 2003-09-29 }
report FINAL_REPORT
report CA
event DONE
obligation FINAL { applies when event(DONE) require submitted(FINAL_REPORT) within 6 months after event(DONE) }
obligation FINAL_GRACE { require submitted(FINAL_REPORT) within 6 months after event(DONE) grace 10 days }
obligation AT_DEPOSIT { require submitted(CA) within 0 days after ratified(UNTOC) }
obligation AFTER_PARTY { require submitted(CA) within 1 year after party(UNTOC) }
obligation AFTER_DATE { require submitted(CA) within 1 month after 2020-01-31 }
)";

std::string project(const std::string& state, const std::string& done, const std::string& submissions) {
  return "state: " + state + "\nevents: { DONE: " + done + " }\nreports: { FINAL_REPORT: " + submissions + " }\n";
}

std::string notification(const std::string& state, const std::string& deposit, const std::string& submitted) {
  return "state: " + state + "\ninstruments: { UNTOC: { ratified: " + deposit +
         " } }\nreports: { CA: [ { submitted: " + submitted + " } ] }\n";
}

class Within : public ::testing::Test {
 protected:
  void SetUp() override {
    w = world(within_rules,
              {project("MET", "2020-03-31", "[ { submitted: 2020-09-30 } ]"),
               project("LAT", "2020-03-31", "[ { submitted: 2020-10-01 } ]"),
               project("GRC", "2020-03-31", "[ { submitted: 2020-10-10 } ]"), project("MIS", "2020-03-31", "none"),
               project("FEB", "2020-08-31", "[ { submitted: 2021-02-28 } ]"),
               "state: NOE\nevents: { DONE: none }\nreports: { FINAL_REPORT: none }\n",
               "state: UNE\nreports: { FINAL_REPORT: none }\n", "state: UNR\nevents: { DONE: 2020-03-31 }\n",
               notification("DEP", "2004-01-10", "2004-01-10"), notification("DPL", "2004-01-10", "2004-01-11"),
               notification("EAR", "2003-01-15", "2004-09-29"),
               "state: JAN\nreports: { CA: [ { submitted: 2020-02-29 } ] }\n"});
    ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  }
  Truth at(const std::string& state, const std::string& obligation, const std::string& date) {
    return w->truth(state, obligation, date);
  }
  std::unique_ptr<World> w;
};

TEST_F(Within, MetOnTheLastDay) {
  EXPECT_EQ(at("MET", "FINAL", "2021-01-01"), Truth::yes);
  eval::DeadlineFinding f = w->finding("MET", "FINAL", "2021-01-01");
  EXPECT_EQ(f.kind, Kind::met);
  EXPECT_EQ(f.due, day("2020-09-30"));
  EXPECT_EQ(f.submitted, day("2020-09-30"));
  EXPECT_EQ(w->verdict("MET", "FINAL", "2021-01-01"), eval::Status::satisfied);
}

TEST_F(Within, LateIsAViolationThatStays) {
  EXPECT_EQ(at("LAT", "FINAL", "2020-10-01"), Truth::no);
  EXPECT_EQ(at("LAT", "FINAL", "2030-01-01"), Truth::no);
  eval::DeadlineFinding f = w->finding("LAT", "FINAL", "2030-01-01");
  EXPECT_EQ(f.kind, Kind::late);
  EXPECT_EQ(f.submitted, day("2020-10-01"));
  EXPECT_EQ(w->verdict("LAT", "FINAL", "2030-01-01"), eval::Status::violated);
}

TEST_F(Within, PendingUntilTheDueDateThenMissing) {
  EXPECT_EQ(at("MIS", "FINAL", "2020-09-30"), Truth::pending);
  EXPECT_EQ(w->finding("MIS", "FINAL", "2020-09-30").kind, Kind::not_due);
  EXPECT_EQ(w->verdict("MIS", "FINAL", "2020-09-30"), eval::Status::pending);
  EXPECT_EQ(at("MIS", "FINAL", "2020-10-01"), Truth::no);
  EXPECT_EQ(w->finding("MIS", "FINAL", "2020-10-01").kind, Kind::missing);
  EXPECT_EQ(w->verdict("MIS", "FINAL", "2020-10-01"), eval::Status::violated);
  // Submitted after the as-of date: not known then.
  EXPECT_EQ(at("MET", "FINAL", "2020-09-29"), Truth::pending);
}

TEST_F(Within, GraceExtendsTheDueDate) {
  EXPECT_EQ(at("GRC", "FINAL", "2021-01-01"), Truth::no);
  EXPECT_EQ(at("GRC", "FINAL_GRACE", "2021-01-01"), Truth::yes);
  EXPECT_EQ(w->finding("GRC", "FINAL_GRACE", "2021-01-01").due, day("2020-10-10"));
  EXPECT_EQ(at("LAT", "FINAL_GRACE", "2021-01-01"), Truth::yes);
  EXPECT_EQ(at("MIS", "FINAL_GRACE", "2020-10-10"), Truth::pending);
  EXPECT_EQ(at("MIS", "FINAL_GRACE", "2020-10-11"), Truth::no);
}

TEST_F(Within, MonthsClampToTheMonthEnd) {
  // Completed 2020-08-31: six months later is 2021-02-28.
  EXPECT_EQ(w->finding("FEB", "FINAL", "2021-06-01").due, day("2021-02-28"));
  EXPECT_EQ(at("FEB", "FINAL", "2021-06-01"), Truth::yes);
}

TEST_F(Within, NoDeadlineBeforeTheAnchor) {
  EXPECT_EQ(at("NOE", "FINAL_GRACE", "2030-01-01"), Truth::pending);
  EXPECT_EQ(w->finding("NOE", "FINAL_GRACE", "2030-01-01").kind, Kind::not_started);
  EXPECT_EQ(w->verdict("NOE", "FINAL", "2030-01-01"), eval::Status::not_applicable);
  EXPECT_EQ(at("MIS", "FINAL_GRACE", "2020-03-30"), Truth::pending);  // the project is not complete yet
}

TEST_F(Within, UnknownAnchorOrUnknownReport) {
  EXPECT_EQ(at("UNE", "FINAL_GRACE", "2030-01-01"), Truth::unknown);
  EXPECT_EQ(w->finding("UNE", "FINAL_GRACE", "2030-01-01").kind, Kind::unknown);
  EXPECT_EQ(at("UNR", "FINAL", "2030-01-01"), Truth::unknown);
  EXPECT_EQ(w->verdict("UNR", "FINAL", "2030-01-01"), eval::Status::unknown);
}

TEST_F(Within, ZeroDaysAfterTheDepositMeansOnTheDay) {
  EXPECT_EQ(at("DEP", "AT_DEPOSIT", "2010-01-01"), Truth::yes);
  EXPECT_EQ(at("DPL", "AT_DEPOSIT", "2010-01-01"), Truth::no);
  EXPECT_EQ(w->finding("DPL", "AT_DEPOSIT", "2010-01-01").kind, Kind::late);
  EXPECT_EQ(at("DEP", "AT_DEPOSIT", "2004-01-09"), Truth::pending);  // not deposited yet
}

TEST_F(Within, CountedFromBecomingAParty) {
  // Deposited 2003-01-15, a party from the entry into force 2003-09-29: due 2004-09-29.
  EXPECT_EQ(w->finding("EAR", "AFTER_PARTY", "2010-01-01").due, day("2004-09-29"));
  EXPECT_EQ(at("EAR", "AFTER_PARTY", "2010-01-01"), Truth::yes);
}

TEST_F(Within, CountedFromADate) {
  EXPECT_EQ(w->finding("JAN", "AFTER_DATE", "2020-03-01").due, day("2020-02-29"));
  EXPECT_EQ(at("JAN", "AFTER_DATE", "2020-03-01"), Truth::yes);
  EXPECT_EQ(at("MIS", "AFTER_DATE", "2020-01-30"), Truth::pending);  // the date has not come
  EXPECT_EQ(at("MIS", "AFTER_DATE", "2020-03-01"), Truth::unknown);  // CA not in MIS's profile
  EXPECT_EQ(at("NOE", "AFTER_DATE", "2020-03-01"), Truth::unknown);
}

// ---- every year ----------------------------------------------------------------------------------

const std::string yearly_rules = R"(
instrument SINGLE_1961 { in_force 1964-12-13 }
report ARQ
obligation ARQ_ANNUAL {
  applies when party(SINGLE_1961)
  require submitted(ARQ) every year due 06-30 since party(SINGLE_1961)
}
obligation FROM_DATE { require submitted(ARQ) every year due 06-30 since 2019-01-01 }
obligation MID_YEAR { require submitted(ARQ) every year due 06-30 since 2019-03-05 }
obligation CHANGED { require submitted(ARQ) every year due 03-31, from 2021 due 06-30 since 2019-01-01 }
obligation GRACE { require submitted(ARQ) every year due 06-30 grace 1 month since 2019-01-01 }
obligation LEAP { require submitted(ARQ) every year due 02-29 since 2019-01-01 }
)";

std::string arq(const std::string& state, const std::string& submissions, const std::string& extra = "") {
  return "state: " + state + "\nreports:\n  ARQ: " + submissions + "\n" + extra;
}

class EveryYear : public ::testing::Test {
 protected:
  void SetUp() override {
    w = world(yearly_rules,
              {arq("MET", "[ { period: 2019, submitted: 2020-06-30 }, { period: 2020, submitted: 2021-05-01 } ]"),
               arq("LAT", "[ { period: 2019, submitted: 2020-07-01 }, { period: 2020, submitted: 2021-05-01 } ]"),
               arq("MIS", "[ { period: 2020, submitted: 2021-05-01 } ]"),
               arq("TWO", "[ { period: 2019, submitted: 2020-08-01 }, { period: 2019, submitted: 2020-05-01 } ]"),
               arq("CHG",
                   "[ { period: 2019, submitted: 2020-03-31 }, { period: 2020, submitted: 2021-03-31 },"
                   " { period: 2021, submitted: 2022-06-30 } ]"),
               arq("GRC", "[ { period: 2019, submitted: 2020-07-30 } ]"),
               arq("LEP", "[ { period: 2019, submitted: 2020-02-29 }, { period: 2020, submitted: 2021-02-28 } ]"),
               arq("LEL", "[ { period: 2019, submitted: 2020-02-29 }, { period: 2020, submitted: 2021-03-01 } ]"),
               arq("PTY", "[ { period: 2004, submitted: 2005-06-01 }, { period: 2005, submitted: 2006-06-01 } ]",
                   "instruments: { SINGLE_1961: { ratified: 2003-05-05 } }\n"),
               arq("NON", "none", "instruments: { SINGLE_1961: none }\n"), "state: UNR\n",
               "state: CMP\ncomplete: [reports]\n"});
    ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  }
  Truth at(const std::string& state, const std::string& obligation, const std::string& date) {
    return w->truth(state, obligation, date);
  }
  std::unique_ptr<World> w;
};

TEST_F(EveryYear, NothingDueBeforeTheFirstDueDate) {
  EXPECT_EQ(at("MIS", "FROM_DATE", "2020-06-29"), Truth::pending);
  EXPECT_EQ(w->finding("MIS", "FROM_DATE", "2020-06-29").kind, Kind::not_due);
}

TEST_F(EveryYear, EveryPeriodOnTime) {
  EXPECT_EQ(at("MET", "FROM_DATE", "2020-06-30"), Truth::yes);
  EXPECT_EQ(at("MET", "FROM_DATE", "2021-12-31"), Truth::yes);
  eval::DeadlineFinding f = w->finding("MET", "FROM_DATE", "2021-12-31");
  EXPECT_EQ(f.kind, Kind::met);
  EXPECT_EQ(f.periods_due, 2u);
  // The 2021 period falls due on 2022-06-30 and MET has not sent it.
  EXPECT_EQ(at("MET", "FROM_DATE", "2022-07-01"), Truth::no);
}

TEST_F(EveryYear, LateVersusMissing) {
  EXPECT_EQ(at("LAT", "FROM_DATE", "2021-12-31"), Truth::no);
  eval::DeadlineFinding late = w->finding("LAT", "FROM_DATE", "2021-12-31");
  EXPECT_EQ(late.kind, Kind::late);
  EXPECT_EQ(late.period, 2019u);
  EXPECT_EQ(late.due, day("2020-06-30"));
  EXPECT_EQ(late.submitted, day("2020-07-01"));
  EXPECT_EQ(late.late, 1u);
  EXPECT_EQ(late.missing, 0u);
  EXPECT_EQ(late.periods_due, 2u);

  EXPECT_EQ(at("MIS", "FROM_DATE", "2021-12-31"), Truth::no);
  eval::DeadlineFinding missing = w->finding("MIS", "FROM_DATE", "2021-12-31");
  EXPECT_EQ(missing.kind, Kind::missing);
  EXPECT_EQ(missing.period, 2019u);
  EXPECT_EQ(missing.late, 0u);
  EXPECT_EQ(missing.missing, 1u);
  // A submission made after the as-of date is not known as of then: missing, later late.
  EXPECT_EQ(at("GRC", "FROM_DATE", "2020-07-15"), Truth::no);
  EXPECT_EQ(w->finding("GRC", "FROM_DATE", "2020-07-15").kind, Kind::missing);
  EXPECT_EQ(w->finding("GRC", "FROM_DATE", "2020-07-30").kind, Kind::late);
}

TEST_F(EveryYear, TheDueDayItselfIsStillInTime) {
  // SPEC: a period counts once its due date has passed, or on its due date once reported; on the
  // due day a report not yet in is not yet missing (as with `within` and `by`).
  EXPECT_EQ(at("MIS", "FROM_DATE", "2020-06-30"), Truth::pending);
  EXPECT_EQ(w->finding("MIS", "FROM_DATE", "2020-06-30").kind, Kind::not_due);
  EXPECT_EQ(at("MIS", "FROM_DATE", "2020-07-01"), Truth::no);
  EXPECT_EQ(w->finding("MIS", "FROM_DATE", "2020-07-01").kind, Kind::missing);
  EXPECT_EQ(at("MET", "FROM_DATE", "2022-06-30"), Truth::yes);
  EXPECT_EQ(w->finding("MET", "FROM_DATE", "2022-06-30").periods_due, 2u);
  EXPECT_EQ(at("MET", "FROM_DATE", "2022-07-01"), Truth::no);
  EXPECT_EQ(w->finding("MET", "FROM_DATE", "2022-07-01").periods_due, 3u);
  EXPECT_EQ(at("MET", "FROM_DATE", "2022-06-29"), Truth::yes);
  // Submitted on the due day: met on that day.
  EXPECT_EQ(at("MET", "FROM_DATE", "2020-06-30"), Truth::yes);
}

TEST_F(EveryYear, TheEarliestSubmissionOfAPeriodCounts) { EXPECT_EQ(at("TWO", "FROM_DATE", "2021-01-01"), Truth::yes); }

TEST_F(EveryYear, FirstPeriodIsTheFirstFullCalendarYear) {
  // Since 2019-03-05: 2019 is not a full year, the first period is 2020, due 2021-06-30.
  EXPECT_EQ(at("MIS", "MID_YEAR", "2021-06-29"), Truth::pending);
  EXPECT_EQ(at("MIS", "MID_YEAR", "2021-06-30"), Truth::yes);
  EXPECT_EQ(w->finding("MIS", "MID_YEAR", "2021-06-30").periods_due, 1u);
  // Since 1 January: that year is the first period.
  EXPECT_EQ(at("MIS", "FROM_DATE", "2021-06-30"), Truth::no);
}

TEST_F(EveryYear, CountedFromBecomingAParty) {
  // Deposited 2003-05-05, in force for it from then (the Convention was already in force):
  // first period 2004, due 2005-06-30.
  EXPECT_EQ(at("PTY", "ARQ_ANNUAL", "2005-06-29"), Truth::pending);
  EXPECT_EQ(at("PTY", "ARQ_ANNUAL", "2006-12-31"), Truth::yes);
  EXPECT_EQ(at("PTY", "ARQ_ANNUAL", "2007-07-01"), Truth::no);  // period 2006 missing
  EXPECT_EQ(w->verdict("PTY", "ARQ_ANNUAL", "2007-07-01"), eval::Status::violated);
  EXPECT_EQ(w->verdict("NON", "ARQ_ANNUAL", "2007-06-30"), eval::Status::not_applicable);
  EXPECT_EQ(at("NON", "ARQ_ANNUAL", "2007-06-30"), Truth::pending);  // the anchor never came
  EXPECT_EQ(w->finding("NON", "ARQ_ANNUAL", "2007-06-30").kind, Kind::not_started);
  EXPECT_EQ(at("UNR", "ARQ_ANNUAL", "2007-06-30"), Truth::unknown);  // anchor unknown
}

TEST_F(EveryYear, DueDateChangesFromAPeriodOn) {
  // Periods 2019 and 2020 due 31 March of the next year; from period 2021, 30 June.
  EXPECT_EQ(at("CHG", "CHANGED", "2022-12-31"), Truth::yes);
  EXPECT_EQ(at("MET", "CHANGED", "2020-03-30"), Truth::pending);  // no period due yet
  EXPECT_EQ(at("MET", "CHANGED", "2020-04-01"), Truth::no);       // MET's 2019 report came in June
  eval::DeadlineFinding f = w->finding("MET", "CHANGED", "2020-04-01");
  EXPECT_EQ(f.kind, Kind::missing);
  EXPECT_EQ(f.due, day("2020-03-31"));
  EXPECT_EQ(at("CHG", "CHANGED", "2022-06-29"), Truth::yes);  // period 2021 not due yet
  EXPECT_EQ(at("CHG", "FROM_DATE", "2022-12-31"), Truth::yes);
}

TEST_F(EveryYear, GraceExtendsEveryDueDate) {
  EXPECT_EQ(at("GRC", "FROM_DATE", "2020-12-31"), Truth::no);
  EXPECT_EQ(w->finding("GRC", "FROM_DATE", "2020-12-31").kind, Kind::late);
  EXPECT_EQ(at("GRC", "GRACE", "2020-12-31"), Truth::yes);
  EXPECT_EQ(at("MIS", "GRACE", "2020-07-30"), Truth::pending);
  EXPECT_EQ(at("MIS", "GRACE", "2020-07-31"), Truth::no);
  EXPECT_EQ(w->finding("MIS", "GRACE", "2020-07-31").due, day("2020-07-30"));
}

TEST_F(EveryYear, February29DueInACommonYearIsThe28th) {
  EXPECT_EQ(at("LEP", "LEAP", "2021-12-31"), Truth::yes);
  EXPECT_EQ(at("LEL", "LEAP", "2021-12-31"), Truth::no);
  eval::DeadlineFinding f = w->finding("LEL", "LEAP", "2021-12-31");
  EXPECT_EQ(f.kind, Kind::late);
  EXPECT_EQ(f.period, 2020u);
  EXPECT_EQ(f.due, day("2021-02-28"));
  EXPECT_EQ(at("MIS", "LEAP", "2020-02-29"), Truth::pending);  // 2020 is a leap year: due the 29th
  EXPECT_EQ(at("MIS", "LEAP", "2020-03-01"), Truth::no);
}

TEST_F(EveryYear, UnlistedReportIsUnknownCompleteIsMissing) {
  EXPECT_EQ(at("UNR", "FROM_DATE", "2020-06-29"), Truth::pending);
  EXPECT_EQ(at("UNR", "FROM_DATE", "2021-01-01"), Truth::unknown);
  EXPECT_EQ(w->finding("UNR", "FROM_DATE", "2021-01-01").kind, Kind::unknown);
  EXPECT_EQ(at("CMP", "FROM_DATE", "2021-01-01"), Truth::no);
  EXPECT_EQ(w->finding("CMP", "FROM_DATE", "2021-01-01").kind, Kind::missing);
}

}  // namespace
}  // namespace pacta::test
