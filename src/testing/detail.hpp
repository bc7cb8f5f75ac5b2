// Private to testing/: building the profiles of one test, from inline states and from the
// profile files it names; where a condition's text is, for coverage.
#pragma once

#include <map>
#include <string>

#include "diag/diagnostic.hpp"
#include "diag/source_map.hpp"
#include "eval/program.hpp"
#include "model/profile.hpp"
#include "sema/rule_set.hpp"
#include "syntax/ast.hpp"

namespace pacta::testing::detail {

// "an instrument", "a report".
using sema::with_article;

// True for an ISO 3166-1 alpha-3 shaped code: three capital letters.
bool is_state_code(const std::string& code);

// An inline state as a profile: complete (what is not said is false) except the names marked
// `unknown`. Facts are checked (T002, T003, T009); false when one is in error.
bool inline_profile(const sema::RuleSet& rules, const syntax::TestState& state, std::uint32_t file, model::Profile& out,
                    diag::Diagnostics& diags);

// The source of a condition node (eval::Program), compound ones included.
diag::Location condition_location(const eval::Program& program, const diag::SourceMap& sources, std::uint32_t node);

// The profile files named by tests, each read and checked once however many tests name it.
struct ProfileFiles {
  struct Entry {
    bool ok = false;
    model::Profile profile;
  };
  std::map<std::string, Entry> by_path;  // lexically normal paths
};

// Loads `path` (relative to the directory of the rule file `file`); nullptr when it cannot be
// read (T011), resolves outside the rule set's `root` (T016; empty: the rule file's directory)
// or is not a .yaml/.yml file (T017), or has errors (its own Y0xx diagnostics, reported once).
// A refused path is never opened, so no line of it is ever quoted.
const model::Profile* load_profile_file(ProfileFiles& files, const sema::RuleSet& rules, diag::SourceMap& sources,
                                        const syntax::StringLit& path, std::uint32_t file, const std::string& root,
                                        diag::Diagnostics& diags);

}  // namespace pacta::testing::detail
