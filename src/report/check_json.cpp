#include <nlohmann/json.hpp>

#include "eval/explain.hpp"
#include "report/check_report.hpp"

namespace pacta::report {
namespace {

nlohmann::json location(const diag::SourceMap& sources, const diag::Location& where) {
  if (where.file == diag::no_file) return nullptr;
  diag::LineColumn lc = sources.line_column(where.file, where.span.begin);
  return {{"path", sources.file(where.file).path}, {"line", lc.line}, {"column", lc.column}};
}

nlohmann::json totals_json(const Totals& t) {
  nlohmann::json j = nlohmann::json::object();
  for (int s = 0; s < 6; ++s) j[eval::status_name(static_cast<eval::Status>(s))] = t.by_status[s];
  j["violated_by_severity"] = {{"error", t.violated_by_level[0]}, {"warning", t.violated_by_level[1]}, {"info", t.violated_by_level[2]}};
  return j;
}

}  // namespace

void render_check_json(std::ostream& out, const CheckReport& r) {
  using nlohmann::json;
  const auto& rules = *r.program.rules;
  json obligations = json::array();
  for (std::uint32_t index : r.run.obligations) {
    const sema::Obligation& o = rules.obligations[index];
    obligations.push_back({{"id", o.id},
                           {"title", o.title},
                           {"source", o.source},
                           {"severity", level_name(o.severity)},
                           {"location", location(r.sources, o.where)}});
  }
  // Streamed one state at a time (a document for 10,000 states x 1,000 obligations does not
  // fit in memory as one DOM); the bytes are those of the whole document dumped with indent 2,
  // keys in nlohmann's (alphabetical) order: as_of, obligations, schema, states, totals.
  auto dump = [](const json& j, int indent_levels) {
    std::string text = j.dump(2, ' ', false, json::error_handler_t::replace);
    std::string pad(static_cast<std::size_t>(indent_levels) * 2, ' '), out;
    out.reserve(text.size() + text.size() / 8);
    for (char c : text) {
      out += c;
      if (c == '\n') out += pad;
    }
    return out;
  };
  out << "{\n  \"as_of\": " << json(format_day(r.run.as_of)).dump() << ",\n  \"obligations\": " << dump(obligations, 1)
      << ",\n  \"schema\": \"pacta.check/1\",\n  \"states\": ";
  if (r.run.profiles.empty()) out << "[]";
  eval::Snapshot snapshot(r.program, r.run.as_of);
  for (std::size_t p = 0; p < r.run.profiles.size(); ++p) {
    const model::Profile& profile = *r.run.profiles[p];
    snapshot.reset(profile);
    json verdicts = json::array();
    for (std::size_t o = 0; o < r.run.obligations.size(); ++o) {
      std::uint32_t index = r.run.obligations[o];
      eval::Status s = r.run.status(p, o);
      json v = {{"obligation", rules.obligations[index].id}, {"status", eval::status_name(s)}};
      if (s == eval::Status::violated || s == eval::Status::unknown || s == eval::Status::pending)
        v["reason"] = eval::reason(eval::explain(snapshot, r.sources, index));
      verdicts.push_back(std::move(v));
    }
    json state = {{"state", profile.state},
                  {"name", profile.name},
                  {"profile", r.sources.file(profile.file).path},
                  {"verdicts", std::move(verdicts)},
                  {"totals", totals_json(totals_of(r, p))}};
    out << (p == 0 ? "[\n    " : ",\n    ") << dump(state, 2);
  }
  if (!r.run.profiles.empty()) out << "\n  ]";
  out << ",\n  \"totals\": " << dump(totals_json(totals_of(r, std::string::npos)), 1) << "\n}\n";
}

}  // namespace pacta::report
