// Condition coverage: a condition is covered when the tests saw it both true and false. Only
// the snapshots of expectations count (a verdict nobody compared tests nothing), and only the
// clauses the verdict reads: `exempt when` where the obligation applies, `require` where it
// applies and is not exempt (eval::verdict's order). Pending and unknown are not outcomes.
#include <string_view>

#include "testing/detail.hpp"
#include "testing/rule_tests.hpp"

namespace pacta::testing {
namespace {

constexpr const char* applies_clause = "applies when";
constexpr const char* exempt_clause = "exempt when";
constexpr const char* require_clause = "require";

std::string source_text(const diag::SourceMap& sources, const diag::Location& where) {
  if (where.file == diag::no_file) return {};
  const std::string& text = sources.file(where.file).text;
  std::string out;
  for (std::uint32_t i = where.span.begin; i < where.span.end && i < text.size(); ++i) {
    char c = text[i];
    bool blank = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (!blank)
      out += c;
    else if (!out.empty() && out.back() != ' ')
      out += ' ';
  }
  return out;
}

// The nodes of one clause in source order (pre-order), without recursion.
void add_clause(const eval::Program& program, const diag::SourceMap& sources, std::uint32_t root, const char* clause,
                ObligationCoverage& out) {
  std::vector<std::uint32_t> stack{root};
  while (!stack.empty()) {
    std::uint32_t id = stack.back();
    stack.pop_back();
    const eval::Node& n = program.nodes[id];
    diag::Location where = detail::condition_location(program, sources, id);
    out.conditions.push_back({id, clause, source_text(sources, where), where, false, false});
    if (n.op == eval::Op::atom) continue;
    for (std::uint32_t k = n.count; k > 0; --k) stack.push_back(program.children[n.first + k - 1]);
  }
}

void mark(ObligationCoverage& oc, const eval::Snapshot& snapshot, const char* clause) {
  for (ConditionCoverage& c : oc.conditions) {
    if (std::string_view(c.clause) != clause) continue;
    eval::Truth t = eval::evaluate(snapshot, c.node);
    c.seen_true = c.seen_true || t == eval::Truth::yes;
    c.seen_false = c.seen_false || t == eval::Truth::no;
  }
}

}  // namespace

std::size_t ObligationCoverage::covered() const {
  std::size_t n = 0;
  for (const auto& c : conditions) n += c.covered();
  return n;
}

std::size_t Coverage::conditions() const {
  std::size_t n = 0;
  for (const auto& o : obligations) n += o.conditions.size();
  return n;
}

std::size_t Coverage::covered() const {
  std::size_t n = 0;
  for (const auto& o : obligations) n += o.covered();
  return n;
}

double Coverage::percent() const {
  std::size_t total = conditions();
  return total == 0 ? 100.0 : 100.0 * static_cast<double>(covered()) / static_cast<double>(total);
}

Coverage coverage_of(const eval::Program& program, const diag::SourceMap& sources) {
  Coverage coverage;
  for (std::uint32_t o = 0; o < program.obligations.size(); ++o) {
    const eval::CompiledObligation& co = program.obligations[o];
    ObligationCoverage oc;
    oc.obligation = o;
    if (co.applies != eval::no_node) add_clause(program, sources, co.applies, applies_clause, oc);
    if (co.exempt != eval::no_node) add_clause(program, sources, co.exempt, exempt_clause, oc);
    add_clause(program, sources, co.require, require_clause, oc);
    coverage.obligations.push_back(std::move(oc));
  }
  return coverage;
}

void record_coverage(Coverage& coverage, const eval::Snapshot& snapshot, std::uint32_t obligation) {
  const eval::CompiledObligation& co = snapshot.program().obligations[obligation];
  ObligationCoverage& oc = coverage.obligations[obligation];
  ++oc.expectations;
  eval::Truth applies = eval::Truth::yes;
  if (co.applies != eval::no_node) {
    mark(oc, snapshot, applies_clause);
    applies = eval::evaluate(snapshot, co.applies);
  }
  if (applies == eval::Truth::no || applies == eval::Truth::pending) return;
  if (co.exempt != eval::no_node) {
    mark(oc, snapshot, exempt_clause);
    if (eval::evaluate(snapshot, co.exempt) == eval::Truth::yes) return;
  }
  mark(oc, snapshot, require_clause);
}

}  // namespace pacta::testing
