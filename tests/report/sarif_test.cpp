// SARIF 2.1.0 output of lint (diagnostics) and check (verdicts): valid against the official
// schema (tests/report/sarif-schema-2.1.0.json, OASIS errata01), and mapped as docs/FORMATS.md says.
#include "diag/sarif.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "diag/render.hpp"
#include "eval/program.hpp"
#include "eval/run.hpp"
#include "model/load.hpp"
#include "report/check_report.hpp"
#include "sema/check.hpp"
#include "support/json_schema.hpp"
#include "support/test_support.hpp"
#include "syntax/load.hpp"

namespace pacta::test {
namespace {

using nlohmann::json;

const JsonSchema& sarif_schema() {
  static const JsonSchema schema = [] {
    std::ifstream in(std::string(PACTA_SOURCE_DIR) + "/tests/report/sarif-schema-2.1.0.json");
    if (!in) throw std::runtime_error("cannot read the SARIF schema");
    return JsonSchema(json::parse(in));
  }();
  return schema;
}

const diag::SarifTool tool{"pacta", "1.2.3", ""};

json lint_sarif(const World& w, const diag::Diagnostics& diags) {
  std::ostringstream out;
  diag::render_sarif(out, w.sources, diags, tool);
  return json::parse(out.str());
}

const char* lint_rules = R"(instrument UNTOC "Convention"
instrument UNUSED
obligation O "Parties" {
  require party(UNTOC) and ratified(UNTCO)
}
instrument UNUSED "again"
)";

TEST(SarifSchema, ValidatorRejectsWhatTheSchemaForbids) {
  json log = {{"version", "2.1.0"},
              {"runs", json::array({{{"tool", {{"driver", {{"name", "pacta"}}}}}, {"results", json::array()}}})}};
  ASSERT_EQ(sarif_schema().validate(log), std::vector<std::string>{});

  json no_version = log;
  no_version.erase("version");
  EXPECT_FALSE(sarif_schema().validate(no_version).empty());
  json extra = log;
  extra["colour"] = "red";
  EXPECT_FALSE(sarif_schema().validate(extra).empty());
  json bad_level = log;
  bad_level["runs"][0]["results"] = json::array({{{"message", {{"text", "x"}}}, {"level", "fatal"}}});
  EXPECT_FALSE(sarif_schema().validate(bad_level).empty());
  json no_text = log;
  no_text["runs"][0]["results"] = json::array({{{"message", json::object()}}});
  EXPECT_FALSE(sarif_schema().validate(no_text).empty());  // anyOf: text or id
  json line_zero = log;
  line_zero["runs"][0]["results"] = json::array(
      {{{"message", {{"text", "x"}}},
        {"locations", json::array({{{"physicalLocation",
                                     {{"artifactLocation", {{"uri", "a"}}}, {"region", {{"startLine", 0}}}}}}})}}});
  EXPECT_FALSE(sarif_schema().validate(line_zero).empty());  // minimum 1
  json bad_kind = log;
  bad_kind["runs"][0]["columnKind"] = "bytes";
  EXPECT_FALSE(sarif_schema().validate(bad_kind).empty());
}

TEST(LintSarif, ValidAgainstTheSchema) {
  auto w = world(lint_rules, {});
  diag::Diagnostics diags = w->diags;
  diags.error("E001", {}, "cannot read 'missing.pacta': no such file or directory");
  diags.add(
      {"P001", diag::Severity::note, {0, {0, 0}}, "an insertion point", "", {{{}, "a note without a place"}}, {}});
  diags.sort();
  json log = lint_sarif(*w, diags);
  EXPECT_EQ(sarif_schema().validate(log), std::vector<std::string>{}) << log.dump(2);
}

TEST(LintSarif, OneResultPerDiagnosticOneRulePerCode) {
  auto w = world(lint_rules, {});
  diag::Diagnostics diags = w->diags;
  diags.sort();
  ASSERT_EQ(codes(diags), (std::vector<std::string>{"S007", "S001", "S002"})) << render(w->sources, diags);
  json log = lint_sarif(*w, diags);
  EXPECT_EQ(log["$schema"], "https://json.schemastore.org/sarif-2.1.0.json");
  EXPECT_EQ(log["version"], "2.1.0");
  const json& run = log["runs"][0];
  EXPECT_EQ(run["tool"]["driver"]["name"], "pacta");
  EXPECT_EQ(run["tool"]["driver"]["version"], "1.2.3");
  EXPECT_FALSE(run["tool"]["driver"].contains("informationUri"));
  EXPECT_EQ(run["columnKind"], "unicodeCodePoints");
  const json& rules = run["tool"]["driver"]["rules"];
  ASSERT_EQ(rules.size(), 3u);
  EXPECT_EQ(rules[0]["id"], "S001");
  EXPECT_EQ(rules[0]["shortDescription"]["text"], "unknown name (with \"did you mean\")");
  EXPECT_EQ(rules[1]["id"], "S002");
  EXPECT_EQ(rules[2]["id"], "S007");

  const json& results = run["results"];
  ASSERT_EQ(results.size(), 3u);
  EXPECT_EQ(results[0]["ruleId"], "S007");
  EXPECT_EQ(results[0]["level"], "warning");
  EXPECT_EQ(results[0]["ruleIndex"], 2);

  const json& unknown = results[1];
  EXPECT_EQ(unknown["ruleId"], "S001");
  EXPECT_EQ(unknown["ruleIndex"], 0);
  EXPECT_EQ(unknown["level"], "error");
  EXPECT_EQ(unknown["message"]["text"], "unknown instrument 'UNTCO'\nhelp: did you mean 'UNTOC'?");
  const json& at = unknown["locations"][0]["physicalLocation"];
  EXPECT_EQ(at["artifactLocation"]["uri"], "rules0.pacta");
  // Columns count code points; endColumn is exclusive, as in SARIF.
  EXPECT_EQ(at["region"], json({{"startLine", 4}, {"startColumn", 37}, {"endLine", 4}, {"endColumn", 42}}));

  const json& duplicate = results[2];
  EXPECT_EQ(duplicate["ruleId"], "S002");
  EXPECT_EQ(duplicate["ruleIndex"], 1);
  ASSERT_EQ(duplicate["relatedLocations"].size(), 1u);
  EXPECT_EQ(duplicate["relatedLocations"][0]["message"]["text"], "first declared here");
  EXPECT_EQ(duplicate["relatedLocations"][0]["physicalLocation"]["region"]["startLine"], 2);
}

TEST(LintSarif, ProblemsWithoutAPlaceHaveNoLocation) {
  auto w = world("", {});
  diag::Diagnostics diags;
  diags.error("E001", {}, "cannot read 'x': no such file or directory").notes.push_back({{}, "a note"});
  diags.error("T999", {}, "a code the catalogue does not know");
  json log = lint_sarif(*w, diags);
  const json& results = log["runs"][0]["results"];
  EXPECT_FALSE(results[0].contains("locations"));
  EXPECT_EQ(results[0]["message"]["text"], "cannot read 'x': no such file or directory\nnote: a note");
  // Uncatalogued codes are described by their first message.
  EXPECT_EQ(log["runs"][0]["tool"]["driver"]["rules"][1]["shortDescription"]["text"],
            "a code the catalogue does not know");
}

TEST(LintSarif, NoDiagnosticsIsAnEmptyRun) {
  auto w = world("", {});
  json log = lint_sarif(*w, {});
  EXPECT_EQ(sarif_schema().validate(log), std::vector<std::string>{});
  EXPECT_TRUE(log["runs"][0]["results"].empty());
  EXPECT_TRUE(log["runs"][0]["tool"]["driver"]["rules"].empty());
}

TEST(SarifUri, PathsBecomeUriReferences) {
  EXPECT_EQ(diag::sarif::artifact_uri("rules/a.pacta"), "rules/a.pacta");
  EXPECT_EQ(diag::sarif::artifact_uri("./rules/a.pacta"), "rules/a.pacta");
  EXPECT_EQ(diag::sarif::artifact_uri("my rules/#1%.pacta"), "my%20rules/%231%25.pacta");
  EXPECT_EQ(diag::sarif::artifact_uri("r\xC3\xA9gles/a:b.pacta"), "r%C3%A9gles/a%3Ab.pacta");
  EXPECT_EQ(diag::sarif::artifact_uri("/srv/pacta/rules/a.pacta"), "file:///srv/pacta/rules/a.pacta");
}

// Check: one rule per obligation, one result per violated, unknown or pending verdict.
const char* check_rules = R"(instrument CONV "A convention" { in_force 2001-01-01 }
mechanism NET "A network"
report ANNUAL "Annual questionnaire"
obligation PARTY "Party to the convention" {
  source "Resolution 1"
  require party(CONV)
}
obligation JOIN "Join the network" {
  severity warning
  source "Resolution 2"
  require joined(NET)
}
obligation SIGNED "Signed the convention" {
  severity info
  require signed(CONV)
}
obligation LATER "Join the network by 2030" {
  severity warning
  require joined(NET) before 2030-01-01
}
obligation ANNUAL_REPORT "Annual report" {
  applies when party(CONV)
  require submitted(ANNUAL) every year due 06-30 since party(CONV)
}
)";
const std::vector<std::string> check_profiles = {
    "state: AAA\nname: Alphaland\ncomplete: [instruments, mechanisms, reports]\ninstruments:\n"
    "  CONV: { ratified: 2000-06-01 }\n",
    "state: BBB\nname: Betastan\n"};

struct Checked {
  std::unique_ptr<World> w;
  eval::CheckRun run;
  json log;
};

Checked check_sarif(const std::string& as_of) {
  Checked c;
  c.w = world(check_rules, check_profiles);
  c.run = eval::run_check(c.w->program, c.w->profiles, day(as_of), {});
  report::CheckReport r{c.run, c.w->program, c.w->sources};
  std::ostringstream out;
  report::render_check_sarif(out, r, tool);
  c.log = json::parse(out.str());
  return c;
}

TEST(CheckSarif, ValidAgainstTheSchema) {
  Checked c = check_sarif("2020-01-01");
  ASSERT_TRUE(c.w->diags.empty()) << render(c.w->sources, c.w->diags);
  EXPECT_EQ(sarif_schema().validate(c.log), std::vector<std::string>{}) << c.log.dump(2);
}

TEST(CheckSarif, ObligationsAreRulesWithTheirSeverity) {
  Checked c = check_sarif("2020-01-01");
  const json& rules = c.log["runs"][0]["tool"]["driver"]["rules"];
  ASSERT_EQ(rules.size(), 5u);
  EXPECT_EQ(rules[0]["id"], "PARTY");
  EXPECT_EQ(rules[0]["shortDescription"]["text"], "Party to the convention");
  EXPECT_EQ(rules[0]["fullDescription"]["text"], "Party to the convention (Resolution 1)");
  EXPECT_EQ(rules[0]["defaultConfiguration"]["level"], "error");
  EXPECT_EQ(rules[1]["defaultConfiguration"]["level"], "warning");
  EXPECT_EQ(rules[2]["defaultConfiguration"]["level"], "note");  // info
  EXPECT_EQ(rules[2]["properties"]["severity"], "info");
  EXPECT_EQ(c.log["runs"][0]["properties"]["as_of"], "2020-01-01");
}

TEST(CheckSarif, ViolatedUnknownAndPendingVerdictsAreResults) {
  Checked c = check_sarif("2020-01-01");
  std::vector<std::string> seen;
  for (const json& r : c.log["runs"][0]["results"])
    seen.push_back(r["properties"]["state"].get<std::string>() + " " + r["ruleId"].get<std::string>() + " " +
                   r["properties"]["status"].get<std::string>() + " " + r["level"].get<std::string>());
  // AAA: party (satisfied, no result), not joined (violated, warning), never signed (violated,
  // info: note), joining by 2030 pending (note), annual reports missing (violated, error).
  // BBB: nothing listed: unknown everywhere except ANNUAL_REPORT (applies unknown: unknown).
  EXPECT_EQ(seen, (std::vector<std::string>{
                      "AAA JOIN violated warning", "AAA SIGNED violated note", "AAA LATER pending note",
                      "AAA ANNUAL_REPORT violated error", "BBB PARTY unknown note", "BBB JOIN unknown note",
                      "BBB SIGNED unknown note", "BBB LATER unknown note", "BBB ANNUAL_REPORT unknown note"}));
}

TEST(CheckSarif, ResultPointsAtTheProfileAndTheRule) {
  Checked c = check_sarif("2020-01-01");
  const json& r = c.log["runs"][0]["results"][0];
  EXPECT_EQ(r["ruleId"], "JOIN");
  EXPECT_EQ(r["ruleIndex"], 1);
  const json& at = r["locations"][0]["physicalLocation"];
  EXPECT_EQ(at["artifactLocation"]["uri"], "profile0.yaml");
  EXPECT_EQ(at["region"], json({{"startLine", 1}, {"startColumn", 8}, {"endLine", 1}, {"endColumn", 11}}));
  const json& rule = r["relatedLocations"][0];
  EXPECT_EQ(rule["physicalLocation"]["artifactLocation"]["uri"], "rules0.pacta");
  EXPECT_EQ(rule["physicalLocation"]["region"]["startLine"], 8);
  EXPECT_EQ(rule["message"]["text"], "obligation JOIN");
  EXPECT_EQ(r["message"]["text"],
            "AAA: JOIN violated: Join the network\nsource: Resolution 2\nwhy: joined(NET): NET: none recorded (the "
            "profile's list is complete)");
  EXPECT_EQ(r["partialFingerprints"]["pactaVerdict/v1"], "AAA/JOIN");
}

TEST(CheckSarif, SelectionLimitsRulesAndResults) {
  auto w = world(check_rules, check_profiles);
  eval::CheckRun run = eval::run_check(w->program, w->profiles, day("2020-01-01"), {{"BBB"}, {"SIGNED"}});
  report::CheckReport r{run, w->program, w->sources};
  std::ostringstream out;
  report::render_check_sarif(out, r, tool);
  json log = json::parse(out.str());
  ASSERT_EQ(log["runs"][0]["tool"]["driver"]["rules"].size(), 1u);
  ASSERT_EQ(log["runs"][0]["results"].size(), 1u);
  EXPECT_EQ(log["runs"][0]["results"][0]["ruleIndex"], 0);
}

// The whole shipped catalogue against the fixture profiles, and the malformed-input corpus:
// every kind of location and message the CLI can produce.
TEST(CheckSarif, ShippedRulesAndFixturesAreValid) {
  const std::string root = PACTA_SOURCE_DIR;
  diag::SourceMap sources;
  diag::Diagnostics diags;
  auto loaded = syntax::load_rule_files({root + "/rules"}, sources, diags);
  sema::RuleSet rules = sema::check_rule_set(std::move(loaded.files), diags);
  ASSERT_FALSE(diags.has_errors()) << render(sources, diags);
  auto profiles = model::load_profiles(rules, {root + "/fixtures/profiles"}, sources, diags);
  eval::Program program = eval::compile(rules);
  eval::resolve_entry_into_force(program, profiles.profiles);
  eval::CheckRun run = eval::run_check(program, profiles.profiles, day("2024-06-30"), {});
  std::ostringstream out;
  report::render_check_sarif(out, {run, program, sources}, tool);
  json log = json::parse(out.str());
  EXPECT_GT(log["runs"][0]["results"].size(), 100u);
  EXPECT_EQ(sarif_schema().validate(log), std::vector<std::string>{});
}

TEST(LintSarif, MalformedInputCorpusIsValid) {
  diag::SourceMap sources;
  diag::Diagnostics diags;
  auto loaded = syntax::load_rule_files({std::string(PACTA_SOURCE_DIR) + "/tests/cli/lint/corpus"}, sources, diags);
  diags.sort();
  ASSERT_GT(diags.items().size(), 10u);
  std::ostringstream out;
  diag::render_sarif(out, sources, diags, tool);
  EXPECT_EQ(sarif_schema().validate(json::parse(out.str())), std::vector<std::string>{});
}

}  // namespace
}  // namespace pacta::test
