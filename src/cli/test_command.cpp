// `pacta test [PATHS...] [--run REGEX] [--format text|json|junit] [--coverage]
// [--min-coverage N] [--output FILE] [--durations]`: run the test blocks of a rule set
// (grammar/SPEC.md "Tests"; output in docs/FORMATS.md).
// Exit 0 when every test passes (and coverage reaches --min-coverage), 1 when a test fails or
// coverage falls short, 2 on invalid input (rules, test blocks, profiles) or usage.
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <iostream>
#include <memory>
#include <regex>

#include "cli/usage.hpp"
#include "cli/verbs.hpp"
#include "diag/render.hpp"
#include "report/test_report.hpp"
#include "testing/rule_tests.hpp"

namespace pacta::cli {

namespace {
struct TestOptions {
  std::vector<std::string> paths;
  std::string run;
  std::string format = "text";
  bool coverage = false;
  double min_coverage = -1;
  std::string output;
  bool durations = false;
};

// Errors always; warnings about tests always (T0xx), others (S007 ...) with --verbose, as
// `pacta lint` is where rule files are reviewed. To stderr: stdout holds only results.
diag::Diagnostics shown_diagnostics(const diag::Diagnostics& diags, bool verbose) {
  diag::Diagnostics shown;
  for (const auto& d : diags.items())
    if (d.severity == diag::Severity::error || verbose || d.code.rfind('T', 0) == 0) shown.add(d);
  shown.sort();
  return shown;
}

void render_diagnostics(const diag::SourceMap& sources, const diag::Diagnostics& diags, const GlobalOptions& g) {
  diag::Diagnostics shown = shown_diagnostics(diags, g.verbose);
  if (shown.empty()) return;
  diag::render_text(std::cerr, sources, shown, {use_colour(g, STDERR_FILENO)});
  std::cerr << "pacta: " << diag::summary(shown) << '\n';
}
}  // namespace

Run add_test_command(CLI::App& app, const GlobalOptions& g) {
  auto opts = std::make_shared<TestOptions>();
  CLI::App* cmd = app.add_subcommand("test", "Run the test blocks of a rule set");
  cmd->footer(verb_footer(
      "0 every test passes; 1 a test fails, or coverage is below --min-coverage; 2 invalid input or options.",
      "  pacta test rules/\n  pacta test rules/ --run \"^CCP_\" --coverage --min-coverage 90\n  pacta test rules/ "
      "--format junit -o tests.xml"));
  cmd->add_option("paths", opts->paths,
                  "Rule files or directories, tests included (default: rules/, here or in the project above)");
  cmd->add_option("--run", opts->run, "Only the tests whose id matches this regular expression");
  cmd->add_option("--format", opts->format, "Output format")
      ->check(CLI::IsMember({"text", "json", "junit"}))
      ->capture_default_str();
  cmd->add_flag("--coverage", opts->coverage, "Report which conditions the tests saw both true and false");
  cmd->add_option("--min-coverage", opts->min_coverage, "Exit 1 when coverage is below N percent (implies --coverage)")
      ->check(CLI::Range(0.0, 100.0));
  cmd->add_option("-o,--output", opts->output, "Write results to this file (atomically) instead of stdout");
  cmd->add_flag("--durations", opts->durations, "Show how long each test took (output is then not reproducible)");
  return [opts, &g, cmd]() -> int {
    if (!cmd->parsed()) return -1;
    diag::SourceMap sources;
    diag::Diagnostics diags;
    if (opts->paths.empty()) {
      auto found = default_path("rules", "rule files", "name them: pacta test PATH...", diags);
      if (!found) {
        render_diagnostics(sources, diags, g);
        return exit_invalid;
      }
      opts->paths.push_back(*found);
    }
    testing::RunOptions run_options;
    run_options.coverage = opts->coverage || opts->min_coverage >= 0;
    if (!opts->run.empty()) {
      try {
        run_options.filter.emplace(opts->run, std::regex::ECMAScript);
      } catch (const std::regex_error& e) {
        diags.error("T014", {}, "--run '" + opts->run + "' is not a regular expression: " + e.what(),
                    "an ECMAScript regular expression, searched in each test id: --run '^CCP_'");
        render_diagnostics(sources, diags, g);
        return exit_invalid;
      }
    }
    testing::TestSuite suite;
    CheckedRules checked = load_rules(opts->paths, sources, diags, &suite);
    // Invalid rules: nothing runs, but a JSON report, or any report to --output, is still
    // written, carrying the diagnostics (as check does).
    if (!checked.valid && opts->format != "json" && opts->output.empty()) {
      render_diagnostics(sources, diags, g);
      return exit_invalid;
    }
    testing::TestRun run;
    if (checked.valid) run = testing::run_tests(checked.rules, suite, sources, run_options);
    spdlog::debug("ran {} of {} test(s)", run.results.size(), suite.tests.size());
    if (checked.valid && run.results.empty())
      diags.warning("T015", {},
                    suite.tests.empty() ? std::string("no test blocks in the rule files")
                                        : "no test id matches --run '" + opts->run + "'",
                    suite.tests.empty() ? "write `test ID { as_of DATE  state ... { ... }  expect ... }` blocks" : "");
    report::TestReport report{run,
                              checked.rules,
                              sources,
                              opts->durations,
                              opts->output.empty() && use_colour(g, STDOUT_FILENO),
                              opts->min_coverage};
    diag::Diagnostics inputs = shown_diagnostics(diags, false);
    report.inputs = &inputs;
    bool written = emit(
        opts->output,
        [&](std::ostream& out) {
          if (opts->format == "json")
            report::render_test_json(out, report);
          else if (opts->format == "junit")
            report::render_test_junit(out, report);
          else
            report::render_test_text(out, report);
        },
        diags);
    render_diagnostics(sources, diags, g);
    if (!written || !checked.valid) return exit_invalid;
    return run.failed() > 0 || report::below_min_coverage(report) ? exit_failing : exit_ok;
  };
}

}  // namespace pacta::cli
