// One line saying why a verdict has its status, for every status: eval::reason covers the
// statuses that need attention (violated, unknown, pending); satisfied, exempt and not
// applicable are explained by the clause that decided them (require, exempt when, applies when).
#pragma once

#include <string>

#include "eval/explain.hpp"

namespace pacta::impact {

std::string why(const eval::Explanation& e);

}  // namespace pacta::impact
