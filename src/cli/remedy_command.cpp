// `pacta remedy --state ISO3 [--obligation ID,...] [--as-of DATE]`: the fewest acts that
// would make the state's violated obligations hold, what no act can fix, and what to find out.
#include <memory>

#include "advice/remedy.hpp"
#include "cli/usage.hpp"
#include "cli/verbs.hpp"
#include "cli/workspace.hpp"
#include "report/advice_report.hpp"

namespace pacta::cli {

namespace {
struct RemedyOptions {
  WorkspaceOptions workspace;
  std::string state;
  std::vector<std::string> obligations;
  std::string format = "text";
  std::string output;
};
}  // namespace

Run add_remedy_command(CLI::App& app, const GlobalOptions& g) {
  auto opts = std::make_shared<RemedyOptions>();
  CLI::App* cmd =
      app.add_subcommand("remedy", "Show the fewest acts that would make a state's violated obligations hold");
  cmd->footer(verb_footer("0 advice given; 2 invalid input or options, or --output cannot be written.",
                          "  pacta remedy --state MLI --as-of 2014-12-31\n  pacta remedy --state FRA --obligation "
                          "TERRORISM_ALL_19,UNTOC_REVIEW --format json -o remedy.json"));
  add_workspace_options(*cmd, opts->workspace);
  cmd->add_option("--state", opts->state, "The state (ISO 3166-1 alpha-3)")->required();
  cmd->add_option("--obligation", opts->obligations, "Only these obligations, comma-separated or repeated")
      ->delimiter(',');
  cmd->add_option("--format", opts->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", opts->output, "Write the advice to this file (atomically) instead of stdout");
  return [opts, &g, cmd]() -> int {
    if (!cmd->parsed()) return -1;
    Workspace ws;
    int code = exit_ok;
    const model::Profile* profile = open_for_state(opts->workspace, g, opts->state, opts->obligations, ws, code);
    if (!profile) return exit_invalid;
    std::vector<std::uint32_t> selection = obligation_indices(ws, opts->obligations);
    advice::Remedy r = advice::remedy(ws.program, ws.profiles.profiles, *profile, selection, ws.as_of);
    render_workspace_diagnostics(ws, g);
    bool written = emit(
        opts->output,
        [&](std::ostream& out) {
          if (opts->format == "json")
            report::render_remedy_json(out, r, profile->name, ws.program, ws.sources);
          else
            report::render_remedy_text(out, r, profile->name, ws.program, ws.sources);
        },
        ws.diags);
    render_workspace_diagnostics(ws, g);
    return written ? code : exit_invalid;
  };
}

}  // namespace pacta::cli
