// `pacta check`: evaluate profiles against a rule set as of a date and report verdicts.
// Exit 0 when nothing fails, 1 when a violated obligation is at or above --fail-on, 2 on
// invalid input (rules, profiles, options).
#include <spdlog/spdlog.h>

#include <chrono>
#include <ctime>
#include <iostream>
#include <memory>

#include "advice/timeline.hpp"
#include "cli/leave_to_exit.hpp"
#include "cli/tool.hpp"
#include "cli/usage.hpp"
#include "cli/verbs.hpp"
#include "cli/workspace.hpp"
#include "diag/render.hpp"
#include "report/check_report.hpp"

namespace pacta::cli {

namespace {
struct CheckOptions {
  WorkspaceOptions workspace;
  std::vector<std::string> states, obligations, statuses;
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
  cmd->footer(verb_footer(
      "0 nothing failing; 1 a violated obligation at or above --fail-on; 2 invalid input (rules, profiles, options) or "
      "--output cannot be written; the report is written all the same, with the diagnostics.",
      "  pacta check --rules rules/ --profiles fixtures/profiles/ --as-of 2025-12-31\n  pacta check --state JPN,FRA "
      "--obligation UNTOC_REVIEW --all\n  pacta check --format sarif -o pacta.sarif --fail-on warning\n  pacta check "
      "--format html -o "
      "report.html --status violated,pending,unknown"));
  add_workspace_options(*cmd, opts->workspace);
  cmd->add_option("--state", opts->states, "Only these states (ISO 3166-1 alpha-3), comma-separated or repeated")
      ->delimiter(',');
  cmd->add_option("--obligation", opts->obligations, "Only these obligations, comma-separated or repeated")
      ->delimiter(',');
  cmd->add_option("--format", opts->format, "Output format")
      ->check(CLI::IsMember({"text", "json", "sarif", "junit", "html"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", opts->output, "Write results to this file (atomically) instead of stdout");
  cmd->add_option("--fail-on", opts->fail_on, "Exit 1 when an obligation of this severity or higher is violated")
      ->check(CLI::IsMember({"error", "warning", "never"}))
      ->capture_default_str();
  cmd->add_option("--status", opts->statuses,
                  "Only verdicts with these statuses, in every format (totals still count all), comma-separated or "
                  "repeated")
      ->delimiter(',')
      ->check(CLI::IsMember({"violated", "unknown", "pending", "satisfied", "exempt", "not_applicable"}));
  cmd->add_flag("--all", opts->all, "Text: list satisfied and not-applicable verdicts too, and unknown ones in full");
  return [opts, &g, cmd]() -> int {
    if (!cmd->parsed()) return -1;
    // Only the HTML report shows the profiles' files (size and hash); the others, their lines.
    opts->workspace.release_profile_texts = opts->format != "html";
    Workspace ws;
    int code = open_workspace(opts->workspace, g, ws);
    eval::Selection selection{opts->states, opts->obligations};
    bool selected = !ws.usable || check_selection(ws, selection);
    // Whatever went wrong, a machine-readable report, or any report to --output, is written (an
    // empty one when nothing could be checked): a pipeline's upload step finds its file, and the
    // file carries the diagnostics.
    bool checkable = ws.usable && selected;
    if (!checkable) code = exit_invalid;
    diag::Diagnostics inputs = input_diagnostics(ws, false);
    sema::RuleSet no_rules;
    eval::Program nothing;
    nothing.rules = &no_rules;
    const eval::Program& program = checkable ? ws.program : nothing;
    eval::CheckRun run;
    run.as_of = ws.as_of;
    if (checkable) run = eval::run_check(ws.program, ws.profiles.profiles, ws.as_of, selection, /*threads=*/0);
    spdlog::debug("{} verdicts", run.statuses.size());
    // Diagnostics first, on stderr, so that the report's "see the diagnostics above" is true.
    render_workspace_diagnostics(ws, g);
    eval::StatusMask filter = 0;
    std::string bad;
    report::parse_statuses(opts->statuses, filter, bad);  // CLI11 has checked the words
    eval::Recorder records(program, run, report::records_needed(opts->format, opts->all, filter));
    report::CheckReport report{
        run, program, ws.sources, &records, opts->output.empty() && use_colour(g, STDOUT_FILENO), opts->all};
    report.inputs = &inputs;
    report.not_checked = &ws.profiles.not_checked;
    report.rules_checked = ws.rules.valid;
    report.status_filter = filter;
    // The HTML report shows each state's timeline up to the as-of date (from its earliest fact),
    // computed here, not by the renderer; not when it summarises a run too large for detail.
    std::vector<advice::Timeline> timelines;
    if (opts->format == "html" && checkable && !report::html_summarises(run.profiles.size(), run.obligations.size()))
      for (const model::Profile* profile : run.profiles) {
        Day earliest = advice::earliest_fact(*profile);
        Day from = earliest != no_day && earliest <= ws.as_of ? earliest : ws.as_of;
        timelines.push_back(advice::timeline(ws.program, *profile, run.obligations, from, ws.as_of));
      }
    // A text report of nothing, on a terminal, would only repeat the errors above it.
    if (!checkable && opts->format == "text" && opts->output.empty()) return exit_invalid;
    bool written = emit(
        opts->output,
        [&](std::ostream& out) {
          if (opts->format == "json")
            report::render_check_json(out, report);
          else if (opts->format == "sarif")
            report::render_check_sarif(out, report, sarif_tool());
          else if (opts->format == "junit")
            report::render_check_junit(out, report);
          else if (opts->format == "html")
            report::render_check_html(out, report, report::HtmlContext{PACTA_VERSION, &timelines});
          else
            report::render_check_text(out, report);
        },
        ws.diags);
    render_workspace_diagnostics(ws, g);
    int exit_code = !written || code != exit_ok                   ? exit_invalid
                    : failing(run, ws.rules.rules, opts->fail_on) ? exit_failing
                                                                  : exit_ok;
    leave_to_exit(std::move(ws));
    return exit_code;
  };
}

}  // namespace pacta::cli
