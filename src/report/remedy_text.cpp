// remedy as text: the acts to take first (each with what it fixes), then every violated
// obligation with its outcome, what no act can fix and why, the facts to find out first and
// the duties the acts would bring.
#include <map>

#include "report/advice_report.hpp"
#include "report/why.hpp"

namespace pacta::report {

using advice::ObligationRemedy;
using Outcome = ObligationRemedy::Outcome;

std::string act_text(const eval::Program& program, const advice::Act& act) {
  const std::string& target = advice::act_target_name(program, act);
  switch (act.kind) {
    case advice::Act::Kind::deposit:
      return "deposit consent to be bound by " + target;
    case advice::Act::Kind::sign:
      return "sign " + target;
    case advice::Act::Kind::join:
      return "join " + target;
    case advice::Act::Kind::submit:
      return "submit " + target + (act.period ? " for " + std::to_string(act.period) : std::string());
    case advice::Act::Kind::withdraw_reservation:
      return "withdraw the reservation to '" + act.article + "' of " + target;
  }
  return {};
}

std::string obstacle_text(const eval::Program& program, const diag::SourceMap& sources, const advice::Obstacle& o) {
  const eval::Finding& f = o.finding;
  const eval::Node& n = program.nodes[f.node];
  const std::string& target = target_name(program, f.predicate, f.target);
  std::string condition = condition_text(sources, program.nodes[f.shown].where);
  std::string facts = describe(f, program);
  switch (o.kind) {
    case advice::Obstacle::Kind::deadline_passed: {
      Day passed = n.timing == syntax::TimingKind::by ? n.date + 1 : n.date;
      return "cannot be fixed by a new act: the deadline passed on " + format_day(passed) + " (" + condition + "; " +
             facts + ")";
    }
    case advice::Obstacle::Kind::report_late:
      return "cannot be fixed by a new act: a report already late stays late (" + condition + "; " + facts + ")";
    case advice::Obstacle::Kind::needs_denunciation:
      return "needs " + target + " to be denounced (" + condition + "; " + facts + ")";
    case advice::Obstacle::Kind::needs_leaving:
      return "needs the state to leave " + target + " (" + condition + "; " + facts + ")";
    case advice::Obstacle::Kind::not_in_force:
      return "cannot be fixed by an act of the state alone: " + target + " is not in force for it (" + facts + ")";
    case advice::Obstacle::Kind::not_an_act:
      return "not something the state can do by one act (" + condition + "; " + facts + ")";
    case advice::Obstacle::Kind::other:
      break;
  }
  return "no act of the state fixes it (" + condition + "; " + facts + ")";
}

void render_remedy_text(std::ostream& out, const advice::Remedy& r, const std::string& name,
                        const eval::Program& program, const diag::SourceMap& sources) {
  const auto& obligations = program.rules->obligations;
  std::size_t fixable = 0;
  for (const ObligationRemedy& v : r.violations) fixable += v.outcome != Outcome::cannot;
  out << r.state << (name.empty() ? "" : " (" + name + ")") << ", as of " << format_day(r.as_of) << ": "
      << r.violations.size() << " violated obligation" << (r.violations.size() == 1 ? "" : "s");
  if (r.violations.empty()) {
    out << "; nothing to do\n";
    return;
  }
  if (fixable == 0)
    out << "; no act of the state would fix " << (r.violations.size() == 1 ? "it" : "them") << '\n';
  else
    out << "; " << r.plan.size() << " act" << (r.plan.size() == 1 ? "" : "s") << " would fix " << fixable
        << " of them\n";
  if (r.bounded) out << "note: the search was cut at its budget; fewer acts may exist\n";
  if (!r.plan.empty()) {
    out << "\nActs, taken on " << format_day(r.as_of) << ":\n";
    std::size_t k = 0;
    for (const advice::PlannedAct& p : r.plan) {
      out << "  " << ++k << ". " << act_text(program, r.candidates[p.act]) << "\n     fixes ";
      for (std::size_t i = 0; i < p.obligations.size(); ++i) out << (i ? ", " : "") << obligations[p.obligations[i]].id;
      out << '\n';
    }
  }
  out << "\nViolated obligations:\n";
  for (const ObligationRemedy& v : r.violations) {
    out << "  " << obligations[v.obligation].id << "  ";
    switch (v.outcome) {
      case Outcome::satisfied:
        out << "satisfied after the acts\n";
        break;
      case Outcome::pending:
        out << "pending after the acts: holds from " << format_day(v.date) << " with no further act\n";
        break;
      case Outcome::unknown:
        out << "no known fact fails after the acts; unknown until " << v.find_out.size() << " fact"
            << (v.find_out.size() == 1 ? " is" : "s are") << " found out (below)\n";
        break;
      case Outcome::cannot:
        out << "cannot be fixed by acts of the state\n";
        for (const advice::Obstacle& o : v.obstacles) out << "      " << obstacle_text(program, sources, o) << '\n';
        break;
    }
    for (const auto& alternative : v.alternatives) {
      out << "      or instead: ";
      for (std::size_t i = 0; i < alternative.size(); ++i)
        out << (i ? "; " : "") << act_text(program, r.candidates[alternative[i]]);
      out << '\n';
    }
  }
  // Unknown facts, once each, with the obligations they decide.
  std::map<std::string, std::vector<std::string>> find_out;
  for (const ObligationRemedy& v : r.violations)
    for (const eval::Finding& f : v.find_out) {
      auto& list = find_out[describe(f, program)];
      if (list.empty() || list.back() != obligations[v.obligation].id) list.push_back(obligations[v.obligation].id);
    }
  if (!find_out.empty()) {
    out << "\nFind out first (unknown, never guessed):\n";
    for (const auto& [fact, list] : find_out) {
      out << "  " << fact << "  (";
      for (std::size_t i = 0; i < list.size(); ++i) out << (i ? ", " : "") << list[i];
      out << ")\n";
    }
  }
  if (!r.new_duties.empty()) {
    out << "\nThe acts would also bring:\n";
    for (const advice::NewDuty& d : r.new_duties) {
      out << "  " << obligations[d.obligation].id << "  " << eval::status_name(d.before) << " -> "
          << eval::status_name(d.after);
      if (d.date != no_day) out << " (" << format_day(d.date) << ")";
      out << '\n';
    }
  }
}

}  // namespace pacta::report
