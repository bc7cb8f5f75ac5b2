// Building blocks of SARIF 2.1.0 logs, shared by the diagnostics renderer (render_sarif.cpp)
// and the check report's (report/check_sarif.cpp): the log's envelope, artifact URIs and
// regions. Keys keep SARIF's documented order (ordered_json); columns count code points.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "diag/render.hpp"

namespace pacta::diag::sarif {

using Json = nlohmann::ordered_json;

inline constexpr const char* schema_uri = "https://json.schemastore.org/sarif-2.1.0.json";

// "error", "warning" or "note".
const char* level(Severity s);
// A path as a URI reference: relative paths stay relative ("./" dropped), absolute ones
// become file:// URIs; bytes outside RFC 3986's unreserved set and '/' are percent-encoded.
std::string artifact_uri(std::string_view path);
// {artifactLocation, region} of a location in a source file (clamped to it); null for no_file
// or a file the map does not hold.
Json physical_location(const SourceMap& sources, Location where);
// A rule descriptor for a diagnostic code: described by the catalogue, else by `fallback`.
Json code_rule(const std::string& code, const std::string& fallback);
// One diagnostic as a result (ruleId its code); its help, and notes without a location, follow
// the message one line each, located notes become relatedLocations.
Json result(const SourceMap& sources, const Diagnostic& d, std::size_t rule_index);
// A diagnostic without a location (an unreadable path, a bad option) as an invocation's
// toolExecutionNotification.
Json notification(const Diagnostic& d);
// {"$schema", "version", "runs": [{tool, invocations?, results, columnKind, properties?}]}.
Json log(const SarifTool& tool, Json rules, Json results, Json run_properties = nullptr, Json invocations = nullptr);
// A log (or any part of one) as indented UTF-8, invalid bytes replaced; no final newline.
std::string dump(const Json& value);
// Writes a log as dump() does, and a final newline.
void write(std::ostream& out, const Json& log);

}  // namespace pacta::diag::sarif
