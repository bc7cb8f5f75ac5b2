// Man pages and shell completions, generated from the command line's own definition (the
// CLI11 apps: names, options, descriptions, defaults, footers), so that they never drift from
// `--help`. The build runs `pacta generate` to produce the installed files.
#pragma once

#include <CLI/CLI.hpp>
#include <ostream>
#include <string>

namespace pacta::cli {

// pacta(1) when `verb` is null, else pacta-VERB(1); roff (man(7) macros).
void write_man_page(std::ostream& out, const CLI::App& pacta, const CLI::App* verb);
// "bash", "zsh" or "fish"; false for another shell.
bool write_completion(std::ostream& out, const CLI::App& pacta, const std::string& shell);

// The verbs a user sees (hidden ones, as `generate`, left out), in the order of --help.
std::vector<const CLI::App*> visible_verbs(const CLI::App& pacta);
// The values an option accepts when it takes one of a fixed set ("text", "json", ...).
std::vector<std::string> option_choices(const CLI::Option& option);

}  // namespace pacta::cli
