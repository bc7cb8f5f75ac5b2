// The requests the server answers, one file each (hover.cpp, definition.cpp, ...): each reads
// its LSP params, asks the workspace and returns the LSP result. A RequestError becomes the
// JSON-RPC error response; anything else thrown is answered as an internal error.
#pragma once

#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

#include "lsp/index.hpp"

namespace pacta::lsp {

using json = nlohmann::json;

struct RequestError : std::runtime_error {
  RequestError(int code, const std::string& message) : std::runtime_error(message), code(code) {}
  int code;
};

// JSON-RPC and LSP error codes.
inline constexpr int parse_error = -32700, invalid_request = -32600, method_not_found = -32601, invalid_params = -32602,
                     internal_error = -32603, server_not_initialized = -32002, request_failed = -32803;

json hover(const Workspace& ws, const json& params);
json definition(const Workspace& ws, const json& params);
json references(const Workspace& ws, const json& params);
json rename(const Workspace& ws, const json& params);
json document_symbols(const Workspace& ws, const json& params);
json workspace_symbols(const Workspace& ws, const json& params);
json formatting(const Workspace& ws, const json& params);
json completion(const Workspace& ws, const json& params);

// What the handlers share: the document and position a TextDocumentPositionParams names.
struct At {
  const Document* doc = nullptr;
  Position position;
  std::uint32_t offset = 0;          // in the document's current text
  std::uint32_t indexed_offset = 0;  // in its indexed text (where the symbols are)
};
// An unknown document is nullopt-like: `doc` stays null.
At at(const Workspace& ws, const json& params);
json location(const Workspace& ws, const std::string& uri, diag::Span span);
// LSP SymbolKind of a declaration kind.
int symbol_kind(sema::Kind k);

}  // namespace pacta::lsp
