// Diagnostics are values: every problem a user can cause, in a rule file, a profile or on the
// command line, becomes one Diagnostic, collected in a Diagnostics list and rendered in one
// place (render.hpp). Call sites never format output themselves.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
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
  // E011 only: how many diagnostics of its file were not kept, by Severity (a list that
  // receives it counts them as its own).
  std::array<std::uint64_t, 3> unreported{};
};

// The code of the one diagnostic that stands for a file's diagnostics beyond the cap.
inline constexpr const char* too_many_code = "E011";

// A list of diagnostics. At most max_per_file are kept for one file: the rest still count as
// errors and warnings, but are reported by one E011 diagnostic per file ("N more diagnostics
// in this file are not reported"), at the first of them and last in its file's order, so that
// a hostile file cannot make the output, or the memory, grow with it (1,000,000 bad lines of
// a 6 MB profile were 3 GB of memory and 800 MB of SARIF).
class Diagnostics {
 public:
  static constexpr std::size_t max_per_file = 100;

  // The diagnostic added, to add notes to; past the file's cap, a scratch one that is dropped.
  // An E011 from another list adds the diagnostics it stands for (counted, not kept).
  Diagnostic& add(Diagnostic d);
  Diagnostic& error(std::string code, Location where, std::string message, std::string help = {}) {
    return add({std::move(code), Severity::error, where, std::move(message), std::move(help), {}, {}});
  }
  Diagnostic& warning(std::string code, Location where, std::string message, std::string help = {}) {
    return add({std::move(code), Severity::warning, where, std::move(message), std::move(help), {}, {}});
  }
  // Adds other's diagnostics, and counts those it did not keep.
  void append(const Diagnostics& other) {
    for (const Diagnostic& d : other.items_) add(d);
  }
  // Stable order for output: by file, then position, then code; a file's E011 last.
  void sort();

  const std::vector<Diagnostic>& items() const { return items_; }
  std::size_t error_count() const { return errors_; }
  std::size_t warning_count() const { return warnings_; }
  bool has_errors() const { return errors_ > 0; }
  bool empty() const { return items_.empty(); }

 private:
  struct PerFile {
    std::size_t kept = 0;
    std::size_t summary = static_cast<std::size_t>(-1);  // its E011 in items_
  };
  void count(Severity s, std::uint64_t n);
  void hide(const Location& where, Severity s, std::uint64_t n);

  std::vector<Diagnostic> items_;
  std::unordered_map<std::uint32_t, PerFile> files_;
  Diagnostic scratch_;
  std::size_t errors_ = 0;
  std::size_t warnings_ = 0;
};

}  // namespace pacta::diag
