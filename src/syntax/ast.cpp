#include "syntax/ast.hpp"
#include "syntax/predicates.hpp"

namespace pacta::syntax {

const char* predicate_name(Predicate p) { return definition(p).name; }

const char* decl_kind_name(DeclKind k) {
  switch (k) {
    case DeclKind::instrument: return "instrument";
    case DeclKind::mechanism: return "mechanism";
    case DeclKind::report: return "report";
    case DeclKind::event: return "event";
    case DeclKind::group: return "group";
  }
  return "?";
}

const char* level_name(Level l) {
  switch (l) {
    case Level::error: return "error";
    case Level::warning: return "warning";
    case Level::info: return "info";
  }
  return "?";
}

}  // namespace pacta::syntax
