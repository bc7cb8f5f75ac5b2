// The stable diagnostic codes and what each one means, in a few words: the rule descriptions
// of SARIF output and `pacta codes`. A code's texts live with the code that raises it; this
// is the catalogue, and the long explanations are docs/codes.md.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pacta::diag {

// A short description of the problem a code stands for ("unknown name"); "" when the code is
// not catalogued.
std::string_view code_title(std::string_view code);
// Every catalogued code, sorted.
std::vector<std::string_view> catalogued_codes();

// docs/codes.md, embedded at build time: every code's long explanation with a wrong and a right
// example (`pacta codes CODE`, SARIF's help texts).
std::string_view codes_markdown();
// A code's section of docs/codes.md, without its `## CODE` heading; "" when it has none.
std::string_view code_explanation(std::string_view code);
// The anchor of a code's section in docs/codes.md ("p001").
std::string code_anchor(std::string_view code);

}  // namespace pacta::diag
