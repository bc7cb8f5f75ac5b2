// The canonical text of the rule language's small constructs (strings, dates, durations,
// targets, timings, atoms) and of conditions: the formatter's vocabulary, one line each.
// Internal to src/format.
#pragma once

#include <string>

#include "syntax/ast.hpp"

namespace pacta::format {

// A string literal, quoted, with `"` and `\` escaped again.
std::string quoted(const std::string& text);
// YYYY-MM-DD; a date the parser could not read keeps its source text.
std::string date_text(const syntax::DateLit& date, const std::string& source);
// `1 day`, `2 days`, `6 months`, `1 year`.
std::string duration_text(const syntax::DurationLit& duration);
// `30 days` or `first day of month 2`.
std::string delay_text(const syntax::Delay& delay);
std::string atom_text(const syntax::Atom& atom, const std::string& source);

// How tightly a condition's context binds: inside it, an expression binding more loosely
// needs parentheses (an `or` operand of an `and`, an `and` operand of `not`).
enum class Context { top, or_operand, and_operand, not_operand };
// A condition with the fewest parentheses its precedence needs (not > and > or), plus every
// pair the author wrote (Expr::parenthesized), so that it parses back to the same tree.
std::string condition_text(const syntax::RuleFile& file, std::uint32_t expr, const std::string& source,
                           Context context = Context::top);
// The context of the operands of an `and` or `or` expression.
Context operand_context(syntax::ExprKind list_kind);

}  // namespace pacta::format
