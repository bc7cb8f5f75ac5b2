// `pacta codes [CODE]`: every diagnostic code with its one-line meaning, or one code's long
// explanation with a wrong and a right example (docs/codes.md, embedded), as `rustc --explain`.
#include <iostream>
#include <memory>

#include "cli/usage.hpp"
#include "cli/verbs.hpp"
#include "diag/codes.hpp"
#include "diag/suggest.hpp"

namespace pacta::cli {

namespace {
struct CodesOptions {
  std::string code;
};
}  // namespace

Run add_codes_command(CLI::App& app, const GlobalOptions&) {
  auto opts = std::make_shared<CodesOptions>();
  CLI::App* cmd = app.add_subcommand("codes", "List the diagnostic codes, or explain one with examples");
  cmd->footer(verb_footer("0 listed or explained; 2 no such code.", "  pacta codes\n  pacta codes P001"));
  cmd->add_option("code", opts->code, "A code to explain (P001, S007, Y002 ...), in any case");
  return [opts, cmd]() -> int {
    if (!cmd->parsed()) return -1;
    std::vector<std::string_view> codes = diag::catalogued_codes();
    if (opts->code.empty()) {
      for (std::string_view code : codes) std::cout << code << "  " << diag::code_title(code) << '\n';
      std::cout << "\n'pacta codes CODE' explains one, with a wrong and a right example.\n";
      return exit_ok;
    }
    std::string code = opts->code;
    for (char& c : code)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    std::string_view text = diag::code_explanation(code);
    if (diag::code_title(code).empty() || text.empty()) {
      std::vector<std::string> names(codes.begin(), codes.end());
      std::string best = diag::closest(code, names);
      std::cerr << "pacta: error: no diagnostic code '" << opts->code << "'\n";
      if (!best.empty()) std::cerr << "pacta: help: did you mean '" << best << "'?\n";
      std::cerr << "Run 'pacta codes' for the list.\n";
      return exit_invalid;
    }
    std::cout << code << ": " << text << '\n';
    return exit_ok;
  };
}

}  // namespace pacta::cli
