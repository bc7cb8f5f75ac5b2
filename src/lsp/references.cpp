// textDocument/references: every place the name under the cursor is written, in every file.
#include "lsp/handlers.hpp"

namespace pacta::lsp {

json references(const Workspace& ws, const json& params) {
  At here = at(ws, params);
  if (!here.doc) return nullptr;
  const Occurrence* o = ws.occurrence_at(here.doc->uri, here.indexed_offset);
  if (!o) return nullptr;
  bool declarations = params.contains("context") ? params["context"].value("includeDeclaration", true) : true;
  json out = json::array();
  for (const Occurrence* r : ws.occurrences_of(o->name))
    if (declarations || !r->declaration) out.push_back(location(ws, r->uri, r->span));
  return out;
}

}  // namespace pacta::lsp
