// The formatter's document: output lines, each tied to the source range of the code it
// prints, so comments can be put back by position (OPA's v1/format does the same); and
// groups of lines printed as one line when no comment sits inside them. Internal to src/format.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "syntax/ast.hpp"

namespace pacta::format {

// A trailing comment is two spaces after the code; on the lines of one block (not its brace
// lines) trailing comments line up, in this column (0-based) or two spaces after the longest code.
inline constexpr std::uint32_t trailing_comment_column = 44;
// A set is printed on one line when that line fits in this many columns.
inline constexpr std::uint32_t max_line_width = 100;

struct Line {
  std::string text;                  // without indentation
  std::uint32_t indent = 0;          // spaces
  std::uint32_t comment_indent = 0;  // spaces before a comment placed on its own line above it
  syntax::Span source;               // the code it prints; lines' ranges ascend and do not overlap
  bool item_start = false;           // first line of a top-level item: a blank line goes before it
  bool opens_block = false;          // ends with '{'
  bool closes_block = false;         // is '}': never a blank line before it
  bool align_comment = false;        // a trailing comment lines up with the others of its block
  std::uint32_t block = 0;           // the innermost block it is in (0: top level)
};

// Lines [first, first + count) that print as one line, `joined`, unless a comment would have
// to sit between them or (max_width > 0) the joined line is longer than max_width.
struct Group {
  std::size_t first = 0;
  std::size_t count = 0;
  std::string joined;
  std::uint32_t max_width = 0;
};

struct Layout {
  std::vector<Line> lines;
  std::vector<Group> groups;  // ascending, disjoint
};

// Attaches every comment to a line: a comment with code before it on its source line trails
// the line printing that code; a comment on its own line goes above the line printing the
// code that follows it (or, after the last code, at the end). Then joins what may be joined
// and renders the text, ending with a newline unless empty.
std::string render(const Layout& layout, const std::vector<syntax::Comment>& comments, const std::string& source);

}  // namespace pacta::format
