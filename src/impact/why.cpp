#include "impact/why.hpp"

namespace pacta::impact {
namespace {

// The first leaf along the tree whose value is `want`, else the deepest node that has it.
const eval::ExplainNode* deciding(const eval::ExplainNode& n, eval::Truth want) {
  if (n.value != want) return nullptr;
  for (const eval::ExplainNode& c : n.children)
    if (const eval::ExplainNode* d = deciding(c, want)) return d;
  return &n;
}

std::string line(const eval::ExplainNode& n) {
  std::string facts;
  for (const eval::FactNote& f : n.facts) facts += (facts.empty() ? "" : "; ") + f.text;
  if (n.text.empty()) return facts;
  return facts.empty() ? n.text : n.text + ": " + facts;
}

std::string clause_why(const eval::Explanation& e, const char* label, eval::Truth want) {
  for (const eval::ExplainNode& clause : e.clauses)
    if (clause.label == label)
      if (const eval::ExplainNode* d = deciding(clause, want)) return line(*d);
  return {};
}

}  // namespace

std::string why(const eval::Explanation& e) {
  switch (e.status) {
    case eval::Status::violated:
    case eval::Status::unknown:
    case eval::Status::pending: return eval::reason(e);
    case eval::Status::satisfied: return clause_why(e, "require", eval::Truth::yes);
    case eval::Status::exempt: return clause_why(e, "exempt when", eval::Truth::yes);
    case eval::Status::not_applicable: {
      std::string no = clause_why(e, "applies when", eval::Truth::no);
      return no.empty() ? clause_why(e, "applies when", eval::Truth::pending) : no;
    }
  }
  return {};
}

}  // namespace pacta::impact
