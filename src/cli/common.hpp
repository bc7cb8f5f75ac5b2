// What the verbs share: exit codes, logging set-up, reading and checking a rule set, and
// writing results to stdout or (atomically) to --output.
#pragma once

#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "diag/source_map.hpp"
#include "sema/rule_set.hpp"

namespace pacta::testing {
struct TestSuite;
}

namespace pacta::cli {

enum ExitCode : int { exit_ok = 0, exit_failing = 1, exit_invalid = 2 };

struct GlobalOptions {
  bool verbose = false;
  bool quiet = false;
  std::string colour = "auto";  // auto | always | never
};

void setup_logging(const GlobalOptions& g);
bool use_colour(const GlobalOptions& g, bool to_terminal_stdout);

// The directory of the shipped rules and fixtures: the current directory's `rules/` if it
// exists, else the source tree this binary was built from.
std::string default_path(const std::string& relative);

struct CheckedRules {
  sema::RuleSet rules;
  bool input_error = false;  // unreadable path: exit 2
  bool valid = false;        // no error diagnostics: safe to evaluate
};
// Test blocks are part of the rule files: lint and test check them too (T0xx, loading the
// profile files they name), into `tests` if given. Verbs that check states (check, explain,
// diff) pass with_tests = false: test blocks neither cost them time nor stop them.
CheckedRules load_rules(const std::vector<std::string>& paths, diag::SourceMap& sources, diag::Diagnostics& diags,
                        testing::TestSuite* tests = nullptr, bool with_tests = true);

// Writes through `write` to stdout, or to `path` atomically (temporary file, then rename).
// False when the file cannot be written (a diagnostic E003 is added).
bool emit(const std::string& path, const std::function<void(std::ostream&)>& write, diag::Diagnostics& diags);

}  // namespace pacta::cli
