#include <fmt/format.h>

#include <algorithm>

#include "diag/render.hpp"
#include "report/test_report.hpp"
#include "report/why.hpp"

namespace pacta::report {

bool below_min_coverage(const TestReport& r) {
  return r.min_coverage >= 0 && r.run.coverage && r.run.coverage->percent() < r.min_coverage;
}

std::string failure_message(const testing::ExpectationResult& e, const sema::RuleSet& rules) {
  return "expected " + e.expected->state + " " + rules.obligations[e.expected->obligation].id + " " +
         eval::status_name(e.expected->status) + ", got " + eval::status_name(e.actual);
}

std::string failure_reason(const testing::ExpectationResult& e, const TestReport& r) {
  if (e.record && r.run.program) return why(*e.record, *r.run.program, r.sources);
  return e.missing;
}

std::string position(const diag::SourceMap& sources, const diag::Location& where) {
  if (where.file == diag::no_file) return {};
  diag::LineColumn lc = sources.line_column(where.file, where.span.begin);
  return diag::printable(sources.file(where.file).path) + ":" + std::to_string(lc.line) + ":" +
         std::to_string(lc.column);
}

namespace {

const std::string rule(80, '-');

const char* missing_outcome(const testing::ConditionCoverage& c) {
  if (!c.seen_true && !c.seen_false) return "never true or false";
  return c.seen_true ? "never false" : "never true";
}

void render_coverage(std::ostream& out, const TestReport& r, const testing::Coverage& c) {
  out << rule << '\n'
      << fmt::format("coverage: {}/{} conditions took both outcomes ({:.1f}%)\n", c.covered(), c.conditions(),
                     c.percent());
  std::size_t width = 0;
  for (const auto& o : c.obligations) width = std::max(width, r.rules.obligations[o.obligation].id.size());
  for (const auto& o : c.obligations)
    out << fmt::format("  {:<{}}  {}/{}{}\n", r.rules.obligations[o.obligation].id, width, o.covered(),
                       o.conditions.size(), o.expectations == 0 ? "  (no expectation)" : "");
  bool header = false;
  for (const auto& o : c.obligations) {
    if (o.covered() == o.conditions.size()) continue;
    if (!header) out << "not covered:\n";
    header = true;
    out << "  " << r.rules.obligations[o.obligation].id << '\n';
    for (const auto& cond : o.conditions)
      if (!cond.covered())
        out << "    " << position(r.sources, cond.where) << ": " << cond.clause << ' ' << cond.text << ": "
            << missing_outcome(cond) << '\n';
  }
  if (below_min_coverage(r))
    out << fmt::format("coverage {:.1f}% is below --min-coverage {:g}\n", c.percent(), r.min_coverage);
}

}  // namespace

void render_test_text(std::ostream& out, const TestReport& r) {
  const char* reset = r.colour ? "\x1b[0m" : "";
  const char* green = r.colour ? "\x1b[32m" : "";
  const char* red = r.colour ? "\x1b[1;31m" : "";
  for (const testing::TestResult& t : r.run.results) {
    bool passed = t.passed();
    out << (passed ? green : red) << (passed ? "PASS" : "FAIL") << reset << ' ' << t.test->id;
    if (r.durations) out << fmt::format(" ({:.1f}ms)", t.milliseconds);
    out << '\n';
    for (const testing::ExpectationResult& e : t.expectations) {
      if (e.passed()) continue;
      out << "  " << position(r.sources, e.expected->where) << ": " << failure_message(e, r.rules);
      std::string reason = failure_reason(e, r);
      if (!reason.empty()) out << ": " << reason;
      out << '\n';
    }
  }
  std::size_t total = r.run.results.size();
  if (total > 0) out << rule << '\n';
  out << "PASS: " << r.run.passed() << '/' << total << '\n';
  if (r.run.failed() > 0) out << "FAIL: " << r.run.failed() << '/' << total << '\n';
  if (r.run.coverage) render_coverage(out, r, *r.run.coverage);
}

}  // namespace pacta::report
