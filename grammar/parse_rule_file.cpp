// The parser's driver: runs the X3 grammar one top-level item at a time, so that after a
// syntax error it can resynchronise at the next line that starts a declaration and report
// several problems per file. Also collects comments for the formatter.
#include <algorithm>
#include <boost/spirit/home/x3.hpp>

#include "config.hpp"
#include "error_handler.hpp"
#include "error_hints.hpp"
#include "leaf_parsers.hpp"
#include "rule_file.hpp"
#include "syntax/parse.hpp"

namespace pacta::syntax {
namespace {

using grammar::is_ident_char;

const char* const top_level_words[] = {"instrument", "mechanism", "report",     "event",
                                       "group",      "set",       "obligation", "test"};

// True when the line at p starts a declaration: a top-level word followed by a blank.
bool starts_item(const char* p, const char* last) {
  while (p != last && (*p == ' ' || *p == '\t')) ++p;
  for (const char* w : top_level_words) {
    std::size_t n = std::strlen(w);
    if (static_cast<std::size_t>(last - p) > n && std::equal(w, w + n, p) && (p[n] == ' ' || p[n] == '\t')) return true;
  }
  return false;
}

const char* resynchronise(const char* from, const char* last) {
  const char* p = from;
  while (true) {
    while (p != last && *p != '\n') ++p;
    if (p == last) return last;
    ++p;
    if (starts_item(p, last)) return p;
  }
}

void collect_comments(const std::string& text, RuleFile& out) {
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"' || c == '\n')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '#') {
      std::size_t e = text.find('\n', i);
      if (e == std::string::npos) e = text.size();
      std::size_t t = e;
      while (t > i && (text[t - 1] == '\r')) --t;
      out.comments.push_back({text.substr(i, t - i), {static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(t)}});
      i = e;
    }
  }
}

}  // namespace

RuleFile parse_rule_file(const diag::SourceMap& sources, std::uint32_t file, diag::Diagnostics& diags) {
  namespace x3 = boost::spirit::x3;
  RuleFile out;
  out.file = file;
  if (!prescan(sources, file, diags)) {
    out.parsed = false;
    return out;
  }
  const std::string& text = sources.file(file).text;
  collect_comments(text, out);
  // Every atom has a '(' and takes at least 8 bytes (`party(X)`): room for that many, taken
  // once instead of regrown (moving every atom each time was 10 % of linting a large rule set).
  // Capacity never written is never touched: it costs address space, not memory.
  auto parens = static_cast<std::size_t>(std::count(text.begin(), text.end(), '('));
  out.atoms.reserve(std::min(parens, text.size() / 8));
  const char* first = text.data();
  const char* last = first + text.size();
  grammar::Builder builder{first, file, &out, &diags};
  auto const parser = x3::with<grammar::builder_tag>(std::ref(builder))[grammar::item_parser()];
  const char* it = first;
  x3::unused_type unused;
  while (true) {
    grammar::skipper.parse(it, last, unused, unused, unused);
    if (it == last) break;
    const char* start = it;
    std::size_t before = diags.items().size();
    bool ok = false;
    try {
      ok = x3::phrase_parse(it, last, parser, grammar::skipper);
    } catch (const x3::expectation_failure<const char*>&) {
      ok = false;  // an expectation outside any rule with a handler; reported below
    }
    if (!ok) {
      if (diags.items().size() == before) {
        const char* token_end = start;
        std::string found = grammar::describe_token(start, last, &token_end);
        std::string help = grammar::quote_help(start, last);
        if (help.empty())
          help =
              "a rule file holds 'instrument', 'mechanism', 'report', 'event', 'group', 'set' and 'obligation' "
              "declarations, and 'test' blocks";
        diags.error("P008", {file, builder.span(start, token_end)}, "expected a declaration, found " + found, help);
      }
      out.parsed = false;
      it = resynchronise(start, last);
    }
  }
  check_nesting(out, diags);
  return out;
}

}  // namespace pacta::syntax
