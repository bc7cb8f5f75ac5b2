// Hostile input is stopped here, before the recursive-descent parser: binary data and invalid
// UTF-8 (P005), and parentheses nested deeper than the parser's bounded recursion (P004).
// After parsing, check_nesting bounds the depth of every condition tree (`not not ...` chains
// included), so that no later phase that walks a tree recursively can run out of stack.
#include <algorithm>
#include <array>
#include <cstring>

#include "syntax/ast.hpp"
#include "syntax/parse.hpp"

namespace pacta::syntax {
namespace {

// Length of the valid UTF-8 sequence at s[i], or 0.
std::size_t utf8_length(const std::string& s, std::size_t i) {
  auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k)
    if ((b(i + k) & 0xC0) != 0x80) return 0;
  std::uint32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (b(i + k) & 0x3F);
  if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF))) return 0;
  if (cp >= 0xD800 && cp <= 0xDFFF) return 0;
  return n;
}

}  // namespace

bool prescan(const diag::SourceMap& sources, std::uint32_t file, diag::Diagnostics& diags) {
  const std::string& s = sources.file(file).text;
  auto at = [&](std::size_t i) {
    return diag::Location{file, {static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 1)}};
  };
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c >= 0x20 && c < 0x7f) || c == '\n') {  // the common case: printable ASCII
      ++i;
      // ... 8 bytes at a time while no byte is >= 0x7f or < 0x20 (other than '\n').
      constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
      while (i + 8 <= s.size()) {
        std::uint64_t v;
        std::memcpy(&v, s.data() + i, 8);
        std::uint64_t nl = v ^ (0x0A * ones);
        std::uint64_t low = (v - 0x20 * ones) & ~v & highs;  // bytes < 0x20
        std::uint64_t is_nl = (nl - ones) & ~nl & highs;     // bytes == '\n'
        std::uint64_t del = ((v ^ (0x7F * ones)) - ones) & ~(v ^ (0x7F * ones)) & highs;
        if ((v & highs) || (low & ~is_nl) || del) break;
        i += 8;
      }
      continue;
    }
    if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
      diags.error("P005", at(i), "control character in rule file; is this a binary file?", "rule files are UTF-8 text");
      return false;
    }
    std::size_t n = utf8_length(s, i);
    if (n == 0) {
      diags.error("P005", at(i), "invalid UTF-8 byte sequence", "rule files are UTF-8 text");
      return false;
    }
    i += n;
  }
  std::uint32_t depth = 0;
  bool in_string = false, in_comment = false;
  // Only these bytes change the state below; runs of others are skipped outside comments and strings.
  static const auto interesting = [] {
    std::array<bool, 256> t{};
    for (unsigned char c : {'#', '"', '\\', '\n', '(', ')'}) t[c] = true;
    return t;
  }();
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!in_comment && !in_string) {
      while (i < s.size() && !interesting[static_cast<unsigned char>(s[i])]) ++i;
      if (i == s.size()) break;
    }
    char c = s[i];
    if (in_comment) {
      in_comment = c != '\n';
    } else if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"' || c == '\n')
        in_string = false;
    } else if (c == '#') {
      in_comment = true;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '(') {
      if (++depth > max_nesting) {
        diags.error("P004", at(i), "conditions nested deeper than " + std::to_string(max_nesting) + " parentheses",
                    "split the condition into smaller obligations or sets");
        return false;
      }
    } else if (c == ')') {
      if (depth > 0) --depth;
    }
  }
  return true;
}

bool check_nesting(RuleFile& file, diag::Diagnostics& diags) {
  // Operands are always parsed, and pushed into the arena, before the node that holds them.
  std::vector<std::uint32_t> depth(file.exprs.size(), 1);
  for (std::size_t i = 0; i < file.exprs.size(); ++i)
    for (std::uint32_t op : file.exprs[i].operands)
      if (op < i) depth[i] = std::max(depth[i], depth[op] + 1);
  bool ok = true;
  for (const Obligation& o : file.obligations)
    for (const ObligationClause& c : o.clauses) {
      if (c.kind != ObligationClauseKind::applies && c.kind != ObligationClauseKind::exempt &&
          c.kind != ObligationClauseKind::require)
        continue;
      std::uint32_t node = c.condition;
      if (node >= depth.size() || depth[node] <= max_nesting) continue;
      // Point at the node that opens level max_nesting + 1, down the deepest path.
      for (std::uint32_t level = 1; level <= max_nesting; ++level) {
        std::uint32_t next = node;
        for (std::uint32_t op : file.exprs[node].operands)
          if (op < node && depth[op] + 1 == depth[node]) next = op;
        node = next;
      }
      Span at = file.exprs[node].span;
      diags.error("P004", {file.file, {at.begin, std::max(at.begin + 1, std::min(at.end, at.begin + 3))}},
                  "condition nested deeper than " + std::to_string(max_nesting) + " levels",
                  "each 'not', 'and', 'or' and pair of parentheses is a level; split the condition into "
                  "smaller obligations or sets");
      ok = false;
    }
  if (!ok) file.parsed = false;
  return ok;
}

}  // namespace pacta::syntax
