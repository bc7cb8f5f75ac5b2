#include <nlohmann/json.hpp>

#include "report/check_report.hpp"
#include "report/explain_report.hpp"

namespace pacta::report {
namespace {

std::string where_text(const diag::SourceMap& sources, const diag::Location& where) {
  if (where.file == diag::no_file) return {};
  diag::LineColumn lc = sources.line_column(where.file, where.span.begin);
  return sources.file(where.file).path + ":" + std::to_string(lc.line);
}

void node_text(std::ostream& out, const eval::ExplainNode& n, const diag::SourceMap& sources, int depth) {
  std::string indent(static_cast<std::size_t>(depth) * 2, ' ');
  out << indent << "[" << eval::truth_name(n.value) << "] ";
  if (!n.label.empty()) out << n.label << ' ';
  out << n.text;
  std::string w = where_text(sources, n.where);
  if (!w.empty()) out << "  (" << w << ")";
  out << '\n';
  for (const eval::FactNote& f : n.facts) {
    out << indent << "    - " << f.text;
    std::string fw = where_text(sources, f.where);
    if (!fw.empty()) out << "  (" << fw << ")";
    out << '\n';
  }
  for (const auto& c : n.children) node_text(out, c, sources, depth + 1);
}

nlohmann::json node_json(const eval::ExplainNode& n, const diag::SourceMap& sources) {
  nlohmann::json facts = nlohmann::json::array();
  for (const auto& f : n.facts) facts.push_back({{"text", f.text}, {"at", where_text(sources, f.where)}});
  nlohmann::json children = nlohmann::json::array();
  for (const auto& c : n.children) children.push_back(node_json(c, sources));
  return {{"label", n.label}, {"condition", n.text}, {"value", eval::truth_name(n.value)},
          {"at", where_text(sources, n.where)}, {"facts", facts}, {"children", children}};
}

}  // namespace

void render_explain_text(std::ostream& out, const eval::Explanation& e, const diag::SourceMap& sources, bool colour) {
  const char* bold = colour ? "\x1b[1m" : "";
  const char* reset = colour ? "\x1b[0m" : "";
  out << bold << e.state << " / " << e.obligation << reset << ": " << eval::status_name(e.status) << " as of "
      << format_day(e.as_of) << '\n';
  if (!e.title.empty()) out << "  " << e.title << '\n';
  if (!e.source.empty()) out << "  source: " << e.source << '\n';
  out << "  severity: " << level_name(e.severity) << '\n';
  out << "  rule: " << where_text(sources, e.obligation_where) << "\n  profile: " << where_text(sources, e.profile_where)
      << "\n\n";
  for (const auto& c : e.clauses) node_text(out, c, sources, 0);
}

void render_explain_json(std::ostream& out, const eval::Explanation& e, const diag::SourceMap& sources) {
  nlohmann::json clauses = nlohmann::json::array();
  for (const auto& c : e.clauses) clauses.push_back(node_json(c, sources));
  nlohmann::json doc = {{"schema", "pacta.explain/1"},
                        {"state", e.state},
                        {"obligation", e.obligation},
                        {"title", e.title},
                        {"source", e.source},
                        {"severity", level_name(e.severity)},
                        {"status", eval::status_name(e.status)},
                        {"as_of", format_day(e.as_of)},
                        {"rule", where_text(sources, e.obligation_where)},
                        {"profile", where_text(sources, e.profile_where)},
                        {"clauses", clauses}};
  out << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace pacta::report
