// Running rule tests: the rules compiled once; per test, entry into force resolved over the
// test's own profiles (a rule such as "90 days after 40 deposits" counts the deposits the test
// describes), each profile's snapshot built once as of the test's date, and every expected
// verdict compared with the evaluator's.
#include <chrono>

#include "eval/explain.hpp"
#include "testing/rule_tests.hpp"

namespace pacta::testing {
namespace {

// The atom that gave a clause its value: down the first child holding the same value (a
// negation's only child holds the opposite one).
const eval::ExplainNode& deciding(const eval::ExplainNode& n) {
  if (n.children.empty()) return n;
  if (n.children.size() == 1) return deciding(n.children.front());
  for (const eval::ExplainNode& c : n.children)
    if (c.value == n.value) return deciding(c);
  return n;
}

}  // namespace

bool TestResult::passed() const {
  for (const ExpectationResult& e : expectations)
    if (!e.passed()) return false;
  return true;
}

std::size_t TestRun::passed() const {
  std::size_t n = 0;
  for (const TestResult& r : results) n += r.passed();
  return n;
}

std::string why(const eval::Snapshot& snapshot, const diag::SourceMap& sources, std::uint32_t obligation) {
  eval::Explanation e = eval::explain(snapshot, sources, obligation);
  std::string reason = eval::reason(e);
  if (!reason.empty()) return reason;
  const char* label = e.status == eval::Status::not_applicable ? "applies when"
                      : e.status == eval::Status::exempt       ? "exempt when"
                      : e.status == eval::Status::satisfied    ? "require"
                                                               : nullptr;
  if (!label) return {};
  for (const eval::ExplainNode& clause : e.clauses) {
    if (clause.label != label) continue;
    const eval::ExplainNode& d = deciding(clause);
    std::string out = std::string(label) + " " + d.text + " is " + eval::truth_name(d.value);
    std::string facts;
    for (const eval::FactNote& f : d.facts) facts += (facts.empty() ? "" : "; ") + f.text;
    return facts.empty() ? out : out + ": " + facts;
  }
  return {};
}

TestRun run_tests(const sema::RuleSet& rules, const TestSuite& suite, const diag::SourceMap& sources,
                  const RunOptions& options) {
  using clock = std::chrono::steady_clock;
  TestRun run;
  eval::Program program = eval::compile(rules);
  if (options.coverage) run.coverage = coverage_of(program, sources);
  for (const RuleTest& test : suite.tests) {
    if (options.filter && !std::regex_search(test.id, *options.filter)) continue;
    clock::time_point start = clock::now();
    TestResult result;
    result.test = &test;
    for (const ExpectedVerdict& expected : test.expectations)
      result.expectations.push_back({&expected, eval::Status::unknown, "no profile for state " + expected.state});
    eval::resolve_entry_into_force(program, test.profiles);
    eval::Snapshot snapshot(program, test.as_of);
    for (const model::Profile& profile : test.profiles) {
      snapshot.reset(profile);
      for (std::size_t k = 0; k < test.expectations.size(); ++k) {
        const ExpectedVerdict& expected = test.expectations[k];
        if (expected.state != profile.state) continue;
        ExpectationResult& r = result.expectations[k];
        r.reason.clear();
        r.actual = eval::verdict(snapshot, expected.obligation);
        if (!r.passed()) r.reason = why(snapshot, sources, expected.obligation);
        if (run.coverage) record_coverage(*run.coverage, snapshot, expected.obligation);
      }
    }
    result.milliseconds = std::chrono::duration<double, std::milli>(clock::now() - start).count();
    run.results.push_back(std::move(result));
  }
  return run;
}

}  // namespace pacta::testing
