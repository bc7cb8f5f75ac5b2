// `pacta check`: evaluate profiles against a rule set as of a date and report verdicts.
// Exit 0 when nothing fails, 1 when a violated obligation is at or above --fail-on, 2 on
// invalid input (rules, profiles, options).
#include <spdlog/spdlog.h>

#include <chrono>
#include <ctime>
#include <iostream>
#include <memory>

#include "cli/tool.hpp"
#include "cli/verbs.hpp"
#include "cli/workspace.hpp"
#include "diag/render.hpp"
#include "report/check_report.hpp"

namespace pacta::cli {

namespace {
struct CheckOptions {
  WorkspaceOptions workspace;
  std::vector<std::string> states, obligations;
  std::string format = "text";
  std::string output;
  std::string fail_on = "error";
  bool all = false;
};

bool failing(const eval::CheckRun& run, const sema::RuleSet& rules, const std::string& fail_on) {
  if (fail_on == "never") return false;
  int threshold = fail_on == "warning" ? 1 : 0;
  for (std::size_t p = 0; p < run.profiles.size(); ++p)
    for (std::size_t o = 0; o < run.obligations.size(); ++o)
      if (run.status(p, o) == eval::Status::violated &&
          static_cast<int>(rules.obligations[run.obligations[o]].severity) <= threshold)
        return true;
  return false;
}
}  // namespace

Run add_check_command(CLI::App& app, const GlobalOptions& g) {
  auto opts = std::make_shared<CheckOptions>();
  CLI::App* cmd = app.add_subcommand("check", "Evaluate member-state profiles against the rules as of a date");
  add_workspace_options(*cmd, opts->workspace);
  cmd->add_option("--state", opts->states, "Only these states (ISO 3166-1 alpha-3)");
  cmd->add_option("--obligation", opts->obligations, "Only these obligations");
  cmd->add_option("--format", opts->format, "Output format")->check(CLI::IsMember({"text", "json", "sarif", "junit"}));
  cmd->add_option("-o,--output", opts->output, "Write results to this file (atomically) instead of stdout");
  cmd->add_option("--fail-on", opts->fail_on, "Exit 1 when an obligation of this severity or higher is violated")
      ->check(CLI::IsMember({"error", "warning", "never"}));
  cmd->add_flag("--all", opts->all, "Text: list satisfied and not-applicable verdicts too");
  return [opts, &g, cmd]() -> int {
    if (!cmd->parsed()) return -1;
    Workspace ws;
    int code = open_workspace(opts->workspace, g, ws);
    if (code != exit_ok && !ws.usable) {
      render_workspace_diagnostics(ws, g);
      return code;
    }
    eval::Selection selection{opts->states, opts->obligations};
    if (!check_selection(ws, selection)) {
      render_workspace_diagnostics(ws, g);
      return exit_invalid;
    }
    eval::CheckRun run = eval::run_check(ws.program, ws.profiles.profiles, ws.as_of, selection);
    spdlog::debug("{} verdicts", run.statuses.size());
    eval::Recorder records(ws.program, run, report::records_needed(opts->format, opts->all));
    report::CheckReport report{run, ws.program, ws.sources, &records, opts->output.empty() && use_colour(g, true),
                               opts->all};
    bool written = emit(opts->output, [&](std::ostream& out) {
      if (opts->format == "json") report::render_check_json(out, report);
      else if (opts->format == "sarif") report::render_check_sarif(out, report, sarif_tool());
      else if (opts->format == "junit") report::render_check_junit(out, report);
      else report::render_check_text(out, report);
    }, ws.diags);
    render_workspace_diagnostics(ws, g);
    if (!written || code != exit_ok) return exit_invalid;
    return failing(run, ws.rules.rules, opts->fail_on) ? exit_failing : exit_ok;
  };
}

}  // namespace pacta::cli
