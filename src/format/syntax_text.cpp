#include "format/syntax_text.hpp"

#include <cstdio>

#include "syntax/date.hpp"

namespace pacta::format {

using namespace syntax;

namespace {

std::string source_text(const std::string& source, Span span) {
  if (span.begin >= span.end || span.end > source.size()) return {};
  return source.substr(span.begin, span.end - span.begin);
}

std::string month_day_text(const DueRule& rule, const std::string& source) {
  if (rule.month == 0) return source_text(source, rule.span);
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d-%02d", rule.month, rule.day);
  return buf;
}

std::string anchor_text(const Anchor& anchor, const std::string& source) {
  if (anchor.is_date) return date_text(anchor.date, source);
  return std::string(predicate_name(anchor.predicate)) + "(" + anchor.name.text + ")";
}

std::string names_text(const std::vector<Name>& names) {
  if (names.empty()) return "{}";
  std::string out = "{ ";
  for (std::size_t i = 0; i < names.size(); ++i) out += (i ? ", " : "") + names[i].text;
  return out + " }";
}

std::string target_text(const Target& target) {
  std::string out;
  switch (target.quantifier.quantifier) {
    case Quantifier::single:
      break;
    case Quantifier::all:
      out = "all of ";
      break;
    case Quantifier::any:
      out = "any of ";
      break;
    case Quantifier::none:
      out = "none of ";
      break;
    case Quantifier::at_least:
      out = "at least " + std::to_string(target.quantifier.at_least) + " of ";
      break;
  }
  if (target.inline_set || target.names.empty()) return out + names_text(target.names);
  return out + target.names.front().text;
}

std::string timing_text(const Timing& t, const std::string& source) {
  std::string out;
  switch (t.kind) {
    case TimingKind::none:
      return {};
    case TimingKind::before:
      return "before " + date_text(t.date, source);
    case TimingKind::by:
      return "by " + date_text(t.date, source);
    case TimingKind::after:
      return "after " + date_text(t.date, source);
    case TimingKind::since:
      return "since " + date_text(t.date, source);
    case TimingKind::within:
      out = "within " + duration_text(t.within) + " after " + anchor_text(t.anchor, source);
      if (t.has_grace) out += " grace " + duration_text(t.grace);
      return out;
    case TimingKind::every_year:
      out = "every year due";
      for (std::size_t i = 0; i < t.due.size(); ++i) {
        if (i > 0) out += ", from " + std::to_string(t.due[i].from_year) + " due";
        out += " " + month_day_text(t.due[i], source);
      }
      if (t.has_grace) out += " grace " + duration_text(t.grace);
      if (t.has_anchor) out += " since " + anchor_text(t.anchor, source);
      return out;
  }
  return out;
}

int precedence(ExprKind kind) {
  switch (kind) {
    case ExprKind::or_:
      return 1;
    case ExprKind::and_:
      return 2;
    case ExprKind::not_:
      return 3;
    case ExprKind::atom:
      return 4;
  }
  return 4;
}

int least_precedence(Context context) {
  switch (context) {
    case Context::top:
      return 0;
    case Context::or_operand:
      return 2;
    case Context::and_operand:
    case Context::not_operand:
      return 3;
  }
  return 0;
}

}  // namespace

std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + '"';
}

std::string date_text(const DateLit& date, const std::string& source) {
  if (date.day == no_day) return source_text(source, date.span);
  return format_day(date.day);
}

std::string duration_text(const DurationLit& duration) { return format_duration(duration.value); }

std::string delay_text(const Delay& delay) {
  if (delay.first_day_of_month) return "first day of month " + std::to_string(delay.months);
  return duration_text(delay.duration);
}

std::string atom_text(const Atom& atom, const std::string& source) {
  std::string out = std::string(predicate_name(atom.predicate)) + "(" + target_text(atom.target);
  if (atom.article) out += ", " + quoted(atom.article->text);
  out += ")";
  if (atom.timing.kind != TimingKind::none) out += " " + timing_text(atom.timing, source);
  return out;
}

Context operand_context(ExprKind list_kind) {
  return list_kind == ExprKind::or_ ? Context::or_operand : Context::and_operand;
}

// Recursion follows parentheses and and/or lists, both bounded by the parser's nesting limit;
// chains of `not` (unbounded) are walked in a loop.
std::string condition_text(const RuleFile& file, std::uint32_t index, const std::string& source, Context context) {
  const Expr& e = file.exprs.at(index);
  std::string body;
  switch (e.kind) {
    case ExprKind::atom:
      body = atom_text(file.atoms.at(e.atom), source);
      break;
    case ExprKind::not_: {
      const Expr* operand = &e;
      while (true) {
        body += "not ";
        std::uint32_t next = operand->operands.at(0);
        operand = &file.exprs.at(next);
        if (operand->kind != ExprKind::not_ || operand->parenthesized) {
          body += condition_text(file, next, source, Context::not_operand);
          break;
        }
      }
      break;
    }
    case ExprKind::and_:
    case ExprKind::or_: {
      const char* separator = e.kind == ExprKind::and_ ? " and " : " or ";
      for (std::size_t i = 0; i < e.operands.size(); ++i) {
        if (i) body += separator;
        body += condition_text(file, e.operands[i], source, operand_context(e.kind));
      }
      break;
    }
  }
  if (e.parenthesized || precedence(e.kind) < least_precedence(context)) return "(" + body + ")";
  return body;
}

}  // namespace pacta::format
