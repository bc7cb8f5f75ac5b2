// `pacta lint [PATHS...] [--profiles PATH...] [--format text|json|sarif] [--fail-on error|warning]
// [-o FILE]`: parse and check rule files, and (with --profiles) validate profiles against them
// without evaluating. Exit 0 when clean (warnings allowed unless --fail-on warning), 1 on
// errors, 2 when input cannot be read or the output cannot be written.
#include <iostream>
#include <memory>

#include "cli/leave_to_exit.hpp"
#include "cli/tool.hpp"
#include "cli/usage.hpp"
#include "cli/verbs.hpp"
#include "diag/render.hpp"
#include "model/load.hpp"

namespace pacta::cli {

namespace {
struct LintOptions {
  std::vector<std::string> paths;
  std::vector<std::string> profiles;
  std::string format = "text";
  std::string fail_on = "error";
  std::string output;
};
}  // namespace

Run add_lint_command(CLI::App& app, const GlobalOptions& g) {
  auto opts = std::make_shared<LintOptions>();
  CLI::App* cmd = app.add_subcommand("lint", "Check rule files (and profiles) for syntax and semantic problems");
  cmd->footer(
      verb_footer("0 clean (warnings allowed unless --fail-on warning); 1 errors (or warnings with --fail-on warning); "
                  "2 a path cannot be read, bad usage, or --output cannot be written.",
                  "  pacta lint rules/\n  pacta lint rules/ --profiles fixtures/profiles/ --fail-on warning\n  pacta "
                  "lint rules/ --format sarif -o lint.sarif"));
  cmd->add_option("paths", opts->paths, "Rule files or directories (default: rules/, here or in the project above)");
  cmd->add_option("--profiles", opts->profiles,
                  "Also validate these profile files or directories against the rules (every Y code), without "
                  "evaluating")
      ->delimiter(',');
  cmd->add_option("--format", opts->format, "Output format")
      ->check(CLI::IsMember({"text", "json", "sarif"}))
      ->capture_default_str();
  cmd->add_option("--fail-on", opts->fail_on, "Exit 1 on diagnostics of this severity or worse")
      ->check(CLI::IsMember({"error", "warning"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", opts->output, "Write the diagnostics to this file (atomically) instead of stdout");
  return [opts, &g, cmd]() -> int {
    if (!cmd->parsed()) return -1;
    diag::SourceMap sources;
    diag::Diagnostics diags;
    bool input_error = false;
    if (opts->paths.empty()) {
      if (auto found = default_path("rules", "rule files", "name them: pacta lint PATH...", diags))
        opts->paths.push_back(*found);
      else
        input_error = true;
    }
    CheckedRules checked;
    std::size_t profiles = 0;
    if (!opts->paths.empty()) {
      checked = load_rules(opts->paths, sources, diags);
      input_error = input_error || checked.input_error;
      // Profiles are validated against a rule set that checked: their names need its declarations.
      if (!opts->profiles.empty() && checked.valid) {
        model::LoadedProfiles loaded = model::load_profiles(checked.rules, opts->profiles, sources, diags);
        profiles = loaded.profiles.size() + loaded.not_checked.size();
      }
    }
    // A path that cannot be read (E0xx) is exit 2, as everywhere; a profile's errors are 1.
    for (const diag::Diagnostic& d : diags.items())
      if (d.severity == diag::Severity::error && d.code.rfind('E', 0) == 0) input_error = true;
    diags.sort();
    bool failing = diags.has_errors() || (opts->fail_on == "warning" && diags.warning_count() > 0);
    diag::Diagnostics write_errors;
    bool written = emit(
        opts->output,
        [&](std::ostream& out) {
          if (opts->format == "json") {
            diag::render_json(out, sources, diags);
          } else if (opts->format == "sarif") {
            diag::render_sarif(out, sources, diags, sarif_tool());
          } else {
            diag::render_text(out, sources, diags, {opts->output.empty() && use_colour(g, STDOUT_FILENO)});
            std::size_t files = checked.rules.files.size();
            out << "pacta lint: " << files << " file" << (files == 1 ? "" : "s");
            if (!opts->profiles.empty()) out << ", " << profiles << " profile" << (profiles == 1 ? "" : "s");
            out << ", " << diag::summary(diags) << '\n';
          }
        },
        write_errors);
    if (!written) diag::render_text(std::cerr, sources, write_errors, {use_colour(g, STDERR_FILENO)});
    leave_to_exit(std::move(checked));
    leave_to_exit(std::move(sources));
    if (input_error || !written) return exit_invalid;
    return failing ? exit_failing : exit_ok;
  };
}

}  // namespace pacta::cli
