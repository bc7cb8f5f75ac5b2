// Rendering an explanation: the evaluation tree with values, rule locations and the profile
// facts each value rests on (text), or the same as JSON ("pacta.explain/2").
#pragma once

#include <ostream>

#include "diag/source_map.hpp"
#include "eval/explain.hpp"

namespace pacta::report {

void render_explain_text(std::ostream& out, const eval::Explanation& e, const eval::Program& program,
                         const diag::SourceMap& sources, bool colour);
void render_explain_json(std::ostream& out, const eval::Explanation& e, const eval::Program& program,
                         const diag::SourceMap& sources);

}  // namespace pacta::report
