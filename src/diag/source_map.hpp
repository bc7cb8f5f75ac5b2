// The source files of a run (rule files and profiles), kept whole so diagnostics and
// explanations can point into them: byte offsets become line and column here, and nowhere else.
// Locations come from parsers (ours and yaml-cpp's) and are not trusted: clamp() makes any of
// them safe to render, and line_column() answers for any offset.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "diag/diagnostic.hpp"

namespace pacta::diag {

struct LineColumn {
  std::uint32_t line = 1;    // 1-based
  std::uint32_t column = 1;  // 1-based, in code points
};

// Every this many bytes a file keeps how many code points came before, so a column on a very
// long line is counted from the nearest checkpoint, not from the line's start.
inline constexpr std::uint32_t column_checkpoint_bytes = 4096;

struct SourceFile {
  std::string path;
  std::string text;                        // empty once released
  std::vector<std::uint32_t> line_starts;  // byte offset of each line's first byte
  std::vector<std::uint32_t> checkpoints;  // [k]: code points in text[0, k * column_checkpoint_bytes)
  std::uint32_t size = 0;                  // the text's size in bytes, released or not
  // Once the text is released (SourceMap::release), what stands for it: the offsets of its UTF-8
  // continuation bytes (columns count code points), and its hash, to know it again when re-read.
  bool released = false;
  std::vector<std::uint32_t> continuations;
  std::uint64_t fingerprint = 0;
};

class SourceMap {
 public:
  std::uint32_t add(std::string path, std::string text);
  // Frees a file's text, keeping its path, size, lines and columns: for profiles, whose text no
  // report quotes. line_text() then reads the file again (the first time it is asked, and only if
  // its bytes are unchanged). A text with more than one UTF-8 continuation byte in 16 is kept
  // (their offsets would outweigh it). Touches only that file: calls for different files may run
  // in parallel.
  void release(std::uint32_t id);
  const SourceFile& file(std::uint32_t id) const { return files_.at(id); }
  std::size_t size() const { return files_.size(); }
  bool has(std::uint32_t id) const { return id < files_.size(); }

  // A location inside its source: no_file when the file id is unknown, the span within the
  // text and never reversed (begin <= end <= text size), whatever a parser reported.
  Location clamp(Location where) const;
  // Offsets past the end count as the end; an unknown file is 1:1. O(log lines + 4 KiB).
  LineColumn line_column(std::uint32_t file, std::uint32_t offset) const;
  // The text of a 1-based line, without its line break; empty for a released file that changed.
  std::string_view line_text(std::uint32_t file, std::uint32_t line) const;
  // Byte offset of a 0-based line and byte column (as YAML marks give them).
  std::uint32_t offset_of(std::uint32_t file, std::uint32_t line0, std::uint32_t byte_col0) const;

 private:
  std::uint32_t code_points_before(const SourceFile& f, std::uint32_t offset) const;
  // A file's text: its own, or a released file's as read again (empty if it changed).
  const std::string& text_of(std::uint32_t id) const;
  std::vector<SourceFile> files_;
  mutable std::unordered_map<std::uint32_t, std::string> reread_;  // released texts read again, by file
};

}  // namespace pacta::diag
