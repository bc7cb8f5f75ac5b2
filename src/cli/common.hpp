// What the verbs share: exit codes, logging set-up, reading and checking a rule set, and
// writing results to stdout or (atomically) to --output.
#pragma once

#include <unistd.h>

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

// 0: nothing failing; 1: something fails (per verb); 2: invalid input, usage or output; 3: an
// internal error (a bug in pacta, reported as such).
enum ExitCode : int { exit_ok = 0, exit_failing = 1, exit_invalid = 2, exit_internal = 3 };

struct GlobalOptions {
  bool verbose = false;
  bool quiet = false;
  std::string colour = "auto";  // auto | always | never
};

void setup_logging(const GlobalOptions& g);
// Colour on the stream with this descriptor (STDOUT_FILENO, STDERR_FILENO): --color always or
// never, else (auto) when it is a terminal and NO_COLOR is not set.
bool use_colour(const GlobalOptions& g, int fd);

// The default of --rules (`rules`) or --profiles (`fixtures/profiles`): that directory in the
// current directory, else in the nearest directory above holding a `.pacta-root` file (the
// project's top, as cargo finds Cargo.toml). Never the tree pacta was built from. Absent: E010,
// saying what to pass, and nullopt. The path used is logged (-v).
// `option` names what was not given ("--rules"), `usage` says what to pass ("pass --rules PATH").
std::optional<std::string> default_path(const std::string& relative, const std::string& option,
                                        const std::string& usage, diag::Diagnostics& diags);

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
