// The one place diagnostics become text: human (path:line:col, source line, carets, help) or
// JSON (a stable, versioned array). Colour only when asked (the CLI asks on a terminal).
#pragma once

#include <ostream>
#include <string>

#include "diag/diagnostic.hpp"
#include "diag/source_map.hpp"

namespace pacta::diag {

struct TextStyle {
  bool colour = false;
};

void render_text(std::ostream& out, const SourceMap& sources, const Diagnostics& diags, TextStyle style = {});
void render_one_text(std::ostream& out, const SourceMap& sources, const Diagnostic& d, TextStyle style = {});
// A one-line summary: "2 errors, 1 warning".
std::string summary(const Diagnostics& diags);
void render_json(std::ostream& out, const SourceMap& sources, const Diagnostics& diags);

}  // namespace pacta::diag
