// Diagnostics are values: every problem a user can cause, in a rule file, a profile or on the
// command line, becomes one Diagnostic, collected in a Diagnostics list and rendered in one
// place (render.hpp). Call sites never format output themselves.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace pacta::diag {

enum class Severity { error, warning, note };
inline const char* severity_name(Severity s) {
  return s == Severity::warning ? "warning" : s == Severity::note ? "note" : "error";
}

// A byte range inside one source file of the SourceMap.
struct Span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

inline constexpr std::uint32_t no_file = 0xffffffffu;

struct Location {
  std::uint32_t file = no_file;  // index into the SourceMap; no_file for command-line problems
  Span span;
};

struct Note {
  Location where;
  std::string message;
};

struct Diagnostic {
  std::string code;  // stable: P0xx syntax, S0xx semantics, Y0xx profiles, E0xx input/output
  Severity severity = Severity::error;
  Location where;
  std::string message;  // short, no capital, no final period
  std::string help;     // optional suggestion, rendered as "help: ..."
  std::vector<Note> notes;
};

class Diagnostics {
 public:
  Diagnostic& add(Diagnostic d) {
    if (d.severity == Severity::error) ++errors_;
    if (d.severity == Severity::warning) ++warnings_;
    items_.push_back(std::move(d));
    return items_.back();
  }
  Diagnostic& error(std::string code, Location where, std::string message, std::string help = {}) {
    return add({std::move(code), Severity::error, where, std::move(message), std::move(help), {}});
  }
  Diagnostic& warning(std::string code, Location where, std::string message, std::string help = {}) {
    return add({std::move(code), Severity::warning, where, std::move(message), std::move(help), {}});
  }
  void append(const Diagnostics& other) {
    for (const auto& d : other.items_) add(d);
  }
  // Stable order for output: by file, then position, then code.
  void sort();

  const std::vector<Diagnostic>& items() const { return items_; }
  std::size_t error_count() const { return errors_; }
  std::size_t warning_count() const { return warnings_; }
  bool has_errors() const { return errors_ > 0; }
  bool empty() const { return items_.empty(); }

 private:
  std::vector<Diagnostic> items_;
  std::size_t errors_ = 0;
  std::size_t warnings_ = 0;
};

}  // namespace pacta::diag
