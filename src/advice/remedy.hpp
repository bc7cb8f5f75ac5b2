// What a state would have to do: the fewest acts (acts.hpp) that would make every violated
// obligation of the selection hold, each act with the obligations it fixes; the cheapest
// choice where several would do (`at least N of`, `any of`), with the alternatives; what no
// new act can fix, and why; and the unknown facts to find out first, never guessed. Every
// candidate is judged by the real evaluator on the profile with the acts applied.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "advice/acts.hpp"
#include "eval/evaluate.hpp"
#include "eval/program.hpp"
#include "eval/record.hpp"
#include "model/profile.hpp"

namespace pacta::advice {

// Why no act of the state can make an obligation hold.
struct Obstacle {
  enum class Kind : std::uint8_t {
    deadline_passed,     // before/by a date that has passed (finding: the atom)
    report_late,         // a deadline (within, every year) already missed: a late report stays late
    needs_denunciation,  // `not ratified/party/signed(X)` where X binds the state
    needs_leaving,       // `not joined(M)` where the state takes part
    not_in_force,        // deposited, but the instrument is not in force (waits for others)
    not_an_act,          // a group membership, an event, a reservation to make: not an act of this kind
    other,
  } kind = Kind::other;
  eval::Finding finding;  // the atom's finding with every candidate act taken
};
const char* obstacle_name(Obstacle::Kind k);

struct ObligationRemedy {
  enum class Outcome : std::uint8_t {
    satisfied,  // holds from the as-of date
    pending,    // holds from `date` with no further act (entry into force for the state)
    unknown,    // no known fact fails any more: the facts in `find_out` decide it
    cannot,     // no act of the state fixes it: see obstacles
  } outcome = Outcome::cannot;
  std::uint32_t obligation = 0;                          // index into rules->obligations
  Day date = no_day;                                     // pending: the day it will hold
  std::vector<std::uint32_t> acts;                       // indices into Remedy::candidates: the chosen fix
  std::vector<std::vector<std::uint32_t>> alternatives;  // other fixes as small as the chosen one
  std::vector<Obstacle> obstacles;                       // cannot
  std::vector<eval::Finding> find_out;                   // unknown facts deciding it after the acts
};
const char* outcome_name(ObligationRemedy::Outcome o);

struct PlannedAct {
  std::uint32_t act = 0;                   // index into Remedy::candidates
  std::vector<std::uint32_t> obligations;  // the obligations whose fix uses it (rules->obligations)
};

// An obligation the plan would newly bring to bear (it applies, or stops being exempt).
struct NewDuty {
  std::uint32_t obligation = 0;
  eval::Status before = eval::Status::not_applicable, after = eval::Status::pending;
  Day date = no_day;  // pending: when it falls due or holds
};

struct Remedy {
  std::string state;
  Day as_of = no_day;
  std::vector<Act> candidates;               // every act considered, sorted
  std::vector<PlannedAct> plan;              // the fewest acts, in candidate order
  std::vector<ObligationRemedy> violations;  // every violated obligation of the selection, rule order
  std::vector<NewDuty> new_duties;
  bool bounded = false;         // a search was cut: the plan may not be the smallest
  std::size_t evaluations = 0;  // simulated profiles judged
};

// `obligations`: the selection (indices into rules->obligations; empty: all). `profiles`: every
// loaded profile (entry into force computed from deposits counts the state's new deposit).
Remedy remedy(const eval::Program& program, const std::vector<model::Profile>& profiles, const model::Profile& profile,
              const std::vector<std::uint32_t>& obligations, Day as_of);

// The acts that could change a violated obligation's require clause (the known-false facts
// an act of the state can make true, and reservations it can withdraw), sorted.
std::vector<Act> candidate_acts(const eval::Snapshot& s, std::uint32_t obligation);

}  // namespace pacta::advice
