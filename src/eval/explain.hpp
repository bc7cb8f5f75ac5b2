// Why a verdict is what it is: the obligation's conditions as a tree, each node with its
// value, the rule text it comes from (path:line) and the profile facts it rests on.
// Computed with the same evaluator as the verdicts, node by node.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diag/source_map.hpp"
#include "eval/evaluate.hpp"

namespace pacta::eval {

struct FactNote {
  std::string text;
  diag::Location where;  // in the profile, or no_file for derived facts
};

struct ExplainNode {
  std::string label;  // "applies when", "require", or empty
  std::string text;   // the condition's source text
  Truth value = Truth::unknown;
  diag::Location where;
  std::vector<FactNote> facts;
  std::vector<ExplainNode> children;
};

struct Explanation {
  std::string state, obligation, title, source;
  syntax::Level severity = syntax::Level::error;
  Status status = Status::unknown;
  Day as_of = no_day;
  diag::Location obligation_where;
  diag::Location profile_where;
  std::vector<ExplainNode> clauses;  // applies, exempt, require (those present)
};

Explanation explain(const Snapshot& s, const diag::SourceMap& sources, std::uint32_t obligation);
// One line saying why: the first fact that decided a non-satisfied verdict.
std::string reason(const Explanation& e);

}  // namespace pacta::eval
