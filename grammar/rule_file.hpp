// The rule language's top-level parser: one declaration, set or obligation per call.
// Declared here, defined in rule_file_def.hpp, instantiated once in rule_file.cpp.
#pragma once

#include "config.hpp"

namespace pacta::grammar {

struct item_class;
using item_type = x3::rule<item_class, x3::unused_type>;
BOOST_SPIRIT_DECLARE(item_type)

item_type const& item_parser();

}  // namespace pacta::grammar
