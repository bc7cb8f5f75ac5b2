// "Did you mean" for unknown names: the closest candidate by edit distance, if close enough.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pacta::diag {

std::size_t edit_distance(std::string_view a, std::string_view b);
// Returns "" when no candidate is close (distance above a third of the name's length, min 2).
std::string closest(std::string_view name, const std::vector<std::string>& candidates);

}  // namespace pacta::diag
