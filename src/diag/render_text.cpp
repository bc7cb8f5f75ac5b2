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

// Lines longer than this are shown as a window around the caret.
constexpr std::uint32_t max_shown_columns = 100;

void render_location(std::ostream& out, const SourceMap& sources, const Location& where) {
  if (where.file == no_file) return;
  LineColumn lc = sources.line_column(where.file, where.span.begin);
  std::string_view line = sources.line_text(where.file, lc.line);
  std::string number = std::to_string(lc.line);
  std::string gutter(number.size(), ' ');
  std::string prefix, suffix;
  if (line.size() > max_shown_columns) {
    // Show a window of the line around the caret, cut at code point boundaries.
    std::size_t offset_in_line = where.span.begin - sources.file(where.file).line_starts[lc.line - 1];
    std::size_t start = offset_in_line > max_shown_columns / 2 ? offset_in_line - max_shown_columns / 2 : 0;
    while (start > 0 && (static_cast<unsigned char>(line[start]) & 0xC0) == 0x80) --start;
    std::size_t end = std::min(line.size(), start + max_shown_columns);
    while (end < line.size() && (static_cast<unsigned char>(line[end]) & 0xC0) == 0x80) ++end;
    std::uint32_t skipped = 0;
    for (std::size_t i = 0; i < start; ++i) skipped += (static_cast<unsigned char>(line[i]) & 0xC0) != 0x80;
    if (start > 0) prefix = "...";
    if (end < line.size()) suffix = "...";
    line = line.substr(start, end - start);
    lc.column = lc.column - skipped + static_cast<std::uint32_t>(prefix.size());
  }
  out << ' ' << number << " | " << prefix << printable(line) << suffix << '\n';
  out << ' ' << gutter << " | ";
  // Pad with the line's own whitespace so tabs keep the caret aligned; count code points.
  std::uint32_t col = 1;
  for (; col <= prefix.size() && col < lc.column; ++col) out << ' ';
  std::size_t i = 0;
  for (; i < line.size() && col < lc.column; ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) continue;
    out << (line[i] == '\t' ? '\t' : ' ');
    ++col;
  }
  out << '^';
  LineColumn begin = sources.line_column(where.file, where.span.begin);
  LineColumn end = sources.line_column(where.file, std::max(where.span.begin, where.span.end));
  if (end.line == begin.line && end.column > begin.column + 1)
    out << std::string(std::min<std::uint32_t>(end.column - begin.column - 1, max_shown_columns / 2), '~');
  out << '\n';
}

}  // namespace

// Replaces control characters (other than tab) and bytes that are not UTF-8 with '?', so a
// hostile file can neither drive the terminal nor make the output invalid UTF-8.
std::string printable(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    auto u = static_cast<unsigned char>(s[i]);
    std::size_t n = u < 0x80 ? 1 : (u >> 5) == 0x6 ? 2 : (u >> 4) == 0xE ? 3 : (u >> 3) == 0x1E ? 4 : 0;
    bool valid = n > 0 && i + n <= s.size();
    for (std::size_t k = 1; valid && k < n; ++k) valid = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
    if (!valid) {
      out += '?';
      ++i;
    } else if (n == 1) {
      out += (u < 0x20 && s[i] != '\t') || u == 0x7f ? '?' : s[i];
      ++i;
    } else {
      out.append(s.substr(i, n));
      i += n;
    }
  }
  return out;
}

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
