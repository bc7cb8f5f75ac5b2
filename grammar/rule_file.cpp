// The one translation unit that instantiates the Spirit X3 grammar.
#include "rule_file_def.hpp"

namespace pacta::grammar {

BOOST_SPIRIT_INSTANTIATE(item_type, iterator_type, context_type)

item_type const& item_parser() { return item; }

}  // namespace pacta::grammar
