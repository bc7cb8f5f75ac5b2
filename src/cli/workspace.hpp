// What check and explain both open: the rule set, the profiles, the as-of date and the
// compiled program, with the options that choose them and the diagnostics they raised.
#pragma once

#include <CLI/CLI.hpp>

#include "cli/common.hpp"
#include "eval/program.hpp"
#include "eval/run.hpp"
#include "model/load.hpp"

namespace pacta::cli {

struct WorkspaceOptions {
  std::vector<std::string> rules;
  std::vector<std::string> profiles;
  std::string as_of;
  bool strict = false;
  std::string cache_dir = {};  // --cache-dir: the profile cache (default $XDG_CACHE_HOME/pacta)
  bool no_cache = false;       // --no-cache
  // Set by a verb whose reports quote no profile text (diag::SourceMap::release).
  bool release_profile_texts = false;
};

struct Workspace {
  diag::SourceMap sources;
  diag::Diagnostics diags;
  CheckedRules rules;
  model::LoadedProfiles profiles;
  eval::Program program;
  Day as_of = no_day;
  bool usable = false;  // rules valid and (unless --strict) profiles loaded: verdicts can be computed
};

void add_workspace_options(CLI::App& cmd, WorkspaceOptions& o);
// Returns exit_ok, or exit_invalid with ws.usable telling whether to go on (bad profiles
// without --strict still allow the good ones to be checked).
int open_workspace(const WorkspaceOptions& o, const GlobalOptions& g, Workspace& ws);
// Unknown --state or --obligation values are errors (E004, E005).
bool check_selection(Workspace& ws, const eval::Selection& selection);
// For the verbs about one state (explain, remedy, timeline): opens the workspace, checks the
// state and the obligations, and returns the state's profile; nullptr (the diagnostics shown)
// when they cannot be used. `code` is open_workspace's.
// The rule-set indices of obligation ids that check_selection accepted.
std::vector<std::uint32_t> obligation_indices(const Workspace& ws, const std::vector<std::string>& ids);
const model::Profile* open_for_state(const WorkspaceOptions& o, const GlobalOptions& g, const std::string& state,
                                     const std::vector<std::string>& obligations, Workspace& ws, int& code);
// The diagnostics a user sees, sorted: errors and the profiles' warnings (every warning with -v).
// Reports carry the non-verbose set, so that -v never changes a report's bytes.
diag::Diagnostics input_diagnostics(const Workspace& ws, bool verbose);
// Diagnostics go to stderr, so that stdout holds only results; once shown, they are cleared.
void render_workspace_diagnostics(Workspace& ws, const GlobalOptions& g);
Day today_utc();

}  // namespace pacta::cli
