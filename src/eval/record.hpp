// A verdict record: what one pass over (state, obligation) found, besides the status: the
// deciding atoms, each with its value, the basis of that value (a dated fact, a key the
// profile lacks, facts that end too early, an instrument not yet in force for the state...),
// the date that decided it and where the fact is (profile path:line). For `all of` / `at least
// N of`, every member that fails and every member that is unknown; for deadlines, what the
// deadline found. Every output formats records (report/why.hpp) and never evaluates again.
#pragma once

#include <cstdint>
#include <vector>

#include "eval/evaluate.hpp"
#include "eval/run.hpp"

namespace pacta::eval {

// Why an atom (or a member of a quantified atom) has its value.
enum class Basis : std::uint8_t {
  fact,           // a dated fact of the profile holds (date: its day; bound: on or before)
  not_listed,     // the profile does not list the name: unknown
  absent,         // not listed, in a section the profile declares complete: false
  none_recorded,  // listed, with no such fact (no deposit, never joined, not happened)
  after_as_of,    // the fact is dated after the as-of date (date: its day)
  known_until,    // the profile's facts about it end before the as-of date (date: known_until)
  not_in_force,   // consent deposited, not yet in force for the state (date: from when; no_day: not known)
  denounced,      // consent deposited, then denounced (date: the denunciation's effect)
  left,           // joined, then left (date: the day it left)
  group,          // member of a group, or not
  reservation,    // a reservation to the article in force (date: made), or none
  timing,         // the fact's date against the atom's before/by/after/since (date: the fact's day)
  deadline,       // a deadline (within, every year): see Finding::deadline
  not_open,       // an organisation's profile, an instrument not open to organisations: false
};
inline constexpr std::size_t basis_count = static_cast<std::size_t>(Basis::not_open) + 1;  // the last above

// "fact", "not_listed", ... (the JSON output's names).
const char* basis_name(Basis b);

struct Finding {
  std::uint32_t node = 0;   // the atom's node in the Program
  std::uint32_t shown = 0;  // the node whose text states the condition: the atom, or the `not` above it
  syntax::Predicate predicate = syntax::Predicate::ratified;
  std::uint32_t target = 0;  // index into the predicate's kind of declaration
  Truth value = Truth::unknown;
  Basis basis = Basis::fact;
  Day date = no_day;
  bool bound = false;    // `date` is an upper bound: on or before it
  Day deposit = no_day;  // party: the deposit of consent it rests on (an upper bound when `bound`)
  diag::Location where;  // the fact in the profile; for a name it lacks, the profile's `state:`
  DeadlineFinding deadline;
};

enum class Clause : std::uint8_t { applies, exempt, require };
const char* clause_name(Clause c);  // "applies", "exempt", "require"

struct VerdictRecord {
  std::uint32_t obligation = 0;  // index into rules->obligations
  Status status = Status::unknown;
  Clause clause = Clause::require;  // the clause that decided the status
  Day date = no_day;                // pending: the day it will hold with no further act, or when it falls due
  std::vector<Finding> findings;    // in rule order, at most max_findings
  std::uint32_t omitted = 0;        // deciding findings beyond max_findings
  bool states_only = false;         // not_applicable: an organisation, and the obligation binds States only
};

inline constexpr std::size_t max_findings = 32;

// One record; `status` is the verdict already computed for it (verdict(s, obligation)).
VerdictRecord record(const Snapshot& s, std::uint32_t obligation, Status status);
// The same into `out`, whose findings' buffer is reused.
void record(const Snapshot& s, std::uint32_t obligation, Status status, VerdictRecord& out);
// The basis, date and place of a predicate's untimed value for one target (eval/facts.cpp).
void basis_of(const Snapshot& s, syntax::Predicate predicate, std::uint32_t target, std::uint32_t article, Finding& f);
// The finding for one atom target, whatever its value (explain uses it for every node).
Finding find(const Snapshot& s, std::uint32_t node, std::uint32_t target);

// Which statuses an output needs records for (bit i: Status i). Others get none.
using StatusMask = std::uint8_t;
inline constexpr StatusMask attention = (1u << static_cast<int>(Status::violated)) |
                                        (1u << static_cast<int>(Status::unknown)) |
                                        (1u << static_cast<int>(Status::pending));
inline constexpr StatusMask every_status = 0x3f;

// A state's records, as the Recorder holds them.
struct RecordRange {
  const VerdictRecord* first = nullptr;
  const VerdictRecord* last = nullptr;
  const VerdictRecord* begin() const { return first; }
  const VerdictRecord* end() const { return last; }
  std::size_t size() const { return static_cast<std::size_t>(last - first); }
};

// The records of a check, one state at a time, computed once per state and only for the
// statuses asked for: a renderer streams state after state and never holds the whole run.
class Recorder {
 public:
  Recorder(const Program& program, const CheckRun& run, StatusMask wanted);
  // The records of profile p (in run.obligations order, only those wanted), valid until the
  // next state is asked for.
  RecordRange state(std::size_t p);
  // The record of obligation o (run order) of profile p, or nullptr when not wanted.
  const VerdictRecord* find(std::size_t p, std::size_t o);
  // The statuses it records.
  StatusMask wanted() const { return wanted_; }

 private:
  const CheckRun& run_;
  StatusMask wanted_;
  Snapshot snapshot_;
  std::size_t current_ = static_cast<std::size_t>(-1);
  std::vector<VerdictRecord> records_;  // the first used_ are the current state's; the rest are kept buffers
  std::size_t used_ = 0;
  std::vector<std::int32_t> slot_;  // run obligation -> index in records_, or -1
};

}  // namespace pacta::eval
