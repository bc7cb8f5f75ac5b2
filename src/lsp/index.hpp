// The language server's picture of a workspace: every rule file (the editor's text for open
// documents, the disk's for the others), parsed and checked as one rule set as `pacta lint`
// does, with a symbol table and every place a name is written. A file with a syntax error
// keeps the symbols of its last version that parsed, so the other files do not lose them.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "lsp/position.hpp"
#include "sema/rule_set.hpp"
#include "syntax/ast.hpp"

namespace pacta::lsp {

struct Document {
  std::string uri, path;
  std::string text;  // what the editor (or the disk) has now
  LineIndex lines;   // of text
  std::string root;  // bounds the profile files its tests may read (syntax::rule_set_root)
  bool open = false;
  bool in_folder = false;                // found under the workspace folder: closing it goes back to the disk
  bool parses = false;                   // text parsed without syntax errors
  std::vector<diag::Diagnostic> syntax;  // of text (every location in this document)
  // What the symbols come from: the last version that parsed (before any did, the parser's
  // recovery of the text). Equal to `text` whenever `parses`.
  std::string indexed_text;
  LineIndex indexed_lines;
  syntax::RuleFile indexed;
  bool indexed_good = false;  // `indexed` parsed without errors
};

// A declaration: what hover, definition and the symbol lists show.
struct Symbol {
  std::string name;
  sema::Kind kind = sema::Kind::instrument;
  std::string uri;
  diag::Span name_span, span;  // in the document's indexed text
  std::string title;
  std::string source;
  std::vector<std::string> clauses;       // other clauses as written: "adopted 2000-11-15"
  std::vector<std::string> members;       // a set's
  std::optional<sema::Kind> member_kind;  // a set's, from its first declared member
};

// A name written somewhere: its declaration or a use.
struct Occurrence {
  std::string name;
  std::string uri;
  diag::Span span;  // in the document's indexed text
  bool declaration = false;
};

class Workspace {
 public:
  // How much of a folder is read: a folder opened by mistake (a home directory) must not make
  // the server read without end. The rest is left out, and said so.
  std::size_t max_folder_files = 10000;
  std::uint64_t max_folder_bytes = std::uint64_t{256} << 20;

  // Every *.pacta below `folder` (read from disk, not open), up to the limits above; the
  // number of rule files left out.
  std::size_t load_folder(const std::string& folder);
  // Sets (or replaces) a document's text; `open` marks it as the editor's.
  void set_text(const std::string& uri, std::string text, bool open);
  // The editor closed it: back to the disk's text, or gone when not on disk.
  void close(const std::string& uri);
  // A rule file changed, appeared or went on disk (workspace/didChangeWatchedFiles): its text
  // is read again, or it is gone when it cannot be read. A document the editor has open keeps
  // the editor's text. Files not named *.pacta, or outside the folders loaded, are ignored.
  void reload(const std::string& uri);

  // Checks the whole rule set again: symbols, occurrences and diagnostics.
  void analyze();

  const Document* document(const std::string& uri) const;
  const std::map<std::string, Document>& documents() const { return documents_; }
  const std::vector<Symbol>& symbols() const { return symbols_; }
  std::vector<const Symbol*> declarations_of(const std::string& name) const;
  std::vector<const Occurrence*> occurrences_of(const std::string& name) const;
  // The name written at a byte offset of a document's indexed text (its ends included).
  const Occurrence* occurrence_at(const std::string& uri, std::uint32_t offset) const;
  // A span of a document's indexed text as an LSP range.
  Range range(const std::string& uri, diag::Span span) const;
  // The LSP diagnostics of every file with any, by URI (profiles a test names included).
  const std::map<std::string, nlohmann::json>& diagnostics() const { return diagnostics_; }

 private:
  std::map<std::string, Document> documents_;
  std::vector<std::string> folders_;  // loaded, absolute and normalised, each ending in '/'
  std::vector<Symbol> symbols_;
  std::vector<Occurrence> occurrences_;
  std::map<std::string, nlohmann::json> diagnostics_;
};

// True when `name` can be declared: an identifier, not a keyword (asked of the parser).
bool valid_name(const std::string& name);

}  // namespace pacta::lsp
