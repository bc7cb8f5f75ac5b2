#include "eval/explain.hpp"

namespace pacta::eval {

namespace {

class Explainer {
 public:
  explicit Explainer(const Snapshot& s) : s_(s), prog_(s.program()) {}

  // Trees are at most 64 levels deep (P004): recursion is bounded.
  ExplainNode node(std::uint32_t id, std::string label) {
    const Node& n = prog_.nodes[id];
    ExplainNode out;
    out.label = std::move(label);
    out.node = id;
    out.value = evaluate(s_, id);
    out.where = n.where;
    if (n.op != Op::atom) {
      for (std::uint32_t k = 0; k < n.count; ++k) out.children.push_back(node(prog_.children[n.first + k], {}));
      return out;
    }
    if (n.quantifier == syntax::Quantifier::single) {
      out.findings.push_back(find(s_, id, n.target));
      return out;
    }
    for (std::uint32_t k = 0; k < n.count; ++k) {
      ExplainNode member;
      member.findings.push_back(find(s_, id, prog_.members[n.first + k]));
      member.value = member.findings.back().value;
      out.children.push_back(std::move(member));
    }
    return out;
  }

 private:
  const Snapshot& s_;
  const Program& prog_;
};

}  // namespace

Explanation explain(const Snapshot& s, std::uint32_t obligation) {
  const Program& prog = s.program();
  const sema::Obligation& o = prog.rules->obligations[obligation];
  const CompiledObligation& co = prog.obligations[obligation];
  Explanation e;
  e.state = s.profile().state;
  e.obligation = o.id;
  e.title = o.title;
  e.source = o.source;
  e.severity = o.severity;
  e.status = verdict(s, obligation);
  e.as_of = s.as_of();
  e.obligation_where = o.where;
  e.profile_where = s.profile().where;
  e.record = record(s, obligation, e.status);
  Explainer x(s);
  if (co.applies != no_node) e.clauses.push_back(x.node(co.applies, "applies when"));
  if (co.exempt != no_node) e.clauses.push_back(x.node(co.exempt, "exempt when"));
  e.clauses.push_back(x.node(co.require, "require"));
  return e;
}

}  // namespace pacta::eval
