// Text made safe for HTML (check --format html): one escaping for element text and quoted
// attribute values alike (& < > " ' as references, characters XML cannot carry dropped,
// invalid UTF-8 as U+FFFD), and JSON made safe inside a <script type="application/json">.
#pragma once

#include <string>
#include <string_view>

namespace pacta::report {

// "<script>" -> "&lt;script&gt;": safe in element text and in "..." or '...' attributes.
std::string html_escape(std::string_view s);
// JSON text with < > & U+2028 U+2029 written as \uXXXX (valid inside JSON strings, where alone
// they can occur), so that no "</script>" or "<!--" can end or change the script block.
std::string script_json(std::string_view json);

}  // namespace pacta::report
