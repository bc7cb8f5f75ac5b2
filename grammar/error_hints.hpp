// What a syntax error says beyond "expected X, found Y": the token it points at (the next one,
// across lines and comments, where a clause or '}' was expected), the keyword a misspelt word
// resembles, the '{' left open at the end of the file, a comma missing between names, a number
// missing after 'at least', typographic quotes.
#pragma once

#include <string>

#include "builder.hpp"

namespace pacta::grammar {

// Reports the expectation failure `which` (a rule's or literal's name) at `where` as P001.
void report_expectation(const Builder& b, const char* where, const char* last, const std::string& which);
// The help for a token that is a typographic quote or apostrophe ("'“' looks like '\"' ..."),
// or "" for any other token.
std::string quote_help(const char* token, const char* last);

}  // namespace pacta::grammar
