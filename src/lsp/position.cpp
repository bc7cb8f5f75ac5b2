#include "lsp/position.hpp"

#include <algorithm>

namespace pacta::lsp {

namespace {

bool continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// UTF-16 units of the character whose first byte is c (malformed bytes count as one each).
std::uint32_t units(unsigned char c) { return c >= 0xF0 && c < 0xF8 ? 2 : 1; }

}  // namespace

LineIndex::LineIndex(std::string_view text) : text_(text) {
  for (std::size_t i = 0; i < text_.size(); ++i)
    if (text_[i] == '\n') line_starts_.push_back(static_cast<std::uint32_t>(i + 1));
}

std::string_view LineIndex::line(std::uint32_t l) const {
  std::size_t begin = line_starts_[l];
  std::size_t end = l + 1 < line_starts_.size() ? line_starts_[l + 1] - 1 : text_.size();
  if (end > begin && text_[end - 1] == '\r') --end;
  return std::string_view(text_).substr(begin, end - begin);
}

Position LineIndex::position(std::uint32_t offset) const {
  offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text_.size()));
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  auto l = static_cast<std::uint32_t>(it - line_starts_.begin() - 1);
  std::uint32_t character = 0;
  for (std::uint32_t i = line_starts_[l]; i < offset; ++i) {
    auto c = static_cast<unsigned char>(text_[i]);
    if (!continuation(c)) character += units(c);
  }
  // Inside a character: its start (the loop counted it already).
  if (offset < text_.size() && continuation(static_cast<unsigned char>(text_[offset])) && character > 0) {
    std::uint32_t start = offset;
    while (start > line_starts_[l] && continuation(static_cast<unsigned char>(text_[start]))) --start;
    character -= units(static_cast<unsigned char>(text_[start]));
  }
  return {l, character};
}

std::uint32_t LineIndex::offset(Position p) const {
  if (p.line >= line_starts_.size()) return static_cast<std::uint32_t>(text_.size());
  std::string_view l = line(p.line);
  std::uint32_t begin = line_starts_[p.line];
  std::uint32_t character = 0;
  for (std::size_t i = 0; i < l.size(); ++i) {
    auto c = static_cast<unsigned char>(l[i]);
    if (continuation(c)) continue;
    if (character + units(c) > p.character) return begin + static_cast<std::uint32_t>(i);
    character += units(c);
  }
  return begin + static_cast<std::uint32_t>(l.size());
}

}  // namespace pacta::lsp
