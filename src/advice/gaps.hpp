// The missing facts behind unknown verdicts, ranked by how many of them each would settle:
// what a data team should look up first. A missing fact is a name and what is not known about
// it ("ICSANT_2005 deposit", "ARQ submissions"); it counts once for every unknown verdict (of
// the selected states) whose record names it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "eval/record.hpp"
#include "eval/run.hpp"

namespace pacta::advice {

struct MissingFact {
  enum class What : std::uint8_t {
    deposit,       // consent to be bound: whether and when (ratified, party)
    deposit_date,  // the exact day of a deposit known only by a bound
    signature,
    reservations,
    joining,      // joined / left a mechanism
    submissions,  // a report's submissions
    event_date,   // whether and when an event happened
  } what = What::deposit;
  syntax::Predicate predicate = syntax::Predicate::ratified;  // which table `target` indexes
  std::uint32_t target = 0;
  std::size_t verdicts = 0;                // unknown verdicts whose record names it
  std::vector<std::string> states;         // the states concerned, sorted (all of them)
  std::vector<std::uint32_t> obligations;  // the obligations concerned, rule order
};
const char* what_name(MissingFact::What w);  // "deposit", "deposit_date", ... (JSON names)

struct Gaps {
  Day as_of = no_day;
  std::size_t states = 0;            // states looked at
  std::size_t unknown_verdicts = 0;  // among them
  std::vector<MissingFact> facts;    // most verdicts first, ties by name then what
};

// `run`: a check of the selected states (all obligations, or a selection).
Gaps gaps(const eval::Program& program, const eval::CheckRun& run);

}  // namespace pacta::advice
