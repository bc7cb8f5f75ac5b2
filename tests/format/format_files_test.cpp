// The run behind `pacta fmt` over real files: what --check reports and its exit codes, what
// --write replaces, and that a file with a syntax error is never touched.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "format/format.hpp"

namespace pacta::format {
namespace {

namespace fs = std::filesystem;

class FormatFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    std::random_device random;
    dir_ = fs::temp_directory_path() / ("pacta-fmt-" + std::to_string(random()));
    fs::create_directories(dir_);
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  std::string write(const std::string& name, const std::string& text) {
    fs::path p = dir_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
    return p.string();
  }
  static std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
  }
  struct Run {
    Outcome outcome;
    std::string out;
    diag::Diagnostics diags;
    int code = -1;
  };
  Run run(Mode mode, std::vector<std::string> paths = {}) {
    if (paths.empty()) paths.push_back(dir_.string());
    Run r;
    std::ostringstream out;
    diag::SourceMap sources;
    r.outcome = format_files(paths, mode, out, sources, r.diags);
    r.out = out.str();
    r.code = exit_code(r.outcome, mode);
    return r;
  }

  fs::path dir_;
};

const char* const formatted = "report A\n\nreport B  # why\n";
const char* const unformatted = "report A\nreport   B # why\n";

TEST_F(FormatFiles, CheckPassesWhenEveryFileIsFormatted) {
  write("a.pacta", formatted);
  write("sub/b.pacta", "group G\n");
  Run r = run(Mode::check);
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.outcome.files, 2u);
  EXPECT_TRUE(r.outcome.unformatted.empty());
}

TEST_F(FormatFiles, CheckFailsWithADiffWhenAFileIsNotFormatted) {
  std::string a = write("a.pacta", unformatted);
  write("b.pacta", formatted);
  Run r = run(Mode::check);
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.outcome.unformatted, std::vector<std::string>{a});
  EXPECT_EQ(r.out,
            "--- a/" + a + "\n+++ b/" + a + "\n@@ -1,2 +1,3 @@\n report A\n-report   B # why\n+\n+report B  # why\n");
  EXPECT_EQ(read(a), unformatted);  // --check writes nothing
}

TEST_F(FormatFiles, SyntaxErrorIsExitTwoAndTheFileIsLeftAlone) {
  std::string bad = write("bad.pacta", "report A\nobligation {\n");
  std::string good = write("good.pacta", unformatted);
  Run check = run(Mode::check);
  EXPECT_EQ(check.code, 2);
  EXPECT_TRUE(check.diags.has_errors());
  Run w = run(Mode::write);
  EXPECT_EQ(w.code, 2);
  EXPECT_EQ(read(bad), "report A\nobligation {\n");
  EXPECT_EQ(read(good), formatted);  // the files that parse are still formatted
  Run invalid_date = run(Mode::check, {write("date.pacta", "instrument I { adopted 2021-02-30 }")});
  EXPECT_EQ(invalid_date.code, 2);
}

TEST_F(FormatFiles, UnreadablePathIsExitTwo) {
  Run r = run(Mode::check, {(dir_ / "missing.pacta").string()});
  EXPECT_EQ(r.code, 2);
  ASSERT_FALSE(r.diags.items().empty());
  EXPECT_EQ(r.diags.items()[0].code, "E001");
}

TEST_F(FormatFiles, WriteReplacesOnlyFilesThatChange) {
  std::string a = write("a.pacta", unformatted);
  std::string b = write("b.pacta", formatted);
  auto b_time = fs::last_write_time(b);
  Run r = run(Mode::write);
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.outcome.rewritten, std::vector<std::string>{a});
  EXPECT_EQ(read(a), formatted);
  EXPECT_EQ(fs::last_write_time(b), b_time);
  EXPECT_EQ(run(Mode::check).code, 0);
}

TEST_F(FormatFiles, PrintWritesFormattedTextAndNoFile) {
  std::string a = write("a.pacta", unformatted);
  Run r = run(Mode::print);
  EXPECT_EQ(r.code, 0);  // printing is not checking: unformatted input is fine
  EXPECT_EQ(r.out, formatted);
  EXPECT_EQ(read(a), unformatted);
}

}  // namespace
}  // namespace pacta::format
