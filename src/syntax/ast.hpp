// The rule language's syntax tree: plain data, no parser types. Conditions live in a per-file
// arena (RuleFile::exprs / atoms) and refer to each other by index, so deep trees are neither
// built nor destroyed recursively. Every node carries its byte Span in its file.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "syntax/date.hpp"

namespace pacta::syntax {

using diag::Span;

struct Name {
  std::string text;
  Span span;
};

struct DateLit {
  Day day = no_day;  // no_day when the text was not a real date (already diagnosed)
  Span span;
};

struct DurationLit {
  Duration value;
  Span span;
};

struct StringLit {
  std::string text;  // unescaped
  Span span;
};

enum class DeclKind : std::uint8_t { instrument, mechanism, report, event, group };

// How long after a deposit: a duration, or "first day of month N after".
struct Delay {
  bool first_day_of_month = false;
  DurationLit duration;      // when !first_day_of_month
  std::uint32_t months = 0;  // when first_day_of_month
  Span span;
};

enum class ClauseKind : std::uint8_t {
  adopted,
  in_force_date,
  in_force_rule,
  in_force_for_state,
  supplements,
  open_to_organisations,
  started,
  source
};

struct DeclClause {
  ClauseKind kind = ClauseKind::source;
  DateLit date;                // adopted, in_force_date, started
  Delay delay;                 // in_force_rule, in_force_for_state
  std::uint32_t deposits = 0;  // in_force_rule: the Nth deposit
  Span deposits_span;
  Name name;       // supplements
  StringLit text;  // source
  Span span;
};

struct Declaration {
  DeclKind kind = DeclKind::instrument;
  Name id;
  std::optional<StringLit> title;
  std::vector<DeclClause> clauses;
  Span span;
};

struct SetDecl {
  Name id;
  std::vector<Name> members;
  Span span;
};

// The predicates, in the order of syntax/predicates.def (their one definition).
enum class Predicate : std::uint8_t {
#define PACTA_PREDICATE(id, ...) id,
#include "syntax/predicates.def"
#undef PACTA_PREDICATE
};
enum class Quantifier : std::uint8_t { single, all, any, none, at_least };

struct QuantifierLit {
  Quantifier quantifier = Quantifier::single;
  std::uint32_t at_least = 0;
  Span span;
};

// `UNTOC`, `all of TERRORISM_19` (a named set) or `any of { A, B }` (inline).
struct Target {
  QuantifierLit quantifier;
  bool inline_set = false;
  std::vector<Name> names;
  Span span;
};

// A date, or the date a dated fact became true: `party(SINGLE_1961)`, `event(PROJECT_COMPLETED)`.
struct Anchor {
  bool is_date = true;
  DateLit date;
  Predicate predicate = Predicate::event;
  Name name;
  Span span;
};

// Report period P (a calendar year) is due on month-day of year P+1, from `from_year` on.
struct DueRule {
  std::uint32_t from_year = 0;  // 0: the first rule, for every period before the next rule
  int month = 0, day = 0;       // 0: invalid month-day, already diagnosed
  Span span;
};

enum class TimingKind : std::uint8_t { none, before, by, after, since, within, every_year };

struct Timing {
  TimingKind kind = TimingKind::none;
  DateLit date;             // before, by, after, since
  DurationLit within;       // within
  bool has_anchor = false;  // within (always), every_year (optional `since`)
  Anchor anchor;
  std::vector<DueRule> due;  // every_year
  bool has_grace = false;
  DurationLit grace;
  Span span;
};

struct Atom {
  Predicate predicate = Predicate::ratified;
  Span predicate_span;
  Target target;
  std::optional<StringLit> article;  // reserved(I, "art. 35(2)")
  Timing timing;
  Span span;
};

enum class ExprKind : std::uint8_t { atom, not_, and_, or_ };

struct Expr {
  ExprKind kind = ExprKind::atom;
  std::uint32_t atom = 0;               // ExprKind::atom: index into RuleFile::atoms
  std::vector<std::uint32_t> operands;  // not_: one; and_/or_: two or more
  bool parenthesized = false;
  Span span;
};

enum class Level : std::uint8_t { error, warning, info };
enum class ObligationClauseKind : std::uint8_t { source, severity, applies, exempt, require };

struct ObligationClause {
  ObligationClauseKind kind = ObligationClauseKind::source;
  StringLit text;                 // source
  Level severity = Level::error;  // severity
  std::uint32_t condition = 0;    // applies, exempt, require: index into RuleFile::exprs
  Span span;
};

struct Obligation {
  Name id;
  std::optional<StringLit> title;
  std::vector<ObligationClause> clauses;
  Span span;
};

// Rule tests (`test` blocks): profiles by file or written inline, an as-of date, and the
// verdicts expected. Run by `pacta test`.
enum class TestFactKind : std::uint8_t {
  ratified,
  signed_,
  denounced,
  reserved,
  joined,
  left,
  member,
  submitted,
  event,
  unknown
};

struct TestFact {
  TestFactKind kind = TestFactKind::ratified;
  Name name;
  DateLit date;              // ratified, signed, denounced, joined, left, submitted, event
  StringLit article;         // reserved
  std::uint32_t period = 0;  // submitted ... for YEAR
  Span period_span;
  Span span;
};

// A state written inline: complete (what is not said is false) except names marked unknown.
struct TestState {
  Name state;
  std::vector<TestFact> facts;
  Span span;
};

struct Expectation {
  Name state;
  Name obligation;
  Name status;  // satisfied, violated, pending, unknown, exempt, not_applicable (checked by the test runner)
  Span span;
};

struct TestBlock {
  Name id;
  std::optional<StringLit> title;
  std::vector<DateLit> as_of;       // exactly one expected
  std::vector<StringLit> profiles;  // paths relative to the rule file's directory
  std::vector<TestState> states;
  std::vector<Expectation> expectations;
  Span span;
};

struct Comment {
  std::string text;  // from '#' to end of line, exclusive
  Span span;
};

struct RuleFile {
  std::uint32_t file = diag::no_file;  // SourceMap id
  // The rule set's root this file was found under (the directory named on the command line, or
  // the file's own directory): the files a test names must lie inside it.
  std::string root;
  std::vector<Declaration> declarations;
  std::vector<SetDecl> sets;
  std::vector<Obligation> obligations;
  std::vector<TestBlock> tests;
  std::vector<Atom> atoms;
  std::vector<Expr> exprs;
  std::vector<Comment> comments;
  bool parsed = true;  // false when the file could not be parsed at all (binary, too deep)
};

const char* predicate_name(Predicate p);
const char* decl_kind_name(DeclKind k);
// The keyword of a test fact, as written in a rule file ("ratified", "signed", ...).
const char* test_fact_keyword(TestFactKind k);
const char* level_name(Level l);  // "error", "warning", "info"

}  // namespace pacta::syntax
