// Rendering the advice of remedy, gaps and timeline (advice/): text for a reader, JSON for a
// program ("pacta.remedy/1", "pacta.gaps/1", "pacta.timeline/1", docs/FORMATS.md). They word
// what the advice layer computed and never evaluate. Same inputs, same bytes.
#pragma once

#include <ostream>
#include <string>

#include "advice/gaps.hpp"
#include "advice/remedy.hpp"
#include "advice/timeline.hpp"
#include "diag/source_map.hpp"

namespace pacta::report {

// "deposit consent to be bound by UNTOC", "join CCP", "submit ARQ for 2013",
// "withdraw the reservation to 'art. 35(2)' of UNTOC".
std::string act_text(const eval::Program& program, const advice::Act& act);
// Why no act fixes it: "the deadline passed on 2026-01-01 (joined(CCP) before 2026-01-01)".
std::string obstacle_text(const eval::Program& program, const diag::SourceMap& sources, const advice::Obstacle& o);
// "ICSANT_2005 deposit", "ARQ submissions".
std::string missing_fact_text(const eval::Program& program, const advice::MissingFact& m);
// "deposited UNTOC", "UNTOC in force for the state", "ARQ for 2013 fell due"...
std::string cause_text(const eval::Program& program, const advice::Cause& c);

void render_remedy_text(std::ostream& out, const advice::Remedy& r, const std::string& name,
                        const eval::Program& program, const diag::SourceMap& sources);
void render_remedy_json(std::ostream& out, const advice::Remedy& r, const std::string& name,
                        const eval::Program& program, const diag::SourceMap& sources);

// `shown`: how many states to name per fact (the rest are counted).
void render_gaps_text(std::ostream& out, const advice::Gaps& g, const eval::Program& program, std::size_t shown = 8);
void render_gaps_json(std::ostream& out, const advice::Gaps& g, const eval::Program& program, std::size_t shown = 8);

void render_timeline_text(std::ostream& out, const advice::Timeline& t, const std::string& name,
                          const eval::Program& program);
void render_timeline_json(std::ostream& out, const advice::Timeline& t, const std::string& name,
                          const eval::Program& program);

}  // namespace pacta::report
