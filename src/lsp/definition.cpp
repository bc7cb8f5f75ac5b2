// textDocument/definition: where the name under the cursor is declared.
#include "lsp/handlers.hpp"

namespace pacta::lsp {

json definition(const Workspace& ws, const json& params) {
  At here = at(ws, params);
  if (!here.doc) return nullptr;
  const Occurrence* o = ws.occurrence_at(here.doc->uri, here.indexed_offset);
  if (!o) return nullptr;
  json out = json::array();
  for (const Symbol* s : ws.declarations_of(o->name)) out.push_back(location(ws, s->uri, s->name_span));
  return out;
}

}  // namespace pacta::lsp
