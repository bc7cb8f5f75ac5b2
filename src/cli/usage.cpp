#include "cli/usage.hpp"

#include <string_view>
#include <vector>

#include "diag/suggest.hpp"

namespace pacta::cli {

std::string global_footer() {
  return "Exit codes: 0 nothing failing; 1 something fails (a violation, a lint error, a failing test, "
         "a flipped verdict; see each verb); 2 invalid input, usage, or an output that cannot be written; "
         "3 an internal error (a bug in pacta: please report it).\n"
         "Run 'pacta VERB --help' for a verb's options, defaults and examples; man pacta-VERB once installed.";
}

std::string verb_footer(const std::string& exit_codes, const std::string& examples) {
  return "Exit codes: " + exit_codes + "\nExamples:\n" + examples + "\n";
}

namespace {

std::vector<std::string> verb_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App* s) { return !s->get_group().empty(); }))
    names.push_back(sub->get_name());
  return names;
}

std::string list(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

// The long option names (with "--") an app takes, and its short ones (with "-").
void option_names(const CLI::App& app, std::vector<std::string>& out) {
  for (const CLI::Option* o : app.get_options()) {
    for (const std::string& l : o->get_lnames()) out.push_back("--" + l);
    for (const std::string& s : o->get_snames()) out.push_back("-" + s);
  }
}

}  // namespace

std::optional<std::string> unknown_verb(const CLI::App& app, int argc, const char* const* argv) {
  std::vector<std::string> verbs = verb_names(app);
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "-h" || a == "--help" || a == "--version") return std::nullopt;
    if (a == "--color" || a == "--max-file-size") {
      ++i;  // the option's value
      continue;
    }
    if (!a.empty() && a.front() == '-') continue;
    for (const CLI::App* sub : app.get_subcommands({}))
      if (sub->check_name(std::string(a))) return std::nullopt;
    std::string best = diag::closest(a, verbs);
    std::string out = "pacta: error: unknown command '" + std::string(a) + "'\n";
    if (!best.empty())
      out += "pacta: help: did you mean '" + best + "'?\n";
    else
      out += "pacta: help: the commands are " + list(verbs) + "\n";
    return out + "Run 'pacta --help' for more.\n";
  }
  return "pacta: error: no command given\npacta: help: the commands are " + list(verbs) +
         "\nRun 'pacta --help' for more.\n";
}

std::optional<std::string> unexpected_arguments(const CLI::App& app, const CLI::ParseError& e) {
  if (dynamic_cast<const CLI::ExtrasError*>(&e) == nullptr) return std::nullopt;
  const CLI::App* verb = app.get_subcommands().empty() ? &app : app.get_subcommands().front();
  std::vector<std::string> names;
  option_names(*verb, names);
  if (verb != &app) option_names(app, names);
  std::vector<std::string> extras = verb->remaining();
  if (extras.empty()) extras = app.remaining();
  if (extras.empty()) return std::nullopt;
  std::string prefix = verb == &app ? "pacta" : "pacta " + verb->get_name();
  std::string out;
  bool after_option = false;  // a word after an unknown option is taken as its value
  for (const std::string& extra : extras) {
    if (extra.empty() || extra.front() != '-' || extra == "--") {
      if (!after_option) out += "pacta: error: " + prefix + " takes no argument '" + extra + "' here\n";
      after_option = false;
      continue;
    }
    after_option = extra.find('=') == std::string::npos;
    std::string name = extra.substr(0, extra.find('='));
    out += "pacta: error: " + prefix + " has no option '" + name + "'\n";
    std::string best = diag::closest(name, names);
    if (!best.empty()) out += "pacta: help: did you mean '" + best + "'?\n";
  }
  return out + "Run '" + prefix + " --help' for the options.\n";
}

}  // namespace pacta::cli
