// textDocument/formatting: the `pacta fmt` layout, as one edit replacing the document. A file
// that does not parse is never formatted (no edits), and neither is one whose formatted text
// would not parse back to the same tree and comments (the check `pacta fmt` makes).
#include <spdlog/spdlog.h>

#include "diag/source_map.hpp"
#include "format/format.hpp"
#include "format/same_tree.hpp"
#include "lsp/diagnostics.hpp"
#include "lsp/handlers.hpp"
#include "syntax/parse.hpp"

namespace pacta::lsp {

json formatting(const Workspace& ws, const json& params) {
  const Document* doc = ws.document(params.at("textDocument").at("uri").get<std::string>());
  if (!doc) return nullptr;
  if (!doc->parses) {
    spdlog::info("not formatting {}: it has syntax errors", doc->path);
    return json::array();
  }
  diag::SourceMap sources;
  diag::Diagnostics diags;
  syntax::RuleFile file = syntax::parse_rule_file(sources, sources.add(doc->path, doc->text), diags);
  if (!file.parsed || diags.has_errors()) return json::array();
  std::string formatted = format::format_rule_file(file, doc->text);
  if (formatted == doc->text) return json::array();
  diag::Diagnostics again_diags;
  syntax::RuleFile again = syntax::parse_rule_file(sources, sources.add(doc->path, formatted), again_diags);
  std::string difference;
  if (again_diags.has_errors() || !format::same_tree(file, again, &difference) ||
      !format::same_comments(file, again, &difference)) {
    spdlog::error("not formatting {}: the layout would change it ({}); this is a bug in pacta", doc->path, difference);
    return json::array();
  }
  Range all{{0, 0}, doc->lines.position(static_cast<std::uint32_t>(doc->text.size()))};
  return json::array({{{"range", to_lsp(all)}, {"newText", formatted}}});
}

}  // namespace pacta::lsp
