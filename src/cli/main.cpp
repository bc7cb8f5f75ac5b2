// The `pacta` command line: global options, the verbs, and the one place exceptions stop.
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>

#include "cli/tool.hpp"
#include "cli/usage.hpp"
#include "cli/verbs.hpp"
#include "syntax/load.hpp"

int main(int argc, char** argv) {
  using namespace pacta::cli;
  try {
    GlobalOptions g;
    CLI::App app{"pacta: check states' treaty obligations against their profiles"};
    app.set_version_flag("--version", std::string("pacta ") + PACTA_VERSION);
    app.require_subcommand(1);
    app.fallthrough();  // global options may follow the verb: pacta lint --color never
    app.footer(global_footer());
    app.add_flag("-v,--verbose", g.verbose, "Log progress, and every path used, to stderr");
    app.add_flag("-q,--quiet", g.quiet, "Log only errors");
    app.add_option("--color", g.colour, "Colour on a terminal (auto: when the stream is one and NO_COLOR is unset)")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();
    std::uint64_t max_file_size = pacta::syntax::default_max_file_size;
    app.add_option("--max-file-size", max_file_size,
                   "Largest rule file or profile read, in bytes or with a unit (64KiB, 512MiB, 1GiB)")
        ->transform(CLI::AsSizeValue(false))
        ->default_str("256MiB");
    std::vector<Run> verbs = {add_lint_command(app, g),     add_check_command(app, g),  add_explain_command(app, g),
                              add_diff_command(app, g),     add_test_command(app, g),   add_fmt_command(app, g),
                              add_lsp_command(app),         add_remedy_command(app, g), add_gaps_command(app, g),
                              add_timeline_command(app, g), add_codes_command(app, g),  add_generate_command(app)};
    if (auto unknown = unknown_verb(app, argc, argv)) {
      std::cerr << *unknown;
      return exit_invalid;
    }
    try {
      app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
      if (auto better = unexpected_arguments(app, e)) {
        std::cerr << *better;
        return exit_invalid;
      }
      int code = app.exit(e);
      return code == 0 ? exit_ok : exit_invalid;
    }
    setup_logging(g);
    pacta::syntax::set_max_file_size(max_file_size);
    for (auto& run : verbs) {
      int code = run();
      if (code >= 0) return code;
    }
    return exit_invalid;
  } catch (const std::bad_alloc&) {
    std::cerr << "pacta: error: out of memory\n";
    return exit_invalid;
  } catch (const std::exception& e) {
    // A bug, never an input's fault: inputs are checked and reported as diagnostics (exit 2).
    std::cerr << "pacta: internal error: " << e.what() << "\n"
              << "pacta: this is a bug in pacta; please report it with the command and inputs that caused it\n";
    return exit_internal;
  }
}
