#include <algorithm>
#include <string>

#include "diag/render.hpp"

namespace pacta::diag {
namespace {

const char* severity_name(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::note: return "note";
  }
  return "error";
}

const char* severity_colour(Severity s) {
  switch (s) {
    case Severity::error: return "\x1b[1;31m";
    case Severity::warning: return "\x1b[1;33m";
    case Severity::note: return "\x1b[1;36m";
  }
  return "";
}

// Replaces control characters (other than tab) so a hostile file cannot drive the terminal.
std::string printable(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    out += (u < 0x20 && c != '\t') || u == 0x7f ? '?' : c;
  }
  return out;
}

void render_location(std::ostream& out, const SourceMap& sources, const Location& where) {
  if (where.file == no_file) return;
  LineColumn lc = sources.line_column(where.file, where.span.begin);
  std::string_view line = sources.line_text(where.file, lc.line);
  std::string number = std::to_string(lc.line);
  std::string gutter(number.size(), ' ');
  out << ' ' << number << " | " << printable(line) << '\n';
  out << ' ' << gutter << " | ";
  // Pad with the line's own whitespace so tabs keep the caret aligned; count code points.
  std::uint32_t col = 1;
  std::size_t i = 0;
  for (; i < line.size() && col < lc.column; ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) continue;
    out << (line[i] == '\t' ? '\t' : ' ');
    ++col;
  }
  out << '^';
  LineColumn end = sources.line_column(where.file, std::max(where.span.begin, where.span.end));
  if (end.line == lc.line && end.column > lc.column + 1) out << std::string(end.column - lc.column - 1, '~');
  out << '\n';
}

}  // namespace

void render_one_text(std::ostream& out, const SourceMap& sources, const Diagnostic& d, TextStyle style) {
  const char* bold = style.colour ? "\x1b[1m" : "";
  const char* reset = style.colour ? "\x1b[0m" : "";
  if (d.where.file != no_file) {
    LineColumn lc = sources.line_column(d.where.file, d.where.span.begin);
    out << bold << sources.file(d.where.file).path << ':' << lc.line << ':' << lc.column << ": " << reset;
  } else {
    out << bold << "pacta: " << reset;
  }
  out << (style.colour ? severity_colour(d.severity) : "") << severity_name(d.severity) << '[' << d.code << "]"
      << reset << ": " << bold << printable(d.message) << reset << '\n';
  render_location(out, sources, d.where);
  if (!d.help.empty()) out << "  = help: " << printable(d.help) << '\n';
  for (const Note& n : d.notes) {
    if (n.where.file != no_file) {
      LineColumn lc = sources.line_column(n.where.file, n.where.span.begin);
      out << "  = note: " << sources.file(n.where.file).path << ':' << lc.line << ':' << lc.column << ": "
          << printable(n.message) << '\n';
    } else {
      out << "  = note: " << printable(n.message) << '\n';
    }
  }
}

void render_text(std::ostream& out, const SourceMap& sources, const Diagnostics& diags, TextStyle style) {
  for (const Diagnostic& d : diags.items()) render_one_text(out, sources, d, style);
}

std::string summary(const Diagnostics& diags) {
  auto plural = [](std::size_t n, const char* word) {
    return std::to_string(n) + ' ' + word + (n == 1 ? "" : "s");
  };
  return plural(diags.error_count(), "error") + ", " + plural(diags.warning_count(), "warning");
}

}  // namespace pacta::diag
