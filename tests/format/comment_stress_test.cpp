// Comments between every two tokens of real rule files, trailing or on their own lines: the
// formatter keeps them all, in order, and its output is stable.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "format/round_trip.hpp"

namespace pacta::test {
namespace {

namespace fs = std::filesystem;

// `text` with a comment at every blank between two tokens (outside strings and comments):
// ` # kN` closing the line when `trailing`, else on a line of its own.
std::string comment_every_gap(const std::string& text, bool trailing) {
  std::string out;
  bool in_string = false, in_comment = false;
  int n = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_comment) {
      in_comment = c != '\n';
    } else if (in_string) {
      if (c == '\\') {
        out += c;
        c = text[++i];
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '#') {
      in_comment = true;
    } else if (c == ' ' || c == '\n') {
      std::size_t j = i;
      while (j < text.size() && (text[j] == ' ' || text[j] == '\n')) ++j;
      if (j < text.size() && text[j] != '#') {
        std::string mark = "k" + std::to_string(++n);
        out += trailing ? " # " + mark + "\n" : "\n# " + mark + "\n";
        i = j - 1;
        continue;
      }
    }
    out += c;
  }
  return out;
}

std::vector<std::string> inputs() {
  std::vector<std::string> out = {
      "instrument A \"t\" { adopted 2000-01-01 in_force 90 days after 40 deposits }\nreport R\n"
      "set S = { A, B }\nobligation O { applies when party(A) and (party(B) or not party(C))\n"
      "require submitted(R) every year due 06-30, from 2020 due 03-31 grace 1 month since party(A)\n"
      "exempt when reserved(A, \"art. 5\") within 6 months after event(E) grace 10 days }\n"
      "test T \"t\" { as_of 2020-01-01 profile \"p.yaml\" state XAA { member G submitted R 2020-01-01 for 2019 }\n"
      "state XAB { } expect XAA O satisfied }\n"};
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(PACTA_SOURCE_DIR) / "rules"))
    if (entry.is_regular_file() && entry.path().extension() == ".pacta") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  for (const auto& p : files) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    out.push_back(text.str());
  }
  return out;
}

TEST(FormatCommentStress, TrailingCommentAfterEveryToken) {
  for (const auto& text : inputs()) expect_round_trip(comment_every_gap(text, true));
}

TEST(FormatCommentStress, OwnLineCommentBetweenEveryTwoTokens) {
  for (const auto& text : inputs()) expect_round_trip(comment_every_gap(text, false));
}

}  // namespace
}  // namespace pacta::test
