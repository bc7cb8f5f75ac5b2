#include "syntax/ast.hpp"

namespace pacta::syntax {

const char* predicate_name(Predicate p) {
  switch (p) {
    case Predicate::ratified: return "ratified";
    case Predicate::party: return "party";
    case Predicate::signed_: return "signed";
    case Predicate::reserved: return "reserved";
    case Predicate::joined: return "joined";
    case Predicate::member: return "member";
    case Predicate::submitted: return "submitted";
    case Predicate::event: return "event";
  }
  return "?";
}

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
