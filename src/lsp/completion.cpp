// textDocument/completion: what may be written at the cursor, from the text before it (no
// parse: the text being typed rarely parses). Declaration keywords outside blocks, each
// block's clause keywords inside it, predicates in conditions, and after `predicate(` the
// declared names of the kind that predicate takes (syntax/predicates.hpp).
#include <algorithm>

#include "lsp/handlers.hpp"
#include "syntax/predicates.hpp"

namespace pacta::lsp {

namespace {

bool ident(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'; }

// The open blocks and parentheses before the cursor, strings and comments skipped.
struct Context {
  std::vector<std::string> blocks;  // the first word of the line each open `{` is on
  std::vector<std::string> parens;  // the word before each open `(`
  std::string line;                 // the current line up to the word being typed
};

std::string last_word(const std::string& text, std::size_t end) {
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
  std::size_t b = end;
  while (b > 0 && ident(text[b - 1])) --b;
  return text.substr(b, end - b);
}

std::string first_word(const std::string& line) {
  std::size_t b = line.find_first_not_of(" \t");
  if (b == std::string::npos) return {};
  std::size_t e = b;
  while (e < line.size() && ident(line[e])) ++e;
  return line.substr(b, e - b);
}

Context context_of(const std::string& text, std::size_t end) {
  Context c;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < end; ++i) {
    char ch = text[i];
    if (ch == '\n') {
      line_start = i + 1;
    } else if (ch == '#') {
      while (i < end && text[i] != '\n') ++i;
      if (i < end) line_start = i + 1;
    } else if (ch == '"') {
      for (++i; i < end && text[i] != '"' && text[i] != '\n'; ++i)
        if (text[i] == '\\') ++i;
      if (i < end && text[i] == '\n') line_start = i + 1;
    } else if (ch == '{') {
      c.blocks.push_back(first_word(text.substr(line_start, i - line_start)));
    } else if (ch == '}') {
      if (!c.blocks.empty()) c.blocks.pop_back();
    } else if (ch == '(') {
      c.parens.push_back(last_word(text, i));
    } else if (ch == ')') {
      if (!c.parens.empty()) c.parens.pop_back();
    }
  }
  c.line = text.substr(line_start, end - line_start);
  return c;
}

struct Items {
  json list = json::array();
  void keyword(const std::string& w, const std::string& detail = "keyword") {
    list.push_back({{"label", w}, {"kind", 14}, {"detail", detail}});
  }
  void names(const Workspace& ws, sema::Kind k) {
    std::vector<std::string> seen;
    for (const Symbol& s : ws.symbols()) {
      bool set_of_k = s.kind == sema::Kind::set && (!s.member_kind || *s.member_kind == k);
      if (s.name.empty() || (s.kind != k && !set_of_k)) continue;
      if (std::find(seen.begin(), seen.end(), s.name) != seen.end()) continue;
      seen.push_back(s.name);
      list.push_back({{"label", s.name},
                      {"kind", s.kind == sema::Kind::set ? 18 : 6},
                      {"detail", std::string(sema::kind_name(s.kind)) + (s.title.empty() ? "" : ": " + s.title)}});
    }
  }
  void predicates() {
    for (const syntax::PredicateDef& p : syntax::predicate_defs)
      keyword(p.name, std::string("predicate: ") + syntax::decl_kind_name(p.argument));
    for (const char* w : {"not", "and", "or"}) keyword(w);
  }
};

std::size_t word_count(const std::string& line) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < line.size(); ++i)
    if (ident(line[i]) && (i == 0 || !ident(line[i - 1]))) ++n;
  return n;
}

// The kind of name a test fact keyword takes (`ratified UNTOC 2004-05-27`).
std::optional<sema::Kind> fact_kind(const std::string& w) {
  if (w == "ratified" || w == "signed" || w == "denounced" || w == "reserved") return sema::Kind::instrument;
  if (w == "joined" || w == "left") return sema::Kind::mechanism;
  if (w == "member") return sema::Kind::group;
  if (w == "submitted") return sema::Kind::report;
  if (w == "event") return sema::Kind::event;
  return std::nullopt;
}

}  // namespace

json completion(const Workspace& ws, const json& params) {
  At here = at(ws, params);
  if (!here.doc) return nullptr;
  const std::string& text = here.doc->text;
  std::size_t word = std::min<std::size_t>(here.offset, text.size());
  while (word > 0 && ident(text[word - 1])) --word;
  Context c = context_of(text, word);
  Items items;
  std::string first = first_word(c.line);
  bool line_start = c.line.find_first_not_of(" \t") == std::string::npos;

  if (!c.parens.empty()) {
    if (const syntax::PredicateDef* p = syntax::find_predicate(c.parens.back())) {
      items.names(ws, sema::kind_of(p->argument));
      for (const char* q : {"all of", "any of", "none of", "at least"}) items.keyword(q, "quantifier");
    } else {
      items.predicates();
    }
  } else if (c.blocks.empty()) {
    if (line_start)
      for (const char* w : {"instrument", "mechanism", "report", "event", "group", "set", "obligation", "test"})
        items.keyword(w, "declaration");
  } else if (const std::string& block = c.blocks.back(); block == "obligation") {
    if (line_start) {
      for (const char* w : {"source", "severity", "applies when", "exempt when", "require"})
        items.keyword(w, "obligation clause");
    } else if (first == "severity") {
      for (const char* w : {"error", "warning", "info"}) items.keyword(w, "severity");
    } else if (first != "source") {
      items.predicates();
    }
  } else if (block == "instrument" || block == "mechanism" || block == "report" || block == "event" ||
             block == "group") {
    if (line_start) {
      if (block == "instrument")
        for (const char* w : {"adopted", "in_force", "in_force_for_state", "supplements", "open_to_organisations"})
          items.keyword(w, "clause");
      if (block == "mechanism") items.keyword("started", "clause");
      items.keyword("source", "clause");
    } else if (first == "supplements") {
      items.names(ws, sema::Kind::instrument);
    }
  } else if (block == "test") {
    if (line_start) {
      for (const char* w : {"as_of", "profile", "state", "expect"}) items.keyword(w, "test clause");
    } else if (first == "expect" && word_count(c.line) == 2) {
      items.names(ws, sema::Kind::obligation);
    }
  } else if (block == "state") {
    if (line_start) {
      for (const char* w :
           {"ratified", "signed", "denounced", "reserved", "joined", "left", "member", "submitted", "event", "unknown"})
        items.keyword(w, "fact");
    } else if (auto k = fact_kind(first)) {
      items.names(ws, *k);
    }
  } else if (block == "set") {
    for (sema::Kind k :
         {sema::Kind::instrument, sema::Kind::mechanism, sema::Kind::report, sema::Kind::event, sema::Kind::group})
      items.names(ws, k);
  }
  return {{"isIncomplete", false}, {"items", items.list}};
}

}  // namespace pacta::lsp
