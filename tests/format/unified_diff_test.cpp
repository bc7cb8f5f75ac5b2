// The diff `pacta fmt --check` prints: unified format, 3 lines of context, GNU's conventions.
#include <gtest/gtest.h>

#include "format/format.hpp"

namespace pacta::format {
namespace {

TEST(UnifiedDiff, EqualTextsGiveNothing) {
  EXPECT_EQ(unified_diff("a\nb\n", "a\nb\n", "x.pacta"), "");
  EXPECT_EQ(unified_diff("", "", "x.pacta"), "");
}

TEST(UnifiedDiff, ChangedLineWithContext) {
  EXPECT_EQ(unified_diff("1\n2\n3\n4\n5\n6\n7\n8\n9\n", "1\n2\n3\n4\nfive\n6\n7\n8\n9\n", "r/x.pacta"),
            "--- a/r/x.pacta\n+++ b/r/x.pacta\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n");
}

TEST(UnifiedDiff, DistantChangesMakeSeparateHunks) {
  std::string a, b;
  for (int i = 1; i <= 20; ++i) {
    a += std::to_string(i) + "\n";
    b += (i == 2 || i == 18 ? "x" : std::to_string(i)) + "\n";
  }
  EXPECT_EQ(unified_diff(a, b, "f"),
            "--- a/f\n+++ b/f\n"
            "@@ -1,5 +1,5 @@\n 1\n-2\n+x\n 3\n 4\n 5\n"
            "@@ -15,6 +15,6 @@\n 15\n 16\n 17\n-18\n+x\n 19\n 20\n");
}

TEST(UnifiedDiff, NearChangesShareAHunk) {
  EXPECT_EQ(unified_diff("1\n2\n3\n4\n5\n6\n7\n8\n", "x\n2\n3\n4\n5\n6\n7\ny\n", "f"),
            "--- a/f\n+++ b/f\n@@ -1,8 +1,8 @@\n-1\n+x\n 2\n 3\n 4\n 5\n 6\n 7\n-8\n+y\n");
}

TEST(UnifiedDiff, InsertionsAndDeletions) {
  EXPECT_EQ(unified_diff("a\nc\n", "a\nb\nc\n", "f"), "--- a/f\n+++ b/f\n@@ -1,2 +1,3 @@\n a\n+b\n c\n");
  EXPECT_EQ(unified_diff("", "a\n", "f"), "--- a/f\n+++ b/f\n@@ -0,0 +1 @@\n+a\n");
  EXPECT_EQ(unified_diff("a\n", "", "f"), "--- a/f\n+++ b/f\n@@ -1 +0,0 @@\n-a\n");
}

TEST(UnifiedDiff, MissingFinalNewlineIsShown) {
  EXPECT_EQ(unified_diff("a\nb", "a\nb\n", "f"),
            "--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n");
}

}  // namespace
}  // namespace pacta::format
