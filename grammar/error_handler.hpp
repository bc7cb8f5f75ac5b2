// Turns an X3 expectation failure into a diagnostic: "expected ')', found '}'" pointing at the
// offending token. Unterminated strings and bad escapes get codes of their own.
#pragma once

#include <string>

#include "config.hpp"
#include "error_hints.hpp"
#include "leaf_parsers.hpp"

namespace pacta::grammar {

// The token at p, for "found ..." (a word, or one character, or end of line / file).
inline std::string describe_token(const char* p, const char* last, const char** token_end) {
  if (p == last) {
    *token_end = p;
    return "end of file";
  }
  if (*p == '\n' || *p == '\r') {
    *token_end = p;
    return "end of line";
  }
  const char* e = p;
  if (is_ident_char(*e)) {
    while (e != last && (is_ident_char(*e) || *e == '-')) ++e;
  } else {
    ++e;
    while (e != last && (static_cast<unsigned char>(*e) & 0xC0) == 0x80) ++e;  // whole code point
  }
  *token_end = e;
  return "'" + std::string(p, e) + "'";
}

struct error_handler {
  template <typename It, typename Exception, typename Ctx>
  x3::error_handler_result on_error(It&, It const& last, Exception const& x, Ctx const& ctx) const {
    Builder& b = builder_of(ctx);
    It where = x.where();
    std::string which = x.which();
    if (which == "closing quote" || which == "escape") {
      It p = where;
      while (p != last && (*p == ' ' || *p == '\t')) ++p;
      if (p != last && *p != '\n' && *p != '\r' && *p != '#') where = p;
      const char* token_end = where;
      describe_token(where, last, &token_end);
      if (which == "closing quote") {
        // From the opening quote to the end of its line: the whole string that never closed.
        const char* line = where;
        while (line > b.base && line[-1] != '\n') --line;
        const char* open = where;
        bool in_string = false;
        for (const char* q = line; q < where; ++q) {
          if (in_string && *q == '\\') {
            ++q;
          } else if (*q == '"') {
            in_string = !in_string;
            if (in_string) open = q;
          } else if (!in_string && *q == '#') {
            break;
          }
        }
        b.diags->error("P002", b.at(open, where), "unterminated string", "close the string with '\"' on the same line");
      } else
        b.diags->error("P002", b.at(where - 1, token_end), "unknown escape in string",
                       "only \\\" and \\\\ are escapes");
    } else {
      report_expectation(b, where, last, which);
    }
    return x3::error_handler_result::fail;
  }
};

}  // namespace pacta::grammar
