// `pacta fmt --check` shows what formatting would change as a unified diff, from a longest
// common subsequence of lines. Lines keep their line break, so a missing final newline is a
// difference of its own ("\ No newline at end of file", as GNU diff prints it).
#include <algorithm>
#include <cstdint>
#include <string_view>

#include "format/format.hpp"

namespace pacta::format {

namespace {

constexpr std::size_t context_lines = 3;
// Beyond this many LCS cells (after the common head and tail are cut), the middle is shown as
// removed and added whole: still a correct diff, only not a minimal one.
constexpr std::size_t max_cells = 16u * 1024u * 1024u;

std::vector<std::string_view> split_lines(const std::string& text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t nl = text.find('\n', start);
    std::size_t end = nl == std::string::npos ? text.size() : nl + 1;
    lines.emplace_back(text.data() + start, end - start);
    start = end;
  }
  return lines;
}

enum class Op : std::uint8_t { same, removed, added };
struct Edit {
  Op op;
  std::size_t a = 0, b = 0;  // line indexes in before / after (the one that applies)
};

std::vector<Edit> edit_script(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
  std::size_t head = 0;
  while (head < a.size() && head < b.size() && a[head] == b[head]) ++head;
  std::size_t tail = 0;
  while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail] == b[b.size() - 1 - tail]) ++tail;
  std::size_t n = a.size() - head - tail, m = b.size() - head - tail;

  std::vector<Edit> edits;
  for (std::size_t i = 0; i < head; ++i) edits.push_back({Op::same, i, i});
  if (n * m <= max_cells) {
    // lcs[i][j]: LCS length of a[head+i..] and b[head+j..]
    std::vector<std::uint32_t> lcs((n + 1) * (m + 1), 0);
    auto at = [&](std::size_t i, std::size_t j) -> std::uint32_t& { return lcs[i * (m + 1) + j]; };
    for (std::size_t i = n; i-- > 0;)
      for (std::size_t j = m; j-- > 0;)
        at(i, j) = a[head + i] == b[head + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    std::size_t i = 0, j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[head + i] == b[head + j]) {
        edits.push_back({Op::same, head + i++, head + j++});
      } else if (j == m || (i < n && at(i + 1, j) >= at(i, j + 1))) {
        edits.push_back({Op::removed, head + i++, 0});
      } else {
        edits.push_back({Op::added, 0, head + j++});
      }
    }
  } else {
    for (std::size_t i = 0; i < n; ++i) edits.push_back({Op::removed, head + i, 0});
    for (std::size_t j = 0; j < m; ++j) edits.push_back({Op::added, 0, head + j});
  }
  for (std::size_t k = 0; k < tail; ++k) edits.push_back({Op::same, a.size() - tail + k, b.size() - tail + k});
  return edits;
}

void line_out(std::string& out, char mark, std::string_view line) {
  out += mark;
  out.append(line.data(), line.size());
  if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
}

// GNU's hunk ranges: "start,count", the count left out when 1, start one before when empty.
std::string range(std::size_t start, std::size_t count) {
  std::string s = std::to_string(count == 0 ? start : start + 1);
  if (count != 1) s += "," + std::to_string(count);
  return s;
}

}  // namespace

std::string unified_diff(const std::string& before, const std::string& after, const std::string& path) {
  if (before == after) return {};
  auto a = split_lines(before);
  auto b = split_lines(after);
  std::vector<Edit> edits = edit_script(a, b);

  std::string out = "--- a/" + path + "\n+++ b/" + path + "\n";
  std::size_t k = 0;
  while (k < edits.size()) {
    while (k < edits.size() && edits[k].op == Op::same) ++k;
    if (k == edits.size()) break;
    // A hunk: from context before the first change to context after the last change that is
    // no more than 2 * context lines of sameness away from the next.
    std::size_t start = k >= context_lines ? k - context_lines : 0;
    std::size_t end = k;
    while (true) {
      while (end < edits.size() && edits[end].op != Op::same) ++end;
      std::size_t same = end;
      while (same < edits.size() && edits[same].op == Op::same) ++same;
      if (same < edits.size() && same - end <= 2 * context_lines) {
        end = same;
        continue;
      }
      end = std::min(edits.size(), end + context_lines);
      break;
    }
    // Line numbers where the hunk starts in each file: count what precedes it.
    std::size_t a_start = 0, b_start = 0, a_count = 0, b_count = 0;
    for (std::size_t i = 0; i < start; ++i) {
      a_start += edits[i].op != Op::added;
      b_start += edits[i].op != Op::removed;
    }
    for (std::size_t i = start; i < end; ++i) {
      a_count += edits[i].op != Op::added;
      b_count += edits[i].op != Op::removed;
    }
    out += "@@ -" + range(a_start, a_count) + " +" + range(b_start, b_count) + " @@\n";
    for (std::size_t i = start; i < end; ++i) {
      const Edit& e = edits[i];
      if (e.op == Op::same)
        line_out(out, ' ', a[e.a]);
      else if (e.op == Op::removed)
        line_out(out, '-', a[e.a]);
      else
        line_out(out, '+', b[e.b]);
    }
    k = end;
  }
  return out;
}

}  // namespace pacta::format
