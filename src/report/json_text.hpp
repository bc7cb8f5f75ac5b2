// Streaming JSON output without a DOM: strings escaped into a buffer (invalid UTF-8 becomes
// U+FFFD, as nlohmann's `replace` does), numbers and dates written without snprintf. Writers
// build one state at a time into a JsonBuffer and hand it to the stream in one write.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

#include "diag/diagnostic.hpp"
#include "diag/source_map.hpp"
#include "syntax/date.hpp"

namespace pacta::report {

// A short piece of output held in a fixed array: appending it to a JsonBuffer copies the whole
// array, a constant size (a few vector moves, no call to memcpy for a few bytes).
struct Fragment {
  static constexpr std::size_t capacity = 64;
  char text[capacity] = {};
  std::uint8_t size = 0;
  // Appends s if it fits; false (and nothing appended) if not.
  bool append(std::string_view s) {
    if (s.size() > capacity - size) return false;
    std::memcpy(text + size, s.data(), s.size());
    size = static_cast<std::uint8_t>(size + s.size());
    return true;
  }
  std::string_view view() const { return {text, size}; }
};

// An append-only byte buffer for output writers: appends are inline (one bounds check and a
// copy), string literals need no strlen.
class JsonBuffer {
 public:
  template <std::size_t N>
  JsonBuffer& operator+=(const char (&literal)[N]) {
    append(literal, N - 1);
    return *this;
  }
  // Strings and C strings that are not literals (names from tables).
  JsonBuffer& operator+=(std::string_view s) {
    append(s.data(), s.size());
    return *this;
  }

  JsonBuffer& operator+=(const Fragment& f) {
    if (size_ + Fragment::capacity > capacity_) grow(Fragment::capacity);
    std::memcpy(data_.get() + size_, f.text, Fragment::capacity);
    size_ += f.size;
    return *this;
  }

  JsonBuffer& operator+=(char c) {
    if (size_ == capacity_) grow(1);
    data_[size_++] = c;
    return *this;
  }
  void append(const char* p, std::size_t n) {
    if (size_ + n > capacity_) grow(n);
    std::memcpy(data_.get() + size_, p, n);
    size_ += n;
  }
  std::size_t size() const { return size_; }
  const char* data() const { return data_.get(); }
  // Drops the bytes from `size` on.
  void truncate(std::size_t size) { size_ = std::min(size, size_); }
  bool empty() const { return size_ == 0; }
  // Writes the bytes to `out` and empties the buffer.
  void flush_to(std::ostream& out) {
    out.write(data_.get(), static_cast<std::streamsize>(size_));
    size_ = 0;
  }

 private:
  void grow(std::size_t n);
  std::unique_ptr<char[]> data_;
  std::size_t size_ = 0, capacity_ = 0;
};

// True when s goes into a JSON string as it is (printable ASCII, no '"' or '\\').
bool json_plain(std::string_view s);
// Appends s as a JSON string literal, quotes included.
void json_string(std::string& out, std::string_view s);
void json_string(JsonBuffer& out, std::string_view s);
// Appends "YYYY-MM-DD" (quoted), or null for no_day.
void json_day(JsonBuffer& out, Day d);
void json_number(JsonBuffer& out, std::uint64_t n);
// Appends {"path": ..., "line": N, "column": N}, or null when there is no file.
void json_location(JsonBuffer& out, const diag::SourceMap& sources, const diag::Location& where);
// One diagnostic, flat, as check and test JSON carry their inputs' diagnostics: {code, severity,
// file, line, column, end_line, end_column, message, help}; file to end_column are null
// without a location (1-based columns in code points, end exclusive).
void json_diagnostic(JsonBuffer& out, const diag::SourceMap& sources, const diag::Diagnostic& d);

}  // namespace pacta::report
