// textDocument/rename: the declaration and every use, in every file, as one WorkspaceEdit.
// Refused (an error, no edit) for a name that is not an identifier, is a keyword, or is
// already declared, and while a file that would change has a syntax error (its names are
// known only from its last version that parsed).
#include "lsp/diagnostics.hpp"
#include "lsp/handlers.hpp"

namespace pacta::lsp {

json rename(const Workspace& ws, const json& params) {
  At here = at(ws, params);
  std::string to = params.at("newName").get<std::string>();
  const Occurrence* o = here.doc ? ws.occurrence_at(here.doc->uri, here.indexed_offset) : nullptr;
  if (!o) throw RequestError(request_failed, "there is no declared name here to rename");
  std::vector<const Symbol*> declared = ws.declarations_of(o->name);
  if (declared.empty()) throw RequestError(request_failed, "'" + o->name + "' is not declared in the workspace");
  if (!valid_name(to))
    throw RequestError(request_failed,
                       "'" + to + "' is not a valid name: an identifier ([A-Za-z_][A-Za-z0-9_]*), not a keyword");
  if (to != o->name) {
    for (const Symbol* s : ws.declarations_of(to)) {
      const Document* d = ws.document(s->uri);
      throw RequestError(request_failed, "'" + to + "' is already declared (" + std::string(sema::kind_name(s->kind)) +
                                             " in " + (d ? d->path : s->uri) + ":" +
                                             std::to_string(ws.range(s->uri, s->name_span).start.line + 1) + ")");
    }
  }
  json changes = json::object();
  for (const Occurrence* r : ws.occurrences_of(o->name)) {
    const Document* d = ws.document(r->uri);
    if (!d || !d->parses)
      throw RequestError(request_failed, "'" + (d ? d->path : r->uri) + "' has a syntax error: fix it before renaming");
    changes[r->uri].push_back({{"range", to_lsp(ws.range(r->uri, r->span))}, {"newText", to}});
  }
  return {{"changes", changes}};
}

}  // namespace pacta::lsp
