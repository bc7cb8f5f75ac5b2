// Private to sema/: the state one checking pass shares across its steps.
#pragma once

#include <set>

#include "diag/diagnostic.hpp"
#include "sema/rule_set.hpp"

namespace pacta::sema::detail {

struct Checker {
  RuleSet& rules;
  diag::Diagnostics& diags;
  std::set<std::string, std::less<>> used;

  diag::Location at(std::uint32_t source_file, syntax::Span span) const { return {source_file, span}; }
  // Resolves a name; S001 (with a suggestion among `expected`'s names) when it is not declared.
  std::optional<Ref> resolve(const syntax::Name& name, std::uint32_t source_file, std::optional<Kind> expected);
  diag::Location location_of(Ref ref) const { return rules.location_of(ref); }
  // S003 unless ref is of kind `expected`.
  bool expect_kind(Ref ref, Kind expected, const syntax::Name& name, std::uint32_t source_file, const char* context);
};

using sema::with_article;
void collect_declarations(Checker& c);
void check_declarations(Checker& c);
void check_obligations(Checker& c);
void report_unused(Checker& c);

}  // namespace pacta::sema::detail
