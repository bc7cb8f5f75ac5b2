#include <algorithm>

#include "eval/program.hpp"
#include "model/load.hpp"

namespace pacta::eval {
namespace {

using namespace syntax;

std::size_t block_of(Predicate p) { return static_cast<std::size_t>(p); }

// How many declarations a predicate's argument kind has: the size of its truth block.
std::size_t block_size(const sema::RuleSet& rules, const syntax::PredicateDef& d) {
  if (d.article) return 0;  // its truth depends on the article: evaluated, never tabled
  switch (d.argument) {
    case syntax::DeclKind::instrument:
      return rules.instruments.size();
    case syntax::DeclKind::mechanism:
      return rules.mechanisms.size();
    case syntax::DeclKind::report:
      return rules.reports.size();
    case syntax::DeclKind::event:
      return rules.events.size();
    case syntax::DeclKind::group:
      return rules.groups.size();
  }
  return 0;
}

class Compiler {
 public:
  Compiler(const sema::RuleSet& rules, Program& out) : rules_(rules), out_(out) {}

  std::uint32_t condition(const sema::ConditionRef& ref) { return expr(rules_.files[ref.file], ref.expr); }

 private:
  std::uint32_t index_of(const std::string& name) const { return rules_.lookup(name)->index; }

  std::uint32_t article(const std::string& text) {
    std::string a = model::normalise_article(text);
    auto it = std::find(out_.articles.begin(), out_.articles.end(), a);
    if (it != out_.articles.end()) return static_cast<std::uint32_t>(it - out_.articles.begin());
    out_.articles.push_back(a);
    return static_cast<std::uint32_t>(out_.articles.size() - 1);
  }

  std::uint32_t expr(const RuleFile& f, std::uint32_t id) {
    const Expr& e = f.exprs[id];
    Node n;
    n.where = {f.file, e.span};
    if (e.kind == ExprKind::atom) {
      atom(f.atoms[e.atom], n);
    } else {
      n.op = e.kind == ExprKind::not_ ? Op::not_ : e.kind == ExprKind::and_ ? Op::and_ : Op::or_;
      std::vector<std::uint32_t> kids;
      for (auto op : e.operands) kids.push_back(expr(f, op));
      n.first = static_cast<std::uint32_t>(out_.children.size());
      n.count = static_cast<std::uint32_t>(kids.size());
      out_.children.insert(out_.children.end(), kids.begin(), kids.end());
    }
    out_.nodes.push_back(n);
    return static_cast<std::uint32_t>(out_.nodes.size() - 1);
  }

  void atom(const Atom& a, Node& n) {
    n.op = Op::atom;
    n.predicate = a.predicate;
    n.quantifier = a.target.quantifier.quantifier;
    n.at_least = a.target.quantifier.at_least;
    if (a.target.inline_set || n.quantifier != Quantifier::single) {
      if (n.quantifier == Quantifier::single) n.quantifier = Quantifier::all;
      std::vector<std::uint32_t> members;
      if (a.target.inline_set) {
        for (const Name& m : a.target.names) members.push_back(index_of(m.text));
        std::sort(members.begin(), members.end());
        members.erase(std::unique(members.begin(), members.end()), members.end());
      } else {
        members = rules_.sets[index_of(a.target.names.front().text)].members;
      }
      n.first = static_cast<std::uint32_t>(out_.members.size());
      n.count = static_cast<std::uint32_t>(members.size());
      out_.members.insert(out_.members.end(), members.begin(), members.end());
    } else {
      n.target = index_of(a.target.names.front().text);
    }
    if (a.article) n.article = article(a.article->text);
    if (a.timing.kind == TimingKind::none && !syntax::definition(a.predicate).article) {
      n.tabled = true;
      n.fast = n.quantifier == Quantifier::single;
      n.table = out_.truth_base[block_of(a.predicate)] + (n.fast ? n.target : 0);
    }
    const Timing& t = a.timing;
    n.timing = t.kind;
    n.date = t.date.day;
    n.within = t.within.value;
    n.has_grace = t.has_grace;
    n.grace = t.grace.value;
    n.has_anchor = t.has_anchor;
    if (t.has_anchor) {
      n.anchor_is_date = t.anchor.is_date;
      n.anchor_date = t.anchor.date.day;
      n.anchor_predicate = t.anchor.predicate;
      if (!t.anchor.is_date) n.anchor_target = index_of(t.anchor.name.text);
    }
    if (t.kind == TimingKind::every_year) {
      n.due_first = static_cast<std::uint32_t>(out_.due.size());
      n.due_count = static_cast<std::uint32_t>(t.due.size());
      for (const DueRule& d : t.due) out_.due.push_back({d.from_year, d.month, d.day});
    }
  }

  const sema::RuleSet& rules_;
  Program& out_;
};

// Calls f(instrument) for every instrument a condition names: atoms' targets and set members,
// and anchors.
template <typename F>
void each_instrument(const Program& p, std::uint32_t id, F&& f) {
  if (id == no_node) return;
  const Node& n = p.nodes[id];
  if (n.op != Op::atom) {
    for (std::uint32_t k = 0; k < n.count; ++k) each_instrument(p, p.children[n.first + k], f);
    return;
  }
  if (syntax::definition(n.predicate).argument == DeclKind::instrument) {
    if (n.quantifier == Quantifier::single)
      f(n.target);
    else
      for (std::uint32_t k = 0; k < n.count; ++k) f(p.members[n.first + k]);
  }
  if (n.has_anchor && !n.anchor_is_date && syntax::definition(n.anchor_predicate).argument == DeclKind::instrument)
    f(n.anchor_target);
}

// Some instrument named, and none open to organisations.
bool states_only(const Program& p, const CompiledObligation& o) {
  bool named = false, open = false;
  auto see = [&](std::uint32_t i) {
    named = true;
    open = open || p.rules->instruments[i].open_to_organisations;
  };
  for (std::uint32_t clause : {o.applies, o.exempt, o.require}) each_instrument(p, clause, see);
  return named && !open;
}

}  // namespace

Program compile(const sema::RuleSet& rules) {
  Program p;
  p.rules = &rules;
  for (std::size_t k = 0; k < syntax::predicate_count; ++k)
    p.truth_base[k + 1] = p.truth_base[k] + static_cast<std::uint32_t>(block_size(rules, syntax::predicate_defs[k]));
  Compiler c(rules, p);
  for (const sema::Obligation& o : rules.obligations) {
    CompiledObligation co;
    if (o.applies) co.applies = c.condition(*o.applies);
    if (o.exempt) co.exempt = c.condition(*o.exempt);
    co.require = c.condition(o.require);
    co.states_only = states_only(p, co);
    p.obligations.push_back(co);
  }
  p.entry_into_force.resize(rules.instruments.size());
  return p;
}

}  // namespace pacta::eval
