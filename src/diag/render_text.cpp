#include <algorithm>
#include <cstdio>
#include <string>

#include "diag/render.hpp"

namespace pacta::diag {
namespace {

const char* severity_colour(Severity s) {
  switch (s) {
    case Severity::error:
      return "\x1b[1;31m";
    case Severity::warning:
      return "\x1b[1;33m";
    case Severity::note:
      return "\x1b[1;36m";
  }
  return "";
}

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The length of the UTF-8 sequence at s[i] and its code point; 0 when the bytes are not UTF-8
// (a stray or missing continuation byte, an overlong form, a surrogate, beyond U+10FFFF).
std::size_t decode(std::string_view s, std::size_t i, char32_t& cp) {
  auto u = static_cast<unsigned char>(s[i]);
  std::size_t n = u < 0x80 ? 1 : (u >> 5) == 0x6 ? 2 : (u >> 4) == 0xE ? 3 : (u >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  cp = n == 1 ? u : n == 2 ? u & 0x1F : n == 3 ? u & 0x0F : u & 0x07;
  for (std::size_t k = 1; k < n; ++k) {
    if (!continuation(s[i + k])) return 0;
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  }
  static const char32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < least[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

// Code points a terminal acts on or that hide or reorder text: controls, bidirectional
// embeddings, overrides and isolates, zero-width and other invisible format characters.
bool unsafe(char32_t cp) {
  if (cp == '\t') return false;
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0xAD || cp == 0x61C || cp == 0x180E ||
         (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x206F) ||
         cp == 0xFEFF || (cp >= 0xFFF9 && cp <= 0xFFFB) || (cp >= 0xE0000 && cp <= 0xE007F);
}

std::size_t code_points(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return !continuation(c); }));
}

// Lines longer than this are shown as a window around the caret.
constexpr std::uint32_t max_shown_columns = 100;

// The source line of a (clamped) location, and a caret line under its span. Everything is
// measured in the printable() text, so escapes and tabs keep the caret aligned.
void render_location(std::ostream& out, const SourceMap& sources, const Location& where) {
  if (where.file == no_file) return;
  LineColumn lc = sources.line_column(where.file, where.span.begin);
  std::string_view line = sources.line_text(where.file, lc.line);
  std::uint32_t line_start = sources.file(where.file).line_starts[lc.line - 1];
  // The caret's byte in the line; a span may begin on the line break itself.
  std::size_t caret = std::min<std::size_t>(where.span.begin - line_start, line.size());
  std::string prefix, suffix;
  if (line.size() > max_shown_columns) {
    // Show a window of the line around the caret, cut at code point boundaries.
    std::size_t start = caret > max_shown_columns / 2 ? caret - max_shown_columns / 2 : 0;
    while (start > 0 && continuation(line[start])) --start;
    std::size_t end = std::min<std::size_t>(line.size(), start + max_shown_columns);
    while (end < line.size() && continuation(line[end])) ++end;
    if (start > 0) prefix = "...";
    if (end < line.size()) suffix = "...";
    line = line.substr(start, end - start);
    caret -= start;
  }
  std::string number = std::to_string(lc.line);
  out << ' ' << number << " | " << prefix << printable(line) << suffix << '\n';
  out << ' ' << std::string(number.size(), ' ') << " | " << std::string(prefix.size(), ' ');
  // Pad with the shown text's own tabs, one space per other code point.
  for (char c : printable(line.substr(0, caret)))
    if (!continuation(c)) out << (c == '\t' ? '\t' : ' ');
  out << '^';
  LineColumn end = sources.line_column(where.file, where.span.end);
  if (end.line == lc.line && caret < line.size()) {
    std::size_t length = std::min<std::size_t>(where.span.end - where.span.begin, line.size() - caret);
    std::size_t shown = code_points(printable(line.substr(caret, length)));
    if (shown > 1) out << std::string(std::min<std::size_t>(shown - 1, max_shown_columns / 2), '~');
  }
  out << '\n';
}

// "path:line:column" of a clamped location in a file.
std::string position(const SourceMap& sources, const Location& where) {
  LineColumn lc = sources.line_column(where.file, where.span.begin);
  return printable(sources.file(where.file).path) + ':' + std::to_string(lc.line) + ':' + std::to_string(lc.column);
}

}  // namespace

std::string printable(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    // Runs of printable ASCII (and tab) are safe as they are: copied in one append.
    std::size_t run = i;
    while (run < s.size()) {
      auto b = static_cast<unsigned char>(s[run]);
      if (b >= 0x7f || (b < 0x20 && b != '\t')) break;
      ++run;
    }
    if (run > i) {
      out.append(s.data() + i, run - i);
      i = run;
      continue;
    }
    char32_t cp = 0;
    std::size_t n = decode(s, i, cp);
    if (n == 0) {
      out += '?';
      ++i;
      continue;
    }
    if (unsafe(cp)) {
      char escape[16];
      std::snprintf(escape, sizeof escape, "\\u{%x}", static_cast<unsigned>(cp));
      out += escape;
    } else {
      out.append(s.substr(i, n));
    }
    i += n;
  }
  return out;
}

void render_one_text(std::ostream& out, const SourceMap& sources, const Diagnostic& d, TextStyle style) {
  const char* bold = style.colour ? "\x1b[1m" : "";
  const char* reset = style.colour ? "\x1b[0m" : "";
  Location where = sources.clamp(d.where);
  if (where.file != no_file) {
    out << bold << position(sources, where) << ": " << reset;
  } else {
    out << bold << "pacta: " << reset;
  }
  out << (style.colour ? severity_colour(d.severity) : "") << severity_name(d.severity) << '[' << printable(d.code)
      << "]" << reset << ": " << bold << printable(d.message) << reset << '\n';
  render_location(out, sources, where);
  if (!d.help.empty()) out << "  = help: " << printable(d.help) << '\n';
  for (const Note& n : d.notes) {
    Location at = sources.clamp(n.where);
    out << "  = note: ";
    if (at.file != no_file) out << position(sources, at) << ": ";
    out << printable(n.message) << '\n';
  }
}

void render_text(std::ostream& out, const SourceMap& sources, const Diagnostics& diags, TextStyle style) {
  for (const Diagnostic& d : diags.items()) render_one_text(out, sources, d, style);
}

std::string summary(const Diagnostics& diags) {
  auto plural = [](std::size_t n, const char* word) { return std::to_string(n) + ' ' + word + (n == 1 ? "" : "s"); };
  return plural(diags.error_count(), "error") + ", " + plural(diags.warning_count(), "warning");
}

}  // namespace pacta::diag
