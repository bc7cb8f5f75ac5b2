// LSP positions are a 0-based line and a column in UTF-16 code units; Pacta's spans are byte
// offsets into UTF-8 text. LineIndex converts both ways for one text, correctly for characters
// outside ASCII (2 or 3 UTF-8 bytes: one unit; 4 bytes, as emoji: two units).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"

namespace pacta::lsp {

struct Position {
  std::uint32_t line = 0;
  std::uint32_t character = 0;  // UTF-16 code units
  bool operator==(const Position& o) const { return line == o.line && character == o.character; }
};

struct Range {
  Position start, end;
};

class LineIndex {
 public:
  LineIndex() = default;
  explicit LineIndex(std::string_view text);

  // Offsets past the end count as the end; an offset inside a character counts as its start.
  Position position(std::uint32_t offset) const;
  Range range(diag::Span span) const { return {position(span.begin), position(span.end)}; }
  // Lines past the end give the end of the text; characters past a line's end give its end
  // (before the line break), and a column inside a surrogate pair the character's start.
  std::uint32_t offset(Position p) const;
  std::size_t lines() const { return line_starts_.size(); }

 private:
  std::string_view line(std::uint32_t l) const;  // without its line break
  std::string text_;
  std::vector<std::uint32_t> line_starts_{0};
};

}  // namespace pacta::lsp
