// `pacta explain --state ISO3 --obligation ID [--as-of DATE]`: the evaluation tree of one
// verdict, each node with its value and the facts it rests on.
#include <iostream>
#include <memory>

#include "cli/usage.hpp"
#include "cli/verbs.hpp"
#include "cli/workspace.hpp"
#include "eval/explain.hpp"
#include "report/explain_report.hpp"

namespace pacta::cli {

namespace {
struct ExplainOptions {
  WorkspaceOptions workspace;
  std::string state, obligation;
  std::string format = "text";
  std::string output;
};
}  // namespace

Run add_explain_command(CLI::App& app, const GlobalOptions& g) {
  auto opts = std::make_shared<ExplainOptions>();
  CLI::App* cmd = app.add_subcommand("explain", "Show why one state's verdict on one obligation is what it is");
  cmd->footer(verb_footer("0 explained; 2 invalid input or options, or --output cannot be written.",
                          "  pacta explain --state JPN --obligation UNTOC_REVIEW --as-of 2014-12-31\n  pacta explain "
                          "--state FRA --obligation TERRORISM_ALL_19 --format json -o why.json"));
  add_workspace_options(*cmd, opts->workspace);
  cmd->add_option("--state", opts->state, "The state (ISO 3166-1 alpha-3)")->required();
  cmd->add_option("--obligation", opts->obligation, "The obligation's id")->required();
  cmd->add_option("--format", opts->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", opts->output, "Write the explanation to this file (atomically) instead of stdout");
  return [opts, &g, cmd]() -> int {
    if (!cmd->parsed()) return -1;
    Workspace ws;
    int code = exit_ok;
    const model::Profile* profile = open_for_state(opts->workspace, g, opts->state, {opts->obligation}, ws, code);
    if (!profile) return exit_invalid;
    std::uint32_t obligation = ws.rules.rules.lookup(opts->obligation)->index;
    eval::Snapshot snapshot(ws.program, ws.as_of);
    snapshot.reset(*profile);
    eval::Explanation e = eval::explain(snapshot, obligation);
    render_workspace_diagnostics(ws, g);
    bool colour = opts->output.empty() && use_colour(g, STDOUT_FILENO);
    bool written = emit(
        opts->output,
        [&](std::ostream& out) {
          if (opts->format == "json")
            report::render_explain_json(out, e, ws.program, ws.sources);
          else
            report::render_explain_text(out, e, ws.program, ws.sources, colour);
        },
        ws.diags);
    render_workspace_diagnostics(ws, g);
    return written ? code : exit_invalid;
  };
}

}  // namespace pacta::cli
