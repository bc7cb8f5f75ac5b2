// The `pacta` command line: global options, the verbs, and the one place exceptions stop.
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>

#include "cli/verbs.hpp"
#include "syntax/load.hpp"

int main(int argc, char** argv) {
  using namespace pacta::cli;
  try {
    GlobalOptions g;
    CLI::App app{"pacta: check states' treaty obligations against their profiles"};
    app.set_version_flag("--version", "pacta 0.1.0");
    app.require_subcommand(1);
    app.fallthrough();  // global options may follow the verb: pacta lint --color never
    app.add_flag("-v,--verbose", g.verbose, "Log progress to stderr");
    app.add_flag("-q,--quiet", g.quiet, "Log only errors");
    app.add_option("--color", g.colour, "Colour on a terminal")->check(CLI::IsMember({"auto", "always", "never"}));
    std::uint64_t max_file_size = pacta::syntax::default_max_file_size;
    app.add_option("--max-file-size", max_file_size,
                   "Largest rule file or profile read, in bytes or with a unit (64KiB, 512MiB, 1GiB)")
        ->transform(CLI::AsSizeValue(false))
        ->default_str("256MiB");
    std::vector<Run> verbs = {add_lint_command(app, g), add_check_command(app, g), add_explain_command(app, g),
                              add_diff_command(app, g), add_test_command(app, g),  add_fmt_command(app, g)};
    try {
      app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
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
    std::cerr << "pacta: internal error: " << e.what() << "\n";
    return 3;
  }
}
