// `pacta timeline --state ISO3 [--obligation ID,...] [--from DATE] [--to DATE]`: every day on
// which one of the state's verdicts changed, and what happened that day.
#include <memory>

#include "advice/timeline.hpp"
#include "cli/usage.hpp"
#include "cli/verbs.hpp"
#include "cli/workspace.hpp"
#include "report/advice_report.hpp"

namespace pacta::cli {

namespace {
struct TimelineOptions {
  WorkspaceOptions workspace;
  std::string state;
  std::vector<std::string> obligations;
  std::string from, to;
  std::string format = "text";
  std::string output;
};

// An optional date option: its day, the fallback when not given, or nullopt (E006) when not a date.
std::optional<Day> date_option(const std::string& text, const char* option, Day fallback, diag::Diagnostics& diags) {
  if (text.empty()) return fallback;
  if (auto d = parse_day(text)) return d;
  diags.error("E006", {}, std::string(option) + " '" + text + "' is not a calendar date",
              "write YYYY-MM-DD, as 2025-12-31");
  return std::nullopt;
}
}  // namespace

Run add_timeline_command(CLI::App& app, const GlobalOptions& g) {
  auto opts = std::make_shared<TimelineOptions>();
  CLI::App* cmd = app.add_subcommand("timeline", "List the days on which a state's verdicts changed, and why");
  cmd->footer(verb_footer("0 timeline shown; 2 invalid input or options, or --output cannot be written.",
                          "  pacta timeline --state MLI --to 2014-12-31\n  pacta timeline --state JPN --obligation "
                          "UNTOC_REVIEW --from 2000-01-01 --format json"));
  add_workspace_options(*cmd, opts->workspace);
  cmd->add_option("--state", opts->state, "The state (ISO 3166-1 alpha-3)")->required();
  cmd->add_option("--obligation", opts->obligations, "Only these obligations, comma-separated or repeated")
      ->delimiter(',');
  cmd->add_option("--from", opts->from, "First day, YYYY-MM-DD (default: the profile's earliest fact, or 1960-01-01)");
  cmd->add_option("--to", opts->to, "Last day, YYYY-MM-DD (default: --as-of, or today)");
  cmd->add_option("--format", opts->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", opts->output, "Write the timeline to this file (atomically) instead of stdout");
  return [opts, &g, cmd]() -> int {
    if (!cmd->parsed()) return -1;
    Workspace ws;
    int code = exit_ok;
    const model::Profile* profile = open_for_state(opts->workspace, g, opts->state, opts->obligations, ws, code);
    if (!profile) return exit_invalid;
    Day earliest = advice::earliest_fact(*profile);
    auto from = date_option(opts->from, "--from", earliest != no_day ? earliest : to_day({1960, 1, 1}), ws.diags);
    auto to = date_option(opts->to, "--to", ws.as_of, ws.diags);
    if (from && to && *from > *to)
      ws.diags.error("E006", {}, "--from " + format_day(*from) + " is after --to " + format_day(*to),
                     "give a window whose first day is not after its last");
    if (!from || !to || *from > *to) {
      render_workspace_diagnostics(ws, g);
      return exit_invalid;
    }
    std::vector<std::uint32_t> selection = obligation_indices(ws, opts->obligations);
    advice::Timeline t = advice::timeline(ws.program, *profile, selection, *from, *to);
    render_workspace_diagnostics(ws, g);
    bool written = emit(
        opts->output,
        [&](std::ostream& out) {
          if (opts->format == "json")
            report::render_timeline_json(out, t, profile->name, ws.program);
          else
            report::render_timeline_text(out, t, profile->name, ws.program);
        },
        ws.diags);
    render_workspace_diagnostics(ws, g);
    return written ? code : exit_invalid;
  };
}

}  // namespace pacta::cli
