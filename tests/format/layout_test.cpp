// The canonical layout, construct by construct: what `pacta fmt` prints for each part of the
// language (grammar/SPEC.md, "Formatting").
#include <gtest/gtest.h>

#include "format/round_trip.hpp"

namespace pacta::test {
namespace {

TEST(FormatLayout, EmptyFileStaysEmpty) {
  EXPECT_EQ(expect_round_trip(""), "");
  EXPECT_EQ(expect_round_trip("\n\n  \n"), "");
}

TEST(FormatLayout, DeclarationWithoutClausesIsOneLine) {
  EXPECT_EQ(expect_round_trip("report   ARQ\n  \"Annual report questionnaire\" { }"),
            "report ARQ \"Annual report questionnaire\"\n");
  EXPECT_EQ(expect_round_trip("group LAC"), "group LAC\n");
}

TEST(FormatLayout, OneClausePerLineIndentedTwoSpaces) {
  EXPECT_EQ(expect_round_trip("instrument UNTOC \"Convention\" { adopted 2000-11-15 in_force 2003-09-29\n"
                              "in_force 90 days after 40 deposits in_force_for_state 30 days after deposit\n"
                              "supplements PARENT open_to_organisations source \"UNTOC art. 38\" }"),
            "instrument UNTOC \"Convention\" {\n"
            "  adopted 2000-11-15\n"
            "  in_force 2003-09-29\n"
            "  in_force 90 days after 40 deposits\n"
            "  in_force_for_state 30 days after deposit\n"
            "  supplements PARENT\n"
            "  open_to_organisations\n"
            "  source \"UNTOC art. 38\"\n"
            "}\n");
}

TEST(FormatLayout, BlankLineBetweenTopLevelItemsOnly) {
  EXPECT_EQ(expect_round_trip("report A\nreport B\n\n\n\nmechanism M {\n\n  started 2001-01-01\n\n  source \"s\"\n}\n"),
            "report A\n\nreport B\n\nmechanism M {\n  started 2001-01-01\n  source \"s\"\n}\n");
}

TEST(FormatLayout, NumbersAndDurationsAreNormalized) {
  EXPECT_EQ(
      expect_round_trip("instrument I { in_force 001 days after 007 deposits\n"
                        "in_force_for_state first day of month 02 after deposit }\n"
                        "instrument J { in_force 1 months after 2 deposits in_force_for_state 2 year after deposit }"),
      "instrument I {\n"
      "  in_force 1 day after 7 deposits\n"
      "  in_force_for_state first day of month 2 after deposit\n"
      "}\n\n"
      "instrument J {\n"
      "  in_force 1 month after 2 deposits\n"
      "  in_force_for_state 2 years after deposit\n"
      "}\n");
}

TEST(FormatLayout, StringsAreEscapedAgain) {
  EXPECT_EQ(expect_round_trip(R"(report R "a \"quoted\" \\ title # not a comment")"),
            "report R \"a \\\"quoted\\\" \\\\ title # not a comment\"\n");
}

TEST(FormatLayout, ShortSetOnOneLine) {
  EXPECT_EQ(expect_round_trip("set S = {\n  A,\n  B,\n}\nset E = { }"), "set S = { A, B }\n\nset E = {}\n");
}

TEST(FormatLayout, LongSetOneMemberPerLine) {
  std::string members;
  for (int i = 0; i < 12; ++i) members += (i ? ", " : "") + std::string("INSTRUMENT_") + std::to_string(i);
  std::string out = expect_round_trip("set LONG = { " + members + " }");
  EXPECT_EQ(out.substr(0, 36), "set LONG = {\n  INSTRUMENT_0,\n  INSTR");
  EXPECT_NE(out.find("  INSTRUMENT_11,\n}\n"), std::string::npos) << out;
}

TEST(FormatLayout, ObligationClauseKeywordsAligned) {
  EXPECT_EQ(expect_round_trip("obligation O \"t\" { source \"s\" severity warning applies when member(LAC)\n"
                              "exempt when party(X) require joined(CCP) before 2026-01-01 }"),
            "obligation O \"t\" {\n"
            "  source   \"s\"\n"
            "  severity warning\n"
            "  applies  when member(LAC)\n"
            "  exempt   when party(X)\n"
            "  require  joined(CCP) before 2026-01-01\n"
            "}\n");
  EXPECT_EQ(expect_round_trip("obligation EMPTY { }"), "obligation EMPTY {}\n");
}

TEST(FormatLayout, ConditionsOnOneLineWithMinimalParentheses) {
  EXPECT_EQ(expect_round_trip("obligation O { require party(A)\n  and\n  not party(B)\n  or party(C) and party(D) }"),
            "obligation O {\n  require  party(A) and not party(B) or party(C) and party(D)\n}\n");
}

TEST(FormatLayout, AuthorsParenthesesAreKept) {
  EXPECT_EQ(expect_round_trip("obligation O { require (party(A) and party(B)) or ((party(C))) and not (party(D)) }"),
            "obligation O {\n  require  (party(A) and party(B)) or (party(C)) and not (party(D))\n}\n");
  EXPECT_EQ(expect_round_trip("obligation O { require (party(A) or party(B)) and (party(C) and party(D)) }"),
            "obligation O {\n  require  (party(A) or party(B)) and (party(C) and party(D))\n}\n");
  EXPECT_EQ(expect_round_trip("obligation O { require not not (not party(A)) }"),
            "obligation O {\n  require  not not (not party(A))\n}\n");
}

TEST(FormatLayout, TargetsAndTimings) {
  EXPECT_EQ(expect_round_trip(
                "obligation O {\n"
                "  require party(all of S) and party(any of {A,B,}) and party(none of {}) and party(at least 02 of S)\n"
                "  require party({ A }) and reserved(A, \"art. \\\"5\\\"\") before 2001-01-01\n"
                "  require signed(A) by 2001-01-01 or signed(A) after 2001-01-01 or signed(A) since 2001-01-01\n"
                "  require submitted(R) within 6 months after event(E) grace 10 days\n"
                "  require submitted(R) within 0 days after 2020-01-01\n"
                "  require submitted(R) every year due 06-30 , from 2020 due 03-31 grace 1 month since party(A)\n"
                "}"),
            "obligation O {\n"
            "  require  party(all of S) and party(any of { A, B }) and party(none of {}) and party(at least 2 of S)\n"
            "  require  party({ A }) and reserved(A, \"art. \\\"5\\\"\") before 2001-01-01\n"
            "  require  signed(A) by 2001-01-01 or signed(A) after 2001-01-01 or signed(A) since 2001-01-01\n"
            "  require  submitted(R) within 6 months after event(E) grace 10 days\n"
            "  require  submitted(R) within 0 days after 2020-01-01\n"
            "  require  submitted(R) every year due 06-30, from 2020 due 03-31 grace 1 month since party(A)\n"
            "}\n");
}

TEST(FormatLayout, TestBlocksKeepTheirOrderAndShortStatesOnOneLine) {
  EXPECT_EQ(expect_round_trip("test T \"title\" { profile \"p.yaml\" as_of 2020-01-01\n"
                              "state XAA { member LAC joined CCP 2015-03-01 } state XAB { }\n"
                              "expect XAA CCP_LAC satisfied }\ntest EMPTY { }"),
            "test T \"title\" {\n"
            "  profile \"p.yaml\"\n"
            "  as_of 2020-01-01\n"
            "  state XAA { member LAC  joined CCP 2015-03-01 }\n"
            "  state XAB {}\n"
            "  expect XAA CCP_LAC satisfied\n"
            "}\n\n"
            "test EMPTY {}\n");
}

TEST(FormatLayout, LongStateOneFactPerLine) {
  EXPECT_EQ(expect_round_trip("test T { state XAA { ratified UNTOC 2017-07-11 signed A 2010-01-01 "
                              "denounced A 2019-01-01 reserved UNTOC \"art. 35(2)\" joined M 2001-01-01 "
                              "left M 2002-01-01 member G submitted R 2020-01-01 for 2019 submitted R 2021-01-01 "
                              "event E 2020-02-02 unknown N } }"),
            "test T {\n"
            "  state XAA {\n"
            "    ratified UNTOC 2017-07-11\n"
            "    signed A 2010-01-01\n"
            "    denounced A 2019-01-01\n"
            "    reserved UNTOC \"art. 35(2)\"\n"
            "    joined M 2001-01-01\n"
            "    left M 2002-01-01\n"
            "    member G\n"
            "    submitted R 2020-01-01 for 2019\n"
            "    submitted R 2021-01-01\n"
            "    event E 2020-02-02\n"
            "    unknown N\n"
            "  }\n"
            "}\n");
}

TEST(FormatLayout, WindowsLineEndsBecomeNewlines) {
  EXPECT_EQ(expect_round_trip("# c\r\nreport A\r\nreport B  # t\r\n"), "# c\nreport A\n\nreport B  # t\n");
}

TEST(FormatLayout, FinalNewlineAdded) { EXPECT_EQ(expect_round_trip("report A"), "report A\n"); }

}  // namespace
}  // namespace pacta::test
