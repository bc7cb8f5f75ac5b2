// Helpers for the unit tests: parse and check rule text held in memory, load profiles from
// YAML strings, and evaluate, without touching the disk.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "diag/source_map.hpp"
#include "eval/evaluate.hpp"
#include "eval/program.hpp"
#include "model/profile.hpp"
#include "sema/rule_set.hpp"
#include "syntax/ast.hpp"

namespace pacta::test {

struct Parsed {
  diag::SourceMap sources;
  diag::Diagnostics diags;
  syntax::RuleFile file;
};
std::unique_ptr<Parsed> parse(const std::string& text, const std::string& path = "test.pacta");

// Codes of the diagnostics, in order: {"P001", "S003"}.
std::vector<std::string> codes(const diag::Diagnostics& diags);
std::string render(const diag::SourceMap& sources, const diag::Diagnostics& diags);

struct World {
  diag::SourceMap sources;
  diag::Diagnostics diags;
  sema::RuleSet rules;
  std::vector<model::Profile> profiles;
  eval::Program program;

  // Index of a profile by state code; -1 when absent.
  int profile(const std::string& state) const;
  eval::Status verdict(const std::string& state, const std::string& obligation, const std::string& as_of) const;
  eval::Truth truth(const std::string& state, const std::string& obligation, const std::string& as_of) const;  // require
};

// Checks rules (all files one rule set), loads profiles (YAML texts), compiles. Diagnostics
// are collected in World::diags; tests assert on them.
std::unique_ptr<World> world(const std::vector<std::string>& rule_files, const std::vector<std::string>& profiles);
std::unique_ptr<World> world(const std::string& rules, const std::vector<std::string>& profiles);

Day day(const std::string& iso);

}  // namespace pacta::test
