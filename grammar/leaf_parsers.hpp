// Hand-written X3 leaf parsers for the rule language's tokens: keywords (whole words),
// identifiers (never a keyword), strings, integers, dates and month-days. Each reports its own
// problems (P002, P003, P006, P007) and produces our plain syntax types with spans.
#pragma once

#include <cstring>
#include <iterator>
#include <string>
#include <string_view>
#include <unordered_set>

#include "config.hpp"
#include "syntax/predicates.hpp"

namespace pacta::grammar {

inline bool is_ident_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

template <typename Ctx>
Builder& builder_of(Ctx const& ctx) {
  return x3::get<builder_tag>(ctx).get();
}

// Reserved words: never identifiers. Predicate names are reserved too (syntax/predicates.hpp).
inline const char* const keywords[] = {"instrument",
                                       "mechanism",
                                       "report",
                                       "event",
                                       "group",
                                       "set",
                                       "obligation",
                                       "adopted",
                                       "in_force",
                                       "in_force_for_state",
                                       "supplements",
                                       "source",
                                       "started",
                                       "severity",
                                       "applies",
                                       "exempt",
                                       "when",
                                       "require",
                                       "and",
                                       "or",
                                       "not",
                                       "all",
                                       "any",
                                       "none",
                                       "at",
                                       "least",
                                       "of",
                                       "before",
                                       "by",
                                       "after",
                                       "since",
                                       "within",
                                       "every",
                                       "year",
                                       "due",
                                       "from",
                                       "grace",
                                       "days",
                                       "day",
                                       "months",
                                       "month",
                                       "years",
                                       "first",
                                       "deposit",
                                       "deposits",
                                       "error",
                                       "warning",
                                       "info",
                                       "test",
                                       "as_of",
                                       "profile",
                                       "state",
                                       "expect",
                                       "denounced",
                                       "left",
                                       "for",
                                       "unknown",
                                       "satisfied",
                                       "violated",
                                       "pending",
                                       "not_applicable",
                                       "open_to_organisations"};

inline bool is_keyword(const char* b, const char* e) {
  // Looked up once per identifier: a hash set, built once.
  static const std::unordered_set<std::string_view> words = [] {
    std::unordered_set<std::string_view> w(std::begin(keywords), std::end(keywords));
    for (const syntax::PredicateDef& d : syntax::predicate_defs) w.insert(d.name);
    return w;
  }();
  return words.count(std::string_view(b, static_cast<std::size_t>(e - b))) != 0;
}

struct keyword_parser : x3::parser<keyword_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  const char* word;
  constexpr explicit keyword_parser(const char* w) : word(w) {}
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr&) const {
    x3::skip_over(first, last, ctx);
    It it = first;
    for (const char* p = word; *p; ++p, ++it)
      if (it == last || *it != *p) return false;
    if (it != last && is_ident_char(*it)) return false;
    first = it;
    return true;
  }
};

// A predicate's name, read from the predicate definitions (syntax/predicates.hpp).
struct predicate_parser : x3::parser<predicate_parser> {
  using attribute_type = syntax::Predicate;
  static bool const has_attribute = true;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr& attr) const {
    x3::skip_over(first, last, ctx);
    It it = first;
    while (it != last && is_ident_char(*it)) ++it;
    const syntax::PredicateDef* d =
        syntax::find_predicate(std::string_view(first, static_cast<std::size_t>(it - first)));
    if (!d) return false;
    attr = d->id;
    first = it;
    return true;
  }
};

struct identifier_parser : x3::parser<identifier_parser> {
  using attribute_type = syntax::Name;
  static bool const has_attribute = true;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr& attr) const {
    x3::skip_over(first, last, ctx);
    It it = first;
    if (it == last || is_digit(*it) || !is_ident_char(*it)) return false;
    while (it != last && is_ident_char(*it)) ++it;
    if (is_keyword(first, it)) return false;
    attr.text.assign(first, it);
    attr.span = builder_of(ctx).span(first, it);
    first = it;
    return true;
  }
};

struct string_parser : x3::parser<string_parser> {
  using attribute_type = syntax::StringLit;
  static bool const has_attribute = true;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr& attr) const {
    x3::skip_over(first, last, ctx);
    if (first == last || *first != '"') return false;
    It it = first + 1;
    std::string text;
    while (true) {
      if (it == last || *it == '\n' || *it == '\r') throw x3::expectation_failure<It>(it, "closing quote");
      if (*it == '"') break;
      if (*it == '\\') {
        ++it;
        if (it == last || (*it != '"' && *it != '\\')) throw x3::expectation_failure<It>(it, "escape");
      }
      text += *it++;
    }
    ++it;
    attr.text = std::move(text);
    attr.span = builder_of(ctx).span(first, it);
    first = it;
    return true;
  }
};

struct integer_parser : x3::parser<integer_parser> {
  using attribute_type = std::uint32_t;
  static bool const has_attribute = true;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr& attr) const {
    x3::skip_over(first, last, ctx);
    It it = first;
    while (it != last && is_digit(*it)) ++it;
    if (it == first || (it != last && is_ident_char(*it)) || (it != last && *it == '-')) return false;
    if (it - first > 9) {
      Builder& b = builder_of(ctx);
      b.diags->error("P006", b.at(first, it), "integer too large", "integers have at most 9 digits");
      attr = 0;
    } else {
      std::uint32_t v = 0;
      for (It p = first; p != it; ++p) v = v * 10 + static_cast<std::uint32_t>(*p - '0');
      attr = v;
    }
    first = it;
    return true;
  }
};

// A token of digits and dashes that starts like a date or month-day; validated afterwards.
template <typename It>
It dashed_token_end(It it, It const& last) {
  while (it != last && (is_digit(*it) || *it == '-')) ++it;
  return it;
}

struct date_parser : x3::parser<date_parser> {
  using attribute_type = syntax::DateLit;
  static bool const has_attribute = true;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr& attr) const {
    x3::skip_over(first, last, ctx);
    It it = first;
    int digits = 0;
    while (it != last && is_digit(*it)) ++it, ++digits;
    if (digits < 4 || it == last || *it != '-') return false;  // not date-shaped: let others try
    It end = dashed_token_end(it, last);
    Builder& b = builder_of(ctx);
    attr.span = b.span(first, end);
    auto day = parse_day(std::string_view(first, static_cast<std::size_t>(end - first)));
    if (!day) {
      b.diags->error("P003", b.at(first, end), "'" + std::string(first, end) + "' is not a calendar date",
                     "dates are written YYYY-MM-DD and must exist (2021-02-28, not 2021-02-30)");
    }
    attr.day = day ? *day : no_day;
    first = end;
    return true;
  }
};

struct month_day_parser : x3::parser<month_day_parser> {
  using attribute_type = syntax::DueRule;
  static bool const has_attribute = true;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr& attr) const {
    x3::skip_over(first, last, ctx);
    if (first == last || !is_digit(*first)) return false;
    It end = dashed_token_end(first, last);
    Builder& b = builder_of(ctx);
    std::string tok(first, end);
    int m = 0, d = 0;
    bool shaped = tok.size() == 5 && tok[2] == '-' && is_digit(tok[0]) && is_digit(tok[1]) && is_digit(tok[3]) &&
                  is_digit(tok[4]);
    if (shaped) {
      m = (tok[0] - '0') * 10 + (tok[1] - '0');
      d = (tok[3] - '0') * 10 + (tok[4] - '0');
    }
    if (!shaped || !is_valid_date(2000, m, d)) {  // 2000 is a leap year: 02-29 is a real month-day
      b.diags->error("P007", b.at(first, end), "'" + tok + "' is not a month and day",
                     "write the due day as MM-DD, for example 06-30");
      m = d = 0;
    }
    attr.month = m;
    attr.day = d;
    attr.span = b.span(first, end);
    first = end;
    return true;
  }
};

}  // namespace pacta::grammar

namespace boost::spirit::x3 {
template <>
struct get_info<pacta::grammar::keyword_parser> {
  using result_type = std::string;
  std::string operator()(pacta::grammar::keyword_parser const& p) const { return std::string("'") + p.word + "'"; }
};
template <>
struct get_info<pacta::grammar::identifier_parser> {
  using result_type = std::string;
  std::string operator()(pacta::grammar::identifier_parser const&) const { return "identifier"; }
};
template <>
struct get_info<pacta::grammar::string_parser> {
  using result_type = std::string;
  std::string operator()(pacta::grammar::string_parser const&) const { return "string"; }
};
template <>
struct get_info<pacta::grammar::integer_parser> {
  using result_type = std::string;
  std::string operator()(pacta::grammar::integer_parser const&) const { return "integer"; }
};
template <>
struct get_info<pacta::grammar::date_parser> {
  using result_type = std::string;
  std::string operator()(pacta::grammar::date_parser const&) const { return "date (YYYY-MM-DD)"; }
};
template <>
struct get_info<pacta::grammar::month_day_parser> {
  using result_type = std::string;
  std::string operator()(pacta::grammar::month_day_parser const&) const { return "month and day (MM-DD)"; }
};
}  // namespace boost::spirit::x3

// Readable "expected ..." texts for composite parsers: an action or raw[] reads as what it
// wraps; an alternative as "A or B".
namespace boost::spirit::x3 {
template <typename Subject, typename Action>
struct get_info<action<Subject, Action>> {
  using result_type = std::string;
  std::string operator()(action<Subject, Action> const& p) const { return what(p.subject); }
};
template <typename Subject>
struct get_info<raw_directive<Subject>> {
  using result_type = std::string;
  std::string operator()(raw_directive<Subject> const& p) const { return what(p.subject); }
};
template <typename Left, typename Right>
struct get_info<alternative<Left, Right>> {
  using result_type = std::string;
  std::string operator()(alternative<Left, Right> const& p) const { return what(p.left) + " or " + what(p.right); }
};
template <typename Left, typename Right>
struct get_info<sequence<Left, Right>> {
  using result_type = std::string;
  std::string operator()(sequence<Left, Right> const& p) const { return what(p.left); }
};
template <typename Subject>
struct get_info<expect_directive<Subject>> {
  using result_type = std::string;
  std::string operator()(expect_directive<Subject> const& p) const { return what(p.subject); }
};
}  // namespace boost::spirit::x3
