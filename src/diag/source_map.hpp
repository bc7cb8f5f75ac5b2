// The source files of a run (rule files and profiles), kept whole so diagnostics and
// explanations can point into them: byte offsets become line and column here, and nowhere else.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"

namespace pacta::diag {

struct LineColumn {
  std::uint32_t line = 1;    // 1-based
  std::uint32_t column = 1;  // 1-based, in code points
};

struct SourceFile {
  std::string path;
  std::string text;
  std::vector<std::uint32_t> line_starts;  // byte offset of each line's first byte
};

class SourceMap {
 public:
  std::uint32_t add(std::string path, std::string text);
  const SourceFile& file(std::uint32_t id) const { return files_.at(id); }
  std::size_t size() const { return files_.size(); }

  LineColumn line_column(std::uint32_t file, std::uint32_t offset) const;
  // The text of a 1-based line, without its line break.
  std::string_view line_text(std::uint32_t file, std::uint32_t line) const;
  // Byte offset of a 0-based line and byte column (as YAML marks give them).
  std::uint32_t offset_of(std::uint32_t file, std::uint32_t line0, std::uint32_t byte_col0) const;

 private:
  std::vector<SourceFile> files_;
};

}  // namespace pacta::diag
