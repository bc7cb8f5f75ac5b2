// Rendering the impact of a rule change (impact/diff.hpp): text for a reviewer, per state the
// verdicts that flip with the reason for the new status, and JSON ("pacta.diff/1",
// docs/FORMATS.md). Same inputs, same bytes.
#pragma once

#include <ostream>

#include "impact/diff.hpp"

namespace pacta::report {

// The why of a flip's verdict, before (base's rules) or after (head's).
std::string diff_why(const impact::Diff& d, const impact::Verdict& v, bool after);

void render_diff_text(std::ostream& out, const impact::Diff& d, bool colour = false);
void render_diff_json(std::ostream& out, const impact::Diff& d);

}  // namespace pacta::report
