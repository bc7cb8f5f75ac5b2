// Every predicate of the rule language, defined once (syntax/predicates.def): its keyword, the
// kind of declaration it takes, what it allows (a timing, serving as a deadline's anchor, an
// article, `every year`) and the words a finding of it is reported in. The grammar reads
// predicate names from this table, sema checks atoms against it and the reports word facts
// with it; how a predicate's truth and date come from a profile is the evaluator's
// (eval/facts.cpp).
#pragma once

#include <string>
#include <string_view>

#include "syntax/ast.hpp"

namespace pacta::syntax {

struct PredicateDef {
  Predicate id;
  const char* name;       // the keyword: ratified(...)
  DeclKind argument;      // what it names
  bool timed;             // takes before/by/after/since/within
  bool anchor;            // has a date to count from: `since party(X)`, `after event(E)`
  bool article;           // takes an article: reserved(I, "art. 35(2)")
  bool yearly;            // takes `every year` (reports)
  const char* fact_word;  // how its dated fact reads: "consent deposited 2004-05-27"
  const char* none_word;  // how its absence reads: "no deposit recorded"
  const char* fact_noun;  // the fact it reads, when missing: "no record of: ICSANT_2005 deposit"
};

inline constexpr std::size_t predicate_count = 0
#define PACTA_PREDICATE(...) +1
#include "syntax/predicates.def"
#undef PACTA_PREDICATE
    ;
// In Predicate's order: both are made from syntax/predicates.def.
extern const PredicateDef predicate_defs[predicate_count];

inline const PredicateDef& definition(Predicate p) { return predicate_defs[static_cast<std::size_t>(p)]; }
// The predicate with that keyword, or nullptr.
const PredicateDef* find_predicate(std::string_view name);
// "ratified, party, signed, joined, submitted or event": the predicates with `field` set.
std::string predicate_list(bool PredicateDef::*field);

}  // namespace pacta::syntax
