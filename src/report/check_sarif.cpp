// SARIF for a check: each obligation is a rule, each verdict that needs attention a result at
// the state's profile (its `state:` line), related to the obligation's rule text. Violated
// verdicts take the obligation's severity (info → note); unknown and pending ones are notes,
// told apart by properties.status, so that missing data shows without failing a scan.
#include <map>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "diag/sarif.hpp"
#include "report/check_report.hpp"
#include "report/json_text.hpp"
#include "report/ordered_chunks.hpp"
#include "report/why.hpp"

namespace pacta::report {
namespace {

using diag::sarif::Json;

const char* sarif_level(syntax::Level l) {
  switch (l) {
    case syntax::Level::error:
      return "error";
    case syntax::Level::warning:
      return "warning";
    case syntax::Level::info:
      return "note";
  }
  return "error";
}

constexpr std::size_t results_per_chunk = 1;  // states per chunk: a state's SARIF is ~1 MB on the bench workload

std::string message(const model::Profile& profile, const sema::Obligation& o, eval::Status s, const std::string& why) {
  std::string text = profile.state + ": " + o.id + ' ' + eval::status_name(s);
  if (!o.title.empty()) text += ": " + o.title;
  if (!o.source.empty()) text += "\nsource: " + o.source;
  if (!why.empty()) text += "\nwhy: " + why;
  return text;
}

}  // namespace

namespace {

// One result per verdict that needs attention and is shown, at the state's profile.
class ResultWriter {
 public:
  ResultWriter(const CheckReport& r, eval::Recorder& caller, bool alone) : r_(r), worker_(r, caller, alone) {}

  // Whether the verdict (p, o) is a result.
  static bool listed(const CheckReport& r, eval::StatusMask shown, std::size_t p, std::size_t o) {
    eval::Status s = r.run.status(p, o);
    return shows(shown, s) && shows(eval::attention, s);
  }

  Json result(std::size_t p, std::size_t o) {
    const auto& rules = *r_.program.rules;
    const model::Profile& profile = *r_.run.profiles[p];
    eval::Status s = r_.run.status(p, o);
    const sema::Obligation& ob = rules.obligations[r_.run.obligations[o]];
    const eval::VerdictRecord* rec = worker_.records.find(p, o);
    std::string why;
    if (rec) worker_.wording.why(*rec, why);
    Json result = {{"ruleId", ob.id},
                   {"ruleIndex", o},
                   {"level", s == eval::Status::violated ? sarif_level(ob.severity) : "note"},
                   {"message", {{"text", message(profile, ob, s, why)}}}};
    Json at = diag::sarif::physical_location(r_.sources, profile.where);
    if (!at.is_null()) result["locations"] = Json::array({{{"physicalLocation", std::move(at)}}});
    Json rule_at = diag::sarif::physical_location(r_.sources, ob.where);
    if (!rule_at.is_null())
      result["relatedLocations"] = Json::array(
          {{{"id", 0}, {"physicalLocation", std::move(rule_at)}, {"message", {{"text", "obligation " + ob.id}}}}});
    // The facts behind the verdict, where the profile has them.
    if (rec) {
      int id = 1;
      for (const eval::Finding& f : rec->findings) {
        if (f.where.file == diag::no_file ||
            (f.where.file == profile.where.file && f.where.span.begin == profile.where.span.begin))
          continue;
        Json fact_at = diag::sarif::physical_location(r_.sources, f.where);
        if (fact_at.is_null()) continue;
        if (!result.contains("relatedLocations")) result["relatedLocations"] = Json::array();
        result["relatedLocations"].push_back(
            {{"id", id++}, {"physicalLocation", std::move(fact_at)}, {"message", {{"text", describe(f, r_.program)}}}});
      }
    }
    // The alert's identity survives edits that move the profile's lines.
    result["partialFingerprints"] = {{"pactaVerdict/v1", profile.state + "/" + ob.id}};
    result["properties"] = {{"state", profile.state},
                            {"obligation", ob.id},
                            {"status", eval::status_name(s)},
                            {"severity", level_name(ob.severity)}};
    return result;
  }

 private:
  const CheckReport& r_;
  WorkerRecords worker_;
};

// Appends one element of the results array, as the log's dump would indent it.
void append_element(JsonBuffer& out, const Json& element, bool first, const std::string& indent) {
  if (!first) out += ",\n";
  out += indent;
  std::string text = diag::sarif::dump(element);
  // JSON strings hold no raw line breaks: every '\n' of the dump is between two tokens.
  std::size_t from = 0;
  for (std::size_t nl; (nl = text.find('\n', from)) != std::string::npos; from = nl + 1) {
    out += std::string_view(text).substr(from, nl + 1 - from);
    out += indent;
  }
  out += std::string_view(text).substr(from);
}

}  // namespace

// The log is one JSON document, but a large check has millions of results: the envelope is
// built with nlohmann (a placeholder in "results"), and the results are streamed in its place,
// each built and dumped on its own, states rendered on every core and written in order. The
// bytes are those of the whole log dumped at once.
void render_check_sarif(std::ostream& out, const CheckReport& r, const diag::SarifTool& tool) {
  std::optional<eval::Recorder> own;
  eval::Recorder& records = records_of(r, "sarif", own);
  const auto& rules = *r.program.rules;
  eval::StatusMask shown = shown_statuses("sarif", r.all, r.status_filter);
  Json descriptors = Json::array();
  for (std::uint32_t index : r.run.obligations) {
    const sema::Obligation& o = rules.obligations[index];
    Json d = {{"id", o.id}, {"shortDescription", {{"text", o.title.empty() ? o.id : o.title}}}};
    if (!o.source.empty())
      d["fullDescription"] = {{"text", (o.title.empty() ? o.id : o.title) + " (" + o.source + ")"}};
    d["defaultConfiguration"] = {{"level", sarif_level(o.severity)}};
    d["properties"] = {{"source", o.source}, {"severity", level_name(o.severity)}};
    descriptors.push_back(std::move(d));
  }
  // The inputs' diagnostics: located ones are results of their own code (as `lint` gives
  // them), after the verdicts' results; the others (unreadable paths, bad options)
  // notifications of the invocation.
  Json input_results = Json::array();
  Json notifications = Json::array();
  bool successful = true;
  if (r.inputs) {
    std::map<std::string, std::size_t> code_index;
    for (const diag::Diagnostic& d : r.inputs->items()) {
      if (d.severity == diag::Severity::error) successful = false;
      if (d.where.file == diag::no_file) {
        notifications.push_back(diag::sarif::notification(d));
        continue;
      }
      auto [at, fresh] = code_index.emplace(d.code, descriptors.size());
      if (fresh) descriptors.push_back(diag::sarif::code_rule(d.code, d.message));
      input_results.push_back(diag::sarif::result(r.sources, d, at->second));
    }
  }
  Json invocation = {{"executionSuccessful", successful}};
  if (!notifications.empty()) invocation["toolExecutionNotifications"] = std::move(notifications);
  Json properties = {{"as_of", r.run.as_of == no_day ? Json(nullptr) : Json(format_day(r.run.as_of))}};
  if (r.not_checked && !r.not_checked->empty()) properties["not_checked"] = *r.not_checked;
  if (r.status_filter) {
    Json filter = Json::array();
    for (int k = 0; k < 6; ++k)
      if (shows(r.status_filter, static_cast<eval::Status>(k)))
        filter.push_back(eval::status_name(static_cast<eval::Status>(k)));
    properties["status_filter"] = std::move(filter);
  }
  // Results before each state, to know which result is the first (no comma before it).
  std::vector<std::size_t> before(r.run.profiles.size() + 1, 0);
  for (std::size_t p = 0; p < r.run.profiles.size(); ++p) {
    std::size_t n = 0;
    for (std::size_t o = 0; o < r.run.obligations.size(); ++o) n += ResultWriter::listed(r, shown, p, o);
    before[p + 1] = before[p] + n;
  }
  const std::size_t verdict_results = before.back();
  if (verdict_results + input_results.size() == 0) {
    diag::sarif::write(out, diag::sarif::log(tool, std::move(descriptors), Json::array(), std::move(properties),
                                             Json::array({std::move(invocation)})));
    return;
  }
  static const std::string placeholder = "\"@@pacta-sarif-results@@\"";
  std::string envelope =
      diag::sarif::dump(diag::sarif::log(tool, std::move(descriptors), Json::array({"@@pacta-sarif-results@@"}),
                                         std::move(properties), Json::array({std::move(invocation)})));
  std::size_t at = envelope.find(placeholder);
  std::size_t line = envelope.rfind('\n', at) + 1;
  const std::string indent = envelope.substr(line, at - line);
  out << std::string_view(envelope).substr(0, line);
  render_in_order_per_worker(
      r.run.profiles.size(), results_per_chunk, r.threads,
      [&](bool alone) { return std::make_unique<ResultWriter>(r, records, alone); },
      [&](ResultWriter& writer, std::size_t first, std::size_t last, JsonBuffer& chunk) {
        for (std::size_t p = first; p < last; ++p) {
          std::size_t n = before[p];
          for (std::size_t o = 0; o < r.run.obligations.size(); ++o)
            if (ResultWriter::listed(r, shown, p, o)) append_element(chunk, writer.result(p, o), n++ == 0, indent);
        }
      },
      out);
  JsonBuffer tail;
  for (std::size_t k = 0; k < input_results.size(); ++k)
    append_element(tail, input_results[k], verdict_results + k == 0, indent);
  tail += std::string_view(envelope).substr(at + placeholder.size());
  tail += "\n";
  tail.flush_to(out);
}

}  // namespace pacta::report
