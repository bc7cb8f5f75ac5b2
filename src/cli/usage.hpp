// The command line's own words: each verb's help footer (exit codes and an example), and the
// messages for a mistyped verb or option, with the closest correct one (as clap and cobra do).
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string>

namespace pacta::cli {

// The footer of `pacta --help`: the verbs' exit codes in general, and where to read more.
std::string global_footer();
// A verb's footer: its exit codes and examples, one per line.
std::string verb_footer(const std::string& exit_codes, const std::string& examples);

// The error for `pacta chek` ("unknown command 'chek'; did you mean 'check'?") or for no verb
// at all; nullopt when argv names a verb (or asks for --help or --version).
std::optional<std::string> unknown_verb(const CLI::App& app, int argc, const char* const* argv);
// The error for options a verb does not take (`--asof`: "did you mean '--as-of'?"); nullopt
// for other parse errors, which CLI11 words well.
std::optional<std::string> unexpected_arguments(const CLI::App& app, const CLI::ParseError& e);

}  // namespace pacta::cli
