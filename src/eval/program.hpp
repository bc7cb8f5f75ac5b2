// A rule set compiled for evaluation: conditions flattened into one node array with names
// resolved to indices, so evaluating a profile does no string lookups. Compile once, then
// evaluate every profile (evaluate.hpp).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/profile.hpp"
#include "sema/rule_set.hpp"
#include "syntax/predicates.hpp"

namespace pacta::eval {

inline constexpr std::uint32_t no_node = 0xffffffffu;

enum class Op : std::uint8_t { atom, not_, and_, or_ };

struct Node {
  Op op = Op::atom;
  // Untimed atoms read the snapshot's truth table: `fast` (a single target) at `table`, a
  // quantified one at `table` + member. Timed atoms and reservations take the slow path.
  bool fast = false;
  bool tabled = false;
  std::uint32_t table = 0;
  syntax::Predicate predicate = syntax::Predicate::ratified;
  syntax::Quantifier quantifier = syntax::Quantifier::single;
  syntax::TimingKind timing = syntax::TimingKind::none;
  std::uint32_t target = 0;  // single target: index in its kind's table
  std::uint32_t first = 0;   // set members (Program::members) or children (Program::children)
  std::uint32_t count = 0;
  std::uint32_t at_least = 0;
  std::uint32_t article = 0;  // reserved: index into Program::articles
  Day date = no_day;          // before, by, after, since
  Duration within;
  bool has_grace = false;
  Duration grace;
  bool has_anchor = false;
  bool anchor_is_date = true;
  Day anchor_date = no_day;
  syntax::Predicate anchor_predicate = syntax::Predicate::event;
  std::uint32_t anchor_target = 0;
  std::uint32_t due_first = 0, due_count = 0;  // every year: Program::due
  diag::Location where;                        // the condition's text, for explanations
};

struct DueDate {
  std::uint32_t from_period = 0;
  int month = 6, day = 30;
};

struct CompiledObligation {
  std::uint32_t applies = no_node;
  std::uint32_t exempt = no_node;
  std::uint32_t require = no_node;
  // Its clauses name instruments, none of them open to organisations: it binds States only,
  // and is not_applicable to an organisation whatever the facts.
  bool states_only = false;
};

// When an instrument is in force in general: declared, or computed from the loaded
// profiles' deposits by its "N deposits" rule.
struct EntryIntoForce {
  Day date = no_day;  // no_day: not in force (threshold not reached)
  bool declared = false;
  bool computed = false;
  std::uint32_t deposits_seen = 0;  // computed: deposits among the loaded profiles
  std::string nth_state;            // computed: whose deposit was the Nth
  Day nth_deposit = no_day;
};

struct Program {
  const sema::RuleSet* rules = nullptr;
  // Where each predicate's block starts in a snapshot's truth table, indexed by Predicate, one
  // entry per declaration of its argument's kind (syntax/predicates.hpp); a predicate with an
  // article (reserved) has an empty block. [predicate_count] is the table's size.
  std::uint32_t truth_base[syntax::predicate_count + 1] = {};
  std::vector<Node> nodes;
  std::vector<std::uint32_t> children;
  std::vector<std::uint32_t> members;
  std::vector<DueDate> due;
  std::vector<std::string> articles;
  std::vector<CompiledObligation> obligations;   // parallel to rules->obligations
  std::vector<EntryIntoForce> entry_into_force;  // parallel to rules->instruments
};

Program compile(const sema::RuleSet& rules);

// An organisation (model::PartyKind) can never sign or join an instrument that is not open to
// organisations: what its profile does not list about one is settled ("no"), not unknown.
inline bool closed_to(const sema::RuleSet& rules, const model::Profile& p, std::uint32_t instrument) {
  return p.kind == model::PartyKind::organisation && !rules.instruments[instrument].open_to_organisations;
}

// Fills program.entry_into_force, and each profile's in-force dates (party_from below). An
// organisation's deposit is not counted toward an "N deposits" rule: "any instrument deposited
// by a regional economic integration organization shall not be counted as additional to those
// deposited by member States" (UNTOC art. 38(1), UNCAC art. 68(1), the Protocols).
void resolve_entry_into_force(Program& program, const std::vector<model::Profile>& profiles);

// The day an instrument is in force for a state that deposited on `deposit`.
Day in_force_for_state(const Program& program, std::uint32_t instrument, Day deposit);

}  // namespace pacta::eval
