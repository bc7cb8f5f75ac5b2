// `pacta generate man [VERB]` and `pacta generate completion bash|zsh|fish`: a hidden verb the
// build runs to produce the installed man pages and completions from the CLI's definition.
#include <iostream>
#include <memory>

#include "cli/generate.hpp"
#include "cli/verbs.hpp"

namespace pacta::cli {

namespace {
struct GenerateOptions {
  std::string what, which;
};
}  // namespace

Run add_generate_command(CLI::App& app) {
  auto opts = std::make_shared<GenerateOptions>();
  CLI::App* cmd = app.add_subcommand("generate", "Write a man page or a shell completion script to stdout");
  cmd->group("");  // for the build, not for users: not in --help
  cmd->add_option("what", opts->what, "man | completion")->required()->check(CLI::IsMember({"man", "completion"}));
  cmd->add_option("which", opts->which, "man: a verb (none: pacta(1)); completion: bash, zsh or fish");
  return [opts, &app, cmd]() -> int {
    if (!cmd->parsed()) return -1;
    if (opts->what == "completion") {
      if (write_completion(std::cout, app, opts->which)) return exit_ok;
      std::cerr << "pacta: error: no completion for shell '" << opts->which << "' (bash, zsh, fish)\n";
      return exit_invalid;
    }
    if (opts->which.empty()) {
      write_man_page(std::cout, app, nullptr);
      return exit_ok;
    }
    for (const CLI::App* verb : visible_verbs(app))
      if (verb->get_name() == opts->which) {
        write_man_page(std::cout, app, verb);
        return exit_ok;
      }
    std::cerr << "pacta: error: no verb '" << opts->which << "'\n";
    return exit_invalid;
  };
}

}  // namespace pacta::cli
