// Obligations and their conditions: clauses once each (S008), a requirement (S010); in every
// predicate the argument's kind (S003), quantifiers over sets (S016) within bounds (S006),
// articles only for reservations (S011), timings where they mean something (S012), and
// due-date changes in order (S013).
#include <algorithm>

#include "sema/checker.hpp"
#include "syntax/predicates.hpp"

namespace pacta::sema::detail {
namespace {

using namespace syntax;

Kind argument_kind(Predicate p) { return kind_of(definition(p).argument); }

std::string context_of(Predicate p) { return std::string("'") + predicate_name(p) + "(...)'"; }

void check_target(Checker& c, const Atom& atom, std::uint32_t file) {
  const Target& t = atom.target;
  Kind want = argument_kind(atom.predicate);
  std::string ctx = context_of(atom.predicate);
  bool quantified = t.quantifier.quantifier != Quantifier::single;
  std::size_t size = 0;
  if (t.inline_set) {
    if (t.names.empty()) {
      c.diags.error("S005", {file, t.span}, "empty set in " + ctx, "list at least one name between the braces");
      return;
    }
    std::vector<std::string> seen;
    for (const Name& n : t.names) {
      if (std::find(seen.begin(), seen.end(), n.text) != seen.end()) {
        c.diags.warning("S015", {file, n.span}, "'" + n.text + "' is listed twice");
        continue;
      }
      seen.push_back(n.text);
      if (auto ref = c.resolve(n, file, want)) c.expect_kind(*ref, want, n, file, ctx.c_str());
    }
    size = seen.size();
  } else {
    const Name& n = t.names.front();
    auto ref = c.resolve(n, file, quantified ? std::optional<Kind>(Kind::set) : std::optional<Kind>(want));
    if (!ref) return;
    if (ref->kind == Kind::set) {
      if (!quantified) {
        c.diags.error("S016", {file, n.span}, "'" + n.text + "' is a set; say how many of it must hold",
                      "write 'all of " + n.text + "', 'any of " + n.text + "', 'none of " + n.text +
                          "' or 'at least N of " + n.text + "'");
        return;
      }
      const Set& set = c.rules.sets[ref->index];
      if (!set.members.empty() && set.member_kind != want) {
        c.diags.error("S003", {file, n.span},
                      "set '" + n.text + "' holds " + kind_name(set.member_kind) + "s, but " + ctx + " needs " +
                          kind_name(want) + "s");
        return;
      }
      size = set.members.size();
    } else if (quantified) {
      c.diags.error("S016", {file, t.quantifier.span},
                    "a quantifier needs a set, and '" + n.text + "' is " + with_article(kind_name(ref->kind)),
                    "drop the quantifier, or use a set: any of { " + n.text + ", ... }");
      return;
    } else {
      c.expect_kind(*ref, want, n, file, ctx.c_str());
      return;
    }
  }
  if (t.quantifier.quantifier == Quantifier::at_least && size > 0) {
    if (t.quantifier.at_least > size)
      c.diags.error("S006", {file, t.quantifier.span},
                    "'at least " + std::to_string(t.quantifier.at_least) + " of' a set of " + std::to_string(size) +
                        " can never hold");
    else if (t.quantifier.at_least == 0)
      c.diags.warning("S006", {file, t.quantifier.span}, "'at least 0 of' always holds");
  }
}

void check_anchor(Checker& c, const Anchor& a, std::uint32_t file) {
  if (a.is_date) return;
  if (!definition(a.predicate).anchor) {
    c.diags.error("S012", {file, a.span},
                  std::string("'") + predicate_name(a.predicate) + "' has no date to count from",
                  "count from " + predicate_list(&PredicateDef::anchor) + ", or from a date");
    return;
  }
  Kind want = argument_kind(a.predicate);
  if (auto ref = c.resolve(a.name, file, want))
    c.expect_kind(*ref, want, a.name, file, context_of(a.predicate).c_str());
}

void check_timing(Checker& c, const Atom& atom, std::uint32_t file) {
  const Timing& t = atom.timing;
  if (t.kind == TimingKind::none) return;
  if (!definition(atom.predicate).timed) {
    c.diags.error("S012", {file, t.span},
                  std::string("'") + predicate_name(atom.predicate) + "' is not dated; it takes no timing",
                  "group membership is listed in the profile without dates");
    return;
  }
  bool single = atom.target.quantifier.quantifier == Quantifier::single && !atom.target.inline_set;
  if (t.kind == TimingKind::every_year && !definition(atom.predicate).yearly) {
    c.diags.error("S012", {file, t.span},
                  "'every year' applies to " + predicate_list(&PredicateDef::yearly) + "(...) reports only");
    return;
  }
  if ((t.kind == TimingKind::every_year || t.kind == TimingKind::within) && !single) {
    c.diags.error("S012", {file, t.span}, "a deadline applies to one name, not to a quantified set",
                  "write one obligation per report, or one condition per name");
    return;
  }
  if (t.kind == TimingKind::every_year && !t.has_anchor) {
    c.diags.error("S012", {file, t.span}, "'every year' needs a start", "add 'since party(...)' or 'since YYYY-MM-DD'");
    return;
  }
  if (t.has_anchor) check_anchor(c, t.anchor, file);
  if (t.kind == TimingKind::every_year) {
    std::uint32_t last = 0;
    for (std::size_t i = 1; i < t.due.size(); ++i) {
      if (t.due[i].from_year <= last || t.due[i].from_year < 1000 || t.due[i].from_year > 9999) {
        c.diags.error("S013", {file, t.due[i].span}, "due-date changes must name increasing years (1000..9999)");
        break;
      }
      last = t.due[i].from_year;
    }
  }
}

void check_atom(Checker& c, const Atom& atom, std::uint32_t file) {
  check_target(c, atom, file);
  if (definition(atom.predicate).article && !atom.article)
    c.diags.error("S011", {file, atom.span},
                  std::string("'") + predicate_name(atom.predicate) + "' needs the article reserved",
                  std::string("write ") + predicate_name(atom.predicate) + "(INSTRUMENT, \"art. 35(2)\")");
  if (!definition(atom.predicate).article && atom.article)
    c.diags.error("S011", {file, atom.article->span},
                  "an article applies to '" + predicate_list(&PredicateDef::article) + "' only, not to '" +
                      predicate_name(atom.predicate) + "'");
  check_timing(c, atom, file);
}

void check_condition(Checker& c, const RuleFile& f, std::uint32_t root) {
  // Iterative walk: conditions may be long; the arena makes recursion unnecessary.
  std::vector<std::uint32_t> stack{root};
  while (!stack.empty()) {
    const Expr& e = f.exprs[stack.back()];
    stack.pop_back();
    if (e.kind == ExprKind::atom) check_atom(c, f.atoms[e.atom], f.file);
    for (auto op : e.operands) stack.push_back(op);
  }
}

const char* obligation_clause_name(ObligationClauseKind k) {
  switch (k) {
    case ObligationClauseKind::source:
      return "source";
    case ObligationClauseKind::severity:
      return "severity";
    case ObligationClauseKind::applies:
      return "applies when";
    case ObligationClauseKind::exempt:
      return "exempt when";
    case ObligationClauseKind::require:
      return "require";
  }
  return "?";
}

}  // namespace

void check_obligations(Checker& c) {
  for (std::uint32_t fi = 0; fi < c.rules.files.size(); ++fi) {
    const RuleFile& f = c.rules.files[fi];
    for (const syntax::Obligation& o : f.obligations) {
      Ref ref{Kind::obligation, static_cast<std::uint32_t>(c.rules.obligations.size())};
      auto [it, inserted] = c.rules.names.emplace(o.id.text, ref);
      if (!inserted) {
        c.diags
            .error("S002", {f.file, o.id.span}, "'" + o.id.text + "' is already declared",
                   "names are shared by all files of a rule set; rename one of them")
            .notes.push_back({c.location_of(it->second), "first declared here"});
        continue;
      }
      c.rules.obligations.emplace_back();
      sema::Obligation& out = c.rules.obligations.back();
      out.id = o.id.text;
      out.title = o.title ? o.title->text : std::string{};
      out.where = {f.file, o.id.span};
      bool seen[5] = {false, false, false, false, false};
      bool has_require = false;
      for (const ObligationClause& clause : o.clauses) {
        auto k = static_cast<std::size_t>(clause.kind);
        if (seen[k]) {
          c.diags.error("S008", {f.file, clause.span},
                        std::string("duplicate '") + obligation_clause_name(clause.kind) + "' clause",
                        clause.kind == ObligationClauseKind::require || clause.kind == ObligationClauseKind::applies ||
                                clause.kind == ObligationClauseKind::exempt
                            ? "combine the conditions with 'and' or 'or'"
                            : "each clause may appear once per obligation");
          continue;
        }
        seen[k] = true;
        switch (clause.kind) {
          case ObligationClauseKind::source:
            out.source = clause.text.text;
            break;
          case ObligationClauseKind::severity:
            out.severity = clause.severity;
            break;
          case ObligationClauseKind::applies:
            out.applies = ConditionRef{fi, clause.condition};
            break;
          case ObligationClauseKind::exempt:
            out.exempt = ConditionRef{fi, clause.condition};
            break;
          case ObligationClauseKind::require:
            out.require = ConditionRef{fi, clause.condition};
            has_require = true;
            break;
        }
        if (clause.kind == ObligationClauseKind::applies || clause.kind == ObligationClauseKind::exempt ||
            clause.kind == ObligationClauseKind::require)
          check_condition(c, f, clause.condition);
      }
      if (!has_require) {
        c.diags.error("S010", {f.file, o.id.span}, "obligation '" + o.id.text + "' has no 'require' clause",
                      "say what the obligation requires: require party(UNTOC)");
        c.rules.names.erase(it);
        c.rules.obligations.pop_back();
      }
    }
  }
}

}  // namespace pacta::sema::detail
