#include "format/same_tree.hpp"

namespace pacta::format {

using namespace syntax;

namespace {

class Comparer {
 public:
  Comparer(const RuleFile& a, const RuleFile& b) : a_(a), b_(b) {}

  bool files() {
    if (a_.parsed != b_.parsed) return fail("file: parsed differs");
    if (!same_size(a_.declarations, b_.declarations, "declarations") || !same_size(a_.sets, b_.sets, "sets") ||
        !same_size(a_.obligations, b_.obligations, "obligations") || !same_size(a_.tests, b_.tests, "tests"))
      return false;
    for (std::size_t i = 0; i < a_.declarations.size(); ++i)
      if (!declaration(a_.declarations[i], b_.declarations[i])) return false;
    for (std::size_t i = 0; i < a_.sets.size(); ++i)
      if (!set(a_.sets[i], b_.sets[i])) return false;
    for (std::size_t i = 0; i < a_.obligations.size(); ++i)
      if (!obligation(a_.obligations[i], b_.obligations[i])) return false;
    for (std::size_t i = 0; i < a_.tests.size(); ++i)
      if (!test(a_.tests[i], b_.tests[i])) return false;
    return true;
  }

  const std::string& difference() const { return difference_; }

 private:
  bool fail(const std::string& what) {
    difference_ = what;
    return false;
  }
  template <typename T>
  bool same_size(const std::vector<T>& a, const std::vector<T>& b, const std::string& what) {
    if (a.size() == b.size()) return true;
    return fail(what + ": " + std::to_string(a.size()) + " vs " + std::to_string(b.size()));
  }
  static bool same(const std::optional<StringLit>& a, const std::optional<StringLit>& b) {
    return a.has_value() == b.has_value() && (!a || a->text == b->text);
  }
  static bool same(const Duration& a, const Duration& b) { return a.count == b.count && a.unit == b.unit; }
  static bool same(const std::vector<Name>& a, const std::vector<Name>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
      if (a[i].text != b[i].text) return false;
    return true;
  }

  bool declaration(const Declaration& a, const Declaration& b) {
    std::string where = std::string(decl_kind_name(a.kind)) + " " + a.id.text;
    if (a.kind != b.kind || a.id.text != b.id.text || !same(a.title, b.title)) return fail(where + ": header differs");
    if (!same_size(a.clauses, b.clauses, where + ": clauses")) return false;
    for (std::size_t i = 0; i < a.clauses.size(); ++i) {
      const DeclClause& x = a.clauses[i];
      const DeclClause& y = b.clauses[i];
      bool ok = x.kind == y.kind && x.date.day == y.date.day &&
                x.delay.first_day_of_month == y.delay.first_day_of_month &&
                same(x.delay.duration.value, y.delay.duration.value) && x.delay.months == y.delay.months &&
                x.deposits == y.deposits && x.name.text == y.name.text && x.text.text == y.text.text;
      if (!ok) return fail(where + ": clause " + std::to_string(i + 1) + " differs");
    }
    return true;
  }

  bool set(const SetDecl& a, const SetDecl& b) {
    if (a.id.text != b.id.text || !same(a.members, b.members)) return fail("set " + a.id.text + " differs");
    return true;
  }

  bool obligation(const Obligation& a, const Obligation& b) {
    std::string where = "obligation " + a.id.text;
    if (a.id.text != b.id.text || !same(a.title, b.title)) return fail(where + ": header differs");
    if (!same_size(a.clauses, b.clauses, where + ": clauses")) return false;
    for (std::size_t i = 0; i < a.clauses.size(); ++i) {
      const ObligationClause& x = a.clauses[i];
      const ObligationClause& y = b.clauses[i];
      std::string clause = where + ": clause " + std::to_string(i + 1);
      if (x.kind != y.kind || x.text.text != y.text.text || x.severity != y.severity) return fail(clause + " differs");
      bool has_condition = x.kind == ObligationClauseKind::applies || x.kind == ObligationClauseKind::exempt ||
                           x.kind == ObligationClauseKind::require;
      if (has_condition && !expr(x.condition, y.condition)) return fail(clause + ": condition differs");
    }
    return true;
  }

  // Recursion follows parentheses and and/or lists (bounded by the parser's nesting limit);
  // chains of `not` are walked in a loop.
  bool expr(std::uint32_t ia, std::uint32_t ib) {
    while (true) {
      if (ia >= a_.exprs.size() || ib >= b_.exprs.size()) return false;
      const Expr& x = a_.exprs[ia];
      const Expr& y = b_.exprs[ib];
      if (x.kind != y.kind || x.parenthesized != y.parenthesized || x.operands.size() != y.operands.size())
        return false;
      switch (x.kind) {
        case ExprKind::atom:
          return x.atom < a_.atoms.size() && y.atom < b_.atoms.size() && atom(a_.atoms[x.atom], b_.atoms[y.atom]);
        case ExprKind::not_:
          ia = x.operands.at(0);
          ib = y.operands.at(0);
          continue;
        case ExprKind::and_:
        case ExprKind::or_:
          for (std::size_t i = 0; i < x.operands.size(); ++i)
            if (!expr(x.operands[i], y.operands[i])) return false;
          return true;
      }
      return false;
    }
  }

  static bool atom(const Atom& a, const Atom& b) {
    const Target& s = a.target;
    const Target& t = b.target;
    if (a.predicate != b.predicate || s.quantifier.quantifier != t.quantifier.quantifier ||
        s.quantifier.at_least != t.quantifier.at_least || s.inline_set != t.inline_set || !same(s.names, t.names) ||
        !same(a.article, b.article))
      return false;
    const Timing& x = a.timing;
    const Timing& y = b.timing;
    if (x.kind != y.kind || x.date.day != y.date.day || !same(x.within.value, y.within.value) ||
        x.has_anchor != y.has_anchor || x.has_grace != y.has_grace || !same(x.grace.value, y.grace.value) ||
        x.due.size() != y.due.size())
      return false;
    if (x.has_anchor &&
        (x.anchor.is_date != y.anchor.is_date || x.anchor.date.day != y.anchor.date.day ||
         (!x.anchor.is_date && (x.anchor.predicate != y.anchor.predicate || x.anchor.name.text != y.anchor.name.text))))
      return false;
    for (std::size_t i = 0; i < x.due.size(); ++i)
      if (x.due[i].from_year != y.due[i].from_year || x.due[i].month != y.due[i].month || x.due[i].day != y.due[i].day)
        return false;
    return true;
  }

  bool test(const TestBlock& a, const TestBlock& b) {
    std::string where = "test " + a.id.text;
    if (a.id.text != b.id.text || !same(a.title, b.title)) return fail(where + ": header differs");
    if (!same_size(a.as_of, b.as_of, where + ": as_of") || !same_size(a.profiles, b.profiles, where + ": profiles") ||
        !same_size(a.states, b.states, where + ": states") ||
        !same_size(a.expectations, b.expectations, where + ": expectations"))
      return false;
    for (std::size_t i = 0; i < a.as_of.size(); ++i)
      if (a.as_of[i].day != b.as_of[i].day) return fail(where + ": as_of differs");
    for (std::size_t i = 0; i < a.profiles.size(); ++i)
      if (a.profiles[i].text != b.profiles[i].text) return fail(where + ": profile differs");
    for (std::size_t i = 0; i < a.states.size(); ++i) {
      const TestState& s = a.states[i];
      const TestState& t = b.states[i];
      std::string state = where + ": state " + s.state.text;
      if (s.state.text != t.state.text) return fail(state + " differs");
      if (!same_size(s.facts, t.facts, state + ": facts")) return false;
      for (std::size_t k = 0; k < s.facts.size(); ++k) {
        const TestFact& f = s.facts[k];
        const TestFact& g = t.facts[k];
        bool f_period = f.period_span.end > f.period_span.begin;
        bool g_period = g.period_span.end > g.period_span.begin;
        if (f.kind != g.kind || f.name.text != g.name.text || f.date.day != g.date.day ||
            f.article.text != g.article.text || f.period != g.period || f_period != g_period)
          return fail(state + ": fact " + std::to_string(k + 1) + " differs");
      }
    }
    for (std::size_t i = 0; i < a.expectations.size(); ++i) {
      const Expectation& e = a.expectations[i];
      const Expectation& f = b.expectations[i];
      if (e.state.text != f.state.text || e.obligation.text != f.obligation.text || e.status.text != f.status.text)
        return fail(where + ": expectation " + std::to_string(i + 1) + " differs");
    }
    return true;
  }

  const RuleFile& a_;
  const RuleFile& b_;
  std::string difference_;
};

}  // namespace

bool same_tree(const RuleFile& a, const RuleFile& b, std::string* difference) {
  Comparer c(a, b);
  bool same = c.files();
  if (!same && difference) *difference = c.difference().empty() ? "a condition differs" : c.difference();
  return same;
}

bool same_comments(const RuleFile& a, const RuleFile& b, std::string* difference) {
  for (std::size_t i = 0; i < a.comments.size() || i < b.comments.size(); ++i) {
    if (i >= a.comments.size() || i >= b.comments.size() || a.comments[i].text != b.comments[i].text) {
      if (difference)
        *difference = "comment " + std::to_string(i + 1) + ": '" + (i < a.comments.size() ? a.comments[i].text : "") +
                      "' vs '" + (i < b.comments.size() ? b.comments[i].text : "") + "'";
      return false;
    }
  }
  return true;
}

}  // namespace pacta::format
