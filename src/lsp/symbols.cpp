// textDocument/documentSymbol (a file's declarations) and workspace/symbol (every file's,
// filtered by a case-insensitive substring of the query).
#include <algorithm>
#include <cctype>

#include "lsp/diagnostics.hpp"
#include "lsp/handlers.hpp"

namespace pacta::lsp {

namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

}  // namespace

json document_symbols(const Workspace& ws, const json& params) {
  std::string uri = params.at("textDocument").at("uri").get<std::string>();
  json out = json::array();
  for (const Symbol& s : ws.symbols()) {
    if (s.uri != uri || s.name.empty()) continue;
    json item = {{"name", s.name},
                 {"kind", symbol_kind(s.kind)},
                 {"range", to_lsp(ws.range(uri, s.span))},
                 {"selectionRange", to_lsp(ws.range(uri, s.name_span))}};
    item["detail"] = s.title.empty() ? std::string(sema::kind_name(s.kind)) : s.title;
    out.push_back(std::move(item));
  }
  return out;
}

json workspace_symbols(const Workspace& ws, const json& params) {
  std::string query = lower(params.value("query", std::string{}));
  json out = json::array();
  for (const Symbol& s : ws.symbols()) {
    if (s.name.empty() || lower(s.name).find(query) == std::string::npos) continue;
    out.push_back({{"name", s.name},
                   {"kind", symbol_kind(s.kind)},
                   {"containerName", sema::kind_name(s.kind)},
                   {"location", location(ws, s.uri, s.name_span)}});
  }
  return out;
}

}  // namespace pacta::lsp
