#include "syntax/ast.hpp"

#include "syntax/predicates.hpp"

namespace pacta::syntax {

const char* predicate_name(Predicate p) { return definition(p).name; }

const char* decl_kind_name(DeclKind k) {
  switch (k) {
    case DeclKind::instrument:
      return "instrument";
    case DeclKind::mechanism:
      return "mechanism";
    case DeclKind::report:
      return "report";
    case DeclKind::event:
      return "event";
    case DeclKind::group:
      return "group";
  }
  return "?";
}

const char* test_fact_keyword(TestFactKind k) {
  switch (k) {
    case TestFactKind::ratified:
      return "ratified";
    case TestFactKind::signed_:
      return "signed";
    case TestFactKind::denounced:
      return "denounced";
    case TestFactKind::reserved:
      return "reserved";
    case TestFactKind::joined:
      return "joined";
    case TestFactKind::left:
      return "left";
    case TestFactKind::member:
      return "member";
    case TestFactKind::submitted:
      return "submitted";
    case TestFactKind::event:
      return "event";
    case TestFactKind::unknown:
      return "unknown";
  }
  return "?";
}

const char* level_name(Level l) {
  switch (l) {
    case Level::error:
      return "error";
    case Level::warning:
      return "warning";
    case Level::info:
      return "info";
  }
  return "?";
}

}  // namespace pacta::syntax
