// The one place diagnostics become text: human (path:line:col, source line, carets, help),
// JSON (a stable, versioned array) or SARIF 2.1.0 (for code-scanning tools, docs/FORMATS.md).
// Colour only when asked (the CLI asks on a terminal). Every location is clamped to its source
// first (SourceMap::clamp), so a parser's bad span cannot make a renderer read out of bounds.
#pragma once

#include <ostream>
#include <string>

#include "diag/diagnostic.hpp"
#include "diag/source_map.hpp"

namespace pacta::diag {

// (How many diagnostics a file can have is the list's business: Diagnostics::max_per_file,
// then one E011 for the rest, the same in every format.)
struct TextStyle {
  bool colour = false;
};

void render_text(std::ostream& out, const SourceMap& sources, const Diagnostics& diags, TextStyle style = {});
void render_one_text(std::ostream& out, const SourceMap& sources, const Diagnostic& d, TextStyle style = {});
// Text from a user's file (or a file name) made safe for a terminal: control characters (C0
// but tab, DEL, C1) and invisible or bidirectional format characters (U+00AD, U+061C, U+180E,
// U+200B-U+200F, U+2028-U+202E, U+2060-U+206F, U+FEFF, U+FFF9-U+FFFB, tags U+E0000-U+E007F)
// become visible escapes, `\u{1b}` (lowercase hex, no padding); bytes that are not UTF-8
// (overlong forms and surrogates included) become '?'.
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
