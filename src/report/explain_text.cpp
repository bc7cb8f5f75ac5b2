// explain's tree as text or JSON ("pacta.explain/2"): each node's value and rule text, each
// finding worded as everywhere else (report/why.hpp) with its place in the profile; for a
// party(...) finding, how the instrument's entry into force was established.
#include <nlohmann/json.hpp>

#include "report/check_report.hpp"
#include "report/explain_report.hpp"
#include "report/why.hpp"

namespace pacta::report {
namespace {

std::string where_text(const diag::SourceMap& sources, const diag::Location& where) {
  if (where.file == diag::no_file || where.file >= sources.size()) return {};
  diag::LineColumn lc = sources.line_column(where.file, where.span.begin);
  return sources.file(where.file).path + ":" + std::to_string(lc.line);
}

// How the instrument of a party(...) finding enters into force, from the program's data.
std::string force_note(const eval::Finding& f, const eval::Program& program) {
  if (f.predicate != syntax::Predicate::party) return {};
  const eval::EntryIntoForce& eif = program.entry_into_force[f.target];
  const sema::Instrument& inst = program.rules->instruments[f.target];
  std::string out;
  if (eif.declared) {
    out = "in force generally from " + format_day(eif.date) + " (declared)";
  } else if (eif.computed && eif.date != no_day) {
    out = "in force generally from " + format_day(eif.date) + ", computed: " + sema::describe_delay(inst.rule) +
          " after deposit " + std::to_string(inst.deposits) + " (" + eif.nth_state + ", " +
          format_day(eif.nth_deposit) + ") among the loaded profiles";
  } else if (eif.computed) {
    out = "not in force: " + std::to_string(eif.deposits_seen) + " of the " + std::to_string(inst.deposits) +
          " deposits it needs among the loaded profiles";
  }
  if (inst.has_state_delay)
    out += std::string(out.empty() ? "" : "; ") + "for a later State " + sema::describe_delay(inst.state_delay) +
           " after its deposit";
  return out;
}

std::string node_condition(const eval::ExplainNode& n, const eval::Program& program, const diag::SourceMap& sources) {
  if (n.node != eval::no_node) return condition_text(sources, n.where);
  const eval::Finding& f = n.findings.front();  // a member of a quantified atom
  return std::string(syntax::predicate_name(f.predicate)) + "(" + target_name(program, f.predicate, f.target) + ")";
}

void node_text(std::ostream& out, const eval::ExplainNode& n, const eval::Program& program,
               const diag::SourceMap& sources, int depth) {
  std::string indent(static_cast<std::size_t>(depth) * 2, ' ');
  out << indent << "[" << eval::truth_name(n.value) << "] ";
  if (!n.label.empty()) out << n.label << ' ';
  out << diag::printable(node_condition(n, program, sources));
  std::string w = where_text(sources, n.where);
  if (!w.empty()) out << "  (" << diag::printable(w) << ")";
  out << '\n';
  for (const eval::Finding& f : n.findings) {
    out << indent << "    - " << diag::printable(describe(f, program));
    std::string fw = where_text(sources, f.where);
    if (!fw.empty()) out << "  (" << diag::printable(fw) << ")";
    out << '\n';
    std::string force = force_note(f, program);
    if (!force.empty()) out << indent << "    - " << diag::printable(force) << '\n';
  }
  for (const auto& c : n.children) node_text(out, c, program, sources, depth + 1);
}

nlohmann::json node_json(const eval::ExplainNode& n, const eval::Program& program, const diag::SourceMap& sources) {
  nlohmann::json facts = nlohmann::json::array();
  for (const eval::Finding& f : n.findings) {
    nlohmann::json fact = {{"text", describe(f, program)},
                           {"basis", eval::basis_name(f.basis)},
                           {"date", f.date == no_day ? nlohmann::json(nullptr) : nlohmann::json(format_day(f.date))},
                           {"at", where_text(sources, f.where)}};
    std::string force = force_note(f, program);
    if (!force.empty()) fact["entry_into_force"] = force;
    facts.push_back(std::move(fact));
  }
  nlohmann::json children = nlohmann::json::array();
  for (const auto& c : n.children) children.push_back(node_json(c, program, sources));
  return {{"label", n.label},
          {"condition", node_condition(n, program, sources)},
          {"value", eval::truth_name(n.value)},
          {"at", where_text(sources, n.where)},
          {"facts", facts},
          {"children", children}};
}

}  // namespace

void render_explain_text(std::ostream& out, const eval::Explanation& e, const eval::Program& program,
                         const diag::SourceMap& sources, bool colour) {
  const char* bold = colour ? "\x1b[1m" : "";
  const char* reset = colour ? "\x1b[0m" : "";
  out << bold << e.state << " / " << e.obligation << reset << ": " << eval::status_name(e.status) << " as of "
      << format_day(e.as_of) << '\n';
  if (!e.title.empty()) out << "  " << diag::printable(e.title) << '\n';
  if (!e.source.empty()) out << "  source: " << diag::printable(e.source) << '\n';
  out << "  severity: " << level_name(e.severity) << '\n';
  out << "  rule: " << diag::printable(where_text(sources, e.obligation_where))
      << "\n  profile: " << diag::printable(where_text(sources, e.profile_where)) << '\n';
  std::string reason = why(e.record, program, sources);
  if (!reason.empty()) out << "  why: " << diag::printable(reason) << '\n';
  out << '\n';
  for (const auto& c : e.clauses) node_text(out, c, program, sources, 0);
}

void render_explain_json(std::ostream& out, const eval::Explanation& e, const eval::Program& program,
                         const diag::SourceMap& sources) {
  nlohmann::json clauses = nlohmann::json::array();
  for (const auto& c : e.clauses) clauses.push_back(node_json(c, program, sources));
  nlohmann::json doc = {{"schema", "pacta.explain/2"},
                        {"state", e.state},
                        {"obligation", e.obligation},
                        {"title", e.title},
                        {"source", e.source},
                        {"severity", level_name(e.severity)},
                        {"status", eval::status_name(e.status)},
                        {"as_of", format_day(e.as_of)},
                        {"rule", where_text(sources, e.obligation_where)},
                        {"profile", where_text(sources, e.profile_where)},
                        {"why", why(e.record, program, sources)},
                        {"clauses", clauses}};
  out << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace pacta::report
