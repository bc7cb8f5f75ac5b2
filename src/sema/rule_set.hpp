// A checked rule set: every name resolved to a declaration of the right kind, ready to be
// compiled for evaluation. Conditions stay in their files' arenas (syntax::RuleFile), which
// the rule set owns. Produced only by check_rule_set (check.hpp).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "syntax/ast.hpp"
#include "syntax/predicates.hpp"

namespace pacta::sema {

enum class Kind : std::uint8_t { instrument, mechanism, report, event, group, set, obligation };
const char* kind_name(Kind k);
// The kind of name a declaration (or a predicate's argument) is.
Kind kind_of(syntax::DeclKind k);
// The noun with its indefinite article, for messages: "an instrument", "a report".
std::string with_article(const char* noun);

struct Ref {
  Kind kind = Kind::instrument;
  std::uint32_t index = 0;
};
// The declaration a predicate's target names: target 3 of party(...) is instrument 3.
inline Ref target_of(syntax::Predicate p, std::uint32_t target) {
  return {kind_of(syntax::definition(p).argument), target};
}

// "N days after" or "first day of month N after" a deposit.
struct DelayRule {
  bool first_day_of_month = false;
  Duration duration;
  std::uint32_t months = 0;
};
Day apply_delay(Day deposit, const DelayRule& rule);
std::string describe_delay(const DelayRule& rule);

struct Instrument {
  std::string id, title, source;
  Day adopted = no_day;
  Day in_force = no_day;  // declared general entry into force
  bool has_rule = false;  // entry into force by the Nth deposit
  DelayRule rule;
  std::uint32_t deposits = 0;
  bool has_state_delay = false;
  DelayRule state_delay;
  std::optional<std::uint32_t> parent;  // supplements
  diag::Location where;
  // Its final clauses let regional economic integration organisations join (UNTOC art. 36(2)):
  // for any other instrument, an organisation's profile is settled as "never a party".
  bool open_to_organisations = false;
};

struct Mechanism {
  std::string id, title, source;
  Day started = no_day;
  diag::Location where;
};

// Reports, events and groups of states: a name, a title and a source.
struct Declared {
  std::string id, title, source;
  diag::Location where;
};

struct Set {
  std::string id;
  Kind member_kind = Kind::instrument;
  std::vector<std::uint32_t> members;
  diag::Location where;
};

struct ConditionRef {
  std::uint32_t file = 0;  // index into RuleSet::files
  std::uint32_t expr = 0;  // index into that file's exprs
};

struct Obligation {
  std::string id, title, source;
  syntax::Level severity = syntax::Level::error;
  std::optional<ConditionRef> applies, exempt;
  ConditionRef require;
  diag::Location where;
};

struct RuleSet {
  std::vector<syntax::RuleFile> files;
  std::vector<Instrument> instruments;
  std::vector<Mechanism> mechanisms;
  std::vector<Declared> reports, events, groups;
  std::vector<Set> sets;
  std::vector<Obligation> obligations;
  std::map<std::string, Ref, std::less<>> names;

  std::optional<Ref> lookup(std::string_view name) const;
  const std::string& name_of(Ref r) const;
  // Where a declaration's name is written (for "declared here" notes).
  diag::Location location_of(Ref r) const;
  std::vector<std::string> names_of_kind(Kind k) const;
};

}  // namespace pacta::sema
