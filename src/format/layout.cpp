#include "format/layout.hpp"

#include <algorithm>
#include <map>
#include <optional>

namespace pacta::format {

using syntax::Comment;

namespace {

struct Attached {
  const Comment* comment = nullptr;
  bool trailing = false;  // code precedes it on its source line
};

// A line as printed, with the comments that belong to it, in source order.
struct Placed {
  Line line;
  std::vector<Attached> comments;
};

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }
bool is_space(char c) { return is_blank(c) || c == '\n'; }

// The last code character before `pos` on pos's line, if any.
std::optional<std::uint32_t> code_before_on_line(const std::string& source, std::uint32_t pos) {
  std::uint32_t i = std::min<std::uint32_t>(pos, static_cast<std::uint32_t>(source.size()));
  while (i > 0 && source[i - 1] != '\n') {
    if (!is_blank(source[i - 1])) return i - 1;
    --i;
  }
  return std::nullopt;
}

// True when an empty line separates `pos` from the code or comment before it.
bool blank_line_before(const std::string& source, std::uint32_t pos) {
  int newlines = 0;
  for (std::uint32_t i = std::min<std::uint32_t>(pos, static_cast<std::uint32_t>(source.size())); i > 0; --i) {
    char c = source[i - 1];
    if (!is_space(c)) return newlines >= 2;
    newlines += c == '\n';
  }
  return false;
}

// True when an empty line separates `pos` from the code or comment after it.
bool blank_line_after(const std::string& source, std::uint32_t pos) {
  int newlines = 0;
  for (std::size_t i = pos; i < source.size(); ++i) {
    char c = source[i];
    if (!is_space(c)) return newlines >= 2;
    newlines += c == '\n';
  }
  return false;
}

std::uint32_t display_width(const std::string& s) {
  std::uint32_t w = 0;
  for (char c : s) w += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return w;
}

// Where a line's comments print: the last one trails the code if it came after code on its
// source line and after every other comment of the line; all others go above the line, in order.
struct Placement {
  std::vector<const Comment*> above;
  const Comment* trailing = nullptr;
};
Placement place(const std::vector<Attached>& comments) {
  Placement p;
  for (std::size_t i = 0; i < comments.size(); ++i) {
    if (i + 1 == comments.size() && comments[i].trailing)
      p.trailing = comments[i].comment;
    else
      p.above.push_back(comments[i].comment);
  }
  return p;
}

std::vector<Placed> attach(const std::vector<Line>& lines, const std::vector<Comment>& comments,
                           const std::string& source, std::vector<const Comment*>& at_end) {
  std::vector<Placed> placed;
  placed.reserve(lines.size());
  for (const Line& l : lines) placed.push_back({l, {}});
  for (const Comment& c : comments) {
    auto code = code_before_on_line(source, c.span.begin);
    std::size_t index = lines.size();
    if (code) {
      auto it = std::upper_bound(lines.begin(), lines.end(), *code,
                                 [](std::uint32_t pos, const Line& l) { return pos < l.source.begin; });
      index = it == lines.begin() ? 0 : static_cast<std::size_t>(it - lines.begin()) - 1;
    } else {
      auto it = std::upper_bound(lines.begin(), lines.end(), c.span.begin,
                                 [](std::uint32_t pos, const Line& l) { return pos < l.source.end; });
      index = static_cast<std::size_t>(it - lines.begin());
    }
    if (index < placed.size())
      placed[index].comments.push_back({&c, code.has_value()});
    else
      at_end.push_back(&c);
  }
  return placed;
}

bool joinable(const Group& g, const std::vector<Placed>& placed) {
  for (std::size_t k = 0; k < g.count; ++k) {
    Placement p = place(placed[g.first + k].comments);
    if (k > 0 && !p.above.empty()) return false;
    if (k + 1 < g.count && p.trailing) return false;
  }
  const Line& first = placed[g.first].line;
  return g.max_width == 0 || first.indent + display_width(g.joined) <= g.max_width;
}

std::vector<Placed> join_groups(const std::vector<Placed>& placed, const std::vector<Group>& groups) {
  std::vector<Placed> out;
  out.reserve(placed.size());
  std::size_t next = 0;
  for (const Group& g : groups) {
    for (; next < g.first; ++next) out.push_back(placed[next]);
    if (!joinable(g, placed)) continue;
    Placed one = placed[g.first];
    one.line.text = g.joined;
    one.line.opens_block = false;
    one.line.align_comment = one.line.indent > 0;  // `state XAA { ... }` is a line of its block
    one.line.source.end = placed[g.first + g.count - 1].line.source.end;
    for (std::size_t k = 1; k < g.count; ++k) {
      const auto& more = placed[g.first + k].comments;
      one.comments.insert(one.comments.end(), more.begin(), more.end());
    }
    out.push_back(std::move(one));
    next = g.first + g.count;
  }
  for (; next < placed.size(); ++next) out.push_back(placed[next]);
  return out;
}

class Printer {
 public:
  explicit Printer(const std::string& source) : source_(source) {}

  void comment_line(const Comment& c, std::uint32_t indent, bool blank) {
    if (blank && !out_.empty()) out_ += '\n';
    out_.append(indent, ' ');
    out_ += c.text;
    out_ += '\n';
    after_opener_ = false;
  }

  // `column`: where a trailing comment starts (0: two spaces after the code).
  void line(const Line& l, const Placement& where, std::uint32_t column) {
    for (std::size_t i = 0; i < where.above.size(); ++i) {
      const Comment& c = *where.above[i];
      bool blank = i == 0 && l.item_start ? true : blank_line_before(source_, c.span.begin) && !after_opener_;
      comment_line(c, l.comment_indent, blank);
    }
    bool blank =
        where.above.empty() ? l.item_start : !l.closes_block && blank_line_after(source_, where.above.back()->span.end);
    if (blank && !out_.empty()) out_ += '\n';
    std::string code(l.indent, ' ');
    code += l.text;
    if (where.trailing) {
      std::uint32_t width = display_width(code);
      code.append(column > width + 2 ? column - width : 2, ' ');
      code += where.trailing->text;
    }
    out_ += code;
    out_ += '\n';
    after_opener_ = l.opens_block;
  }

  void end_comments(const std::vector<const Comment*>& comments) {
    for (const Comment* c : comments) comment_line(*c, 0, blank_line_before(source_, c->span.begin));
  }

  std::string text() && { return std::move(out_); }

 private:
  const std::string& source_;
  std::string out_;
  bool after_opener_ = false;
};

std::uint32_t code_width(const Line& l) { return l.indent + display_width(l.text); }

// The trailing comments of one block's lines line up: in trailing_comment_column, or two spaces
// after the longest code among the lines that have one. Brace lines keep theirs two spaces away.
std::vector<std::uint32_t> comment_columns(const std::vector<Placed>& placed, const std::vector<Placement>& where) {
  std::map<std::uint32_t, std::uint32_t> block_column;
  for (std::size_t i = 0; i < placed.size(); ++i) {
    const Line& l = placed[i].line;
    if (!l.align_comment || !where[i].trailing) continue;
    auto it = block_column.emplace(l.block, trailing_comment_column).first;
    it->second = std::max(it->second, code_width(l) + 2);
  }
  std::vector<std::uint32_t> columns(placed.size(), 0);
  for (std::size_t i = 0; i < placed.size(); ++i)
    if (placed[i].line.align_comment && where[i].trailing) columns[i] = block_column[placed[i].line.block];
  return columns;
}

}  // namespace

std::string render(const Layout& layout, const std::vector<Comment>& comments, const std::string& source) {
  std::vector<const Comment*> at_end;
  std::vector<Placed> placed = join_groups(attach(layout.lines, comments, source, at_end), layout.groups);
  std::vector<Placement> where;
  where.reserve(placed.size());
  for (const Placed& p : placed) where.push_back(place(p.comments));
  std::vector<std::uint32_t> columns = comment_columns(placed, where);
  Printer printer(source);
  for (std::size_t i = 0; i < placed.size(); ++i) printer.line(placed[i].line, where[i], columns[i]);
  printer.end_comments(at_end);
  return std::move(printer).text();
}

}  // namespace pacta::format
