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

namespace pacta::cli {

void setup_logging(const GlobalOptions& g) {
  spdlog::color_mode mode = g.colour == "always"  ? spdlog::color_mode::always
                            : g.colour == "never" ? spdlog::color_mode::never
                                                  : (use_colour(g, STDERR_FILENO) ? spdlog::color_mode::automatic
                                                                                  : spdlog::color_mode::never);
  auto logger = spdlog::stderr_color_mt("pacta", mode);
  logger->set_pattern("pacta: %^%l%$: %v");
  logger->set_level(g.verbose ? spdlog::level::debug : g.quiet ? spdlog::level::err : spdlog::level::warn);
  spdlog::set_default_logger(logger);
}

bool use_colour(const GlobalOptions& g, int fd) {
  if (g.colour == "always") return true;
  if (g.colour == "never") return false;
  return isatty(fd) && std::getenv("NO_COLOR") == nullptr;
}

std::optional<std::string> default_path(const std::string& relative, const std::string& option,
                                        const std::string& usage, diag::Diagnostics& diags) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::is_directory(relative, ec)) {
    spdlog::debug("{}: {} (the current directory's)", option, relative);
    return relative;
  }
  fs::path cwd = fs::current_path(ec);
  if (!ec) {
    for (fs::path dir = cwd; !dir.empty(); dir = dir.parent_path()) {
      if (fs::exists(dir / ".pacta-root", ec) && fs::is_directory(dir / relative, ec)) {
        std::string found = fs::relative(dir / relative, cwd, ec).string();
        if (ec || found.empty()) found = (dir / relative).string();
        spdlog::debug("{}: {} (found upward from the current directory, beside {})", option, found,
                      (dir / ".pacta-root").string());
        return found;
      }
      if (dir == dir.parent_path()) break;
    }
  }
  std::string help = usage;
  // An installed pacta (PREFIX/bin/pacta) names the catalog installed beside it.
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  std::string shipped =
      (exe.parent_path().parent_path() / "share/pacta" / (relative == "rules" ? "rules" : "examples/profiles"))
          .string();
  if (!exe.empty() && fs::is_directory(shipped, ec))
    help +=
        "; the installed " + std::string(relative == "rules" ? "catalog" : "example profiles") + " are in " + shipped;
  diags.error("E010", {},
              "no " + option + " given, and no '" + relative +
                  "/' in the current directory or in a project above it (a directory with a .pacta-root file)",
              help);
  return std::nullopt;
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
    std::error_code ec;
    std::filesystem::path parent = std::filesystem::path(path).parent_path();
    std::string help;
    if (!parent.empty() && !std::filesystem::is_directory(parent, ec))
      help = "the directory '" + parent.string() + "' does not exist; pacta does not create directories";
    diags.error("E003", {}, "cannot write '" + path + "': " + error, help);
    return false;
  }
  return true;
}

}  // namespace pacta::cli
