// The text report's "data gaps": a state's unknown verdicts folded into one paragraph naming
// the facts its profile lacks and the obligations each leaves unknown, built from the verdict
// records' unknown findings (deduplicated, in rule order), never by evaluating.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "report/check_report.hpp"

namespace pacta::report {

// "  data gaps (5 unknown): no record of: CONV deposit (PROT_NEEDS_CONV, DISPUTES), ...\n",
// wrapped at 100 columns. `unknown`: the state's unknown verdicts (run obligation indices).
std::string data_gaps(const CheckReport& r, eval::Recorder& records, std::size_t profile,
                      const std::vector<std::size_t>& unknown, const char* colour, const char* reset);

// What a missing fact of this predicate is called: "deposit", "submissions", ...
const char* gap_noun(syntax::Predicate p);

}  // namespace pacta::report
