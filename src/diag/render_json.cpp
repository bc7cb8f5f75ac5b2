#include <nlohmann/json.hpp>

#include "diag/render.hpp"

namespace pacta::diag {
namespace {

nlohmann::json location_json(const SourceMap& sources, Location where) {
  where = sources.clamp(where);
  if (where.file == no_file) return nullptr;
  LineColumn b = sources.line_column(where.file, where.span.begin);
  LineColumn e = sources.line_column(where.file, where.span.end);
  return {{"path", sources.file(where.file).path},
          {"line", b.line},
          {"column", b.column},
          {"end_line", e.line},
          {"end_column", e.column},
          {"offset", where.span.begin},
          {"length", where.span.end - where.span.begin}};
}

}  // namespace

void render_json(std::ostream& out, const SourceMap& sources, const Diagnostics& diags) {
  nlohmann::json items = nlohmann::json::array();
  for (const Diagnostic& d : diags.items()) {
    nlohmann::json notes = nlohmann::json::array();
    for (const Note& n : d.notes)
      notes.push_back({{"location", location_json(sources, n.where)}, {"message", n.message}});
    items.push_back({{"code", d.code},
                     {"severity", d.severity == Severity::error     ? "error"
                                  : d.severity == Severity::warning ? "warning"
                                                                    : "note"},
                     {"message", d.message},
                     {"help", d.help.empty() ? nlohmann::json(nullptr) : nlohmann::json(d.help)},
                     {"location", location_json(sources, d.where)},
                     {"notes", notes}});
  }
  nlohmann::json doc = {{"schema", "pacta.diagnostics/1"},
                        {"errors", diags.error_count()},
                        {"warnings", diags.warning_count()},
                        {"diagnostics", items}};
  out << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace pacta::diag
