#include "diag/source_map.hpp"

#include <algorithm>
#include <tuple>

namespace pacta::diag {

std::uint32_t SourceMap::add(std::string path, std::string text) {
  SourceFile f{std::move(path), std::move(text), {0}};
  for (std::uint32_t i = 0; i < f.text.size(); ++i)
    if (f.text[i] == '\n') f.line_starts.push_back(i + 1);
  files_.push_back(std::move(f));
  return static_cast<std::uint32_t>(files_.size() - 1);
}

LineColumn SourceMap::line_column(std::uint32_t file, std::uint32_t offset) const {
  const SourceFile& f = files_.at(file);
  offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(f.text.size()));
  auto it = std::upper_bound(f.line_starts.begin(), f.line_starts.end(), offset);
  auto line = static_cast<std::uint32_t>(it - f.line_starts.begin());
  std::uint32_t column = 1;
  for (std::uint32_t i = f.line_starts[line - 1]; i < offset; ++i)
    if ((static_cast<unsigned char>(f.text[i]) & 0xC0) != 0x80) ++column;  // count code points
  return {line, column};
}

std::string_view SourceMap::line_text(std::uint32_t file, std::uint32_t line) const {
  const SourceFile& f = files_.at(file);
  if (line == 0 || line > f.line_starts.size()) return {};
  std::uint32_t b = f.line_starts[line - 1];
  std::uint32_t e = line < f.line_starts.size() ? f.line_starts[line] : f.text.size();
  std::string_view s(f.text.data() + b, e - b);
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::uint32_t SourceMap::offset_of(std::uint32_t file, std::uint32_t line0, std::uint32_t col0) const {
  const SourceFile& f = files_.at(file);
  if (line0 >= f.line_starts.size()) return static_cast<std::uint32_t>(f.text.size());
  return std::min<std::uint32_t>(f.line_starts[line0] + col0, static_cast<std::uint32_t>(f.text.size()));
}

void Diagnostics::sort() {
  std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.where.file, a.where.span.begin, a.code) < std::tie(b.where.file, b.where.span.begin, b.code);
  });
}

}  // namespace pacta::diag
