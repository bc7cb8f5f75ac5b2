// Rendering a rule-test run: text (OPA's tester lines), pacta.test/1 JSON and JUnit XML.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "report/test_report.hpp"
#include "support/test_support.hpp"
#include "testing/rule_tests_support.hpp"

namespace pacta::test {
namespace {

const char* const two_tests = R"T(
obligation ODD { require not reserved(UNTOC, "a & <b>") }
test GOOD "passes" {
  as_of 2026-01-01
  state XAA { member LAC  joined CCP 2020-01-01 }
  expect XAA CCP_LAC satisfied
}
test BAD "fails & <shows> \"why\"" {
  as_of 2020-01-01
  state XAB { ratified UNTOC 2010-05-03  reserved UNTOC "a & <b>" }
  expect XAB CCP_LAC satisfied
  expect XAB ODD satisfied
}
)T";

struct Rendered {
  std::unique_ptr<CheckedSuite> suite;
  testing::TestRun run;
};

Rendered run_two(bool coverage) {
  Rendered r{checked_suite(two_tests), {}};
  EXPECT_FALSE(r.suite->diags.has_errors()) << render(r.suite->sources, r.suite->diags);
  testing::RunOptions options;
  options.coverage = coverage;
  r.run = testing::run_tests(r.suite->rules, r.suite->suite, r.suite->sources, options);
  return r;
}

template <typename F>
std::string rendered(const report::TestReport& report, F render_fn) {
  std::ostringstream out;
  render_fn(out, report);
  return out.str();
}

TEST(RuleTestReport, TextListsEachTestThenTheSummary) {
  Rendered r = run_two(false);
  report::TestReport report{r.run, r.suite->rules, r.suite->sources};
  std::string text = rendered(report, report::render_test_text);
  EXPECT_EQ(text,
            "PASS GOOD\n"
            "FAIL BAD\n"
            "  rules0.pacta:25:3: expected XAB CCP_LAC satisfied, got not_applicable: applies when member(LAC): LAC: "
            "not a member\n"
            "  rules0.pacta:26:3: expected XAB ODD satisfied, got violated: not reserved(UNTOC, \"a & <b>\"): UNTOC: "
            "reservation to 'a & <b>' since 2010-05-03\n" +
                std::string(80, '-') + "\nPASS: 1/2\nFAIL: 1/2\n");
}

TEST(RuleTestReport, DurationsOnlyWhenAsked) {
  Rendered r = run_two(false);
  report::TestReport report{r.run, r.suite->rules, r.suite->sources, true};
  std::string text = rendered(report, report::render_test_text);
  EXPECT_NE(text.find("PASS GOOD ("), std::string::npos) << text;
  EXPECT_NE(text.find("ms)\n"), std::string::npos) << text;
  auto doc = nlohmann::json::parse(rendered(report, report::render_test_json));
  EXPECT_TRUE(doc["tests"][0].contains("duration_ms"));
  EXPECT_NE(rendered(report, report::render_test_junit).find(" time=\""), std::string::npos);
  report.durations = false;
  EXPECT_FALSE(nlohmann::json::parse(rendered(report, report::render_test_json))["tests"][0].contains("duration_ms"));
  EXPECT_EQ(rendered(report, report::render_test_junit).find(" time=\""), std::string::npos);
}

TEST(RuleTestReport, JsonSchema) {
  Rendered r = run_two(true);
  report::TestReport report{r.run, r.suite->rules, r.suite->sources, false, false, 50};
  auto doc = nlohmann::json::parse(rendered(report, report::render_test_json));
  EXPECT_EQ(doc["schema"], "pacta.test/1");
  EXPECT_EQ(doc["summary"], (nlohmann::json{{"tests", 2}, {"passed", 1}, {"failed", 1}}));
  const auto& bad = doc["tests"][1];
  EXPECT_EQ(bad["id"], "BAD");
  EXPECT_EQ(bad["title"], "fails & <shows> \"why\"");
  EXPECT_EQ(bad["as_of"], "2020-01-01");
  EXPECT_EQ(bad["passed"], false);
  EXPECT_EQ(bad["location"]["line"], 22);
  EXPECT_EQ(bad["expectations"][0]["expected"], "satisfied");
  EXPECT_EQ(bad["expectations"][0]["actual"], "not_applicable");
  EXPECT_TRUE(bad["expectations"][0]["reason"].is_string());
  EXPECT_TRUE(doc["tests"][0]["expectations"][0]["reason"].is_null());
  const auto& coverage = doc["coverage"];
  EXPECT_EQ(coverage["min_percent"], 50.0);
  EXPECT_EQ(coverage["conditions"].get<int>(), static_cast<int>(r.run.coverage->conditions()));
  EXPECT_EQ(coverage["obligations"].size(), r.suite->rules.obligations.size());
  EXPECT_TRUE(coverage["below_min"].get<bool>());
}

TEST(RuleTestReport, JunitIsEscapedXml) {
  Rendered r = run_two(false);
  report::TestReport report{r.run, r.suite->rules, r.suite->sources};
  std::string xml = rendered(report, report::render_test_junit);
  EXPECT_EQ(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"pacta test\" tests=\"2\" "
                      "failures=\"1\" errors=\"0\">\n",
                      0),
            0u)
      << xml;
  EXPECT_NE(xml.find("<testsuite name=\"rules0.pacta\" tests=\"2\" failures=\"1\""), std::string::npos);
  EXPECT_NE(xml.find("<testcase name=\"GOOD\" classname=\"rules0\" file=\"rules0.pacta\" line=\"17\"/>"),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find("<failure message=\"expected XAB CCP_LAC satisfied, got not_applicable\" type=\"verdict\">"),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find("got violated: not reserved(UNTOC, \"a &amp; &lt;b&gt;\"): UNTOC: reservation"), std::string::npos)
      << xml;
  EXPECT_EQ(xml.find("& "), std::string::npos);
  EXPECT_EQ(xml.find("<b>"), std::string::npos);
}

TEST(RuleTestReport, CoverageBelowTheMinimum) {
  Rendered r = run_two(true);
  report::TestReport report{r.run, r.suite->rules, r.suite->sources, false, false, 100};
  EXPECT_TRUE(report::below_min_coverage(report));
  std::string text = rendered(report, report::render_test_text);
  EXPECT_NE(text.find("coverage: "), std::string::npos);
  EXPECT_NE(text.find("is below --min-coverage 100\n"), std::string::npos) << text;
  report.min_coverage = -1;
  EXPECT_FALSE(report::below_min_coverage(report));
  report.min_coverage = 0;
  EXPECT_FALSE(report::below_min_coverage(report));
}

}  // namespace
}  // namespace pacta::test
