#include "syntax/predicates.hpp"

namespace pacta::syntax {

// clang-format off
const PredicateDef predicate_defs[predicate_count] = {
  //  id                    name         argument             timed  anchor article yearly  fact_word                      none_word                  fact_noun
  {Predicate::ratified,  "ratified",  DeclKind::instrument, true,  true,  false,  false, "consent deposited",           "no deposit recorded", "deposit"},
  {Predicate::party,     "party",     DeclKind::instrument, true,  true,  false,  false, "in force for the state from", "no deposit recorded", "deposit"},
  {Predicate::signed_,   "signed",    DeclKind::instrument, true,  true,  false,  false, "signed",                      "no signature recorded", "signature"},
  {Predicate::reserved,  "reserved",  DeclKind::instrument, true,  false, true,   false, "reservation made",            "no reservation recorded", "reservations"},
  {Predicate::joined,    "joined",    DeclKind::mechanism,  true,  true,  false,  false, "joined",                      "not joined", "joining"},
  {Predicate::member,    "member",    DeclKind::group,      false, false, false,  false, "member",                      "not a member", "membership"},
  {Predicate::submitted, "submitted", DeclKind::report,     true,  true,  false,  true,  "first submitted",             "no submission recorded", "submissions"},
  {Predicate::event,     "event",     DeclKind::event,      true,  true,  false,  false, "happened",                    "has not happened", "date"},
};
// clang-format on

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
