// Running rule tests: the rules compiled once; per test, entry into force resolved over the
// test's own profiles (a rule such as "90 days after 40 deposits" counts the deposits the test
// describes), each profile's snapshot built once as of the test's date, and every expected
// verdict compared with the evaluator's.
#include <chrono>

#include "eval/record.hpp"
#include "testing/rule_tests.hpp"

namespace pacta::testing {
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

TestRun run_tests(const sema::RuleSet& rules, const TestSuite& suite, const diag::SourceMap& sources,
                  const RunOptions& options) {
  using clock = std::chrono::steady_clock;
  TestRun run;
  auto compiled = std::make_shared<eval::Program>(eval::compile(rules));
  run.program = compiled;
  eval::Program& program = *compiled;
  if (options.coverage) run.coverage = coverage_of(program, sources);
  for (const RuleTest& test : suite.tests) {
    if (options.filter && !std::regex_search(test.id, *options.filter)) continue;
    clock::time_point start = clock::now();
    TestResult result;
    result.test = &test;
    for (const ExpectedVerdict& expected : test.expectations)
      result.expectations.push_back({&expected, eval::Status::unknown, "no profile for state " + expected.state, {}});
    eval::resolve_entry_into_force(program, test.profiles);
    eval::Snapshot snapshot(program, test.as_of);
    for (const model::Profile& profile : test.profiles) {
      snapshot.reset(profile);
      for (std::size_t k = 0; k < test.expectations.size(); ++k) {
        const ExpectedVerdict& expected = test.expectations[k];
        if (expected.state != profile.state) continue;
        ExpectationResult& r = result.expectations[k];
        r.missing.clear();
        r.actual = eval::verdict(snapshot, expected.obligation);
        if (!r.passed()) r.record = eval::record(snapshot, expected.obligation, r.actual);
        if (run.coverage) record_coverage(*run.coverage, snapshot, expected.obligation);
      }
    }
    result.milliseconds = std::chrono::duration<double, std::milli>(clock::now() - start).count();
    run.results.push_back(std::move(result));
  }
  return run;
}

}  // namespace pacta::testing
