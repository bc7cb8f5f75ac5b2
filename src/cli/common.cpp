#include "cli/common.hpp"

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <filesystem>
#include <iostream>

#include "report/atomic_write.hpp"
#include "sema/check.hpp"
#include "syntax/load.hpp"
#include "testing/rule_tests.hpp"

#ifndef PACTA_SOURCE_DIR
#define PACTA_SOURCE_DIR "."
#endif

namespace pacta::cli {

void setup_logging(const GlobalOptions& g) {
  auto logger = spdlog::stderr_color_mt("pacta");
  logger->set_pattern("pacta: %^%l%$: %v");
  logger->set_level(g.verbose ? spdlog::level::debug : g.quiet ? spdlog::level::err : spdlog::level::warn);
  spdlog::set_default_logger(logger);
}

bool use_colour(const GlobalOptions& g, bool to_terminal_stdout) {
  if (g.colour == "always") return true;
  if (g.colour == "never") return false;
  return to_terminal_stdout && isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr;
}

std::string default_path(const std::string& relative) {
  std::error_code ec;
  if (std::filesystem::exists(relative, ec)) return relative;
  std::filesystem::path built = std::filesystem::path(PACTA_SOURCE_DIR) / relative;
  if (std::filesystem::exists(built, ec)) return built.string();
  return relative;
}

CheckedRules load_rules(const std::vector<std::string>& paths, diag::SourceMap& sources, diag::Diagnostics& diags,
                        testing::TestSuite* tests, bool with_tests) {
  CheckedRules out;
  auto loaded = syntax::load_rule_files(paths, sources, diags);
  out.input_error = loaded.input_error;
  bool syntax_ok = !diags.has_errors();
  for (const auto& f : loaded.files) syntax_ok = syntax_ok && f.parsed;
  spdlog::debug("parsed {} rule file(s)", loaded.files.size());
  if (!syntax_ok) {
    // Names declared in a file that did not parse would show up as unknown: check nothing more.
    out.rules.files = std::move(loaded.files);
    return out;
  }
  out.rules = sema::check_rule_set(std::move(loaded.files), diags);
  if (with_tests && !diags.has_errors()) {
    testing::TestSuite suite = testing::check_tests(out.rules, sources, diags);
    if (tests) *tests = std::move(suite);
  }
  out.valid = !diags.has_errors() && !out.input_error;
  spdlog::debug("checked {} obligation(s) over {} instrument(s)", out.rules.obligations.size(),
                out.rules.instruments.size());
  return out;
}

bool emit(const std::string& path, const std::function<void(std::ostream&)>& write, diag::Diagnostics& diags) {
  if (path.empty() || path == "-") {
    write(std::cout);
    std::cout.flush();
    return true;
  }
  std::string error;
  if (!report::write_atomically(path, write, error)) {
    diags.error("E003", {}, "cannot write '" + path + "': " + error);
    return false;
  }
  return true;
}

}  // namespace pacta::cli
