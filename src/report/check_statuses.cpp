// Which verdicts a check format prints and which records it needs: --status, --all and each
// format's default meet here, and nowhere else.
#include <string>
#include <vector>

#include "report/check_report.hpp"

namespace pacta::report {

namespace {
constexpr eval::StatusMask bit(eval::Status s) { return static_cast<eval::StatusMask>(1u << static_cast<int>(s)); }
}  // namespace

eval::StatusMask shown_statuses(const std::string& format, bool all, eval::StatusMask filter) {
  if (filter != 0) return filter;
  if (format == "text" && !all)
    return eval::every_status & ~(bit(eval::Status::satisfied) | bit(eval::Status::not_applicable));
  if (format == "sarif") return eval::attention;
  return eval::every_status;
}

eval::StatusMask records_needed(const std::string& format, bool all, eval::StatusMask filter) {
  eval::StatusMask shown = shown_statuses(format, all, filter);
  // Text folds unknown verdicts into "data gaps" (built from their records) unless --all.
  if (format == "text") return (all || filter) ? shown : eval::attention;
  if (format == "junit") return shown & eval::every_status & ~bit(eval::Status::satisfied);
  return shown & eval::attention;
}

bool parse_statuses(const std::vector<std::string>& words, eval::StatusMask& mask, std::string& bad) {
  mask = 0;
  for (const std::string& w : words) {
    bool found = false;
    for (int s = 0; s < 6; ++s)
      if (w == eval::status_name(static_cast<eval::Status>(s))) {
        mask |= bit(static_cast<eval::Status>(s));
        found = true;
      }
    if (!found) {
      bad = w;
      return false;
    }
  }
  return true;
}

eval::Recorder& records_of(const CheckReport& r, const std::string& format, std::optional<eval::Recorder>& own) {
  return r.records ? *r.records : own.emplace(r.program, r.run, records_needed(format, r.all, r.status_filter));
}

}  // namespace pacta::report
