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
  // The fact not known: the one `predicate` reads (its `fact_noun` in syntax/predicates.def:
  // "deposit", "signature", ...), named by the first predicate that reads it (party's deposit is
  // ratified's); `day_only`: only the exact day of a deposit known by a bound is missing.
  syntax::Predicate predicate = syntax::Predicate::ratified;
  bool day_only = false;
  std::uint32_t target = 0;
  std::size_t verdicts = 0;                // unknown verdicts whose record names it
  std::vector<std::string> states;         // the states concerned, sorted (all of them)
  std::vector<std::uint32_t> obligations;  // the obligations concerned, rule order
};
// "deposit", "deposit_date", "signature", "event_date", ... (JSON names: the fact's noun, blanks
// as underscores, and "_date" for a day only).
std::string what_name(const MissingFact& m);
// "deposit", "deposit date", "event date", ... (text).
std::string what_text(const MissingFact& m);

struct Gaps {
  Day as_of = no_day;
  std::size_t states = 0;            // profiles looked at (JSON "states")
  std::size_t organisations = 0;     // of them, organisations (the EU): not states
  std::size_t unknown_verdicts = 0;  // among them
  std::vector<MissingFact> facts;    // most verdicts first, ties by name then what
};

// `run`: a check of the selected states (all obligations, or a selection).
Gaps gaps(const eval::Program& program, const eval::CheckRun& run);

}  // namespace pacta::advice
