// Evaluation of a compiled program against one profile as of a date. A Snapshot holds the
// profile's facts reduced to truth values at that date (built once per profile); verdicts
// are then table lookups and small loops, no allocation and no strings.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "eval/program.hpp"
#include "model/profile.hpp"

namespace pacta::eval {

// Ordered so that `and` is the minimum and `or` the maximum.
enum class Truth : std::uint8_t { no = 0, unknown = 1, pending = 2, yes = 3 };
const char* truth_name(Truth t);

// Ordered for output: violations first.
enum class Status : std::uint8_t { violated, unknown, pending, satisfied, exempt, not_applicable };
const char* status_name(Status s);

class Snapshot {
 public:
  Snapshot(const Program& program, Day as_of);
  Snapshot(const Snapshot&) = delete;
  Snapshot& operator=(const Snapshot&) = delete;
  void reset(const model::Profile& profile);

  const Program& program() const { return *program_; }
  const model::Profile& profile() const { return *profile_; }
  Day as_of() const { return as_of_; }

  // A tabled predicate's truth for declaration i (not reserved: see Program::truth_base).
  Truth truth(syntax::Predicate p, std::uint32_t i) const {
    return truths_[program_->truth_base[static_cast<std::size_t>(p)] + i];
  }
  Truth ratified(std::uint32_t i) const { return truth(syntax::Predicate::ratified, i); }
  Truth party(std::uint32_t i) const { return truth(syntax::Predicate::party, i); }
  Truth signed_(std::uint32_t i) const { return truth(syntax::Predicate::signed_, i); }
  Truth joined(std::uint32_t i) const { return truth(syntax::Predicate::joined, i); }
  Truth submitted(std::uint32_t i) const { return truth(syntax::Predicate::submitted, i); }
  Truth event(std::uint32_t i) const { return truth(syntax::Predicate::event, i); }
  Truth member(std::uint32_t i) const { return truth(syntax::Predicate::member, i); }
  // The whole table, in Program::truth_base's layout (compiled nodes index it directly).
  const Truth* truths() const { return truths_.data(); }
  Day party_from(std::uint32_t i) const { return party_from_[i]; }
  // True when party_from is only an upper bound (the deposit is known by a bound only).
  bool party_from_is_bound(std::uint32_t i) const { return party_bound_[i] != 0; }

 private:
  Truth& at(syntax::Predicate p, std::size_t i) {
    return truths_[program_->truth_base[static_cast<std::size_t>(p)] + i];
  }

  const Program* program_;
  const model::Profile* profile_ = nullptr;
  Day as_of_;
  std::vector<Truth> truths_;
  std::vector<Day> party_from_;
  std::vector<char> party_bound_;
};

// The truth of a predicate at the snapshot's date, and the day it became true.
struct Fact {
  Truth truth = Truth::unknown;
  Day since = no_day;
  bool bound = false;  // `since` is only an upper bound: it became true on or before that day
};
Fact fact(const Snapshot& s, syntax::Predicate predicate, std::uint32_t target, std::uint32_t article);

// What a deadline found, for explanations and reports.
struct DeadlineFinding {
  enum class Kind : std::uint8_t { none, met, late, missing, not_due, not_started, unknown } kind = Kind::none;
  std::uint32_t period = 0;  // every year: the first period late or missing
  Day due = no_day;
  Day submitted = no_day;
  std::uint32_t periods_due = 0, late = 0, missing = 0;
  Day next_due = no_day;  // every year: the next period's due day after the as-of date
  // every year: each period late (with its submission day) or missing (no_day), in order
  std::vector<std::pair<std::uint32_t, Day>> lapses;
};

// Untimed single atoms (most applies/require clauses) are one table read, inline.
Truth evaluate_slow(const Snapshot& s, std::uint32_t node);
inline Truth evaluate(const Snapshot& s, std::uint32_t node) {
  const Node& n = s.program().nodes[node];
  return n.fast ? s.truths()[n.table] : evaluate_slow(s, node);
}
// One atom's member (for sets) or target, with its timing; fills `finding` when given.
Truth evaluate_atom_target(const Snapshot& s, const Node& n, std::uint32_t target, DeadlineFinding* finding);

Status verdict(const Snapshot& s, std::uint32_t obligation);

}  // namespace pacta::eval
