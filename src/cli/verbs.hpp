// The verbs of the `pacta` command: each registers its options on a CLI11 subcommand and
// returns the callback that runs it. Verbs are thin: the work is in the libraries below.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

#include "cli/common.hpp"

namespace pacta::cli {

using Run = std::function<int()>;

Run add_lint_command(CLI::App& app, const GlobalOptions& g);
Run add_check_command(CLI::App& app, const GlobalOptions& g);
Run add_explain_command(CLI::App& app, const GlobalOptions& g);
Run add_fmt_command(CLI::App& app, const GlobalOptions& g);
Run add_diff_command(CLI::App& app, const GlobalOptions& g);
Run add_test_command(CLI::App& app, const GlobalOptions& g);
Run add_lsp_command(CLI::App& app);
Run add_remedy_command(CLI::App& app, const GlobalOptions& g);
Run add_gaps_command(CLI::App& app, const GlobalOptions& g);
Run add_timeline_command(CLI::App& app, const GlobalOptions& g);
Run add_codes_command(CLI::App& app, const GlobalOptions& g);
Run add_generate_command(CLI::App& app);

}  // namespace pacta::cli
