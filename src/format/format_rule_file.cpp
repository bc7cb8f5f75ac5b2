// The canonical layout, construct by construct: which lines each prints, at what indent, and
// which source range each line stands for (so comments find their way back; layout.hpp).
#include <algorithm>
#include <tuple>

#include "format/format.hpp"
#include "format/layout.hpp"
#include "format/syntax_text.hpp"

namespace pacta::format {

using namespace syntax;

namespace {

constexpr std::uint32_t step = 2;                 // block indent
constexpr std::uint32_t continuation = 2 * step;  // `and` / `or` lines of a condition split by comments

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
bool is_ident_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

std::string titled(std::string head, const Name& id, const std::optional<StringLit>& title) {
  head += " " + id.text;
  if (title) head += " " + quoted(title->text);
  return head;
}

class LayoutBuilder {
 public:
  LayoutBuilder(const RuleFile& file, const std::string& source) : file_(file), source_(source) {}

  Layout build() && {
    enum Kind { declaration, set, obligation, test };
    std::vector<std::tuple<std::uint32_t, Kind, std::size_t>> items;
    for (std::size_t i = 0; i < file_.declarations.size(); ++i)
      items.emplace_back(file_.declarations[i].span.begin, declaration, i);
    for (std::size_t i = 0; i < file_.sets.size(); ++i) items.emplace_back(file_.sets[i].span.begin, set, i);
    for (std::size_t i = 0; i < file_.obligations.size(); ++i)
      items.emplace_back(file_.obligations[i].span.begin, obligation, i);
    for (std::size_t i = 0; i < file_.tests.size(); ++i) items.emplace_back(file_.tests[i].span.begin, test, i);
    std::sort(items.begin(), items.end());
    for (const auto& [begin, kind, i] : items) {
      std::size_t first = out_.lines.size();
      switch (kind) {
        case declaration:
          add_declaration(file_.declarations[i]);
          break;
        case set:
          add_set(file_.sets[i]);
          break;
        case obligation:
          add_obligation(file_.obligations[i]);
          break;
        case test:
          add_test(file_.tests[i]);
          break;
      }
      if (first < out_.lines.size()) out_.lines[first].item_start = true;
    }
    return std::move(out_);
  }

 private:
  std::size_t add(std::string text, std::uint32_t indent, Span source, bool opens_block = false) {
    Line l;
    l.text = std::move(text);
    l.indent = indent;
    l.comment_indent = indent;
    l.source = {source.begin, code_end(source)};
    l.opens_block = opens_block;
    l.align_comment = indent > 0 && !opens_block;
    l.block = blocks_.empty() ? 0 : blocks_.back();
    out_.lines.push_back(std::move(l));
    return out_.lines.size() - 1;
  }
  // `header {` up to the brace at or after `from`.
  std::size_t open(const std::string& header, std::uint32_t indent, std::uint32_t begin, std::uint32_t from) {
    std::size_t i = add(header + " {", indent, {begin, brace_end(from)}, true);
    blocks_.push_back(++last_block_);
    return i;
  }
  void close(std::uint32_t indent, const Span& block) {
    blocks_.pop_back();
    std::uint32_t end = code_end(block);
    std::size_t i = add("}", indent, {end - 1, end});
    out_.lines[i].comment_indent = indent + step;  // a comment before '}' belongs inside the block
    out_.lines[i].align_comment = false;
    out_.lines[i].closes_block = true;
  }
  void group(std::size_t first, std::string joined, std::uint32_t max_width = 0) {
    out_.groups.push_back({first, out_.lines.size() - first, std::move(joined), max_width});
  }

  // Back from `pos` (not below `floor`) over blanks and comments: just past the code before.
  std::uint32_t skip_back(std::uint32_t pos, std::uint32_t floor) const {
    while (pos > floor) {
      std::uint32_t last = pos - 1;
      if (is_space(source_[last])) {
        pos = last;
        continue;
      }
      auto it = std::upper_bound(file_.comments.begin(), file_.comments.end(), last,
                                 [](std::uint32_t p, const Comment& c) { return p < c.span.begin; });
      if (it == file_.comments.begin() || std::prev(it)->span.end <= last) break;
      pos = std::max(floor, std::prev(it)->span.begin);  // `last` is inside a comment
    }
    return pos;
  }
  // The end of the code in `span`. The parser's spans of constructs ending in an optional part
  // (a declaration's title, an atom's timing, the `or` list of a condition) take in the blanks
  // and comments its skipper passed over looking for that part.
  std::uint32_t code_end(Span span) const { return skip_back(span.end, span.begin); }

  // Just past the first '{' at or after `from` that is not inside a comment.
  std::uint32_t brace_end(std::uint32_t from) const {
    for (std::size_t i = from; i < source_.size(); ++i) {
      if (source_[i] == '#') {
        while (i < source_.size() && source_[i] != '\n') ++i;
      } else if (source_[i] == '{') {
        return static_cast<std::uint32_t>(i + 1);
      }
    }
    return from;
  }
  // The start of the keyword before `pos` (across blanks and comments): `as_of` of `as_of DATE`.
  std::uint32_t keyword_begin(std::uint32_t pos) const {
    std::uint32_t i = skip_back(pos, 0);
    while (i > 0 && is_ident_char(source_[i - 1])) --i;
    return i;
  }

  void add_declaration(const Declaration& d) {
    std::string header = titled(decl_kind_name(d.kind), d.id, d.title);
    std::uint32_t end = code_end(d.span);
    bool braces = end > d.span.begin && source_[end - 1] == '}';
    if (!braces) {
      add(header, 0, d.span);
      return;
    }
    std::size_t first = open(header, 0, d.span.begin, d.title ? d.title->span.end : d.id.span.end);
    for (const DeclClause& c : d.clauses) add(clause_text(c), step, c.span);
    close(0, d.span);
    if (d.clauses.empty()) group(first, header);
  }

  std::string clause_text(const DeclClause& c) const {
    switch (c.kind) {
      case ClauseKind::adopted:
        return "adopted " + date_text(c.date, source_);
      case ClauseKind::in_force_date:
        return "in_force " + date_text(c.date, source_);
      case ClauseKind::in_force_rule:
        return "in_force " + delay_text(c.delay) + " after " + std::to_string(c.deposits) + " deposits";
      case ClauseKind::in_force_for_state:
        return "in_force_for_state " + delay_text(c.delay) + " after deposit";
      case ClauseKind::supplements:
        return "supplements " + c.name.text;
      case ClauseKind::open_to_organisations:
        return "open_to_organisations";
      case ClauseKind::started:
        return "started " + date_text(c.date, source_);
      case ClauseKind::source:
        return "source " + quoted(c.text.text);
    }
    return {};
  }

  void add_set(const SetDecl& s) {
    std::string head = "set " + s.id.text + " =";
    std::size_t first = open(head, 0, s.span.begin, s.id.span.end);
    std::string joined = head + " {";
    for (std::size_t i = 0; i < s.members.size(); ++i) {
      add(s.members[i].text + ",", step, s.members[i].span);
      joined += (i ? ", " : " ") + s.members[i].text;
    }
    close(0, s.span);
    group(first, joined + (s.members.empty() ? "}" : " }"), max_line_width);
  }

  void add_obligation(const Obligation& o) {
    std::string header = titled("obligation", o.id, o.title);
    std::size_t first = open(header, 0, o.span.begin, o.title ? o.title->span.end : o.id.span.end);
    for (const ObligationClause& c : o.clauses) {
      switch (c.kind) {
        case ObligationClauseKind::source:
          add("source   " + quoted(c.text.text), step, c.span);
          break;
        case ObligationClauseKind::severity:
          add(std::string("severity ") + level_name(c.severity), step, c.span);
          break;
        case ObligationClauseKind::applies:
          add_condition("applies  when ", c);
          break;
        case ObligationClauseKind::exempt:
          add_condition("exempt   when ", c);
          break;
        case ObligationClauseKind::require:
          add_condition("require  ", c);
          break;
      }
    }
    close(0, o.span);
    if (o.clauses.empty()) group(first, header + " {}");
  }

  // One line; or, when comments sit between the operands of a top-level `and` / `or`, one
  // line per operand (the group joins them again when no comment does).
  void add_condition(const std::string& head, const ObligationClause& c) {
    const Expr& root = file_.exprs.at(c.condition);
    bool list =
        (root.kind == ExprKind::and_ || root.kind == ExprKind::or_) && !root.parenthesized && root.operands.size() > 1;
    if (!list) {
      add(head + condition_text(file_, c.condition, source_), step, c.span);
      return;
    }
    Context context = operand_context(root.kind);
    const char* op = root.kind == ExprKind::and_ ? "and " : "or ";
    std::size_t first = out_.lines.size();
    std::string joined;
    std::uint32_t begin = c.span.begin;
    for (std::size_t i = 0; i < root.operands.size(); ++i) {
      std::uint32_t operand = root.operands[i];
      std::string text = (i ? op : head) + condition_text(file_, operand, source_, context);
      std::uint32_t end = i + 1 == root.operands.size() ? c.span.end : expr_end(operand);
      add(text, i ? step + continuation : step, {begin, end});
      joined += (i ? " " : "") + text;
      begin = end;
    }
    group(first, joined);
  }

  // Where an expression's text ends. Only atoms' and parenthesized expressions' spans are
  // used: the grammar gives unparenthesized `not`, `and` and `or` nodes unreliable spans.
  std::uint32_t expr_end(std::uint32_t index) const {
    while (true) {
      const Expr& e = file_.exprs.at(index);
      if (e.parenthesized) return e.span.end;
      if (e.kind == ExprKind::atom) return file_.atoms.at(e.atom).span.end;
      index = e.operands.back();
    }
  }

  void add_test(const TestBlock& t) {
    std::string header = titled("test", t.id, t.title);
    std::size_t first = open(header, 0, t.span.begin, t.title ? t.title->span.end : t.id.span.end);
    enum Kind { as_of, profile, state, expect };
    std::vector<std::tuple<std::uint32_t, Kind, std::size_t>> parts;
    for (std::size_t i = 0; i < t.as_of.size(); ++i) parts.emplace_back(t.as_of[i].span.begin, as_of, i);
    for (std::size_t i = 0; i < t.profiles.size(); ++i) parts.emplace_back(t.profiles[i].span.begin, profile, i);
    for (std::size_t i = 0; i < t.states.size(); ++i) parts.emplace_back(t.states[i].span.begin, state, i);
    for (std::size_t i = 0; i < t.expectations.size(); ++i) parts.emplace_back(t.expectations[i].span.begin, expect, i);
    std::sort(parts.begin(), parts.end());
    for (const auto& [begin, kind, i] : parts) {
      switch (kind) {
        case as_of: {
          const DateLit& d = t.as_of[i];
          add("as_of " + date_text(d, source_), step, {keyword_begin(d.span.begin), d.span.end});
          break;
        }
        case profile: {
          const StringLit& p = t.profiles[i];
          add("profile " + quoted(p.text), step, {keyword_begin(p.span.begin), p.span.end});
          break;
        }
        case state:
          add_state(t.states[i]);
          break;
        case expect: {
          const Expectation& e = t.expectations[i];
          add("expect " + e.state.text + " " + e.obligation.text + " " + e.status.text, step, e.span);
          break;
        }
      }
    }
    close(0, t.span);
    if (parts.empty()) group(first, header + " {}");
  }

  void add_state(const TestState& s) {
    std::string header = "state " + s.state.text;
    std::size_t first = open(header, step, s.span.begin, s.state.span.end);
    std::string joined = header + " {";
    for (const TestFact& f : s.facts) {
      std::string text = fact_text(f);
      joined += (joined.back() == '{' ? " " : "  ") + text;
      add(std::move(text), 2 * step, f.span);
    }
    close(step, s.span);
    group(first, joined + (s.facts.empty() ? "}" : " }"), max_line_width);
  }

  std::string fact_text(const TestFact& f) const {
    std::string out = std::string(test_fact_keyword(f.kind)) + " " + f.name.text;
    switch (f.kind) {
      case TestFactKind::member:
      case TestFactKind::unknown:
        return out;
      case TestFactKind::reserved:
        return out + " " + quoted(f.article.text);
      case TestFactKind::submitted:
        out += " " + date_text(f.date, source_);
        if (f.period_span.end > f.period_span.begin) out += " for " + std::to_string(f.period);
        return out;
      default:
        return out + " " + date_text(f.date, source_);
    }
  }

  const RuleFile& file_;
  const std::string& source_;
  Layout out_;
  std::vector<std::uint32_t> blocks_;  // the blocks open around the next line
  std::uint32_t last_block_ = 0;
};

}  // namespace

std::string format_rule_file(const RuleFile& file, const std::string& source_text) {
  if (!file.parsed) return source_text;
  return render(LayoutBuilder(file, source_text).build(), file.comments, source_text);
}

}  // namespace pacta::format
