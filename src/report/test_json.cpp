#include <cmath>
#include <nlohmann/json.hpp>
#include <sstream>

#include "report/json_text.hpp"
#include "report/test_report.hpp"

namespace pacta::report {
namespace {

using nlohmann::json;

json location(const diag::SourceMap& sources, const diag::Location& where) {
  if (where.file == diag::no_file) return nullptr;
  diag::LineColumn lc = sources.line_column(where.file, where.span.begin);
  return {{"path", sources.file(where.file).path}, {"line", lc.line}, {"column", lc.column}};
}

double rounded(double x, double scale) { return std::round(x * scale) / scale; }

json coverage_json(const TestReport& r, const testing::Coverage& c) {
  json obligations = json::array();
  for (const auto& o : c.obligations) {
    json uncovered = json::array();
    for (const auto& cond : o.conditions)
      if (!cond.covered())
        uncovered.push_back({{"clause", cond.clause},
                             {"text", cond.text},
                             {"location", location(r.sources, cond.where)},
                             {"seen_true", cond.seen_true},
                             {"seen_false", cond.seen_false}});
    const sema::Obligation& ob = r.rules.obligations[o.obligation];
    obligations.push_back({{"id", ob.id},
                           {"location", location(r.sources, ob.where)},
                           {"expectations", o.expectations},
                           {"conditions", o.conditions.size()},
                           {"covered", o.covered()},
                           {"uncovered", std::move(uncovered)}});
  }
  return {{"conditions", c.conditions()},
          {"covered", c.covered()},
          {"percent", rounded(c.percent(), 100)},
          {"min_percent", r.min_coverage >= 0 ? json(r.min_coverage) : json(nullptr)},
          {"below_min", below_min_coverage(r)},
          {"obligations", std::move(obligations)}};
}

}  // namespace

void render_test_json(std::ostream& out, const TestReport& r) {
  json tests = json::array();
  for (const testing::TestResult& t : r.run.results) {
    json expectations = json::array();
    for (const testing::ExpectationResult& e : t.expectations)
      expectations.push_back({{"state", e.expected->state},
                              {"obligation", r.rules.obligations[e.expected->obligation].id},
                              {"expected", eval::status_name(e.expected->status)},
                              {"actual", eval::status_name(e.actual)},
                              {"passed", e.passed()},
                              {"reason", e.passed() ? json(nullptr) : json(failure_reason(e, r))},
                              {"location", location(r.sources, e.expected->where)}});
    json test = {{"id", t.test->id},
                 {"title", t.test->title},
                 {"location", location(r.sources, t.test->where)},
                 {"as_of", format_day(t.test->as_of)},
                 {"passed", t.passed()},
                 {"expectations", std::move(expectations)}};
    if (r.durations) test["duration_ms"] = rounded(t.milliseconds, 1000);
    tests.push_back(std::move(test));
  }
  // The diagnostics, written flat by the same writer as check's, then read back into the DOM.
  JsonBuffer buffer;
  buffer += '[';
  if (r.inputs)
    for (std::size_t k = 0; k < r.inputs->items().size(); ++k) {
      if (k) buffer += ',';
      json_diagnostic(buffer, r.sources, r.inputs->items()[k]);
    }
  buffer += ']';
  std::ostringstream diagnostics;
  buffer.flush_to(diagnostics);
  json doc = {{"schema", "pacta.test/1"},
              {"diagnostics", json::parse(diagnostics.str())},
              {"summary", {{"tests", r.run.results.size()}, {"passed", r.run.passed()}, {"failed", r.run.failed()}}},
              {"tests", std::move(tests)},
              {"coverage", r.run.coverage ? coverage_json(r, *r.run.coverage) : json(nullptr)}};
  out << doc.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace pacta::report
