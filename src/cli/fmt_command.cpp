// `pacta fmt [--check | --write] PATHS...`: print rule files in the canonical layout, show
// what would change (a unified diff), or rewrite them in place. Diagnostics go to stderr.
// Exit 0 when done (under --check: every file is formatted), 1 when --check finds a file
// that is not, 2 when a path cannot be read, a file does not parse, or a write fails; files
// with syntax errors are never touched.
#include <iostream>
#include <memory>

#include "cli/usage.hpp"
#include "cli/verbs.hpp"
#include "diag/render.hpp"
#include "format/format.hpp"

namespace pacta::cli {

namespace {
struct FmtOptions {
  std::vector<std::string> paths;
  bool check = false;
  bool write = false;
};
}  // namespace

Run add_fmt_command(CLI::App& app, const GlobalOptions& g) {
  auto opts = std::make_shared<FmtOptions>();
  CLI::App* cmd = app.add_subcommand("fmt", "Print rule files in the canonical layout, check or rewrite them");
  cmd->footer(
      verb_footer("0 formatted (or rewritten); 1 --check found files not formatted; 2 unreadable or unparsable input.",
                  "  pacta fmt --check rules/\n  pacta fmt --write rules/obligations/terrorism.pacta"));
  cmd->add_option("paths", opts->paths, "Rule files or directories")->required();
  auto* check = cmd->add_flag("--check", opts->check, "Print a diff for files not formatted; exit 1 if any");
  cmd->add_flag("--write", opts->write, "Rewrite files not formatted, in place")->excludes(check);
  return [opts, &g, cmd]() -> int {
    if (!cmd->parsed()) return -1;
    format::Mode mode = opts->check ? format::Mode::check : opts->write ? format::Mode::write : format::Mode::print;
    diag::SourceMap sources;
    diag::Diagnostics diags;
    format::Outcome outcome = format::format_files(opts->paths, mode, std::cout, sources, diags);
    std::cout.flush();
    diags.sort();
    diag::render_text(std::cerr, sources, diags, {use_colour(g, STDERR_FILENO)});
    std::size_t changed = outcome.unformatted.size();
    if (mode == format::Mode::check && changed > 0) {
      std::cerr << "pacta fmt: " << changed << " of " << outcome.files << " file" << (outcome.files == 1 ? "" : "s")
                << " not formatted\n";
    } else if (mode == format::Mode::write) {
      for (const auto& path : outcome.rewritten) std::cerr << "pacta fmt: formatted " << path << '\n';
    }
    return format::exit_code(outcome, mode);
  };
}

}  // namespace pacta::cli
