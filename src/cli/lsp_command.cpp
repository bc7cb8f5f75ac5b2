// `pacta lsp [--stdio]`: the Language Server (LSP 3.17, JSON-RPC over stdin and stdout) for
// editors: diagnostics, hover, definition, references, rename, symbols, formatting and
// completion over the rule files of the workspace folder (src/lsp/). Logs go to stderr only:
// stdout carries the protocol. Exit 0 after `shutdown` then `exit`, 1 otherwise.
#include <iostream>
#include <memory>

#include "cli/usage.hpp"
#include "cli/verbs.hpp"
#include "lsp/server.hpp"

namespace pacta::cli {

namespace {
struct LspOptions {
  bool stdio = false;
};
}  // namespace

Run add_lsp_command(CLI::App& app) {
  auto opts = std::make_shared<LspOptions>();
  CLI::App* cmd = app.add_subcommand("lsp", "Run the language server for editors (LSP over stdin and stdout)");
  cmd->footer(
      verb_footer("0 the client sent 'shutdown' then 'exit'; 1 the input ended, or 'exit' came without "
                  "'shutdown'.",
                  "  pacta lsp --stdio    (started by the editor: README.md, \"Editor support\")"));
  cmd->add_flag("--stdio", opts->stdio, "Talk over stdin and stdout (the default and only transport)");
  return [cmd]() -> int {
    if (!cmd->parsed()) return -1;
    std::ios::sync_with_stdio(false);
    lsp::Server server(std::cout, PACTA_VERSION);
    return server.run(std::cin);
  };
}

}  // namespace pacta::cli
