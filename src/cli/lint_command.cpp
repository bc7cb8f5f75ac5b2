// `pacta lint [PATHS...] [--format text|json|sarif]`: parse and check rule files.
// Exit 0 when clean (warnings allowed), 1 on errors, 2 when input cannot be read.
#include <iostream>
#include <memory>

#include "cli/tool.hpp"
#include "cli/verbs.hpp"
#include "diag/render.hpp"

namespace pacta::cli {

namespace {
struct LintOptions {
  std::vector<std::string> paths;
  std::string format = "text";
};
}  // namespace

Run add_lint_command(CLI::App& app, const GlobalOptions& g) {
  auto opts = std::make_shared<LintOptions>();
  CLI::App* cmd = app.add_subcommand("lint", "Check rule files for syntax and semantic problems");
  cmd->add_option("paths", opts->paths, "Rule files or directories (default: the shipped rules/)");
  cmd->add_option("--format", opts->format, "Output format")->check(CLI::IsMember({"text", "json", "sarif"}));
  return [opts, &g, cmd]() -> int {
    if (!cmd->parsed()) return -1;
    if (opts->paths.empty()) opts->paths.push_back(default_path("rules"));
    diag::SourceMap sources;
    diag::Diagnostics diags;
    CheckedRules checked = load_rules(opts->paths, sources, diags);
    diags.sort();
    if (opts->format == "json") {
      diag::render_json(std::cout, sources, diags);
    } else if (opts->format == "sarif") {
      diag::render_sarif(std::cout, sources, diags, sarif_tool());
    } else {
      diag::render_text(std::cout, sources, diags, {use_colour(g, true)});
      std::size_t files = checked.rules.files.size();
      std::cout << "pacta lint: " << files << " file" << (files == 1 ? "" : "s") << ", " << diag::summary(diags) << '\n';
    }
    if (checked.input_error) return exit_invalid;
    return diags.has_errors() ? exit_failing : exit_ok;
  };
}

}  // namespace pacta::cli
