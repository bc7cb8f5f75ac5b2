// The stable diagnostic codes and what each one means, in a few words: the rule descriptions
// of SARIF output, and later `--explain CODE`. A code's texts live with the code that raises
// it; this is only the catalogue.
#pragma once

#include <string_view>

namespace pacta::diag {

// A short description of the problem a code stands for ("unknown name"); "" when the code is
// not catalogued.
std::string_view code_title(std::string_view code);

}  // namespace pacta::diag
