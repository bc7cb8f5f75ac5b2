// Parsing one rule file: the front door to grammar/ (the only code that sees Spirit X3).
// Problems become diagnostics; the parser recovers at the next top-level declaration.
#pragma once

#include "diag/diagnostic.hpp"
#include "diag/source_map.hpp"
#include "syntax/ast.hpp"

namespace pacta::syntax {

// Deepest parenthesis nesting accepted; deeper input gets P004 instead of a stack overflow.
inline constexpr std::uint32_t max_nesting = 64;

RuleFile parse_rule_file(const diag::SourceMap& sources, std::uint32_t file, diag::Diagnostics& diags);

// Checks encoding and nesting before the parser sees the text (P004, P005). False: do not parse.
bool prescan(const diag::SourceMap& sources, std::uint32_t file, diag::Diagnostics& diags);
// After parsing: no condition tree deeper than max_nesting levels (P004; `not not ...` counts).
// False (and the file marked unparsed) otherwise.
bool check_nesting(RuleFile& file, diag::Diagnostics& diags);

}  // namespace pacta::syntax
