#include "cli/workspace.hpp"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <ctime>
#include <iostream>

#include "cli/tool.hpp"
#include "diag/render.hpp"
#include "diag/suggest.hpp"
#include "model/profile_cache.hpp"

namespace pacta::cli {

void add_workspace_options(CLI::App& cmd, WorkspaceOptions& o) {
  cmd.add_option(
         "--rules", o.rules,
         "Rule files or directories, comma-separated or repeated (default: rules/, here or in the project above)")
      ->delimiter(',');
  cmd.add_option("--profiles", o.profiles,
                 "Profile files or directories, comma-separated or repeated (default: fixtures/profiles/, here or in "
                 "the project above)")
      ->delimiter(',');
  cmd.add_option("--as-of", o.as_of, "Evaluate as of this date, YYYY-MM-DD (default: today, UTC)");
  cmd.add_flag("--strict", o.strict, "Do not check any profile when one of them is invalid");
  cmd.add_option("--cache-dir", o.cache_dir, "Cache parsed profiles here (default: $XDG_CACHE_HOME/pacta)");
  cmd.add_flag("--no-cache", o.no_cache, "Parse every profile; neither read nor write the profile cache");
}

Day today_utc() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  return to_day({tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday});
}

int open_workspace(const WorkspaceOptions& o, const GlobalOptions&, Workspace& ws) {
  if (o.as_of.empty()) {
    ws.as_of = today_utc();
  } else if (auto d = parse_day(o.as_of)) {
    ws.as_of = *d;
  } else {
    ws.diags.error("E006", {}, "--as-of '" + o.as_of + "' is not a calendar date", "write YYYY-MM-DD, as 2025-12-31");
    return exit_invalid;
  }
  std::vector<std::string> rule_paths = o.rules, profile_paths = o.profiles;
  if (rule_paths.empty())
    if (auto found = default_path("rules", "--rules", "pass --rules PATH (rule files or directories)", ws.diags))
      rule_paths.push_back(*found);
  if (profile_paths.empty())
    if (auto found = default_path("fixtures/profiles", "--profiles",
                                  "pass --profiles PATH (profile files or directories)", ws.diags))
      profile_paths.push_back(*found);
  if (rule_paths.empty() || profile_paths.empty()) return exit_invalid;
  ws.rules = load_rules(rule_paths, ws.sources, ws.diags, nullptr, /*with_tests=*/false);
  if (!ws.rules.valid) return exit_invalid;
  model::ProfileCache cache({o.cache_dir, o.no_cache, PACTA_VERSION}, ws.rules.rules);
  ws.profiles =
      model::load_profiles(ws.rules.rules, profile_paths, ws.sources, ws.diags, 0, &cache, o.release_profile_texts);
  ws.program = eval::compile(ws.rules.rules);
  eval::resolve_entry_into_force(ws.program, ws.profiles.profiles);
  ws.usable = !(o.strict && ws.profiles.input_error);
  return ws.profiles.input_error ? exit_invalid : exit_ok;
}

bool check_selection(Workspace& ws, const eval::Selection& selection) {
  bool ok = true;
  std::vector<std::string> states;
  for (const auto& p : ws.profiles.profiles) states.push_back(p.state);
  for (const std::string& s : selection.states) {
    if (std::find(states.begin(), states.end(), s) != states.end()) continue;
    std::string best = diag::closest(s, states);
    ws.diags.error("E004", {}, "no profile for state '" + s + "'", best.empty() ? "" : "did you mean '" + best + "'?");
    ok = false;
  }
  std::vector<std::string> ids;
  for (const auto& o : ws.rules.rules.obligations) ids.push_back(o.id);
  for (const std::string& id : selection.obligations) {
    if (std::find(ids.begin(), ids.end(), id) != ids.end()) continue;
    std::string best = diag::closest(id, ids);
    ws.diags.error("E005", {}, "no obligation '" + id + "'", best.empty() ? "" : "did you mean '" + best + "'?");
    ok = false;
  }
  return ok;
}

std::vector<std::uint32_t> obligation_indices(const Workspace& ws, const std::vector<std::string>& ids) {
  std::vector<std::uint32_t> out;
  for (const std::string& id : ids) out.push_back(ws.rules.rules.lookup(id)->index);
  return out;
}

const model::Profile* open_for_state(const WorkspaceOptions& o, const GlobalOptions& g, const std::string& state,
                                     const std::vector<std::string>& obligations, Workspace& ws, int& code) {
  code = open_workspace(o, g, ws);
  if (!ws.usable || !check_selection(ws, {{state}, obligations})) {
    render_workspace_diagnostics(ws, g);
    return nullptr;
  }
  for (const auto& p : ws.profiles.profiles)
    if (p.state == state) return &p;
  return nullptr;  // check_selection found it: not reached
}

diag::Diagnostics input_diagnostics(const Workspace& ws, bool verbose) {
  diag::Diagnostics shown;
  for (const auto& d : ws.diags.items())
    // Errors, and the profiles' warnings (Y012: a file named for another state); the rule set's
    // warnings are lint's to show, unless -v.
    if (d.severity == diag::Severity::error || verbose || d.code.rfind('Y', 0) == 0) shown.add(d);
  shown.sort();
  return shown;
}

void render_workspace_diagnostics(Workspace& ws, const GlobalOptions& g) {
  diag::Diagnostics shown = input_diagnostics(ws, g.verbose);
  if (shown.empty()) return;
  diag::render_text(std::cerr, ws.sources, shown, {use_colour(g, STDERR_FILENO)});
  std::cerr << "pacta: " << diag::summary(shown) << '\n';
  ws.diags = {};  // shown once
}

}  // namespace pacta::cli
