// `pacta explain --state ISO3 --obligation ID [--as-of DATE]`: the evaluation tree of one
// verdict, each node with its value and the facts it rests on.
#include <iostream>
#include <memory>

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
};
}  // namespace

Run add_explain_command(CLI::App& app, const GlobalOptions& g) {
  auto opts = std::make_shared<ExplainOptions>();
  CLI::App* cmd = app.add_subcommand("explain", "Show why one state's verdict on one obligation is what it is");
  add_workspace_options(*cmd, opts->workspace);
  cmd->add_option("--state", opts->state, "The state (ISO 3166-1 alpha-3)")->required();
  cmd->add_option("--obligation", opts->obligation, "The obligation's id")->required();
  cmd->add_option("--format", opts->format, "Output format")->check(CLI::IsMember({"text", "json"}));
  return [opts, &g, cmd]() -> int {
    if (!cmd->parsed()) return -1;
    Workspace ws;
    int code = open_workspace(opts->workspace, g, ws);
    if (!ws.usable || !check_selection(ws, {{opts->state}, {opts->obligation}})) {
      render_workspace_diagnostics(ws, g);
      return exit_invalid;
    }
    const model::Profile* profile = nullptr;
    for (const auto& p : ws.profiles.profiles)
      if (p.state == opts->state) profile = &p;
    std::uint32_t obligation = ws.rules.rules.lookup(opts->obligation)->index;
    eval::Snapshot snapshot(ws.program, ws.as_of);
    snapshot.reset(*profile);
    eval::Explanation e = eval::explain(snapshot, obligation);
    if (opts->format == "json")
      report::render_explain_json(std::cout, e, ws.program, ws.sources);
    else
      report::render_explain_text(std::cout, e, ws.program, ws.sources, use_colour(g, true));
    render_workspace_diagnostics(ws, g);
    return code;
  };
}

}  // namespace pacta::cli
