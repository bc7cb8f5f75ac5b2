// `pacta gaps [--state ISO3,...] [--as-of DATE]`: the facts missing from the profiles, ranked
// by how many unknown verdicts name each, so that a data team knows what to look up first.
#include <memory>

#include "advice/gaps.hpp"
#include "cli/usage.hpp"
#include "cli/verbs.hpp"
#include "cli/workspace.hpp"
#include "report/advice_report.hpp"

namespace pacta::cli {

namespace {
struct GapsOptions {
  WorkspaceOptions workspace;
  std::vector<std::string> states;
  std::string format = "text";
  std::string output;
};
}  // namespace

Run add_gaps_command(CLI::App& app, const GlobalOptions& g) {
  auto opts = std::make_shared<GapsOptions>();
  CLI::App* cmd =
      app.add_subcommand("gaps", "Rank the facts missing from the profiles by the unknown verdicts they leave");
  cmd->footer(verb_footer("0 gaps listed; 2 invalid input or options, or --output cannot be written.",
                          "  pacta gaps --as-of 2014-12-31\n  pacta gaps --state MLI,NER --format json -o gaps.json"));
  add_workspace_options(*cmd, opts->workspace);
  cmd->add_option("--state", opts->states, "Only these states (ISO 3166-1 alpha-3), comma-separated or repeated")
      ->delimiter(',');
  cmd->add_option("--format", opts->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", opts->output, "Write the list to this file (atomically) instead of stdout");
  return [opts, &g, cmd]() -> int {
    if (!cmd->parsed()) return -1;
    Workspace ws;
    int code = open_workspace(opts->workspace, g, ws);
    eval::Selection selection{opts->states, {}};
    if (!ws.usable || !check_selection(ws, selection)) {
      render_workspace_diagnostics(ws, g);
      return exit_invalid;
    }
    eval::CheckRun run = eval::run_check(ws.program, ws.profiles.profiles, ws.as_of, selection);
    advice::Gaps gaps = advice::gaps(ws.program, run);
    render_workspace_diagnostics(ws, g);
    bool written = emit(
        opts->output,
        [&](std::ostream& out) {
          if (opts->format == "json")
            report::render_gaps_json(out, gaps, ws.program);
          else
            report::render_gaps_text(out, gaps, ws.program);
        },
        ws.diags);
    render_workspace_diagnostics(ws, g);
    return written ? code : exit_invalid;
  };
}

}  // namespace pacta::cli
