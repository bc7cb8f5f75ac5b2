// Why a verdict is what it is, in full: the obligation's conditions as a tree, each node with
// its value and rule location, each atom (and each member of a quantified atom) with its
// finding (eval/record.hpp: the fact, its date and its place in the profile), and the verdict
// record whose one-line wording every other output uses. Computed with the same evaluator as
// the verdicts; worded by report/explain_report.hpp.
#pragma once

#include <string>
#include <vector>

#include "diag/source_map.hpp"
#include "eval/evaluate.hpp"
#include "eval/record.hpp"

namespace pacta::eval {

struct ExplainNode {
  std::string label;             // "applies when", "exempt when", "require", or empty
  std::uint32_t node = no_node;  // the Program node; no_node for a member of a quantified atom
  Truth value = Truth::unknown;
  diag::Location where;           // the condition's rule text
  std::vector<Finding> findings;  // an atom's (or a member's) finding
  std::vector<ExplainNode> children;
};

struct Explanation {
  std::string state, obligation, title, source;
  syntax::Level severity = syntax::Level::error;
  Status status = Status::unknown;
  Day as_of = no_day;
  diag::Location obligation_where;
  diag::Location profile_where;
  VerdictRecord record;
  std::vector<ExplainNode> clauses;  // applies, exempt, require (those present)
};

Explanation explain(const Snapshot& s, std::uint32_t obligation);

}  // namespace pacta::eval
