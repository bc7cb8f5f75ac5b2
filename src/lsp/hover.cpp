// textDocument/hover: on a declared name, its kind, title, clauses (dates, rules), source and
// where it is declared; on a predicate keyword, its legal meaning as grammar/SPEC.md states it
// (read from SPEC's predicate tables at build time: src/lsp/predicate_meanings.cmake).
#include "lsp/diagnostics.hpp"
#include "lsp/handlers.hpp"
#include "syntax/predicates.hpp"

namespace pacta::lsp {

namespace {

struct Meaning {
  const char* predicate;
  const char* argument;  // "" in SPEC's second table (legal notions)
  const char* text;
};

const Meaning meanings[] = {
#include "lsp/predicate_meanings.inc"
};

bool ident(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'; }

// The predicate keyword at `offset` of `text` (a word followed by '('), or nullptr.
const syntax::PredicateDef* predicate_at(const std::string& text, std::uint32_t offset, diag::Span& span) {
  std::size_t b = std::min<std::size_t>(offset, text.size()), e = b;
  while (b > 0 && ident(text[b - 1])) --b;
  while (e < text.size() && ident(text[e])) ++e;
  std::size_t next = text.find_first_not_of(" \t", e);
  if (b == e || next == std::string::npos || text[next] != '(') return nullptr;
  span = {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)};
  return syntax::find_predicate(std::string_view(text).substr(b, e - b));
}

json markdown(const std::string& text, const Range& range) {
  return {{"contents", {{"kind", "markdown"}, {"value", text}}}, {"range", to_lsp(range)}};
}

}  // namespace

json hover(const Workspace& ws, const json& params) {
  At here = at(ws, params);
  if (!here.doc) return nullptr;
  diag::Span word;
  if (const syntax::PredicateDef* p = predicate_at(here.doc->text, here.offset, word)) {
    std::string text = "**predicate** `" + std::string(p->name) + "(" + syntax::decl_kind_name(p->argument) + ")`";
    for (const Meaning& m : meanings)
      if (p->name == std::string(m.predicate)) text += std::string("\n\n") + m.text;
    return markdown(text, here.doc->lines.range(word));
  }
  const Occurrence* o = ws.occurrence_at(here.doc->uri, here.indexed_offset);
  if (!o) return nullptr;
  std::vector<const Symbol*> declared = ws.declarations_of(o->name);
  if (declared.empty()) return markdown("`" + o->name + "`: not declared in the workspace", ws.range(o->uri, o->span));
  std::string text;
  for (const Symbol* s : declared) {
    if (!text.empty()) text += "\n\n---\n\n";
    text += "**" + std::string(sema::kind_name(s->kind)) + "** `" + s->name + "`";
    if (!s->title.empty()) text += " — " + s->title;
    for (const std::string& c : s->clauses) text += "\n\n`" + c + "`";
    if (!s->source.empty()) text += "\n\nsource: " + s->source;
    const Document* d = ws.document(s->uri);
    Range r = ws.range(s->uri, s->name_span);
    text += "\n\ndeclared in " + (d ? d->path : s->uri) + ":" + std::to_string(r.start.line + 1) + ":" +
            std::to_string(r.start.character + 1);
  }
  return markdown(text, ws.range(o->uri, o->span));
}

}  // namespace pacta::lsp
