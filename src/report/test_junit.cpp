// JUnit XML as CI systems read it (Jenkins, GitLab, GitHub actions): one <testsuite> per rule
// file, one <testcase> per test, a <failure> per test that failed, listing every verdict that
// differed. Text is escaped by xml_escape.hpp.
#include <fmt/format.h>

#include <map>

#include "report/test_report.hpp"
#include "report/xml_escape.hpp"

namespace pacta::report {
namespace {

// "rules/obligations/ccp_test.pacta" -> "rules.obligations.ccp_test", as JUnit class names go.
std::string class_name(std::string path) {
  if (path.size() > 6 && path.compare(path.size() - 6, 6, ".pacta") == 0) path.resize(path.size() - 6);
  while (path.rfind("./", 0) == 0) path.erase(0, 2);
  for (char& c : path)
    if (c == '/' || c == '\\') c = '.';
  return path;
}

// A ` time="..."` attribute, with --durations only: output is otherwise reproducible.
std::string time_attribute(const TestReport& r, double ms) {
  return r.durations ? fmt::format(" time=\"{:.3f}\"", ms / 1000.0) : std::string{};
}

}  // namespace

void render_test_junit(std::ostream& out, const TestReport& r) {
  // Suites per rule file, in the order their first test ran.
  std::vector<std::uint32_t> files;
  std::map<std::uint32_t, std::vector<const testing::TestResult*>> by_file;
  double total_ms = 0;
  for (const testing::TestResult& t : r.run.results) {
    std::uint32_t f = t.test->where.file;
    if (by_file.count(f) == 0) files.push_back(f);
    by_file[f].push_back(&t);
    total_ms += t.milliseconds;
  }
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << "<testsuites name=\"pacta test\" tests=\"" << r.run.results.size() << "\" failures=\"" << r.run.failed()
      << "\" errors=\"0\"" << time_attribute(r, total_ms) << ">\n";
  for (std::uint32_t f : files) {
    const std::string& path = r.sources.file(f).path;
    std::size_t failures = 0;
    double ms = 0;
    for (const auto* t : by_file[f]) {
      failures += !t->passed();
      ms += t->milliseconds;
    }
    out << "  <testsuite name=\"" << xml_attribute(path) << "\" tests=\"" << by_file[f].size() << "\" failures=\""
        << failures << "\" errors=\"0\" skipped=\"0\"" << time_attribute(r, ms) << ">\n";
    for (const auto* t : by_file[f]) {
      diag::LineColumn lc = r.sources.line_column(f, t->test->where.span.begin);
      out << "    <testcase name=\"" << xml_attribute(t->test->id) << "\" classname=\""
          << xml_attribute(class_name(path)) << "\" file=\"" << xml_attribute(path) << "\" line=\"" << lc.line << "\""
          << time_attribute(r, t->milliseconds);
      if (t->passed()) {
        out << "/>\n";
        continue;
      }
      out << ">\n";
      std::string first, body;
      for (const testing::ExpectationResult& e : t->expectations) {
        if (e.passed()) continue;
        std::string message = failure_message(e, r.rules);
        if (first.empty()) first = message;
        std::string reason = failure_reason(e, r);
        body += position(r.sources, e.expected->where) + ": " + message + (reason.empty() ? "" : ": " + reason) + "\n";
      }
      out << "      <failure message=\"" << xml_attribute(first) << "\" type=\"verdict\">" << xml_text(body)
          << "</failure>\n";
      out << "    </testcase>\n";
    }
    out << "  </testsuite>\n";
  }
  out << "</testsuites>\n";
}

}  // namespace pacta::report
