#include "lsp/handlers.hpp"

#include "lsp/diagnostics.hpp"

namespace pacta::lsp {

At at(const Workspace& ws, const json& params) {
  At out;
  out.doc = ws.document(params.at("textDocument").at("uri").get<std::string>());
  const json& p = params.at("position");
  out.position = {p.at("line").get<std::uint32_t>(), p.at("character").get<std::uint32_t>()};
  if (out.doc) {
    out.offset = out.doc->lines.offset(out.position);
    out.indexed_offset = out.doc->indexed_lines.offset(out.position);
  }
  return out;
}

json location(const Workspace& ws, const std::string& uri, diag::Span span) {
  return {{"uri", uri}, {"range", to_lsp(ws.range(uri, span))}};
}

int symbol_kind(sema::Kind k) {
  switch (k) {  // LSP SymbolKind
    case sema::Kind::instrument:
      return 5;  // Class
    case sema::Kind::mechanism:
      return 11;  // Interface
    case sema::Kind::report:
      return 1;  // File
    case sema::Kind::event:
      return 24;  // Event
    case sema::Kind::group:
      return 3;  // Namespace
    case sema::Kind::set:
      return 18;  // Array
    case sema::Kind::obligation:
      return 12;  // Function
  }
  return 13;  // Variable
}

}  // namespace pacta::lsp
