// Loading member-state profiles against a checked rule set. Files are read in order, parsed
// in parallel, and their diagnostics merged in file order, so output stays deterministic.
// A bad profile is dropped (and reported); the others are still checked.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "diag/source_map.hpp"
#include "model/profile.hpp"
#include "sema/rule_set.hpp"

namespace pacta::model {

struct LoadedProfiles {
  std::vector<Profile> profiles;  // sorted by state code
  bool input_error = false;       // unreadable path, or a profile with errors: exit 2
  // The profile files found but not checked (unreadable, with errors, a second profile of a
  // state), in file order: every report names how many.
  std::vector<std::string> not_checked;
};

// Parses one profile (already in the source map). False when it has errors.
bool load_profile(const sema::RuleSet& rules, const diag::SourceMap& sources, std::uint32_t file, Profile& out,
                  diag::Diagnostics& diags);

// Y012, a warning: the file is named like a state code (`FRA.yaml`, in any case) or an
// organisation code (`EU.yaml`) but its `state:` is another one (`DEU`), as when a file was
// copied and not fully edited.
void check_file_name(const std::string& path, const Profile& profile, diag::Diagnostics& diags);

// Y009: a State's code is ISO 3166-1 alpha-3, an organisation's one of organisation_codes. The
// message and help for a code that is wrong for its kind; nothing when it is right.
struct CodeProblem {
  std::string message, help;
};
std::optional<CodeProblem> code_problem(const std::string& code, PartyKind kind);

// Y016, a warning: an organisation's profile lists a signature or deposit for an instrument the
// rule set does not declare `open_to_organisations` (the profile is still checked as written).
void check_organisation_facts(const sema::RuleSet& rules, const Profile& profile, diag::Diagnostics& diags);

class ProfileCache;  // profile_cache.hpp
// With a cache, each file is loaded through it (same result, same diagnostics). With
// release_texts, each profile's text is released once loaded (diag::SourceMap::release): for
// reports that quote no profile text, so that a run holds the facts, not the YAML.
LoadedProfiles load_profiles(const sema::RuleSet& rules, const std::vector<std::string>& paths,
                             diag::SourceMap& sources, diag::Diagnostics& diags, unsigned threads = 0,
                             const ProfileCache* cache = nullptr, bool release_texts = false);

// "art.  35(2) " and "art. 35(2)" name the same article: blanks collapsed and trimmed.
std::string normalise_article(const std::string& article);

}  // namespace pacta::model
