// Helpers for the tests of src/testing: a small rule set with test blocks, parsed and checked
// in memory (profile files, when a test names some, are read from `dir`).
#pragma once

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "diag/diagnostic.hpp"
#include "diag/source_map.hpp"
#include "sema/check.hpp"
#include "syntax/parse.hpp"
#include "testing/rule_tests.hpp"

namespace pacta::test {

// Declarations the tests below use; append test blocks (and more rules) to it.
inline const char* const base_rules = R"T(
instrument UNTOC { in_force 2003-09-29  in_force_for_state 30 days after deposit }
instrument UNTOC_TIP { supplements UNTOC }
mechanism CCP
report ARQ
event DONE
group LAC
group WEOG
set PROTOCOLS = { UNTOC_TIP }
obligation PARENT { applies when ratified(any of PROTOCOLS)  require ratified(UNTOC) }
obligation CCP_LAC { severity warning  applies when member(LAC)  require joined(CCP) before 2026-01-01 }
obligation FINAL { applies when event(DONE)  require submitted(ARQ) within 6 months after event(DONE) }
obligation BOUND { applies when party(UNTOC)  exempt when reserved(UNTOC, "art. 35(2)")  require party(UNTOC) }
obligation NO_WEOG { require not member(WEOG) and (signed(UNTOC) or ratified(UNTOC)) }
)T";

struct CheckedSuite {
  diag::SourceMap sources;
  diag::Diagnostics diags;
  sema::RuleSet rules;
  testing::TestSuite suite;
};

// Each text is one rule file, named `<dir>/rules<i>.pacta`; `edit` may change the parsed
// files before they are checked (to build what the parser would not accept).
template <typename Edit>
std::unique_ptr<CheckedSuite> checked_suite(const std::vector<std::string>& texts, const std::string& dir, Edit edit) {
  auto s = std::make_unique<CheckedSuite>();
  std::vector<syntax::RuleFile> files;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    std::string path = (dir.empty() ? std::string() : dir + "/") + "rules" + std::to_string(i) + ".pacta";
    std::uint32_t id = s->sources.add(path, texts[i]);
    files.push_back(syntax::parse_rule_file(s->sources, id, s->diags));
  }
  edit(files);
  s->rules = sema::check_rule_set(std::move(files), s->diags);
  s->suite = testing::check_tests(s->rules, s->sources, s->diags);
  return s;
}

inline std::unique_ptr<CheckedSuite> checked_suite(const std::string& tests, const std::string& dir = "") {
  return checked_suite({std::string(base_rules) + tests}, dir, [](std::vector<syntax::RuleFile>&) {});
}

// A fresh directory, removed with its files at the end of the test.
struct ScratchDir {
  std::filesystem::path path;
  ScratchDir() {
    static int counter = 0;
    path = std::filesystem::temp_directory_path() /
           ("pacta-testing-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::create_directories(path);
  }
  ~ScratchDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
  void write(const std::string& name, const std::string& text) const {
    std::filesystem::create_directories((path / name).parent_path());
    std::ofstream(path / name, std::ios::binary) << text;
  }
};

}  // namespace pacta::test
