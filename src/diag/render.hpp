// The one place diagnostics become text: human (path:line:col, source line, carets, help),
// JSON (a stable, versioned array) or SARIF 2.1.0 (for code-scanning tools, docs/FORMATS.md).
// Colour only when asked (the CLI asks on a terminal).
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
// Text from a user's file made safe for a terminal: control characters and bytes that are not
// UTF-8 become '?'.
std::string printable(std::string_view s);
// A one-line summary: "2 errors, 1 warning".
std::string summary(const Diagnostics& diags);
void render_json(std::ostream& out, const SourceMap& sources, const Diagnostics& diags);

// Who produced a SARIF log: runs[0].tool.driver. informationUri is written only when set.
struct SarifTool {
  std::string name = "pacta";
  std::string version;
  std::string information_uri;
};
// One SARIF result per diagnostic; one rule per code that occurs.
void render_sarif(std::ostream& out, const SourceMap& sources, const Diagnostics& diags, const SarifTool& tool);

}  // namespace pacta::diag
