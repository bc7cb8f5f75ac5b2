// Streaming JSON output without a DOM: strings escaped into a buffer (invalid UTF-8 becomes
// U+FFFD, as nlohmann's `replace` does), numbers and dates written without snprintf. Writers
// build one state at a time into a string and hand it to the stream in one write.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "diag/source_map.hpp"
#include "syntax/date.hpp"

namespace pacta::report {

// Appends s as a JSON string literal, quotes included.
void json_string(std::string& out, std::string_view s);
// Appends "YYYY-MM-DD" (quoted), or null for no_day.
void json_day(std::string& out, Day d);
void json_number(std::string& out, std::uint64_t n);
// Appends {"path": ..., "line": N, "column": N}, or null when there is no file.
void json_location(std::string& out, const diag::SourceMap& sources, const diag::Location& where);

}  // namespace pacta::report
