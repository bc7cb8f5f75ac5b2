// Iterator, skipper and context types shared by the grammar's definition (rule_file.cpp) and
// its driver (parse_rule_file.cpp); both must agree for BOOST_SPIRIT_INSTANTIATE to link.
#pragma once

#include <boost/spirit/home/x3.hpp>
#include <functional>

#include "builder.hpp"

namespace pacta::grammar {
namespace x3 = boost::spirit::x3;

using iterator_type = const char*;

// Whitespace and `#` comments (collected for the formatter as a side effect of skipping is
// not possible here, so comments are gathered by the driver in a separate pass).
struct skipper_parser : x3::parser<skipper_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    bool any = false;
    while (first != last) {
      char c = *first;
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        ++first;
      } else if (c == '#') {
        while (first != last && *first != '\n') ++first;
      } else {
        break;
      }
      any = true;
    }
    return any;
  }
};
inline skipper_parser const skipper{};

struct builder_tag;
using phrase_context_type = x3::phrase_parse_context<skipper_parser>::type;
using context_type = x3::context<builder_tag, std::reference_wrapper<Builder>, phrase_context_type>;

}  // namespace pacta::grammar
