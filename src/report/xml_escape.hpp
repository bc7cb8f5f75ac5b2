// Text made safe for XML 1.0 (JUnit output): markup characters escaped, characters XML cannot
// carry (C0 controls other than tab and line breaks, DEL, U+FFFE, U+FFFF) dropped, invalid
// UTF-8 replaced by U+FFFD. In attributes, tabs and line breaks become character references
// so that attribute-value normalisation keeps them.
#pragma once

#include <string>
#include <string_view>

namespace pacta::report {

std::string xml_text(std::string_view s);
std::string xml_attribute(std::string_view s);

}  // namespace pacta::report
