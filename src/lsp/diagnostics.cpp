#include "lsp/diagnostics.hpp"

namespace pacta::lsp {

nlohmann::json to_lsp(const Range& r) {
  return {{"start", {{"line", r.start.line}, {"character", r.start.character}}},
          {"end", {{"line", r.end.line}, {"character", r.end.character}}}};
}

nlohmann::json to_lsp(const diag::Diagnostic& d, const LineIndex& lines, const Locate& locate) {
  // LSP DiagnosticSeverity: 1 error, 2 warning, 3 information.
  int severity = d.severity == diag::Severity::error ? 1 : d.severity == diag::Severity::warning ? 2 : 3;
  std::string message = d.message;
  if (!d.help.empty()) message += "\nhelp: " + d.help;
  nlohmann::json out = {{"range", to_lsp(lines.range(d.where.span))},
                        {"severity", severity},
                        {"code", d.code},
                        {"source", "pacta"},
                        {"message", message}};
  nlohmann::json related = nlohmann::json::array();
  for (const diag::Note& n : d.notes) {
    std::string uri;
    const LineIndex* at = nullptr;
    if (!locate(n.where, uri, at) || at == nullptr) {
      out["message"] = out["message"].get<std::string>() + "\nnote: " + n.message;
      continue;
    }
    related.push_back(
        {{"location", {{"uri", uri}, {"range", to_lsp(at->range(n.where.span))}}}, {"message", n.message}});
  }
  if (!related.empty()) out["relatedInformation"] = related;
  return out;
}

}  // namespace pacta::lsp
