// remedy --format json ("pacta.remedy/1", docs/FORMATS.md).
#include <nlohmann/json.hpp>

#include "report/advice_report.hpp"
#include "report/check_report.hpp"
#include "report/why.hpp"

namespace pacta::report {

using json = nlohmann::ordered_json;
using Outcome = advice::ObligationRemedy::Outcome;

namespace {

json act_json(const eval::Program& program, const advice::Act& act) {
  json j = {{"act", advice::act_kind_name(act.kind)}, {"target", advice::act_target_name(program, act)}};
  if (act.kind == advice::Act::Kind::submit) j["period"] = act.period ? json(act.period) : json(nullptr);
  if (act.kind == advice::Act::Kind::withdraw_reservation) j["article"] = act.article;
  j["text"] = act_text(program, act);
  return j;
}

json finding_json(const eval::Program& program, const eval::Finding& f) {
  return {{"target", target_name(program, f.predicate, f.target)},
          {"predicate", syntax::definition(f.predicate).name},
          {"basis", eval::basis_name(f.basis)},
          {"why", describe(f, program)}};
}

json day_json(Day d) { return d == no_day ? json(nullptr) : json(format_day(d)); }

}  // namespace

void render_remedy_json(std::ostream& out, const advice::Remedy& r, const std::string& name,
                        const eval::Program& program, const diag::SourceMap& sources) {
  const auto& obligations = program.rules->obligations;
  json acts = json::array();
  for (const advice::PlannedAct& p : r.plan) {
    json a = act_json(program, r.candidates[p.act]);
    json fixes = json::array();
    for (std::uint32_t o : p.obligations) fixes.push_back(obligations[o].id);
    a["fixes"] = std::move(fixes);
    acts.push_back(std::move(a));
  }
  json violations = json::array();
  for (const advice::ObligationRemedy& v : r.violations) {
    const sema::Obligation& o = obligations[v.obligation];
    json j = {{"obligation", o.id},
              {"title", o.title},
              {"severity", level_name(o.severity)},
              {"outcome", advice::outcome_name(v.outcome)},
              {"date", day_json(v.date)}};
    json chosen = json::array(), alternatives = json::array(), obstacles = json::array(), find_out = json::array();
    for (std::uint32_t a : v.acts) chosen.push_back(act_json(program, r.candidates[a]));
    for (const auto& alternative : v.alternatives) {
      json set = json::array();
      for (std::uint32_t a : alternative) set.push_back(act_json(program, r.candidates[a]));
      alternatives.push_back(std::move(set));
    }
    for (const advice::Obstacle& ob : v.obstacles) {
      json x = {{"kind", advice::obstacle_name(ob.kind)}};
      x.update(finding_json(program, ob.finding));
      x["text"] = obstacle_text(program, sources, ob);
      obstacles.push_back(std::move(x));
    }
    for (const eval::Finding& f : v.find_out) find_out.push_back(finding_json(program, f));
    j["acts"] = std::move(chosen);
    j["alternatives"] = std::move(alternatives);
    j["obstacles"] = std::move(obstacles);
    j["find_out"] = std::move(find_out);
    violations.push_back(std::move(j));
  }
  json duties = json::array();
  for (const advice::NewDuty& d : r.new_duties)
    duties.push_back({{"obligation", obligations[d.obligation].id},
                      {"before", eval::status_name(d.before)},
                      {"after", eval::status_name(d.after)},
                      {"date", day_json(d.date)}});
  json doc = {{"schema", "pacta.remedy/1"},
              {"state", r.state},
              {"name", name},
              {"as_of", format_day(r.as_of)},
              {"bounded", r.bounded},
              {"acts", std::move(acts)},
              {"violations", std::move(violations)},
              {"new_duties", std::move(duties)}};
  out << doc.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace pacta::report
