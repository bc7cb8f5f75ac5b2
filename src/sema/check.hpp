// Semantic checking of parsed rule files: names, kinds, duplicates, cycles, impossible dates,
// quantifier bounds and unused declarations (codes S0xx, listed in grammar/SPEC.md).
#pragma once

#include "diag/diagnostic.hpp"
#include "sema/rule_set.hpp"

namespace pacta::sema {

// Checks the files as one rule set. The result is usable for evaluation only when no error
// diagnostics were added.
RuleSet check_rule_set(std::vector<syntax::RuleFile> files, diag::Diagnostics& diags);

}  // namespace pacta::sema
