// Where a condition node's text is. syntax/ gives `and`, `or` and `not` nodes wrong spans
// (they start after the expression and run to the end of the file), so a compound node's span
// is rebuilt here from its atoms, whose spans are right: a negation reaches back to its `not`,
// and a span with unbalanced parentheses takes in the ones that close or open it.
#include <algorithm>

#include "testing/detail.hpp"

namespace pacta::testing::detail {
namespace {

bool blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Parentheses opened minus closed in text[begin, end), outside strings and comments.
int depth(const std::string& text, std::uint32_t begin, std::uint32_t end) {
  int d = 0;
  for (std::uint32_t i = begin; i < end && i < text.size(); ++i) {
    char c = text[i];
    if (c == '"') {
      for (++i; i < end && text[i] != '"'; ++i)
        if (text[i] == '\\') ++i;
    } else if (c == '#') {
      while (i < end && text[i] != '\n') ++i;
    } else if (c == '(') {
      ++d;
    } else if (c == ')') {
      --d;
    }
  }
  return d;
}

// Moves `end` past `n` closing parentheses (and the blanks before each).
std::uint32_t close(const std::string& text, std::uint32_t end, int n) {
  for (std::uint32_t i = end; n > 0 && i < text.size(); ++i) {
    if (blank(text[i])) continue;
    if (text[i] != ')') break;
    end = i + 1;
    --n;
  }
  return end;
}

diag::Span span_of(const eval::Program& program, const std::string& text, std::uint32_t id) {
  const eval::Node& n = program.nodes[id];
  if (n.op == eval::Op::atom) return n.where.span;
  diag::Span first = span_of(program, text, program.children[n.first]);
  diag::Span out = first;
  for (std::uint32_t k = 1; k < n.count; ++k) out.end = span_of(program, text, program.children[n.first + k]).end;
  if (n.op == eval::Op::not_) {
    // Back over blanks and opening parentheses to the `not`.
    std::uint32_t i = out.begin;
    int opened = 0;
    while (i > 0 && (blank(text[i - 1]) || text[i - 1] == '(')) opened += text[--i] == '(';
    if (i >= 3 && text.compare(i - 3, 3, "not") == 0) {
      out.begin = i - 3;
      out.end = close(text, out.end, opened);
    }
    return out;
  }
  int d = depth(text, out.begin, out.end);
  if (d > 0) out.end = close(text, out.end, d);
  while (d < 0 && out.begin > 0) {
    std::uint32_t i = out.begin;
    while (i > 0 && blank(text[i - 1])) --i;
    if (i == 0 || text[i - 1] != '(') break;
    out.begin = i - 1;
    ++d;
  }
  return out;
}

}  // namespace

diag::Location condition_location(const eval::Program& program, const diag::SourceMap& sources, std::uint32_t node) {
  diag::Location where = program.nodes[node].where;
  if (where.file == diag::no_file) return where;
  where.span = span_of(program, sources.file(where.file).text, node);
  return where;
}

}  // namespace pacta::testing::detail
