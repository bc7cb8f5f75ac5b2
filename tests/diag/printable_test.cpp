// printable(): what reaches a terminal from a user's file or file name. Controls and invisible
// or bidirectional format characters become visible \u{...} escapes; bytes that are not UTF-8
// become '?'; everything else is kept.
#include <gtest/gtest.h>

#include "diag/render.hpp"

namespace pacta::test {
namespace {

using diag::printable;

TEST(Printable, KeepsTextAndTabs) {
  EXPECT_EQ(printable("state: JPN"), "state: JPN");
  EXPECT_EQ(printable("a\tb"), "a\tb");
  EXPECT_EQ(printable("C\xc3\xb4te d'Ivoire \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x87\xaf"),
            "C\xc3\xb4te d'Ivoire \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x87\xaf");
  EXPECT_EQ(printable(""), "");
}

TEST(Printable, EscapesC0ControlsAndDelete) {
  EXPECT_EQ(printable("\x1b[31mred"), "\\u{1b}[31mred");
  EXPECT_EQ(printable(std::string("a\0b", 3)), "a\\u{0}b");
  EXPECT_EQ(printable("line\nbreak\r"), "line\\u{a}break\\u{d}");
  EXPECT_EQ(printable("\x7f"), "\\u{7f}");
}

TEST(Printable, EscapesC1Controls) {
  EXPECT_EQ(printable("\xc2\x9b"
                      "31m"),
            "\\u{9b}31m");  // U+009B CSI
  EXPECT_EQ(printable("\xc2\x80\xc2\x9f"), "\\u{80}\\u{9f}");
  EXPECT_EQ(printable("\xc2\xa0"), "\xc2\xa0");  // U+00A0 no-break space is visible enough
}

TEST(Printable, EscapesBidiAndInvisibleFormatCharacters) {
  EXPECT_EQ(printable("\xe2\x80\xae"
                      "cod.exe"),
            "\\u{202e}cod.exe");  // RIGHT-TO-LEFT OVERRIDE
  EXPECT_EQ(printable("\xe2\x80\xaa\xe2\x80\xab\xe2\x80\xac\xe2\x80\xad"), "\\u{202a}\\u{202b}\\u{202c}\\u{202d}");
  EXPECT_EQ(printable("\xe2\x81\xa6\xe2\x81\xa7\xe2\x81\xa8\xe2\x81\xa9"), "\\u{2066}\\u{2067}\\u{2068}\\u{2069}");
  EXPECT_EQ(printable("a\xe2\x80\x8b"
                      "b"),
            "a\\u{200b}b");  // ZERO WIDTH SPACE
  EXPECT_EQ(printable("\xe2\x80\x8e\xe2\x80\x8f"), "\\u{200e}\\u{200f}");
  EXPECT_EQ(printable("\xef\xbb\xbfstate"), "\\u{feff}state");  // BOM
  EXPECT_EQ(printable("\xe2\x80\xa8\xe2\x80\xa9"), "\\u{2028}\\u{2029}");
  EXPECT_EQ(printable("\xd8\x9c"), "\\u{61c}");            // ARABIC LETTER MARK
  EXPECT_EQ(printable("\xc2\xad"), "\\u{ad}");             // SOFT HYPHEN
  EXPECT_EQ(printable("\xf3\xa0\x80\x81"), "\\u{e0001}");  // LANGUAGE TAG
  EXPECT_EQ(printable("\xe2\x80\x90"), "\xe2\x80\x90");    // U+2010 HYPHEN is kept
}

TEST(Printable, ReplacesBytesThatAreNotUtf8) {
  EXPECT_EQ(printable("caf\xe9"), "caf?");
  EXPECT_EQ(printable("\x80"), "?");
  EXPECT_EQ(printable("\xe2\x82"), "??");            // truncated
  EXPECT_EQ(printable("\xc1\x9b"), "??");            // overlong ESC
  EXPECT_EQ(printable("\xc0\x80"), "??");            // overlong NUL
  EXPECT_EQ(printable("\xe0\x82\x9b"), "???");       // overlong CSI
  EXPECT_EQ(printable("\xed\xa0\x80"), "???");       // a surrogate
  EXPECT_EQ(printable("\xf4\x90\x80\x80"), "????");  // beyond U+10FFFF
  EXPECT_EQ(printable("\xff\xfe"), "??");
}

}  // namespace
}  // namespace pacta::test
