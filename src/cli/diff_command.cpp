// `pacta diff --base RULES... --head RULES... [--profiles PATHS...] [--as-of DATE] [--state ISO3...]`:
// the verdicts a rule change flips, per state and obligation, on the same profiles as of one
// date. Exit 0 when nothing flips, 1 when something does (as diff(1)), 2 on invalid input.
#include <unistd.h>

#include <iostream>
#include <memory>
#include <set>
#include <tuple>

#include "cli/usage.hpp"
#include "cli/verbs.hpp"
#include "cli/workspace.hpp"
#include "diag/render.hpp"
#include "impact/diff.hpp"
#include "report/diff_report.hpp"

namespace pacta::cli {

namespace {
struct DiffOptions {
  std::vector<std::string> base, head, profiles, states;
  std::string as_of;
  std::string format = "text";
  std::string output;
  bool strict = false;
};

// Both sides load the same profiles, so most profile diagnostics come twice: show each once.
void render_diagnostics(const Workspace& base, const Workspace& head, const GlobalOptions& g) {
  using Key = std::tuple<std::string, std::string, std::uint32_t, std::string>;
  auto key = [](const Workspace& ws, const diag::Diagnostic& d) {
    std::string path = d.where.file == diag::no_file ? "" : ws.sources.file(d.where.file).path;
    return Key{d.code, path, d.where.span.begin, d.message};
  };
  std::set<Key> seen;
  diag::Diagnostics counted;
  bool colour = use_colour(g, STDERR_FILENO);
  for (const Workspace* ws : {&base, &head}) {
    diag::Diagnostics shown;
    for (const auto& d : ws->diags.items())
      if ((d.severity == diag::Severity::error || g.verbose) && seen.insert(key(*ws, d)).second) shown.add(d);
    shown.sort();
    diag::render_text(std::cerr, ws->sources, shown, {colour});
    counted.append(shown);
  }
  if (!counted.empty()) std::cerr << "pacta: " << diag::summary(counted) << '\n';
}
}  // namespace

Run add_diff_command(CLI::App& app, const GlobalOptions& g) {
  auto opts = std::make_shared<DiffOptions>();
  CLI::App* cmd = app.add_subcommand("diff", "List the verdicts a rule change flips, on the same profiles");
  cmd->footer(verb_footer("0 no verdict flips; 1 some verdict flips; 2 invalid input or options.",
                          "  pacta diff --base old/rules --head rules --as-of 2025-12-31\n  pacta diff --base "
                          "old/rules --head rules --state JPN,FRA --format json"));
  cmd->add_option("--base", opts->base, "Rule files or directories before the change")->required()->delimiter(',');
  cmd->add_option("--head", opts->head, "Rule files or directories after the change")->required()->delimiter(',');
  cmd->add_option("--profiles", opts->profiles,
                  "Profile files or directories, comma-separated or repeated (default: fixtures/profiles/, here or in "
                  "the project above)")
      ->delimiter(',');
  cmd->add_option("--as-of", opts->as_of, "Evaluate as of this date, YYYY-MM-DD (default: today, UTC)");
  cmd->add_option("--state", opts->states, "Only these states (ISO 3166-1 alpha-3), comma-separated or repeated")
      ->delimiter(',');
  cmd->add_option("--format", opts->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", opts->output, "Write results to this file (atomically) instead of stdout");
  cmd->add_flag("--strict", opts->strict, "Do not compare any profile when one of them is invalid");
  return [opts, &g, cmd]() -> int {
    if (!cmd->parsed()) return -1;
    // One date for both sides, even when the run straddles midnight.
    std::string as_of = opts->as_of.empty() ? format_day(today_utc()) : opts->as_of;
    // A program points to its rule set, and profiles are indexed by a rule set's declarations:
    // each side loads the profiles itself, into its own source map.
    Workspace base, head;
    int base_code = open_workspace({opts->base, opts->profiles, as_of, opts->strict}, g, base);
    int head_code = open_workspace({opts->head, opts->profiles, as_of, opts->strict}, g, head);
    if (!base.usable || !head.usable) {
      render_diagnostics(base, head, g);
      return exit_invalid;
    }
    // A state is selectable when either side loaded its profile.
    bool selected = true;
    for (const std::string& s : opts->states) {
      auto has = [&](const Workspace& ws) {
        for (const auto& p : ws.profiles.profiles)
          if (p.state == s) return true;
        return false;
      };
      if (!has(base) && !has(head)) selected = check_selection(base, {{s}, {}}) && selected;
    }
    if (!selected) {
      render_diagnostics(base, head, g);
      return exit_invalid;
    }
    impact::Diff d = impact::diff({base.program, base.profiles.profiles, base.sources},
                                  {head.program, head.profiles.profiles, head.sources}, base.as_of, opts->states);
    bool colour = opts->output.empty() && use_colour(g, STDOUT_FILENO);
    bool written = emit(
        opts->output,
        [&](std::ostream& out) {
          if (opts->format == "json")
            report::render_diff_json(out, d);
          else
            report::render_diff_text(out, d, colour);
        },
        base.diags);
    render_diagnostics(base, head, g);
    if (!written || base_code != exit_ok || head_code != exit_ok) return exit_invalid;
    return d.flipped() ? exit_failing : exit_ok;
  };
}

}  // namespace pacta::cli
