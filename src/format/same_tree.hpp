// Whether two parses say the same thing: syntax trees compared structurally, spans and arena
// positions ignored. `pacta fmt` checks its output with it before writing anything, and the
// tests check round trips with it.
#pragma once

#include <string>

#include "syntax/ast.hpp"

namespace pacta::format {

// True when the files hold the same items in the same order with the same contents
// (comments not included). Otherwise false, and `difference` (if given) says where.
bool same_tree(const syntax::RuleFile& a, const syntax::RuleFile& b, std::string* difference = nullptr);

// True when the files hold the same comment texts in the same order.
bool same_comments(const syntax::RuleFile& a, const syntax::RuleFile& b, std::string* difference = nullptr);

}  // namespace pacta::format
