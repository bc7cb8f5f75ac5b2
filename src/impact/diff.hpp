// Impact of a rule change: the same profiles evaluated as of one date under a base and a head
// rule set, and the verdicts that differ, per state and obligation (matched by id). A changed
// status, an obligation added (its verdicts are new) or removed (its verdicts are gone).
// Plain data; the renderers are in report/diff_report.hpp.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "diag/source_map.hpp"
#include "eval/evaluate.hpp"
#include "eval/record.hpp"
#include "model/profile.hpp"

namespace pacta::impact {

// One rule set's side: its compiled program, the profiles loaded against it (they are indexed
// by its declarations) and the source map both came from.
struct Side {
  const eval::Program& program;
  const std::vector<model::Profile>& profiles;
  const diag::SourceMap& sources;
};

enum class Change : std::uint8_t { changed, added, removed };
const char* change_name(Change c);

// A verdict and its record (eval/record.hpp), worded by the renderers (report/why.hpp).
struct Verdict {
  eval::Status status = eval::Status::unknown;
  eval::VerdictRecord record;
};

struct Flip {
  std::string state;
  std::string obligation;
  Change change = Change::changed;
  std::string title, source;  // head's, or base's when removed
  syntax::Level severity = syntax::Level::error;
  std::optional<Verdict> before, after;  // before absent when added, after when removed
};

struct Totals {
  std::size_t compared = 0;  // verdicts of obligations in both rule sets
  std::size_t changed = 0, added = 0, removed = 0;
  std::size_t newly_violated = 0;      // violated now, not before (added ones included)
  std::size_t no_longer_violated = 0;  // violated before, not now (removed ones included)
};

struct Diff {
  Day as_of = no_day;
  // The programs and sources the records refer to: `before` verdicts to base's, `after` to head's.
  const eval::Program* base_program = nullptr;
  const eval::Program* head_program = nullptr;
  const diag::SourceMap* base_sources = nullptr;
  const diag::SourceMap* head_sources = nullptr;
  std::vector<std::string> states;               // compared: loaded under both rule sets
  std::vector<std::string> unmatched_states;     // loaded under one rule set only
  std::vector<std::string> added_obligations;    // in head's order
  std::vector<std::string> removed_obligations;  // in base's order
  std::size_t common_obligations = 0;
  std::vector<Flip> flips;  // by state; per state head's obligation order, then removed ones
  Totals totals;

  bool flipped() const { return !flips.empty(); }
};

// `states` empty: every state loaded under both rule sets.
Diff diff(const Side& base, const Side& head, Day as_of, const std::vector<std::string>& states = {});

}  // namespace pacta::impact
