// SARIF for a check: each obligation is a rule, each verdict that needs attention a result at
// the state's profile (its `state:` line), related to the obligation's rule text. Violated
// verdicts take the obligation's severity (info → note); unknown and pending ones are notes,
// told apart by properties.status, so that missing data shows without failing a scan.
#include <map>
#include <optional>

#include "diag/sarif.hpp"
#include "report/check_report.hpp"
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

std::string message(const model::Profile& profile, const sema::Obligation& o, eval::Status s, const std::string& why) {
  std::string text = profile.state + ": " + o.id + ' ' + eval::status_name(s);
  if (!o.title.empty()) text += ": " + o.title;
  if (!o.source.empty()) text += "\nsource: " + o.source;
  if (!why.empty()) text += "\nwhy: " + why;
  return text;
}

}  // namespace

void render_check_sarif(std::ostream& out, const CheckReport& r, const diag::SarifTool& tool) {
  std::optional<eval::Recorder> own;
  eval::Recorder& records = records_of(r, "sarif", own);
  Wording wording(r.program, r.sources);
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
  Json results = Json::array();
  for (std::size_t p = 0; p < r.run.profiles.size(); ++p) {
    const model::Profile& profile = *r.run.profiles[p];
    for (std::size_t o = 0; o < r.run.obligations.size(); ++o) {
      eval::Status s = r.run.status(p, o);
      if (!shows(shown, s) || !shows(eval::attention, s)) continue;
      std::uint32_t index = r.run.obligations[o];
      const sema::Obligation& ob = rules.obligations[index];
      const eval::VerdictRecord* rec = records.find(p, o);
      std::string why;
      if (rec) wording.why(*rec, why);
      Json result = {{"ruleId", ob.id},
                     {"ruleIndex", o},
                     {"level", s == eval::Status::violated ? sarif_level(ob.severity) : "note"},
                     {"message", {{"text", message(profile, ob, s, why)}}}};
      Json at = diag::sarif::physical_location(r.sources, profile.where);
      if (!at.is_null()) result["locations"] = Json::array({{{"physicalLocation", std::move(at)}}});
      Json rule_at = diag::sarif::physical_location(r.sources, ob.where);
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
          Json fact_at = diag::sarif::physical_location(r.sources, f.where);
          if (fact_at.is_null()) continue;
          if (!result.contains("relatedLocations")) result["relatedLocations"] = Json::array();
          result["relatedLocations"].push_back({{"id", id++},
                                                {"physicalLocation", std::move(fact_at)},
                                                {"message", {{"text", describe(f, r.program)}}}});
        }
      }
      // The alert's identity survives edits that move the profile's lines.
      result["partialFingerprints"] = {{"pactaVerdict/v1", profile.state + "/" + ob.id}};
      result["properties"] = {{"state", profile.state},
                              {"obligation", ob.id},
                              {"status", eval::status_name(s)},
                              {"severity", level_name(ob.severity)}};
      results.push_back(std::move(result));
    }
  }
  // The inputs' diagnostics: located ones are results of their own code (as `lint` gives
  // them), the others (unreadable paths, bad options) notifications of the invocation.
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
      results.push_back(diag::sarif::result(r.sources, d, at->second));
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
  diag::sarif::write(out, diag::sarif::log(tool, std::move(descriptors), std::move(results), std::move(properties),
                                           Json::array({std::move(invocation)})));
}

}  // namespace pacta::report
