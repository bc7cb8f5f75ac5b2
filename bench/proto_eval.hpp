// A prototype of the evaluator changes proposed in docs/BENCHMARKS.md ("What would make
// evaluation faster"), built over the real eval::Program and eval::Snapshot so that pacta_bench
// can (1) check that it gives the same verdict as eval::verdict for every profile and
// obligation of the workload and (2) measure it beside the real path. Bench-only: pacta does
// not use it, and src/ is unchanged. What it changes:
//
//   P1  one contiguous Truth table per snapshot (ratified | party | signed | joined |
//       submitted | event | member), so an untimed atom is truths[base + target] and a
//       quantified one a loop over one table: no per-member switch on timing and predicate;
//   P2  a 24-byte "hot" node per condition node (op, how to evaluate, table base, members,
//       count, at least), the 84-byte eval::Node consulted only by timed atoms;
//   P3  quantifiers count with a 4-bucket histogram indexed by Truth;
//   P4  the fast path (an untimed single atom) is inline in verdict; everything else is out of
//       line, so the common case does not pay the timed paths' register saves;
//   P5  `every year` steps the due day by 365/366 days instead of to_day() per period;
//   P6  a second table, parallel to the first, of the day each fact became true (what
//       eval::fact returns as `since`, with its `bound` flag), so before/by/after/since atoms
//       are a few loads and a compare.
//
// Reserved and `within` atoms still go through eval::evaluate_atom_target.
#pragma once

#include <cstdint>
#include <vector>

#include "eval/evaluate.hpp"
#include "eval/program.hpp"

namespace pacta::bench {

// eval::Snapshot plus the contiguous table of P1. (The proposal is to give eval::Snapshot
// this layout; here it is filled from the real snapshot's accessors after its reset.)
class ProtoSnapshot {
 public:
  ProtoSnapshot(const eval::Program& program, Day as_of);
  void reset(const model::Profile& profile);
  const eval::Snapshot& inner() const { return inner_; }
  const eval::Truth* truths() const { return truths_.data(); }
  const Day* since() const { return since_.data(); }
  const char* bound() const { return bound_.data(); }  // since is only an upper bound (ratified_by)

 private:
  eval::Snapshot inner_;
  std::vector<eval::Truth> truths_;
  std::vector<Day> since_;
  std::vector<char> bound_;
};

class ProtoEvaluator {
 public:
  explicit ProtoEvaluator(const eval::Program& program);
  eval::Status verdict(const ProtoSnapshot& s, std::uint32_t obligation) const;

  struct HotNode {
    eval::Op op = eval::Op::atom;
    std::uint8_t how = 0;  // How
    syntax::Quantifier quantifier = syntax::Quantifier::single;
    syntax::TimingKind timing = syntax::TimingKind::none;  // dated_single: which comparison
    std::uint32_t base = 0;      // table: single: base + target; set: base of the predicate's table
    std::uint32_t first = 0;     // members (sets) or children (not/and/or)
    std::uint32_t count = 0;
    std::uint32_t at_least = 0;
    std::uint32_t node = 0;      // the eval::Node, for timed atoms
  };
  static_assert(sizeof(HotNode) == 24, "hot nodes are 24 bytes");
  enum How : std::uint8_t { table_single, table_set, dated_single, slow_single, slow_set, annual, combine };

 private:
  eval::Truth evaluate(const ProtoSnapshot& s, std::uint32_t id) const;
  eval::Truth evaluate_slow(const ProtoSnapshot& s, std::uint32_t id) const;

  const eval::Program* program_;
  std::vector<HotNode> nodes_;
  std::vector<eval::CompiledObligation> obligations_;
};

// Offsets of each predicate's table in ProtoSnapshot::truths(); member is last.
struct TableLayout {
  std::uint32_t ratified, party, signed_, joined, submitted, event, member, size;
  explicit TableLayout(const sema::RuleSet& r);
};

}  // namespace pacta::bench
