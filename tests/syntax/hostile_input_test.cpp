// Hostile input stopped at the door (issue 9): files that are not regular files, too large,
// not UTF-8, symbolic link loops (read_source), and condition trees too deep for the
// recursive phases after parsing (check_nesting).
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <sstream>

#include "eval/explain.hpp"
#include "report/explain_report.hpp"
#include "support/test_support.hpp"
#include "syntax/load.hpp"
#include "syntax/parse.hpp"

namespace pacta::test {
namespace {

struct Read {
  diag::SourceMap sources;
  diag::Diagnostics diags;
  std::uint32_t id = 0;
  bool ok = false;
};

std::unique_ptr<Read> read(const std::string& path) {
  auto r = std::make_unique<Read>();
  r->ok = syntax::read_source(path, r->sources, r->id, r->diags);
  return r;
}

TEST(ReadSource, FifoIsRefusedWithoutBlocking) {
  TempDir dir;
  std::string fifo = dir.path() + "/rules.pacta";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  auto start = std::chrono::steady_clock::now();
  auto r = read(fifo);  // blocked forever before: nobody writes to the FIFO
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
  EXPECT_FALSE(r->ok);
  EXPECT_EQ(codes(r->diags), (std::vector<std::string>{"E007"}));
  EXPECT_NE(r->diags.items()[0].message.find("a FIFO"), std::string::npos);
}

TEST(ReadSource, DevicesAreRefused) {
  for (const char* device : {"/dev/zero", "/dev/urandom", "/dev/null"}) {
    auto r = read(device);  // /dev/zero was read until memory ran out
    EXPECT_FALSE(r->ok) << device;
    EXPECT_EQ(codes(r->diags), (std::vector<std::string>{"E007"})) << device;
  }
}

TEST(ReadSource, DirectoryIsRefused) {
  TempDir dir;
  auto r = read(dir.path());
  EXPECT_FALSE(r->ok);
  EXPECT_EQ(codes(r->diags), (std::vector<std::string>{"E007"}));
}

TEST(ReadSource, FilesOverTheSizeLimitAreRefusedBeforeReading) {
  TempDir dir;
  std::string path = dir.write("big.pacta", std::string(2048, '#'));
  syntax::set_max_file_size(1024);
  auto r = read(path);
  syntax::set_max_file_size(syntax::default_max_file_size);
  EXPECT_FALSE(r->ok);
  EXPECT_EQ(codes(r->diags), (std::vector<std::string>{"E009"}));
  EXPECT_NE(r->diags.items()[0].message.find("2 KiB, larger than the limit of 1 KiB"), std::string::npos)
      << r->diags.items()[0].message;
  auto ok = read(path);
  EXPECT_TRUE(ok->ok);
  EXPECT_EQ(ok->sources.file(ok->id).text.size(), 2048u);
}

TEST(ReadSource, SymbolicLinkLoopIsNamed) {
  TempDir dir;
  std::string a = dir.path() + "/a.pacta", b = dir.path() + "/b.pacta";
  ASSERT_EQ(::symlink(b.c_str(), a.c_str()), 0);
  ASSERT_EQ(::symlink(a.c_str(), b.c_str()), 0);
  auto r = read(a);
  EXPECT_FALSE(r->ok);
  ASSERT_EQ(codes(r->diags), (std::vector<std::string>{"E001"}));
  EXPECT_NE(r->diags.items()[0].message.find("symbolic link loop"), std::string::npos);
  diag::Diagnostics diags;
  bool input_error = false;
  syntax::expand_paths({a}, {".pacta"}, diags, input_error);  // said "no such file" before
  EXPECT_TRUE(input_error);
  ASSERT_EQ(diags.items().size(), 1u);
  EXPECT_NE(diags.items()[0].message.find("symbolic link loop"), std::string::npos);
}

TEST(ReadSource, Utf8ByteOrderMarkIsSkipped) {
  TempDir dir;
  auto r = read(dir.write("bom.yaml", "\xEF\xBB\xBFstate: FRA\n"));
  ASSERT_TRUE(r->ok);
  EXPECT_EQ(r->sources.file(r->id).text, "state: FRA\n");
}

TEST(ReadSource, WideEncodingsAreRefused) {
  TempDir dir;
  struct Case {
    std::string bytes, encoding;
  };
  std::vector<Case> cases = {
      {std::string("\xFF\xFEs\0t\0", 6), "UTF-16LE"},      {std::string("\xFE\xFF\0s\0t", 6), "UTF-16BE"},
      {std::string("s\0t\0a\0", 6), "UTF-16LE"},           {std::string("\0s\0t\0a", 6), "UTF-16BE"},
      {std::string("\xFF\xFE\0\0s\0\0\0", 8), "UTF-32LE"}, {std::string("\0\0\xFE\xFF\0\0\0s", 8), "UTF-32BE"},
      {std::string("s\0\0\0t\0\0\0", 8), "UTF-32LE"},      {std::string("\0\0\0s\0\0\0t", 8), "UTF-32BE"},
  };
  for (const Case& c : cases) {
    auto r = read(dir.write("p.yaml", c.bytes));
    EXPECT_FALSE(r->ok) << c.encoding;
    ASSERT_EQ(codes(r->diags), (std::vector<std::string>{"E008"})) << c.encoding;
    EXPECT_NE(r->diags.items()[0].message.find(c.encoding), std::string::npos) << r->diags.items()[0].message;
  }
}

std::string nots(std::size_t n) {
  std::string s;
  for (std::size_t i = 0; i < n; ++i) s += "not ";
  return s;
}

std::string deep_rules(std::size_t n) {
  return "instrument UNTOC \"UNTOC\" { in_force 2003-09-29 }\n"
         "obligation DEEP \"Deep\" {\n  require " +
         nots(n) + "party(UNTOC)\n}\n";
}

TEST(Nesting, LongNotChainIsRefusedAfterParsing) {
  // 50,000 `not`s: lint accepted it, then check overflowed the stack in eval::compile.
  auto p = parse(deep_rules(50000));
  EXPECT_EQ(codes(p->diags), (std::vector<std::string>{"P004"}));
  EXPECT_FALSE(p->file.parsed);
  EXPECT_EQ(position(p->sources, p->diags.items()[0].where), "test.pacta:3:" + std::to_string(11 + 4 * 64));
}

TEST(Nesting, EveryKindOfNestingCounts) {
  // 20 levels of `not (a and (...))`: 41 parentheses deep is fine for the parser, the tree is
  // deeper than 64 levels.
  std::string cond = "party(UNTOC)";
  for (int i = 0; i < 40; ++i) cond = "not (party(UNTOC) and " + cond + ")";
  auto p =
      parse("instrument UNTOC \"UNTOC\" { in_force 2003-09-29 }\nobligation D \"D\" {\n  require " + cond + "\n}\n");
  EXPECT_EQ(codes(p->diags), (std::vector<std::string>{"P004"}));
}

TEST(Nesting, SixtyFourLevelsAreCheckedAndExplained) {
  auto w = world(deep_rules(63), {"state: FRA\ninstruments:\n  UNTOC: { ratified: 2004-01-01 }\n"});
  ASSERT_FALSE(w->diags.has_errors()) << render(w->sources, w->diags);
  EXPECT_EQ(w->verdict("FRA", "DEEP", "2020-01-01"), eval::Status::violated);  // an odd number of `not`s
  eval::Snapshot s(w->program, day("2020-01-01"));
  s.reset(w->profiles[0]);
  eval::Explanation e = eval::explain(s, 0);
  // Each node's text is cut short, so the explanation grows with the number of nodes only
  // (10,000 `not`s printed 500 MB before the limit and the cut).
  std::size_t nodes = 0;
  std::vector<const eval::ExplainNode*> todo;
  for (const auto& c : e.clauses) todo.push_back(&c);
  while (!todo.empty()) {
    const eval::ExplainNode* n = todo.back();
    todo.pop_back();
    ++nodes;
    for (const auto& c : n->children) todo.push_back(&c);
  }
  EXPECT_EQ(nodes, 64u);
  std::ostringstream text;
  report::render_explain_text(text, e, w->program, w->sources, false);
  EXPECT_LE(text.str().size(), nodes * (2 * 64 + 200)) << text.str().size();
}

}  // namespace
}  // namespace pacta::test
