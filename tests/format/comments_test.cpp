// Comments under `pacta fmt`: every one survives, byte for byte and in order, next to the code
// it was next to; on its own line above what follows it, or at the end of the line it trails.
#include <gtest/gtest.h>

#include "format/round_trip.hpp"

namespace pacta::test {
namespace {

TEST(FormatComments, OwnLineCommentsGoAboveWhatFollows) {
  EXPECT_EQ(expect_round_trip("# file header\n\n# about A\ninstrument A {\n    # about adopted\n  adopted 2000-01-01\n"
                              "# before the brace\n}\n# about B\nreport B\n"),
            "# file header\n\n# about A\ninstrument A {\n  # about adopted\n  adopted 2000-01-01\n"
            "  # before the brace\n}\n\n# about B\nreport B\n");
}

// In a block, trailing comments line up (column 45, or two spaces after the longest code);
// on brace lines and top-level lines they are two spaces after the code.
TEST(FormatComments, TrailingCommentsStayOnTheirLine) {
  EXPECT_EQ(expect_round_trip("instrument A { # header\n  adopted 2000-01-01 # short\n"
                              "  in_force_for_state first day of month 2 after deposit # long\n}   # closing\n"
                              "report B # one line"),
            "instrument A {  # header\n"
            "  adopted 2000-01-01                                     # short\n"
            "  in_force_for_state first day of month 2 after deposit  # long\n"
            "}  # closing\n\n"
            "report B  # one line\n");
}

TEST(FormatComments, BlankLinesNextToCommentsSurvive) {
  EXPECT_EQ(expect_round_trip("# one\n\n\n# two\n\nreport A\n\n# end 1\n\n# end 2\n"),
            "# one\n\n# two\n\nreport A\n\n# end 1\n\n# end 2\n");
  EXPECT_EQ(expect_round_trip("report A { source \"s\"\n\n  # note\n\n}\n"),
            "report A {\n  source \"s\"\n\n  # note\n}\n");
}

TEST(FormatComments, CommentAtEndOfFileWithoutNewline) {
  EXPECT_EQ(expect_round_trip("report A\n# last"), "report A\n# last\n");
  EXPECT_EQ(expect_round_trip("# only a comment"), "# only a comment\n");
}

TEST(FormatComments, TextKeptByteForByte) {
  std::string out = expect_round_trip("report A   #   spaced   \t\n#\n##double # hash \"quote\" \\ é\n report B");
  EXPECT_EQ(out, "report A  #   spaced   \t\n\n#\n##double # hash \"quote\" \\ é\nreport B\n");
}

TEST(FormatComments, CommentInsideEmptyBlockKeepsTheBraces) {
  EXPECT_EQ(expect_round_trip("report R \"t\" {\n  # inside\n}\nreport S { # after brace\n}\nset E = { # c\n}"),
            "report R \"t\" {\n  # inside\n}\n\nreport S {  # after brace\n}\n\nset E = {  # c\n}\n");
}

TEST(FormatComments, CommentsInsideASetSplitIt) {
  EXPECT_EQ(expect_round_trip("set S = { A, # first\n  # before B\n  B }  # after\n"),
            "set S = {\n  A,                                        # first\n  # before B\n  B,\n}  # after\n");
}

TEST(FormatComments, CommentsBetweenOperandsSplitTheCondition) {
  EXPECT_EQ(expect_round_trip("obligation O {\n  applies when party(A) # why A\n   and not (party(B) or party(C))\n"
                              "     # before D\n     and party(D) # why D\n  require party(E)\n}"),
            "obligation O {\n"
            "  applies  when party(A)                    # why A\n"
            "      and not (party(B) or party(C))\n"
            "      # before D\n"
            "      and party(D)                          # why D\n"
            "  require  party(E)\n"
            "}\n");
}

TEST(FormatComments, CommentAfterTheWholeConditionKeepsItOnOneLine) {
  EXPECT_EQ(expect_round_trip("obligation O {\n  require party(A)\n    or party(B) # why\n}"),
            "obligation O {\n  require  party(A) or party(B)             # why\n}\n");
}

TEST(FormatComments, CommentInsideAnAtomGoesAboveTheClause) {
  EXPECT_EQ(expect_round_trip("obligation P { require party(\n    # inside atom\n    A) and party(B) }"),
            "obligation P {\n  # inside atom\n  require  party(A) and party(B)\n}\n");
  EXPECT_EQ(expect_round_trip("obligation P { require party( # trailing inside\n    A) }"),
            "obligation P {\n  require  party(A)                         # trailing inside\n}\n");
}

TEST(FormatComments, SeveralCommentsOnOneLineKeepTheirOrder) {
  EXPECT_EQ(expect_round_trip("obligation T {\n  require party(A) # t1\n    and party(B) # t2\n    or party(C)\n}"),
            "obligation T {\n  # t1\n  require  party(A) and party(B)            # t2\n      or party(C)\n}\n");
  EXPECT_EQ(expect_round_trip("instrument X # one\n  \"title\" # two\n  { adopted # three\n 2000-01-01 }"),
            "# one\ninstrument X \"title\" {  # two\n  adopted 2000-01-01                        # three\n}\n");
}

TEST(FormatComments, CommentsInTestBlocks) {
  EXPECT_EQ(expect_round_trip("test T \"t\" {\n  # before as_of\n  as_of # odd\n 2020-01-01  # trailing as_of\n"
                              "  state XAA { member G  # in state\n  }\n  state XAB { member G }  # after state\n"
                              "  profile \"p.yaml\" # the profile\n  expect XAA O satisfied # expected\n}"),
            "test T \"t\" {\n"
            "  # before as_of\n"
            "  # odd\n"
            "  as_of 2020-01-01                          # trailing as_of\n"
            "  state XAA {\n"
            "    member G                                # in state\n"
            "  }\n"
            "  state XAB { member G }                    # after state\n"
            "  profile \"p.yaml\"                          # the profile\n"
            "  expect XAA O satisfied                    # expected\n"
            "}\n");
}

// Every construct and comment position at once.
TEST(FormatComments, EverythingEverywhereRoundTrips) {
  expect_round_trip(R"pacta(# header

# section

instrument A "Title \"quoted\" and \\ backslash" { # on header
  # before adopted
  adopted 2000-01-01 # trailing adopted
     in_force 090 day after 040 deposits   # singular/plural
  in_force_for_state 1 days after deposit
  in_force_for_state first day of month 02 after deposit


  # before close
} # after close
# between
report R
report R2 "t" {}
report R3 "t" {
  # inside empty
}
mechanism M "m" { started 2001-02-03 source "s # not a comment" }
set S = { A, B, } # trailing set
set E = { }
set L = { AAAAAAAAAAAAAAAA, BBBBBBBBBBBBBBBBBBBB, CCCCCCCCCCCCCCCCCCC, DDDDDDDDDDDDDDDDDDDD, EEEEEEEEEEEEEEEEEEEE }
set C = {
  A, # first
  # before B
  B
  # before brace
}
obligation O "t" {
  source "x"   # s
  # before severity
  severity warning
  applies when party(A) # c1
     and not (party(B) or party(C))
     # own line in cond
     and ((party(D)))
  exempt when (party(A) and (party(B) or not not party(C))) or (not (party(D))) # deep
  require submitted(R) every year due 06-30, # after due
    from 2020 due 03-31 grace 1 month since party(A)
}
obligation P { require party(
    # inside atom
    A) and (party(B) # inside parens
    or party(C)) }
obligation Q {}
test T "title" {
  # before as_of
  as_of 2020-01-01  # trailing as_of
  profile "fixtures/x.yaml"
  state XAA { ratified UNTOC 2017-07-11  signed A 2010-01-01  denounced A 2019-01-01 # d
    reserved UNTOC "art. 35(2)"  joined M 2001-01-01  left M 2002-01-01  member G
    submitted R 2020-01-01 for 2019  event E 2020-02-02  unknown N }
  state XAB { # c
    member G
  }
  state XAC {}
  expect XAA O satisfied
}
test EMPTY {}
# at end of file)pacta");
}

TEST(FormatComments, DeepNotChainsDoNotRecurse) {
  std::string nots;
  for (int i = 0; i < 63; ++i) nots += "not ";  // the deepest chain accepted (P004 beyond)
  std::string out = expect_round_trip("obligation O { require " + nots + "party(A) }");
  EXPECT_EQ(out, "obligation O {\n  require  " + nots + "party(A)\n}\n");
}

}  // namespace
}  // namespace pacta::test
