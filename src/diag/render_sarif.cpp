#include <map>

#include "diag/codes.hpp"
#include "diag/sarif.hpp"

#ifndef PACTA_CODES_URL
#define PACTA_CODES_URL "file:///usr/share/doc/pacta/codes.md"
#endif

namespace pacta::diag {
namespace sarif {

// SARIF's levels are named as our severities are.
const char* level(Severity s) { return severity_name(s); }

std::string artifact_uri(std::string_view path) {
  while (path.size() > 2 && path.substr(0, 2) == "./") path.remove_prefix(2);
  static const char hex[] = "0123456789ABCDEF";
  std::string out = !path.empty() && path.front() == '/' ? "file://" : "";
  for (char c : path) {
    auto u = static_cast<unsigned char>(c);
    bool keep = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || c == '-' || c == '.' ||
                c == '_' || c == '~' || c == '/';
    if (keep) {
      out += c;
    } else {
      out += '%';
      out += hex[u >> 4];
      out += hex[u & 0xf];
    }
  }
  return out;
}

Json physical_location(const SourceMap& sources, Location where) {
  where = sources.clamp(where);
  if (where.file == no_file) return nullptr;
  LineColumn b = sources.line_column(where.file, where.span.begin);
  LineColumn e = sources.line_column(where.file, where.span.end);
  // endColumn is exclusive in SARIF as in our spans: an empty span is an insertion point.
  return {{"artifactLocation", {{"uri", artifact_uri(sources.file(where.file).path)}}},
          {"region", {{"startLine", b.line}, {"startColumn", b.column}, {"endLine", e.line}, {"endColumn", e.column}}}};
}

namespace {
std::string message_text(const SourceMap& sources, const Diagnostic& d, Json* related) {
  std::string text = d.message;
  if (!d.help.empty()) text += "\nhelp: " + d.help;
  for (const Note& n : d.notes) {
    Json where = related ? physical_location(sources, n.where) : Json(nullptr);
    if (where.is_null()) {
      text += "\nnote: " + n.message;
      continue;
    }
    related->push_back(
        {{"id", related->size()}, {"physicalLocation", std::move(where)}, {"message", {{"text", n.message}}}});
  }
  return text;
}
}  // namespace

Json code_rule(const std::string& code, const std::string& fallback) {
  std::string_view title = code_title(code);
  Json rule = {{"id", code}, {"shortDescription", {{"text", title.empty() ? fallback : std::string(title)}}}};
  std::string_view explanation = code_explanation(code);
  if (!explanation.empty()) {
    rule["helpUri"] = std::string(PACTA_CODES_URL) + "#" + code_anchor(code);
    rule["help"] = {{"text", std::string(explanation)}, {"markdown", std::string(explanation)}};
  }
  return rule;
}

Json result(const SourceMap& sources, const Diagnostic& d, std::size_t rule_index) {
  Json related = Json::array();
  std::string text = message_text(sources, d, &related);
  Json out = {
      {"ruleId", d.code}, {"ruleIndex", rule_index}, {"level", level(d.severity)}, {"message", {{"text", text}}}};
  Json where = physical_location(sources, d.where);
  if (!where.is_null()) out["locations"] = Json::array({{{"physicalLocation", std::move(where)}}});
  if (!related.empty()) out["relatedLocations"] = std::move(related);
  // The same problem stays the same alert when lines above it move: code, file and message.
  std::string file = d.where.file < sources.size() ? sources.file(d.where.file).path : std::string();
  out["partialFingerprints"] = {{"pactaDiagnostic/v1", d.code + "/" + file + "/" + d.message}};
  return out;
}

Json notification(const Diagnostic& d) {
  SourceMap none;
  return {{"descriptor", {{"id", d.code}}},
          {"level", level(d.severity)},
          {"message", {{"text", message_text(none, d, nullptr)}}}};
}

Json log(const SarifTool& tool, Json rules, Json results, Json run_properties, Json invocations) {
  Json driver = {{"name", tool.name}};
  if (!tool.version.empty()) driver["version"] = tool.version;
  if (!tool.information_uri.empty()) driver["informationUri"] = tool.information_uri;
  driver["rules"] = std::move(rules);
  Json run = {{"tool", {{"driver", std::move(driver)}}}};
  if (!invocations.is_null()) run["invocations"] = std::move(invocations);
  run["results"] = std::move(results);
  run["columnKind"] = "unicodeCodePoints";
  if (!run_properties.is_null()) run["properties"] = std::move(run_properties);
  return {{"$schema", schema_uri}, {"version", "2.1.0"}, {"runs", Json::array({std::move(run)})}};
}

std::string dump(const Json& value) { return value.dump(2, ' ', false, Json::error_handler_t::replace); }

void write(std::ostream& out, const Json& log) { out << dump(log) << '\n'; }

}  // namespace sarif

void render_sarif(std::ostream& out, const SourceMap& sources, const Diagnostics& diags, const SarifTool& tool) {
  using sarif::Json;
  // Rules: every code that occurs, sorted; described by the catalogue, else by its first message.
  std::map<std::string, std::string> descriptions;
  for (const Diagnostic& d : diags.items()) descriptions.emplace(d.code, d.message);
  Json rules = Json::array();
  std::map<std::string, std::size_t> rule_index;
  for (const auto& [code, description] : descriptions) {
    rule_index[code] = rules.size();
    rules.push_back(sarif::code_rule(code, description));
  }
  Json results = Json::array();
  for (const Diagnostic& d : diags.items()) results.push_back(sarif::result(sources, d, rule_index[d.code]));
  sarif::write(out, sarif::log(tool, std::move(rules), std::move(results)));
}

}  // namespace pacta::diag
