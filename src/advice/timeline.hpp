// When a state's verdicts changed: every day in a window on which the status of one of its
// obligations differs from the day before, with the old and new status and what happened that
// day (a deposit, an entry into force, a report falling due, a deadline passing...). Computed
// by evaluating only on the days where facts or deadlines can change, never day by day.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "eval/evaluate.hpp"
#include "eval/program.hpp"
#include "model/profile.hpp"

namespace pacta::advice {

// What happened on a change day that can explain it (several may happen on one day).
struct Cause {
  enum class Kind : std::uint8_t {
    signed_,                // signature (target: instrument)
    deposited,              // consent deposited (instrument)
    in_force,               // the instrument entered into force in general (instrument)
    threshold_reached,      // the deposit that fixes the instrument's entry into force was made (instrument)
    in_force_for_state,     // the instrument entered into force for this state (instrument)
    denounced,              // denunciation took effect (instrument)
    reservation_made,       // (instrument, article)
    reservation_withdrawn,  // (instrument, article)
    joined,                 // (mechanism)
    left,                   // (mechanism)
    submitted,              // a report submitted (report; period when yearly)
    report_due,             // a report's due day (report; period): on time if submitted by then
    report_overdue,         // the day after a report's due day: missing from now on (report; period)
    deadline_passed,        // a dated deadline (before/by/within) passed (the atom's node)
    happened,               // an event (event)
    known_until_ended,      // the profile's facts stop the day before (instrument)
    date_reached,           // a date written in the rules (after/since/...)
  } kind = Kind::date_reached;
  syntax::Predicate predicate = syntax::Predicate::ratified;  // which table `target` indexes
  std::uint32_t target = 0;
  std::uint32_t period = 0;  // yearly reports: the period; 0 otherwise
  std::string article;       // reservations
};
const char* cause_name(Cause::Kind k);  // "deposited", "in_force_for_state", ... (JSON names)

struct Change {
  Day day = no_day;              // the first day of the new status
  std::uint32_t obligation = 0;  // index into rules->obligations
  eval::Status before = eval::Status::unknown;
  eval::Status after = eval::Status::unknown;
  std::vector<Cause> causes;  // what happened that day (may be empty: nothing recorded explains it)
};

struct Timeline {
  std::string state;
  Day from = no_day, to = no_day;          // inclusive window
  std::vector<eval::Status> initial;       // per selected obligation, the status on `from`
  std::vector<std::uint32_t> obligations;  // the selected obligations, rule order
  std::vector<Change> changes;             // by day, then obligation (rule order)
  std::size_t days_evaluated = 0;          // candidate days actually evaluated
};

// The days on which some verdict of `profile` may change within (from, to]: fact dates, entry
// into force, due days, known_until + 1, dates written in the rules, and the day after each.
// Sorted, unique. Exposed for the day-by-day equivalence test.
std::vector<Day> candidate_days(const eval::Program& program, const model::Profile& profile, Day from, Day to);

// The earliest dated fact of a profile (the default start of a timeline); no_day when none.
Day earliest_fact(const model::Profile& profile);

// Every change of the selected obligations' verdicts (empty: all) in [from, to].
Timeline timeline(const eval::Program& program, const model::Profile& profile,
                  const std::vector<std::uint32_t>& obligations, Day from, Day to);

}  // namespace pacta::advice
