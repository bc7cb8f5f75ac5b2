// Diagnostics: the list, its per-file cap and its order (diagnostic.hpp).
#include <algorithm>
#include <string>
#include <tuple>

#include "diag/diagnostic.hpp"

namespace pacta::diag {

namespace {

bool is_summary(const Diagnostic& d) { return d.code == too_many_code; }

}  // namespace

void Diagnostics::count(Severity s, std::uint64_t n) {
  if (s == Severity::error) errors_ += n;
  if (s == Severity::warning) warnings_ += n;
}

Diagnostic& Diagnostics::add(Diagnostic d) {
  if (is_summary(d)) {
    // Another list's E011: the diagnostics it stands for are this list's too, not kept.
    for (int s = 0; s < 3; ++s) {
      count(static_cast<Severity>(s), d.unreported[s]);
      if (d.unreported[s] > 0 && d.where.file != no_file) hide(d.where, static_cast<Severity>(s), d.unreported[s]);
    }
    scratch_ = std::move(d);
    return scratch_;
  }
  count(d.severity, 1);
  if (d.where.file != no_file) {
    PerFile& f = files_[d.where.file];
    if (f.kept == max_per_file) {
      hide(d.where, d.severity, 1);
      scratch_ = std::move(d);
      return scratch_;
    }
    ++f.kept;
  }
  items_.push_back(std::move(d));
  return items_.back();
}

// Counts n more diagnostics of a file not kept, in its E011 (made at the first of them).
void Diagnostics::hide(const Location& where, Severity s, std::uint64_t n) {
  PerFile& f = files_[where.file];
  if (f.summary == static_cast<std::size_t>(-1)) {
    f.summary = items_.size();
    items_.push_back({too_many_code, s, where, {}, {}, {}, {}});
  }
  Diagnostic& summary = items_[f.summary];
  summary.unreported[static_cast<int>(s)] += n;
  const auto& u = summary.unreported;
  std::uint64_t hidden = u[0] + u[1] + u[2];
  summary.severity = u[static_cast<int>(Severity::error)]     ? Severity::error
                     : u[static_cast<int>(Severity::warning)] ? Severity::warning
                                                              : Severity::note;
  summary.message = std::to_string(hidden) + " more diagnostic" + (hidden == 1 ? "" : "s") + " in this file " +
                    (hidden == 1 ? "is" : "are") + " not reported (the first " + std::to_string(max_per_file) + " are)";
  summary.help = "fix these and run again; a file with this many problems is often of another kind than expected";
}

void Diagnostics::sort() {
  std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    bool x = is_summary(a), y = is_summary(b);
    return std::tie(a.where.file, x, a.where.span.begin, a.code) <
           std::tie(b.where.file, y, b.where.span.begin, b.code);
  });
  for (std::size_t i = 0; i < items_.size(); ++i)
    if (is_summary(items_[i])) files_[items_[i].where.file].summary = i;
}

}  // namespace pacta::diag
