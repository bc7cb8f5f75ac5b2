// The rule language's grammar (see SPEC.md for the EBNF). Expectation points (`>`) follow
// every keyword that commits a construct, so errors point at the token that broke it.
// Semantic actions fill plain syntax structs; conditions go into the file's arena.
#pragma once

#include <boost/fusion/include/at_c.hpp>
#include <type_traits>

#include "config.hpp"
#include "error_handler.hpp"
#include "leaf_parsers.hpp"
#include "rule_file.hpp"

namespace pacta::grammar {

using namespace pacta::syntax;
using x3::_attr;
using x3::_val;
using x3::lit;

// The end of a match without the blanks and `#` comments that X3's pre-skipping consumed
// when it tried (and failed) an optional part after it.
inline const char* trim_trailing(const char* b, const char* e) {
  while (true) {
    while (e > b && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' || e[-1] == '\n')) --e;
    const char* line = e;
    while (line > b && line[-1] != '\n') --line;
    if (!std::memchr(line, '#', static_cast<std::size_t>(e - line))) return e;  // no comment on this line
    const char* comment = nullptr;
    bool in_string = false;
    for (const char* p = line; p < e && !comment; ++p) {
      if (in_string) {
        if (*p == '\\')
          ++p;
        else if (*p == '"')
          in_string = false;
      } else if (*p == '"') {
        in_string = true;
      } else if (*p == '#') {
        comment = p;
      }
    }
    if (!comment) return e;
    e = comment;
  }
}

// Rules whose RHS has semantic actions get no attribute from X3, so spans are set by actions:
// `spanned(p)` records the matched text's span (after leading blanks) into the rule's value.
template <typename P>
auto spanned(P const& p) {
  return x3::raw[p][([](auto& ctx) {
    auto r = _attr(ctx);
    _val(ctx).span = builder_of(ctx).span(r.begin(), trim_trailing(r.begin(), r.end()));
  })];
}
// The same for condition rules, whose value is an index into the expression arena: the span
// goes onto the arena node (and onto the `not` nodes stacked above it by one negation).
template <typename P>
auto spanned_expr(P const& p) {
  return x3::raw[p][([](auto& ctx) {
    auto r = _attr(ctx);
    Builder& b = builder_of(ctx);
    Span span = b.span(r.begin(), trim_trailing(r.begin(), r.end()));
    std::uint32_t index = _val(ctx);
    if (!b.out->exprs[index].parenthesized) b.out->exprs[index].span = span;
    // `not not x`: the inner negations were created without a span.
    while (b.out->exprs[index].kind == ExprKind::not_) {
      index = b.out->exprs[index].operands.front();
      Expr& inner = b.out->exprs[index];
      if (inner.kind != ExprKind::not_ || inner.span.end != 0) break;
      inner.span = span;
    }
  })];
}

identifier_parser const identifier{};
string_parser const string_lit{};
integer_parser const integer{};
date_parser const date{};
month_day_parser const month_day{};

#define PACTA_KW(name) \
  keyword_parser const kw_##name { #name }
PACTA_KW(instrument);
PACTA_KW(mechanism);
PACTA_KW(report);
PACTA_KW(event);
PACTA_KW(group);
PACTA_KW(set);
PACTA_KW(obligation);
PACTA_KW(adopted);
PACTA_KW(in_force);
PACTA_KW(in_force_for_state);
PACTA_KW(supplements);
PACTA_KW(open_to_organisations);
PACTA_KW(source);
PACTA_KW(started);
PACTA_KW(severity);
PACTA_KW(applies);
PACTA_KW(exempt);
PACTA_KW(when);
PACTA_KW(require);
PACTA_KW(and);
PACTA_KW(or);
PACTA_KW(not );
PACTA_KW(all);
PACTA_KW(any);
PACTA_KW(none);
PACTA_KW(at);
PACTA_KW(least);
PACTA_KW(of);
PACTA_KW(before);
PACTA_KW(by);
PACTA_KW(after);
PACTA_KW(since);
PACTA_KW(within);
PACTA_KW(every);
PACTA_KW(year);
PACTA_KW(due);
PACTA_KW(from);
PACTA_KW(grace);
PACTA_KW(days);
PACTA_KW(day);
PACTA_KW(months);
PACTA_KW(month);
PACTA_KW(years);
PACTA_KW(first);
PACTA_KW(deposit);
PACTA_KW(deposits);
PACTA_KW(error);
PACTA_KW(warning);
PACTA_KW(info);
PACTA_KW(ratified);
PACTA_KW(party);
PACTA_KW(signed);
PACTA_KW(reserved);
PACTA_KW(joined);
PACTA_KW(member);
PACTA_KW(submitted);
PACTA_KW(test);
PACTA_KW(as_of);
PACTA_KW(profile);
PACTA_KW(state);
PACTA_KW(expect);
PACTA_KW(denounced);
PACTA_KW(left); PACTA_KW(for);
PACTA_KW(unknown);
PACTA_KW(satisfied);
PACTA_KW(violated);
PACTA_KW(pending);
PACTA_KW(not_applicable);
#undef PACTA_KW

// Sets a field of the rule's value from the parsed attribute, or to a constant.
template <typename M>
auto assign(M member) {
  return [member](auto& ctx) { _val(ctx).*member = _attr(ctx); };
}
template <typename M, typename V>
auto assign_const(M member, V value) {
  return [member, value](auto& ctx) { _val(ctx).*member = value; };
}

x3::rule<struct unit_class, DurationUnit> const unit = "'days', 'months' or 'years'";
x3::rule<struct duration_class, DurationLit> const duration = "duration";
x3::rule<struct delay_class, Delay> const delay = "duration or 'first day of month N'";
x3::rule<struct decl_clause_class, DeclClause> const decl_clause = "clause";
x3::rule<struct decl_end_class> const decl_end = "a clause or '}'";
x3::rule<struct declaration_class, Declaration> const declaration = "declaration";
x3::rule<struct set_decl_class, SetDecl> const set_decl = "set";
x3::rule<struct quantifier_class, QuantifierLit> const quantifier = "quantifier";
x3::rule<struct target_class, Target> const target = "name, set or quantifier";
x3::rule<struct anchor_class, Anchor> const anchor = "date or dated predicate";
x3::rule<struct timing_class, Timing> const timing = "timing";
x3::rule<struct predicate_class, Predicate> const predicate = "predicate";
x3::rule<struct atom_class, Atom> const atom = "predicate";
x3::rule<struct primary_class, std::uint32_t> const primary = "condition";
x3::rule<struct nots_class, std::vector<std::uint32_t>> const nots = "'not'";
x3::rule<struct negation_class, std::uint32_t> const negation = "condition";
x3::rule<struct and_list_class, std::vector<std::uint32_t>> const and_list = "condition";
x3::rule<struct conjunction_class, std::uint32_t> const conjunction = "condition";
x3::rule<struct or_list_class, std::vector<std::uint32_t>> const or_list = "condition";
x3::rule<struct condition_class, std::uint32_t> const condition = "condition";
x3::rule<struct level_class, Level> const level = "'error', 'warning' or 'info'";
x3::rule<struct obligation_clause_class, ObligationClause> const obligation_clause = "clause";
x3::rule<struct obligation_end_class> const obligation_end = "a clause or '}'";
x3::rule<struct obligation_class, Obligation> const obligation = "obligation";
x3::rule<struct test_fact_class, TestFact> const test_fact = "fact";
x3::rule<struct test_state_end_class> const test_state_end = "a fact or '}'";
x3::rule<struct test_state_class, TestState> const test_state = "state";
x3::rule<struct expectation_class, Expectation> const expectation = "expectation";
x3::rule<struct verdict_name_class, Name> const verdict_name =
    "'satisfied', 'violated', 'pending', 'unknown', 'exempt' or 'not_applicable'";
x3::rule<struct test_end_class> const test_end = "a test clause or '}'";
x3::rule<struct test_block_class, TestBlock> const test_block = "test";
item_type const item = "declaration";

// ---- durations and delays -------------------------------------------------------------------
auto const unit_def = (kw_days | kw_day)[([](auto& ctx) { _val(ctx) = DurationUnit::day; })] |
                      (kw_months | kw_month)[([](auto& ctx) { _val(ctx) = DurationUnit::month; })] |
                      (kw_years | kw_year)[([](auto& ctx) { _val(ctx) = DurationUnit::year; })];
auto const duration_def = spanned(integer[([](auto& ctx) { _val(ctx).value.count = _attr(ctx); })] >
                                  unit[([](auto& ctx) { _val(ctx).value.unit = _attr(ctx); })]);
auto const delay_def = spanned((kw_first > kw_day > kw_of > kw_month > integer[([](auto& ctx) {
                                  _val(ctx).first_day_of_month = true;
                                  _val(ctx).months = _attr(ctx);
                                })]) |
                               duration[assign(&Delay::duration)]);

// ---- declarations -----------------------------------------------------------------------------
auto const set_kind = [](ClauseKind k) { return assign_const(&DeclClause::kind, k); };
auto const decl_clause_def =
    spanned((kw_adopted[set_kind(ClauseKind::adopted)] > date[assign(&DeclClause::date)]) |
            (kw_in_force_for_state[set_kind(ClauseKind::in_force_for_state)] > delay[assign(&DeclClause::delay)] >
             kw_after > kw_deposit) |
            (kw_in_force > (date[([](auto& ctx) {
                              _val(ctx).kind = ClauseKind::in_force_date;
                              _val(ctx).date = _attr(ctx);
                            })] |
                            (delay[([](auto& ctx) {
                               _val(ctx).kind = ClauseKind::in_force_rule;
                               _val(ctx).delay = _attr(ctx);
                             })] > kw_after > x3::raw[integer[assign(&DeclClause::deposits)]][([](auto& ctx) {
                               auto r = _attr(ctx);
                               _val(ctx).deposits_span = builder_of(ctx).span(r.begin(), r.end());
                             })] > kw_deposits))) |
            (kw_supplements[set_kind(ClauseKind::supplements)] > identifier[assign(&DeclClause::name)]) |
            kw_open_to_organisations[set_kind(ClauseKind::open_to_organisations)] |
            (kw_started[set_kind(ClauseKind::started)] > date[assign(&DeclClause::date)]) |
            (kw_source[set_kind(ClauseKind::source)] > string_lit[assign(&DeclClause::text)]));

auto const decl_end_def = lit('}');
auto const set_decl_kind = [](DeclKind k) { return assign_const(&Declaration::kind, k); };
auto const declaration_def =
    spanned((kw_instrument[set_decl_kind(DeclKind::instrument)] | kw_mechanism[set_decl_kind(DeclKind::mechanism)] |
             kw_report[set_decl_kind(DeclKind::report)] | kw_event[set_decl_kind(DeclKind::event)] |
             kw_group[set_decl_kind(DeclKind::group)]) > identifier[assign(&Declaration::id)] >
            -string_lit[([](auto& ctx) { _val(ctx).title = _attr(ctx); })] >
            -(lit('{') > *decl_clause[([](auto& ctx) { _val(ctx).clauses.push_back(_attr(ctx)); })] > decl_end));

auto const add_member = [](auto& ctx) { _val(ctx).members.push_back(_attr(ctx)); };
auto const set_decl_def = spanned(kw_set > identifier[assign(&SetDecl::id)] > lit('=') > lit('{') >
                                  -(identifier[add_member] % ',') > -lit(',') > lit('}'));

// ---- conditions -------------------------------------------------------------------------------
auto const set_quantifier = [](Quantifier q) { return assign_const(&QuantifierLit::quantifier, q); };
auto const quantifier_def = spanned(
    (kw_all[set_quantifier(Quantifier::all)] > kw_of) | (kw_any[set_quantifier(Quantifier::any)] > kw_of) |
    (kw_none[set_quantifier(Quantifier::none)] > kw_of) |
    (kw_at[set_quantifier(Quantifier::at_least)] > kw_least > integer[assign(&QuantifierLit::at_least)] > kw_of));

auto const add_name = [](auto& ctx) { _val(ctx).names.push_back(_attr(ctx)); };
auto const target_def = spanned(-quantifier[assign(&Target::quantifier)] >>
                                (identifier[add_name] | (lit('{')[assign_const(&Target::inline_set, true)] >
                                                         -(identifier[add_name] % ',') > -lit(',') > lit('}'))));

predicate_parser const predicate_name_parser{};
auto const predicate_def = predicate_name_parser;

auto const anchor_def = spanned(date[([](auto& ctx) {
                                  _val(ctx).is_date = true;
                                  _val(ctx).date = _attr(ctx);
                                })] |
                                (predicate[([](auto& ctx) {
                                   _val(ctx).is_date = false;
                                   _val(ctx).predicate = _attr(ctx);
                                 })] > lit('(') > identifier[assign(&Anchor::name)] > lit(')')));

auto const set_timing = [](TimingKind k) { return assign_const(&Timing::kind, k); };
auto const set_grace = [](auto& ctx) {
  _val(ctx).has_grace = true;
  _val(ctx).grace = _attr(ctx);
};
auto const set_anchor = [](auto& ctx) {
  _val(ctx).has_anchor = true;
  _val(ctx).anchor = _attr(ctx);
};
auto const timing_def = spanned((kw_before[set_timing(TimingKind::before)] > date[assign(&Timing::date)]) |
                                (kw_by[set_timing(TimingKind::by)] > date[assign(&Timing::date)]) |
                                (kw_after[set_timing(TimingKind::after)] > date[assign(&Timing::date)]) |
                                (kw_since[set_timing(TimingKind::since)] > date[assign(&Timing::date)]) |
                                (kw_within[set_timing(TimingKind::within)] > duration[assign(&Timing::within)] >
                                 kw_after > anchor[set_anchor] > -(kw_grace > duration[set_grace])) |
                                (kw_every[set_timing(TimingKind::every_year)] > kw_year > kw_due >
                                 month_day[([](auto& ctx) { _val(ctx).due.push_back(_attr(ctx)); })] >
                                 *(lit(',') > kw_from > x3::raw[integer][([](auto& ctx) {
                                     DueRule r;
                                     auto range = _attr(ctx);
                                     std::uint32_t v = 0;
                                     for (char c : range) v = v * 10 + static_cast<std::uint32_t>(c - '0');
                                     r.from_year = range.size() > 9 ? 0 : v;
                                     _val(ctx).due.push_back(r);
                                   })] > kw_due > month_day[([](auto& ctx) {
                                     DueRule& r = _val(ctx).due.back();
                                     r.month = _attr(ctx).month;
                                     r.day = _attr(ctx).day;
                                     r.span = _attr(ctx).span;
                                   })]) > -(kw_grace > duration[set_grace]) > -(kw_since > anchor[set_anchor])));

auto const atom_def = spanned(predicate[assign(&Atom::predicate)] > x3::raw[lit('(')][([](auto& ctx) {
                                auto r = _attr(ctx);
                                _val(ctx).predicate_span = builder_of(ctx).span(r.begin(), r.end());
                              })] > target[assign(&Atom::target)] >
                              -(lit(',') > string_lit[([](auto& ctx) { _val(ctx).article = _attr(ctx); })]) > lit(')') >
                              -timing[assign(&Atom::timing)]);

auto const push_expr = [](auto& ctx, Expr e) {
  auto& exprs = builder_of(ctx).out->exprs;
  exprs.push_back(std::move(e));
  return static_cast<std::uint32_t>(exprs.size() - 1);
};
auto const primary_def =
    x3::raw[lit('(') > condition[([](auto& ctx) { _val(ctx) = _attr(ctx); })] > lit(')')][([](auto& ctx) {
      auto r = _attr(ctx);
      Expr& e = builder_of(ctx).out->exprs[_val(ctx)];
      e.span = builder_of(ctx).span(r.begin(), r.end());
      e.parenthesized = true;
    })] |
    atom[([](auto& ctx) {
      auto& atoms = builder_of(ctx).out->atoms;
      atoms.push_back(_attr(ctx));
      Expr e;
      e.kind = ExprKind::atom;
      e.atom = static_cast<std::uint32_t>(atoms.size() - 1);
      e.span = atoms.back().span;
      _val(ctx) = push_expr(ctx, std::move(e));
    })];
// The offset of each `not` of a chain, so that every negation node gets its own span.
auto const nots_def = x3::eps[([](auto& ctx) { _val(ctx).clear(); })] >> *x3::raw[kw_not][([](auto& ctx) {
                        _val(ctx).push_back(builder_of(ctx).span(_attr(ctx).begin(), _attr(ctx).end()).begin);
                      })];
auto const negation_def = spanned_expr((nots >> primary)[([](auto& ctx) {
  const std::vector<std::uint32_t>& at = boost::fusion::at_c<0>(_attr(ctx));
  std::uint32_t index = boost::fusion::at_c<1>(_attr(ctx));
  Builder& b = builder_of(ctx);
  std::uint32_t end = b.out->exprs[index].span.end;
  for (std::size_t i = at.size(); i-- > 0;) {
    Expr e;
    e.kind = ExprKind::not_;
    e.operands = {index};
    e.span = {at[i], end};
    index = push_expr(ctx, std::move(e));
  }
  _val(ctx) = index;
})]);
auto const make_list = [](ExprKind kind) {
  return [kind](auto& ctx) {
    auto& operands = _attr(ctx);
    if (operands.size() == 1) {
      _val(ctx) = operands.front();
      return;
    }
    Expr e;
    e.kind = kind;
    e.operands = operands;
    _val(ctx) = push_expr(ctx, std::move(e));
  };
};
auto const and_list_def = negation >> *(kw_and > negation);
auto const conjunction_def = spanned_expr(and_list[make_list(ExprKind::and_)]);
auto const or_list_def = conjunction >> *(kw_or > conjunction);
auto const condition_def = spanned_expr(or_list[make_list(ExprKind::or_)]);

// ---- obligations and items -------------------------------------------------------------------
auto const level_def = kw_error[([](auto& ctx) { _val(ctx) = Level::error; })] |
                       kw_warning[([](auto& ctx) { _val(ctx) = Level::warning; })] |
                       kw_info[([](auto& ctx) { _val(ctx) = Level::info; })];
auto const set_oc_kind = [](ObligationClauseKind k) { return assign_const(&ObligationClause::kind, k); };
auto const obligation_clause_def = spanned(
    (kw_source[set_oc_kind(ObligationClauseKind::source)] > string_lit[assign(&ObligationClause::text)]) |
    (kw_severity[set_oc_kind(ObligationClauseKind::severity)] > level[assign(&ObligationClause::severity)]) |
    (kw_applies[set_oc_kind(ObligationClauseKind::applies)] > kw_when >
     condition[assign(&ObligationClause::condition)]) |
    (kw_exempt[set_oc_kind(ObligationClauseKind::exempt)] > kw_when > condition[assign(&ObligationClause::condition)]) |
    (kw_require[set_oc_kind(ObligationClauseKind::require)] > condition[assign(&ObligationClause::condition)]));
auto const obligation_end_def = lit('}');
auto const obligation_def =
    spanned(kw_obligation > identifier[assign(&Obligation::id)] >
            -string_lit[([](auto& ctx) { _val(ctx).title = _attr(ctx); })] > lit('{') >
            *obligation_clause[([](auto& ctx) { _val(ctx).clauses.push_back(_attr(ctx)); })] > obligation_end);

// ---- tests -------------------------------------------------------------------------------------
auto const set_fact = [](TestFactKind k) { return assign_const(&TestFact::kind, k); };
auto const fact_date = date[assign(&TestFact::date)];
auto const test_fact_def =
    spanned((kw_ratified[set_fact(TestFactKind::ratified)] > identifier[assign(&TestFact::name)] > fact_date) |
            (kw_signed[set_fact(TestFactKind::signed_)] > identifier[assign(&TestFact::name)] > fact_date) |
            (kw_denounced[set_fact(TestFactKind::denounced)] > identifier[assign(&TestFact::name)] > fact_date) |
            (kw_joined[set_fact(TestFactKind::joined)] > identifier[assign(&TestFact::name)] > fact_date) |
            (kw_left[set_fact(TestFactKind::left)] > identifier[assign(&TestFact::name)] > fact_date) |
            (kw_event[set_fact(TestFactKind::event)] > identifier[assign(&TestFact::name)] > fact_date) |
            (kw_reserved[set_fact(TestFactKind::reserved)] > identifier[assign(&TestFact::name)] >
             string_lit[assign(&TestFact::article)]) |
            (kw_member[set_fact(TestFactKind::member)] > identifier[assign(&TestFact::name)]) |
            (kw_unknown[set_fact(TestFactKind::unknown)] > identifier[assign(&TestFact::name)]) |
            (kw_submitted[set_fact(TestFactKind::submitted)] > identifier[assign(&TestFact::name)] > fact_date >
             -(kw_for > x3::raw[integer[assign(&TestFact::period)]][([](auto& ctx) {
                 auto r = _attr(ctx);
                 _val(ctx).period_span = builder_of(ctx).span(r.begin(), r.end());
               })])));
auto const test_state_end_def = lit('}');
auto const test_state_def =
    spanned(kw_state > identifier[assign(&TestState::state)] > lit('{') >
            *test_fact[([](auto& ctx) { _val(ctx).facts.push_back(_attr(ctx)); })] > test_state_end);
auto const verdict_name_def =
    x3::raw[kw_satisfied | kw_violated | kw_pending | kw_unknown | kw_exempt | kw_not_applicable][([](auto& ctx) {
      auto r = _attr(ctx);
      _val(ctx).text.assign(r.begin(), r.end());
      _val(ctx).span = builder_of(ctx).span(r.begin(), r.end());
    })];
auto const expectation_def =
    spanned(kw_expect > identifier[assign(&Expectation::state)] > identifier[assign(&Expectation::obligation)] >
            verdict_name[assign(&Expectation::status)]);
auto const test_end_def = lit('}');
auto const test_block_def = spanned(
    kw_test > identifier[assign(&TestBlock::id)] > -string_lit[([](auto& ctx) { _val(ctx).title = _attr(ctx); })] >
    lit('{') > *((kw_as_of > date[([](auto& ctx) { _val(ctx).as_of.push_back(_attr(ctx)); })]) |
                 (kw_profile > string_lit[([](auto& ctx) { _val(ctx).profiles.push_back(_attr(ctx)); })]) |
                 test_state[([](auto& ctx) { _val(ctx).states.push_back(_attr(ctx)); })] |
                 expectation[([](auto& ctx) { _val(ctx).expectations.push_back(_attr(ctx)); })]) > test_end);

auto const item_def = declaration[([](auto& ctx) { builder_of(ctx).out->declarations.push_back(_attr(ctx)); })] |
                      set_decl[([](auto& ctx) { builder_of(ctx).out->sets.push_back(_attr(ctx)); })] |
                      obligation[([](auto& ctx) { builder_of(ctx).out->obligations.push_back(_attr(ctx)); })] |
                      test_block[([](auto& ctx) { builder_of(ctx).out->tests.push_back(_attr(ctx)); })];

BOOST_SPIRIT_DEFINE(unit, duration, delay, decl_clause, decl_end, declaration, set_decl, quantifier, target, anchor,
                    timing, predicate, atom, primary, nots, negation, and_list, conjunction, or_list, condition, level,
                    obligation_clause, obligation_end, obligation, test_fact, test_state_end, test_state, expectation,
                    verdict_name, test_end, test_block, item)

struct item_class : error_handler {};

}  // namespace pacta::grammar
