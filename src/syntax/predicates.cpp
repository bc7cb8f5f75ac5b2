#include "syntax/predicates.hpp"

namespace pacta::syntax {

const PredicateDef predicate_defs[predicate_count] = {
#define PACTA_PREDICATE(id, keyword, argument, timed, anchor, article, yearly, fact_word, none_word, fact_noun) \
  {Predicate::id, keyword, DeclKind::argument, timed, anchor, article, yearly, fact_word, none_word, fact_noun},
#include "syntax/predicates.def"
#undef PACTA_PREDICATE
};

const PredicateDef* find_predicate(std::string_view name) {
  for (const PredicateDef& d : predicate_defs)
    if (name == d.name) return &d;
  return nullptr;
}

std::string predicate_list(bool PredicateDef::*field) {
  std::string out;
  std::size_t n = 0, total = 0;
  for (const PredicateDef& d : predicate_defs) total += d.*field;
  for (const PredicateDef& d : predicate_defs) {
    if (!(d.*field)) continue;
    out += n == 0 ? "" : n + 1 == total ? " or " : ", ";
    out += d.name;
    ++n;
  }
  return out;
}

}  // namespace pacta::syntax
