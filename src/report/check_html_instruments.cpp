#include <algorithm>

#include "report/check_html.hpp"

namespace pacta::report::html {
namespace {

bool names_instrument(syntax::Predicate p) { return syntax::definition(p).argument == syntax::DeclKind::instrument; }

void collect(const eval::Program& program, std::uint32_t node, std::vector<std::uint32_t>& out) {
  if (node == eval::no_node || node >= program.nodes.size()) return;
  const eval::Node& n = program.nodes[node];
  if (n.op != eval::Op::atom) {
    for (std::uint32_t k = 0; k < n.count; ++k) collect(program, program.children[n.first + k], out);
    return;
  }
  if (names_instrument(n.predicate)) {
    if (n.quantifier == syntax::Quantifier::single)
      out.push_back(n.target);
    else
      out.insert(out.end(), program.members.begin() + n.first, program.members.begin() + n.first + n.count);
  }
  if (n.has_anchor && !n.anchor_is_date && names_instrument(n.anchor_predicate)) out.push_back(n.anchor_target);
}

}  // namespace

std::vector<std::uint32_t> instruments_of(const eval::Program& program, std::uint32_t obligation) {
  std::vector<std::uint32_t> out;
  const eval::CompiledObligation& c = program.obligations[obligation];
  for (std::uint32_t root : {c.applies, c.exempt, c.require}) collect(program, root, out);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace pacta::report::html
