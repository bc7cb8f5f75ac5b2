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
// The diagnostics with a code, in order; the first one, or nullptr.
std::vector<const diag::Diagnostic*> with_code(const diag::Diagnostics& diags, const std::string& code);
const diag::Diagnostic* first(const diag::Diagnostics& diags, const std::string& code);
// Where a location points, as "path:line:column" (1-based), or "-" for no file.
std::string position(const diag::SourceMap& sources, const diag::Location& where);
// The source text a location covers.
std::string covered(const diag::SourceMap& sources, const diag::Location& where);

// A fresh directory under the system's temporary directory, removed with everything in it when
// the value is destroyed; for the tests that must read real files.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  // Writes a file (parent directories created) and returns its full path.
  std::string write(const std::string& name, const std::string& text) const;

 private:
  std::string path_;
};

struct World {
  diag::SourceMap sources;
  diag::Diagnostics diags;
  sema::RuleSet rules;
  std::vector<model::Profile> profiles;
  eval::Program program;

  // Index of a profile by state code; -1 when absent.
  int profile(const std::string& state) const;
  eval::Status verdict(const std::string& state, const std::string& obligation, const std::string& as_of) const;
  eval::Truth truth(const std::string& state, const std::string& obligation,
                    const std::string& as_of) const;  // require
  // The truth of an obligation's `applies when` clause.
  eval::Truth applies(const std::string& state, const std::string& obligation, const std::string& as_of) const;
  // What the require clause's single deadline atom found (within / every year).
  eval::DeadlineFinding finding(const std::string& state, const std::string& obligation,
                                const std::string& as_of) const;
  // The day an instrument is in force for a state (Snapshot::party_from); no_day when never.
  Day party_from(const std::string& state, const std::string& instrument) const;
  // The general entry into force of an instrument.
  const eval::EntryIntoForce& entry_into_force(const std::string& instrument) const;
};

// Checks rules (all files one rule set), loads profiles (YAML texts), compiles. Diagnostics
// are collected in World::diags; tests assert on them.
std::unique_ptr<World> world(const std::vector<std::string>& rule_files, const std::vector<std::string>& profiles);
std::unique_ptr<World> world(const std::string& rules, const std::vector<std::string>& profiles);

Day day(const std::string& iso);

}  // namespace pacta::test
