#include "error_hints.hpp"

#include <cstring>
#include <string_view>
#include <vector>

#include "diag/suggest.hpp"
#include "error_handler.hpp"
#include "syntax/predicates.hpp"

namespace pacta::grammar {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// The next token at or after p: blanks, line ends and `#` comments skipped.
const char* next_token(const char* p, const char* last) {
  while (p != last) {
    if (is_blank(*p)) {
      ++p;
    } else if (*p == '#') {
      while (p != last && *p != '\n') ++p;
    } else {
      break;
    }
  }
  return p;
}

// The innermost '{' not closed before `upto` (strings and comments skipped), or nullptr.
const char* open_brace(const char* first, const char* upto) {
  std::vector<const char*> open;
  for (const char* p = first; p < upto; ++p) {
    if (*p == '#') {
      while (p < upto && *p != '\n') ++p;
    } else if (*p == '"') {
      for (++p; p < upto && *p != '"' && *p != '\n'; ++p)
        if (*p == '\\') ++p;
    } else if (*p == '{') {
      open.push_back(p);
    } else if (*p == '}' && !open.empty()) {
      open.pop_back();
    }
  }
  return open.empty() ? nullptr : open.back();
}

// The first word of the line holding p ("obligation", "state", ...).
std::string_view first_word(const char* first, const char* p) {
  const char* b = p;
  while (b > first && b[-1] != '\n') --b;
  while (b < p && (*b == ' ' || *b == '\t')) ++b;
  const char* e = b;
  while (e < p && is_ident_char(*e)) ++e;
  return {b, static_cast<std::size_t>(e - b)};
}

// The clauses a block takes, by the keyword that opens it.
std::vector<std::string> clauses_of(std::string_view block) {
  if (block == "obligation") return {"source", "severity", "applies", "exempt", "require"};
  if (block == "test") return {"as_of", "profile", "state", "expect"};
  if (block == "state")
    return {"ratified", "signed", "denounced", "joined", "left", "event", "reserved", "member", "unknown", "submitted"};
  if (block == "instrument" || block == "mechanism" || block == "report" || block == "event" || block == "group")
    return {"adopted", "in_force", "in_force_for_state", "supplements", "open_to_organisations", "started", "source"};
  return {};
}

std::string list(const std::vector<std::string>& words) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i)
    out += (i == 0 ? "" : i + 1 == words.size() ? " or " : ", ") + ("'" + words[i] + "'");
  return out;
}

// The word (identifier characters) starting at p, or "".
std::string_view word_at(const char* p, const char* last) {
  const char* e = p;
  while (e != last && is_ident_char(*e)) ++e;
  return {p, static_cast<std::size_t>(e - p)};
}

// The word ending just before p (blanks skipped), or "".
std::string_view word_before(const char* first, const char* p) {
  while (p > first && (p[-1] == ' ' || p[-1] == '\t')) --p;
  const char* b = p;
  while (b > first && is_ident_char(b[-1])) --b;
  return {b, static_cast<std::size_t>(p - b)};
}

}  // namespace

std::string quote_help(const char* token, const char* last) {
  struct Quote {
    const char* bytes;
    const char* name;
    const char* plain;
  };
  static const Quote quotes[] = {{"\xe2\x80\x9c", "U+201C", "\""}, {"\xe2\x80\x9d", "U+201D", "\""},
                                 {"\xe2\x80\x9e", "U+201E", "\""}, {"\xc2\xab", "U+00AB", "\""},
                                 {"\xc2\xbb", "U+00BB", "\""},     {"\xe2\x80\x98", "U+2018", "'"},
                                 {"\xe2\x80\x99", "U+2019", "'"}};
  for (const Quote& q : quotes) {
    std::size_t n = std::strlen(q.bytes);
    if (static_cast<std::size_t>(last - token) >= n && std::memcmp(token, q.bytes, n) == 0)
      return "'" + std::string(q.bytes) + "' (" + q.name + ") looks like '" + q.plain +
             "' but is a typographic quote, as word processors write them; strings are written between straight "
             "double quotes: \"...\"";
  }
  return {};
}

void report_expectation(const Builder& b, const char* where, const char* last, const std::string& which) {
  bool block_end = which == "a clause or '}'" || which == "a fact or '}'" || which == "a test clause or '}'";
  // Point at the next token: on the same line (not the blank before it), or, where a clause
  // or '}' was expected, wherever it is (the misspelt keyword on the next line).
  const char* p = where;
  while (p != last && (*p == ' ' || *p == '\t')) ++p;
  if (block_end) {
    where = next_token(where, last);
  } else if (p != last && *p != '\n' && *p != '\r' && *p != '#') {
    where = p;
  }
  // At the end of the file, point just after the last thing written, not at an empty line.
  bool at_end = next_token(where, last) == last;
  if (at_end)
    while (where > b.base && is_blank(where[-1])) --where;
  const char* token_end = where;
  std::string found = at_end ? std::string("end of file") : describe_token(where, last, &token_end);
  std::string message = "expected " + which + ", found " + found;
  std::string help;
  std::vector<diag::Note> notes;
  std::string_view word = word_at(where, last);

  if (found == "end of file") {
    if (const char* brace = open_brace(b.base, where)) {
      notes.push_back({b.at(brace, brace + 1), "this '{' is never closed"});
      help = "close the block with '}'";
    }
  } else if (block_end && !word.empty()) {
    const char* brace = open_brace(b.base, where);
    std::vector<std::string> clauses = brace ? clauses_of(first_word(b.base, brace)) : std::vector<std::string>{};
    std::string best = diag::closest(word, clauses);
    if (!best.empty()) {
      help = "did you mean '" + best + "'?";
    } else if (!clauses.empty()) {
      help =
          "here a " + std::string(first_word(b.base, brace)) + " block takes " + list(clauses) + ", or '}' to close it";
      if (brace) notes.push_back({b.at(brace, brace + 1), "the block opened here"});
    }
  } else if ((which == "condition" || which == "predicate") && !word.empty()) {
    std::vector<std::string> names;
    for (const syntax::PredicateDef& d : syntax::predicate_defs) names.emplace_back(d.name);
    std::string best = diag::closest(word, names);
    const char* after = where + word.size();
    if (!best.empty()) {
      message = "unknown predicate '" + std::string(word) + "'";
      help = "did you mean '" + best + "'?";
    } else if (after != last && *after == '(') {
      message = "unknown predicate '" + std::string(word) + "'";
      help = "the predicates are " + list(names);
    }
  } else if (which == "'}'" && !word.empty() && !word_before(b.base, where).empty()) {
    std::string previous(word_before(b.base, where));
    message = "expected ',' or '}' after '" + previous + "', found '" + std::string(word) + "'";
    help = "separate the names with commas: { " + previous + ", " + std::string(word) + " }";
  } else if (which == "integer" && word_before(b.base, where) == "least") {
    message = "expected a number after 'at least', found " + found;
    help = "say how many: at least 2 of { A, B, C }";
  }
  std::string quotes = quote_help(where, last);
  if (!quotes.empty()) help = quotes;
  diag::Diagnostic& d = b.diags->error("P001", b.at(where, token_end), message, help);
  d.notes = std::move(notes);
}

}  // namespace pacta::grammar
