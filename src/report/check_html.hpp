// The HTML check report's parts (check_html*.cpp), shared between its files: the page itself is
// render_check_html (check_report.hpp). One self-contained file: the style and the script are
// inline, the data the script reads is a JSON block, and every input string is escaped.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "report/check_report.hpp"
#include "report/why.hpp"

namespace pacta::report::html {

// Above these sizes the page has no matrix: summaries, and the detail of some states only.
inline constexpr std::size_t max_matrix_states = 2000;
inline constexpr std::size_t max_matrix_cells = 200000;
inline constexpr std::size_t max_detail_states = 200;  // when summarised

// A status's short mark (readable without colour) and CSS class, by eval::Status.
const char* mark(eval::Status s);
const char* css_class(eval::Status s);

// The instruments an obligation's conditions name (ratified/party/signed/reserved targets,
// set members, deadline anchors), sorted by declaration index: what the instrument filter reads.
std::vector<std::uint32_t> instruments_of(const eval::Program& program, std::uint32_t obligation);

// One state's failing, pending and unknown verdicts (those --status shows), with the title,
// source, the why and the facts behind it (profile path:line). Appends to `out` an open
// <details>, which the caller closes.
void state_detail(std::string& out, const CheckReport& r, eval::Recorder& records, Wording& wording,
                  std::size_t profile, eval::StatusMask shown);

// The days a state's verdicts changed (at most max_timeline_changes, the latest), each with the
// obligation, the old and new status and what happened that day. Appends to `out`.
inline constexpr std::size_t max_timeline_changes = 60;
void state_timeline(std::string& out, const CheckReport& r, const advice::Timeline& timeline);

extern const char style[];
extern const char script[];

}  // namespace pacta::report::html
