#include "diag/source_map.hpp"

#include <algorithm>
#include <cstring>
#include <limits>
#include <tuple>

namespace pacta::diag {
namespace {

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Offsets are 32-bit: a text is addressed up to 4 GiB (read_source refuses far less).
std::uint32_t size_of(const SourceFile& f) { return f.size; }

}  // namespace

std::uint32_t SourceMap::add(std::string path, std::string text) {
  SourceFile f;
  f.path = std::move(path);
  f.text = std::move(text);
  f.line_starts = {0};
  f.size = static_cast<std::uint32_t>(std::min<std::size_t>(f.text.size(), std::numeric_limits<std::uint32_t>::max()));
  std::uint32_t size = size_of(f);
  // Line starts by memchr; code points counted per checkpoint block (ASCII text: the block's size).
  const char* data = f.text.data();
  for (const char* p = data; (p = static_cast<const char*>(std::memchr(p, '\n', data + size - p))) != nullptr; ++p)
    f.line_starts.push_back(static_cast<std::uint32_t>(p - data) + 1);
  std::uint32_t code_points = 0;
  for (std::uint32_t block = 0; block < size; block += column_checkpoint_bytes) {
    f.checkpoints.push_back(code_points);
    std::uint32_t end = std::min(size, block + column_checkpoint_bytes);
    std::uint32_t n = end - block;
    for (std::uint32_t i = block; i < end; ++i) n -= continuation(data[i]);
    code_points += n;
  }
  if (size % column_checkpoint_bytes == 0) f.checkpoints.push_back(code_points);  // offset == size
  files_.push_back(std::move(f));
  return static_cast<std::uint32_t>(files_.size() - 1);
}

Location SourceMap::clamp(Location where) const {
  if (!has(where.file)) return {};
  std::uint32_t size = size_of(files_[where.file]);
  where.span.begin = std::min(where.span.begin, size);
  where.span.end = std::clamp(where.span.end, where.span.begin, size);
  return where;
}

std::uint32_t SourceMap::code_points_before(const SourceFile& f, std::uint32_t offset) const {
  if (f.released) {
    auto continuations = std::lower_bound(f.continuations.begin(), f.continuations.end(), offset);
    return offset - static_cast<std::uint32_t>(continuations - f.continuations.begin());
  }
  std::uint32_t k = offset / column_checkpoint_bytes;
  std::uint32_t n = f.checkpoints[k];
  for (std::uint32_t i = k * column_checkpoint_bytes; i < offset; ++i) n += !continuation(f.text[i]);
  return n;
}

LineColumn SourceMap::line_column(std::uint32_t file, std::uint32_t offset) const {
  if (!has(file)) return {};
  const SourceFile& f = files_[file];
  offset = std::min(offset, size_of(f));
  auto it = std::upper_bound(f.line_starts.begin(), f.line_starts.end(), offset);
  auto line = static_cast<std::uint32_t>(it - f.line_starts.begin());
  std::uint32_t start = f.line_starts[line - 1];
  // A short distance is counted directly; a long line (10 MB on one line) through checkpoints.
  if (offset - start <= 256 && !f.released) {
    std::uint32_t column = 1;
    for (std::uint32_t i = start; i < offset; ++i) column += (static_cast<unsigned char>(f.text[i]) & 0xC0) != 0x80;
    return {line, column};
  }
  return {line, code_points_before(f, offset) - code_points_before(f, start) + 1};
}

std::string_view SourceMap::line_text(std::uint32_t file, std::uint32_t line) const {
  if (!has(file)) return {};
  const SourceFile& f = files_[file];
  if (line == 0 || line > f.line_starts.size()) return {};
  const std::string& text = text_of(file);
  if (text.size() != f.size) return {};
  std::uint32_t b = f.line_starts[line - 1];
  std::uint32_t e = line < f.line_starts.size() ? f.line_starts[line] : size_of(f);
  std::string_view s(text.data() + b, e - b);
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::uint32_t SourceMap::offset_of(std::uint32_t file, std::uint32_t line0, std::uint32_t col0) const {
  if (!has(file)) return 0;
  const SourceFile& f = files_[file];
  if (line0 >= f.line_starts.size()) return size_of(f);
  std::uint64_t offset = std::uint64_t{f.line_starts[line0]} + col0;
  return static_cast<std::uint32_t>(std::min<std::uint64_t>(offset, size_of(f)));
}

}  // namespace pacta::diag
