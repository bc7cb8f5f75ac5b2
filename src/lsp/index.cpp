#include "lsp/index.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <filesystem>

#include "diag/source_map.hpp"
#include "lsp/diagnostics.hpp"
#include "lsp/uri.hpp"
#include "sema/check.hpp"
#include "syntax/load.hpp"
#include "syntax/parse.hpp"
#include "testing/rule_tests.hpp"

namespace pacta::lsp {

namespace fs = std::filesystem;

namespace {

// A clause as written, its blanks outside strings collapsed (files align their clauses).
std::string clause_text(const std::string& text, diag::Span s) {
  std::string out;
  bool quoted = false;
  for (std::size_t i = s.begin; i < std::min<std::size_t>(s.end, text.size()); ++i) {
    char c = text[i];
    bool blank = c == ' ' || c == '\t' || c == '\r' || c == '\n';
    if (c == '"' && (i == 0 || text[i - 1] != '\\')) quoted = !quoted;
    if (blank && !quoted) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
      continue;
    }
    out.push_back(c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

void reparse(Document& d) {
  diag::SourceMap sources;
  diag::Diagnostics diags;
  std::uint32_t id = sources.add(d.path, d.text);
  syntax::RuleFile file = syntax::parse_rule_file(sources, id, diags);
  d.syntax = diags.items();
  d.parses = file.parsed && !diags.has_errors();
  // Keep the last version that parsed: a half-typed declaration must not undeclare its names.
  if (d.parses || !d.indexed_good) {
    d.indexed = std::move(file);
    d.indexed_text = d.text;
    d.indexed_lines = d.lines;
    d.indexed_good = d.parses;
  }
}

class Collector {
 public:
  Collector(const Document& d, std::vector<Symbol>& symbols, std::vector<Occurrence>& occurrences)
      : doc_(d), symbols_(symbols), occurrences_(occurrences) {}

  void run() {
    const syntax::RuleFile& f = doc_.indexed;
    for (const syntax::Declaration& d : f.declarations) {
      Symbol& s = declare(d.id, sema::kind_of(d.kind), d.span, d.title);
      for (const syntax::DeclClause& c : d.clauses) {
        if (c.kind == syntax::ClauseKind::source)
          s.source = c.text.text;
        else
          s.clauses.push_back(clause_text(doc_.indexed_text, c.span));
        if (c.kind == syntax::ClauseKind::supplements) use(c.name);
      }
    }
    for (const syntax::SetDecl& set : f.sets) {
      Symbol& s = declare(set.id, sema::Kind::set, set.span, std::nullopt);
      std::string members;
      for (const syntax::Name& m : set.members) {
        members += (members.empty() ? "" : ", ") + m.text;
        s.members.push_back(m.text);
        use(m);
      }
      s.clauses.push_back("{ " + members + " }");
    }
    for (const syntax::Obligation& o : f.obligations) {
      Symbol& s = declare(o.id, sema::Kind::obligation, o.span, o.title);
      for (const syntax::ObligationClause& c : o.clauses) {
        if (c.kind == syntax::ObligationClauseKind::source)
          s.source = c.text.text;
        else
          s.clauses.push_back(clause_text(doc_.indexed_text, c.span));
      }
    }
    for (const syntax::Atom& a : f.atoms) {
      for (const syntax::Name& n : a.target.names) use(n);
      if (a.timing.has_anchor && !a.timing.anchor.is_date) use(a.timing.anchor.name);
    }
    for (const syntax::TestBlock& t : f.tests) {
      for (const syntax::TestState& st : t.states)
        for (const syntax::TestFact& fact : st.facts) use(fact.name);
      for (const syntax::Expectation& e : t.expectations) use(e.obligation);
    }
  }

 private:
  Symbol& declare(const syntax::Name& id, sema::Kind kind, diag::Span span,
                  const std::optional<syntax::StringLit>& title) {
    Symbol s;
    s.name = id.text;
    s.kind = kind;
    s.uri = doc_.uri;
    s.name_span = id.span;
    s.span = span;
    if (title) s.title = title->text;
    symbols_.push_back(std::move(s));
    if (!id.text.empty()) occurrences_.push_back({id.text, doc_.uri, id.span, true});
    return symbols_.back();
  }
  void use(const syntax::Name& n) {
    if (!n.text.empty()) occurrences_.push_back({n.text, doc_.uri, n.span, false});
  }

  const Document& doc_;
  std::vector<Symbol>& symbols_;
  std::vector<Occurrence>& occurrences_;
};

std::string absolute(const std::string& path) {
  std::error_code ec;
  fs::path p = fs::absolute(path, ec);
  return ec ? path : p.lexically_normal().string();
}

}  // namespace

std::size_t Workspace::load_folder(const std::string& folder) {
  diag::Diagnostics diags;
  bool input_error = false;
  diag::SourceMap sources;
  std::string root = absolute(folder);
  folders_.push_back(root.empty() || root.back() != '/' ? root + '/' : root);
  std::vector<std::string> paths = syntax::expand_paths({folder}, {".pacta"}, diags, input_error);
  std::size_t read = 0, left_out = 0;
  std::uint64_t bytes = 0;
  for (const std::string& path : paths) {
    if (read == max_folder_files || bytes >= max_folder_bytes) {
      ++left_out;
      continue;
    }
    std::uint32_t id = 0;
    if (!syntax::read_source(path, sources, id, diags)) continue;
    ++read;
    bytes += sources.file(id).text.size();
    std::string uri = uri_of_path(absolute(path));
    if (documents_.count(uri) && documents_[uri].open) continue;
    set_text(uri, sources.file(id).text, false);
    documents_[uri].in_folder = true;
  }
  for (const diag::Diagnostic& d : diags.items()) spdlog::warn("{}: {}", d.code, d.message);
  if (left_out > 0)
    spdlog::warn("workspace {}: {} rule file(s) left out: more than {} files or {} bytes", folder, left_out,
                 max_folder_files, max_folder_bytes);
  spdlog::info("workspace {}: {} rule file(s)", folder, documents_.size());
  return left_out;
}

void Workspace::reload(const std::string& uri) {
  std::string path = path_of_uri(uri);
  if (path.size() < 6 || path.compare(path.size() - 6, 6, ".pacta") != 0) return;
  path = absolute(path);
  if (std::none_of(folders_.begin(), folders_.end(),
                   [&](const std::string& f) { return path.compare(0, f.size(), f) == 0; }))
    return;
  std::string key = uri_of_path(path);  // as load_folder names it
  auto it = documents_.find(key);
  if (it != documents_.end() && it->second.open) return;
  diag::SourceMap sources;
  diag::Diagnostics diags;
  std::uint32_t id = 0;
  if (syntax::read_source(path, sources, id, diags)) {
    set_text(key, sources.file(id).text, false);
    documents_[key].in_folder = true;
  } else if (it != documents_.end()) {
    documents_.erase(it);
  }
}

void Workspace::set_text(const std::string& uri, std::string text, bool open) {
  Document& d = documents_[uri];
  if (d.uri.empty()) {
    d.uri = uri;
    d.path = path_of_uri(uri);
    if (d.path.empty()) d.path = uri;
    d.root = syntax::rule_set_root(fs::path(d.path).parent_path().string());
  }
  d.text = std::move(text);
  d.lines = LineIndex(d.text);
  d.open = open;
  reparse(d);
}

void Workspace::close(const std::string& uri) {
  auto it = documents_.find(uri);
  if (it == documents_.end()) return;
  if (it->second.in_folder) {
    diag::SourceMap sources;
    diag::Diagnostics diags;
    std::uint32_t id = 0;
    if (syntax::read_source(it->second.path, sources, id, diags)) {
      set_text(uri, sources.file(id).text, false);
      return;
    }
  }
  documents_.erase(it);
}

void Workspace::analyze() {
  auto started = std::chrono::steady_clock::now();
  symbols_.clear();
  occurrences_.clear();
  diagnostics_.clear();
  diag::SourceMap sources;
  std::vector<const Document*> order;
  std::vector<syntax::RuleFile> files;
  for (const auto& [uri, d] : documents_) {
    std::uint32_t id = sources.add(d.path, d.indexed_text);
    order.push_back(&d);
    syntax::RuleFile f = d.indexed;
    f.file = id;
    f.root = d.root;
    if (f.parsed) files.push_back(std::move(f));
    Collector(d, symbols_, occurrences_).run();
  }
  for (Symbol& set : symbols_) {
    if (set.kind != sema::Kind::set) continue;
    for (const std::string& m : set.members)
      for (const Symbol& s : symbols_)
        if (!set.member_kind && s.name == m && s.kind != sema::Kind::set) set.member_kind = s.kind;
  }
  diag::Diagnostics diags;
  sema::RuleSet rules = sema::check_rule_set(std::move(files), diags);
  if (!diags.has_errors()) testing::check_tests(rules, sources, diags);
  diags.sort();

  std::map<std::uint32_t, LineIndex> other_lines;  // profiles the tests read
  Locate locate = [&](const diag::Location& where, std::string& uri, const LineIndex*& lines) {
    if (where.file < order.size()) {
      uri = order[where.file]->uri;
      lines = &order[where.file]->indexed_lines;
      return true;
    }
    if (!sources.has(where.file)) return false;
    auto it = other_lines.find(where.file);
    if (it == other_lines.end()) it = other_lines.emplace(where.file, LineIndex(sources.file(where.file).text)).first;
    uri = uri_of_path(absolute(sources.file(where.file).path));
    lines = &it->second;
    return true;
  };
  for (const Document* d : order) {
    // Syntax diagnostics are of the current text, wherever the parser put a note.
    Locate here = [d](const diag::Location&, std::string& uri, const LineIndex*& lines) {
      uri = d->uri;
      lines = &d->lines;
      return true;
    };
    nlohmann::json& list = diagnostics_[d->uri] = nlohmann::json::array();
    for (const diag::Diagnostic& s : d->syntax) list.push_back(to_lsp(s, d->lines, here));
  }
  for (const diag::Diagnostic& s : diags.items()) {
    std::string uri;
    const LineIndex* lines = nullptr;
    if (!locate(s.where, uri, lines)) {
      spdlog::warn("{}: {}", s.code, s.message);
      continue;
    }
    // A file with a syntax error took part in its last version that parsed: what sema says
    // of that version is stale.
    if (s.where.file < order.size() && !order[s.where.file]->parses) continue;
    diagnostics_[uri].push_back(to_lsp(s, *lines, locate));
  }
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
  spdlog::debug("analyzed {} file(s) in {} ms: {} symbol(s)", order.size(), ms, symbols_.size());
}

const Document* Workspace::document(const std::string& uri) const {
  auto it = documents_.find(uri);
  return it == documents_.end() ? nullptr : &it->second;
}

std::vector<const Symbol*> Workspace::declarations_of(const std::string& name) const {
  std::vector<const Symbol*> out;
  for (const Symbol& s : symbols_)
    if (s.name == name) out.push_back(&s);
  return out;
}

std::vector<const Occurrence*> Workspace::occurrences_of(const std::string& name) const {
  std::vector<const Occurrence*> out;
  for (const Occurrence& o : occurrences_)
    if (o.name == name) out.push_back(&o);
  return out;
}

const Occurrence* Workspace::occurrence_at(const std::string& uri, std::uint32_t offset) const {
  for (const Occurrence& o : occurrences_)
    if (o.uri == uri && o.span.begin <= offset && offset <= o.span.end) return &o;
  return nullptr;
}

Range Workspace::range(const std::string& uri, diag::Span span) const {
  const Document* d = document(uri);
  return d ? d->indexed_lines.range(span) : Range{};
}

bool valid_name(const std::string& name) {
  if (name.empty() || name.size() > 256) return false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    if (!letter && !(i > 0 && c >= '0' && c <= '9')) return false;
  }
  // Keywords are the parser's to know: declare the name and see.
  diag::SourceMap sources;
  diag::Diagnostics diags;
  syntax::RuleFile f = syntax::parse_rule_file(sources, sources.add("<name>", "group " + name + "\n"), diags);
  return !diags.has_errors() && f.declarations.size() == 1 && f.declarations[0].id.text == name;
}

}  // namespace pacta::lsp
