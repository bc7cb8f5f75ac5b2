// A whole check: every selected profile against every selected obligation, as of one date.
// Statuses are stored profile-major in rule order; nothing here formats output.
#pragma once

#include <string>
#include <vector>

#include "eval/evaluate.hpp"

namespace pacta::eval {

struct Selection {
  std::vector<std::string> states;       // empty: all
  std::vector<std::string> obligations;  // empty: all
};

struct CheckRun {
  Day as_of = no_day;
  std::vector<std::uint32_t> obligations;       // indices into rules->obligations
  std::vector<const model::Profile*> profiles;  // sorted by state
  std::vector<Status> statuses;                 // profiles.size() x obligations.size()

  Status status(std::size_t profile, std::size_t obligation) const {
    return statuses[profile * obligations.size() + obligation];
  }
};

// threads: profiles are evaluated on that many threads (0: every core, up to 8, for runs of a
// million verdicts or more), each with its own snapshot; the statuses do not depend on it.
CheckRun run_check(const Program& program, const std::vector<model::Profile>& profiles, Day as_of,
                   const Selection& selection, unsigned threads = 1);

}  // namespace pacta::eval
