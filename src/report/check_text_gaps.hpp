// The text report's "data gaps": a state's unknown verdicts folded into one paragraph naming
// the facts its profile lacks and the obligations each leaves unknown, built from the verdict
// records' unknown findings (deduplicated, in rule order), never by evaluating.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "report/check_report.hpp"

namespace pacta::report {

// The paragraph of one state after another, for one rendering thread: its buffers and the
// obligations' printable ids are kept from state to state.
class DataGaps {
 public:
  explicit DataGaps(const CheckReport& r);
  // Appends "  data gaps (5 unknown): no record of: CONV deposit (PROT_NEEDS_CONV, DISPUTES),
  // ...\n", wrapped at 100 columns. `unknown`: the state's unknown verdicts (run obligation
  // indices).
  void write(std::string& out, eval::Recorder& records, std::size_t profile, const std::vector<std::size_t>& unknown,
             const char* colour, const char* reset);

 private:
  struct Gap {
    std::string fact;                        // printable, its blanks glued
    std::vector<std::uint32_t> obligations;  // run indices, in rule order
  };
  struct List {
    std::vector<Gap> gaps;  // in the order first met
    std::unordered_map<std::string, std::uint32_t> by_text, by_printed;
    void clear();
    void add(const std::string& fact, std::uint32_t obligation);
    void write(std::string& out, DataGaps& ids) const;
  };
  const std::string& id(std::uint32_t obligation);

  const CheckReport& r_;
  std::vector<std::string> ids_;  // printable ids by run index, made when first needed
  std::vector<char> known_;
  List missing_, unsure_;
  std::string fact_, text_;
};

}  // namespace pacta::report
